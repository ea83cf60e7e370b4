import EqualityCore
import EqualityRendering

/// `equality-assess frameworks`: the bundled frameworks with their question counts per stage.
enum FrameworksCommand {
    static let definition = CommandDefinition(
        name: "frameworks",
        summary: "List the bundled frameworks: ID, version, title and questions per stage.",
        usage: [
            UsageForm()
        ],
        details:
            "Any of these IDs can be given to --framework. To adapt one to your area, save it with\n'equality-assess questionnaire --format json' as a starting point, or copy Frameworks/*.json from\nthe source, edit it, check it with 'equality-assess validate FILE', and pass its path to --framework.",
        options: [],
        run: { parsed, context throws(ToolError) in
            try parsed.noPositionals("'frameworks' takes no arguments")
            for id in BundledData.frameworkIDs {
                guard let framework = try BundledData.framework(id) else { continue }
                context.out(summary(framework).text)
            }
            return .ok
        })

    static func summary(_ framework: Framework) -> ConsoleText {
        let counts = framework.stages.map { "\($0.name) \(framework.questions(in: $0.id).count)" }.joined(
            separator: ", ")
        return """
            \(framework.id) \(framework.version.description)
              \(framework.title)
              \(framework.questions.count) questions: \(counts)

            """
    }
}
