/// A service followed over several assessments, oldest first: each consecutive pair compared like
/// with like (`Comparison`, so questions that changed between framework versions are named, not
/// compared), and the group and characteristic cells that moved by a band or more.
package struct Trend: Sendable {
    /// A group or characteristic cell whose band changed between two assessments.
    package struct Move: Sendable, Equatable {
        /// The index of the later assessment.
        package var step: Int
        package var concern: String
        package var isCharacteristic: Bool
        /// A stage's name, or nil for the row's overall score.
        package var stage: String?
        package var from: String
        package var to: String
        /// Positive when the later band is higher.
        package var bands: Int
    }

    package var assessments: [Assessment]
    /// `steps[i]` compares `assessments[i]` with `assessments[i + 1]`.
    package var steps: [Comparison]
    package var moves: [Move]
    /// For each step, where the earlier assessment's plan stood by its tracker at the later one,
    /// when a tracker was given (`trend --tracker`).
    package var tracking: [ActionTracking?] = []

    /// `assessments` must be dated, and are put in date order.
    package init(_ assessments: [Assessment]) {
        let sorted = assessments.sorted { $0.answers.respondent.date < $1.answers.respondent.date }
        self.assessments = sorted
        steps = zip(sorted, sorted.dropFirst()).map { Comparison(before: $0, after: $1) }
        var moves: [Move] = []
        for (i, (before, after)) in zip(sorted, sorted.dropFirst()).enumerated() {
            func rank(_ score: Score?, _ a: Assessment) -> (Int, String)? {
                guard let band = score?.band, let r = a.framework.bands.firstIndex(where: { $0.id == band.id }) else {
                    return nil
                }
                return (r, band.name)
            }
            for row in after.concerns {
                guard let old = before.concerns.first(where: { $0.id == row.id }) else { continue }
                var cells: [(String?, Score?, Score?)] = after.stages.map { s in
                    (s.stage.name, old.byStage[s.stage.id], row.byStage[s.stage.id])
                }
                cells.append((nil, old.overall, row.overall))
                for (stage, was, now) in cells {
                    guard let (r0, b0) = rank(was, before), let (r1, b1) = rank(now, after), r0 != r1 else { continue }
                    moves.append(
                        Move(
                            step: i + 1, concern: row.name, isCharacteristic: row.isCharacteristic, stage: stage,
                            from: b0,
                            to: b1, bands: r1 - r0))
                }
            }
        }
        self.moves = moves
    }
}
