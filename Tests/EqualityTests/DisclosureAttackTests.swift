import Foundation
import Testing

@testable import EqualityCore
@testable import EqualityRendering

/// Attacks on the published aggregate, as a reader or a publisher's colleague would make them. The
/// attacker is written apart from the method's code: it writes answer files, runs the aggregate as
/// a user does, reads only the published JSON, and knows only what the report's method section
/// documents (counts are multiples of 5, at most 4 from the true count, a true 0 stays 0). Each attack
/// is also run against exact figures, where it must succeed, so a broken attack cannot pass for a
/// safe method.
@Suite struct DisclosureAttackTests {
    static let framework = try! BundledData.framework("commissioning-for-equality")!
    static let responseIDs = ["not-in-place", "partly", "mostly", "fully", "not-applicable", "dont-know"]

    /// Populations are drawn with the fuzz tests' seeded generator, so every one is reproducible.
    typealias Random = FuzzTests.SplitMix64

    /// One respondent's answers: per question, a response (nil for unanswered) and evidence.
    struct Answers {
        var organisation: String
        var exercise = "Community services 2026"
        var date = "2026-11-25"
        var responses: [(question: String, response: String, evidence: String)]
    }

    /// Some respondents answer much alike, so some cells are small.
    static func respondent(_ rng: inout Random, style: Int, organisation: String) -> Answers {
        var answers: [(String, String, String)] = []
        for q in framework.questions {
            if rng.below(10) == 0 { continue }
            let r = style == 0 ? responseIDs[rng.below(responseIDs.count)] : responseIDs[(style + rng.below(2)) % 4]
            answers.append((q.id, r, rng.below(3) == 0 ? "" : "Held on file"))
        }
        return Answers(organisation: organisation, responses: answers)
    }

    static func population(seed: UInt64, size: Int) -> [Answers] {
        var rng = Random(state: seed)
        let style = rng.below(4)
        return (0..<size).map { i in
            respondent(&rng, style: rng.below(3) == 0 ? 0 : style, organisation: "Organisation \(seed)-\(i)")
        }
    }

    /// The answers as a form saves them; `spacing` changes only the layout, `keysReversed` the order
    /// of keys in every object, and `evidence` rewords every piece of evidence given.
    static func json(_ a: Answers, spacing: String = " ", keysReversed: Bool = false, evidence: String? = nil) -> String
    {
        func object(_ pairs: [(String, String)]) -> String {
            let ordered = keysReversed ? pairs.reversed() : pairs
            return "{" + ordered.map { "\"\($0)\":\(spacing)\($1)" }.joined(separator: ",\(spacing)") + "}"
        }
        func quoted(_ s: String) -> String { "\"\(s)\"" }
        let answers = a.responses.map { q, r, e in
            object([
                ("question", quoted(q)), ("response", quoted(r)), ("evidence", quoted(e.isEmpty ? "" : evidence ?? e)),
                ("notes", quoted(r == "not-applicable" ? "Out of scope" : "")),
            ])
        }
        let respondent = object([
            ("organisation", quoted(a.organisation)), ("role", quoted("")), ("exercise", quoted(a.exercise)),
            ("date", quoted(a.date)),
        ])
        return object([
            ("framework", quoted(framework.id)), ("frameworkVersion", quoted(framework.version.description)),
            ("respondent", respondent), ("answers", "[" + answers.joined(separator: ",\(spacing)") + "]"),
        ])
    }

