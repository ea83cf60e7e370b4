/// Running counts across many answer sets of one framework. Only integers are summed, so the result
/// is the same whatever order or thread the sets arrive in, and nothing about an individual
/// respondent is kept. These are the true counts: only `AggregateReport` decides what is published.
package struct AggregateTally: Sendable {
    let questionIDs: [String]
    let stageIDs: [String]
    let bandIDs: [String]
    package let responseKeys: [String]

    package internal(set) var respondents = 0
    var overallBands: [Int]
    var stageBands: [[Int]]
    /// Per question, a count per response key (the six responses as given, then unanswered and not asked).
    var responses: [[Int]]
    /// Per question, "fully in place" given without evidence (scored as the weaker response).
    var unevidenced: [Int]
    var questionLegalRisk: [Int]
    var respondentsWithLegalRisk = 0
    init(framework: Framework) {
        questionIDs = framework.questions.map(\.id)
        stageIDs = framework.stages.map(\.id)
        bandIDs = framework.bands.map(\.id)
        responseKeys = framework.scale.responses.map(\.id) + ["unanswered", "not-asked"]
        overallBands = Array(repeating: 0, count: bandIDs.count)
        stageBands = Array(repeating: Array(repeating: 0, count: bandIDs.count), count: stageIDs.count)
        responses = Array(repeating: Array(repeating: 0, count: responseKeys.count), count: questionIDs.count)
        unevidenced = Array(repeating: 0, count: questionIDs.count)
        questionLegalRisk = Array(repeating: 0, count: questionIDs.count)
    }

    /// Adds one answer set's scores (or, with `count` -1, takes them out again).
    mutating func add(_ scores: Scorer.Summary, count: Int = 1) {
        respondents += count
        if scores.overall.percent != nil, let band = scores.overall.band, let b = bandIDs.firstIndex(of: band.id) {
            overallBands[b] += count
        }
        for (i, stage) in scores.stages.enumerated() {
            if stage.percent != nil, let band = stage.band, let b = bandIDs.firstIndex(of: band.id) {
                stageBands[i][b] += count
            }
        }
        var anyRisk = false
        let unanswered = responseKeys.count - 2
        let notAsked = responseKeys.count - 1
        for (q, e) in scores.evaluations.enumerated() {
            switch e.kind {
            case .notAsked: responses[q][notAsked] += count
            case .unanswered: responses[q][unanswered] += count
            case .answered: responses[q][e.response ?? unanswered] += count
            }
            if e.unevidenced { unevidenced[q] += count }
            if e.legalRisk {
                questionLegalRisk[q] += count
                anyRisk = true
            }
        }
        if anyRisk { respondentsWithLegalRisk += count }
    }

    mutating func merge(_ other: AggregateTally) {
        respondents += other.respondents
        respondentsWithLegalRisk += other.respondentsWithLegalRisk
        for i in overallBands.indices { overallBands[i] += other.overallBands[i] }
        for s in stageIDs.indices {
            for b in bandIDs.indices { stageBands[s][b] += other.stageBands[s][b] }
        }
        for q in questionIDs.indices {
            for k in responseKeys.indices { responses[q][k] += other.responses[q][k] }
            unevidenced[q] += other.unevidenced[q]
            questionLegalRisk[q] += other.questionLegalRisk[q]
        }
    }
}
