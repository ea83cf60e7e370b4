import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// CLDR plural categories and long dates, compared with Babel's CLDR data
/// (`Fixtures/cldr/babel.json`, written by `make_babel.py`; `.ci/run` regenerates it with Babel
/// and fails if it differs).
@Suite struct PluralAndDateTests {
    static let babel: JSONValue = {
        let data = FileManager.default.contents(atPath: Support.fixture("cldr/babel.json")) ?? Data()
        return (try? JSONParser.parse(String(decoding: data, as: UTF8.self))) ?? .null
    }()

    @Test(arguments: [Language.english, .welsh])
    func pluralCategoriesAgreeWithBabelFrom0To1000(language: Language) throws {
        guard case .array(let expected)? = Self.babel["plural"]?[language.tag] else {
            Issue.record("no Babel plural data for \(language.tag)")
            return
        }
        #expect(expected.count == 1001)
        var disagreements: [String] = []
        for (n, value) in expected.enumerated() {
            guard case .string(let category) = value else { continue }
            let ours = language.pluralRules.category(n).rawValue
            if ours != category { disagreements.append("\(n): \(ours), Babel \(category)") }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(10))")
    }

    @Test(arguments: [Language.english, .welsh])
    func longDatesAgreeWithBabelForEveryMonth(language: Language) throws {
        guard case .object(let dates)? = Self.babel["longDate"]?[language.tag] else {
            Issue.record("no Babel date data for \(language.tag)")
            return
        }
        #expect(dates.count == 48)
        for (iso, value) in dates {
            guard case .string(let expected) = value else { continue }
            #expect(LongDate.text(iso, language) == expected, "\(iso)")
        }
    }

    @Test func welshUsesAllSixFormsAndEnglishTwo() {
        #expect(Set((0...1000).map(PluralRules.welsh.category)) == Set(PluralCategory.allCases))
        #expect(Set((0...1000).map(PluralRules.english.category)) == [.one, .other])
        #expect(PluralRules.welsh.categories == PluralCategory.allCases)
    }

    @Test func aCountedPhraseTakesItsWelshForm() {
        let phrases = (0...7).map { n in
            Language.$current.withValue(.welsh) {
                say("report.questions-count", count: n, one: "\(n) question", other: "\(n) questions")
            }
        }
        #expect(
            phrases == [
                "0 cwestiwn", "1 cwestiwn", "2 gwestiwn", "3 chwestiwn", "4 cwestiwn", "5 cwestiwn", "6 chwestiwn",
                "7 cwestiwn",
            ])
    }
}