    /// The same answers as a spreadsheet row set (the CSV answer format).
    static func csv(_ a: Answers) -> String {
        var rows = [
            "question,response,evidence,notes", "framework:id,\(framework.id),,",
            "framework:version,\(framework.version.description),,", "respondent:organisation,\(a.organisation),,",
            "respondent:exercise,\(a.exercise),,", "respondent:date,\(a.date),,",
        ]
        for (q, r, e) in a.responses { rows.append("\(q),\(r),\(e),\(r == "not-applicable" ? "Out of scope" : "")") }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    /// Writes the files to a new folder and runs the aggregate over it, as `aggregate FOLDER` does.
    static func publish(
        _ files: [(name: String, text: String)], frameworkPath: String? = nil, minCount: Int = 10
    ) -> (json: JSONValue, result: Aggregator.Result) {
        let folder = Support.temporaryFolder()
        for f in files { _ = Support.write(f.text, named: f.name, in: folder) }
        let paths = try! Aggregator.expand([folder.path])
        let fw = try! Aggregator.framework(reference: frameworkPath, files: paths)
        let result = Aggregator.run(files: paths, framework: fw)
        let json = try! JSONParser.parse(AggregateJSON.render(AggregateReport(result, minCount: minCount)))
        return (json, result)
    }

    static func files(_ sets: [Answers]) -> [(name: String, text: String)] {
        sets.enumerated().map { ("r\($0.offset).json", json($0.element)) }
    }

    // MARK: The attacker's model, built from the published JSON and the documented method alone.

    /// What a published count can stand for, from the method section: a 0 is 0 to 4, anything else
    /// is at most 4 away and never 0.
    static func possible(_ published: Int, exact: Bool) -> ClosedRange<Int> {
        if exact { return published...published }
        return published == 0 ? 0...4 : max(1, published - 4)...(published + 4)
    }

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
            let range = knownZero ? 0...0 : DisclosureAttackTests.possible(published, exact: exact)
            lo.append(range.lowerBound)
            hi.append(range.upperBound)
            if knownZero { known.insert(names.count - 1) }
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
                    if relation <= 0 && sLo > lo[target] {
                        lo[target] = sLo
                        moved = true
                    }
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

    static let keys = responseIDs + ["unanswered", "not-asked"]

    /// The attacker's model of one published report. `exact` models a report without perturbation.
    static func model(_ json: JSONValue, exact: Bool = false) -> Model {
        let fw = framework
        var m = Model()
        let n = m.variable("used", number(json["filesUsed"]) ?? 0, exact: exact)
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
        for (question, row) in zip(fw.questions, questions) {
            let alwaysAsked = question.condition == nil && question.askedWhen.values.isEmpty
            let cells = keys.map { key in
                m.variable(
                    "\(question.id)/\(key)", number(row["responses"]?[key]) ?? 0, exact: exact,
                    knownZero: key == "not-asked" && alwaysAsked)
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
        return m
    }

    /// The figures with the perturbation taken off: what an unprotected report would say.
    static func exactJSON(_ t: AggregateTally) -> JSONValue {
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
            ("filesUsed", .number(Double(t.respondents))),
            ("respondentsWithLegalRisk", .number(Double(t.respondentsWithLegalRisk))),
            ("questions", .array(questions)),
        ])
    }

    /// Everything a report publishes about respondents, by name, leaving out the figures about
    /// files (read, duplicates, left out), the headline and the framework's checksum.
    static func respondentFigures(_ json: JSONValue) -> [String: String] {
        var out: [String: String] = [:]
        for key in ["outcome", "filesUsed", "pooledOverallPercent", "respondentsWithLegalRisk", "bands", "stages"] {
            out[key] = json[key].map { JSONWriter.write($0) } ?? "missing"
        }
        if case .array(let rows)? = json["questions"] {
            for row in rows {
                guard case .string(let id)? = row["id"], case .object(let fields) = row else { continue }
                // Each field in a fixed order, and the responses by ID, whatever order the
                // framework lists them in.
                out["q-" + id] = fields.sorted { $0.key < $1.key }.map { key, value -> String in
                    if case .object(let counts) = value {
                        return key + "="
                            + counts.sorted { $0.key < $1.key }.map { "\($0.key):\(JSONWriter.write($0.value))" }
                            .joined(separator: ",")
                    }
                    return key + "=" + JSONWriter.write(value)
                }.joined(separator: ";")
            }
        }
        return out
    }

    // MARK: One report

    @Test(arguments: Array(UInt64(1)...UInt64(40)))
    func noHiddenCountCanBeWorkedOutFromOneReport(seed: UInt64) throws {
        let size = 10 + Int(seed % 23)
        var files = Self.files(Self.population(seed: seed, size: size))
        for i in 0..<Int(seed % 3) { files.append(("broken-\(i).json", "{")) }
        let (json, result) = Self.publish(files)
        #expect(json["outcome"] == .string("published"))
        var m = Self.model(json)
        let consistent = m.propagate()
        #expect(consistent, "the attacker's model contradicts itself: the published figures are inconsistent")
        #expect(m.recovered.isEmpty, "recovered exactly: \(m.recovered.prefix(5))")
        // The true counts lie inside what the attacker worked out: the model is sound, so a pinned
        // figure would be a real disclosure.
        let truth = Self.model(Self.exactJSON(result.tally), exact: true)
        for (i, name) in truth.names.enumerated() {
            guard let j = m.index[name] else { continue }
            #expect(
                m.lo[j] <= truth.lo[i] && truth.lo[i] <= m.hi[j],
                "\(name): true \(truth.lo[i]) outside \(m.lo[j])...\(m.hi[j])")
        }
        // Shares and the header carry nothing beyond the published counts: each is exactly what
        // the reader can work out from them, and no share exceeds 100 %.
        let n = try #require(Self.number(json["filesUsed"]))
        let risk = try #require(Self.number(json["respondentsWithLegalRisk"]))
        #expect(risk <= n)
        #expect(json["respondentsWithLegalRiskPercent"] == .number((Double(risk) * 1000 / Double(n)).rounded() / 10))
        let read = try #require(Self.number(json["filesRead"]))
        let left = try #require(Self.number(json["filesLeftOut"]))
        let duplicate = try #require(Self.number(json["filesDuplicate"]))
        #expect(read == n + left + duplicate, "the header does not add up")
        guard case .array(let rows)? = json["questions"] else {
            Issue.record("no questions published")
            return
        }
        for row in rows {
            guard let r = Self.number(row["legalRisks"]) else { continue }
            #expect(r <= n, "a legal-risk count above the respondents")
            #expect(row["legalRiskPercent"] == .number((Double(r) * 1000 / Double(n)).rounded() / 10))
        }
        // Every published count is a multiple of 5 and at most 4 from the truth.
        for (i, name) in truth.names.enumerated() {
            guard let j = m.index[name], !m.known.contains(j) else { continue }
            let published = Self.publishedValue(json, name)
            if let published {
                #expect(published % 5 == 0, "\(name) published as \(published)")
                #expect(abs(published - truth.lo[i]) <= 4, "\(name) published \(published), true \(truth.lo[i])")
            }
        }
    }

