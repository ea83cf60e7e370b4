import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// Broken variants of a bundled framework, each giving its exact, path-bearing messages and exit 65.
@Suite struct BrokenFrameworkTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var framework = "commissioning-for-equality"
        var edits: [(String, JSONValue?)]
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "misspelt stage", edits: [("questions[12].stage", .string("procuremnt"))],
            expected: [
                #"questions[12].stage: unknown stage "procuremnt" (did you mean "procurement"? known: needs-assessment, design, procurement, evaluation)"#
            ]),
        Case(
            name: "duplicate question ID", edits: [("questions[1].id", .string("NA-01"))],
            expected: [#"questions[1].id: duplicate question ID "NA-01" (also at questions[0].id)"#]),
        Case(
            name: "unknown source", edits: [("questions[0].citations[0].source", .string("CLINKS-2051"))],
            expected: [
                #"questions[0].citations[0].source: unknown source "CLINKS-2051" (did you mean "CLINKS-2015"? known: CLINKS-2015, WEBSTER-2015, CLINKS-RACE, CLINKS-RJN-BLOG, CLINKS-RJN, EQUALITY-ACT-2010, SPECIFIC-DUTIES-2017, BROWN-2008, UK-GDPR, LAMMY-2017, YOUNG-2014, PROCUREMENT-ACT-2023, SOCIAL-VALUE-2012, SOCIAL-VALUE-MODEL, NHS-EDS-2022, LGA-EFLG, OWASP-SAMM, PPN-002, SPPP-WALES-2023, DPA-2018, WALES-DUTIES-2011, SED-WALES-2021, PSR-2023, PSR-WALES-2025, CHARITIES-ACT-2011, CHARITIES-PSI-2016, SUBSIDY-CONTROL-2022, BRACKING-2013, FWS-2025); sources are listed in seeds/sources.json"#
            ]),
        Case(
            name: "unknown point of a source", edits: [("questions[0].citations[0].point", .string("CS9"))],
            expected: [
                #"questions[0].citations[0].point: unknown point of CLINKS-2015 "CS9" (did you mean "CS1"? known: LP1, LP2, LP3, LP4, LP5, LP6, LP7, LP8, LP9, CS1, CS2, CS3, CS4, CS5, CS6, CS7, CS8, examples, cycle, families)"#
            ]),
        Case(
            name: "condition on an unknown question", edits: [("questions[25].condition.question", .string("PR-66"))],
            expected: [
                #"questions[25].condition.question: unknown question "PR-66" (did you mean "PR-06"? known: NA-01, NA-02, NA-03, NA-04, NA-05, NA-06, NA-07, NA-08, NA-09, SD-01, SD-02, SD-03, SD-04, SD-05, SD-06, SD-07, SD-08, SD-09, SD-10, PR-01, PR-02, PR-03, PR-04, PR-05, PR-06, PR-07, PR-08, PR-09, PR-10, EV-01, EV-02, EV-03, EV-04, EV-05, EV-06, EV-07, EV-08, EV-09)"#
            ]),
        Case(
            name: "condition cycle",
            edits: [
                (
                    "questions[0].condition",
                    .object([("question", .string("NA-02")), ("responses", .array([.string("fully")]))])
                ),
                (
                    "questions[1].condition",
                    .object([("question", .string("NA-03")), ("responses", .array([.string("fully")]))])
                ),
                (
                    "questions[2].condition",
                    .object([("question", .string("NA-01")), ("responses", .array([.string("fully")]))])
                ),
            ],
            expected: [
                "questions[0].condition: condition cycle: NA-01 → NA-02 → NA-03 → NA-01; a question cannot depend, even indirectly, on itself"
            ]),
        Case(
            name: "question depends on itself",
            edits: [
                (
                    "questions[0].condition",
                    .object([("question", .string("NA-01")), ("responses", .array([.string("fully")]))])
                )
            ],
            expected: ["questions[0].condition.question: a question cannot depend on its own answer"]),
        Case(
            name: "gap between bands", edits: [("bands[1].min", .number(30))],
            expected: ["bands[1].min: gap: no band covers 25 to 30 per cent; set min to 25"]),
        Case(
            name: "overlapping bands", edits: [("bands[2].min", .number(60))],
            expected: ["bands[2].min: overlap: 60 is below the previous band's max (65); set min to 65"]),
        Case(
            name: "bands stop short of 100", edits: [("bands[3].max", .number(95))],
            expected: ["bands[3].max: the last band must end at 100, found 95"]),
        Case(
            name: "bands start above 0", edits: [("bands[0].min", .number(5))],
            expected: ["bands[0].min: the first band must start at 0, found 5; scores from 0 would have no band"]),
        Case(
            name: "stage with no questions", framework: "voluntary-organisation-self-assessment",
            edits: (21...27).map { ("questions[\($0)].stage", .string("design")) },
            expected: [#"questions: stage "evaluation" has no questions; every stage needs at least one"#]),
        Case(
            name: "version not semantic", edits: [("version", .string("1.0"))],
            expected: [#"version: "1.0" is not a semantic version (write MAJOR.MINOR.PATCH, e.g. 1.0.0)"#]),
        Case(
            name: "misspelt field name",
            edits: [("questions[0].guidance", nil), ("questions[0].guidence", .string("x"))],
            expected: [
                #"questions[0].guidence: unknown field (did you mean "guidance"?)"#,
                "questions[0].guidance: required field is missing",
            ]),
        Case(
            name: "unknown group", edits: [("questions[6].concerns[1]", .string("woman"))],
            expected: [
                #"questions[6].concerns[1]: unknown group or characteristic "woman" (did you mean "women"? known: age, disability, gender-reassignment, marriage-and-civil-partnership, pregnancy-and-maternity, race, religion-or-belief, sex, sexual-orientation, muslim-young-men, older-people, gay-and-bisexual-men, people-with-learning-disabilities, women, racially-minoritised-people, care-leavers, foreign-nationals, veterans)"#
            ]),
        Case(
            name: "unknown legal duty", edits: [("questions[1].legalDuty", .string("pse"))],
            expected: [
                #"questions[1].legalDuty: unknown legal duty "pse" (did you mean "psed"? known: psed, reasonable-adjustments, data-protection, specific-duties, procurement-sme-barriers, procurement-lots)"#
            ]),
        Case(
            name: "zero weight", edits: [("questions[0].weight", .number(0))],
            expected: ["questions[0].weight: weight must be more than 0 and at most 10, found 0"]),
        Case(
            name: "wrong type", edits: [("questions[0].weight", .string("2"))],
            expected: ["questions[0].weight: expected a number, found a string"]),
        Case(
            name: "missing recommendation", edits: [("questions[3].recommendations.partly", nil)],
            expected: ["questions[3].recommendations.partly: required field is missing"]),
        Case(
            name: "secondary stage repeats primary",
            edits: [("questions[2].alsoStages[0]", .string("needs-assessment"))],
            expected: [#"questions[2].alsoStages[0]: "needs-assessment" is already the primary stage"#]),
        Case(
            name: "network rule on an unknown field", framework: "voluntary-organisation-self-assessment",
            edits: [("profile.network.categories[1].rule.field", .string("purpose"))],
            expected: [
                #"profile.network.categories[1].rule.field: unknown profile field "purpose" (did you mean "purpose-minoritised"? known: board-total, board-minoritised, senior-total, senior-minoritised, purpose-minoritised, project-minoritised, works-with-minoritised, clinks-member, capacity-needs)"#
            ]),
        Case(
            name: "several errors reported together",
            edits: [
                ("questions[0].stage", .string("buying")), ("questions[5].id", .string("na-6")),
                ("scale.responses[4].points", .number(1)),
            ],
            expected: [
                #"scale.responses[4].points: not-applicable is excluded from scoring and has no points"#,
                #"questions[0].stage: unknown stage "buying" (known: needs-assessment, design, procurement, evaluation)"#,
                #"questions[5].id: "na-6" is not a question ID; use capital letters, a hyphen and two or three digits, e.g. PR-04"#,
            ]),
    ]

    /// Broken variants of the current frameworks' context rules: context, where duties apply and
    /// where questions are asked, implied categories.
    static let contextCases: [Case] = [
        Case(
            name: "duty condition on a field the framework does not ask",
            framework: "voluntary-organisation-self-assessment",
            edits: [("legalDuties[0].appliesWhen.routeToMarket", .array([.string("grant")]))],
            expected: [
                #"legalDuties[0].appliesWhen.routeToMarket: the framework does not ask routeToMarket (add it to "context"), so this condition could never be met"#
            ]),
        Case(
            name: "duty condition with an unknown value",
            edits: [("legalDuties[3].appliesWhen.nation", .array([.string("scotland")]))],
            expected: [
                #"legalDuties[3].appliesWhen.nation: unknown nation value "scotland" (known: england, wales)"#
            ]),
        Case(
            name: "unknown context field",
            edits: [
                (
                    "context",
                    .array(
                        ["nation", "organisationType", "routeToMarket", "dutyList", "country"].map(JSONValue.string))
                )
            ],
            expected: [
                #"context[4]: unknown context field "country" (known: nation, organisationType, routeToMarket, dutyList, servesUnder18s)"#
            ]),
        Case(
            name: "question asked only on a field the framework does not ask",
            framework: "voluntary-organisation-self-assessment",
            edits: [("questions[0].askedWhen", .object([("dutyList", .array([.string("uk-list")]))]))],
            expected: [
                #"questions[0].askedWhen.dutyList: the framework does not ask dutyList (add it to "context"), so this question would never be left out"#
            ]),
        Case(
            name: "question asked only for an unknown value",
            edits: [("questions[0].askedWhen", .object([("dutyList", .array([.string("scottish-list")]))]))],
            expected: [
                #"questions[0].askedWhen.dutyList: unknown dutyList value "scottish-list" (known: uk-list, welsh-list-socio-economic, welsh-list, not-listed, dont-know)"#
            ]),
        Case(
            name: "question asked only under an empty list",
            edits: [("questions[0].askedWhen", .object([("routeToMarket", .array([]))]))],
            expected: [
                #"questions[0].askedWhen.routeToMarket: expected a non-empty list of the values under which the question is asked"#
            ]),
        Case(
            name: "category implied by a category that does not exist",
            framework: "voluntary-organisation-self-assessment",
            edits: [("profile.network.categories[3].impliedBy", .array([.number(7)]))],
            expected: [#"profile.network.categories[3].impliedBy[0]: no category 7 (categories: 1, 2, 3, 4)"#]),
    ]

    @Test(arguments: contextCases)
    func brokenContextRulesAreRejected(_ c: Case) throws {
        var json = try JSONParser.parse(BundledData.frameworkBytes(c.framework) ?? [])
        for (path, value) in c.edits {
            json = JSONEdit.set(json, JSONEdit.path(path), to: value)
        }
        let file = Support.write(JSONWriter.write(json), named: "broken.json", in: Support.temporaryFolder())
        let result = Support.run(["validate", file])
        #expect(result.code == 65)
        #expect(result.err == c.expected.map { "\(file): \($0)\n" }.joined())
    }

    /// The cases below edit the 1.0.0 frameworks (kept in Frameworks/archive), so their paths stay put.
    @Test(arguments: cases)
    func brokenFrameworkIsRejectedWithItsMessage(_ c: Case) throws {
        var json = try JSONParser.parse(BundledData.archivedFrameworkBytes(c.framework, version: "1.0.0") ?? [])
        for (path, value) in c.edits {
            json = JSONEdit.set(json, JSONEdit.path(path), to: value)
        }
        let folder = Support.temporaryFolder()
        let file = Support.write(JSONWriter.write(json), named: "broken.json", in: folder)
        let result = Support.run(["validate", file])
        #expect(result.code == 65)
        #expect(result.out == "")
        #expect(result.err == c.expected.map { "\(file): \($0)\n" }.joined())
    }

    @Test func twelveOrMoreCases() {
        #expect(Self.cases.count >= 12)
    }

    @Test func truncatedFileGivesLineAndColumn() {
        let folder = Support.temporaryFolder()
        let text = String(
            decoding: BundledData.frameworkBytes("commissioning-for-equality")!.prefix(200), as: UTF8.self)
        let file = Support.write(text, named: "truncated.json", in: folder)
        let result = Support.run(["validate", file])
        #expect(result.code == 65)
        #expect(result.err.hasPrefix("\(file): line "))
        #expect(result.err.split(separator: "\n").count == 1)
    }

    @Test func validFrameworkFileIsAccepted() {
        let folder = Support.temporaryFolder()
        let bytes = BundledData.frameworkBytes("voluntary-organisation-self-assessment") ?? []
        let file = Support.write(bytes, named: "ok.json", in: folder)
        let result = Support.run(["validate", file])
        #expect(result.code == 0)
        let count = (try? BundledData.framework("voluntary-organisation-self-assessment"))??.questions.count ?? 0
        #expect(
            result.out == "\(file): ok (framework voluntary-organisation-self-assessment 1.2.0, \(count) questions)\n")
    }

    @Test func adaptedFrameworkCanBeUsedByPath() throws {
        var json = try Support.bundledJSON("commissioning-for-equality")
        json = JSONEdit.set(json, JSONEdit.path("title"), to: .string("Adapted for the North West"))
        let folder = Support.temporaryFolder()
        let file = Support.write(JSONWriter.write(json), named: "adapted.json", in: folder)
        let result = Support.run(["questionnaire", "--framework", file, "--format", "md"])
        #expect(result.code == 0)
        #expect(result.out.hasPrefix("# Adapted for the North West: questionnaire\n"))
    }
}
