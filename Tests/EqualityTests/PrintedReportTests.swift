import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// What a printed report carries on every page: page numbers, a running footer with the
/// organisation, exercise, date and status, and a sign-off block; and that user text in the
/// footer cannot break out of the stylesheet.
@Suite struct PrintedReportTests {
    @Test(arguments: [
        ("plain", "\"plain\""),
        ("say \"hi\"", "\"say \\\"hi\\\"\""),
        ("back\\slash", "\"back\\\\slash\""),
        ("</style><script>", "\"\\3C /style\\3E \\3C script\\3E \""),
        ("line\nbreak\u{7}", "\"line break \""),
        ("A & B", "\"A \\26  B\""),
        ("\u{202E}gnp.exe\u{202C}", "\"\u{FFFD}gnp.exe\u{FFFD}\""),
    ])
    func cssStringsAreEscaped(text: String, expected: String) {
        #expect(CSSString.quoted(text) == expected)
    }

    @Test func draftIsTheDefaultAndSaysSoOnEveryPage() {
        let html = Support.run(["report", "--example", "--format", "html"])
        #expect(html.code == 0)
        #expect(html.out.contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);"))
        // The organisation in full on the first line; the exercise, date and status on the second.
        let footer =
            "@page { @bottom-left { content: \"Office of the Police and Crime Commissioner for Wexmoor (fictional)\" \"\\A\" \"Community support for women and for people with learning… · 2 November 2026 · Draft\"; white-space: pre;"
        #expect(html.out.contains(footer))
        #expect(html.out.contains(" · Draft\";"))
        #expect(html.out.contains("<th scope=\"row\">Status</th><td><strong class=\"status-draft\">Draft</strong>"))
        for step in ["Prepared by", "Reviewed by", "Approved by"] {
            #expect(html.out.contains("<tr><th scope=\"row\">\(step)</th><td></td><td></td><td></td></tr>"))
        }
        let json = Support.run(["report", "--example", "--format", "json"])
        #expect(json.out.contains("\"status\": \"draft\""))
    }

    /// A complete, known answer set (every question in scope answered, none "don't know").
    static func completeExample(_ name: String) throws -> String {
        var loaded = try AnswerLoader.example(name)
        for q in loaded.framework.questions {
            let current = loaded.answers.answer(q.id)
            guard current?.isAnswered != true || current?.response == "dont-know" else { continue }
            loaded.answers.answers.removeAll { $0.question == q.id }
            loaded.answers.answers.append(Answer(question: q.id, response: "partly", evidence: "Board minutes"))
        }
        return Support.write(
            AnswerJSON.encode(loaded.answers), named: "\(name)-complete.json", in: Support.temporaryFolder())
    }

    @Test func finalIsShownWhenAsked() throws {
        let voluntary = try Self.completeExample("voluntary")
        let html = Support.run(["report", voluntary, "--format", "html", "--status", "final"])
        #expect(html.code == 0, "\(html.err)")
        #expect(html.out.contains(" · Final\";"))
        #expect(!html.out.contains("Draft"))
        #expect(!html.out.contains("Provisional"))
        let commissioning = try Self.completeExample("commissioning")
        let md = Support.run(["report", commissioning, "--status", "final"])
        #expect(md.out.contains("| Status | **Final** |"))
        let actions = Support.run(["actions", commissioning, "--format", "html", "--status", "final"])
        #expect(actions.out.contains("Status: <strong class=\"status-final\">Final</strong>"))
    }

