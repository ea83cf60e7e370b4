import EqualityCore
import EqualityRendering

/// `equality-assess report`: the gap report in Markdown, printable HTML, JSON or Word.
enum ReportCommand {
    enum Format: String, CaseIterable { case md, html, json, docx }

    struct Options: Equatable {
        var format: Format
        var input: ReportInput
        var easyRead: Bool

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.outputFormat(default: Format.md)
            input = try ReportInput(parsed, command: "report")
            easyRead = parsed.has(Option.easyRead)
            if easyRead && format != .md && format != .html {
                throw ToolError(.usage, location: Option.easyRead.key, "works with --format md or html")
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
                    Option.format(Format.self), Option.output, Option.date, Option.status, Option.framework,
                    Option.easyRead,
                ]),
            UsageForm(
                [.option(Option.example), Option.exampleNames],
                optional: [Option.format(Format.self), Option.output, Option.date, Option.status, Option.easyRead]),
        ],
        details: """
            ANSWERS is a JSON answer set or the CSV template from 'questionnaire --format csv', filled in.
            The framework comes from the answers' "framework" field unless --framework is given.
            The same input always gives the same bytes: the date comes from --date, the answers, or
            SOURCE_DATE_EPOCH, never the clock. --format docx writes a Word document (give -o FILE.docx).
            """,
        options: [
            Option.format(Format.self), Option.output, Option.date, Option.status,
            Option.framework, Option.example,
            Option.easyRead,
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        if options.easyRead {
            let easy = try BundledData.easyRead()
            try GapReportBuilder.write(options.input, context: context) { report in
                options.format == .html ? EasyReadReport.html(report, easy) : EasyReadReport.markdown(report, easy)
            }
            return .ok
        }
        let text: ((GapReport) -> String)?
        switch options.format {
        case .md: text = MarkdownReport.render
        case .html: text = HTMLReport.render
        case .json: text = JSONReport.render
        case .docx: text = nil
        }
        if let text {
            try GapReportBuilder.write(options.input, context: context, render: text)
        } else {
            try GapReportBuilder.writeFile(options.input, format: "docx", context: context, render: WordReport.render)
        }
        return .ok
    }
}
