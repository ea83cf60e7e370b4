import EqualityCore

/// Words and numbers as every format shows them, so a Markdown report, an HTML report and the
/// terminal summary say the same thing the same way. Output is plain text: the markup types escape it.
enum Wording {
    static func percentText(_ score: Score) -> String {
        guard let percent = score.percent else { return say("report.not-assessed", "not assessed") }
        return percentText(percent)
    }

    /// Percentages always carry one decimal place, so "51.0%" and "48.7%" line up.
    static func percentText(_ percent: Double) -> String {
        let tenths = Int((percent * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func scoreText(_ score: Score) -> String {
        guard let band = score.band else { return say("report.not-assessed", "not assessed") }
        return "\(percentText(score)) \(band.name)"
    }

    static func pointsText(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return NumberText.plain(rounded)
    }

    static func flagText(_ flag: Finding.Flag) -> String {
        switch flag {
        case .unevidenced:
            return say(
                "report.unevidenced-fully-in-place-without",
                "Unevidenced: fully in place without evidence, scored as mostly")
        case .dontKnow: return say("report.dont-know", "Don't know")
        case .unanswered: return say("report.unanswered", "Unanswered")
        case .notApplicable: return say("report.not-applicable", "Not applicable")
        case .conditionNotMet: return say("report.not-asked-condition-not-met", "Not asked: condition not met")
        case .notInContext:
            return say("report.not-asked-does-not-apply", "Not asked: does not apply in this legal context")
        case .legalRisk: return say("report.legal-risk-2", "Legal risk")
        }
    }

    /// "Partly in place", "Unanswered", or "Not asked".
    static func responseText(_ finding: Finding) -> String {
        switch finding.status {
        case .conditionNotMet, .notInContext: return say("report.not-asked-2", "Not asked")
        case .unanswered: return say("report.unanswered", "Unanswered")
        case .answered:
            // An answer that claims more than its evidence shows is never called evidenced.
            if finding.flags.contains(.unevidenced), let scored = finding.scoredAs?.label.lowercased() {
                return say(
                    "report.claimed-fully-in-place-no",
                    "Claimed fully in place, no evidence given (scored as \(scored))")
            }
            return finding.response?.label ?? say("report.unanswered", "Unanswered")
        }
    }

    static func pointsCell(_ finding: Finding) -> String {
        guard let points = finding.points, let max = finding.maxPoints else {
            return say("report.excluded-lower", "excluded")
        }
        return say("report.points-of-max", "\(points) of \(max)")
    }

    /// "a", "a and b", "a, b and c".
    static func andList(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + say("list.and", " and ") + last
    }

    /// "not given" for a detail left blank.
    static func orNone(_ text: String) -> String { text.isBlank ? say("report.not-given", "not given") : text }

    /// "a", "a or b", "a, b or c".
    static func orList(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + say("list.or", " or ") + last
    }

    /// A text bar of 20 cells for a percentage.
    static func bar(_ percent: Double?, filled: Character = "█", empty: Character = "░") -> String {
        let cells = percent.map { min(20, max(0, Int(($0 / 5).rounded()))) } ?? 0
        return String(repeating: filled, count: cells) + String(repeating: empty, count: 20 - cells)
    }

    /// The text bar, or "not assessed" with no score.
    static func barText(_ percent: Double?) -> String {
        percent == nil ? say("report.not-assessed", "not assessed") : bar(percent)
    }

    /// At most `limit` characters, ending in an ellipsis when cut.
    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// "+2.5 points", "−1.0 points", "±0.0 points", or "not comparable".
    static func delta(_ before: Score, _ after: Score) -> String {
        guard let x = before.percent, let y = after.percent else {
            return say("report.not-comparable", "not comparable")
        }
        let tenths = Int(((y - x) * 10).rounded())
        let sign = tenths > 0 ? "+" : tenths < 0 ? "−" : "±"
        return say("report.points-2", "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10) points")
    }

    /// What a group-by-stage cell rests on: "3 questions", or "1 question: thin evidence".
    static func cellBasis(_ count: Int) -> String {
        count == 1
            ? say("report.question-thin-evidence", "1 question: thin evidence")
            : say("report.questions-count", count: count, one: "\(count) question", other: "\(count) questions")
    }

    /// Why a report is provisional: "2 questions are unanswered and 1 is answered don't know; …".
    /// With every question answered it says so, and that the reason is the "don't know" answers.
    static func provisionalText(_ c: Completion) -> String {
        let unanswered = c.total - c.answered
        var parts: [String] = []
        if unanswered > 0 {
            parts.append(
                say(
                    "report.questions-unanswered", count: unanswered, one: "\(unanswered) question is unanswered",
                    other: "\(unanswered) questions are unanswered"))
        }
        if c.dontKnow > 0 {
            let known =
                unanswered == 0 ? say("report.every-question-is-answered-but", "every question is answered, but ") : ""
            parts.append(
                known
                    + say(
                        "report.questions-answered-dont-know", count: c.dontKnow,
                        one: "\(c.dontKnow) question is answered don't know",
                        other: "\(c.dontKnow) questions are answered don't know"))
        }
        let they =
            unanswered + c.dontKnow == 1 ? say("report.it-scores", "it scores") : say("report.they-score", "they score")
        return parts.joined(separator: say("report.and-between-parts", " and "))
            + say("report.until-answered-and-known", "; \(they) 0 until answered and known.")
    }

    /// The terminal's completion line: "46 of 46 answered; provisional: 2 answered don't know".
    static func completionLine(_ c: Completion) -> String {
        var line = say("report.of-answered", "\(c.answered) of \(c.total) answered")
        guard c.isProvisional else { return line }
        var why: [String] = []
        if c.answered < c.total { why.append(say("report.n-unanswered", "\(c.total - c.answered) unanswered")) }
        if c.dontKnow > 0 { why.append(say("report.answered-dont-know-2", "\(c.dontKnow) answered don't know")) }
        line += say("report.provisional-2", " (provisional: \(why.joined(separator: ", ")))")
        return line
    }

    /// What an empty action plan says: never that something is fully in place when nothing was scored.
    static func noActionsText(_ a: Assessment) -> String {
        a.overall.isAssessed
            ? say(
                "report.no-actions-every-question-in",
                "No actions: every question in scope is fully in place and evidenced.")
            : say(
                "report.no-actions-nothing-in-scope",
                "No actions: nothing in scope was scored (every question was not applicable or not asked).")
    }

    /// What the legal-risks part says when there are none: that the legal-duty questions passed,
    /// only when some were scored on a duty that applies.
    static func noLegalRisksText(_ a: Assessment, _ framework: Framework) -> String {
        let tested = a.findings.contains { f in
            f.question.legalDuty != nil && !f.isExcluded && (f.dutyApplicability?.counts ?? true)
        }
        return tested
            ? say(
                "report.every-legal-duty-question-in",
                "Every legal-duty question in scope scored at least \(framework.scale.legalRiskBelow) points.")
            : say(
                "report.no-legal-duty-question-was",
                "No legal-duty question was scored here: each was not applicable, not asked, or rests on a duty that does not apply in this context."
            )
    }

    /// What the top-gaps list says when it is empty.
    static func noGapsText(_ a: Assessment) -> String {
        a.overall.isAssessed
            ? say(
                "report.no-gaps-every-question-in", "No gaps: every question in scope is fully in place and evidenced.")
            : say(
                "report.nothing-in-scope-was-scored",
                "Nothing in scope was scored: every question was not applicable or not asked.")
    }

    /// "High", "Medium" or "Low".
    static func priorityText(_ p: Action.Priority) -> String {
        switch p {
        case .high: return say("report.priority-high", "High")
        case .medium: return say("report.priority-medium", "Medium")
        case .low: return say("report.priority-low", "Low")
        }
    }

    /// "none", where a list or count has nothing in it.
    static var none: String { say("word.none", "none") }

    /// A network category's outcome: "met", "not met", "cannot tell", "depends on reading".
    static func outcomeText(_ o: NetworkResult.Outcome) -> String {
        switch o {
        case .met: return say("network.outcome-met", "met")
        case .notMet: return say("network.outcome-not-met", "not met")
        case .cannotTell: return say("network.outcome-cannot-tell", "cannot tell")
        case .dependsOnReading: return say("network.outcome-depends-on-reading", "depends on reading")
        }
    }
}
