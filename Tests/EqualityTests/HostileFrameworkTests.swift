import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// A framework given with `--framework PATH` is as untrusted as an answer file: every text field
/// (titles, stage and band names, question wording, guidance, recommendations, group and
/// characteristic names, legal-duty names, profile labels, network wording) and every source in the
/// register carries each hostile payload, through every output format. IDs stay restricted by the
/// validator. The assertions read the actual outputs.
@Suite struct HostileFrameworkTests {
    /// Framework keys whose string values are free text (IDs, references and kinds are not).
    static let textKeys: Set<String> = [
        "title", "purpose", "audience", "name", "description", "reference", "note", "help", "label", "signpost",
        "introduction", "membershipNote", "noCategoryNote", "text", "guidance", "evidencePrompts", "rules", "appliesTo",
        "not-in-place", "partly", "mostly",
    ]
    static let sourceKeys: Set<String> = ["citeAs", "title", "publisher", "date", "kind", "takes", "summary"]

    /// Replaces every free-text string under `keys` with `text`.
    static func replacingText(_ value: JSONValue, keys: Set<String>, with text: String, under key: String? = nil)
        -> JSONValue
    {
        switch value {
        case .string: return key.map { keys.contains($0) } == true ? .string(text) : value
        case .array(let items): return .array(items.map { replacingText($0, keys: keys, with: text, under: key) })
        case .object(let members):
            // Recommendations are keyed by response ID; their values are text.
            return .object(members.map { ($0.key, replacingText($0.value, keys: keys, with: text, under: $0.key)) })
        default: return value
        }
    }

    struct Hostile {
        var framework: Framework
        var sources: SourceRegister
        var frameworkJSON: String
    }

    static func hostile(_ text: String, id: String) throws -> Hostile {
        let register = try JSONParser.parse(BundledData.sourceRegisterBytes)
        let sources = try SourceRegister.decode(
            Array(JSONWriter.write(replacingText(register, keys: sourceKeys, with: text)).utf8), file: "sources")
        let original = try JSONParser.parse(BundledData.frameworkBytes(id) ?? [])
        let json = JSONWriter.write(replacingText(original, keys: textKeys, with: text))
        let framework = try FrameworkLoader.load(Array(json.utf8), file: "hostile.json", sources: sources)
        return Hostile(framework: framework, sources: sources, frameworkJSON: json)
    }

    /// Answers that exercise every path: each response, evidence, notes, a full profile.
    static func answers(_ framework: Framework, shift: Int = 0) throws -> AnswerSet {
        let responses = ["fully", "partly", "not-applicable", "dont-know", "mostly", "not-in-place", ""]
        var set = AnswerSet(
            framework: framework.id, frameworkVersion: framework.version.description,
            respondent: Respondent(organisation: "Org", role: "Role", exercise: "Exercise", date: "2026-11-25"))
        for (i, q) in framework.questions.enumerated() {
            let response = responses[(i + shift) % responses.count]
            set.answers.append(
                Answer(question: q.id, response: response, evidence: i % 2 == 0 ? "seen" : "", notes: "because"))
        }
        for field in framework.profile?.fields ?? [] {
            switch field.kind {
            // Totals of 10, parts of 4 and 3 who prefer not to say: a valid profile.
            case .count:
                set.profile[field.id] = .count(
                    field.id.hasSuffix("-total") ? 10 : field.id.hasSuffix("-undisclosed") ? 3 : 4)
            case .yesNo: set.profile[field.id] = .yesNo(shift % 2 == 0)
            case .choices: set.profile[field.id] = .choices(field.options.map(\.id))
            }
        }
        return try AnswerValidator.validate(set, against: framework, file: "answers")
    }

