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