    /// "Final" never stands beside "Provisional": while anything is unanswered or "don't know",
    /// --status final is refused (exit 65), naming the questions.
    @Test func finalIsRefusedWhileProvisional() {
        for command in ["report", "actions"] {
            let result = Support.run([command, "--example", "--status", "final"])
            #expect(result.code == 65)
            #expect(
                result.err.contains(
                    "--status final: the results are provisional: 1 question unanswered (EV-09) and 3 questions answered don't know (NA-04, SD-10, PR-11)"
                ), "\(result.err)")
            #expect(result.out.isEmpty)
        }
    }

    @Test func aBadStatusIsAUsageError() {
        let result = Support.run(["report", "--example", "--status", "signed"])
        #expect(result.code == 64)
        #expect(result.err.contains("--status: unknown value \"signed\" (allowed: draft, final)"))
    }

    @Test func theActionPlanHasColumnsToWriteIn() {
        let csv = Support.run(["actions", "--example"])
        #expect(
            csv.out.hasPrefix(
                "\u{FEFF}id,question,stage,priority,action,what_good_looks_like,source,legal_duty,owner,due_date,status,notes\r\n"
            ))
        let html = Support.run(["actions", "--example", "--format", "html"])
        for column in ["Question and current response", "Legal duty", "Owner", "Due date", "Status"] {
            #expect(html.out.contains("\">\(column)</th>"))
        }
        #expect(html.out.contains("<div class=\"landscape\">"))
        #expect(html.out.contains(".actions .c-write { width: 30mm; }"))
    }

    @Test func hostileNamesStayInsideTheFooterString() throws {
        let folder = Support.temporaryFolder()
        var answers = try String(
            contentsOf: Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json"),
            encoding: .utf8)
        answers = answers.replacingOccurrences(
            of: "\"organisation\": \"Office of the Police and Crime Commissioner",
            with:
                "\"organisation\": \"X\\\"; }</style><b> Office of the Police and Crime Commissioner"
        )
        let path = Support.write(answers, named: "hostile.json", in: folder)
        let html = Support.run(["report", path, "--format", "html"])
        #expect(html.code == 0)
        #expect(!html.out.contains("</style><b>"))
        #expect(html.out.contains("content: \"X\\\"; }\\3C /style\\3E \\3C b\\3E  Office"))
    }

    @Test func theHeatMapShadesByBandAndAlwaysSaysTheBand() throws {
        let html = Support.run(["report", "--example", "--format", "html"]).out
        let bands = ["Undeveloped", "Developing", "Achieving", "Excelling"]
        var seen = Set<Int>()
        var rest = Substring(html)
        while let start = rest.range(of: "<td class=\"heat-") {
            let digit = try #require(Int(String(rest[start.upperBound])))
            let cellEnd = try #require(rest[start.upperBound...].range(of: "</td>"))
            let cell = rest[start.upperBound..<cellEnd.lowerBound]
            #expect(cell.contains(bands[digit]), "heat-\(digit) cell without its band name: \(cell)")
            seen.insert(digit)
            rest = rest[cellEnd.upperBound...]
        }
        #expect(seen.count >= 3)
    }

    @Test(arguments: ["html", "md"])
    func theSummaryCarriesTheNetworkResultAndTopActionsBeforeTheSignOff(format: String) throws {
        let out = Support.run(["report", "--example", "voluntary", "--format", format]).out
        let summary = try #require(out.range(of: format == "html" ? "<h2>Summary</h2>" : "## Summary"))
        let network = try #require(
            out.range(of: format == "html" ? "Race and Justice Network</h3>" : "Race and Justice Network:"))
        let top = try #require(out.range(of: "Top 5 priority actions"))
        let owner = try #require(out.range(of: "Owner", range: top.upperBound..<out.endIndex))
        let signOff = try #require(out.range(of: "Sign-off (draft)"))
        let scores = try #require(out.range(of: format == "html" ? "<h2>Scores by stage</h2>" : "## Scores by stage"))
        #expect(summary.lowerBound < network.lowerBound)
        #expect(network.lowerBound < top.lowerBound)
        #expect(owner.lowerBound < signOff.lowerBound)
        #expect(signOff.lowerBound < scores.lowerBound)
        #expect(out.contains("Capacity needs: "))
    }

    @Test(arguments: ["commissioning", "voluntary"])
    func everyContentsLinkReachesItsSection(example: String) throws {
        let html = Support.run(["report", "--example", example, "--format", "html"]).out
        let nav = try #require(html.range(of: "<nav class=\"contents\"")).lowerBound
        let navEnd = try #require(html.range(of: "</nav>")).upperBound
        let targets = html[nav..<navEnd].components(separatedBy: "href=\"#").dropFirst().compactMap {
            $0.split(separator: "\"").first.map(String.init)
        }
        #expect(targets.count == (example == "voluntary" ? 9 : 8))
        var last = navEnd
        for target in targets {
            let section = try #require(html.range(of: "<section id=\"\(target)\""), "no section for #\(target)")
            #expect(section.lowerBound > last, "#\(target) is out of order")
            last = section.lowerBound
        }
    }

    @Test(arguments: ["commissioning", "voluntary"])
    func theSummaryComesFirstAndTheTechnicalDetailsLast(example: String) throws {
        let html = Support.run(["report", "--example", example, "--format", "html"]).out
        let order = [
            "<section id=\"summary\"", "<svg class=\"chart\"", "<h3>Legal risks: ", "<table class=\"matrix heatmap\">",
            "priority actions</h3>", "<caption>Sign-off (draft)</caption>", "<section id=\"scores\"",
            "<section id=\"actions\" class=\"landscape\">", "<section id=\"findings\" class=\"findings landscape\">",
            "<section id=\"method\">", "SHA-256 <code class=\"hash\">",
        ]
        var last = html.startIndex
        for marker in order {
            let found = try #require(
                html.range(of: marker, range: last..<html.endIndex), "\(marker) missing or out of order")
            last = found.upperBound
        }
        let header = try #require(html.range(of: "</header>")).lowerBound
        #expect(!html[..<header].contains("SHA-256"), "the framework hash belongs with the technical details")
    }

    @Test(arguments: ["commissioning-for-equality", "voluntary-organisation-self-assessment"])
    func thePaperQuestionnaireHasRoomToWriteAndMarksLegalDuties(framework: String) throws {
        let html = Support.run(["questionnaire", "--framework", framework, "--format", "html"]).out
        let questions = try #require(try BundledData.framework(framework)).questions
        var rest = Substring(html)
        var blocks = 0
        while let start = rest.range(of: "<div class=\"question paper\">") {
            let end = try #require(rest.range(of: "</div>\n</div>\n", range: start.upperBound..<rest.endIndex))
            let block = rest[start.upperBound..<end.upperBound]
            let q = questions[blocks]
            #expect(block.contains("<h3>\(q.id)"))
            #expect(block.contains("<span class=\"duty-mark\">Legal duty</span>") == (q.legalDuty != nil), "\(q.id)")
            // The label sits on the first ruled line; each empty <div></div> is one more line.
            let evidence = try #require(block.range(of: "evidence:</span></div>"))
            let notes = try #require(block.range(of: "notes (", range: evidence.upperBound..<block.endIndex))
            let lines =
                1 + block[evidence.upperBound..<notes.lowerBound].components(separatedBy: "<div></div>").count - 1
            #expect(lines >= 5, "\(q.id): \(lines) lines for evidence, fewer than 5")
            blocks += 1
            rest = rest[end.upperBound...]
        }
        #expect(blocks == questions.count)
        #expect(html.contains("<caption>Sign-off</caption>"))
    }

    @Test func longNamesAreClippedAtAWord() {
        #expect(GapReport.clipped("short name") == "short name")
        #expect(GapReport.clipped("one two three four five", to: 12) == "one two…")
        #expect(GapReport.clipped("a\n\tb") == "a b")
    }
}
