import EqualityCore
import EqualityRendering

/// `equality-assess score`: a short summary on the terminal.
enum ScoreCommand {
    struct Options: Equatable {
        var source: AnswerSource
        var date: String?
        var failOnLegalRisk: Bool

        init(_ parsed: ParsedArguments) throws(ToolError) {
            date = try DateOption.value(parsed)
            failOnLegalRisk = parsed.has(Option.failOnLegalRisk)
            source = try AnswerSource(parsed, command: "score")
        }
    }

    static let definition = CommandDefinition(
        name: "score",
        summary: "Print a short score summary: overall band, stage bars, top five gaps and flags.",
        usage: [
            UsageForm([.words("ANSWERS")], optional: [Option.framework, Option.date, Option.failOnLegalRisk]),
            UsageForm(
                [.option(Option.example), Option.exampleNames], optional: [Option.date, Option.failOnLegalRisk]),
        ],
        details:
            "Colour is used only when writing to a terminal, and never when NO_COLOR is set.\nWith --fail-on-legal-risk the exit code is 1 when any legal risk is found (for scripts and CI).",
        options: [
            Option.framework, Option.date, Option.example,
            Option.failOnLegalRisk,
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        let report = try GapReportBuilder.build(try options.source.load(), date: options.date, context: context)
        context.out(ScoreSummary.render(report, colour: context.colour))
        if case .file(let path, _) = options.source {
            let command: ConsoleText =
                "\nFull report: equality-assess report \(ShellQuote.quote(path)) --format html -o report.html\n"
            context.out(command.text)
        }
        return options.failOnLegalRisk && !report.assessment.legalRisks.isEmpty ? .findings : .ok
    }
}
