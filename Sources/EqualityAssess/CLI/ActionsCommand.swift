/// `equality-assess actions`: the prioritised action plan on its own.
enum ActionsCommand {
    static let formats = ["csv", "md", "html"]

    static let definition = CommandDefinition(
        name: "actions",
        summary: "Write the prioritised action plan on its own (CSV for tracking, Markdown or HTML).",
        usage: ["actions ANSWERS [--format csv|md|html] [-o FILE] [--framework ID|PATH]", "actions --example [commissioning|voluntary]"],
        details: "Action IDs are stable (A- and the question ID), so a tracker keeps working across reassessments.\nCSV cells that a spreadsheet would run as a formula are prefixed with ' so they stay text.",
        options: [CommandLineTool.formatOption(formats), CommandLineTool.outputOption, ReportCommand.dateOption,
                  CommandLineTool.frameworkOption, ReportCommand.exampleOption],
        run: { parsed, context throws(InputError) in
            let format = try ArgumentParser.choice(parsed, "--format", allowed: formats, default: "csv")
            let (loaded, inputs) = try ReportCommand.loadAnswers(parsed, command: "actions")
            let report = try ReportCommand.makeReport(loaded, parsed, context)
            let text: String
            switch format {
            case "md": text = ActionPlanMarkdown.render(report)
            case "html": text = ActionPlanHTML.render(report)
            default: text = ActionPlanCSV.render(report)
            }
            try context.emit(text, to: parsed.value("--output"), inputs: inputs)
            return .ok
        })
}
