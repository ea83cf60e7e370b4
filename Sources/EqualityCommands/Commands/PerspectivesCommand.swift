import Dispatch
import EqualityCore
import EqualityRendering
import FoundationEssentials
import Glibc

/// `equality-assess perspectives`: several perspectives on one exercise, side by side, and a
/// consensus draft for the group to agree.
enum PerspectivesCommand {
    struct Options: Equatable {
        var format: OutputFormat<PerspectiveComparison>
        var paths: [String]
        var output: OutputTarget
        var framework: String?
        var minCount: Int
        var draft: String?

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.outputFormat(from: OutputFormats.perspectives)
            paths = parsed.positionals
            guard paths.count >= 2 else {
                throw ToolError(
                    .usage,
                    "give at least two answer files of the same exercise: equality-assess perspectives FILE FILE...")
            }
            output = OutputTarget(parsed.value(Option.output))
            framework = parsed.value(Option.framework)
            minCount = try MinCountOption.value(parsed)
            draft = parsed.value(Option.draft)
            if let draft, draft == output.path || draft == "-" {
                throw ToolError(
                    .usage, location: Option.draft.key, "the draft needs its own file, apart from the report (-o)")
            }
        }
    }

    static let definition = CommandDefinition(
        name: "perspectives",
        summary: "Compare several perspectives on one exercise (commissioner, provider, partners, lived experience).",
        usage: [
            UsageForm(
                [.words("FILE FILE...")],
                optional: [
                    Option.format(OutputFormats.perspectives), Option.output, Option.draft, Option.minCount,
                    Option.framework, Option.language,
                ])
        ],
        details: """
            Each file is one answer set of the same exercise and framework, saying whose view it gives
            (respondent.perspective). The report puts each perspective's rating side by side, lists
            where they differ by two points or more, and names the stages where the commissioner rates
            higher than people with lived experience: the places to look first. People with lived
            experience are never named; when fewer than --min-count of them answered (default 10, the
            same rule as aggregate), their view is shown only as "raised concerns" or "no concerns
            raised". --draft FILE writes an ordinary answer file for the group to agree, taking for each
            question the lowest rating given with evidence or reasons and noting what each perspective said.
            """,
        options: [
            Option.format(OutputFormats.perspectives), Option.output, Option.framework,
            Option.minCount,
            Option.draft, Option.language,
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        var voices: [PerspectiveComparison.Voice] = []
        var first: (path: String, framework: Framework, exercise: String)?
        // Each answer set once: the same file named twice, or two files with the same respondent
        // and answers, would count one view as two.
        var seen: [(path: String, identity: String, file: [UInt64]?)] = []
        for path in options.paths {
            let loaded = try AnswerLoader.load(path: path, frameworkReference: options.framework)
            let respondent = loaded.answers.respondent
            guard let perspective = Perspective(rawValue: respondent.perspective) else {
                throw ToolError(
                    .badData, file: path, location: "respondent.perspective",
                    "not stated; say whose view these answers give (\(Perspective.ids.joined(separator: ", ")))")
            }
            let file = fileIdentity(path)
            // The same answers are one view, whatever language the form that saved them was in.
            var unlabelled = loaded.answers
            unlabelled.language = nil
            let identity = AnswerJSON.encode(unlabelled)
            if let twin = seen.first(where: { ($0.file != nil && $0.file == file) || $0.identity == identity }) {
                throw ToolError(
                    .usage, location: path,
                    twin.file == file
                        ? "is the same file as \(twin.path), given twice; give each answer set once"
                        : "has the same respondent and answers as \(twin.path); give each answer set once")
            }
            seen.append((path, identity, file))
            if let first {
                guard first.framework.id == loaded.framework.id,
                    first.framework.version == loaded.framework.version
                else {
                    throw ToolError(
                        .badData, file: path,
                        "answers \(loaded.framework.id) \(loaded.framework.version), but \(first.path) answers \(first.framework.id) \(first.framework.version); compare answer sets of one framework"
                    )
                }
                guard Respondent.sameExercise(first.exercise, respondent.exercise) else {
                    throw ToolError(
                        .badData, file: path, location: "respondent.exercise",
                        "is \"\(respondent.exercise)\", a different exercise from \(first.path) (\"\(first.exercise)\"); compare answer sets of the same exercise (the names must match, apart from letter case, spaces and a final full stop)"
                    )
                }
            } else {
                first = (path, loaded.framework, respondent.exercise)
            }
            voices.append(
                .init(perspective: perspective, assessment: Scorer.assess(loaded.answers, framework: loaded.framework)))
        }
        // People with lived experience are asked what the Easy Read form asks: what they can answer
        // from their own experience (Frameworks/easy-read.json).
        let easy = try BundledData.easyRead()
        let framework = voices[0].assessment.framework
        let lived = Set(framework.questions.map(\.id).filter(easy.isForLivedExperience))
        let comparison = PerspectiveComparison(
            voices, minCount: options.minCount, livedExperienceQuestions: lived.isEmpty ? nil : lived)
        var draftFile: [OutputFile.Item] = []
        if let draft = options.draft {
            let set = ConsensusDraft.make(voices, comparison: comparison)
            // A draft named .csv is the spreadsheet template, filled in, for a group that agrees in a spreadsheet.
            let text =
                draft.lowercased().hasSuffix(".csv")
                ? AnswerCSV.encode(set, framework: comparison.framework)
                : AnswerJSON.encode(set, profileOrder: comparison.framework.profile?.fields.map(\.id) ?? [])
            draftFile = [OutputFile.Item(path: draft, bytes: Array(text.utf8), isPrivate: true)]
        }
        // The report in the language asked for; the draft answer file is data, as written.
        func make() throws(ToolError) -> PerspectiveComparison {
            var translated: [PerspectiveComparison.Voice] = []
            for v in voices {
                let framework = try v.assessment.framework.inCurrentLanguage()
                translated.append(
                    .init(
                        perspective: v.perspective,
                        assessment: Scorer.assess(v.assessment.answers, framework: framework)))
            }
            return PerspectiveComparison(
                translated, minCount: options.minCount, livedExperienceQuestions: lived.isEmpty ? nil : lived)
        }
        try context.write(
            try Bilingual.render(options.format, make), to: options.output, inputs: options.paths,
            alongside: draftFile)
        if let draft = options.draft {
            let name = TerminalText.sanitise(draft)
            context.err(
                draft.lowercased().hasSuffix(".csv")
                    ? "wrote the consensus draft \(name): agree it in a spreadsheet or the form, then 'validate \(name)'\n"
                    : "wrote the consensus draft \(name): agree it in the form or with 'ask -o \(name)'\n")
        }
        return .ok
    }
}

extension PerspectivesCommand {
    /// Device and inode, so a file named twice (by two paths) is seen as one.
    static func fileIdentity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }
}
