import EqualityCore
import EqualityRendering

/// `equality-assess actions`: the prioritised action plan on its own.
enum ActionsCommand {
    struct Options: Equatable {
        var format: OutputFormat<GapReport>
        var input: ReportInput
        var tracker: String?

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.outputFormat(from: OutputFormats.actions)
            input = try ReportInput(parsed, command: "actions")
            tracker = parsed.value(Option.tracker)
        }
    }

    static let definition = CommandDefinition(
        name: "actions",
        summary: "Write the prioritised action plan on its own (CSV or Excel for tracking, Markdown, HTML or Word).",
        usage: [
            UsageForm(
                [.words("ANSWERS")],
                optional: [
                    Option.format(OutputFormats.actions), Option.output, Option.date, Option.status, Option.framework,
                    Option.tracker, Option.language,
                ]),
            UsageForm(
                [.option(Option.example), Option.exampleNames],
                optional: [Option.format(OutputFormats.actions), Option.output, Option.language]),
        ],
        details:
            "Action IDs are stable (A- and the question ID), so a tracker keeps working across reassessments.\nCSV cells that a spreadsheet would run as a formula are prefixed with ' so they stay text.\n--format xlsx writes a workbook (action plan with a status drop-down and a date-typed due date column,\nand a legal-risks sheet); every cell is stored as text, never as a formula. Give -o FILE for xlsx and docx.\n--tracker FILE (last round's .xlsx or .csv, as your team left it) carries each action's owner, due date,\nstatus and notes over to the new plan; new gaps come in blank, and closed gaps stay, marked Closed.",
        options: [
            Option.format(OutputFormats.actions), Option.output, Option.date, Option.status,
            Option.framework, Option.example, Option.tracker, Option.language,
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        try GapReportBuilder.write(options.input, as: options.format, tracker: options.tracker, context: context) {
            $0
        }
        return .ok
    }
}
