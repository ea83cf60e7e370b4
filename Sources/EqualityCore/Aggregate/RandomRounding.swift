/// Unbiased random rounding to base 5, the method Statistics Canada applies to every count in its
/// census tables: a count that is not a multiple of 5 goes to one of the two multiples either side,
/// up with probability (count mod 5) / 5, so the published figure is right on average, and a
/// published 0 may stand for 0 to 4.
///
/// The random draws are deterministic, so the same answer sets always give the same bytes: each
/// comes from SHA-256 of a seed, an attempt number and the figure's name. The seed is built from
/// the true totals and a fingerprint of every file used, so adding, removing or changing one
/// answer set re-draws every figure, and comparing two reports that differ by one respondent
/// shows rounding noise rather than that respondent's answers.
struct RandomRounding: Sendable {
    static let base = 5
    let seed: String
    var attempt = 0

    init(seed: String) { self.seed = seed }

    func round(_ count: Int, _ name: String) -> Int {
        let remainder = count % Self.base
        guard remainder != 0 else { return count }
        let down = count - remainder
        return unit(name) * Double(Self.base) < Double(remainder) ? down + Self.base : down
    }

    /// A number in [0, 1) drawn from the figure's name.
    func unit(_ name: String) -> Double {
        let hex = SHA256.hex(Array("\(seed)|\(attempt)|\(name)".utf8))
        let top = UInt64(hex.prefix(16), radix: 16) ?? 0
        return Double(top >> 11) / Double(UInt64(1) << 53)
    }

    /// What a published count says about the true one: a published p means p − 4 to p + 4, never
    /// below 0.
    static func range(_ published: Int) -> ClosedRange<Int> {
        max(0, published - (base - 1))...(published + base - 1)
    }
}