/// The message catalogue: what the tool renders is what `messages.en-GB.json` says, word for word,
/// and a translation that does not fit the catalogue is refused with the reason.
@Suite struct CatalogueTests {
    @Test func everyBundledTranslationLoadsAndFits() throws {
        let catalogue = try BundledData.catalogue()
        #expect(catalogue.messages.count > 300)
        let welsh = try #require(try BundledData.messages(.welsh))
        #expect(catalogue.problems(in: welsh).isEmpty)
        for id in BundledData.frameworkIDs {
            let framework = try #require(try BundledData.framework(id))
            let file = try #require(try BundledData.frameworkTranslation(framework, .welsh))
            #expect(BundledData.frameworkProblems(file, framework).isEmpty)
        }
        let glossary = try BundledData.glossary()
        #expect(glossary.terms.count >= 30)
        #expect(glossary.terms.allSatisfy { $0.source != nil || $0.note != nil })
        // Every file in Frameworks/translations/ is compiled in.
        let folder = Support.packageRoot.appendingPathComponent("Frameworks/translations").path
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".json") }
        #expect(Set(files.map { "translations/\($0)" }) == Set(BundledData.translationPaths))
    }

    /// Renders every converted output in English with a recorder, and checks each message against
    /// the catalogue: the same English under the same ID. A changed sentence without
    /// `scripts/extract-messages` fails here.
    @Test func whatTheToolSaysIsWhatTheCatalogueSays() throws {
        let catalogue = try BundledData.catalogue()
        let recorder = Catalogue.Recorder()
        Catalogue.$recorder.withValue(recorder) {
            for example in ["commissioning", "voluntary"] {
                for format in ["md", "html", "json"] {
                    _ = Support.run(["report", "--example", example, "--format", format])
                }
                _ = Support.run(["actions", "--example", example, "--format", "html"])
            }
            for framework in BundledData.frameworkIDs {
                for format in ["md", "html"] {
                    _ = Support.run(["questionnaire", "--framework", framework, "--format", format])
                }
            }
            let history = ["2024", "2025", "2026"].map { Support.fixture("history/\($0).json") }
            let views = ["commissioner", "lived-experience-a", "provider"].map {
                Support.fixture("perspectives/\($0).json")
            }
            for format in ["md", "html"] {
                _ = Support.run(["trend"] + history + ["--format", format])
                _ = Support.run(["compare", history[1], history[2], "--format", format])
                _ = Support.run(["perspectives"] + views + ["--format", format])
                _ = Support.run(["aggregate", Support.fixture("aggregate"), "--format", format])
                _ = Support.run(["report", "--example", "--easy-read", "--format", format])
            }
            _ = Support.run(["questionnaire", "--easy-read"])
        }
        let seen = recorder.seen.withLock { $0 }
        #expect(seen.count > 200)
        for (id, patterns) in seen.sorted(by: { $0.key < $1.key }) {
            guard let message = catalogue[id] else {
                Issue.record("\(id) is said but not in the catalogue; run scripts/extract-messages")
                continue
            }
            for (category, pattern) in patterns {
                let expected = category.map { message.forms[$0] } ?? message.text
                #expect(
                    expected == pattern,
                    "\(id): the code says \"\(pattern)\", the catalogue \"\(expected ?? "nothing")\"")
            }
        }
    }

    @Test func aTranslationThatDoesNotFitIsRefusedWithTheReason() throws {
        let catalogue = try BundledData.catalogue()
        let bad = TranslationFile(
            language: .welsh,
            entries: [
                "report.overall": .text("Cyffredinol"),  // lost {0}
                "report.contents": .text("<b>Cynnwys</b>"),  // markup
                "report.no-such-message": .text("Dim"),
                "report.questions-count": .forms([.one: "{0} cwestiwn", .other: "{0} cwestiwn"]),  // not six forms
                "report.summary": .forms([.one: "x"]),  // not a counted phrase
            ])
        let problems = catalogue.problems(in: bad).map { "\($0.location): \($0.message)" }
        #expect(problems.count >= 5, "\(problems)")
        #expect(problems.contains { $0.hasPrefix("entries.report.overall") && $0.contains("placeholders") })
        #expect(problems.contains { $0.hasPrefix("entries.report.contents") && $0.contains("markup") })
        #expect(problems.contains { $0.hasPrefix("entries.report.no-such-message") && $0.contains("no message") })
        #expect(problems.contains { $0.hasPrefix("entries.report.questions-count") && $0.contains("zero, one, two") })
        #expect(problems.contains { $0.hasPrefix("entries.report.summary") && $0.contains("not a counted phrase") })
    }

    /// A `static let` is worked out once per process, in whichever language asked first: wording
    /// kept in one would leak from one language into another.
    @Test func noWordingIsKeptInAStaticLet() throws {
        let sources = Support.packageRoot.appendingPathComponent("Sources/EqualityRendering")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        var found: [String] = []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() where line.contains("static let ") || line.contains("lazy var ") {
                let statement = lines[i..<min(lines.count, i + 4)].joined(separator: "\n")
                let end = statement.range(of: "\n    static") ?? statement.range(of: "\n\n")
                let head = end.map { String(statement[..<$0.lowerBound]) } ?? statement
                if head.contains("say(") || head.contains("Wording.") { found.append("\(file):\(i + 1)") }
            }
        }
        #expect(found.isEmpty, "\(found)")
    }

    @Test func theFieldLabelsSayWhatAnswerFieldsSays() throws {
        let framework = try #require(try BundledData.framework("voluntary-organisation-self-assessment"))
        #expect(
            FieldWording.respondent(for: framework).map(\.label) == AnswerFields.respondent(for: framework).map(\.label)
        )
        #expect(FieldWording.context.map(\.label) == AnswerFields.context.map(\.label))
        for field in AssessmentContext.Field.allCases {
            #expect(FieldWording.contextQuestion(field) == AnswerFields.contextQuestion(field), "\(field)")
            #expect(
                FieldWording.choices(field).map(\.label) == AssessmentContext.choices(field).map(\.label), "\(field)")
            #expect(
                AssessmentContext.choices(field).allSatisfy { FieldWording.choiceLabel(field, $0.value) != nil },
                "every choice of \(field) is in the catalogue")
        }
    }

    @Test func thePseudoLocaleAccentsBracketsAndLengthensButKeepsPlaceholders() {
        let text = "Overall: {0} of {1} points"
        let pseudo = PseudoLocale.transform(text)
        #expect(pseudo.hasPrefix("[") && pseudo.hasSuffix("]"))
        #expect(PseudoLocaleTests.leftovers(pseudo).isEmpty)
        #expect(Placeholders.of(pseudo) == Placeholders.of(text))
        #expect(pseudo.count >= text.count * 4 / 3)
    }
}

