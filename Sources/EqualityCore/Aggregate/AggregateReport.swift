/// What an aggregate may publish, decided once for every format. Every count is perturbed by the
/// cell key method (`CellKeyPerturbation`, keyed by the answer sets counted), including the numbers
/// of answer sets used, duplicates and files left out; the number of files read is the sum of those
/// three as published. Every percentage and mean is worked out from the published counts, so it says
/// nothing the counts do not, and is shown only when the published count it divides by is at least
/// `minCount`; a count that would be published above the respondents it is a share of is published
/// as that number, so no share exceeds 100 %. Nothing is published unless at least `minCount`
/// respondents were counted. `DisclosureAudit` checks that no published count can be worked out
/// exactly from the others. No file name, organisation, role or free text is ever part of it.
package struct AggregateReport: Sendable {
    package enum Cell: Sendable, Equatable {
        /// A count, as perturbed for publication.
        case count(Int)
        /// A percentage or mean from published counts, one decimal place.
        case measure(Double)
        /// Not shown: too few behind it, or nothing can be published.
        case withheld
    }

    package enum Outcome: Sendable, Equatable {
        case published
        /// Fewer than `minCount` answer sets could be used: no figure is published.
        case tooFew
        /// The perturbation could not be made safe (the audit failed on every attempt): nothing published.
        case unsafe
    }

    package struct StageRow: Sendable {
        package var id: String, name: String
        package var pooledPercent: Cell
        package var bands: [Cell]
    }

    package struct QuestionRow: Sendable {
        package var id: String, stage: String, text: String
        /// The published response counts summed over the responses that score.
        package var scored: Cell
        package var meanPoints: Cell
        package var counts: [Cell]
        package var unevidenced: Cell
        package var legalRisk: Cell
        package var legalRiskShare: Cell
        package var isLegalDuty: Bool
    }

    package var framework: Framework
    package var minCount: Int
    package var outcome: Outcome
    package var filesRead: Cell
    package var filesUsed: Cell
    package var filesDuplicate: Cell
    package var filesLeftOut: Cell
    /// For the operator's terminal only: files failing validation, files conflicting with another
    /// of the same respondent, and files of each other framework, perturbed like every count.
    package var invalidFiles: Int
    package var conflictingFiles: Int
    package var otherFrameworkFiles: [(id: String, files: Int)]
    package var pooledOverall: Cell
    package var bandNames: [String]
    package var overallBands: [Cell]
    package var stages: [StageRow]
    package var questions: [QuestionRow]
    package var weakest: [QuestionRow]
    package var legalRiskRespondents: Cell
    package var legalRiskShare: Cell
    package var responseKeys: [String]

    package init(_ result: Aggregator.Result, minCount: Int) {
        let t = result.tally
        let fw = result.framework
        framework = fw
        self.minCount = minCount
        responseKeys = t.responseKeys
        bandNames = fw.bands.map(\.name)

        // The files not counted are perturbed too, from the same key; the files read are the sum of
        // the three figures as published, so the header adds up.
        let keys = CellKeys(tableKey: result.tableKey)
        let leftOut = keys.perturb(result.excluded.count, "files-left-out")
        let duplicate = keys.perturb(result.duplicates.count, "files-duplicate")
        filesLeftOut = .count(leftOut)
        filesDuplicate = .count(duplicate)
        invalidFiles = keys.perturb(result.invalid, "files-invalid")
        conflictingFiles = keys.perturb(result.conflicting, "files-conflicting")
        otherFrameworkFiles = result.otherFrameworks.map { ($0.id, keys.perturb($0.files, "files-framework-\($0.id)")) }

        let figures = Figures(tally: t, framework: fw)
        var attempt = keys
        var published: [Int]?
        if t.respondents >= minCount {
            for n in 0..<32 {
                attempt.attempt = n
                let values = figures.values.enumerated().map { attempt.perturb($1, figures.names[$0]) }
                if figures.audit(values).exposed().isEmpty {
                    published = values
                    break
                }
            }
        }
        outcome = t.respondents < minCount ? .tooFew : published == nil ? .unsafe : .published
        guard let values = published else {
            // With nothing else published, the files used (and so read) are not published either.
            filesUsed = .withheld
            filesRead = .withheld
            pooledOverall = .withheld
            overallBands = fw.bands.map { _ in .withheld }
            stages = fw.stages.map { StageRow(id: $0.id, name: $0.name, pooledPercent: .withheld, bands: []) }
            questions = []
            weakest = []
            legalRiskRespondents = .withheld
            legalRiskShare = .withheld
            return
        }
        let minCount = minCount
        func measure(_ numerator: Double, over denominator: Int, scale: Double = 100) -> Cell {
            denominator >= minCount && denominator > 0
                ? .measure((numerator * scale / Double(denominator) * 10).rounded() / 10) : .withheld
        }
        let f = figures
        /// The published (perturbed) value of figure `i`.
        func value(_ i: Int) -> Int { values[i] }
        let n = value(f.respondents)
        filesUsed = .count(n)
        filesRead = .count(n + duplicate + leftOut)
        overallBands = f.overallBands.map { .count(value($0)) }
        /// A count of respondents is published as at most the respondents published, so its share is
        /// at most 100 %.
        func share(_ i: Int) -> Int { min(value(i), n) }
        legalRiskRespondents = .count(share(f.anyRisk))
        legalRiskShare = measure(Double(share(f.anyRisk)), over: n)

        // Pooled scores from the published response counts: weighted points given, over the most
        // they could be, across every scored answer.
        let scale = fw.scale
        let points = scale.responses.map(\.points)
        var stagePoints = [Double](repeating: 0, count: fw.stages.count)
        var stageMax = stagePoints
        var rows: [QuestionRow] = []
        for (q, question) in fw.questions.enumerated() {
            let counts = f.responses[q].map { value($0) }
            var given = 0.0
            var scoredCount = 0
            for (k, p) in points.enumerated() {
                if let p {
                    given += Double(p * counts[k])
                    scoredCount += counts[k]
                }
            }
            let unevidenced = value(f.unevidenced[q])
            if let fully = fw.scale.responses.first(where: { $0.withoutEvidence != nil }),
                let fallback = fully.withoutEvidence, let weaker = scale.responses.first(where: { $0.id == fallback }),
                let strong = fully.points, let weak = weaker.points
            {
                given -= Double((strong - weak) * unevidenced)
            }
            given = max(0, given)
            if let s = fw.stages.firstIndex(where: { $0.id == question.stage }) {
                stagePoints[s] += given * question.weight
                stageMax[s] += Double(scoredCount * scale.maxPoints) * question.weight
            }
            let risk = f.legalRisk[q].map { share($0) }
            rows.append(
                QuestionRow(
                    id: question.id, stage: question.stage, text: question.text, scored: .count(scoredCount),
                    meanPoints: measure(given, over: scoredCount, scale: 1), counts: counts.map { .count($0) },
                    unevidenced: .count(unevidenced), legalRisk: risk.map { .count($0) } ?? .withheld,
                    legalRiskShare: risk.map { measure(Double($0), over: n) } ?? .withheld,
                    isLegalDuty: question.legalDuty != nil))
        }
        questions = rows
        stages = fw.stages.enumerated().map { s, stage in
            StageRow(
                id: stage.id, name: stage.name,
                pooledPercent: stageMax[s] > 0 && n >= minCount
                    ? .measure((stagePoints[s] / stageMax[s] * 1000).rounded() / 10) : .withheld,
                bands: f.stageBands[s].map { .count(value($0)) })
        }
        let allMax = stageMax.reduce(0, +)
        pooledOverall =
            allMax > 0 && n >= minCount
            ? .measure((stagePoints.reduce(0, +) / allMax * 1000).rounded() / 10) : .withheld
        weakest = Array(
            rows.enumerated().compactMap { i, row -> (Int, QuestionRow, Double)? in
                guard case .measure(let m) = row.meanPoints else { return nil }
                return (i, row, m)
            }.sorted { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 < $1.0 }.prefix(5).map(\.1))
    }
}

