import EqualityCore
import EqualityRendering

/// `equality-assess actions`: the prioritised action plan on its own.
enum ActionsCommand {
    enum Format: String, CaseIterable { case csv, md, html }

    struct Options: Equatable {
        var format: Format
        var source: AnswerSource
        var output: OutputTarget
        var date: String?
        var status: ReportStatus

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.choice("--format", default: Format.csv)
            date = try DateOption.value(parsed)
            status = try StatusOption.value(parsed)
            output = OutputTarget(parsed.value("--output"))
            source = try AnswerSource(parsed, command: "actions")
        }
    }

    static let definition = CommandDefinition(
        name: "actions",
        summary: "Write the prioritised action plan on its own (CSV for tracking, Markdown or HTML).",
        usage: [
            "actions ANSWERS [--format csv|md|html] [-o FILE] [--status draft|final] [--framework ID|PATH]",
            "actions --example [commissioning|voluntary]",
        ],
        details:
            "Action IDs are stable (A- and the question ID), so a tracker keeps working across reassessments.\nCSV cells that a spreadsheet would run as a formula are prefixed with ' so they stay text.",
        options: [
            CommandLineTool.formatOption(Format.self), CommandLineTool.outputOption, DateOption.spec, StatusOption.spec,
            CommandLineTool.frameworkOption, ReportCommand.exampleOption,
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        let report = try GapReportBuilder.build(
            try options.source.load(), date: options.date, status: options.status, context: context)
        let text: String
        switch options.format {
        case .csv: text = ActionPlanCSV.render(report)
        case .md: text = ActionPlanMarkdown.render(report)
        case .html: text = ActionPlanHTML.render(report)
        }
        try context.emit(text, to: options.output, inputs: options.source.inputs)
        return .ok
    }
}