    /// Every output the tool can make from one framework, by name.
    /// The documents behind every command's declared formats, made with `h`: typed text reaches
    /// the aggregate here, through the framework's own wording.
    static func documents(_ h: Hostile) throws -> HostileInputTests.Documents {
        let fw = h.framework
        let report = GapReport(
            assessment: Scorer.assess(try answers(fw), framework: fw), date: "2026-11-25", register: h.sources)
        let later = Scorer.assess(try answers(fw, shift: 3), framework: fw)
        var tally = AggregateTally(framework: fw)
        for shift in 0..<7 { tally.add(Scorer.summary(try answers(fw, shift: shift), framework: fw)) }
        var d = try HostileInputTests.documents(report, after: later)
        d.comparison = Comparison(before: report.assessment, after: later)
        d.aggregate = AggregateReport(
            Aggregator.Result(
                framework: fw, tally: tally, fileNames: (0..<7).map { "answers-\($0).json" }, excluded: []),
            minCount: 2)
        return d
    }

    /// What has no declared format list: the questionnaire, the form and the terminal summary.
    static func outputs(_ h: Hostile) throws -> [String: String] {
        let fw = h.framework
        let set = try answers(fw)
        let report = GapReport(assessment: Scorer.assess(set, framework: fw), date: "2026-11-25", register: h.sources)
        return [
            "score.txt": ScoreSummary.render(report, colour: true),
            "questionnaire.md": QuestionnaireMarkdown.render(fw, sources: h.sources),
            "questionnaire.html": QuestionnaireHTML.render(fw, sources: h.sources),
            "questionnaire.csv": QuestionnaireCSV.render(fw),
            "questionnaire.json": QuestionnaireJSON.render(fw, sources: h.sources),
            "filled.md": QuestionnaireMarkdown.render(fw, sources: h.sources, answers: set),
            "filled.html": QuestionnaireHTML.render(fw, sources: h.sources, answers: set),
            "form.html": QuestionnaireForm.render(fw, sources: h.sources),
        ]
    }

    static let formTags: Set<String> = [
        "form", "fieldset", "legend", "label", "input", "button", "textarea", "details", "summary", "select", "option",
    ]

    /// The form's two script blocks are its own: the data block must parse as JSON and hold no `<`,
    /// the other must be the constant script. What remains is checked like any page.
    static func checkForm(
        _ html: String, payload: String, script: String = QuestionnaireForm.script, svgCount: Int = 0
    ) throws {
        let blocks = html.components(separatedBy: "<script")
        #expect(blocks.count == 3, "exactly two script blocks")
        guard blocks.count == 3, let dataEnd = blocks[1].range(of: "</script>"),
            let codeEnd = blocks[2].range(of: "</script>")
        else { return }
        let data = String(blocks[1][..<dataEnd.lowerBound].drop { $0 != ">" }.dropFirst())
        #expect(!data.contains("<") && !data.contains(">") && !data.contains("&"))
        _ = try JSONParser.parse(data)
        let code = String(blocks[2][..<codeEnd.lowerBound].drop { $0 != ">" }.dropFirst())
        #expect(code == "\n" + script, "the form's script is the constant one")
        let rest = blocks[0] + String(blocks[1][dataEnd.upperBound...]) + String(blocks[2][codeEnd.upperBound...])
        HostileInputTests.checkHTML(
            rest, payload: payload, svgCount: svgCount, extraTags: formTags.union(["symbol", "use", "g", "path"]))
    }

