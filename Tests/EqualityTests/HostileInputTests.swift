import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// Every field a person types, filled with hostile payloads, through every output format. The
/// assertions read the actual outputs.
@Suite struct HostileInputTests {
    static let payloads: [String] = [
        "<script>alert('x')</script>",
        "<svg onload=alert(1)><circle r=\"5\"/></svg>",
        "<img src=x onerror=alert(1)>",
        "\" onmouseover=\"alert(1)\" x=\"",
        "' autofocus onfocus='alert(1)",
        "javascript:alert(document.cookie)",
        "[click me](javascript:alert(1))",
        "![pixel](https://evil.example/p.png)",
        "| col | injected |\n| --- | --- |\n| a | b |",
        "`code` ``` fenced ```",
        "# Heading injection\n## another\n---",
        "<b>bold</b> <iframe src=//evil.example></iframe>",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+SUM(1+1)",
        "-2+3",
        "@SUM(A1)",
        "\tTAB first",
        "\rCR first",
        "\u{1B}[31mRED\u{1B}[0m \u{1B}]0;title\u{07} \u{9B}31m",
        "\u{202E}gnp.exe\u{202C} \u{2066}isolate\u{2069} \u{200F}",
        "*emphasis* _under_ ~~strike~~ <https://autolink.example> www.example.com WWW.EXAMPLE.ORG http://x.example mail@example.com",
        "xmpp:someone@chat.example mailto:a.b+c@example.org first.last@sub.example.co.uk",
        "nul\u{0}byte and C1 \u{85} next",
        "&lt;already escaped&gt; &amp; &#60;script&#62;",
    ]