    /// A question cell's published value by the model's name for it ("NA-01/partly").
    static func publishedValue(_ json: JSONValue, _ name: String) -> Int? {
        let parts = name.split(separator: "/").map(String.init)
        guard parts.count == 2, case .array(let rows)? = json["questions"] else { return nil }
        guard let row = rows.first(where: { $0["id"] == .string(parts[0]) }) else { return nil }
        if parts[1] == "unevidenced" { return number(row["fullyWithoutEvidence"]) }
        if parts[1] == "risk" { return number(row["legalRisks"]) }
        return number(row["responses"]?[parts[1]])
    }

    @Test func theAttackRecoversEverythingFromAnUnperturbedReport() {
        let (_, result) = Self.publish(Self.files(Self.population(seed: 7, size: 12)))
        var m = Self.model(Self.exactJSON(result.tally), exact: true)
        let consistent = m.propagate()
        #expect(consistent)
        #expect(m.recovered.count == m.names.count - m.known.count)
    }

    // MARK: Two reports that differ by one respondent

    /// For each question, the answers the extra respondent could have given, judging from two
    /// reports: every response whose count could have gone up by one between them.
    static func candidates(_ a: JSONValue, _ b: JSONValue, exact: Bool) -> [[String]] {
        guard case .array(let qa)? = a["questions"], case .array(let qb)? = b["questions"] else { return [] }
        let nA = possible(number(a["filesUsed"]) ?? 0, exact: exact)
        let nB = possible(number(b["filesUsed"]) ?? 0, exact: exact)
        return zip(qa, qb).map { rowA, rowB in
            keys.filter { candidate in
                var sumLo = 0
                var sumHi = 0
                for key in keys {
                    let ra = possible(number(rowA["responses"]?[key]) ?? 0, exact: exact)
                    let rb = possible(number(rowB["responses"]?[key]) ?? 0, exact: exact)
                    let step = key == candidate ? 1 : 0
                    let lo = max(ra.lowerBound, rb.lowerBound - step)
                    let hi = min(ra.upperBound, rb.upperBound - step)
                    if lo > hi { return false }
                    sumLo += lo
                    sumHi += hi
                }
                let nLo = max(nA.lowerBound, nB.lowerBound - 1)
                let nHi = min(nA.upperBound, nB.upperBound - 1)
                return nLo <= nHi && sumLo <= nHi && sumHi >= nLo
            }
        }
    }