    static func checkCSV(_ csv: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let records = try CSVReader.parse(Array(csv.utf8))
        let width = records.first?.fields.count ?? 0
        for record in records {
            #expect(
                record.fields.count == width, "row at line \(record.line) has \(record.fields.count) cells",
                sourceLocation: sourceLocation)
            for cell in record.fields {
                if let first = cell.unicodeScalars.first {
                    #expect(
                        !["=", "+", "-", "@", "\t", "\r"].contains(first), "formula cell \(cell.prefix(20))",
                        sourceLocation: sourceLocation)
                }
            }
        }
    }

    /// The same outputs from plain text, made once: the Markdown structure must not change.
    static let baselines: [String: [String: String]] = {
        var result: [String: [String: String]] = [:]
        for id in BundledData.frameworkIDs { result[id] = try? outputs(try hostile("plain text", id: id)) }
        return result
    }()

    static let baselineRenders: [String: HostileInputTests.Renders] = {
        var result: [String: HostileInputTests.Renders] = [:]
        for id in BundledData.frameworkIDs {
            result[id] = (try? documents(try hostile("plain text", id: id))).map(HostileInputTests.Renders.init)
        }
        return result
    }()

    @Test(arguments: HostileInputTests.payloads)
    func everyFormatNeutralisesAHostileFramework(payload: String) throws {
        for id in BundledData.frameworkIDs {
            let hostile = try Self.hostile(payload, id: id)
            let plain = try #require(Self.baselineRenders[id])
            try HostileInputTests.checkEveryFormat(try Self.documents(hostile), against: plain, payload: payload)
            let outputs = try Self.outputs(hostile)
            let baseline = try #require(Self.baselines[id])
            for (name, text) in outputs.sorted(by: { $0.key < $1.key }) {
                let place = "\(id) \(name) with payload \(payload.prefix(30).debugDescription)"
                switch name {
                case "form.html": try Self.checkForm(text, payload: place)
                case _ where name.hasSuffix(".html"): HostileInputTests.checkHTML(text, payload: place, svgCount: 0)
                case _ where name.hasSuffix(".md"):
                    let tasks = { (s: String) in
                        s.replacingOccurrences(of: "- [ ]", with: "- ☐").replacingOccurrences(of: "- [x]", with: "- ☒")
                    }
                    HostileInputTests.checkMarkdown(tasks(text), baseline: tasks(baseline[name] ?? ""), payload: place)
                case _ where name.hasSuffix(".json"):
                    _ = try JSONParser.parse(text)
                    #expect(
                        !HostileInputTests.hasUnsafeScalars(text.replacingOccurrences(of: "\n", with: "")), "\(place)")
                case _ where name.hasSuffix(".csv"): try Self.checkCSV(text)
                default:
                    // Terminal text: the tool's own colour codes only, nothing else unprintable.
                    let own = text.replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(
                        of: "\u{1B}[31;1m", with: ""
                    )
                    .replacingOccurrences(of: "\u{1B}[0m", with: "")
                    #expect(!HostileInputTests.hasUnsafeScalars(own), "\(place)")
                }
            }
        }
    }

    /// The same framework as a file, through the real commands: `--framework PATH` for a report,
    /// the interview and validation.
    @Test(arguments: HostileInputTests.payloads)
    func commandsTakingAFrameworkPathNeutraliseIt(payload: String) throws {
        let h = try Self.hostile(payload, id: "commissioning-for-equality")
        // The bundled register is used by the commands, so the framework alone carries the payload here.
        guard
            let framework = try? FrameworkLoader.load(
                Array(h.frameworkJSON.utf8), file: "f", sources: BundledData.sources())
        else {
            Issue.record("hostile framework did not load with the bundled register")
            return
        }
        let folder = Support.temporaryFolder()
        let path = Support.write(h.frameworkJSON, named: "hostile.json", in: folder)
        let answers = Support.write(AnswerJSON.encode(try Self.answers(framework)), named: "answers.json", in: folder)
        let html = Support.run(["report", answers, "--framework", path, "--format", "html"])
        #expect(html.code == 0, "\(html.err)")
        HostileInputTests.checkHTML(html.out, payload: payload, svgCount: 1, extraTags: ["nav", "a"])
        let score = Support.run(["score", answers, "--framework", path])
        #expect(score.code == 0 && !HostileInputTests.hasUnsafeScalars(score.out))
        let validate = Support.run(["validate", path])
        #expect(validate.code == 0 && !HostileInputTests.hasUnsafeScalars(validate.out + validate.err))
        let context = CommandContext(environment: [:], input: ["org", "", "", "", "", "g", "2", "", "", "?", "q"])
        #expect(
            CommandLineTool.run(
                ["ask", "--framework", path, "-o", folder.appendingPathComponent("a.json").path], context: context) == 0
        )
        #expect(!HostileInputTests.hasUnsafeScalars(context.standardOutput), "interview output")
    }
}