/// `--language qps-ploc` over every converted output: any run of ASCII letters left is a string that
/// bypassed the catalogue. The fixtures' typed text is itself accented (`Fixtures/pseudo/`), and
/// what is not prose is removed first: IDs and codes, hashes, citations and the source register's
/// bibliographic entries (titles of publications stay as published).
@Suite struct PseudoLocaleTests {
    static let allowed: [String] = {
        // Commands a person types stay as typed in every language.
        var tokens: [String] = ["SHA-256", "equality-assess report", "equality-assess validate"]
        if let register = try? BundledData.sources() {
            for s in register.sources {
                tokens += [s.citeAs, s.title, s.publisher, s.date, s.kind, s.takes] + s.points.map(\.id)
            }
        }
        tokens += ResponseID.all + AssessmentContext.Field.allCases.flatMap(AssessmentContext.allowedValues)
        tokens += Perspective.allCases.map(\.rawValue) + BundledData.frameworkIDs
        // The aggregate's method sources are publications, cited as published.
        tokens += AggregateReport.methodSources
        // The tracker's statuses are data a tracker is read back by, in any language.
        tokens += Tracker.Status.allCases.map(\.rawValue)
        // The legal references the frameworks cite ("s.74 and Sch.8"), as the register shows them.
        for id in BundledData.frameworkIDs {
            guard let f = try? BundledData.framework(id) else { continue }
            var citations = f.questions.flatMap(\.citations) + f.legalDuties.map(\.citation)
            citations += f.groups.flatMap(\.citations) + f.scale.citations
            citations += (f.profile?.fields ?? []).flatMap { $0.citations + $0.options.flatMap(\.citations) }
            citations += f.profile?.network?.citations ?? []
            tokens += citations.map(\.point)
        }
        return tokens.filter { $0.contains { $0.isLetter } }.sorted { $0.count > $1.count }
    }()

    /// Every allowed token in one expression, longest first, so a text is read once.
    static let allowedPattern: NSRegularExpression = {
        let alternatives = allowed.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        return try! NSRegularExpression(pattern: alternatives)
    }()

