/// Suggests the known word nearest a misspelt one, for "did you mean" hints.
package enum Spelling {
    package static func nearest(to word: String, in candidates: [String]) -> String? {
        let lower = word.lowercased()
        let scored = candidates.map { ($0, distance(lower, $0.lowercased())) }
        if let best = scored.min(by: { $0.1 < $1.1 }), best.1 > 0, best.1 <= min(2, word.count / 3) { return best.0 }
        // A typed word that starts like a candidate ("partial" for "partly").
        let stem = lower.prefix(4)
        if stem.count == 4 { return candidates.first { $0.lowercased().hasPrefix(stem) && $0.lowercased() != lower } }
        return nil
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
