import EqualityCore
import EqualityRendering

/// Scoring the answers and building the report model every report-like command renders.
enum GapReportBuilder {
    static func build(
        _ loaded: AnswerLoader.Loaded, date: String?, status: ReportStatus = .draft, context: CommandContext
    ) throws(ToolError)
        -> GapReport
    {
        let date = try ReportDate.resolve(
            option: date, answers: loaded.answers.respondent.date, environment: context.environment)
        let assessment = Scorer.assess(loaded.answers, framework: loaded.framework)
        return GapReport(assessment: assessment, date: date, register: try BundledData.sources(), status: status)
    }
}
