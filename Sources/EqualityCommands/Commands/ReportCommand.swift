import EqualityCore
import EqualityRendering

/// `equality-assess report`: the gap report in Markdown, printable HTML or JSON.
enum ReportCommand {
    enum Format: String, CaseIterable { case md, html, json }

    struct Options: Equatable {
        var format: Format
        var source: AnswerSource
        var output: OutputTarget
        var date: String?
        var status: ReportStatus

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.choice("--format", default: Format.md)
            date = try DateOption.value(parsed)
            status = try StatusOption.value(parsed)
            output = OutputTarget(parsed.value("--output"))
            source = try AnswerSource(parsed, command: "report")
        }
    }

    static let exampleOption = OptionSpec(
        ["--example"],
        help: "Use a bundled fictional answer set instead of a file: commissioning (default) or voluntary.")

    static let definition = CommandDefinition(
        name: "report",
        summary: "Score an answer set and write the gap report and action plan (Markdown, HTML or JSON).",
        usage: [
            "report ANSWERS [--format md|html|json] [-o FILE] [--date YYYY-MM-DD] [--status draft|final] [--framework ID|PATH]",
            "report --example [commissioning|voluntary] [--format md|html|json] [-o FILE]",
        ],
        details: """
            ANSWERS is a JSON answer set or the CSV template from 'questionnaire --format csv', filled in.
            The framework comes from the answers' "framework" field unless --framework is given.
            The same input always gives the same bytes: the date comes from --date, the answers, or
            SOURCE_DATE_EPOCH, never the clock.
            """,
        options: [
            CommandLineTool.formatOption(Format.self), CommandLineTool.outputOption, DateOption.spec, StatusOption.spec,
            CommandLineTool.frameworkOption, exampleOption,
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        let report = try GapReportBuilder.build(
            try options.source.load(), date: options.date, status: options.status, context: context)
        let text: String
        switch options.format {
        case .md: text = MarkdownReport.render(report)
        case .html: text = HTMLReport.render(report)
        case .json: text = JSONReport.render(report)
        }
        try context.emit(text, to: options.output, inputs: options.source.inputs)
        return .ok
    }
}
