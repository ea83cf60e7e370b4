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
            result.err.contains("frameworkVersion: the answers were made for version 0.9.0 but the framework is 1.2.0"))
    }

    @Test(arguments: ["md", "html", "csv", "json"])
    func aggregateMatchesGolden(format: String) {
        let result = Support.run(["aggregate", Self.fixture("aggregate"), "--format", format])
        #expect(result.code == 2, "published, with files left out")
        Support.expectGolden(Self.portable(result.out), "aggregate.\(format)")
    }

    @Test func leftOutFilesAreCountedInPublicAndNamedOnlyInThePrivateLog() throws {
        let folder = Support.temporaryFolder()
        let log = folder.appendingPathComponent("private.log").path
        let result = Support.run(["aggregate", Self.fixture("aggregate"), "--format", "json", "--log", log])
        #expect(result.code == 2)
        for text in [result.out, Support.run(["aggregate", Self.fixture("aggregate"), "--format", "html"]).out] {
            #expect(!text.contains("respondent-"), "a file name was published")
            #expect(!text.contains(".json") && !text.contains("Fixtures"))
            #expect(!text.contains("Office of the Police") && !text.contains("Synthetic commissioner"))
            #expect(!text.contains("Evidence held on file"), "free text was published")
        }
        // The terminal gives published figures only (a multiple of 5, or "1 to 4" for a published 0
        // of files known to be there); the exact ones are in the private log.
        let figure = #/(1 to 4|about [0-9]*[05]) files/#
        #expect(
            result.err.contains(
                "files use voluntary-organisation-self-assessment and were left out: aggregate them with --framework voluntary-organisation-self-assessment"
            ), "\(result.err)")
        #expect(result.err.contains("files failed validation and were left out"))
        for line in result.err.split(separator: "\n") where line.contains("left out") {
            #expect(line.prefixMatch(of: figure) != nil, "an exact count on the terminal: \(line)")
        }
        #expect(!result.err.contains("1 file"))
        let logText = try String(contentsOfFile: log, encoding: .utf8)
        #expect(logText.contains("It names files and gives exact counts: do not publish it."))
        #expect(
            logText.contains(
                "Files read: 27; respondents counted: 25; duplicates counted once: 0; left out: 2 (exact counts)"))
        // The private log is readable by its owner only.
        let mode = try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(logText.contains("respondent-8-broken.json: answers[0].response: unknown response \"sometimes\""))
        #expect(logText.contains("voluntary-organisation.json: answers voluntary-organisation-self-assessment"))
        #expect(logText.contains("respondent-12.json"))
    }

    @Test func theFrameworkOptionDecidesAndOtherFrameworksAreOneLine() throws {
        let result = Support.run([
            "aggregate", Self.fixture("aggregate"), "--framework", "voluntary-organisation-self-assessment",
            "--format", "json",
        ])
        #expect(result.code == 3, "one voluntary answer set is too few to publish")
        #expect(
            result.err.contains(
                "about 25 files use commissioning-for-equality and were left out: aggregate them with --framework commissioning-for-equality"
            ), "\(result.err)")
        #expect(!result.err.contains("unknown question"), "no error per question for another framework's files")
        let json = try JSONParser.parse(result.out)
        #expect(json["framework"]?["id"] == .string("voluntary-organisation-self-assessment"))
        #expect(json["outcome"] == .string("too-few"))
    }

    @Test func tooFewToPublishSaysSoAndPublishesNoFigure() throws {
        let folder = Support.temporaryFolder()
        for i in 1...9 {
            try FileManager.default.copyItem(
                atPath: Self.fixture("aggregate/respondent-\(i == 8 ? 20 : i).json"),
                toPath: folder.appendingPathComponent("r\(i).json").path)
        }
        let result = Support.run(["aggregate", folder.path, "--format", "json"])
        #expect(result.code == 3)
        let json = try JSONParser.parse(result.out)
        #expect(json["outcome"] == .string("too-few"))
        var figures: [String] = []
        func collect(_ v: JSONValue, _ key: String) {
            switch v {
            case .object(let members):
                for m in members
                where !["minCount", "disclosureControl", "filesDuplicate", "filesLeftOut", "framework"].contains(m.key)
                {
                    collect(m.value, m.key)
                }
            case .array(let items): for item in items { collect(item, key) }
            case .number: figures.append(key)
            default: break
            }
        }
        collect(json, "")
        #expect(figures.isEmpty, "figures published: \(figures.prefix(5))")
        #expect(json["filesUsed"] == .string("withheld") && json["filesRead"] == .string("withheld"))
        let md = Support.run(["aggregate", folder.path]).out
        #expect(md.contains("> Nothing can be published: fewer than 10 respondents could be counted"))
        #expect(!md.contains("## Questions"))
    }

    @Test func everyPublishedCountIsAMultipleOfFive() throws {
        let json = try JSONParser.parse(Support.run(["aggregate", Self.fixture("aggregate"), "--format", "json"]).out)
        var counts: [Double] = []
        func collect(_ v: JSONValue, _ key: String) {
            switch v {
            case .object(let members): for m in members { collect(m.value, m.key) }
            case .array(let items): for item in items { collect(item, key) }
            case .number(let n)
            where !["minCount", "roundingBase", "maximumChange"].contains(key) && !key.hasSuffix("Percent")
                && !key.hasSuffix("Points") && key != "meanPoints":
                counts.append(n)
            default: break
            }
        }
        collect(json, "")
        #expect(counts.count > 400)
        #expect(
            counts.allSatisfy { $0.truncatingRemainder(dividingBy: 5) == 0 },
            "\(counts.filter { $0.truncatingRemainder(dividingBy: 5) != 0 }.prefix(5))")
    }

    /// The attacks read the JSON; every other format must publish exactly the same figures.
    @Test func everyFormatPublishesTheSameRoundedFigures() throws {
        let json = try JSONParser.parse(Support.run(["aggregate", Self.fixture("aggregate"), "--format", "json"]).out)
        guard case .array(let questions)? = json["questions"] else {
            Issue.record("no questions")
            return
        }
        let csv = try CSVReader.parse(
            Array(Support.run(["aggregate", Self.fixture("aggregate"), "--format", "csv"]).out.utf8))
        let header = try #require(csv.first?.fields)
        let md = Support.run(["aggregate", Self.fixture("aggregate")]).out
        let html = Support.run(["aggregate", Self.fixture("aggregate"), "--format", "html"]).out
        #expect(csv.count - 1 == questions.count)
        for (row, q) in zip(csv.dropFirst(), questions) {
            guard case .string(let id)? = q["id"], case .object(let responses)? = q["responses"] else { continue }
            var cells: [String] = []
            for (key, value) in responses {
                guard case .number(let n) = value, let column = header.firstIndex(of: "count_\(key)") else { continue }
                #expect(row.fields[column] == String(Int(n)), "\(id) \(key): CSV \(row.fields[column]), JSON \(n)")
                cells.append(String(Int(n)))
            }
            // The Markdown and HTML rows carry the same counts, in the same order.
            let mdRow = try #require(md.split(separator: "\n").first { $0.hasPrefix("| \(id) |") })
            #expect(mdRow.contains(" | " + cells.joined(separator: " | ") + " | "), "\(id) in Markdown")
            let htmlRow = try #require(
                html.components(separatedBy: "\n").first { $0.hasPrefix("<tr><th scope=\"row\">\(id)</th>") })
            #expect(htmlRow.contains(cells.map { "<td class=\"num\">\($0)</td>" }.joined()), "\(id) in HTML")
        }
    }

    @Test func theLogCannotBeThePublishedReport() {
        let result = Support.run(["aggregate", Self.fixture("aggregate"), "-o", "same.md", "--log", "same.md"])
        #expect(result.code == 64)
        #expect(result.err.contains("--log: the private log cannot be the published report"))
    }

    @Test func aggregateIsTheSameWhateverTheNumberOfWorkers() throws {
        let files = try Aggregator.expand([Self.fixture("aggregate")])
        let framework = try BundledData.framework("commissioning-for-equality")!
        let one = AggregateJSON.render(
            AggregateReport(Aggregator.run(files: files, framework: framework, workers: 1), minCount: 10))
        let three = AggregateJSON.render(
            AggregateReport(Aggregator.run(files: files.reversed(), framework: framework, workers: 3), minCount: 10))
        #expect(one == three)
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
