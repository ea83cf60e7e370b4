/// `equality-assess questionnaire`: the blank questionnaire in a printable or machine format.
enum QuestionnaireCommand {
    static let formats = ["md", "html", "csv", "json"]

    static let definition = CommandDefinition(
        name: "questionnaire",
        summary: "Print the blank questionnaire (Markdown, printable HTML, CSV template or JSON).",
        usage: ["questionnaire [--framework ID|PATH] [--format md|html|csv|json] [-o FILE]"],
        details: """
        html  a printable A4 form with tick boxes and room for evidence (no JavaScript)
        md    GitHub-flavoured Markdown
        csv   a spreadsheet template: fill in the response, evidence and notes columns, then give the
              file to 'equality-assess report' (responses: \(ResponseID.all.joined(separator: ", ")))
        json  every question, its guidance, evidence prompts, citations and conditions, for other tools
        """,
        options: [CommandLineTool.frameworkOption, CommandLineTool.formatOption(formats), CommandLineTool.outputOption],
        run: { parsed, context throws(InputError) in
            guard parsed.positionals.isEmpty else {
                throw InputError(.usage, location: parsed.positionals[0], "unexpected argument; 'questionnaire' takes options only")
            }
            let format = try ArgumentParser.choice(parsed, "--format", allowed: formats, default: "md")
            let reference = parsed.value("--framework") ?? BundledData.frameworkIDs[0]
            let framework = try BundledData.resolveFramework(reference)
            let sources = try BundledData.sources()
            let text: String
            switch format {
            case "html": text = QuestionnaireHTML.render(framework, sources: sources)
            case "csv": text = QuestionnaireCSV.render(framework)
            case "json": text = QuestionnaireJSON.render(framework, sources: sources)
            default: text = QuestionnaireMarkdown.render(framework, sources: sources)
            }
            try context.emit(text, to: parsed.value("--output"), inputs: [reference])
            return .ok
        })
}
