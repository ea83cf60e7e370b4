/// A framework reduced to small integers for scoring many answer sets quickly: each question's
/// stage, weight, condition (as a set of response codes) and legal duty, and its ID as packed
/// bytes for matching without making strings. `summary` applies exactly the rules of
/// `Scorer.evaluate`; `ScoringPlanTests` checks the two agree on every question of random sets.
struct ScoringPlan: Sendable {
    /// A response as an index into the scale's responses; `unanswered` when there is none.
    static let unanswered: Int8 = -1

    struct Item: Sendable {
        var stage: Int
        var weight: Double
        /// The question whose answer decides whether this one is asked, and the responses that do.
        var parent: Int?
        var allowed: UInt16
        var duty: Int?
        /// The legal contexts the question is asked in (`Question.askedWhen`).
        var askedWhen: DutyConditions
    }

    /// What a respondent's legal context decides, by position: which legal duties count, and
    /// which questions are asked at all.
    struct ContextEffect: Sendable {
        var dutyCounts: [Bool]
        var asked: [Bool]
    }

    let framework: Framework
    let items: [Item]
    /// Question IDs packed into integers (first 8 bytes, then the length), sorted, with positions.
    private let keys: [(key: UInt64, length: Int, index: Int)]
    /// Each scale response's points (nil when it is left out), and its weaker fallback without evidence.
    let points: [Int?]
    let fallback: [Int?]
    let legalRiskBelow: Int
    let responseIDs: [[UInt8]]
    let questionIDs: [[UInt8]]
    let frameworkID: [UInt8]
    let frameworkVersion: [UInt8]
    let requiresReason: [Bool]
    /// Question and legal-duty positions in order of their IDs: the order records are kept in.
    let questionsByID: [Int]
    let dutiesByID: [Int]
    /// Each scale response's rank among the responses in order of ID, and back: the codes records
    /// are kept in, so a framework copy that lists the responses in another order gives the same.
    let responseRank: [Int8]
    let responseByRank: [Int8]

    init(_ framework: Framework) {
        self.framework = framework
        let scale = framework.scale
        responseIDs = scale.responses.map { Array($0.id.utf8) }
        questionIDs = framework.questions.map { Array($0.id.utf8) }
        frameworkID = Array(framework.id.utf8)
        frameworkVersion = Array(framework.version.description.utf8)
        requiresReason = scale.responses.map(\.requiresReason)
        points = scale.responses.map(\.points)
        fallback = scale.responses.map { option in
            option.withoutEvidence.flatMap { id in scale.responses.firstIndex { $0.id == id } }
        }
        legalRiskBelow = scale.legalRiskBelow
        let ids = framework.questions.map(\.id)
        questionsByID = ids.indices.sorted { ids[$0] < ids[$1] }
        let dutyIDs = framework.legalDuties.map(\.id)
        dutiesByID = dutyIDs.indices.sorted { dutyIDs[$0] < dutyIDs[$1] }
        let responseIDs = scale.responses.map(\.id)
        let ranked = responseIDs.indices.sorted { responseIDs[$0] < responseIDs[$1] }
        responseByRank = ranked.map { Int8($0) }
        var rank = [Int8](repeating: 0, count: ranked.count)
        for (r, k) in ranked.enumerated() { rank[k] = Int8(r) }
        responseRank = rank
        items = framework.questions.map { q in
            var allowed: UInt16 = 0
            var parent: Int?
            if let condition = q.condition {
                parent = ids.firstIndex(of: condition.question)
                for (k, option) in scale.responses.enumerated() where condition.responses.contains(option.id) {
                    allowed |= 1 << UInt16(k)
                }
            }
            return Item(
                stage: framework.stages.firstIndex { $0.id == q.stage } ?? 0, weight: q.weight, parent: parent,
                allowed: allowed, duty: q.legalDuty.flatMap { id in framework.legalDuties.firstIndex { $0.id == id } },
                askedWhen: q.askedWhen)
        }
        keys = ids.enumerated().map { (Self.pack(Array($1.utf8)[...]), $1.utf8.count, $0) }.sorted { $0.0 < $1.0 }
    }

    static func pack(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for b in bytes.prefix(8) { key = key << 8 | UInt64(b) }
        return key
    }