    /// The added respondent's true answer to each question (its response key), from the tallies.
    static func addedAnswers(_ a: AggregateTally, _ b: AggregateTally) -> [String] {
        framework.questions.indices.map { q in
            let k = a.responseKeys.indices.first { b.responses[q][$0] == a.responses[q][$0] + 1 } ?? 0
            return a.responseKeys[k]
        }
    }

    @Test(arguments: Array(UInt64(100)...UInt64(130)))
    func twoReportsThatDifferByOneRespondentDoNotPinTheirAnswers(seed: UInt64) {
        let size = 12 + Int(seed % 17)
        let sets = Self.population(seed: seed, size: size + 1)
        let (a, resultA) = Self.publish(Self.files(Array(sets.prefix(size))))
        let (b, resultB) = Self.publish(Self.files(sets))
        let found = Self.candidates(a, b, exact: false)
        let pinned = found.enumerated().filter { $0.element.count == 1 }.map { Self.framework.questions[$0.offset].id }
        #expect(pinned.isEmpty, "the extra respondent's answer was pinned down on \(pinned)")
        // Against unperturbed reports the same attack reads off every answer.
        let exactFound = Self.candidates(
            Self.exactJSON(resultA.tally), Self.exactJSON(resultB.tally), exact: true)
        #expect(exactFound.allSatisfy { $0.count == 1 })
        #expect(exactFound.map { $0.first ?? "" } == Self.addedAnswers(resultA.tally, resultB.tally))
    }

