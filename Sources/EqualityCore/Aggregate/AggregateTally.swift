/// Running counts across many answer sets of one framework. Only integers are summed, so the result
/// is the same whatever order or thread the sets arrive in, and nothing about an individual
/// respondent is kept. These are the true counts: only `AggregateReport` decides what is published.
public struct AggregateTally: Sendable {
    let questionIDs: [String]
    let stageIDs: [String]
    let bandIDs: [String]
    public let responseKeys: [String]

    public internal(set) var respondents = 0
    var overallBands: [Int]
    var stageBands: [[Int]]
    /// Per question, a count per response key (the six responses as given, then unanswered and not asked).
    var responses: [[Int]]
    /// Per question, "fully in place" given without evidence (scored as the weaker response).
    var unevidenced: [Int]
    var questionLegalRisk: [Int]
    var respondentsWithLegalRisk = 0
    /// A fingerprint of every file used (the wrapping sum of each file's FNV-1a hash, so the order
    /// files arrive in does not matter); part of the rounding seed.
    var fingerprint: UInt64 = 0

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

    /// A fast 64-bit fingerprint of a file's bytes, eight at a time (FNV-style multiply and xor;
    /// not a security hash: SHA-256 is applied to the seed built from it).
    static func fingerprint(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var i = 0
            while i + 8 <= raw.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01b3
                h ^= h >> 29
                i += 8
            }
            while i < raw.count {
                h = (h ^ UInt64(raw[i])) &* 0x0000_0100_0000_01b3
                i += 1
            }
        }
        return h
    }

    mutating func add(_ scores: Scorer.Summary, fingerprint: UInt64 = 0) {
        respondents += 1
        self.fingerprint = self.fingerprint &+ fingerprint
        if scores.overall.percent != nil, let band = scores.overall.band, let b = bandIDs.firstIndex(of: band.id) {
            overallBands[b] += 1
        }
        for (i, stage) in scores.stages.enumerated() {
            if stage.percent != nil, let band = stage.band, let b = bandIDs.firstIndex(of: band.id) {
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
            if e.unevidenced { unevidenced[q] += 1 }
            if e.legalRisk {
                questionLegalRisk[q] += 1
                anyRisk = true
            }
        }
        if anyRisk { respondentsWithLegalRisk += 1 }
    }

    /// Every true count in a fixed order, for the rounding seed.
    var seedText: String {
        var parts = [respondents, respondentsWithLegalRisk] + overallBands + stageBands.flatMap { $0 }
        parts += responses.flatMap { $0 } + unevidenced + questionLegalRisk
        return parts.map(String.init).joined(separator: ",") + ";" + String(fingerprint, radix: 16)
    }

    mutating func merge(_ other: AggregateTally) {
        respondents += other.respondents
        fingerprint = fingerprint &+ other.fingerprint
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
