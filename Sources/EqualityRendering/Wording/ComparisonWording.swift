import EqualityCore

/// How a question changed between two framework versions, in words.
extension Comparison.FrameworkChange.Difference {
    var text: String {
        switch self {
        case .wording: return "question wording"
        case .stage(let from, let to): return "stage (\(from) → \(to))"
        case .weight(let from, let to): return "weight (\(NumberText.plain(from)) → \(NumberText.plain(to)))"
        case .legalDuty: return "legal duty"
        case .condition: return "condition"
        }
    }
}

extension Comparison.FrameworkChange {
    /// "question wording, weight (1 → 2)".
    var whatText: String { what.map(\.text).joined(separator: ", ") }
}

/// What a comparison says in every format, said once.
enum ComparisonWording {
    static func title(_ c: Comparison) -> String { "Reassessment: \(c.after.framework.title)" }
    static let sameFramework = "Both answer sets use the same framework, so every question is compared."
    static let frameworkChanges = "Framework changes"

    static func differentVersions(_ c: Comparison) -> String {
        "The answer sets use different framework versions; only the \(c.common.count) questions that are unchanged in both are compared, and the scores below cover those questions only."
    }

    /// "Added: NA-14", "Removed: none", "Changed: SD-02 (weight (1 → 2))".
    static func changes(_ c: Comparison) -> [String] {
        [
            "Added: \(c.added.isEmpty ? "none" : c.added.joined(separator: ", "))",
            "Removed: \(c.removed.isEmpty ? "none" : c.removed.joined(separator: ", "))",
            "Changed: \(c.changed.isEmpty ? "none" : c.changed.map { "\($0.id) (\($0.whatText))" }.joined(separator: "; "))",
        ]
    }

    /// The lists of questions that moved, each with its heading.
    static func lists(_ c: Comparison) -> [(title: String, items: [Comparison.QuestionChange])] {
        [
            ("Improved", c.improved), ("Worsened", c.worsened), ("Newly answered", c.newlyAnswered),
            ("Newly not applicable", c.newlyNotApplicable), ("No longer asked", c.noLongerAsked),
            ("Newly in scope", c.newlyInScope), ("Legal risks opened", c.risksOpened),
            ("Legal risks closed", c.risksClosed),
        ]
    }

    /// "partly in place → fully in place and evidenced".
    static func change(_ i: Comparison.QuestionChange) -> String {
        "\(Wording.responseText(i.before).lowercased()) → \(Wording.responseText(i.after).lowercased())"
    }

    static let actionsDone = "Actions from the earlier report now done"
    static let noActionsDone = "None."
}
