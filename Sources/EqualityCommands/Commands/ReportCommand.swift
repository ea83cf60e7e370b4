import EqualityCore
import EqualityRendering

/// `equality-assess report`: the gap report in Markdown, printable HTML, JSON or Word.
enum ReportCommand {
    enum Kind: Equatable {
        case report(OutputFormat<GapReport>)
        case easyRead(OutputFormat<EasyReadReport.Input>)
    }

    struct Options: Equatable {
        var kind: Kind
        var input: ReportInput
        var tracker: String?

        init(_ parsed: ParsedArguments) throws(ToolError) {
            if parsed.has(Option.easyRead) {
                let easyNames = OutputFormats.easyReadReport.map(\.name)
                if let asked = parsed.value(Option.anyFormat), !easyNames.contains(asked) {
                    throw ToolError(
                        .usage, location: Option.easyRead.key,
                        "works with --format \(easyNames.joined(separator: " or "))")
                }
                kind = .easyRead(try parsed.outputFormat(from: OutputFormats.easyReadReport))
            } else {
                kind = .report(try parsed.outputFormat(from: OutputFormats.report))
            }
            input = try ReportInput(parsed, command: "report")
            tracker = parsed.value(Option.tracker)
            if tracker != nil, case .easyRead = kind {
                throw ToolError(.usage, location: Option.tracker.key, "works with the gap report, not with --easy-read")
            }
        }
    }

    static let definition = CommandDefinition(
        name: "report",
        summary: "Score an answer set and write the gap report and action plan (Markdown, HTML, JSON or Word).",
        usage: [
            UsageForm(
                [.words("ANSWERS")],
                optional: [
                    Option.format(OutputFormats.report), Option.output, Option.date, Option.status, Option.framework,
                    Option.tracker, Option.easyRead, Option.language,
                ]),
            UsageForm(
                [.option(Option.example), Option.exampleNames],
                optional: [
                    Option.format(OutputFormats.report), Option.output, Option.date, Option.status, Option.easyRead,
                    Option.language,
                ]),
        ],
        details: """
            ANSWERS is a JSON answer set or the CSV template from 'questionnaire --format csv', filled in.
            The framework comes from the answers' "framework" field unless --framework is given.
            The same input always gives the same bytes: the date comes from --date, the answers, or
            SOURCE_DATE_EPOCH, never the clock. --format docx writes a Word document (give -o FILE.docx).
            """,
        options: [
            Option.format(OutputFormats.report), Option.output, Option.date, Option.status,
            Option.framework, Option.example,
            Option.tracker, Option.easyRead, Option.language,
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        switch options.kind {
        case .report(let format):
            try GapReportBuilder.write(options.input, as: format, tracker: options.tracker, context: context) { $0 }
        case .easyRead(let format):
            let easy = try BundledData.easyRead()
            try GapReportBuilder.write(options.input, as: format, context: context) { report throws(ToolError) in
                EasyReadReport.Input(report: report, easyRead: try easy.inCurrentLanguage())
            }
        }
        return .ok
    }
}
