import Foundation
import Testing

@testable import EqualityCore
@testable import EqualityRendering

/// Attacks on the published aggregate, as a reader of the published outputs would make them. The
/// attacker here is written separately from the tool's own audit: it reads only the JSON that is
/// published, knows the framework (as every reader does), and tries to recover a hidden true count
/// exactly, or one respondent's answers from two reports that differ by that respondent. Each
/// attack is also run against exact (unrounded) figures, where it must succeed, so that a broken
/// attack cannot pass for a safe method.
@Suite struct DisclosureAttackTests {
    static let framework = try! BundledData.framework("commissioning-for-equality")!

    /// Populations are drawn with the fuzz tests' seeded generator, so every one is reproducible.
    typealias Random = FuzzTests.SplitMix64

    /// One random answer set: a mix of responses, some unanswered, some without evidence; some
    /// respondents answer much alike, so some cells are small.
    static func respondent(_ rng: inout Random, style: Int) -> AnswerSet {
        let fw = framework
        let responses = ["not-in-place", "partly", "mostly", "fully", "not-applicable", "dont-know"]
        var answers: [String] = []
        for q in fw.questions {
            let roll = rng.below(10)
            if roll == 0 { continue }
            let r = style == 0 ? responses[rng.below(responses.count)] : responses[(style + rng.below(2)) % 4]
            let evidence = rng.below(3) == 0 ? "" : "Held on file"
            answers.append(
                "{\"question\": \"\(q.id)\", \"response\": \"\(r)\", \"evidence\": \"\(evidence)\", \"notes\": \"\(r == "not-applicable" ? "Out of scope" : "")\"}"
            )
        }
        let json =
            "{\"framework\": \"\(fw.id)\", \"frameworkVersion\": \"\(fw.version.description)\", \"respondent\": {\"organisation\": \"Organisation \(rng.next())\", \"role\": \"\", \"exercise\": \"\", \"date\": \"2026-11-25\"}, \"answers\": [\(answers.joined(separator: ", "))]}"
        let set = try! AnswerJSON.decode(Array(json.utf8), file: "r.json")
        return try! AnswerValidator.validate(set, against: fw, file: "r.json")
    }

    static func population(seed: UInt64, size: Int) -> [AnswerSet] {
        var rng = Random(state: seed)
        let style = rng.below(4)
        return (0..<size).map { _ in respondent(&rng, style: rng.below(3) == 0 ? 0 : style) }
    }

    static func publish(_ sets: [AnswerSet], leftOut: Int = 0, minCount: Int = 10) -> (JSONValue, AggregateTally) {
        var tally = AggregateTally(framework: framework)
        for (i, set) in sets.enumerated() {
            tally.add(Scorer.summary(set, framework: framework), fingerprint: UInt64(i + 1) &* 0x1234_5678_9ABC_DEF1)
        }
        let names = (0..<(sets.count + leftOut)).map { "f\($0).json" }
        let excluded = (0..<leftOut).map { Aggregator.Excluded(file: "x\($0)", reason: .invalid([])) }
        let result = Aggregator.Result(framework: framework, tally: tally, fileNames: names, excluded: excluded)
        let json = try! JSONParser.parse(AggregateJSON.render(AggregateReport(result, minCount: minCount)))
        return (json, tally)
    }

    // MARK: The attacker's model, built from the published JSON and the framework alone.

    struct Model {
        var names: [String] = []
        var lo: [Int] = []
        var hi: [Int] = []
        var known: Set<Int> = []
        /// (terms, target, relation) with relation -1 (sum ≤ target), 0 (=), 1 (sum ≥ target).
        var links: [([Int], Int, Int)] = []
        var index: [String: Int] = [:]

        mutating func variable(_ name: String, _ published: Int, exact: Bool, knownZero: Bool = false) -> Int {
            index[name] = names.count
            names.append(name)
            if knownZero {
                lo.append(0)
                hi.append(0)
                known.insert(names.count - 1)
            } else if exact || published % 5 != 0 {
                // A figure that is not a multiple of 5 was not rounded: the attacker takes it as it is.
                lo.append(published)
                hi.append(published)
            } else {
                lo.append(max(0, published - 4))
                hi.append(published + 4)
            }
            return names.count - 1
        }