/// Every count an aggregate publishes about respondents, each with a name (its cell key comes from it) and its place
/// in one list, and the links between them that any reader knows.
struct Figures: Sendable {
    var names: [String] = []
    var values: [Int] = []
    var fixed: Set<Int> = []
    var links: [DisclosureAudit.Link] = []

    var respondents = 0, anyRisk = 0
    var overallBands: [Int] = []
    var stageBands: [[Int]] = []
    var responses: [[Int]] = []
    var unevidenced: [Int] = []
    var legalRisk: [Int?] = []

    mutating func add(_ name: String, _ value: Int, fixed isFixed: Bool = false) -> Int {
        names.append(name)
        values.append(value)
        if isFixed { fixed.insert(values.count - 1) }
        return values.count - 1
    }

    init(tally t: AggregateTally, framework fw: Framework) {
        respondents = add("respondents", t.respondents)
        anyRisk = add("legal-risk-respondents", t.respondentsWithLegalRisk)
        links.append(.init(terms: [anyRisk], target: respondents, relation: .atMost))
        overallBands = fw.bands.indices.map { add("overall-band-\(fw.bands[$0].id)", t.overallBands[$0]) }
        links.append(.init(terms: overallBands, target: respondents, relation: .atMost))
        for (s, stage) in fw.stages.enumerated() {
            let row = fw.bands.indices.map { add("stage-\(stage.id)-band-\(fw.bands[$0].id)", t.stageBands[s][$0]) }
            stageBands.append(row)
            links.append(.init(terms: row, target: respondents, relation: .atMost))
        }
        let keys = t.responseKeys
        let notAsked = keys.count - 1
        let unanswered = keys.count - 2
        let scale = fw.scale
        for (q, question) in fw.questions.enumerated() {
            // A question with neither a condition nor a legal context it depends on is always asked:
            // its "not asked" count is 0 and every reader knows it.
            let row = keys.indices.map { k in
                add(
                    "q-\(question.id)-\(keys[k])", t.responses[q][k],
                    fixed: k == notAsked && question.condition == nil && question.askedWhen.values.isEmpty)
            }
            responses.append(row)
            links.append(.init(terms: row, target: respondents, relation: .equal))
            if let fully = scale.responses.firstIndex(where: { $0.withoutEvidence != nil }) {
                let u = add("q-\(question.id)-unevidenced", t.unevidenced[q])
                unevidenced.append(u)
                links.append(.init(terms: [u], target: row[fully], relation: .atMost))
            } else {
                unevidenced.append(add("q-\(question.id)-unevidenced", 0, fixed: true))
            }
            if question.legalDuty != nil {
                let r = add("q-\(question.id)-legal-risk", t.questionLegalRisk[q])
                legalRisk.append(r)
                // A legal risk is a low score: a response under the threshold, or no answer.
                var low = scale.responses.indices.filter {
                    (scale.responses[$0].points ?? Int.max) < scale.legalRiskBelow
                }
                low.append(unanswered)
                links.append(.init(terms: [r], target: anyRisk, relation: .atMost))
                links.append(.init(terms: low.map { row[$0] }, target: r, relation: .atLeast))
            } else {
                legalRisk.append(nil)
            }
        }
        let risks = legalRisk.compactMap { $0 }
        if !risks.isEmpty { links.append(.init(terms: risks, target: anyRisk, relation: .atLeast)) }
        // A conditional question is not asked exactly when its (always asked) parent's answer is not
        // one of the condition's responses, unless the legal context can leave either out too.
        for (q, question) in fw.questions.enumerated() {
            guard let condition = question.condition, question.askedWhen.values.isEmpty,
                let p = fw.questions.firstIndex(where: { $0.id == condition.question }),
                fw.questions[p].condition == nil, fw.questions[p].askedWhen.values.isEmpty
            else { continue }
            let failing = keys.indices.filter { $0 != notAsked && !condition.responses.contains(keys[$0]) }
            links.append(
                .init(terms: failing.map { responses[p][$0] }, target: responses[q][notAsked], relation: .equal))
        }
    }

    /// The audit of one draw: each published count stands for a range of true counts.
    func audit(_ published: [Int]) -> DisclosureAudit {
        DisclosureAudit(
            ranges: published.indices.map {
                fixed.contains($0) ? values[$0]...values[$0] : CellKeyPerturbation.possibleCounts(published[$0])
            },
            fixed: fixed, links: links)
    }
}
