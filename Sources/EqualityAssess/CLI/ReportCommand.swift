import Foundation

/// `equality-assess report`: the gap report in Markdown, printable HTML or JSON.
enum ReportCommand {
    static let formats = ["md", "html", "json"]
    static let exampleOption = OptionSpec(["--example"], help: "Use a bundled fictional answer set instead of a file: commissioning (default) or voluntary.")
    static let dateOption = OptionSpec(["--date"], value: "YYYY-MM-DD", help: "The report date (default: the answers' date, else SOURCE_DATE_EPOCH).")

    static let definition = CommandDefinition(
        name: "report",
        summary: "Score an answer set and write the gap report and action plan (Markdown, HTML or JSON).",
        usage: ["report ANSWERS [--format md|html|json] [-o FILE] [--date YYYY-MM-DD] [--framework ID|PATH]",
                "report --example [commissioning|voluntary] [--format md|html|json] [-o FILE]"],
        details: """
        ANSWERS is a JSON answer set or the CSV template from 'questionnaire --format csv', filled in.
        The framework comes from the answers' "framework" field unless --framework is given.
        The same input always gives the same bytes: the date comes from --date, the answers, or
        SOURCE_DATE_EPOCH, never the clock.
        """,
        options: [formatOption, CommandLineTool.outputOption, dateOption, CommandLineTool.frameworkOption, exampleOption],
        run: { parsed, context throws(InputError) in
            let format = try ArgumentParser.choice(parsed, "--format", allowed: formats, default: "md")
            let (loaded, inputs) = try loadAnswers(parsed, command: "report")
            let report = try makeReport(loaded, parsed, context)
            let text: String
            switch format {
            case "html": text = HTMLReport.render(report)
            case "json": text = JSONReport.render(report)
            default: text = MarkdownReport.render(report)
            }
            try context.emit(text, to: parsed.value("--output"), inputs: inputs)
            return .ok
        })

    static let formatOption = CommandLineTool.formatOption(formats)

    /// The answers named on the command line (one file, or `--example [NAME]`) and the paths read.
    static func loadAnswers(_ parsed: ParsedArguments, command: String) throws(InputError) -> (AnswerLoader.Loaded, [String]) {
        if parsed.has("--example") {
            guard parsed.positionals.count <= 1 else {
                throw InputError(.usage, location: parsed.positionals[1], "unexpected argument; --example takes at most one name")
            }
            return (try AnswerLoader.example(parsed.positionals.first ?? "commissioning"), [])
        }
        guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
            throw InputError(.usage, parsed.positionals.isEmpty
                ? "give one answer file (or --example): equality-assess \(command) ANSWERS"
                : "give one answer file only; found \(parsed.positionals.count)")
        }
        let inputs = [path] + (parsed.value("--framework").map { [$0] } ?? [])
        return (try AnswerLoader.load(path: path, frameworkReference: parsed.value("--framework")), inputs)
    }

    static func makeReport(_ loaded: AnswerLoader.Loaded, _ parsed: ParsedArguments, _ context: CommandContext) throws(InputError) -> GapReport {
        let date = try ReportDate.resolve(option: parsed.value("--date"), answers: loaded.answers.respondent.date, environment: context.environment)
        let assessment = Scorer.assess(loaded.answers, framework: loaded.framework)
        return GapReport(assessment: assessment, date: date, register: try BundledData.sources())
    }
}

/// `equality-assess score`: a short summary on the terminal.
enum ScoreCommand {
    static let definition = CommandDefinition(
        name: "score",
        summary: "Print a short score summary: overall band, stage bars, top five gaps and flags.",
        usage: ["score ANSWERS [--framework ID|PATH] [--fail-on-legal-risk]", "score --example [commissioning|voluntary]"],
        details: "Colour is used only when writing to a terminal, and never when NO_COLOR is set.\nWith --fail-on-legal-risk the exit code is 1 when any legal risk is found (for scripts and CI).",
        options: [CommandLineTool.frameworkOption, ReportCommand.dateOption, ReportCommand.exampleOption,
                  OptionSpec(["--fail-on-legal-risk"], help: "Exit with 1 if the answers show any legal risk.")],
        run: { parsed, context throws(InputError) in
            let (loaded, _) = try ReportCommand.loadAnswers(parsed, command: "score")
            let report = try ReportCommand.makeReport(loaded, parsed, context)
            let noColour = !(context.environment["NO_COLOR"] ?? "").isEmpty
            context.out(ScoreSummary.render(report, colour: context.stdoutIsTerminal && !noColour))
            if let path = parsed.positionals.first, !parsed.has("--example") {
                context.out("\nFull report: equality-assess report \(ShellQuote.quote(TerminalText.sanitise(path, keepNewlines: false))) --format html -o report.html\n")
            }
            return parsed.has("--fail-on-legal-risk") && !report.assessment.legalRisks.isEmpty ? .findings : .ok
        })
}

enum ShellQuote {
    /// Quotes a path for a command line a person can copy.
    static func quote(_ s: String) -> String {
        let safe = s.unicodeScalars.allSatisfy { CharacterSet.safe.contains($0) }
        return safe && !s.isEmpty ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

extension CharacterSet {
    static let safe = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:@+")
}
