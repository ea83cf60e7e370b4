/// `equality-assess ask`: the interactive interview in the terminal.
enum AskCommand {
    static let definition = CommandDefinition(
        name: "ask",
        summary: "Answer the questionnaire in the terminal, saving after every answer; run again to resume.",
        usage: ["ask [--framework ID|PATH] -o ANSWERS.json"],
        details: """
        Asks your details once, then each question in order, with the stage and your progress. At any
        prompt: ? help, g guidance, b back, s skip, q save and quit. Answers are written to ANSWERS.json
        (atomically) after every answer, so stopping at any point loses nothing; run the same command
        again to continue at the first unanswered question. Works with piped input, for scripts.
        With an existing ANSWERS.json, the framework is taken from it unless --framework is given.
        """,
        options: [CommandLineTool.frameworkOption, CommandLineTool.outputOption],
        run: { parsed, context throws(InputError) in
            guard parsed.positionals.isEmpty else {
                throw InputError(.usage, location: parsed.positionals[0], "unexpected argument; give the answer file with -o")
            }
            guard let path = parsed.value("--output"), path != "-" else {
                throw InputError(.usage, "give the file to save answers in: equality-assess ask -o ANSWERS.json")
            }
            if path.lowercased().hasSuffix(".csv") {
                throw InputError(.usage, location: "--output", "ask saves JSON; give a .json file (CSV answers come from 'questionnaire --format csv')")
            }
            var reference = parsed.value("--framework")
            if reference == nil, let bytes = try? InputFile.read(path), let existing = try? AnswerJSON.decode(bytes, file: path), !existing.framework.isEmpty {
                reference = existing.framework
            }
            let framework = try BundledData.resolveFramework(reference ?? BundledData.frameworkIDs[0])
            return try Interview(framework: framework, path: path, context: context).run()
        })
}
