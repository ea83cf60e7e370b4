/// The command-line surface: the list of commands, their help, and dispatch. `main.swift` only
/// calls `CommandLineTool.run` and exits with the code it returns.
public struct CommandDefinition: Sendable {
    public var name: String
    public var summary: String
    public var usage: [String]
    public var details: String
    public var options: [OptionSpec]
    var run: @Sendable (ParsedArguments, CommandContext) throws(InputError) -> ExitCode
}

public enum CommandLineTool {
    public static let version = "0.1.0"

    static func formatOption(_ formats: [String]) -> OptionSpec {
        OptionSpec(["--format", "-f"], value: "FORMAT", help: "Output format: \(formats.joined(separator: ", ")) (default \(formats[0])).")
    }
    static let outputOption = OptionSpec(["--output", "-o"], value: "FILE", help: "Write to FILE (replaced atomically) instead of standard output.")
    static let frameworkOption = OptionSpec(["--framework"], value: "ID|PATH",
                                            help: "A bundled framework ID or the path of a framework JSON file (default commissioning-for-equality).")
    static let helpOption = OptionSpec(["--help", "-h"], help: "Show help for this command.")

    public static var commands: [CommandDefinition] {
        [FrameworksCommand.definition, AskCommand.definition, QuestionnaireCommand.definition, ReportCommand.definition, ScoreCommand.definition, ActionsCommand.definition, CompareCommand.definition, AggregateCommand.definition, ValidateCommand.definition]
    }

    public static func command(_ name: String) -> CommandDefinition? { commands.first { $0.name == name } }

    /// Runs one invocation (`arguments` without the program name) and returns the exit code.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        do {
            return try dispatch(arguments, context: context).rawValue
        } catch {
            context.err(error.diagnostics.map { "equality-assess: \($0.description)\n" }.joined())
            if error.kind == .usage && !error.description.contains("equality-assess help") {
                context.err("Run 'equality-assess --help' for usage.\n")
            }
            return ExitCode(error.kind).rawValue
        }
    }

    static func dispatch(_ arguments: [String], context: CommandContext) throws(InputError) -> ExitCode {
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
            let parsed = try ArgumentParser.parse(words, options: command.options + [helpOption], command: command.name)
            if parsed.has("--help") {
                context.out(help(for: command))
                return .ok
            }
            return try command.run(parsed, context)
        }
    }

    static func unknownCommand(_ name: String) -> InputError {
        var message = "unknown command \"\(name)\""
        if let near = Spelling.nearest(to: name, in: commands.map(\.name)) { message += "; did you mean \"\(near)\"?" }
        return InputError(.usage, message)
    }

    public static var mainHelp: String {
        var text = """
        equality-assess \(version): check commissioning, or a voluntary organisation's practice, against the
        equality learning of Clinks' 2015 report "Tackling Inequality in the Criminal Justice System",
        and print a gap report and an action plan.

        Usage: equality-assess COMMAND [OPTIONS]

        Commands:

        """
        let width = commands.map(\.name.count).max() ?? 0
        for command in commands {
            text += "  " + command.name.padding(width) + "  " + command.summary + "\n"
        }
        text += """

        Options:
          --help, -h     Show this help; 'equality-assess help COMMAND' for one command.
          --version, -V  Show the version.

        Exit codes: 0 ok; 1 findings (score --fail-on-legal-risk only); 64 usage error; 65 bad data;
        66 cannot open input; 73 cannot create output; 74 input/output error.

        The tool supports judgement; it is not legal advice.

        """
        return text
    }

    public static func help(for command: CommandDefinition) -> String {
        var text = "equality-assess \(command.name): \(command.summary)\n\nUsage:\n"
        for line in command.usage { text += "  equality-assess \(line)\n" }
        if !command.details.isEmpty { text += "\n\(command.details)\n" }
        let all = command.options + [helpOption]
        let labels = all.map { spec in spec.names.joined(separator: ", ") + (spec.takesValue ? " \(spec.valueName)" : "") }
        let width = labels.map(\.count).max() ?? 0
        text += "\nOptions:\n"
        for (label, spec) in zip(labels, all) { text += "  \(label.padding(width))  \(spec.help)\n" }
        return text
    }
}

extension String {
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
