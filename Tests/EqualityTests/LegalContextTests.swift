import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// Legal duties fit the respondent's situation: the same answers give different legal risks in
/// England and Wales, for a public authority, a provider or a voluntary organisation, and for each
/// route to market. The expected lists are written out from the law, not computed from the data.
@Suite struct LegalContextTests {
    let commissioning = try! BundledData.framework("commissioning-for-equality")!
    let voluntary = try! BundledData.framework("voluntary-organisation-self-assessment")!

    /// Every question answered "not in place", so every question on a duty that applies is a risk.
    func risks(_ framework: Framework, _ context: AssessmentContext) throws -> [String] {
        var set = AnswerSet(framework: framework.id, frameworkVersion: framework.version.description)
        set.context = context
        set.answers = framework.questions.map { Answer(question: $0.id, response: "not-in-place") }
        let validated = try AnswerValidator.validate(set, against: framework, file: "answers")
        return Scorer.assess(validated, framework: framework).legalRisks.map(\.question.id)
    }

    static let equalityAndData = ["NA-02", "NA-04", "SD-01", "SD-03", "SD-04", "PR-10", "EV-04", "EV-06"]

    @Test(arguments: [
        // Nothing stated: every duty is treated as applying.
        (AssessmentContext(), equalityAndData + ["NA-11", "PR-02", "PR-03", "EV-08", "EV-11"]),
        // An English public authority in a covered procurement: English duties, both procurement duties.
        (
            AssessmentContext(nation: .england, organisationType: .publicAuthority, routeToMarket: .procurementAct),
            equalityAndData + ["PR-02", "PR-03", "EV-08"]
        ),
        // A Welsh public authority giving a grant: Welsh duties; no Procurement Act duties; no English ones.
        (
            AssessmentContext(nation: .wales, organisationType: .publicAuthority, routeToMarket: .grant),
            equalityAndData + ["NA-11", "EV-11"]
        ),
        // Below the thresholds: the SME duty (s.86) but not lots (s.18, covered procurements only).
        (
            AssessmentContext(nation: .england, organisationType: .publicAuthority, routeToMarket: .belowThreshold),
            equalityAndData + ["PR-03", "EV-08"]
        ),
        // Health care under the Provider Selection Regime: neither Procurement Act duty.
        (
            AssessmentContext(
                nation: .england, organisationType: .publicAuthority, routeToMarket: .providerSelectionRegime),
            equalityAndData + ["EV-08"]
        ),
        // A provider carrying out public functions: the PSED (s.149(2)) but no specific or procurement duties.
        (
            AssessmentContext(nation: .england, organisationType: .publicFunctions, routeToMarket: .procurementAct),
            equalityAndData
        ),
        // A voluntary organisation in its own work: no PSED; adjustments and data protection still apply.
        (
            AssessmentContext(nation: .wales, organisationType: .voluntaryOrganisation, routeToMarket: .grant),
            ["NA-04", "SD-03", "SD-04", "EV-06"]
        ),
        // Only the nation stated: duties that turn on the organisation or route are treated as applying.
        (AssessmentContext(nation: .wales), equalityAndData + ["NA-11", "PR-02", "PR-03", "EV-11"]),
    ])
    func commissioningRisksFollowTheContext(context: AssessmentContext, expected: [String]) throws {
        let order = commissioning.questions.map(\.id)
        let sorted = expected.sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) }
        #expect(try risks(commissioning, context).sorted() == sorted.sorted())
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
            #expect(text.contains("organisation type, route to market, work with children under 18"))
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
            nation: .wales, organisationType: .publicFunctions, routeToMarket: .belowThreshold, servesUnder18s: true)
        let csv = AnswerCSV.encode(set, framework: commissioning)
        #expect(csv.contains("\r\ncontext:nation,wales,"))
        #expect(csv.contains("\r\ncontext:servesUnder18s,true,"))
        #expect(try AnswerCSV.decode(Array(csv.utf8), file: "a.csv").context == set.context)
        let json = AnswerJSON.encode(set)
        #expect(json.contains("\"servesUnder18s\": true"))
        #expect(try AnswerJSON.decode(Array(json.utf8), file: "a.json").context == set.context)
    }

    @Test func badContextValuesNameTheirPlace() {
        let folder = Support.temporaryFolder()
        let json = Support.write(
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.1.0","context":{"nation":"scotland","servesUnder18s":"maybe"},"answers":[]}"#,
            named: "a.json", in: folder)
        let result = Support.run(["validate", json])
        #expect(result.code == 65)
        #expect(result.err.contains("\(json): context.nation: expected one of: england, wales\n"))
        #expect(result.err.contains("\(json): context.servesUnder18s: expected one of: true or false\n"))
        let csv = Support.write(
            "question,response\r\nframework:id,voluntary-organisation-self-assessment\r\nframework:version,1.1.0\r\ncontext:routeToMarket,grant\r\ncontext:nation,Cymru\r\n",
            named: "v.csv", in: folder)
        let bad = Support.run(["validate", csv])
        #expect(bad.code == 65)
        #expect(bad.err.contains("\(csv): row 5, column response: \"Cymru\" is not one of: england, wales\n"))
        let notAsked = Support.write(
            "question,response\r\nframework:id,voluntary-organisation-self-assessment\r\nframework:version,1.1.0\r\ncontext:routeToMarket,grant\r\n",
            named: "w.csv", in: folder)
        let refused = Support.run(["validate", notAsked])
        #expect(refused.code == 65)
        #expect(refused.err.contains("does not ask routeToMarket"))
    }

    /// A 1.0.0 answer file still loads, against the 1.0.0 framework, and compares with a 1.1.0 one.
    @Test func compareFromVersionOneToOnePointOne() throws {
        let folder = Support.temporaryFolder()
        let old = Support.write(
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.0.0","answers":[{"question":"NA-01","response":"partly"},{"question":"PR-01","response":"not-in-place"}]}"#,
            named: "old.json", in: folder)
        let new = Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json").path
        let result = Support.run(["compare", old, new, "--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let json = try JSONParser.parse(result.out)
        #expect(json["before"]?["version"] == .string("1.0.0"))
        #expect(json["after"]?["version"] == .string("1.1.0"))
        #expect(json["sameFramework"] == .bool(false))
        let added = JSONWriter.write(json["questionsAdded"] ?? .null)
        for id in ["NA-10", "NA-11", "NA-12", "SD-11", "SD-12", "SD-13", "PR-11", "EV-10", "EV-11"] {
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
                text.replacingOccurrences(of: "\"1.1.0\"", with: "\"1.0.0\""), named: "r\(i).json", in: folder)
        }
        let result = Support.run(["aggregate", folder.path, "--format", "json", "--min-count", "5"])
        #expect(result.code == 0)
        let json = try JSONParser.parse(result.out)
        #expect(json["framework"]?["version"] == .string("1.0.0"))
        #expect(json["outcome"] == .string("published"))
        #expect(json["filesUsed"] == .number(5) || json["filesUsed"] == .number(10), "6, rounded to base 5")
    }
}
