import EqualityCore

/// Why a network membership category was met, not met or cannot be told, in words.
extension NetworkResult.CategoryResult {
    public var explanation: String {
        switch reason {
        case .answered(true): return "You answered yes."
        case .answered(false): return "You answered no."
        case .notAnswered: return "Not answered in the profile."
        case .totalIsZero(let label):
            return "Cannot tell: the \(label.lowercased()) total is 0, so no share can be worked out."
        case .incomplete(let label): return "Cannot tell: the \(label.lowercased()) headcounts are not complete."
        case .impliedBy(let n):
            return
                "Met because category \(n) is met: an organisation that meets it works with racially minoritised people."
        case .shares(let threshold, let skipped, let each, let combined):
            let used = shares.filter { ($0.whole ?? 0) > 0 }
            let shown = used.map { share -> String in
                let part = share.part.map(String.init) ?? "?"
                let whole = share.whole.map(String.init) ?? "?"
                let percent = share.percent.map(NumberText.plain) ?? "?"
                return "\(share.label.lowercased()) \(part) of \(whole) (\(percent)%)"
            }.joined(separator: ", ")
            let need = NumberText.plain(threshold)
            var text: String
            switch outcome {
            case .dependsOnReading:
                text = "Depends on how the rule is read: \(shown). "
                text += each ? "Each group reaches \(need)%" : "Not every group reaches \(need)% on its own"
                text += combined ? ", and together they do." : ", and together they do not."
                text += " Ask the network co-ordinator which reading applies."
            default:
                let verdict = outcome == .met ? "Met" : "Not met"
                text =
                    used.count > 1
                    ? "\(verdict): \(shown); each needs to be at least \(need)%, counted separately and together."
                    : "\(verdict): \(shown); it needs to be at least \(need)%."
            }
            if !skipped.isEmpty {
                text +=
                    " There is no \(Wording.orList(skipped.map { $0.lowercased() })) to count, so this is judged on the \(used.map { $0.label.lowercased() }.joined(separator: " and ")) alone."
            }
            return text
        }
    }
}

extension Wording {
    /// The network result in one sentence: which categories are met, or that it was not assessed.
    static func networkSummary(_ n: NetworkResult) -> String {
        guard n.assessed else { return "Not assessed: the organisation profile was not filled in." }
        let met = n.metNumbers
        let depends = n.categories.filter { $0.outcome == .dependsOnReading }.map { String($0.category.number) }
        var text =
            met.isEmpty
            ? "The profile meets none of the membership categories."
            : "The profile meets categor\(met.count == 1 ? "y" : "ies") \(met.map(String.init).joined(separator: ", "))."
        if !depends.isEmpty {
            text += " Category \(depends.joined(separator: ", ")) depends on how the rule is read (see below)."
        }
        return text
    }
}
