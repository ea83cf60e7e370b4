import EqualityCore

/// How a question changed between two framework versions, in words.
extension Comparison.FrameworkChange.Difference {
    var text: String {
        switch self {
        case .wording: return say("compare.difference-wording", "question wording")
        case .stage(let from, let to): return say("compare.difference-stage", "stage (\(from) → \(to))")
        case .weight(let from, let to):
            return say("compare.difference-weight", "weight (\(NumberText.plain(from)) → \(NumberText.plain(to)))")
        case .legalDuty: return say("compare.difference-legal-duty", "legal duty")
        case .condition: return say("compare.difference-condition", "condition")
        }
    }
}

extension Comparison.FrameworkChange {
    /// "question wording, weight (1 → 2)".
    var whatText: String { what.map(\.text).joined(separator: ", ") }
}

/// What a comparison says in every format, said once.
enum ComparisonWording {
    static func title(_ c: Comparison) -> String { say("compare.title", "Reassessment: \(c.after.framework.title)") }
    static var sameFramework: String {
        say("compare.same-framework", "Both answer sets use the same framework, so every question is compared.")
    }
    static var frameworkChanges: String { say("compare.framework-changes", "Framework changes") }

    static func differentVersions(_ c: Comparison) -> String {
        let n = c.common.count
        return say(
            "compare.different-versions", count: n,
            one:
                "The answer sets use different framework versions; only the \(n) question that is unchanged in both is compared, and the scores below cover that question only.",
            other:
                "The answer sets use different framework versions; only the \(n) questions that are unchanged in both are compared, and the scores below cover those questions only."
        )
    }

    /// "Added: NA-14", "Removed: none", "Changed: SD-02 (weight (1 → 2))".
    static func changes(_ c: Comparison) -> [String] {
        [
            say("compare.added", "Added: \(c.added.isEmpty ? Wording.none : c.added.joined(separator: ", "))"),
            say("compare.removed", "Removed: \(c.removed.isEmpty ? Wording.none : c.removed.joined(separator: ", "))"),
            say(
                "compare.changed",
                "Changed: \(c.changed.isEmpty ? Wording.none : c.changed.map { "\($0.id) (\($0.whatText))" }.joined(separator: "; "))"
            ),
        ]
    }

    /// The lists of questions that moved, each with its heading.
    static func lists(_ c: Comparison) -> [(title: String, items: [Comparison.QuestionChange])] {
        [
            (say("compare.improved", "Improved"), c.improved), (say("compare.worsened", "Worsened"), c.worsened),
            (say("compare.newly-answered", "Newly answered"), c.newlyAnswered),
            (say("compare.newly-not-applicable", "Newly not applicable"), c.newlyNotApplicable),
            (say("compare.no-longer-asked", "No longer asked"), c.noLongerAsked),
            (say("compare.newly-in-scope", "Newly in scope"), c.newlyInScope),
            (say("compare.legal-risks-opened", "Legal risks opened"), c.risksOpened),
            (say("compare.legal-risks-closed", "Legal risks closed"), c.risksClosed),
        ]
    }

    /// "partly in place → fully in place and evidenced".
    static func change(_ i: Comparison.QuestionChange) -> String {
        "\(Wording.responseText(i.before).lowercased()) → \(Wording.responseText(i.after).lowercased())"
    }

    static var actionsDone: String { say("compare.actions-done", "Actions from the earlier report now done") }
    static var noActionsDone: String { say("compare.no-actions-done", "None.") }
    static var before: String { say("compare.before", "Before") }
    static var after: String { say("compare.after", "After") }
    static var change: String { say("compare.change", "Change") }
    static var scores: String { say("compare.scores", "Scores") }
    static var organisation: String { say("compare.organisation", "Organisation") }
    static var date: String { say("compare.date", "Date") }
    static var framework: String { say("compare.framework", "Framework") }
    static var completion: String { say("compare.completion", "Completion") }
    static var overall: String { say("compare.overall", "Overall") }

    /// "45 of 46".
    static func completionText(_ c: Completion) -> String { say("report.points-of-max", "\(c.answered) of \(c.total)") }

    /// An answer set's date as CLDR's long format writes it, or "not given".
    static func dateText(_ date: String) -> String { Wording.orNone(date.isBlank ? "" : LongDate.text(date)) }
}
