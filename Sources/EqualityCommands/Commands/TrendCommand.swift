import EqualityCore
import EqualityRendering

/// `equality-assess trend`: one service followed over several assessments.
enum TrendCommand {
    struct Options: Equatable {
        var format: OutputFormat<Trend>
        var paths: [String]
        var output: OutputTarget
        var trackers: [String]

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.outputFormat(from: OutputFormats.trend)
            paths = parsed.positionals
            guard paths.count >= 2 else {
                throw ToolError(
                    .usage, "give two or more answer files of the same service: equality-assess trend FILE FILE...")
            }
            output = OutputTarget(parsed.value(Option.output))
            trackers = parsed.values(Option.trackers)
            guard trackers.count < paths.count else {
                throw ToolError(
                    .usage, location: Option.trackers.key,
                    "given \(trackers.count) times for \(NumberText.counted(paths.count - 1, "reassessment")); give at most one for each, oldest first"
                )
            }
        }
    }

    static let definition = CommandDefinition(
        name: "trend",
        summary: "Follow one service over several assessments: scores, bands, legal risks and groups over time.",
        usage: [
            UsageForm(
                [.words("FILE FILE...")],
                optional: [Option.format(OutputFormats.trend), Option.output, Option.trackers, Option.language])
        ],
        details: """
            Give two or more answer files of the same organisation and exercise, in any order and made with any
            version of the framework: they are put in date order. Each must carry its date (respondent.date), and
            no two may share one. Questions that changed between framework versions are named and left out of the
            like-for-like comparison. --format docx writes a Word document (give -o FILE.docx).
            --tracker FILE, once for each reassessment and oldest first, is the tracker of the plan made after
            the assessment before it, as the team left it: the trend then shows the actions completed by each.
            """,
        options: [Option.format(OutputFormats.trend), Option.output, Option.trackers, Option.language],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        var seen: [(path: String, respondent: Respondent, date: String)] = []
        var loadedSets: [AnswerLoader.Loaded] = []
        for path in options.paths {
            let loaded = try AnswerLoader.load(path: path, frameworkReference: nil)
            let who = loaded.answers.respondent
            let date = who.date
            guard ReportDate.isValid(date) else {
                throw ToolError(
                    .badData, file: path, location: "respondent.date",
                    "has no date as YYYY-MM-DD; trend puts assessments in date order, so give each its date")
            }
            if let first = seen.first {
                guard ReadingRules.key(first.respondent.organisation) == ReadingRules.key(who.organisation) else {
                    throw ToolError(
                        .badData, file: path, location: "respondent.organisation",
                        "is \"\(who.organisation)\", another organisation from \(first.path) (\"\(first.respondent.organisation)\"); a trend follows one service"
                    )
                }
                guard Respondent.sameExercise(first.respondent.exercise, who.exercise) else {
                    throw ToolError(
                        .badData, file: path, location: "respondent.exercise",
                        "is \"\(who.exercise)\", another exercise from \(first.path) (\"\(first.respondent.exercise)\"); a trend follows one service"
                    )
                }
            }
            if let twin = seen.first(where: { $0.date == date }) {
                throw ToolError(
                    .badData, file: path, location: "respondent.date",
                    "is \(date), the same date as \(twin.path); give each assessment its own date, or leave one out")
            }
            seen.append((path, who, date))
            loadedSets.append(loaded)
        }
        // Trackers pair with the reassessments in date order, oldest first; read against the frameworks as written.
        let ordered = loadedSets.sorted { $0.answers.respondent.date < $1.answers.respondent.date }
        var trackers: [Tracker] = []
        for (path, (earlier, later)) in zip(options.trackers, zip(ordered, ordered.dropFirst())) {
            trackers.append(
                try TrackerReader.read(path: path, framework: later.framework, alsoKnown: earlier.framework))
        }
        func make() throws(ToolError) -> Trend {
            var assessments: [Assessment] = []
            for loaded in loadedSets {
                assessments.append(Scorer.assess(loaded.answers, framework: try loaded.framework.inCurrentLanguage()))
            }
            var trend = Trend(assessments)
            for (read, later) in zip(trackers, trend.assessments.dropFirst()) {
                trend.tracking.append(
                    ActionTracking(assessment: later, tracker: read, date: later.answers.respondent.date))
            }
            return trend
        }
        try context.write(
            try Bilingual.render(options.format, make), to: options.output, inputs: options.paths + options.trackers)
        return .ok
    }
}