    /// Guessing the added respondent's answer from the change between two reports does no better
    /// than guessing from the second report alone (its commonest response), over many pairs. The
    /// guess from the change must beat chance on exact figures, or the attack would prove nothing.
    @Test func guessingTheAddedRespondentsAnswersStaysAtChance() {
        var attack = 0
        var chance = 0
        var exactAttack = 0
        var total = 0
        for seed in UInt64(300)..<UInt64(345) {
            let size = 12 + Int(seed % 19)
            let sets = Self.population(seed: seed, size: size + 1)
            let (a, resultA) = Self.publish(Self.files(Array(sets.prefix(size))))
            let (b, resultB) = Self.publish(Self.files(sets))
            let truth = Self.addedAnswers(resultA.tally, resultB.tally)
            guard case .array(let qa)? = a["questions"], case .array(let qb)? = b["questions"] else {
                Issue.record("nothing published")
                return
            }
            let exactB = Self.exactJSON(resultB.tally)
            let exactA = Self.exactJSON(resultA.tally)
            guard case .array(let ea)? = exactA["questions"], case .array(let eb)? = exactB["questions"] else { return }
            for q in truth.indices {
                func counts(_ row: JSONValue) -> [Int] { Self.keys.map { Self.number(row["responses"]?[$0]) ?? 0 } }
                func best(_ values: [Int], tieBreak: [Int]) -> String {
                    let i = values.indices.max { (values[$0], tieBreak[$0]) < (values[$1], tieBreak[$1]) } ?? 0
                    return Self.keys[i]
                }
                let ca = counts(qa[q])
                let cb = counts(qb[q])
                attack += best(zip(cb, ca).map { $0 - $1 }, tieBreak: cb) == truth[q] ? 1 : 0
                chance += best(cb, tieBreak: cb) == truth[q] ? 1 : 0
                let xa = counts(ea[q])
                let xb = counts(eb[q])
                exactAttack += best(zip(xb, xa).map { $0 - $1 }, tieBreak: xb) == truth[q] ? 1 : 0
                total += 1
            }
        }
        let attackRate = Double(attack) / Double(total)
        let chanceRate = Double(chance) / Double(total)
        #expect(exactAttack == total, "on exact figures the change reads off every answer")
        #expect(
            attackRate <= chanceRate + 0.03,
            "the change between two reports guessed \(attackRate) of answers against \(chanceRate) by chance")
        print("N/N+1 guess: \(attackRate) from the change, \(chanceRate) from one report, over \(total) answers")
    }

    // MARK: Republishing the same respondents

    /// 200 versions of one population, each made the way republishing happens: files left out or
    /// added broken, re-spaced, re-saved with keys reordered or as a spreadsheet, renamed, copied,
    /// re-dated, or aggregated against a framework copy with its questions and responses reordered. Every version
    /// publishes the same figures about respondents, so averaging them recovers nothing beyond one
    /// report.
    @Test func twoHundredRepublicationsPublishOneTable() throws {
        let sets = Self.population(seed: 11, size: 16)
        // A framework copy with the questions in reverse order within each stage.
        var fw = try Support.bundledJSON("commissioning-for-equality")
        if case .array(let qs)? = fw["questions"] {
            let stages = fw["stages"].flatMap { v -> [String]? in
                guard case .array(let s) = v else { return nil }
                return s.compactMap { if case .string(let id)? = $0["id"] { return id } else { return nil } }
            }!
            var reordered: [JSONValue] = []
            for stage in stages { reordered += qs.filter { $0["stage"] == .string(stage) }.reversed() }
            fw = JSONEdit.set(fw, JSONEdit.path("questions"), to: .array(reordered))
        }
        // And the scale's responses in reverse order.
        if case .array(let responses)? = fw["scale"]?["responses"] {
            fw = JSONEdit.set(fw, JSONEdit.path("scale.responses"), to: .array(responses.reversed()))
        }
        let copy = Support.write(JSONWriter.write(fw), named: "framework-copy.json", in: Support.temporaryFolder())
        var tables: [[String: String]: [Int]] = [:]
        var exactUsed: Set<Int> = []
        for v in 0..<200 {
            var files = Self.files(sets)
            let k = v % sets.count
            switch v % 8 {
            case 0: for i in 0...(v / 8 % 4) { files.append(("broken-\(i).json", "{\"framework\": ")) }
            case 1: files[k].text = Self.json(sets[k], spacing: String(repeating: " ", count: 1 + v % 5) + "\n")
            case 2: files[k].text = Self.json(sets[k], keysReversed: true)
            case 3: files = files.map { ("v\(v)-" + $0.name, $0.text) }
            case 4: files.append(("copy-\(v).json", Self.json(sets[k], evidence: "Edited evidence \(v)")))
            case 5:
                files[k] = ("r\(k).csv", Self.csv(sets[k]))
                files.append(("twin-\(v).json", Self.json(sets[k])))
            case 6:
                var older = sets[(k + 1) % sets.count]
                older.organisation = sets[k].organisation
                older.date = "2025-0\(1 + v % 9)-01"
                files.append(("older-\(v).json", Self.json(older)))
            default:
                files.append(("other-framework.json", "{\"framework\": \"voluntary-organisation-self-assessment\"}"))
            }
            let (json, result) = Self.publish(files, frameworkPath: v % 8 == 7 || v % 5 == 0 ? copy : nil)
            tables[Self.respondentFigures(json), default: []].append(v)
            exactUsed.insert(result.tally.respondents)
            if v == 0 { #expect(json["outcome"] == .string("published")) }
        }
        #expect(exactUsed == [sets.count], "every version counts the same respondents: \(exactUsed)")
        #expect(
            tables.count == 1,
            "\(tables.count) different tables from one population; variants \(tables.values.map { $0.prefix(8) })")
        // And the one table is perturbed: it is not the exact one.
        let (json, result) = Self.publish(Self.files(sets))
        var exact = 0
        var cells = 0
        for (q, question) in Self.framework.questions.enumerated() {
            for (k, key) in result.tally.responseKeys.enumerated() {
                guard let row = Self.rows(json).first(where: { $0["id"] == .string(question.id) }) else { continue }
                cells += 1
                exact += Self.number(row["responses"]?[key]) == result.tally.responses[q][k] ? 1 : 0
            }
        }
        #expect(exact < cells)
    }

    static func rows(_ json: JSONValue) -> [JSONValue] {
        if case .array(let rows)? = json["questions"] { return rows }
        return []
    }

    /// The same answer sets give the same bytes in every run and whatever the files are called or
    /// the order they are named in; one more respondent draws the figures afresh, including cells
    /// the new respondent is not in (the table, not the cell, keys the draw: see the README).
    @Test func theSameRespondentsGiveTheSameBytesAndOneMoreRedrawsTheTable() throws {
        let sets = Self.population(seed: 3, size: 20)
        let (a1, _) = Self.publish(Self.files(sets))
        let renamed = Self.files(sets).reversed().enumerated().map { ("other-\($0.offset).json", $0.element.text) }
        let (a2, _) = Self.publish(renamed)
        #expect(JSONWriter.write(a1) == JSONWriter.write(a2))
        let (b, resultB) = Self.publish(Self.files(sets + Self.population(seed: 4, size: 1)))
        let (_, resultA) = Self.publish(Self.files(sets))
        // Cells whose true count did not change, published differently: the draw is the table's.
        var unchangedTruth = 0
        var movedAnyway = 0
        for (q, question) in Self.framework.questions.enumerated() {
            guard let rowA = Self.rows(a1).first(where: { $0["id"] == .string(question.id) }),
                let rowB = Self.rows(b).first(where: { $0["id"] == .string(question.id) })
            else { continue }
            for (k, key) in resultA.tally.responseKeys.enumerated()
            where resultA.tally.responses[q][k] == resultB.tally.responses[q][k] {
                unchangedTruth += 1
                if rowA["responses"]?[key] != rowB["responses"]?[key] { movedAnyway += 1 }
            }
        }
        #expect(unchangedTruth > 100)
        #expect(movedAnyway > 0, "no cell outside the new respondent's moved: the change would point at their answers")
    }

    // MARK: Duplicates

    @Test func duplicatePaddingCannotPassTheMinimumOrMakeCountsExact() {
        // Four organisations, five files each: a copy, a re-spaced copy, a CSV twin, an edited
        // copy under another name and an identical copy under another organisation's name.
        let four = Self.population(seed: 21, size: 4)
        var padded: [(name: String, text: String)] = []
        for (i, a) in four.enumerated() {
            var renamed = a
            renamed.organisation = "Somebody else \(i)"
            padded += [
                ("a\(i).json", Self.json(a)), ("b\(i).json", Self.json(a)),
                ("c\(i).json", Self.json(a, spacing: "\n ")),
                ("d\(i).csv", Self.csv(a)), ("e\(i).json", Self.json(a, evidence: "Other words")),
                ("f\(i).json", Self.json(renamed)),
            ]
        }
        let (json, result) = Self.publish(padded)
        #expect(result.tally.respondents == 4)
        #expect(json["outcome"] == .string("too-few"))
        #expect(json["questions"] == .array([]))
        // Twelve organisations padded five times over publish exactly what twelve files publish.
        let twelve = Self.population(seed: 22, size: 12)
        var many = Self.files(twelve)
        for (i, a) in twelve.enumerated() {
            many += (0..<4).map {
                ("pad-\(i)-\($0).json", Self.json(a, spacing: String(repeating: " ", count: $0 + 1)))
            }
        }
        let (paddedJSON, paddedResult) = Self.publish(many)
        let (plainJSON, _) = Self.publish(Self.files(twelve))
        #expect(paddedResult.duplicates.count == 48)
        #expect(Self.respondentFigures(paddedJSON) == Self.respondentFigures(plainJSON))
    }

    @Test func theLatestDateCountsAndSameDayConflictsAreLeftOut() throws {
        let sets = Self.population(seed: 31, size: 12)
        var older = sets[0]
        older.date = "2025-01-01"
        older.responses = older.responses.map { ($0.question, "not-in-place", $0.evidence) }
        var differentSameDay = sets[1]
        differentSameDay.responses = differentSameDay.responses.map { ($0.question, "fully", "Report") }
        differentSameDay.organisation = "  " + sets[1].organisation.uppercased() + ". "
        var files = Self.files(sets)
        files += [("older.json", Self.json(older)), ("conflict.json", Self.json(differentSameDay))]
        let (_, result) = Self.publish(files)
        #expect(result.tally.respondents == 11)
        #expect(result.duplicates.map { ($0.file as NSString).lastPathComponent } == ["older.json"])
        #expect(result.duplicates.first.map { ($0.kept as NSString).lastPathComponent } == "r0.json")
        let conflicting = result.excluded.compactMap { x -> String? in
            if case .conflicting = x.reason { return (x.file as NSString).lastPathComponent }
            return nil
        }
        #expect(conflicting == ["conflict.json", "r1.json"])
        let report = AggregateReport(result, minCount: 10)
        let log = AggregateLog.render(result, report)
        #expect(log.contains("older.json: the same organisation and exercise as"))
        #expect(log.contains("conflict.json: names the same organisation and exercise as"))
        #expect(log.contains("Files read: 14; respondents counted: 11; duplicates counted once: 1; left out: 2"))
    }

    @Test func aFolderNamedTwiceCountsOnce() {
        let folder = Support.temporaryFolder()
        for (name, text) in Self.files(Self.population(seed: 41, size: 12)) {
            _ = Support.write(text, named: name, in: folder)
        }
        let once = try! Aggregator.expand([folder.path])
        let twice = try! Aggregator.expand([folder.path, folder.path + "/"])
        let a = Aggregator.run(files: once, framework: Self.framework)
        let b = Aggregator.run(files: twice, framework: Self.framework)
        #expect(b.tally.respondents == 12 && b.duplicates.count == 12)
        let ja = AggregateJSON.render(AggregateReport(a, minCount: 10))
        let jb = AggregateJSON.render(AggregateReport(b, minCount: 10))
        let figuresA = Self.respondentFigures(try! JSONParser.parse(ja))
        let figuresB = Self.respondentFigures(try! JSONParser.parse(jb))
        #expect(figuresA == figuresB)
    }

    @Test func theToolsOwnAuditCatchesAFigurePinnedByALink() {
        // x was published as 10 (6 to 14), but x ≤ y and y was published as 0 with y ≤ 6 known:
        // x can only be 6.
        let pinned = DisclosureAudit(
            ranges: [6...14, 0...6], fixed: [], links: [.init(terms: [0], target: 1, relation: .atMost)])
        #expect(pinned.exposed() == [0, 1])
        let loose = DisclosureAudit(
            ranges: [6...12, 1...9, 6...12], fixed: [], links: [.init(terms: [0, 1], target: 2, relation: .atLeast)])
        #expect(loose.exposed().isEmpty)
        let known = DisclosureAudit(ranges: [0...0, 1...9], fixed: [0], links: [])
        #expect(known.exposed().isEmpty, "a figure every reader knows is not a disclosure")
    }
}
