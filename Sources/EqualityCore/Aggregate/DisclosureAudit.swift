/// Checks that no published count can be worked out exactly from the others. Perturbed counts are
/// linked by what every reader knows (a question's responses add up to the respondents; a band
/// table adds up to at most the respondents; a legal risk needs a low score; a conditional
/// question is not asked exactly when its parent's answer fails the condition), and such sums can
/// narrow a figure's possible true values down to one (as the "unrounding" attacks did on random
/// rounding). The audit starts each figure from the true counts its published value could come from
/// (`CellKeyPerturbation.possibleCounts`), narrows them by those links until nothing changes, and if
/// any closes to a single value that readers could not know anyway, the cell keys are drawn from
/// the next attempt (still from the same records, so the result is as repeatable as the first).
struct DisclosureAudit: Sendable {
    enum Relation: Sendable { case equal, atMost, atLeast }

    /// The sum of `terms` stands in `relation` to `target`.
    struct Link: Sendable {
        var terms: [Int]
        var target: Int
        var relation: Relation
    }

    /// Each figure's possible true values; a fixed figure (known to every reader, such as a count
    /// that must be 0) starts closed.
    var ranges: [ClosedRange<Int>]
    var fixed: Set<Int>
    var links: [Link]

    /// Figures whose range closes to one value that readers did not know already.
    func exposed() -> [Int] {
        var lo = ranges.map(\.lowerBound)
        var hi = ranges.map(\.upperBound)
        var changed = true
        var rounds = 0
        while changed && rounds < 100 {
            changed = false
            rounds += 1
            for link in links {
                let sumLo = link.terms.reduce(0) { $0 + lo[$1] }
                let sumHi = link.terms.reduce(0) { $0 + hi[$1] }
                func tighten(_ i: Int, _ newLo: Int, _ newHi: Int) {
                    if newLo > lo[i] {
                        lo[i] = newLo
                        changed = true
                    }
                    if newHi < hi[i] {
                        hi[i] = newHi
                        changed = true
                    }
                }
                let t = link.target
                switch link.relation {
                case .equal:
                    tighten(t, sumLo, sumHi)
                    for i in link.terms { tighten(i, lo[t] - (sumHi - hi[i]), hi[t] - (sumLo - lo[i])) }
                case .atMost:
                    tighten(t, sumLo, hi[t])
                    for i in link.terms { tighten(i, lo[i], hi[t] - (sumLo - lo[i])) }
                case .atLeast:
                    tighten(t, lo[t], sumHi)
                    for i in link.terms { tighten(i, lo[t] - (sumHi - hi[i]), hi[i]) }
                }
                // Only this link's figures changed, so only they can have become contradictory.
                if lo[t] > hi[t] || link.terms.contains(where: { lo[$0] > hi[$0] }) { return Array(lo.indices) }
            }
        }
        return lo.indices.filter { lo[$0] == hi[$0] && !fixed.contains($0) }
    }
}
