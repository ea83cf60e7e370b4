import EqualityCore
import EqualityRendering

/// `equality-assess compare`: what changed between two assessments.
enum CompareCommand {
    struct Options: Equatable {
        var format: OutputFormat<Comparison>
        var before: String
        var after: String
        var output: OutputTarget
        var framework: String?
        var beforeFramework: String?
        var tracker: String?

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.outputFormat(from: OutputFormats.comparison)
            guard parsed.positionals.count == 2 else {
                throw ToolError(.usage, "give two answer files: equality-assess compare BEFORE AFTER")
            }
            before = parsed.positionals[0]
            after = parsed.positionals[1]
            output = OutputTarget(parsed.value(Option.output))
            framework = parsed.value(Option.framework)
            beforeFramework = parsed.value(Option.beforeFramework)
            tracker = parsed.value(Option.tracker)
        }

        var inputs: [String] { [before, after] + [framework, beforeFramework, tracker].compactMap { $0 } }
    }

    static let definition = CommandDefinition(
        name: "compare",
        summary: "Compare a reassessment with an earlier one: scores, bands, risks, questions and actions.",
        usage: [
            UsageForm(
                [.words("BEFORE AFTER")],
                optional: [
                    Option.format(OutputFormats.comparison), Option.output, Option.framework, Option.beforeFramework,
                    Option.tracker, Option.language,
                ])
        ],
        details: """
            Shows the change in overall and stage scores and bands, questions improved, worsened and newly
            answered, legal risks opened and closed, and actions from the earlier report now done. When the
            two answer sets use different framework versions, give the earlier version with
            --before-framework PATH: the comparison lists the questions added, removed and changed, and
            compares only questions that are the same in both.
            """,
        options: [
            Option.format(OutputFormats.comparison), Option.output, Option.framework,
            Option.beforeFramework, Option.tracker, Option.language,
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        let after = try AnswerLoader.load(path: options.after, frameworkReference: options.framework)
        let before = try AnswerLoader.load(
            path: options.before, frameworkReference: options.beforeFramework ?? options.framework)
        guard before.framework.id == after.framework.id else {
            throw ToolError(
                .badData, file: options.before, location: "framework",
                "answers \(before.framework.id) but the later file answers \(after.framework.id); compare answer sets of the same framework"
            )
        }
        let read = try options.tracker.map { path throws(ToolError) in
            // The tracker is of the earlier plan; the reassessment says which gaps remain.
            try TrackerReader.read(path: path, framework: after.framework, alsoKnown: before.framework)
        }
        func make() throws(ToolError) -> Comparison {
            var comparison = Comparison(
                before: Scorer.assess(before.answers, framework: try before.framework.inCurrentLanguage()),
                after: Scorer.assess(after.answers, framework: try after.framework.inCurrentLanguage()))
            if let read {
                let date = ReadingRules.date(after.answers.respondent.date)
                comparison.tracking = ActionTracking(assessment: comparison.after, tracker: read, date: date)
            }
            return comparison
        }
        try context.write(try Bilingual.render(options.format, make), to: options.output, inputs: options.inputs)
        return .ok
    }
}
