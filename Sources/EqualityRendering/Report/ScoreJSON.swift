import EqualityCore

/// A score as JSON members, the same in the gap report and the comparison.
enum ScoreJSON {
    static func members(_ s: Score) -> [(key: String, value: JSONValue)] {
        [
            ("score", .number((s.points * 10).rounded() / 10)), ("max", .number((s.max * 10).rounded() / 10)),
            ("percent", s.percent.map(JSONValue.number) ?? .null), ("band", s.band.map { .string($0.id) } ?? .null),
        ]
    }
}
