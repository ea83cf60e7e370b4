import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// What the first page says is what the JSON report says. For random answer sets (both
/// frameworks, random legal contexts, some provisional, some all not applicable, some with nothing
/// answered, some final, some consensus drafts from `perspectives`), the summary of the Markdown,
/// HTML, Word and Easy Read reports is read back as text, and its status, completion, provisional
/// flag, legal-risk count and top five actions are compared with the JSON report's. The action
/// plan's first five rows are the top five, in order.
@Suite struct ClaimsTests {
    struct Claims: Equatable, CustomStringConvertible {
        var status: String
        var answered: Int
        var total: Int
        var provisional: Bool
        var legalRisks: Int
        var topFive: [String]

        var description: String {
            "\(status); \(answered) of \(total); provisional \(provisional); \(legalRisks) legal risks; top \(topFive)"
        }
    }

    typealias Rng = FuzzTests.SplitMix64

    // MARK: Reading the rendered text

    static func firstMatch(_ pattern: String, in text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
            let m = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        else { return nil }
        return (0..<m.numberOfRanges).map { i in
            Range(m.range(at: i), in: text).map { String(text[$0]) } ?? ""
        }
    }

    static func allMatches(_ pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static func count(_ text: String) -> Int { text == "none" ? 0 : Int(text) ?? -1 }

    static func statusLabel(_ id: String) -> String {
        ["draft": "Draft", "final": "Final", "draft-for-agreement": "Draft for agreement"][id] ?? id
    }

    static func fromJSON(_ text: String) throws -> (Claims, actions: [String]) {
        let json = try JSONParser.parse(Array(text.utf8))
        func string(_ v: JSONValue?) -> String { if case .string(let s)? = v { return s } else { return "" } }
        func number(_ v: JSONValue?) -> Int { if case .number(let n)? = v { return Int(n) } else { return -1 } }
        func array(_ v: JSONValue?) -> [JSONValue] { if case .array(let a)? = v { return a } else { return [] } }
        let completion = json["completion"]
        let claims = Claims(
            status: statusLabel(string(json["status"])), answered: number(completion?["answered"]),
            total: number(completion?["total"]), provisional: completion?["provisional"] == .bool(true),
            legalRisks: array(json["legalRisks"]).count, topFive: array(json["topGaps"]).map { string($0) })
        return (claims, array(json["actions"]).map { string($0["id"]) })
    }

    static func fromMarkdown(_ text: String) -> Claims {
        let page = String(text[..<(text.range(of: "\n## Scores by stage")?.lowerBound ?? text.endIndex)])
        let completion = firstMatch(#"\| Completion \| (\d+) of (\d+) questions answered"#, in: page) ?? []
        let top = page.range(of: "priority actions").map { String(page[$0.upperBound...]) } ?? ""
        let topRows = String(top[..<(top.range(of: "**Sign-off")?.lowerBound ?? top.endIndex)])
        return Claims(
            status: firstMatch(#"\| Status \| \*\*([^*]+)\*\* \|"#, in: page)?[1] ?? "?",
            answered: Int(completion.dropFirst().first ?? "") ?? -1, total: Int(completion.last ?? "") ?? -1,
            provisional: page.contains("> **Provisional:**"),
            legalRisks: count(firstMatch(#"### Legal risks: (\w+)"#, in: page)?[1] ?? "?"),
            topFive: allMatches(#"(?m)^\| \*\*([A-Z]+-\d+)\*\* "#, in: topRows))
    }

    static func fromHTML(_ text: String) -> Claims {
        let page = String(text[..<(text.range(of: "<section id=\"scores\"")?.lowerBound ?? text.endIndex)])
        let completion =
            firstMatch(#"<th scope="row">Completion</th><td>(\d+) of (\d+) questions answered"#, in: page) ?? []
        let top = firstMatch(#"<table class="top-actions">(.*?)</table>"#, in: page)?[1] ?? ""
        return Claims(
            status: firstMatch(
                #"<th scope="row">Status</th><td><strong class="status-[a-z-]+">([^<]+)</strong>"#, in: page)?[1]
                ?? "?",
            answered: Int(completion.dropFirst().first ?? "") ?? -1, total: Int(completion.last ?? "") ?? -1,
            provisional: page.contains("<strong>Provisional:</strong>"),
            legalRisks: count(firstMatch(#"<h3>Legal risks: (\w+)</h3>"#, in: page)?[1] ?? "?"),
            topFive: allMatches(#"<tr><th scope="row"><strong>([A-Z]+-\d+)</strong>"#, in: top))
    }

    /// The Word document's paragraphs, in order, as text (table cells are paragraphs too).
    static func wordParagraphs(_ docx: [UInt8]) throws -> [String] {
        var xml = String(decoding: try storedEntry("word/document.xml", in: docx), as: UTF8.self)
        // The summary is all that is read: stop at the details' first heading.
        if let end = xml.range(of: ">Scores by stage</w:t>") { xml = String(xml[..<end.upperBound]) }
        return xml.components(separatedBy: "</w:p>").map { paragraph in
            allMatches(#"<w:t(?: [^>]*)?>([^<]*)</w:t>"#, in: paragraph).joined()
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
        }.filter { !$0.isEmpty }
    }

    /// One entry of a stored (uncompressed) ZIP, found by its local header; `OfficeFileTests`
    /// checks every byte and CRC of these files, so this only finds the part.
    static func storedEntry(_ name: String, in zip: [UInt8]) throws -> ArraySlice<UInt8> {
        func u16(_ i: Int) -> Int { Int(zip[i]) | Int(zip[i + 1]) << 8 }
        func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
        var offset = 0
        while offset + 30 <= zip.count, u32(offset) == 0x0403_4b50 {
            let size = u32(offset + 18)
            let nameLength = u16(offset + 26)
            let start = offset + 30 + nameLength + u16(offset + 28)
            if String(decoding: zip[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self) == name {
                return zip[start..<(start + size)]
            }
            offset = start + size
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    static func fromWord(_ docx: [UInt8]) throws -> Claims {
        let all = try wordParagraphs(docx)
        let page = Array(all[..<(all.firstIndex(of: "Scores by stage") ?? all.endIndex)])
        func after(_ label: String) -> String {
            page.firstIndex(of: label).flatMap { $0 + 1 < page.count ? page[$0 + 1] : nil } ?? "?"
        }
        let completion = firstMatch(#"^(\d+) of (\d+) questions answered"#, in: after("Completion")) ?? []
        let risks = page.compactMap { firstMatch(#"^Legal risks: (\w+)$"#, in: $0)?[1] }.first ?? "?"
        let topStart = page.firstIndex { $0.hasSuffix("priority actions") } ?? page.endIndex
        let topEnd = page.firstIndex { $0.hasPrefix("Sign-off (") } ?? page.endIndex
        let top =
            topStart < topEnd ? page[topStart..<topEnd].compactMap { firstMatch(#"^([A-Z]+-\d+) "#, in: $0)?[1] } : []
        return Claims(
            status: after("Status"), answered: Int(completion.dropFirst().first ?? "") ?? -1,
            total: Int(completion.last ?? "") ?? -1, provisional: page.contains { $0.hasPrefix("Provisional: ") },
            legalRisks: count(risks), topFive: top)
    }

    /// The Easy Read report says the same in plain words; its top five are question texts.
    static func fromEasyRead(_ text: String, easy: EasyRead, ids: [String: String]) -> Claims {
        let completion = firstMatch(#"We asked (\d+) questions?\. They answered (\d+) of them\."#, in: text) ?? []
        var status = "?"
        if text.contains("This is a draft. The group has not agreed it yet.") { status = "Draft for agreement" }
        if text.contains("This report is a draft. It may still change.") { status = "Draft" }
        if text.contains("This is the final report.") { status = "Final" }
        var risks = -1
        if text.contains("We did not find anything missing that the law asks for.") { risks = 0 }
        if let n = firstMatch(#"We found (\d+) things? missing that the law asks for\."#, in: text)?[1] {
            risks = Int(n) ?? -1
        }
        let change = text.range(of: "## What needs to change").map { String(text[$0.upperBound...]) } ?? ""
        let section = String(change[..<(change.range(of: "## What will happen next")?.lowerBound ?? change.endIndex)])
        let top = section.split(separator: "\n").filter { $0.hasPrefix("- ") }.map { line -> String in
            let body = line.dropFirst(2)
            let question = body.range(of: " **").map { String(body[..<$0.lowerBound]) } ?? String(body)
            return ids[question] ?? "?\(question)"
        }
        return Claims(
            status: status, answered: Int(completion.last ?? "") ?? -1,
            total: Int(completion.dropFirst().first ?? "") ?? -1,
            provisional: text.contains("Some answers are missing or not known yet."), legalRisks: risks, topFive: top)
    }

    // MARK: Random answer sets

    static func randomSet(_ framework: Framework, _ rng: inout Rng, kind: Int) -> AnswerSet {
        var set = AnswerSet(
            framework: framework.id, frameworkVersion: framework.version.description,
            respondent: Respondent(organisation: "Test", exercise: "Claims", date: "2026-11-20"))
        for field in framework.contextFields where rng.below(10) < 7 {
            let values = AssessmentContext.allowedValues(field)
            _ = set.context.set(field, values[rng.below(values.count)])
        }
        let responses = framework.scale.responses.map(\.id)
        for q in framework.questions {
            var response: String?
            switch kind {
            case 0: response = "not-applicable"
            case 1: response = nil
            case 2: response = ["not-in-place", "partly", "mostly", "fully"][rng.below(4)]
            default: response = rng.below(8) == 0 ? nil : responses[rng.below(responses.count)]
            }
            guard let response else { continue }
            let evidence = rng.below(3) == 0 ? "" : "Minutes of the March board"
            let notes = response == "not-applicable" ? "Not part of this exercise" : ""
            set.answers.append(Answer(question: q.id, response: response, evidence: evidence, notes: notes))
        }
        return set
    }

    static func drafts(_ rng: inout Rng) throws -> [AnswerSet] {
        let framework = try #require(try BundledData.framework("commissioning-for-equality"))
        var result: [AnswerSet] = []
        for n in 0..<12 {
            var voices: [PerspectiveComparison.Voice] = []
            for (i, perspective) in Perspective.allCases.enumerated() where i == 0 || rng.below(2) == 0 {
                var set = randomSet(framework, &rng, kind: 3)
                set.respondent.perspective = perspective.rawValue
                voices.append(.init(perspective: perspective, assessment: Scorer.assess(set, framework: framework)))
            }
            let comparison = PerspectiveComparison(voices, minCount: 10)
            var draft = ConsensusDraft.make(voices, comparison: comparison)
            // Some groups have agreed their draft.
            if n % 3 == 0 { draft.agreedWith = Array(draft.drawnFrom.prefix(2)) }
            result.append(draft)
        }
        return result
    }

    /// 320 random answer sets (and the drafts), checked in four parts that run side by side; each
    /// part draws from its own seed, and the odd cases are checked over all parts together.
    @Test(arguments: 0..<4)
    func everyFirstPageSaysWhatTheJSONSays(part: Int) throws {
        let base = UInt64(ProcessInfo.processInfo.environment["CLAIMS_SEED"] ?? "") ?? 2026
        var rng = Rng(state: base &+ UInt64(part) &* 0x9E37_79B9)
        let easy = try BundledData.easyRead()
        let register = try BundledData.sources()
        let frameworks = try BundledData.frameworkIDs.map { try #require(try BundledData.framework($0)) }
        var ids: [String: String] = [:]
        for (id, text) in easy.questions { ids[text] = id }
        var sets: [(AnswerSet, Framework)] = []
        for i in 0..<80 {
            let framework = frameworks[i % frameworks.count]
            // 0 all not applicable, 1 nothing answered, 2 complete and known, 3 a random mix.
            let roll = rng.below(10)
            let kind = roll == 0 ? 0 : roll == 1 ? 1 : roll < 4 ? 2 : 3
            sets.append((Self.randomSet(framework, &rng, kind: kind), framework))
        }
        if part == 0 { sets += try Self.drafts(&rng).map { ($0, frameworks[0]) } }
        var seen: Set<String> = []
        for (index, (set, framework)) in sets.enumerated() {
            let assessment = Scorer.assess(set, framework: framework)
            let canBeFinal = !assessment.completion.isProvisional && !set.isUnagreedDraft
            let status: ReportStatus = canBeFinal && rng.below(2) == 0 ? .final : .draft
            let report = GapReport(assessment: assessment, date: "2026-11-20", register: register, status: status)
            let (json, actions) = try Self.fromJSON(JSONReport.render(report))
            let markdown = Self.fromMarkdown(MarkdownReport.render(report))
            let html = Self.fromHTML(HTMLReport.render(report))
            let word = try Self.fromWord(WordReport.render(report))
            let easyRead = Self.fromEasyRead(EasyReadReport.markdown(report, easy), easy: easy, ids: ids)
            let readBack: [(String, Claims)] = [
                ("Markdown", markdown), ("HTML", html), ("Word", word), ("Easy Read", easyRead),
            ]
            for (format, claims) in readBack {
                #expect(claims == json, "set \(index), \(format): says \(claims)\nJSON says \(json)")
            }
            #expect(
                Array(actions.prefix(5)) == json.topFive.map { "A-" + $0 },
                "set \(index): the plan's first five rows are not the top five")
            seen.insert(json.status)
            if json.provisional { seen.insert("provisional") }
            if !assessment.overall.isAssessed { seen.insert("nothing scored") }
            if json.legalRisks == 0 { seen.insert("no legal risks") }
        }
        // The odd cases were all drawn in each part (the drafts in the first).
        for needed in ["Draft", "Final", "provisional", "nothing scored", "no legal risks"]
            + (part == 0 ? ["Draft for agreement"] : [])
        {
            #expect(seen.contains(needed), "no answer set gave \(needed)")
        }
    }
}
