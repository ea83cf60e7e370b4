import EqualityCore
import EqualityRendering

/// Scoring the answers and building the report model every report-like command renders.
enum GapReportBuilder {
    static func build(
        _ loaded: AnswerLoader.Loaded, date: String?, status: ReportStatus = .draft, file: String? = nil,
        context: CommandContext
    ) throws(ToolError)
        -> GapReport
    {
        let date = try ReportDate.resolve(
            option: date, answers: loaded.answers.respondent.date, environment: context.environment)
        let assessment = Scorer.assess(loaded.answers, framework: try loaded.framework.inCurrentLanguage())
        if status == .final { try refuseFinal(assessment, file: file) }
        return GapReport(assessment: assessment, date: date, register: try BundledData.sources(), status: status)
    }

    /// A report is final only when nothing in it is provisional and, for a consensus draft, the
    /// group has agreed it: otherwise page 1 would say "Final" beside "Provisional".
    static func refuseFinal(_ a: Assessment, file: String?) throws(ToolError) {
        var problems: [String] = []
        let unanswered = a.findings.filter { $0.flags.contains(.unanswered) }.map(\.question.id)
        let unknown = a.findings.filter { $0.flags.contains(.dontKnow) }.map(\.question.id)
        if !unanswered.isEmpty {
            problems.append(
                "\(NumberText.counted(unanswered.count, "question")) unanswered (\(unanswered.joined(separator: ", ")))"
            )
        }
        if !unknown.isEmpty {
            problems.append(
                "\(NumberText.counted(unknown.count, "question")) answered don't know (\(unknown.joined(separator: ", ")))"
            )
        }
        if !problems.isEmpty {
            throw ToolError(
                .badData, file: file, location: "--status final",
                "the results are provisional: \(problems.joined(separator: " and ")); answer them, or leave the report as a draft"
            )
        }
        if a.answers.isUnagreedDraft {
            throw ToolError(
                .badData, file: file, location: "--status final",
                "this is a consensus draft the group has not agreed (no agreedWith); record who agreed it (in the form, with ask, or in the CSV row framework:agreedWith), or leave the report as a draft"
            )
        }
    }

    /// Score `input`'s answers and write the report in `format` where `input` says: in the
    /// language `--language` chose, or in Welsh then English for a bilingual document.
    static func write<Document>(
        _ input: ReportInput, as format: OutputFormat<Document>, tracker: String? = nil, context: CommandContext,
        document: (GapReport) throws(ToolError) -> Document
    ) throws(ToolError) {
        let loaded = try input.source.load()
        let read = try tracker.map { path throws(ToolError) in
            try TrackerReader.read(path: path, framework: loaded.framework)
        }
        func make() throws(ToolError) -> Document {
            var report = try build(
                loaded, date: input.date, status: input.status, file: input.source.inputs.first, context: context)
            if let read {
                report.tracking = ActionTracking(assessment: report.assessment, tracker: read, date: report.date)
            }
            return try document(report)
        }
        let inputs = input.source.inputs + [tracker].compactMap { $0 }
        try context.write(try Bilingual.render(format, make), to: input.output, inputs: inputs)
    }
}

/// What `report` and `actions` share: where the answers come from, where the output goes, and
/// the date and status printed on it.
struct ReportInput: Equatable {
    var source: AnswerSource
    var output: OutputTarget
    var date: String?
    var status: ReportStatus

    init(_ parsed: ParsedArguments, command: String) throws(ToolError) {
        date = try DateOption.value(parsed)
        status = try StatusOption.value(parsed)
        output = OutputTarget(parsed.value(Option.output))
        source = try AnswerSource(parsed, command: command)
    }
}
