import EqualityCore
import EqualityRendering

/// `equality-assess actions`: the prioritised action plan on its own.
enum ActionsCommand {
    enum Format: String, CaseIterable { case csv, md, html }

    struct Options: Equatable {
        var format: Format
        var input: ReportInput

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.choice("--format", default: Format.csv)
            input = try ReportInput(parsed, command: "actions")
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
        try GapReportBuilder.write(options.input, context: context) { report in
            switch options.format {
            case .csv: ActionPlanCSV.render(report)
            case .md: ActionPlanMarkdown.render(report)
            case .html: ActionPlanHTML.render(report)
            }
        }
        return .ok
    }
}
