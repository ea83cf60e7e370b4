import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// Legal duties and questions fit the respondent's situation. The law decides the specific duties
/// by the list a body is on, not by the nation a service is in; the procurement duties by the route
/// to market; the equality duty by the kind of body. `LawAsWritten` below writes those rules out
/// again, from the statutes and independently of the framework data, and every combination of
/// context values (each field stated, unstated or "don't know") is checked against the tool for
/// both frameworks: which duties apply, which questions are not asked, and which questions are
/// legal risks when everything is answered "not in place".
@Suite struct LegalContextTests {
    let commissioning = try! BundledData.framework("commissioning-for-equality")!
    let voluntary = try! BundledData.framework("voluntary-organisation-self-assessment")!

    /// Every question answered "not in place", so every asked question on a duty that applies is a risk.
    func assess(_ framework: Framework, _ context: AssessmentContext) throws -> Assessment {
        var set = AnswerSet(framework: framework.id, frameworkVersion: framework.version.description)
        set.context = context
        set.answers = framework.questions.map { Answer(question: $0.id, response: "not-in-place") }
        let validated = try AnswerValidator.validate(set, against: framework, file: "answers")
        return Scorer.assess(validated, framework: framework)
    }

    func risks(_ framework: Framework, _ context: AssessmentContext) throws -> [String] {
        try assess(framework, context).legalRisks.map(\.question.id)
    }

    /// The rules, written out from the law (see Frameworks/README.md for the points we could not
    /// confirm and have assumed). `nil` is a field left unstated; "don't know" is the same.
    enum LawAsWritten {
        typealias C = AssessmentContext
        static let tender: [C.RouteToMarket] = [.procurementAct, .belowThreshold, .providerSelectionRegime]
        static let welsh: [C.DutyList] = [.welshList, .welshListSocioEconomic]

        /// Unstated (or don't know) keeps a duty or question: only a stated value rules it out.
        static func allows<T: Equatable>(_ value: T?, _ allowed: [T]) -> Bool { value.map(allowed.contains) ?? true }
        static func list(_ c: C) -> C.DutyList? { c.dutyList == .dontKnow ? nil : c.dutyList }

        /// Which duties bind (commissioning framework).
        static func commissioningDuties(_ c: C) -> Set<String> {
            var d: Set<String> = ["reasonable-adjustments", "data-protection"]  // anyone serving the public
            // s.149(1) listed authorities; s.149(2) anyone else only for public functions.
            if allows(c.organisationType, [.publicAuthority, .publicFunctions]) { d.insert("psed") }
            // SI 2017/353: the authorities in its Schedule 1, wherever they work.
            if allows(c.organisationType, [.publicAuthority]) && allows(list(c), [.ukList]) {
                d.insert("specific-duties-2017")
            }
            // SI 2011/1064 reg.2: Part 2 of Sch.19 only, whatever the nation.
            if allows(c.organisationType, [.publicAuthority]) && allows(list(c), welsh) {
                d.insert("specific-duties-wales")
                // ...and its procurement duty only when procuring.
                if allows(c.routeToMarket, tender) { d.insert("welsh-procurement-equality") }
            }
            // Equality Act 2010 s.1, in force for the named Welsh bodies.
            if allows(list(c), [.welshListSocioEconomic]) { d.insert("socio-economic-duty") }
            // Procurement Act 2023 s.12(4) and s.86: any contracting authority on those routes.
            if allows(c.routeToMarket, [.procurementAct, .belowThreshold]) { d.insert("procurement-sme-barriers") }
            // s.18: covered procurements only.
            if allows(c.routeToMarket, [.procurementAct]) { d.insert("procurement-lots") }
            return d
        }

        /// Questions that exist only for a duty or a route, and are not asked where it cannot apply.
        static func commissioningNotAsked(_ c: C) -> Set<String> {
            var q: Set<String> = []
            if !allows(list(c), [.welshListSocioEconomic]) { q.insert("NA-13") }
            if !allows(c.routeToMarket, tender) { q.formUnion(["PR-02", "PR-03", "PR-08", "PR-09"]) }
            if c.routeToMarket == .inHouse { q.formUnion(["PR-05", "PR-06", "PR-07", "PR-10"]) }
            let authority = allows(c.organisationType, [.publicAuthority])
            if !(authority && allows(list(c), [.ukList])) { q.insert("EV-08") }
            if !(authority && allows(list(c), welsh)) { q.insert("EV-11") }
            if !(authority && allows(list(c), welsh) && allows(c.routeToMarket, tender)) { q.insert("PR-12") }
            return q
        }