    static let allowedHTMLTags: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "header", "main", "footer", "section", "h1", "h2", "h3", "h4",
        "p", "ul", "ol", "li", "strong", "em", "code", "table", "caption", "thead", "tbody", "tr", "th", "td", "div",
        "span", "dl", "dt", "dd", "br", "svg", "desc", "line", "text", "rect",
    ]

    let commissioning = try! BundledData.framework("commissioning-for-equality")!
    let voluntary = try! BundledData.framework("voluntary-organisation-self-assessment")!
    let sources = try! BundledData.sources()

    func answers(_ text: String, framework: Framework) -> AnswerSet {
        let responses = ["fully", "partly", "not-applicable", "dont-know", "mostly", "not-in-place"]
        var set = AnswerSet(
            framework: framework.id, frameworkVersion: framework.version.description,
            respondent: Respondent(organisation: text, role: text, exercise: text, date: "2026-11-25"))
        for (i, q) in framework.questions.enumerated() {
            set.answers.append(
                Answer(question: q.id, response: responses[i % responses.count], evidence: text, notes: text))
        }
        return set
    }

    func report(_ text: String, _ framework: Framework) throws -> GapReport {
        let set = try AnswerValidator.validate(answers(text, framework: framework), against: framework, file: "hostile")
        return GapReport(assessment: Scorer.assess(set, framework: framework), date: "2026-11-25", register: sources)
    }

    static func hasUnsafeScalars(_ s: String, allowing allowed: Unicode.Scalar = "\n") -> Bool {
        s.unicodeScalars.contains { TerminalText.isUnsafe($0) && $0 != "\n" && $0 != allowed }
    }

    /// Every tag in a document: its lower-cased name and its whole text up to `>`. A plain scan
    /// rather than a regular expression, which is very slow over large documents in debug builds.
    static func tags(_ html: String) -> [(name: String, text: Substring)] {
        var result: [(name: String, text: Substring)] = []
        let utf8 = html.utf8
        let b = Array(utf8)
        func isNameByte(_ c: UInt8) -> Bool {
            (c | 0x20 >= UInt8(ascii: "a") && c | 0x20 <= UInt8(ascii: "z")) || (c >= 0x30 && c <= 0x39)
                || c == UInt8(ascii: "-")
        }
        var i = 0
        while i < b.count {
            guard b[i] == UInt8(ascii: "<") else {
                i += 1
                continue
            }
            let open = i
            var j = i + 1
            if j < b.count, b[j] == UInt8(ascii: "/") { j += 1 }
            let nameStart = j
            while j < b.count, isNameByte(b[j]) { j += 1 }
            guard j > nameStart, b[nameStart] | 0x20 >= UInt8(ascii: "a"), b[nameStart] | 0x20 <= UInt8(ascii: "z")
            else {
                i = open + 1
                continue
            }
            var end = j
            while end < b.count, b[end] != UInt8(ascii: ">") { end += 1 }
            let text = Substring(
                utf8[utf8.index(utf8.startIndex, offsetBy: open)..<utf8.index(utf8.startIndex, offsetBy: end)])
            result.append((String(decoding: b[nameStart..<j], as: UTF8.self).lowercased(), text))
            i = end < b.count ? end + 1 : end
        }
        return result
    }

    /// An attribute `onSOMETHING=` after white space, as an event handler would be written.
    static func hasEventHandler(_ tag: Substring) -> Bool {
        let chars = Array(tag.lowercased())
        for k in chars.indices.dropLast(3) where chars[k].isWhitespace && chars[k + 1] == "o" && chars[k + 2] == "n" {
            var m = k + 3
            while m < chars.count, chars[m].isASCII, chars[m].isLetter { m += 1 }
            while m < chars.count, chars[m].isWhitespace { m += 1 }
            if m > k + 3, m < chars.count, chars[m] == "=" { return true }
        }
        return false
    }

    static func checkHTML(
        _ html: String, payload: String, svgCount: Int, extraTags: Set<String> = [],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let tags = tags(html)
        let unexpected = Set(tags.map(\.name)).subtracting(allowedHTMLTags.union(extraTags))
        #expect(
            unexpected.isEmpty, "unexpected tags \(unexpected) for payload \(payload.prefix(40))",
            sourceLocation: sourceLocation)
        #expect(!html.contains("<script"), sourceLocation: sourceLocation)
        #expect(tags.filter { $0.name == "svg" }.count == svgCount * 2, sourceLocation: sourceLocation)
        for tag in tags where !tag.text.hasPrefix("</") {
            #expect(
                !hasEventHandler(tag.text), "event handler in \(tag.text.prefix(80))", sourceLocation: sourceLocation)
            #expect(!tag.text.contains("javascript:"), sourceLocation: sourceLocation)
            if tag.name == "a" {
                // Only the contents list links, and only to the report's own sections: <a href="#name">.
                let text = tag.text.hasSuffix(">") ? tag.text.dropLast() : tag.text
                let prefix = "<a href=\"#"
                let target = text.dropFirst(prefix.count).dropLast()
                #expect(
                    text.hasPrefix(prefix) && text.hasSuffix("\"") && !target.isEmpty
                        && target.allSatisfy { $0.isASCII && $0.isLowercase },
                    "link other than the contents' own: \(tag.text)",
                    sourceLocation: sourceLocation)
            }
        }
        #expect(!hasUnsafeScalars(html, allowing: "\t"), sourceLocation: sourceLocation)
    }

    /// Occurrences of `character` not escaped by a backslash.
    static func unescaped(_ text: String, _ character: Character) -> Int {
        // Over UTF-8 bytes: the characters counted are ASCII, and a backslash escapes the byte after it.
        guard let target = character.asciiValue else { return 0 }
        var count = 0
        var escaped = false
        var copy = text
        copy.withUTF8 { bytes in
            for b in bytes {
                if escaped {
                    escaped = false
                    continue
                }
                if b == UInt8(ascii: "\\") { escaped = true } else if b == target { count += 1 }
            }
        }
        return count
    }

    /// Every `@` not kept from GFM's e-mail and xmpp autolinks by a word joiner in front of it (a
    /// backslash does not stop them: cmark-gfm finds them after reading escapes).
    static func linkableAt(_ text: String) -> Int {
        var count = 0
        var previous: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            if scalar == "@" && previous != "\u{2060}" { count += 1 }
            previous = scalar
        }
        return count
    }

    /// Unescaped `<` starting a tag, comment or autolink, other than the renderers' own `<br>`.
    static func rawTags(_ text: String) -> Int {
        // Byte by byte: a non-ASCII byte after `<` counts as a letter, which is stricter than
        // `Character.isLetter`; `\` escapes the byte after it.
        let b = Array(text.utf8)
        let br = Array("<br>".utf8)
        var count = 0
        var i = 0
        while i < b.count {
            if b[i] == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if b[i] == UInt8(ascii: "<"), i + 1 < b.count {
                let next = b[i + 1]
                let opens =
                    next >= 0x80 || (next | 0x20 >= UInt8(ascii: "a") && next | 0x20 <= UInt8(ascii: "z"))
                    || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
                if opens && !(i + 4 <= b.count && Array(b[i..<(i + 4)]) == br) { count += 1 }
            }
            i += 1
        }
        return count
    }

    /// The UTF-8 bytes of `text` with every occurrence of `pair` (two ASCII characters) taken out.
    static func dropping(_ pair: String, from text: String) -> [UInt8] {
        let p = Array(pair.utf8)
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == p[0] && i + 1 < bytes.count && bytes[i + 1] == p[1] {
                i += 2
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }

    /// Whether `bytes` hold `needle` (ASCII).
    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard bytes.count >= n.count else { return false }
        for i in 0...(bytes.count - n.count) where bytes[i] == n[0] && Array(bytes[i..<(i + n.count)]) == n {
            return true
        }
        return false
    }

    static func checkMarkdown(
        _ md: String, baseline: String, payload: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(rawTags(md) == 0, "raw HTML for payload \(payload.prefix(40))", sourceLocation: sourceLocation)
        #expect(
            !Self.contains(Self.dropping("\\:", from: md), "://")
                && !Self.contains(Self.dropping("\\.", from: md).map { $0 | 0x20 == 0x77 ? 0x77 : $0 }, "www.")
                && Self.linkableAt(md) == 0, "autolink for payload \(payload.prefix(40))",
            sourceLocation: sourceLocation
        )
        // The report's own contents line may link to its headings, and nowhere else.
        var others: [Substring] = []
        for line in md.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("**Contents:** ") else {
                others.append(line)
                continue
            }
            let links = line.dropFirst("**Contents:** ".count).components(separatedBy: " · ")
            for link in links {
                let parts = link.components(separatedBy: "](#")
                #expect(
                    parts.count == 2 && parts[0].hasPrefix("[") && parts[1].hasSuffix(")")
                        && unescaped(String(parts[0].dropFirst()), "[") + unescaped(String(parts[0]), "]") == 0
                        && parts[1].dropLast().allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") },
                    "contents link other than to a heading: \(link)", sourceLocation: sourceLocation)
            }
        }
        #expect(
            unescaped(others.joined(separator: "\n"), "[") + unescaped(others.joined(separator: "\n"), "]") == 0,
            "unescaped bracket (link or image) for payload \(payload.prefix(40))", sourceLocation: sourceLocation)
        func structure(_ text: String) -> [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
                if line.hasPrefix("#") { return "heading" }
                if line.hasPrefix("|") { return "row \(unescaped(String(line), "|"))" }
                if line.hasPrefix("---") { return "rule" }
                return nil
            }
        }
        #expect(
            structure(md) == structure(baseline),
            "headings, rules and table rows unchanged by payload \(payload.prefix(40))", sourceLocation: sourceLocation)
        let ticks = { (t: String) in unescaped(t, "`") }
        #expect(ticks(md) == ticks(baseline), sourceLocation: sourceLocation)
        #expect(!hasUnsafeScalars(md), sourceLocation: sourceLocation)
    }

    /// One document in every format its command declares (`OutputFormats`), each checked by the
    /// rules for its kind against the same document made from plain text. A format added to a
    /// command without a check here fails.
    static func checkEveryFormat<Document>(
        _ formats: [OutputFormat<Document>], _ document: Document, baseline: Document, payload: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try checkEveryFormat(
            formats, document, baselines: formats.map { $0.render(baseline) }, payload: payload,
            sourceLocation: sourceLocation)
    }

    /// The same, with the plain-text document already rendered in each format, in order.
    static func checkEveryFormat<Document>(
        _ formats: [OutputFormat<Document>], _ document: Document, baselines: [Rendered], payload: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        #expect(!formats.isEmpty && baselines.count == formats.count, sourceLocation: sourceLocation)
        for (format, plain) in zip(formats, baselines) {
            let rendered = format.render(document)
            switch (format.name, rendered, plain) {
            case ("html", .text(let html), .text(let base)):
                let baseTags = Set(tags(base).map(\.name))
                checkHTML(
                    html, payload: payload, svgCount: tags(base).filter { $0.name == "svg" }.count / 2,
                    extraTags: baseTags, sourceLocation: sourceLocation)
            case ("md", .text(let md), .text(let base)):
                checkMarkdown(md, baseline: base, payload: payload, sourceLocation: sourceLocation)
            case ("json", .text(let json), _):
                #expect(
                    !hasUnsafeScalars(json.replacingOccurrences(of: "\n", with: "")), sourceLocation: sourceLocation)
                _ = try JSONParser.parse(json)
            case ("csv", .text(let csv), _):
                for record in try CSVReader.parse(Array(csv.utf8)) {
                    for cell in record.fields {
                        if let first = cell.unicodeScalars.first {
                            #expect(
                                !["=", "+", "-", "@", "\t", "\r"].contains(first), "CSV cell \(cell.prefix(20))",
                                sourceLocation: sourceLocation)
                        }
                    }
                }
            case ("docx", .bytes(let bytes), _), ("xlsx", .bytes(let bytes), _):
                let parts = try OfficeFileTests.parts(bytes)
                #expect(!parts.isEmpty, sourceLocation: sourceLocation)
                for (name, part) in parts where name.hasPrefix("xl/worksheets/") {
                    #expect(!part.elements.contains("f"), "\(name) holds a formula", sourceLocation: sourceLocation)
                }
            default:
                Issue.record("no hostile-input check for format \(format.name)", sourceLocation: sourceLocation)
            }
        }
    }

    /// Every command's documents made from plain text, rendered once in every format.
    /// The documents behind every command's declared formats (`OutputFormats`); the aggregate's
    /// only where typed text can reach it (a hostile framework).
    struct Documents {
        var report: GapReport
        var comparison: Comparison
        var perspectives: PerspectiveComparison
        var easyRead: EasyReadReport.Input
        var aggregate: AggregateReport?
    }

    /// Every declared format of `Documents`, rendered, in the order `OutputFormats` lists them.
    struct Renders {
        var report: [Rendered]
        var actions: [Rendered]
        var comparison: [Rendered]
        var perspectives: [Rendered]
        var easyRead: [Rendered]
        var aggregate: [Rendered]

        init(_ d: Documents) {
            report = OutputFormats.report.map { $0.render(d.report) }
            actions = OutputFormats.actions.map { $0.render(d.report) }
            comparison = OutputFormats.comparison.map { $0.render(d.comparison) }
            perspectives = OutputFormats.perspectives.map { $0.render(d.perspectives) }
            easyRead = OutputFormats.easyReadReport.map { $0.render(d.easyRead) }
            aggregate = d.aggregate.map { a in OutputFormats.aggregate.map { $0.render(a) } } ?? []
        }
    }

    /// Every declared format of every document in `d`, against the same documents made from plain text.
    static func checkEveryFormat(
        _ d: Documents, against plain: Renders, payload: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        try checkEveryFormat(
            OutputFormats.report, d.report, baselines: plain.report, payload: payload, sourceLocation: sourceLocation)
        try checkEveryFormat(
            OutputFormats.actions, d.report, baselines: plain.actions, payload: payload, sourceLocation: sourceLocation)
        try checkEveryFormat(
            OutputFormats.comparison, d.comparison, baselines: plain.comparison, payload: payload,
            sourceLocation: sourceLocation)
        try checkEveryFormat(
            OutputFormats.perspectives, d.perspectives, baselines: plain.perspectives, payload: payload,
            sourceLocation: sourceLocation)
        try checkEveryFormat(
            OutputFormats.easyReadReport, d.easyRead, baselines: plain.easyRead, payload: payload,
            sourceLocation: sourceLocation)
        if let aggregate = d.aggregate {
            try checkEveryFormat(
                OutputFormats.aggregate, aggregate, baselines: plain.aggregate, payload: payload,
                sourceLocation: sourceLocation)
        }
    }

    /// The documents for typed text: `r`'s report, a comparison from `plain` to it, three
    /// perspectives giving its answers, and its Easy Read report.
    static func documents(_ r: GapReport, after plain: Assessment) throws -> Documents {
        Documents(
            report: r, comparison: Comparison(before: plain, after: r.assessment),
            perspectives: PerspectiveComparison(voices(r.assessment, r.framework), minCount: 1),
            easyRead: EasyReadReport.Input(report: r, easyRead: try BundledData.easyRead()))
    }

    /// The plain-text report of each bundled framework, and its documents rendered once.
    static let baselines: [String: (assessment: Assessment, renders: Renders)] = {
        var result: [String: (assessment: Assessment, renders: Renders)] = [:]
        let suite = HostileInputTests()
        for framework in [suite.commissioning, suite.voluntary] {
            let plain = try! suite.report("plain text", framework)
            result[framework.id] = (plain.assessment, Renders(try! documents(plain, after: plain.assessment)))
        }
        return result
    }()

    /// The same answers from a commissioner, a provider and people with lived experience.
    static func voices(_ a: Assessment, _ framework: Framework) -> [PerspectiveComparison.Voice] {
        [Perspective.commissioner, .provider, .livedExperience].map { perspective in
            var set = a.answers
            set.respondent.perspective = perspective.rawValue
            return .init(perspective: perspective, assessment: Scorer.assess(set, framework: framework))
        }
    }

    @Test(arguments: payloads)
    func everyFormatOfEveryCommandNeutralisesPayload(payload: String) throws {
        for framework in [commissioning, voluntary] {
            let r = try report(payload, framework)
            let plain = try #require(Self.baselines[framework.id])
            try Self.checkEveryFormat(
                try Self.documents(r, after: plain.assessment), against: plain.renders, payload: payload)
            // The JSON report keeps the text exactly, as data; the terminal summary is made safe.
            let parsed = try JSONParser.parse(JSONReport.render(r))
            #expect(parsed["respondent"]?["organisation"] == .string(payload), "JSON keeps the text exactly, as data")
            #expect(!Self.hasUnsafeScalars(ScoreSummary.render(r, colour: false)))
        }
    }

    /// The aggregate names no respondent, so typed text never reaches it; its formats are checked
    /// over hostile answer files all the same.
    @Test func everyAggregateFormatIsChecked() throws {
        let folder = Support.temporaryFolder()
        var files: [String] = []
        for (i, payload) in Self.payloads.enumerated() {
            var set = answers(payload, framework: commissioning)
            set.respondent.exercise = "exercise \(i)"
            files.append(
                Support.write(
                    AnswerJSON.encode(set, profileOrder: []), named: "a\(i).json", in: folder))
        }
        let result = Aggregator.run(files: files, framework: commissioning)
        let report = AggregateReport(result, minCount: 5)
        try Self.checkEveryFormat(OutputFormats.aggregate, report, baseline: report, payload: "")
    }

    @Test(arguments: payloads)
    func filledQuestionnaireNeutralisesPayload(payload: String) throws {
        let set = try AnswerValidator.validate(answers(payload, framework: voluntary), against: voluntary, file: "x")
        Self.checkHTML(
            QuestionnaireHTML.render(voluntary, sources: sources, answers: set), payload: payload, svgCount: 0)
        let baseline = try AnswerValidator.validate(
            answers("plain", framework: voluntary), against: voluntary, file: "x")
        Self.checkMarkdown(
            QuestionnaireMarkdown.render(voluntary, sources: sources, answers: set)
                .replacingOccurrences(of: "- [ ]", with: "- ☐").replacingOccurrences(of: "- [x]", with: "- ☒"),
            baseline: QuestionnaireMarkdown.render(voluntary, sources: sources, answers: baseline)
                .replacingOccurrences(of: "- [ ]", with: "- ☐").replacingOccurrences(of: "- [x]", with: "- ☒"),
            payload: payload)
    }

    @Test(arguments: payloads)
    func csvNeutralisesFormulasAndRoundTrips(payload: String) throws {
        let set = answers(payload, framework: commissioning)
        let csv = AnswerCSV.encode(set, framework: commissioning)
        for record in try CSVReader.parse(Array(csv.utf8)) {
            for cell in record.fields {
                if let first = cell.unicodeScalars.first {
                    #expect(!["=", "+", "-", "@", "\t", "\r"].contains(first), "cell \(cell.prefix(20))")
                }
            }
        }
        let folder = Support.temporaryFolder()
        let back = try AnswerLoader.load(path: Support.write(csv, named: "a.csv", in: folder), frameworkReference: nil)
            .answers
        // CSV cannot hold a bare carriage return inside a value portably; everything else comes back exactly.
        #expect(back.respondent.organisation == payload.replacingCR())
        #expect(back.answer("NA-01")?.evidence == payload.replacingCR())
    }

    @Test func megabyteStringsAreHandled() throws {
        let big = String(repeating: "<A|`", count: 250_000)
        var set = answers("plain", framework: commissioning)
        set.respondent.organisation = big
        set.answers[0].evidence = big
        let validated = try AnswerValidator.validate(set, against: commissioning, file: "big")
        let r = GapReport(assessment: Scorer.assess(validated, framework: commissioning), date: nil, register: sources)
        let html = HTMLReport.render(r)
        #expect(html.contains(String(repeating: "&lt;A|`", count: 1000)))
        #expect(!html.contains("<A|"))
        #expect(MarkdownReport.render(r).contains(String(repeating: "\\<A\\|\\`", count: 1000)))
    }

    @Test func terminalOutputOfTheInterviewIsSanitised() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        let context = CommandContext(
            environment: [:],
            input: [
                "\u{1B}[31mwales", "", "", "", "", "\u{1B}[2J\u{202E}org", "", "", "", "", "2",
                "\u{1B}]0;pwned\u{07}evidence", "", "b", "q",
            ])
        #expect(CommandLineTool.run(["ask", "-o", path], context: context) == 0)
        #expect(!Self.hasUnsafeScalars(context.standardOutput))
        #expect(context.standardOutput.contains("evidence: \u{FFFD}]0;pwned\u{FFFD}evidence"))
    }

    @Test func diagnosticsNeverEchoControlCharacters() {
        let folder = Support.temporaryFolder()
        let path = Support.write(
            "{\"framework\":\"commissioning-for-equality\",\"frameworkVersion\":\"1.0.0\",\"answers\":[{\"question\":\"\\u001b[31mX\",\"response\":\"\\u202epartly\"}]}",
            named: "a.json", in: folder)
        let result = Support.run(["validate", path])
        #expect(result.code == 65)
        #expect(!Self.hasUnsafeScalars(result.err))
        #expect(result.err.contains("unknown question \"\u{FFFD}[31mX\""))
    }
}
