/// What an aggregate may publish: every figure built from fewer than `minCount` respondents is
/// suppressed, never shown, and no respondent is named.
public struct AggregateReport: Sendable {
    public enum Cell: Sendable, Equatable {
        /// A count of respondents.
        case value(Double)
        /// An average or share, shown with one decimal place.
        case measure(Double)
        case suppressed
    }

    public struct StageRow: Sendable {
        public var id: String, name: String
        public var meanPercent: Cell
        public var bands: [Cell]
    }

    public struct QuestionRow: Sendable {
        public var id: String, stage: String, text: String
        public var scored: Cell
        public var meanPoints: Cell
        public var counts: [Cell]
        public var legalRiskShare: Cell
        public var isLegalDuty: Bool
    }

    public var result: Aggregator.Result
    public var minCount: Int
    public var respondents: Cell
    public var meanOverall: Cell
    public var bandNames: [String]
    public var overallBands: [Cell]
    public var stages: [StageRow]
    public var questions: [QuestionRow]
    public var weakest: [QuestionRow]
    public var legalRiskShare: Cell

    public var framework: Framework { result.framework }

    public init(_ result: Aggregator.Result, minCount: Int) {
        self.result = result
        self.minCount = minCount
        let t = result.tally
        let fw = result.framework
        func count(_ n: Int) -> Cell { n >= minCount ? .value(Double(n)) : .suppressed }
        /// part / whole as a percentage, one decimal, from integers only.
        func share(_ part: Int, _ whole: Int) -> Cell {
            guard part >= minCount, whole >= minCount else { return .suppressed }
            return .measure(Double((part * 2000 + whole) / (2 * whole)) / 10)
        }
        func mean(tenths: Int, over n: Int) -> Cell {
            guard n >= minCount else { return .suppressed }
            return .measure(Double((tenths * 2 + n) / (2 * n)) / 10)
        }
        respondents = count(t.respondents)
        meanOverall = mean(tenths: t.overallTenths, over: t.overallAssessed)
        bandNames = fw.bands.map(\.name)
        overallBands = Self.protect(t.overallBands.map(count))
        stages = fw.stages.enumerated().map { i, stage in
            StageRow(
                id: stage.id, name: stage.name, meanPercent: mean(tenths: t.stageTenths[i], over: t.stageAssessed[i]),
                bands: Self.protect(t.stageBands[i].map(count)))
        }
        questions = fw.questions.enumerated().map { i, q in
            QuestionRow(
                id: q.id, stage: q.stage, text: q.text, scored: count(t.questionScored[i]),
                meanPoints: mean(tenths: t.questionPoints[i] * 10, over: t.questionScored[i]),
                counts: Self.protect(t.responses[i].map(count)),
                legalRiskShare: q.legalDuty == nil ? .suppressed : share(t.questionLegalRisk[i], t.respondents),
                isLegalDuty: q.legalDuty != nil)
        }
        weakest = Array(
            questions.enumerated().compactMap { i, row -> (Int, QuestionRow, Double)? in
                guard case .measure(let m) = row.meanPoints else { return nil }
                return (i, row, m)
            }.sorted { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 < $1.0 }.prefix(5).map(\.1))
        legalRiskShare = share(t.respondentsWithLegalRisk, t.respondents)
    }

    /// Secondary suppression: when a row's total is known, a single suppressed cell could be
    /// worked out by subtraction, so the smallest shown cell in that row is suppressed as well.
    static func protect(_ cells: [Cell]) -> [Cell] {
        guard cells.filter({ $0 == .suppressed }).count == 1 else { return cells }
        let shown = cells.enumerated().compactMap { i, cell -> (Int, Double)? in
            if case .value(let v) = cell { return (i, v) } else { return nil }
        }
        guard let smallest = shown.min(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }) else { return cells }
        var protected = cells
        protected[smallest.0] = .suppressed
        return protected
    }
}
