/// Running totals across many answer sets of one framework. Only integers are summed (percentages
/// in tenths), so the result is the same whatever order or thread the sets arrive in, and nothing
/// about an individual respondent is kept.
public struct AggregateTally: Sendable {
    let questionIDs: [String]
    let stageIDs: [String]
    let bandIDs: [String]
    public let responseKeys: [String]

    var respondents = 0
    var overallTenths = 0
    var overallAssessed = 0
    var overallBands: [Int]
    var stageTenths: [Int]
    var stageAssessed: [Int]
    var stageBands: [[Int]]
    /// Per question, a count per response key (the six responses, then unanswered and not asked).
    var responses: [[Int]]
    var questionPoints: [Int]
    var questionScored: [Int]
    var questionLegalRisk: [Int]
    var respondentsWithLegalRisk = 0

    init(framework: Framework) {
        questionIDs = framework.questions.map(\.id)
        stageIDs = framework.stages.map(\.id)
        bandIDs = framework.bands.map(\.id)
        responseKeys = framework.scale.responses.map(\.id) + ["unanswered", "not-asked"]
        overallBands = Array(repeating: 0, count: bandIDs.count)
        stageTenths = Array(repeating: 0, count: stageIDs.count)
        stageAssessed = Array(repeating: 0, count: stageIDs.count)
        stageBands = Array(repeating: Array(repeating: 0, count: bandIDs.count), count: stageIDs.count)
        responses = Array(repeating: Array(repeating: 0, count: responseKeys.count), count: questionIDs.count)
        questionPoints = Array(repeating: 0, count: questionIDs.count)
        questionScored = Array(repeating: 0, count: questionIDs.count)
        questionLegalRisk = Array(repeating: 0, count: questionIDs.count)
    }

    static func tenths(_ percent: Double) -> Int { Int((percent * 10).rounded()) }

    mutating func add(_ scores: Scorer.Summary) {
        respondents += 1
        if let percent = scores.overall.percent, let band = scores.overall.band, let b = bandIDs.firstIndex(of: band.id)
        {
            overallTenths += Self.tenths(percent)
            overallAssessed += 1
            overallBands[b] += 1
        }
        for (i, stage) in scores.stages.enumerated() {
            if let percent = stage.percent, let band = stage.band, let b = bandIDs.firstIndex(of: band.id) {
                stageTenths[i] += Self.tenths(percent)
                stageAssessed[i] += 1
                stageBands[i][b] += 1
            }
        }
        var anyRisk = false
        let unanswered = responseKeys.count - 2
        let notAsked = responseKeys.count - 1
        for (q, e) in scores.evaluations.enumerated() {
            switch e.kind {
            case .notAsked: responses[q][notAsked] += 1
            case .unanswered: responses[q][unanswered] += 1
            case .answered: responses[q][e.response ?? unanswered] += 1
            }
            if let points = e.points {
                questionPoints[q] += points
                questionScored[q] += 1
            }
            if e.legalRisk {
                questionLegalRisk[q] += 1
                anyRisk = true
            }
        }
        if anyRisk { respondentsWithLegalRisk += 1 }
    }

    mutating func merge(_ other: AggregateTally) {
        respondents += other.respondents
        overallTenths += other.overallTenths
        overallAssessed += other.overallAssessed
        respondentsWithLegalRisk += other.respondentsWithLegalRisk
        for i in overallBands.indices { overallBands[i] += other.overallBands[i] }
        for s in stageIDs.indices {
            stageTenths[s] += other.stageTenths[s]
            stageAssessed[s] += other.stageAssessed[s]
            for b in bandIDs.indices { stageBands[s][b] += other.stageBands[s][b] }
        }
        for q in questionIDs.indices {
            for k in responseKeys.indices { responses[q][k] += other.responses[q][k] }
            questionPoints[q] += other.questionPoints[q]
            questionScored[q] += other.questionScored[q]
            questionLegalRisk[q] += other.questionLegalRisk[q]
        }
    }
}
