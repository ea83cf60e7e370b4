import EqualityCore

/// Why a network membership category was met, not met or cannot be told, in words.
extension NetworkResult.CategoryResult {
    var explanation: String {
        switch reason {
        case .answered(true): return "You answered yes."
        case .answered(false): return "You answered no."
        case .notAnswered: return "Not answered in the profile."
        case .totalIsZero(let label):
            return "Cannot tell: the \(label.lowercased()) total is 0, so no share can be worked out."
        case .incomplete(let label): return "Cannot tell: the \(label.lowercased()) headcounts are not complete."
        case .shares(let threshold):
            let shown = shares.map { share -> String in
                let part = share.part.map(String.init) ?? "?"
                let whole = share.whole.map(String.init) ?? "?"
                let percent = share.percent.map(NumberText.plain) ?? "?"
                return "\(share.label.lowercased()) \(part) of \(whole) (\(percent)%)"
            }.joined(separator: ", ")
            let verdict = outcome == .met ? "Met" : "Not met"
            return "\(verdict): \(shown); each needs to be at least \(NumberText.plain(threshold))%."
        }
    }
}
