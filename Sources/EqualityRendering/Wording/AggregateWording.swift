import EqualityCore

/// How an aggregate's cells and its suppression rule read.
extension AggregateReport.Cell {
    /// A count as a whole number, a measure with one decimal place, or "suppressed".
    func text(_ unit: String = "") -> String {
        switch self {
        case .value(let v): return NumberText.plain(v) + unit
        case .measure(let v): return NumberText.oneDecimal(v) + unit
        case .suppressed: return "suppressed"
        }
    }
}

extension AggregateReport {
    /// Column labels for the response counts: the scale's responses, then unanswered and not asked.
    var responseLabels: [String] { framework.scale.responses.map(\.label) + ["Unanswered", "Not asked"] }

    var suppressionNote: String {
        "To protect respondents, any figure built from fewer than \(minCount) respondents is shown as “suppressed”, never as a number. This includes counts of 0 to \(minCount - 1), and averages and shares over fewer than \(minCount) respondents. Where a single hidden count could be worked out from a row's total, another count in that row is hidden too. No respondent's name or organisation appears in this report."
    }
}
