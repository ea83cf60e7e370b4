import EqualityCore

/// Words and numbers as every format shows them, so a Markdown report, an HTML report and the
/// terminal summary say the same thing the same way. Output is plain text: the markup types escape it.
enum Wording {
    static func percentText(_ score: Score) -> String {
        guard let percent = score.percent else { return "not assessed" }
        return percentText(percent)
    }

    /// Percentages always carry one decimal place, so "51.0%" and "48.7%" line up.
    static func percentText(_ percent: Double) -> String {
        let tenths = Int((percent * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func scoreText(_ score: Score) -> String {
        guard let band = score.band else { return "not assessed" }
        return "\(percentText(score)) \(band.name)"
    }

    static func pointsText(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return NumberText.plain(rounded)
    }

    static func flagText(_ flag: Finding.Flag) -> String {
        switch flag {
        case .unevidenced: return "Unevidenced: fully in place without evidence, scored as mostly"
        case .dontKnow: return "Don't know"
        case .unanswered: return "Unanswered"
        case .notApplicable: return "Not applicable"
        case .conditionNotMet: return "Not asked: condition not met"
        case .notInContext: return "Not asked: does not apply in this legal context"
        case .legalRisk: return "Legal risk"
        }
    }

    /// "Partly in place", "Unanswered", or "Not asked".
    static func responseText(_ finding: Finding) -> String {
        switch finding.status {
        case .conditionNotMet, .notInContext: return "Not asked"
        case .unanswered: return "Unanswered"
        case .answered:
            // An answer that claims more than its evidence shows is never called evidenced.
            if finding.flags.contains(.unevidenced), let scored = finding.scoredAs?.label.lowercased() {
                return "Claimed fully in place, no evidence given (scored as \(scored))"
            }
            return finding.response?.label ?? "Unanswered"
        }
    }

    static func pointsCell(_ finding: Finding) -> String {
        guard let points = finding.points, let max = finding.maxPoints else { return "excluded" }
        return "\(points) of \(max)"
    }

    /// "a", "a and b", "a, b and c".
    static func andList(_ items: [String]) -> String { ListText.and(items) }

    /// "not given" for a detail left blank.
    static func orNone(_ text: String) -> String { text.isBlank ? "not given" : text }

    /// "a", "a or b", "a, b or c".
    static func orList(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " or " + last
    }

    /// A text bar of 20 cells for a percentage.
    static func bar(_ percent: Double?, filled: Character = "█", empty: Character = "░") -> String {
        let cells = percent.map { min(20, max(0, Int(($0 / 5).rounded()))) } ?? 0
        return String(repeating: filled, count: cells) + String(repeating: empty, count: 20 - cells)
    }

    /// The text bar, or "not assessed" with no score.
    static func barText(_ percent: Double?) -> String { percent == nil ? "not assessed" : bar(percent) }

    /// At most `limit` characters, ending in an ellipsis when cut.
    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    /// "+2.5 points", "−1.0 points", "±0.0 points", or "not comparable".
    static func delta(_ before: Score, _ after: Score) -> String {
        guard let x = before.percent, let y = after.percent else { return "not comparable" }
        let tenths = Int(((y - x) * 10).rounded())
        let sign = tenths > 0 ? "+" : tenths < 0 ? "−" : "±"
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10) points"
    }

    /// What a group-by-stage cell rests on: "3 questions", or "1 question: thin evidence".
    static func cellBasis(_ count: Int) -> String {
        count == 1 ? "1 question: thin evidence" : "\(count) questions"
    }

    /// "1 question", "2 questions": a count with its noun in the right number.
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        NumberText.counted(n, noun, plural: plural)
    }

    /// "is" or "are" for a count.
    static func be(_ n: Int) -> String { n == 1 ? "is" : "are" }

    /// Why a report is provisional: "2 questions are unanswered and 1 is answered don't know; …".
    /// With every question answered it says so, and that the reason is the "don't know" answers.
    static func provisionalText(_ c: Completion) -> String {
        let unanswered = c.total - c.answered
        var parts: [String] = []
        if unanswered > 0 { parts.append("\(count(unanswered, "question")) \(be(unanswered)) unanswered") }
        if c.dontKnow > 0 {
            let known = unanswered == 0 ? "every question is answered, but " : ""
            parts.append("\(known)\(count(c.dontKnow, "question")) \(be(c.dontKnow)) answered don't know")
        }
        let they = unanswered + c.dontKnow == 1 ? "it scores" : "they score"
        return parts.joined(separator: " and ") + "; \(they) 0 until answered and known."
    }

    /// The terminal's completion line: "46 of 46 answered; provisional: 2 answered don't know".
    static func completionLine(_ c: Completion) -> String {
        var line = "\(c.answered) of \(c.total) answered"
        guard c.isProvisional else { return line }
        var why: [String] = []
        if c.answered < c.total { why.append("\(c.total - c.answered) unanswered") }
        if c.dontKnow > 0 { why.append("\(c.dontKnow) answered don't know") }
        line += " (provisional: \(why.joined(separator: ", ")))"
        return line
    }

    /// What an empty action plan says: never that something is fully in place when nothing was scored.
    static func noActionsText(_ a: Assessment) -> String {
        a.overall.isAssessed
            ? "No actions: every question in scope is fully in place and evidenced."
            : "No actions: nothing in scope was scored (every question was not applicable or not asked)."
    }

    /// What the legal-risks part says when there are none: that the legal-duty questions passed,
    /// only when some were scored on a duty that applies.
    static func noLegalRisksText(_ a: Assessment, _ framework: Framework) -> String {
        let tested = a.findings.contains { f in
            f.question.legalDuty != nil && !f.isExcluded && (f.dutyApplicability?.counts ?? true)
        }
        return tested
            ? "Every legal-duty question in scope scored at least \(framework.scale.legalRiskBelow) points."
            : "No legal-duty question was scored here: each was not applicable, not asked, or rests on a duty that does not apply in this context."
    }

    /// What the top-gaps list says when it is empty.
    static func noGapsText(_ a: Assessment) -> String {
        a.overall.isAssessed
            ? "No gaps: every question in scope is fully in place and evidenced."
            : "Nothing in scope was scored: every question was not applicable or not asked."
    }
}