    static func leftovers(_ visible: String) -> [String] {
        var text = visible
        let range = NSRange(text.startIndex..., in: text)
        text = allowedPattern.stringByReplacingMatches(in: text, range: range, withTemplate: " ")
        // Question and action IDs, hex hashes, and legal references (s.149(2), Sch.19, reg.4, art.9).
        for pattern in [
            #"\b[A-Z]{1,4}-[0-9]+[a-z]?\b"#, #"\b[0-9a-f]{16,}\b"#,
            #"\b(s|ss|Sch|sch|reg|rr|art|para|paras|Part)\.?\s?[0-9]"#,
            #"Brown \\?\[2008\\?\] EWHC 3158 \(Admin\)|Bracking \\?\[2013\\?\] EWCA Civ 1345|For Women Scotland \\?\[2025\\?\] UKSC 16"#,
        ] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        var found: [String] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if isLetter(scalars[i]), i + 1 < scalars.count, isLetter(scalars[i + 1]) {
                let start = max(0, i - 30)
                var end = i
                while end < scalars.count && isLetter(scalars[end]) { end += 1 }
                found.append(String(String.UnicodeScalarView(scalars[start..<min(scalars.count, end + 30)])))
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    static func isLetter(_ s: Unicode.Scalar) -> Bool { (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") }

    /// The words a person sees in an HTML page: text and the labels of images and controls.
    static func visibleHTML(_ html: String) -> String {
        var text = html.replacingOccurrences(
            of: #"<(script|style)[^>]*>[\s\S]*?</\1>"#, with: " ", options: .regularExpression)
        var labels: [String] = []
        for attribute in ["aria-label", "title", "alt", "placeholder"] {
            let regex = try! NSRegularExpression(pattern: "\(attribute)=\"([^\"]*)\"")
            for m in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                labels.append(String(text[Range(m.range(at: 1), in: text)!]))
            }
        }
        text = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return unescape(text + "\n" + labels.joined(separator: "\n"))
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// The text of a Word document's body and footer, or an Excel workbook's strings.
    static func visibleWord(_ bytes: [UInt8]) throws -> String {
        let archive = try ZipReader(bytes)
        var text = ""
        let parts = archive.entries.map(\.name).filter {
            $0 == "word/document.xml" || $0 == "word/footer1.xml" || $0 == "xl/sharedStrings.xml"
                || ($0.hasPrefix("xl/worksheets/") && $0.hasSuffix(".xml"))
        }
        for name in parts {
            let entry = try #require(archive.entry(name))
            let xml = String(decoding: try archive.contents(entry), as: UTF8.self)
            let regex = try NSRegularExpression(pattern: "<(?:w:)?t(?: [^>]*)?>([^<]*)</(?:w:)?t>|w:val=\"([^\"]*)\"")
            for m in regex.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)) {
                if let r = Range(m.range(at: 1), in: xml) { text += xml[r] + "\n" }
            }
        }
        return unescape(text)
    }

    static let fixtures = ["pseudo/commissioning.json", "pseudo/voluntary.json"]

    @Test(arguments: fixtures, ["md", "html"])
    func everyWordOfTheGapReportComesFromTheCatalogue(fixture: String, format: String) {
        let run = Support.run(["report", Support.fixture(fixture), "--language", "qps-ploc", "--format", format])
        #expect(run.code == 0, "\(run.err)")
        let visible = format == "html" ? Self.visibleHTML(run.out) : run.out
        let left = Self.leftovers(visible)
        #expect(left.isEmpty, "\(left.count) plain words, e.g. \(left.prefix(5))")
        if format == "html" { #expect(run.out.contains("<html lang=\"en-x-ploc\">")) }
    }

    @Test(arguments: fixtures)
    func everyWordOfTheWordReportComesFromTheCatalogue(fixture: String) throws {
        let folder = Support.temporaryFolder()
        let path = folder.appendingPathComponent("report.docx").path
        let run = Support.run(["report", Support.fixture(fixture), "--language", "qps-ploc", "-o", path])
        #expect(run.code == 0, "\(run.err)")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let left = Self.leftovers(try Self.visibleWord(Array(bytes)))
        #expect(left.isEmpty, "\(left.count) plain words, e.g. \(left.prefix(5))")
    }

    @Test(arguments: ["md", "html"])
    func everyWordOfTheQuestionnaireComesFromTheCatalogue(format: String) {
        for arguments in [
            ["questionnaire"], ["questionnaire", "--framework", "voluntary-organisation-self-assessment"],
            ["questionnaire", "--answers", Support.fixture("pseudo/voluntary.json")],
        ] {
            let run = Support.run(arguments + ["--language", "qps-ploc", "--format", format])
            #expect(run.code == 0, "\(run.err)")
            let visible = format == "html" ? Self.visibleHTML(run.out) : run.out
            let left = Self.leftovers(visible)
            #expect(left.isEmpty, "\(arguments): \(left.count) plain words, e.g. \(left.prefix(5))")
        }
    }

    static let p = "pseudo/"

    /// The other reports: compare, trend, aggregate, perspectives and the action plan, in every
    /// document format they write (the action plan's CSV has machine column names, and JSON is data).
    @Test(arguments: [
        ["compare", p + "commissioning.json", p + "compare-after.json"], ["trend", p + "history"],
        ["aggregate", p + "aggregate"], ["perspectives", p + "perspectives"], ["actions", p + "commissioning.json"],
    ])
    func everyWordOfTheOtherReportsComesFromTheCatalogue(arguments: [String]) throws {
        var files: [String] = []
        for a in arguments.dropFirst() {
            let path = Support.fixture(a)
            if a.hasSuffix(".json") {
                files.append(path)
            } else if arguments[0] == "aggregate" {
                files.append(path)
            } else {
                files += try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { "\(path)/\($0)" }
            }
        }
        let formats: [String] =
            switch arguments[0] {
            case "compare", "aggregate", "perspectives": ["md", "html"]
            case "trend": ["md", "html", "docx"]
            default: ["md", "html", "docx", "xlsx"]
            }
        let folder = Support.temporaryFolder()
        for format in formats {
            let out = folder.appendingPathComponent("out.\(format)").path
            let run = Support.run([arguments[0]] + files + ["--language", "qps-ploc", "-o", out])
            #expect(
                run.code == 0 || (arguments[0] == "aggregate" && run.code == 2), "\(arguments[0]) \(format): \(run.err)"
            )
            let bytes = try #require(FileManager.default.contents(atPath: out))
            let visible: String
            switch format {
            case "html": visible = Self.visibleHTML(String(decoding: bytes, as: UTF8.self))
            case "docx", "xlsx": visible = try Self.visibleWord(Array(bytes))
            default: visible = String(decoding: bytes, as: UTF8.self)
            }
            let left = Self.leftovers(visible)
            #expect(left.isEmpty, "\(arguments[0]) \(format): \(left.count) plain words, e.g. \(left.prefix(5))")
        }
    }

    @Test(arguments: ["md", "html"])
    func everyWordOfTheEasyReadReportAndFormComesFromTheCatalogue(format: String) {
        var runs = [
            Support.run([
                "report", Support.fixture("pseudo/commissioning.json"), "--easy-read", "--language", "qps-ploc",
                "--format",
                format,
            ])
        ]
        if format == "html" {
            runs.append(Support.run(["questionnaire", "--easy-read", "--language", "qps-ploc"]))
            runs.append(
                Support.run([
                    "questionnaire", "--easy-read", "--framework", "voluntary-organisation-self-assessment",
                    "--language",
                    "qps-ploc",
                ]))
        }
        for run in runs {
            #expect(run.code == 0, "\(run.err)")
            let left = Self.leftovers(format == "html" ? Self.visibleHTML(run.out) : run.out)
            #expect(left.isEmpty, "\(left.count) plain words, e.g. \(left.prefix(5))")
        }
    }

    /// The fillable forms: the page, and the words their script shows as a person answers (handed
    /// to the script in the form's data block).
    @Test(arguments: [["--fillable"], ["--easy-read", "--fillable"]])
    func everyWordOfTheFillableFormsComesFromTheCatalogue(extra: [String]) throws {
        let run = Support.run(["questionnaire", "--format", "html", "--language", "qps-ploc"] + extra)
        #expect(run.code == 0, "\(run.err)")
        let page = Self.leftovers(Self.visibleHTML(run.out))
        #expect(page.isEmpty, "\(page.count) plain words, e.g. \(page.prefix(5))")
        let start = try #require(run.out.range(of: "<script type=\"application/json\" id=\"form-data\">"))
        let end = try #require(run.out.range(of: "</script>", range: start.upperBound..<run.out.endIndex))
        let data = try JSONParser.parse(String(run.out[start.upperBound..<end.lowerBound]))
        func strings(_ v: JSONValue?) -> [String] {
            switch v {
            case .string(let s)?: return [s]
            case .object(let members)?: return members.flatMap { strings($0.value) }
            case .array(let items)?: return items.flatMap { strings($0) }
            default: return []
            }
        }
        let words = strings(data["words"])
        #expect(words.count >= 10)
        let left = Self.leftovers(words.joined(separator: "\n"))
        #expect(left.isEmpty, "the script's words: \(left.prefix(5))")
    }

    @Test func theCheckFindsAStringThatBypassesTheCatalogue() {
        #expect(Self.leftovers("[Ŝûɱɱàŕý] Overall").count == 1)
        #expect(Self.leftovers("[Ŝûɱɱàŕý] NA-04 s.149(2) Sch.19 SHA-256").isEmpty)
    }
}

/// Welsh and bilingual output: the draft notice in both languages, Welsh first, `lang` on each part.
@Suite struct WelshOutputTests {
    @Test func aWelshReportSaysItIsADraftTranslationInWelshAndEnglish() {
        let run = Support.run(["report", "--example", "--language", "cy"])
        #expect(run.code == 0)
        #expect(run.out.contains("Cyfieithiad drafft, heb ei wirio gan gyfieithydd eto"))
        #expect(run.out.contains("Draft translation, not yet checked by a translator"))
        #expect(run.out.contains("| Dyddiad | 2 Tachwedd 2026 |"))
        #expect(run.out.contains("## Crynodeb"))
        #expect(run.out.contains("geirfa Gymraeg"), "the method section names the glossary's sources")
        #expect(run.out.contains("[Saesneg]") || run.out.contains("\\[Saesneg\\]"), "untranslated text is marked")
        let english = Support.run(["report", "--example"])
        #expect(!english.out.contains("Draft translation"))
    }

    @Test func theLanguageIsRecordedInTheJSONReport() throws {
        for (tag, expected) in [("cy", "cy"), ("en-GB", "en-GB"), ("qps-ploc", "qps-ploc")] {
            let run = Support.run(["report", "--example", "--language", tag, "--format", "json"])
            let parsed = try JSONParser.parse(run.out)
            #expect(parsed["language"] == .string(expected))
        }
    }

    @Test(arguments: ["md", "html"])
    func aBilingualDocumentIsWelshThenEnglish(format: String) throws {
        for (arguments, cy, en) in [
            (["report", "--example"], "Crynodeb", "Summary"), (["questionnaire"], "Sut i ateb", "How to answer"),
        ] {
            let run = Support.run(arguments + ["--language", "cy,en-GB", "--format", format])
            #expect(run.code == 0, "\(run.err)")
            let welsh = try #require(run.out.range(of: cy))
            let english = try #require(run.out.range(of: en, options: .backwards))
            #expect(welsh.lowerBound < english.lowerBound)
            if format == "html" {
                #expect(run.out.contains("<html lang=\"cy\">"))
                #expect(run.out.contains("<div class=\"language-part\" lang=\"en-GB\">"))
                // No ID is used twice.
                let regex = try NSRegularExpression(pattern: " id=\"([^\"]+)\"")
                let ids = regex.matches(in: run.out, range: NSRange(run.out.startIndex..., in: run.out)).map {
                    String(run.out[Range($0.range(at: 1), in: run.out)!])
                }
                #expect(Set(ids).count == ids.count)
            }
        }
    }

    @Test func aBilingualDocumentIsRefusedWhereItHasNoForm() {
        let run = Support.run(["report", "--example", "--language", "cy,en-GB", "--format", "json"])
        #expect(run.code == 64)
        #expect(run.err.contains("bilingual"))
        for bad in ["fr", "cy,cy", "en-GB,qps-ploc", "cy,"] {
            let refused = Support.run(["report", "--example", "--language", bad])
            #expect(refused.code == 64, "\(bad)")
            #expect(refused.err.contains("--language"))
        }
    }
}

/// `translations export|import`: XLIFF 2.0 out, checked translation files back.
@Suite struct XLIFFTests {
    static func export() -> String {
        let folder = Support.temporaryFolder()
        let path = folder.appendingPathComponent("cy.xlf").path
        _ = Support.run(["translations", "export", "--language", "cy", "-o", path])
        return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    @Test func theExportHasEveryMessageFormAndFrameworkText() throws {
        let xliff = Self.export()
        #expect(
            xliff.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en-GB\" trgLang=\"cy\">"
            ))
        let catalogue = try BundledData.catalogue()
        for m in catalogue.messages where m.text != nil { #expect(xliff.contains("<unit id=\"\(m.id)\">")) }
        for category in PluralCategory.allCases {
            #expect(xliff.contains("<unit id=\"report.questions-count#\(category.rawValue)\">"))
        }
        #expect(xliff.contains("<file id=\"framework:commissioning-for-equality@1.2.0\""))
        #expect(xliff.contains("<unit id=\"question.NA-01.text\">"))
        #expect(xliff.contains("<segment state=\"translated\">\n<source>Contents</source>\n<target>Cynnwys</target>"))
        #expect(xliff.contains("<segment state=\"initial\">"))
        #expect(xliff.contains("<note category=\"maxLength\">at most 16 characters</note>"), "a narrow column says so")
    }

    @Test func anImportIsCheckedAndWritesNothingWhenWrong() throws {
        let xliff = Self.export()
        let folder = Support.temporaryFolder()
        func importing(_ text: String) -> Support.Run {
            let path = Support.write(text, named: "in.xlf", in: folder)
            return Support.run(["translations", "import", path, "--into", folder.path])
        }
        let good = importing(xliff)
        #expect(good.code == 0, "\(good.err)")
        let written = try String(
            contentsOfFile: folder.appendingPathComponent("messages.cy.json").path, encoding: .utf8)
        let bundled = try String(
            contentsOfFile: Support.packageRoot.appendingPathComponent("Frameworks/translations/messages.cy.json").path,
            encoding: .utf8)
        #expect(written == bundled, "a round trip gives the bundled file back")
        try FileManager.default.removeItem(atPath: folder.appendingPathComponent("messages.cy.json").path)
        for (label, bad, reason) in [
            (
                "placeholder",
                xliff.replacingOccurrences(
                    of: "<target>Cyffredinol: {0}</target>", with: "<target>Cyffredinol</target>"), "placeholders"
            ),
            (
                "markup",
                xliff.replacingOccurrences(
                    of: "<target>Cynnwys</target>", with: "<target>Cyn<pc id=\"1\">nwys</pc></target>"), "markup"
            ),
            (
                "unknown",
                xliff.replacingOccurrences(of: "<unit id=\"report.contents\">", with: "<unit id=\"report.no-such\">"),
                "no message"
            ),
            (
                "plural",
                xliff.replacingOccurrences(
                    of: "<unit id=\"report.questions-count#few\">", with: "<unit id=\"report.questions-count#lots\">"),
                "plural form"
            ),
            (
                "too long",
                xliff.replacingOccurrences(
                    of: "<target>Perchennog</target>", with: "<target>Perchennog y cam gweithredu hwn</target>"),
                "room for 16"
            ),
            ("not XML", "<xliff", "well-formed"),
        ] {
            let run = importing(bad)
            #expect(run.code == 65, "\(label): \(run.err)")
            #expect(run.err.contains(reason), "\(label): \(run.err)")
            #expect(
                !FileManager.default.fileExists(atPath: folder.appendingPathComponent("messages.cy.json").path),
                "\(label)")
        }
        #expect(Support.run(["translations", "export"]).code == 64)
        #expect(Support.run(["translations"]).code == 64)
    }
}

/// The language an answer file was written in: recorded by `ask` and the forms, read back, and
/// refused when it is not one the tool writes.
@Suite struct AnswerLanguageTests {
    @Test func theLanguageIsReadWrittenAndChecked() throws {
        let base = #"{"framework":"commissioning-for-equality","frameworkVersion":"1.2.0","#
        let read = try AnswerJSON.decode(Array((base + #""language":"CY","answers":[]}"#).utf8), file: "a.json")
        #expect(read.language == "cy")
        #expect(AnswerJSON.encode(read).contains("\"frameworkVersion\": \"1.2.0\",\n  \"language\": \"cy\","))
        #expect(try AnswerJSON.decode(Array(AnswerJSON.encode(read).utf8), file: "b.json") == read)
        for bad in [#""fr""#, #""constructor""#, "1", #""qps-ploc""#] {
            #expect(throws: ToolError.self, "\(bad)") {
                try AnswerJSON.decode(Array((base + #""language":"# + bad + #","answers":[]}"#).utf8), file: "c.json")
            }
        }
    }

    @Test func theFormsRecordTheLanguageTheyAreIn() {
        for extra in [["--fillable"], ["--easy-read", "--fillable"]] {
            let english = Support.run(["questionnaire", "--format", "html"] + extra)
            #expect(english.out.contains("\"language\": \"en-GB\""), "\(extra)")
            let welsh = Support.run(["questionnaire", "--format", "html", "--language", "cy"] + extra)
            #expect(welsh.code == 0, "\(extra): \(welsh.err)")
            #expect(welsh.out.contains("\"language\": \"cy\"") && welsh.out.contains("<html lang=\"cy\">"), "\(extra)")
            // One form saves one file, in one language.
            #expect(Support.run(["questionnaire", "--format", "html", "--language", "cy,en-GB"] + extra).code == 64)
        }
    }
}
