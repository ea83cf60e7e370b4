/// `equality-assess validate FILE...`: checks framework and answer files, reporting every problem.
enum ValidateCommand {
    static let definition = CommandDefinition(
        name: "validate",
        summary: "Check framework files and answer files (JSON or CSV), listing every problem found.",
        usage: ["validate FILE..."],
        details: """
        Each file is recognised by its content: a framework has "questions"; an answer set has "answers"
        (or is a CSV file with a "question" column). Problems are printed one per line as
        FILE: PLACE: MESSAGE, where PLACE is a JSON path (questions[12].stage), a line and column, or a
        CSV row and column. Exit 0 if every file is valid, 65 if any has bad data, 66 if any cannot be opened.
        """,
        options: [CommandLineTool.frameworkOption],
        run: { parsed, context throws(InputError) in
            guard !parsed.positionals.isEmpty else {
                throw InputError(.usage, "give at least one file to validate: equality-assess validate FILE...")
            }
            var worst = ExitCode.ok
            for path in parsed.positionals {
                do throws(InputError) {
                    let message = try InputClassifier.validate(path: path, frameworkReference: parsed.value("--framework"))
                    context.out(TerminalText.sanitise("\(path): ok (\(message))") + "\n")
                } catch {
                    context.err(error.diagnostics.map { "\($0.description)\n" }.joined())
                    let code = ExitCode(error.kind)
                    if code == .noInput || worst == .ok { worst = code }
                }
            }
            return worst
        })
}