        /// Bound propagation to a fixed point; returns false on a contradiction.
        mutating func propagate() -> Bool {
            for _ in 0..<200 {
                var moved = false
                for (terms, target, relation) in links {
                    var sLo = 0
                    var sHi = 0
                    for t in terms {
                        sLo += lo[t]
                        sHi += hi[t]
                    }
                    // sum = target, sum ≤ target: the target is at least the smallest sum.
                    if relation <= 0 && sLo > lo[target] {
                        lo[target] = sLo
                        moved = true
                    }
                    // sum = target, sum ≥ target: the target is at most the largest sum.
                    if relation >= 0 && sHi < hi[target] {
                        hi[target] = sHi
                        moved = true
                    }
                    for t in terms {
                        if relation <= 0 {
                            let cap = hi[target] - (sLo - lo[t])
                            if cap < hi[t] {
                                hi[t] = cap
                                moved = true
                            }
                        }
                        if relation >= 0 {
                            let floor = lo[target] - (sHi - hi[t])
                            if floor > lo[t] {
                                lo[t] = floor
                                moved = true
                            }
                        }
                    }
                }
                if lo.indices.contains(where: { lo[$0] > hi[$0] }) { return false }
                if !moved { return true }
            }
            return true
        }

        /// Figures pinned to one value that readers did not know before.
        var recovered: [String] { names.indices.filter { lo[$0] == hi[$0] && !known.contains($0) }.map { names[$0] } }
    }

    static func number(_ v: JSONValue?) -> Int? {
        if case .number(let d)? = v { return Int(d) }
        return nil
    }

    /// The attacker's model of one published report. `exact` models a report without rounding.
    static func model(_ json: JSONValue, exact: Bool = false) -> Model {
        let fw = framework
        var m = Model()
        let n = m.variable("used", number(json["filesUsed"]) ?? 0, exact: exact)
        let read = m.variable("read", number(json["filesRead"]) ?? 0, exact: exact)
        let left = m.variable("left", number(json["filesLeftOut"]) ?? 0, exact: exact)
        m.links.append(([n, left], read, 0))
        let risk = m.variable("risk", number(json["respondentsWithLegalRisk"]) ?? 0, exact: exact)
        m.links.append(([risk], n, -1))
        if case .array(let bands)? = json["bands"] {
            let vars = bands.enumerated().map { m.variable("band\($0)", number($1["respondents"]) ?? 0, exact: exact) }
            m.links.append((vars, n, -1))
        }
        if case .array(let stages)? = json["stages"] {
            for (s, stage) in stages.enumerated() {
                guard case .array(let bands)? = stage["bands"] else { continue }
                let vars = bands.enumerated().map {
                    m.variable("stage\(s)band\($0)", number($1["respondents"]) ?? 0, exact: exact)
                }
                m.links.append((vars, n, -1))
            }
        }
        var riskVars: [Int] = []
        guard case .array(let questions)? = json["questions"] else { return m }
        let keys = fw.scale.responses.map(\.id) + ["unanswered", "not-asked"]
        for (question, row) in zip(fw.questions, questions) {
            let cells = keys.map { key in
                m.variable(
                    "\(question.id)/\(key)", number(row["responses"]?[key]) ?? 0, exact: exact,
                    knownZero: key == "not-asked" && question.condition == nil)
            }
            m.links.append((cells, n, 0))
            let u = m.variable("\(question.id)/unevidenced", number(row["fullyWithoutEvidence"]) ?? 0, exact: exact)
            m.links.append(([u], cells[3], -1))
            if let r = number(row["legalRisks"]) {
                let v = m.variable("\(question.id)/risk", r, exact: exact)
                riskVars.append(v)
                m.links.append(([v], risk, -1))
                m.links.append(([cells[0], cells[1], cells[5], cells[6]], v, 1))
            }
        }
        if !riskVars.isEmpty { m.links.append((riskVars, risk, 1)) }
        for question in fw.questions {
            guard let c = question.condition, let p = fw.questions.firstIndex(where: { $0.id == c.question }),
                fw.questions[p].condition == nil
            else { continue }
            let failing = keys.filter { $0 != "not-asked" && !c.responses.contains($0) }
            let parentCells = failing.compactMap { m.index["\(fw.questions[p].id)/\($0)"] }
            if let target = m.index["\(question.id)/not-asked"] { m.links.append((parentCells, target, 0)) }
        }
        return m
    }

