import EqualityCore
import EqualityRendering

/// `equality-assess validate FILE...`: checks framework and answer files, reporting every problem.
enum ValidateCommand {
    enum Format: String, CaseIterable { case text, json }

    struct Options: Equatable {
        var paths: [String]
        var framework: String?
        var format: Format

        init(_ parsed: ParsedArguments) throws(ToolError) {
            guard !parsed.positionals.isEmpty else {
                throw ToolError(.usage, "give at least one file to validate: equality-assess validate FILE...")
            }
            paths = parsed.positionals
            framework = parsed.value(Option.framework)
            format = try parsed.choice(Option.anyFormat, default: Format.text)
        }
    }

    static let definition = CommandDefinition(
        name: "validate",
        summary: "Check framework files and answer files (JSON or CSV), listing every problem found.",
        usage: [
            UsageForm([.words("FILE...")], optional: [Option.format(Format.self), Option.framework])
        ],
        details: """
            Each file is recognised by its content: a framework has "questions"; an answer set has "answers"
            (or is a CSV file with a "question" column). Problems are printed one per line as
            FILE: PLACE: MESSAGE, where PLACE is a JSON path (questions[12].stage), a line and column, or a
            CSV row and column. Exit 0 if every file is valid, 65 if any has bad data, 66 if any cannot be opened.
            --format json prints the same as one JSON document on standard output, for scripts: each file
            with "valid", a one-line "summary" or its "problems" (each a "location" and a "message").
            """,
        options: [
            Option.framework,
            Option.format(Format.self),
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        var worst = ExitCode.ok
        var files: [JSONValue] = []
        for path in options.paths {
            do throws(ToolError) {
                let message = try validate(path: path, frameworkReference: options.framework)
                if options.format == .json {
                    files.append(
                        .object([("file", .string(path)), ("valid", .bool(true)), ("summary", .string(message))]))
                } else {
                    context.out(TerminalText.sanitise("\(path): ok (\(message))") + "\n")
                }
            } catch {
                if options.format == .json {
                    let problems = error.diagnostics.map { d -> JSONValue in
                        .object([("location", .string(d.location)), ("message", .string(d.messageWithRemedy))])
                    }
                    files.append(
                        .object([("file", .string(path)), ("valid", .bool(false)), ("problems", .array(problems))]))
                } else {
                    context.err(error.diagnostics.map { "\($0.commandLineText)\n" }.joined())
                }
                let code = ExitCode(error.kind)
                if code == .noInput || worst == .ok { worst = code }
            }
        }
        if options.format == .json { context.out(JSONWriter.write(.object([("files", .array(files))]))) }
        return worst
    }

    /// Validates one file as what it is and returns a one-line description of it.
    static func validate(path: String, frameworkReference: String?) throws(ToolError) -> String {
        let bytes = try InputFile.read(path)
        switch try InputClassifier.kind(path: path, bytes: bytes) {
        case .framework:
            let framework = try FrameworkLoader.load(bytes, file: path, sources: try BundledData.sources())
            return "framework \(framework.id) \(framework.version), \(framework.questions.count) questions"
        case .answersJSON, .answersCSV:
            let loaded = try AnswerLoader.load(path: path, frameworkReference: frameworkReference)
            // The same count `score` and `report` print: answered among the questions in scope.
            let completion = Scorer.assess(loaded.answers, framework: loaded.framework).completion
            return
                "answers to \(loaded.framework.id) \(loaded.framework.version), \(completion.answered) of \(completion.total) questions answered"
        }
    }
}
