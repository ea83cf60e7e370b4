import EqualityCore

/// The one model every report renderer reads: an assessment plus the wording, date and sources a
/// reader needs. Renderers format it; they never score. Strings from the answer set are untrusted.
package struct GapReport: Sendable {
    package var assessment: Assessment
    package var date: String?
    var status: ReportStatus
    var sources: [Source]
    var register: SourceRegister
    /// Where each action stands, when a tracker was given (`report --tracker`).
    package var tracking: ActionTracking?

    package var framework: Framework { assessment.framework }
    var respondent: Respondent { assessment.answers.respondent }
    var context: AssessmentContext { assessment.answers.context }
    var title: String { say("report.equality-gap-report", "Equality gap report: \(framework.title)") }

    package init(assessment: Assessment, date: String?, register: SourceRegister, status: ReportStatus = .draft) {
        self.assessment = assessment
        self.date = date
        self.status = status
        self.register = register
        self.sources = register.cited(by: assessment.framework)
    }

    func stageName(_ id: String) -> String { framework.stageName(id) }

    var completionText: String {
        let c = assessment.completion
        // Whether the report is provisional is said once, in the callout under the title block.
        return say(
            "report.of-questions-answered",
            "\(c.answered) of \(c.total) questions answered (\(Wording.percentText(c.percent)))")
    }

    /// The report date as CLDR's long format writes it in the current language ("2 November 2026",
    /// "2 Tachwedd 2026"), or "undated".
    var dateText: String { date.map { LongDate.text($0) } ?? say("report.undated", "undated") }

    /// Who agreed the answers ("Agreed with: commissioner and provider."), or, for a consensus
    /// draft not yet agreed, who it was drawn from; nil for one respondent's own answers.
    var agreementText: String? {
        let answers = assessment.answers
        if !answers.agreedWith.isEmpty {
            return say("report.agreed-with", "Agreed with: ")
                + Wording.andList(answers.agreedWith.map { $0.name.lowercased() }) + "."
        }
        if answers.isUnagreedDraft {
            return say("report.not-yet-agreed-drawn-from", "Not yet agreed. Drawn from the views of ")
                + Wording.andList(answers.drawnFrom.map { $0.name.lowercased() })
                + say(
                    "report.record-who-agreed-it-in",
                    "; record who agreed it in the form, with ask, or in the CSV row framework:agreedWith.")
        }
        return nil
    }

    /// The status a reader sees: "Final", "Draft", or "Draft for agreement" for a consensus draft
    /// the group has not agreed (which can never be final).
    var statusLabel: String {
        status == .draft && assessment.answers.isUnagreedDraft
            ? say("report.draft-for-agreement", "Draft for agreement") : status.label
    }

    /// The same as an ID: `final`, `draft` or `draft-for-agreement`.
    var statusID: String {
        status == .draft && assessment.answers.isUnagreedDraft ? "draft-for-agreement" : status.rawValue
    }

    /// The callout under the title block for a consensus draft not yet agreed.
    static var draftForAgreementNotice: String {
        say(
            "report.these-answers-are-a-first",
            "These answers are a first draft drawn from several perspectives. The group has not agreed them yet, so any rating may change when it meets."
        )
    }

    static var signOffSteps: [String] {
        [
            say("report.prepared-by", "Prepared by"), say("report.reviewed-by", "Reviewed by"),
            say("report.approved-by", "Approved by"),
        ]
    }

    /// Printed at the foot of every page, on two lines: the organisation; then the exercise,
    /// date and status. Each line is cut at a word only when it would not fit beside the page number.
    var pageFooterLines: [String] {
        let who =
            respondent.organisation.isBlank
            ? say("report.organisation-not-given", "Organisation not given") : respondent.organisation
        let what =
            respondent.exercise.isBlank ? say("report.exercise-not-given", "exercise not given") : respondent.exercise
        return [Self.clipped(who, to: 85), "\(Self.clipped(what, to: 60)) · \(dateText) · \(statusLabel)"]
    }

    /// The same on one line, for a Word footer (which wraps by itself).
    var pageFooter: String { pageFooterLines.joined(separator: " · ") }

    /// A running footer line is short; long names are cut at a word with an ellipsis.
    static func clipped(_ text: String, to limit: Int = 30) -> String {
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard flat.count > limit else { return flat }
        let cut = flat.prefix(limit)
        let atWord = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return atWord + "…"
    }

    /// The name of the legal duty a question rests on, if any.
    func dutyName(_ question: Question) -> String? { question.legalDuty.flatMap { framework.legalDuty($0)?.name } }

    func dutyText(_ question: Question) -> String? { framework.legalDutyText(question, sources: register) }

    /// The name of the legal duty an action rests on, if any.
    func dutyName(_ action: Action) -> String? { action.legalDuty.flatMap { framework.legalDuty($0)?.name } }

    func citationsText(_ citations: [Citation]) -> String { register.display(citations) }

    /// Findings in one of the exclusion or attention lists.
    var unanswered: [Finding] { assessment.findings.filter { $0.flags.contains(.unanswered) } }
    var dontKnow: [Finding] { assessment.findings.filter { $0.flags.contains(.dontKnow) } }
    var notApplicable: [Finding] { assessment.findings.filter { $0.flags.contains(.notApplicable) } }
    var conditionNotMet: [Finding] { assessment.findings.filter { $0.flags.contains(.conditionNotMet) } }
    var notInContext: [Finding] { assessment.findings.filter { $0.flags.contains(.notInContext) } }
    var unevidenced: [Finding] { assessment.findings.filter { $0.flags.contains(.unevidenced) } }

    /// The duties shown in full in the duty table: all but those that do not apply here and whose
    /// questions are none of them asked, which `dutiesOutOfContextText` names in one sentence.
    var dutyRows: [DutyResult] { assessment.duties.filter { !isOutOfContext($0) } }

    func isOutOfContext(_ d: DutyResult) -> Bool {
        if case .doesNotApply = d.applicability { return d.notAsked.count == d.questions.count }
        return false
    }

    /// "Not in this context, and their questions not asked: the Socio-economic Duty (Wales) (NA-13)
    /// and …", or nil when every duty is in the table.
    var dutiesOutOfContextText: String? {
        let out = assessment.duties.filter(isOutOfContext)
        guard !out.isEmpty else { return nil }
        let names = out.map {
            "\($0.duty.name) (\(register.display($0.duty.citation)); \($0.questions.joined(separator: ", ")))"
        }
        return
            say(
                "report.not-in-this-legal-context",
                "Not in this legal context, so their questions are not asked: \(Wording.andList(names)). Each is described in the questionnaire."
            )
    }

    /// Why a question was not asked (a condition, or the legal context), or nil when it was.
    func notAskedReason(_ finding: Finding) -> String? {
        framework.notAskedText(finding, context: context)
    }

    /// The two lists of questions left out before scoring, with their headings.
    var notAskedLists: [(title: String, findings: [Finding])] {
        [
            (
                say(
                    "report.not-asked-because-a-condition",
                    "Not asked because a condition was not met (left out of the totals)"), conditionNotMet
            ),
            (
                say(
                    "report.not-asked-because-the-legal",
                    "Not asked because the legal context rules it out (left out of the totals)"), notInContext
            ),
        ]
    }

    /// Weights in use, e.g. "weight 3: 8 questions".
    var weightSummary: [String] {
        let weights = Set(framework.questions.map(\.weight)).sorted(by: >)
        return weights.map { w in
            let ids = framework.questions.filter { $0.weight == w }.map(\.id)
            return
                say(
                    "report.weight-questions", count: ids.count,
                    one: "Weight \(NumberText.plain(w)): \(ids.count) question (\(ids.joined(separator: ", ")))",
                    other: "Weight \(NumberText.plain(w)): \(ids.count) questions (\(ids.joined(separator: ", ")))")
        }
    }

    var bandText: [String] {
        framework.bands.enumerated().map { i, band in
            let upper =
                i == framework.bands.count - 1
                ? say("report.inclusive", "\(NumberText.plain(band.max))% inclusive")
                : say("report.below", "below \(NumberText.plain(band.max))%")
            return say(
                "report.from-to", "\(band.name): from \(NumberText.plain(band.min))% to \(upper). \(band.description)")
        }
    }

    /// A heat-map shade for a score: its band's place among the framework's bands, 0 to 3.
    func heatRank(_ score: Score) -> Int {
        min(score.band.flatMap { band in framework.bands.firstIndex { $0.name == band.name } } ?? 0, 3)
    }

    /// The key printed under the summary's heat map.
    static var heatMapKey: String {
        say(
            "report.each-cell-gives-the-score",
            "Each cell gives the score, its band and, in brackets, how many questions it rests on; a dashed border marks a cell resting on one question (thin evidence). “Not assessed” means no question at that stage names the group; it is not a score of 0. Groups no question names are not shown."
        )
    }

    static var matrixNote: String {
        say(
            "report.each-cell-scores-only-the",
            "Each cell scores only the questions that name that group or characteristic (a characteristic also counts questions naming a group that maps onto it). “Not assessed” means no such question at that stage; it is not a score of 0. Each cell says how many questions it rests on; a cell resting on a single question is thin evidence, not a measure of the group. Groups and characteristics no question names are not shown. The seminar's five example groups are not a complete list."
        )
    }
}