    /// The published figures with the rounding taken off: what an unprotected report would say.
    static func exactJSON(_ t: AggregateTally, read: Int, leftOut: Int) -> JSONValue {
        let keys = t.responseKeys
        let questions: [JSONValue] = framework.questions.indices.map { q in
            .object([
                ("responses", .object(keys.indices.map { (keys[$0], .number(Double(t.responses[q][$0]))) })),
                ("fullyWithoutEvidence", .number(Double(t.unevidenced[q]))),
                (
                    "legalRisks",
                    framework.questions[q].legalDuty == nil ? .null : .number(Double(t.questionLegalRisk[q]))
                ),
            ])
        }
        return .object([
            ("filesUsed", .number(Double(t.respondents))), ("filesRead", .number(Double(read))),
            ("filesLeftOut", .number(Double(leftOut))),
            ("respondentsWithLegalRisk", .number(Double(t.respondentsWithLegalRisk))),
            ("questions", .array(questions)),
        ])
    }

    // MARK: Attacks

    @Test(arguments: Array(UInt64(1)...UInt64(40)))
    func noHiddenCountCanBeWorkedOutFromOneReport(seed: UInt64) throws {
        let size = 10 + Int(seed % 23)
        let sets = Self.population(seed: seed, size: size)
        let (json, tally) = Self.publish(sets, leftOut: Int(seed % 3))
        #expect(json["outcome"] == .string("published"))
        var m = Self.model(json)
        let consistent = m.propagate()
        #expect(consistent, "the attacker's model contradicts itself: the published figures are inconsistent")
        #expect(m.recovered.isEmpty, "recovered exactly: \(m.recovered.prefix(5))")
        // The true counts lie inside what the attacker worked out: the model is sound, so a pinned
        // figure would be a real disclosure.
        let truth = Self.model(Self.exactJSON(tally, read: size + Int(seed % 3), leftOut: Int(seed % 3)), exact: true)
        for (i, name) in truth.names.enumerated() {
            guard let j = m.index[name] else { continue }
            #expect(
                m.lo[j] <= truth.lo[i] && truth.lo[i] <= m.hi[j],
                "\(name): true \(truth.lo[i]) outside \(m.lo[j])...\(m.hi[j])")
        }
        // Shares, means and pooled scores carry nothing beyond the rounded counts: each is exactly
        // what the reader can work out from them.
        let n = try #require(Self.number(json["filesUsed"]))
        let risk = try #require(Self.number(json["respondentsWithLegalRisk"]))
        #expect(json["respondentsWithLegalRiskPercent"] == .number((Double(risk) * 1000 / Double(n)).rounded() / 10))
        guard case .array(let rows)? = json["questions"] else {
            Issue.record("no questions published")
            return
        }
        for row in rows {
            guard let r = Self.number(row["legalRisks"]) else { continue }
            #expect(row["legalRiskPercent"] == .number((Double(r) * 1000 / Double(n)).rounded() / 10))
        }
    }

    @Test func theAttackRecoversEverythingFromAnUnroundedReport() {
        let sets = Self.population(seed: 7, size: 12)
        let (_, tally) = Self.publish(sets)
        var m = Self.model(Self.exactJSON(tally, read: 12, leftOut: 0), exact: true)
        let consistent = m.propagate()
        #expect(consistent)
        #expect(m.recovered.count == m.names.count - m.known.count)
    }

    /// For each question, the answers the extra respondent could have given, judging from two
    /// reports: every response whose count could have gone up by one between them.
    static func candidates(_ a: JSONValue, _ b: JSONValue, exact: Bool) -> [[String]] {
        let keys = framework.scale.responses.map(\.id) + ["unanswered", "not-asked"]
        let range = { (v: Int) -> ClosedRange<Int> in exact || v % 5 != 0 ? v...v : max(0, v - 4)...(v + 4) }
        guard case .array(let qa)? = a["questions"], case .array(let qb)? = b["questions"] else { return [] }
        let nA = range(number(a["filesUsed"]) ?? 0)
        let nB = range(number(b["filesUsed"]) ?? 0)
        return zip(qa, qb).map { rowA, rowB in
            keys.filter { candidate in
                var sumLo = 0
                var sumHi = 0
                for key in keys {
                    let ra = range(number(rowA["responses"]?[key]) ?? 0)
                    let rb = range(number(rowB["responses"]?[key]) ?? 0)
                    let step = key == candidate ? 1 : 0
                    let lo = max(ra.lowerBound, rb.lowerBound - step)
                    let hi = min(ra.upperBound, rb.upperBound - step)
                    if lo > hi { return false }
                    sumLo += lo
                    sumHi += hi
                }
                // The first report's respondents: in its own range, and one fewer than the second's.
                let nLo = max(nA.lowerBound, nB.lowerBound - 1)
                let nHi = min(nA.upperBound, nB.upperBound - 1)
                return nLo <= nHi && sumLo <= nHi && sumHi >= nLo
            }
        }
    }

    @Test(arguments: Array(UInt64(100)...UInt64(130)))
    func twoReportsThatDifferByOneRespondentDoNotRevealTheirAnswers(seed: UInt64) {
        let size = 12 + Int(seed % 17)
        let sets = Self.population(seed: seed, size: size + 1)
        let (a, tallyA) = Self.publish(Array(sets.prefix(size)))
        let (b, tallyB) = Self.publish(sets)
        let found = Self.candidates(a, b, exact: false)
        let pinned = found.enumerated().filter { $0.element.count == 1 }.map { Self.framework.questions[$0.offset].id }
        #expect(pinned.isEmpty, "the extra respondent's answer was pinned down on \(pinned)")
        // Against unrounded reports the same attack reads off every answer.
        let exactFound = Self.candidates(
            Self.exactJSON(tallyA, read: size, leftOut: 0), Self.exactJSON(tallyB, read: size + 1, leftOut: 0),
            exact: true)
        #expect(exactFound.allSatisfy { $0.count == 1 })
    }

    @Test func theSameAnswerSetsAlwaysGiveTheSameBytesAndOneMoreRedrawsTheRounding() {
        let sets = Self.population(seed: 3, size: 20)
        let (a1, _) = Self.publish(sets)
        let (a2, _) = Self.publish(sets)
        #expect(JSONWriter.write(a1) == JSONWriter.write(a2))
        let (b, _) = Self.publish(sets + Self.population(seed: 4, size: 1))
        #expect(JSONWriter.write(a1) != JSONWriter.write(b))
    }

    @Test func randomRoundingIsUnbiasedAndOnlyToNeighbouringMultiples() {
        let rounding = RandomRounding(seed: "test")
        for count in 0..<40 {
            var total = 0
            for draw in 0..<400 {
                let r = rounding.round(count, "cell-\(draw)")
                #expect(r % 5 == 0 && abs(r - count) < 5)
                total += r
            }
            // Within about four standard errors of the count itself.
            #expect(abs(Double(total) / 400 - Double(count)) < 0.5, "count \(count)")
        }
    }

    @Test func theToolsOwnAuditCatchesAFigurePinnedByALink() {
        // x was published as 10 (6 to 14), but x ≤ y and y was published as 0 with y ≤ 6 known:
        // x can only be 6.
        let pinned = DisclosureAudit(
            ranges: [6...14, 0...6], fixed: [], links: [.init(terms: [0], target: 1, relation: .atMost)])
        #expect(pinned.exposed() == [0, 1])
        let loose = DisclosureAudit(
            ranges: [6...14, 1...9, 6...14], fixed: [], links: [.init(terms: [0, 1], target: 2, relation: .atLeast)])
        #expect(loose.exposed().isEmpty)
        let known = DisclosureAudit(ranges: [0...0, 1...9], fixed: [0], links: [])
        #expect(known.exposed().isEmpty, "a figure every reader knows is not a disclosure")
    }
}