    /// The position of the question whose ID is `bytes`, if any.
    func question(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Int? {
        var key: UInt64 = 0
        for b in bytes.prefix(8) { key = key << 8 | UInt64(b) }
        var lo = 0
        var hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid].key < key { lo = mid + 1 } else { hi = mid }
        }
        while lo < keys.count, keys[lo].key == key {
            let index = keys[lo].index
            // Up to eight bytes, the packed key and the length are the whole ID.
            if keys[lo].length == bytes.count
                && (bytes.count <= 8 || CompactAnswerScanner.matches(bytes, questionIDs[index]))
            {
                return index
            }
            lo += 1
        }
        return nil
    }

    /// The scale response whose ID is exactly `bytes`, if any.
    func response(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Int8? {
        for (k, id) in responseIDs.enumerated() where CompactAnswerScanner.matches(bytes, id) { return Int8(k) }
        return nil
    }

    /// The same evaluations and scores as `Scorer.summary`, from response codes: `responses[q]` is
    /// the response given to question q, `evidence[q]` whether it has evidence, and `context` which
    /// legal duties apply (or are treated as applying) and which questions are asked in the
    /// respondent's context.
    func summary(responses: [Int8], evidence: [Bool], context: ContextEffect) -> Scorer.Summary {
        let stageCount = framework.stages.count
        var got = [Double](repeating: 0, count: stageCount)
        var top = got
        let maxPoints = Double(framework.scale.maxPoints)
        var evaluations: [Scorer.Evaluation] = []
        evaluations.reserveCapacity(items.count)
        for (q, item) in items.enumerated() {
            var e = Scorer.Evaluation(
                kind: .unanswered, response: nil, scoredAs: nil, points: 0, unevidenced: false, legalRisk: false)
            guard context.asked[q] else {
                e.kind = .notAsked
                e.points = nil
                evaluations.append(e)
                continue
            }
            if let parent = item.parent {
                let r = responses[parent]
                guard r >= 0, item.allowed & (1 << UInt16(r)) != 0 else {
                    e.kind = .notAsked
                    e.points = nil
                    evaluations.append(e)
                    continue
                }
            }
            let r = responses[q]
            if r >= 0 {
                let k = Int(r)
                e.kind = .answered
                e.response = k
                guard let p = points[k] else {
                    e.points = nil
                    evaluations.append(e)
                    continue
                }
                e.scoredAs = k
                e.points = p
                if let weaker = fallback[k], !evidence[q] {
                    e.scoredAs = weaker
                    e.points = points[weaker] ?? 0
                    e.unevidenced = true
                }
            }
            let p = e.points ?? 0
            e.legalRisk = item.duty.map { context.dutyCounts[$0] } == true && p < legalRiskBelow
            got[item.stage] += Double(p) * item.weight
            top[item.stage] += maxPoints * item.weight
            evaluations.append(e)
        }
        let stages = (0..<stageCount).map { Scorer.score(points: got[$0], max: top[$0], framework) }
        return Scorer.Summary(
            evaluations: evaluations, stages: stages,
            overall: Scorer.score(points: got.reduce(0, +), max: top.reduce(0, +), framework))
    }

    /// Which legal duties count, and which questions are asked, in a context.
    func effect(_ context: AssessmentContext) -> ContextEffect {
        ContextEffect(
            dutyCounts: framework.legalDuties.map { DutyApplicability.of($0.conditions, in: context).counts },
            asked: items.map { DutyApplicability.of($0.askedWhen, in: context).counts })
    }

    /// An answer set already checked by `AnswerValidator`, scored.
    func summary(_ set: AnswerSet) -> Scorer.Summary {
        let (responses, evidence) = codes(set)
        return summary(responses: responses, evidence: evidence, context: effect(set.context))
    }

    /// An answer set already checked by `AnswerValidator`, as response codes and evidence flags.
    func codes(_ set: AnswerSet) -> (responses: [Int8], evidence: [Bool]) {
        var responses = [Int8](repeating: Self.unanswered, count: items.count)
        var evidence = [Bool](repeating: false, count: items.count)
        var seen = [Bool](repeating: false, count: items.count)
        let ids = framework.scale.responses.map(\.id)
        for answer in set.answers {
            guard
                let q = framework.questionIndex[answer.question]
                    ?? framework.questions.firstIndex(where: { $0.id == answer.question }),
                !seen[q]
            else { continue }
            seen[q] = true
            if let response = answer.response, let k = ids.firstIndex(of: response) { responses[q] = Int8(k) }
            evidence[q] = answer.hasEvidence
        }
        return (responses, evidence)
    }
}
