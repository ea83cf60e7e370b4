import EqualityCore
import EqualityRendering

/// The command-line surface: the list of commands, their help, and dispatch. `main.swift` only
/// calls `CommandLineTool.run` and exits with the code it returns.
struct CommandDefinition: Sendable {
    var name: String
    var summary: String
    /// The ways to call it, from option declarations (`UsageForm`).
    var usage: [UsageForm]
    var details: String
    var options: [OptionSpec]
    /// Turns the parsed words into the command's typed options, then runs it.
    var run: @Sendable (ParsedArguments, CommandContext) throws(ToolError) -> ExitCode
}

package enum CommandLineTool {
    static let version = "0.1.0"

    static var commands: [CommandDefinition] {
        [
            FrameworksCommand.definition, AskCommand.definition, QuestionnaireCommand.definition,
            ReportCommand.definition, ScoreCommand.definition, ActionsCommand.definition, CompareCommand.definition,
            TrendCommand.definition, TranslationsCommand.definition,
            AggregateCommand.definition, PerspectivesCommand.definition, ValidateCommand.definition,
        ]
    }

    static func command(_ name: String) -> CommandDefinition? { commands.first { $0.name == name } }

    /// Runs one invocation (`arguments` without the program name) and returns the exit code.
    package static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        let code: ExitCode
        do {
            code = try dispatch(arguments, context: context)
        } catch {
            context.err(error.diagnostics.map { "equality-assess: \($0.commandLineText)\n" }.joined())
            if error.kind == .usage && !error.description.contains("equality-assess help") {
                context.err("Run 'equality-assess --help' for usage.\n")
            }
            return ExitCode(error.kind).rawValue
        }
        // A result that never reached standard output (a closed pipe, a full disk) is not success.
        // A closed pipe (`… | head`) ends quietly: the reader has what it wanted.
        switch context.output.failure {
        case nil: break
        case .closedPipe?: return ExitCode.ioError.rawValue
        case .failed(let reason)?:
            context.err("equality-assess: standard output: could not be written (\(TerminalText.sanitise(reason)))\n")
            return ExitCode.ioError.rawValue
        }
        return code.rawValue
    }

    static func dispatch(_ arguments: [String], context: CommandContext) throws(ToolError) -> ExitCode {
        guard let first = arguments.first else {
            context.err(mainHelp)
            return .usage
        }
        switch first {
        case "--help", "-h":
            context.out(mainHelp)
            return .ok
        case "--version", "-V":
            context.out("equality-assess \(version)\n")
            return .ok
        case "help":
            let rest = Array(arguments.dropFirst())
            guard let name = rest.first else {
                context.out(mainHelp)
                return .ok
            }
            guard rest.count == 1, let command = command(name) else {
                throw unknownCommand(name)
            }
            context.out(help(for: command))
            return .ok
        default:
            guard let command = command(first) else { throw unknownCommand(first) }
            let words = Array(arguments.dropFirst())
            let parsed = try ArgumentParser.parse(
                words, options: command.options + [Option.help], command: command.name)
            if parsed.has(Option.help) {
                context.out(help(for: command))
                return .ok
            }
            let languages = try parsed.languages()
            return try Language.using(languages) { () throws(ToolError) in try command.run(parsed, context) }
        }
    }

    static func unknownCommand(_ name: String) -> ToolError {
        var message = "unknown command \"\(name)\""
        if let near = Spelling.nearest(to: name, in: commands.map(\.name)) { message += "; did you mean \"\(near)\"?" }
        return ToolError(.usage, message)
    }

    static var mainHelp: String {
        var text = """
            equality-assess \(version): check commissioning, or a voluntary organisation's practice, against the
            equality learning of Clinks' 2015 report "Tackling Inequality in the Criminal Justice System",
            and print a gap report and an action plan.

            Usage: equality-assess COMMAND [OPTIONS]

            Commands:

            """
        let width = commands.map(\.name.count).max() ?? 0
        for command in commands {
            text += "  " + command.name.padded(to: width) + "  " + command.summary + "\n"
        }
        text += """

            Options:
              --help, -h     Show this help; 'equality-assess help COMMAND' for one command.
              --version, -V  Show the version.

            Try it on the bundled fictional examples: 'equality-assess score --example' (commissioning)
            or 'equality-assess score --example voluntary'.

            Output files (-o FILE): without --format, the extension of FILE (.md, .html, .json, .csv, .docx,
            .xlsx) decides the format; a --format that contradicts it is refused, and any other extension
            keeps the command's default. A file is written to a temporary file beside it and renamed into
            place, keeping the old file's permissions; Ctrl-C or a kill signal removes the temporary file.
            A symbolic link is kept and the file it points at is replaced. A device or FIFO (/dev/null,
            a named pipe) is written into, never replaced; a folder or block device is refused. Answer
            files, drafts and private logs are created readable by you alone (0600).

            Exit codes: 0 ok; 1 findings (score --fail-on-legal-risk only); 64 usage error; 65 bad data;
            66 cannot open input; 73 cannot create output; 74 input/output error (a closed pipe, as in
            '| head', ends quietly with 74); 130 ask stopped with Ctrl-C (answers saved).

            The tool supports judgement; it is not legal advice.

            """
        return text
    }

    static func help(for command: CommandDefinition) -> String {
        var text = "equality-assess \(command.name): \(command.summary)\n\nUsage:\n"
        for form in command.usage {
            text += "  equality-assess \(command.name)\(form.text.isEmpty ? "" : " " + form.text)\n"
        }
        if !command.details.isEmpty { text += "\n\(command.details)\n" }
        let all = command.options + [Option.help]
        let labels = all.map { spec in
            spec.names.joined(separator: ", ") + (spec.takesValue ? " \(spec.valueName)" : "")
        }
        let width = labels.map(\.count).max() ?? 0
        text += "\nOptions:\n"
        for (label, spec) in zip(labels, all) { text += "  \(label.padded(to: width))  \(spec.help)\n" }
        return text
    }
}