        static let commissioningDutyQuestions: [String: [String]] = [
            "psed": ["NA-02", "SD-01", "PR-10", "EV-04"], "reasonable-adjustments": ["SD-03", "SD-04", "EV-06"],
            "data-protection": ["NA-04"], "specific-duties-2017": ["EV-08"],
            "specific-duties-wales": ["NA-11", "EV-11"],
            "welsh-procurement-equality": ["PR-12"], "socio-economic-duty": ["NA-13"],
            "procurement-sme-barriers": ["PR-03"], "procurement-lots": ["PR-02"],
        ]

        static func voluntaryDuties(_ c: C) -> Set<String> {
            var d: Set<String> = ["reasonable-adjustments", "data-protection"]
            if allows(c.organisationType, [.publicAuthority, .publicFunctions]) { d.insert("psed") }
            return d
        }

        /// DS-10 is about due regard in contracted work, so it is not asked of a voluntary
        /// organisation that is not carrying out public functions.
        static func voluntaryNotAsked(_ c: C) -> Set<String> {
            allows(c.organisationType, [.publicAuthority, .publicFunctions]) ? [] : ["DS-10"]
        }

        static let voluntaryDutyQuestions: [String: [String]] = [
            "psed": ["DS-10"], "reasonable-adjustments": ["DS-05"], "data-protection": ["UN-01"],
        ]
    }

    /// Every combination of the fields a framework asks, each stated in every way or left unstated.
    static func everyContext(_ fields: [AssessmentContext.Field]) -> [AssessmentContext] {
        fields.reduce([AssessmentContext()]) { contexts, field in
            contexts.flatMap { context in
                [context]
                    + AssessmentContext.allowedValues(field).map { value in
                        var c = context
                        _ = c.set(field, value)
                        return c
                    }
            }
        }
    }

