import EqualityCore
import EqualityRendering

/// `equality-assess ask`: the interactive interview in the terminal.
enum AskCommand {
    struct Options: Equatable {
        var path: String
        var framework: String?

        init(_ parsed: ParsedArguments) throws(ToolError) {
            try parsed.noPositionals("unexpected argument; give the answer file with -o")
            guard case .file(let path) = OutputTarget(parsed.value(Option.output)) else {
                throw ToolError(.usage, "give the file to save answers in: equality-assess ask -o ANSWERS.json")
            }
            if path.lowercased().hasSuffix(".csv") {
                throw ToolError(
                    .usage, location: Option.output.key,
                    "ask saves JSON; give a .json file (CSV answers come from 'questionnaire --format csv')")
            }
            self.path = path
            framework = parsed.value(Option.framework)
        }
    }

    static let definition = CommandDefinition(
        name: "ask",
        summary: "Answer the questionnaire in the terminal, saving after every answer; run again to resume.",
        usage: [
            UsageForm([.option(Option.output)], optional: [Option.framework])
        ],
        details: """
            Asks your legal context and details once, then each question in order, with the stage and your
            progress. At any prompt: /? help, /g guidance, /b back, /s skip, /q save and quit (where you
            choose from a list, the number, the words or the bare letter work). Enter keeps an earlier
            answer; Ctrl-C saves what you have typed so far and stops (exit 130): the question you
            were answering is left unanswered with what you typed for it, and is asked first when you
            continue, as are any details left blank. Answers are written to ANSWERS.json
            (atomically) after every answer, so stopping at any point loses nothing; run the same command
            again to continue at the first unanswered question. Works with piped input, for scripts.
            With an existing ANSWERS.json, the framework is taken from it unless --framework is given.
            """,
        options: [Option.framework, Option.output],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        var reference = options.framework
        if reference == nil, let bytes = try? InputFile.read(options.path),
            let existing = try? AnswerJSON.decode(bytes, file: options.path), !existing.framework.isEmpty
        {
            reference = existing.framework
        }
        let framework = try BundledData.resolveFramework(reference ?? BundledData.frameworkIDs[0])
        switch try Interview(framework: framework, path: options.path, console: context).run() {
        case .interrupted: return .interrupted
        case .finished, .quit, .endOfInput: return .ok
        }
    }
}
