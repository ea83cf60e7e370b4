import Testing

@testable import EqualityCore
@testable import EqualityRendering

/// Easy Read as data: every question of both frameworks has one short plain question, and the
/// six answers have plain words; the rules that check them can fail.
@Suite struct EasyReadTests {
    @Test func everyQuestionHasAShortPlainEasyReadVersion() throws {
        let easy = try BundledData.easyRead()
        for id in BundledData.frameworkIDs {
            let framework = try #require(try BundledData.framework(id))
            for q in framework.questions {
                let text = try #require(easy.questions[q.id], "\(q.id) has no Easy Read version")
                #expect(text.split(separator: " ").count <= 15, "\(q.id): \(text)")
                #expect(EasyRead.problems(text, isQuestion: true).isEmpty, "\(q.id): \(text)")
            }
            for r in framework.scale.responses { #expect(easy.answers[r.id] != nil, "\(r.id)") }
        }
        #expect(easy.answers["fully"] == "Yes, and we can show it")
        for r in ["not-in-place", "partly", "mostly", "fully", "not-applicable", "dont-know"] {
            let text = try #require(easy.reportAnswers[r], "\(r) has no report wording")
            #expect(text.hasPrefix("They "), "\(r): \(text) is not worded as the organisation's answer")
            #expect(EasyRead.problems(text, isQuestion: false).isEmpty, "\(r): \(text)")
        }
    }

    @Test(arguments: [
        ("Do they write down what you need and what you like and what you do not like at all?", "words; keep it to 15"),
        ("Do they follow the PSED?", "looks like an abbreviation"),
        ("Do they ask you (and your family)?", "no brackets"),
        ("They ask you. Do they listen?", "one sentence"),
        ("They ask you", "question mark"),
    ])
    func theRulesCatchHardText(text: String, problem: String) {
        #expect(EasyRead.problems(text, isQuestion: true).contains { $0.contains(problem) }, "\(text)")
    }

    @Test func aMissingQuestionIsReported() throws {
        let framework = try #require(try BundledData.framework("commissioning-for-equality"))
        let json = "{\"about\": \"x\", \"answers\": {}, \"questions\": {\"NA-01\": \"Do they know you?\"}}"
        #expect(throws: ToolError.self) {
            try EasyRead.decode(Array(json.utf8), file: "e.json", frameworks: [framework])
        }
    }
}

/// `report --easy-read`: the four parts in plain words, from the Easy Read data.
@Suite struct EasyReadReportTests {
    @Test func theReportHasTheFourPartsInPlainWords() throws {
        let result = Support.run(["report", "--example", "--easy-read"])
        #expect(result.code == 0)
        Support.expectGolden(result.out, "easy-read-commissioning.md")
        let md = result.out
        var last = md.startIndex
        for heading in [
            "## What we checked", "## What is going well", "## What needs to change", "## What will happen next",
        ] {
            let found = try #require(
                md.range(of: heading, range: last..<md.endIndex), "\(heading) missing or out of order")
            last = found.upperBound
        }
        let easy = try BundledData.easyRead()
        #expect(md.contains(try #require(easy.questions["NA-04"])), "the top gap in Easy Read words")
        // The organisation's answer, in the third person: never read as the reader's own.
        #expect(md.contains("**They said they do not know.** The law says this must be done."))
        #expect(!md.contains("I do not know"))
        #expect(md.contains("We asked 46 questions. They answered 45 of them."))
        #expect(md.contains("This report is a draft. It may still change."))
        #expect(md.contains("Some answers are missing or not known yet."))
        #expect(md.contains("We found 6 things missing that the law asks for."))
        #expect(!md.contains("Public Sector Equality Duty") && !md.contains("NA-04"), "no jargon or codes")
        let html = Support.run(["report", "--example", "voluntary", "--easy-read", "--format", "html"]).out
        #expect(html.contains("font-size: 16pt; line-height: 1.5;"))
        #expect(!html.contains("<em>") && !html.contains("<i>"))
    }

    /// Every answer the same: all not applicable says nothing was scored, never that nothing needs
    /// to change; a final, complete report says it is final and not that it may change.
    @Test func theOddCasesStayTrue() throws {
        var loaded = try AnswerLoader.example("commissioning")
        loaded.answers.answers = loaded.framework.questions.map {
            Answer(question: $0.id, response: "not-applicable", notes: "Not part of this exercise")
        }
        let allNA = Support.write(AnswerJSON.encode(loaded.answers), named: "na.json", in: Support.temporaryFolder())
        let md = Support.run(["report", allNA, "--easy-read"]).out
        #expect(md.contains("They said none of the questions were about this work."))
        #expect(md.contains("So we cannot say yet what needs to change."))
        #expect(!md.contains("We did not find anything that needs to change."))
        #expect(md.contains("We did not find anything missing that the law asks for."))
        let complete = try PrintedReportTests.completeExample("commissioning")
        let final = Support.run(["report", complete, "--easy-read", "--status", "final"]).out
        #expect(final.contains("This is the final report."))
        #expect(!final.contains("may change"))
    }

    @Test func onlyMarkdownAndHTML() {
        let result = Support.run(["report", "--example", "--easy-read", "--format", "json"])
        #expect(result.code == 64)
        #expect(result.err.contains("--easy-read: works with --format md or html"))
    }

    @Test(arguments: HostileInputTests.payloads)
    func givenTextIsEscaped(payload: String) throws {
        let path = try Support.hostileExample(payload)
        let html = Support.run(["report", path, "--easy-read", "--format", "html"])
        #expect(html.code == 0)
        // The stage pictures: the sprite, one beside each step, and one beside each question listed.
        let loaded = try AnswerLoader.load(path: path, frameworkReference: nil)
        let report = GapReport(
            assessment: Scorer.assess(loaded.answers, framework: loaded.framework), date: nil,
            register: try BundledData.sources())
        let content = EasyReadReport.content(report, try BundledData.easyRead())
        HostileInputTests.checkHTML(
            html.out, payload: payload,
            svgCount: 1 + content.checked.count + content.going.count + content.change.count,
            extraTags: ["symbol", "use", "g", "path"])
    }
}
