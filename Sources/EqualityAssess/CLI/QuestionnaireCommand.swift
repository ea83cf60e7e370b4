/// `equality-assess questionnaire`: the blank questionnaire in a printable or machine format.
enum QuestionnaireCommand {
    static let formats = ["md", "html", "csv", "json"]

    static let definition = CommandDefinition(
        name: "questionnaire",
        summary: "Print the blank questionnaire (Markdown, printable HTML, CSV template or JSON).",
        usage: ["questionnaire [--framework ID|PATH] [--format md|html|csv|json] [-o FILE]",
                "questionnaire --format html --fillable [--framework ID|PATH] [-o FILE]",
                "questionnaire --answers ANSWERS [--format md|html] [-o FILE]"],
        details: """
        html  a printable A4 form with tick boxes and room for evidence (no JavaScript)
        md    GitHub-flavoured Markdown
        csv   a spreadsheet template: fill in the response, evidence and notes columns, then give the
              file to 'equality-assess report' (responses: \(ResponseID.all.joined(separator: ", ")))
        json  every question, its guidance, evidence prompts, citations and conditions, for other tools

        --fillable (HTML only) gives a form to fill in a browser, offline: it keeps answers in the
        browser as you type, saves them as the answer JSON that 'report' reads, and loads a saved file.
        --answers prints the questionnaire filled in with an answer set, with a sign-off block.
        """,
        options: [CommandLineTool.frameworkOption, CommandLineTool.formatOption(formats), CommandLineTool.outputOption,
                  OptionSpec(["--fillable"], help: "With --format html: a fillable offline form (saves and loads answer files)."),
                  OptionSpec(["--answers"], value: "ANSWERS", help: "Print the questionnaire filled in with these answers (md or html).")],
        run: { parsed, context throws(InputError) in
            guard parsed.positionals.isEmpty else {
                throw InputError(.usage, location: parsed.positionals[0], "unexpected argument; 'questionnaire' takes options only")
            }
            let format = try ArgumentParser.choice(parsed, "--format", allowed: formats, default: "md")
            if parsed.has("--fillable") && format != "html" {
                throw InputError(.usage, location: "--fillable", "works with --format html only")
            }
            if parsed.has("--fillable") && parsed.value("--answers") != nil {
                throw InputError(.usage, location: "--fillable", "cannot be combined with --answers; load the answer file in the form instead")
            }
            let sources = try BundledData.sources()
            if let answersPath = parsed.value("--answers") {
                guard format == "md" || format == "html" else {
                    throw InputError(.usage, location: "--answers", "works with --format md or html")
                }
                let loaded = try AnswerLoader.load(path: answersPath, frameworkReference: parsed.value("--framework"))
                let text = format == "html"
                    ? QuestionnaireHTML.render(loaded.framework, sources: sources, answers: loaded.answers)
                    : QuestionnaireMarkdown.render(loaded.framework, sources: sources, answers: loaded.answers)
                try context.emit(text, to: parsed.value("--output"), inputs: [answersPath] + (parsed.value("--framework").map { [$0] } ?? []))
                return .ok
            }
            let reference = parsed.value("--framework") ?? BundledData.frameworkIDs[0]
            let framework = try BundledData.resolveFramework(reference)
            let text: String
            switch format {
            case "html" where parsed.has("--fillable"): text = QuestionnaireForm.render(framework, sources: sources)
            case "html": text = QuestionnaireHTML.render(framework, sources: sources)
            case "csv": text = QuestionnaireCSV.render(framework)
            case "json": text = QuestionnaireJSON.render(framework, sources: sources)
            default: text = QuestionnaireMarkdown.render(framework, sources: sources)
            }
            try context.emit(text, to: parsed.value("--output"), inputs: [reference])
            return .ok
        })
}
