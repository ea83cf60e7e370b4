import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// compare, aggregate and actions.
@Suite struct OverTimeTests {
    static let fixtures = Support.testsFolder.appendingPathComponent("Fixtures")
    static func fixture(_ path: String) -> String { fixtures.appendingPathComponent(path).path }
    /// Golden files must not depend on where the repository is checked out.
    static func portable(_ text: String) -> String {
        text.replacingOccurrences(of: fixtures.path + "/", with: "Fixtures/")
    }

    @Test(arguments: ["md", "html", "json"])
    func compareSameVersionMatchesGolden(format: String) {
        let result = Support.run([
            "compare", Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json").path,
            Self.fixture("compare/after-commissioning.json"), "--format", format,
        ])
        #expect(result.code == 0)
        Support.expectGolden(result.out, "compare-same-version.\(format)")
    }

    @Test func compareAcrossVersionsSaysWhatChangedAndComparesLikeWithLike() throws {
        let result = Support.run([
            "compare", "--before-framework", Self.fixture("compare/commissioning-0.9.0.json"),
            Self.fixture("compare/before-0.9.0.json"), Self.fixture("compare/after-commissioning.json"), "--format",
            "json",
        ])
        #expect(result.code == 0, "\(result.err)")
        Support.expectGolden(result.out, "compare-across-versions.json")
        let json = try JSONParser.parse(result.out)
        #expect(json["questionsAdded"] == .array([.string("EV-09")]))
        #expect(
            json["questionsChanged"]
                == .array([
                    .object([("question", .string("NA-03")), ("what", .array([.string("question wording")]))]),
                    .object([("question", .string("SD-02")), ("what", .array([.string("weight (1 → 2)")]))]),
                ]))
        #expect(json["comparedQuestions"] == .number(35))
        // NA-04 went from don't know to mostly (risk closed); EV-06 from not in place to partly (still a risk);
        // NA-02 from fully to partly (risk opened); SD-06 became fully in place with evidence (action done).
        #expect(json["legalRisksClosed"]?.arrayCount == 1)
        #expect(JSONWriter.write(json["legalRisksClosed"]!).contains("\"NA-04\""))
        #expect(JSONWriter.write(json["legalRisksOpened"]!).contains("\"NA-02\""))
        #expect(json["actionsDone"] == .array([.string("A-SD-06")]))
    }

    @Test func compareWithoutTheEarlierFrameworkExplainsTheVersionMismatch() {
        let result = Support.run([
            "compare", Self.fixture("compare/before-0.9.0.json"), Self.fixture("compare/after-commissioning.json"),
        ])
        #expect(result.code == 65)
        #expect(
            result.err.contains("frameworkVersion: the answers were made for version 0.9.0 but the framework is 1.1.0"))
    }

    @Test(arguments: ["md", "html", "csv", "json"])
    func aggregateMatchesGolden(format: String) {
        let result = Support.run(["aggregate", Self.fixture("aggregate"), "--format", format])
        #expect(result.code == 0)
        Support.expectGolden(Self.portable(result.out), "aggregate.\(format)")
    }

    @Test func fileFailingValidationIsReportedAndSkipped() throws {
        let result = Support.run(["aggregate", Self.fixture("aggregate"), "--format", "json"])
        let json = try JSONParser.parse(result.out)
        #expect(json["files"] == .number(8))
        #expect(json["respondents"] == .number(7))
        #expect(
            Self.portable(JSONWriter.write(json["excluded"]!)).contains("Fixtures/aggregate/respondent-8-broken.json"))
        #expect(Self.portable(JSONWriter.write(json["excluded"]!)).contains("answers[0].response: unknown response"))
    }

    @Test func fourRespondentsAtMinCountFivePrintNoCountAverageOrShare() throws {
        let folder = Support.temporaryFolder()
        for i in 1...4 {
            try FileManager.default.copyItem(
                atPath: Self.fixture("aggregate/respondent-\(i).json"),
                toPath: folder.appendingPathComponent("r\(i).json").path)
        }
        let json = try JSONParser.parse(
            Support.run(["aggregate", folder.path, "--format", "json", "--min-count", "5"]).out)
        var figures: [JSONValue] = []
        func collect(_ v: JSONValue, _ key: String) {
            switch v {
            case .object(let members):
                for m in members where !["minCount", "files", "framework", "suppression", "excluded"].contains(m.key) {
                    collect(m.value, m.key)
                }
            case .array(let items): for item in items { collect(item, key) }
            case .number: figures.append(v)
            default: break
            }
        }
        collect(json, "")
        #expect(figures.isEmpty, "numbers published: \(figures.prefix(5))")
        #expect(json["respondents"] == .string("suppressed"))
        #expect(json["meanOverallPercent"] == .string("suppressed"))
        #expect(json["respondentsWithLegalRiskPercent"] == .string("suppressed"))
        let md = Support.run(["aggregate", folder.path, "--min-count", "5"]).out
        for line in md.split(separator: "\n")
        where line.hasPrefix("| ") && !line.hasPrefix("| ---") && !line.hasPrefix("| Question")
            && !line.hasPrefix("| Stage") && !line.hasPrefix("| Band")
        {
            let cells = line.split(separator: "|").dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(
                cells.allSatisfy { $0.rangeOfCharacter(from: .decimalDigits) == nil || $0.contains("-") }, "\(line)")
        }
        #expect(!md.contains("Fictional commissioner"), "no respondent is named")
    }

    @Test func noRowHasASingleSuppressedCellThatSubtractionWouldReveal() throws {
        let files = try Aggregator.expand([Self.fixture("aggregate")])
        let framework = try BundledData.framework("commissioning-for-equality")!
        let report = AggregateReport(Aggregator.run(files: files, framework: framework), minCount: 5)
        let rows = [report.overallBands] + report.stages.map(\.bands) + report.questions.map(\.counts)
        for row in rows {
            #expect(row.filter { $0 == .suppressed }.count != 1, "\(row)")
        }
        #expect(AggregateReport.protect([.value(7), .suppressed, .value(9)]) == [.suppressed, .suppressed, .value(9)])
        #expect(AggregateReport.protect([.value(7), .value(9)]) == [.value(7), .value(9)])
    }

    @Test func aggregateIsTheSameWhateverTheNumberOfWorkers() throws {
        let files = try Aggregator.expand([Self.fixture("aggregate")])
        let framework = try BundledData.framework("commissioning-for-equality")!
        let one = AggregateJSON.render(
            AggregateReport(Aggregator.run(files: files, framework: framework, workers: 1), minCount: 1))
        let three = AggregateJSON.render(
            AggregateReport(Aggregator.run(files: files.reversed(), framework: framework, workers: 3), minCount: 1))
        let strip = { (s: String) in s.components(separatedBy: "\"excluded\"")[0] }
        #expect(strip(one) == strip(three))
    }

    @Test func actionsCSVIsStableAndFormulaSafe() throws {
        let result = Support.run(["actions", "--example"])
        #expect(result.code == 0)
        Support.expectGolden(result.out, "actions-commissioning.csv")
        var fw = try Support.bundledJSON("commissioning-for-equality")
        fw = JSONEdit.set(
            fw, JSONEdit.path("questions[0].recommendations.mostly"), to: .string("=HYPERLINK(\"http://evil.example\")")
        )
        fw = JSONEdit.set(fw, JSONEdit.path("questions[0].guidance"), to: .string("@SUM(1)"))
        let folder = Support.temporaryFolder()
        let path = Support.write(JSONWriter.write(fw), named: "fw.json", in: folder)
        let csv = Support.run([
            "actions", Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json").path,
            "--framework", path,
        ]).out
        #expect(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@SUM(1),"))
        for record in try CSVReader.parse(Array(csv.utf8)) {
            for cell in record.fields { #expect(!["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? "")) }
        }
    }

    @Test(arguments: ["md", "html"])
    func actionsInOtherFormats(format: String) {
        let result = Support.run(["actions", "--example", "voluntary", "--format", format])
        #expect(result.code == 0)
        #expect(result.out.contains("A-DS-05"))
        #expect(result.out.contains("Owner"))
    }
}

extension JSONValue {
    var arrayCount: Int? { if case .array(let items) = self { return items.count } else { return nil } }
}