    func check(
        _ framework: Framework, duties: (AssessmentContext) -> Set<String>,
        notAsked: (AssessmentContext) -> Set<String>,
        dutyQuestions: [String: [String]]
    ) throws -> Int {
        var checked = 0
        for context in Self.everyContext(framework.contextFields) {
            let a = try assess(framework, context)
            let expectedDuties = duties(context)
            let applying = Set(a.duties.filter { $0.applicability.counts }.map(\.duty.id))
            #expect(applying == expectedDuties, "\(context): duties")
            let expectedNotAsked = notAsked(context)
            let unasked = Set(
                a.findings.filter { if case .notInContext = $0.status { true } else { false } }.map(\.question.id))
            #expect(unasked == expectedNotAsked, "\(context): not asked")
            let expectedRisks = Set(expectedDuties.flatMap { dutyQuestions[$0] ?? [] }).subtracting(expectedNotAsked)
            #expect(Set(a.legalRisks.map(\.question.id)) == expectedRisks, "\(context): legal risks")
            // Left out of the totals exactly as a conditional question is.
            #expect(
                a.completion.total == framework.questions.count - expectedNotAsked.count - 1, "\(context): EV-02/none")
            checked += 1
        }
        return checked
    }

    @Test func everyCommissioningContextAsTheLawDecides() throws {
        // The mapping of duties to questions is the data's; check it is the one written out here.
        for (duty, ids) in LawAsWritten.commissioningDutyQuestions {
            #expect(
                commissioning.questions.filter { $0.legalDuty == duty }.map(\.id).sorted() == ids.sorted(), "\(duty)")
        }
        let n = try check(
            commissioning, duties: LawAsWritten.commissioningDuties, notAsked: LawAsWritten.commissioningNotAsked,
            dutyQuestions: LawAsWritten.commissioningDutyQuestions)
        #expect(n == 3 * 4 * 6 * 6)
    }

    @Test func everyVoluntaryContextAsTheLawDecides() throws {
        for (duty, ids) in LawAsWritten.voluntaryDutyQuestions {
            #expect(voluntary.questions.filter { $0.legalDuty == duty }.map(\.id).sorted() == ids.sorted(), "\(duty)")
        }
        var checked = 0
        for context in Self.everyContext(voluntary.contextFields) {
            let a = try assess(voluntary, context)
            #expect(
                Set(a.duties.filter { $0.applicability.counts }.map(\.duty.id)) == LawAsWritten.voluntaryDuties(context)
            )
            let unasked = Set(
                a.findings.filter { if case .notInContext = $0.status { true } else { false } }.map(\.question.id))
            #expect(unasked == LawAsWritten.voluntaryNotAsked(context), "\(context)")
            checked += 1
        }
        #expect(checked == 3 * 4)
    }

    /// The cases the audit named: HMPPS in Wales keeps the 2017 duties and is not asked the Welsh
    /// ones; a Welsh council commissioning in England keeps the Welsh duties; a grant or in-house
    /// route is not asked tender questions and has no Welsh procurement duty.
    @Test func theAuditsCases() throws {
        let hmppsInWales = AssessmentContext(
            nation: .wales, organisationType: .publicAuthority, routeToMarket: .procurementAct, dutyList: .ukList)
        let a = try assess(commissioning, hmppsInWales)
        #expect(a.legalRisks.map(\.question.id).contains("EV-08"))
        #expect(a.finding("EV-11").map { !$0.isAsked } == true)
        #expect(a.finding("NA-13").map { !$0.isAsked } == true)
        let council = AssessmentContext(
            nation: .england, organisationType: .publicAuthority, routeToMarket: .grant,
            dutyList: .welshListSocioEconomic)
        let b = try assess(commissioning, council)
        #expect(Set(b.legalRisks.map(\.question.id)).isSuperset(of: ["NA-11", "EV-11", "NA-13"]))
        #expect(b.finding("PR-12").map { !$0.isAsked } == true, "no Welsh procurement duty on a grant")
        #expect(b.finding("PR-02").map { !$0.isAsked } == true, "no lots question on a grant")
        #expect(b.finding("PR-10").map(\.isAsked) == true, "a grant agreement still binds the provider")
        // A provider in a covered procurement owes s.12(4) and s.18 as a contracting authority would.
        let provider = try risks(
            commissioning, AssessmentContext(organisationType: .publicFunctions, routeToMarket: .procurementAct))
        #expect(provider.contains("PR-02") && provider.contains("PR-03"))
    }

    @Test func voluntaryOrganisationOwesThePSEDOnlyForContractedWork() throws {
        #expect(
            try risks(voluntary, AssessmentContext(organisationType: .voluntaryOrganisation)) == ["UN-01", "DS-05"])
        #expect(
            try risks(voluntary, AssessmentContext(organisationType: .publicFunctions)).sorted()
                == ["DS-05", "DS-10", "UN-01"])
    }

    @Test func reportSaysWhenTheContextIsNotStated() throws {
        var set = try AnswerLoader.example("commissioning").answers
        set.context = AssessmentContext(nation: .england)
        let report = GapReport(
            assessment: Scorer.assess(set, framework: commissioning), date: nil, register: try BundledData.sources())
        let md = MarkdownReport.render(report)
        let html = HTMLReport.render(report)
        for text in [md, html] {
            #expect(text.contains("Legal context not stated"))
            #expect(text.contains("organisation type, route to market, list of specific duties"))
        }
        #expect(md.range(of: "Legal context not stated")!.lowerBound < md.range(of: "## Summary")!.lowerBound)
        #expect(md.contains("**Treated as applying.**"))
        let json = try JSONParser.parse(JSONReport.render(report))
        #expect(json["context"]?["stated"] == .bool(false))
        #expect(json["context"]?["fields"]?["nation"] == .string("england"))
        #expect(json["context"]?["fields"]?["routeToMarket"] == .null)
        // The stated example: no notice, and each finding says whether its duty applied.
        let stated = try AnswerLoader.example("commissioning")
        let full = GapReport(
            assessment: Scorer.assess(stated.answers, framework: stated.framework), date: nil,
            register: try BundledData.sources())
        #expect(!MarkdownReport.render(full).contains("Legal context not stated"))
        let fullJSON = try JSONParser.parse(JSONReport.render(full))
        guard case .array(let findings)? = fullJSON["findings"] else {
            Issue.record("no findings")
            return
        }
        func applies(_ id: String) -> JSONValue? {
            findings.first { $0["question"] == .string(id) }?["legalDutyApplies"]
        }
        #expect(applies("PR-02") == .bool(true))
        #expect(applies("EV-11") == .bool(false), "Welsh duties do not apply in England")
        #expect(applies("NA-01") == .null, "no legal duty")
        guard case .array(let duties)? = fullJSON["legalDuties"] else {
            Issue.record("no duties")
            return
        }
        let welsh = duties.first { $0["id"] == .string("specific-duties-wales") }
        #expect(welsh?["applies"] == .bool(false) && welsh?["basis"] == .string("not-in-this-context"))
    }

    @Test func contextRoundTripsThroughCSVAndJSON() throws {
        var set = try AnswerLoader.example("commissioning").answers
        set.context = AssessmentContext(
            nation: .wales, organisationType: .publicFunctions, routeToMarket: .belowThreshold, dutyList: .welshList)
        let csv = AnswerCSV.encode(set, framework: commissioning)
        #expect(csv.contains("\r\ncontext:nation,wales,"))
        #expect(csv.contains("\r\ncontext:dutyList,welsh-list,"))
        #expect(try AnswerCSV.decode(Array(csv.utf8), file: "a.csv").context == set.context)
        let json = AnswerJSON.encode(set)
        #expect(json.contains("\"dutyList\": \"welsh-list\""))
        #expect(try AnswerJSON.decode(Array(json.utf8), file: "a.json").context == set.context)
    }

    @Test func badContextValuesNameTheirPlace() {
        let folder = Support.temporaryFolder()
        let json = Support.write(
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.2.0","context":{"nation":"scotland","dutyList":"scottish-list"},"answers":[]}"#,
            named: "a.json", in: folder)
        let result = Support.run(["validate", json])
        #expect(result.code == 65)
        #expect(result.err.contains("\(json): context.nation: expected one of: england, wales\n"))
        #expect(
            result.err.contains(
                "\(json): context.dutyList: expected one of: uk-list, welsh-list-socio-economic, welsh-list, not-listed, dont-know\n"
            ))
        let csv = Support.write(
            "question,response\r\nframework:id,voluntary-organisation-self-assessment\r\nframework:version,1.2.0\r\ncontext:routeToMarket,grant\r\ncontext:nation,Cymru\r\n",
            named: "v.csv", in: folder)
        let bad = Support.run(["validate", csv])
        #expect(bad.code == 65)
        #expect(bad.err.contains("\(csv): row 5, column response: \"Cymru\" is not one of: england, wales\n"))
        let notAsked = Support.write(
            "question,response\r\nframework:id,voluntary-organisation-self-assessment\r\nframework:version,1.2.0\r\ncontext:routeToMarket,grant\r\n",
            named: "w.csv", in: folder)
        let refused = Support.run(["validate", notAsked])
        #expect(refused.code == 65)
        #expect(refused.err.contains("does not ask routeToMarket"))
    }

    /// A 1.0.0 answer file still loads, against the 1.0.0 framework, and compares with a 1.2.0 one.
    @Test func compareFromVersionOneToTheCurrentVersion() throws {
        let folder = Support.temporaryFolder()
        let old = Support.write(
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.0.0","answers":[{"question":"NA-01","response":"partly"},{"question":"PR-01","response":"not-in-place"}]}"#,
            named: "old.json", in: folder)
        let new = Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json").path
        let result = Support.run(["compare", old, new, "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let json = try JSONParser.parse(result.out)
        #expect(json["before"]?["version"] == .string("1.0.0"))
        #expect(json["after"]?["version"] == .string("1.2.0"))
        #expect(json["sameFramework"] == .bool(false))
        let added = JSONWriter.write(json["questionsAdded"] ?? .null)
        for id in ["NA-10", "NA-11", "NA-12", "NA-13", "SD-11", "SD-12", "SD-13", "PR-11", "PR-12", "EV-10", "EV-11"] {
            #expect(added.contains("\"\(id)\""), "\(id) added")
        }
        #expect(JSONWriter.write(json["questionsChanged"] ?? .null).contains("\"PR-01\""), "PR-01 lost its legal duty")
        #expect(Support.run(["report", old, "--format", "json"]).code == 0, "a 1.0.0 file still makes a report")
    }

    /// A folder of 1.0.0 answer files is aggregated against 1.0.0, not refused for the newer version.
    @Test func aggregateOfVersionOneFilesUsesVersionOne() throws {
        let folder = Support.temporaryFolder()
        for i in 1...6 {
            let text = try String(contentsOfFile: Support.fixture("aggregate/respondent-\(i).json"), encoding: .utf8)
            _ = Support.write(
                text.replacingOccurrences(of: "\"1.2.0\"", with: "\"1.0.0\""), named: "r\(i).json", in: folder)
        }
        let result = Support.run(["aggregate", folder.path, "--format", "json", "--min-count", "5"])
        #expect(result.code == 0)
        let json = try JSONParser.parse(result.out)
        #expect(json["framework"]?["version"] == .string("1.0.0"))
        #expect(json["outcome"] == .string("published"))
        #expect(json["filesUsed"] == .number(5) || json["filesUsed"] == .number(10), "6, rounded to base 5")
    }
}

/// An answer file made with framework 1.1.0 (the `servesUnder18s` context, no `dutyList`) still
/// loads against 1.1.0 in every command, and `compare` sets it beside a 1.2.0 one.
@Suite struct ArchivedVersionTests {
    /// A 1.1.0 answer file; `variant` (0 to 5) changes two answers, so variants are different respondents.
    static func file(in folder: URL, name: String = "old.json", variant: Int = 0) -> String {
        let na01 = ["partly", "mostly", "not-in-place"][variant % 3]
        let ev08 = ["fully", "partly"][variant / 3 % 2]
        return Support.write(
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.1.0","context":{"nation":"wales","organisationType":"public-authority","routeToMarket":"grant","servesUnder18s":false},"answers":[{"question":"NA-01","response":"\#(na01)","evidence":"Profile"},{"question":"EV-11","response":"not-in-place"},{"question":"EV-08","response":"\#(ev08)","evidence":"Published"}]}"#,
            named: name, in: folder)
    }

    @Test func everyCommandReadsA110File() throws {
        let folder = Support.temporaryFolder()
        let old = Self.file(in: folder)
        let validated = Support.run(["validate", old])
        #expect(validated.code == 0, "\(validated.err)")
        #expect(validated.out.contains("commissioning-for-equality 1.1.0"))
        let report = Support.run(["report", old, "--format", "json"])
        #expect(report.code == 0)
        let json = try JSONParser.parse(report.out)
        #expect(json["framework"]?["version"] == .string("1.1.0"))
        // 1.1.0 decided the Welsh duties by nation: its own rules, kept as they were.
        #expect(JSONWriter.write(json["legalRisks"] ?? .null).contains("\"EV-11\""))
        #expect(Support.run(["score", old]).code == 0)
        #expect(Support.run(["actions", old, "--format", "csv"]).code == 0)
        let example = Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json").path
        let compared = Support.run(["compare", old, example, "--format", "json"])
        #expect(compared.code == 0, "\(compared.err)")
        let c = try JSONParser.parse(compared.out)
        #expect(c["before"]?["version"] == .string("1.1.0") && c["after"]?["version"] == .string("1.2.0"))
        let added = JSONWriter.write(c["questionsAdded"] ?? .null)
        #expect(added.contains("\"NA-13\"") && added.contains("\"PR-12\""))
        // A folder of 1.1.0 files is aggregated against 1.1.0 (six copies count once).
        let many = Support.temporaryFolder()
        for i in 1...6 { _ = Self.file(in: many, name: "r\(i).json") }
        let copies = Support.run(["aggregate", many.path, "--format", "json", "--min-count", "5"])
        #expect(copies.code == 3, "\(copies.err)")
        for i in 1...6 { _ = Self.file(in: many, name: "r\(i).json", variant: i - 1) }
        let aggregate = Support.run(["aggregate", many.path, "--format", "json", "--min-count", "5"])
        #expect(aggregate.code == 0, "\(aggregate.err)")
        #expect(try JSONParser.parse(aggregate.out)["framework"]?["version"] == .string("1.1.0"))
    }

    /// The same context in a 1.2.0 file is refused for the field 1.2.0 no longer asks.
    @Test func servesUnder18sIsNotAskedByTheCurrentVersion() {
        let folder = Support.temporaryFolder()
        let current = Support.write(
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.2.0","context":{"servesUnder18s":true},"answers":[]}"#,
            named: "new.json", in: folder)
        let result = Support.run(["validate", current])
        #expect(result.code == 65)
        #expect(result.err.contains("does not ask servesUnder18s"))
    }
}
