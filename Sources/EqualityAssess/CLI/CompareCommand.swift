/// `equality-assess compare`: what changed between two assessments.
enum CompareCommand {
    static let formats = ["md", "html", "json"]

    static let definition = CommandDefinition(
        name: "compare",
        summary: "Compare a reassessment with an earlier one: scores, bands, risks, questions and actions.",
        usage: ["compare BEFORE AFTER [--format md|html|json] [-o FILE] [--framework ID|PATH] [--before-framework ID|PATH]"],
        details: """
        Shows the change in overall and stage scores and bands, questions improved, worsened and newly
        answered, legal risks opened and closed, and actions from the earlier report now done. When the
        two answer sets use different framework versions, give the earlier version with
        --before-framework PATH: the comparison lists the questions added, removed and changed, and
        compares only questions that are the same in both.
        """,
        options: [CommandLineTool.formatOption(formats), CommandLineTool.outputOption, CommandLineTool.frameworkOption,
                  OptionSpec(["--before-framework"], value: "ID|PATH", help: "The framework the earlier answers used, if it differs from --framework.")],
        run: { parsed, context throws(InputError) in
            let format = try ArgumentParser.choice(parsed, "--format", allowed: formats, default: "md")
            guard parsed.positionals.count == 2 else {
                throw InputError(.usage, "give two answer files: equality-assess compare BEFORE AFTER")
            }
            let after = try AnswerLoader.load(path: parsed.positionals[1], frameworkReference: parsed.value("--framework"))
            let before = try AnswerLoader.load(path: parsed.positionals[0], frameworkReference: parsed.value("--before-framework") ?? parsed.value("--framework"))
            guard before.framework.id == after.framework.id else {
                throw InputError(.badData, file: parsed.positionals[0], location: "framework",
                                 "answers \(before.framework.id) but the later file answers \(after.framework.id); compare answer sets of the same framework")
            }
            let comparison = Comparison(before: Scorer.assess(before.answers, framework: before.framework),
                                        after: Scorer.assess(after.answers, framework: after.framework))
            let register = try BundledData.sources()
            let text: String
            switch format {
            case "html": text = ComparisonHTML.render(comparison, register: register)
            case "json": text = ComparisonJSON.render(comparison)
            default: text = ComparisonMarkdown.render(comparison, register: register)
            }
            let inputs = parsed.positionals + [parsed.value("--framework"), parsed.value("--before-framework")].compactMap { $0 }
            try context.emit(text, to: parsed.value("--output"), inputs: inputs)
            return .ok
        })
}
