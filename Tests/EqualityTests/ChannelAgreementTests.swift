import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// Spreadsheets as people save them, one definition of answered and provisional, honest labels,
/// and a `compare` that tells the kinds of change apart (part of issue 12).
@Suite struct ChannelAgreementTests {
    let commissioning = try! BundledData.framework("commissioning-for-equality")!

    // MARK: - Spreadsheets

    @Test func semicolonSeparatedFileWithUKDateIsRead() throws {
        let folder = Support.temporaryFolder()
        let path = Support.write(
            "question;response;evidence;notes\r\nframework:id;commissioning-for-equality\r\nframework:version;1.2.0\r\nrespondent:date;20/11/2026\r\nNA-01;partly;\"Profile; v2\";\r\n",
            named: "semi.csv", in: folder)
        let set = try AnswerLoader.load(path: path, frameworkReference: nil).answers
        #expect(set.respondent.date == "2026-11-20")
        #expect(set.answer("NA-01")?.evidence == "Profile; v2")
    }

    @Test(arguments: [("1/2/2026", "2026-02-01"), ("01/02/2026", "2026-02-01"), ("2026-02-01", "2026-02-01")])
    func spreadsheetDatesBecomeISO(written: String, iso: String) {
        #expect(ReportDate.fromSpreadsheet(written) == iso)
    }

    @Test func impossibleDateNamesItsRow() {
        let path = Support.write(
            "question,response\r\nframework:id,commissioning-for-equality\r\nrespondent:date,31/02/2026\r\n",
            named: "d.csv",
            in: Support.temporaryFolder())
        let result = Support.run(["validate", path])
        #expect(result.code == 65)
        #expect(result.err.contains("\(path): row 3, column response: \"31/02/2026\" is not a date"))
    }

    @Test(arguments: [false, true])
    func utf16UnicodeTextFromExcelIsRead(bigEndian: Bool) throws {
        let text =
            "question\tresponse\tevidence\tnotes\r\nframework:id\tcommissioning-for-equality\r\nframework:version\t1.2.0\r\nNA-01\tmostly\tCohort profile – 2026\t\r\n"
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        let path = Support.write(bytes, named: "unicode.txt", in: Support.temporaryFolder())
        let set = try AnswerLoader.load(path: path, frameworkReference: nil).answers
        #expect(set.answer("NA-01")?.response == "mostly")
        #expect(set.answer("NA-01")?.evidence == "Cohort profile – 2026")
    }

    @Test func aHeaderWithoutAKnownSeparatorSaysSo() {
        let path = Support.write("question|response\nNA-01|partly\n", named: "p.csv", in: Support.temporaryFolder())
        let result = Support.run(["validate", path])
        #expect(result.code == 65)
        #expect(result.err.contains("separated by commas, semicolons or tabs"))
    }

    @Test func aPlainFourColumnSheetIsScoredWithTheDefaultOrTheGivenFramework() {
        let folder = Support.temporaryFolder()
        let plain = Support.write("question,response,evidence,notes\nNA-01,partly,,\n", named: "plain.csv", in: folder)
        let score = Support.run(["score", plain])
        #expect(score.code == 0, "\(score.err)")
        #expect(
            score.out.hasPrefix("Commissioning for equality in criminal justice (commissioning-for-equality 1.2.0)"))
        let voluntary = Support.write("question,response,evidence,notes\nUN-01,partly,,\n", named: "v.csv", in: folder)
        let given = Support.run(["score", voluntary, "--framework", "voluntary-organisation-self-assessment"])
        #expect(given.code == 0, "\(given.err)")
        #expect(given.out.contains("voluntary-organisation-self-assessment 1.2.0"))
    }

    @Test func exampleFollowsTheFramework() {
        let voluntary = Support.run(["report", "--example", "--framework", "voluntary-organisation-self-assessment"])
        #expect(voluntary.code == 0)
        #expect(voluntary.out.contains("Harbour Lights Mentoring"))
        let clash = Support.run([
            "report", "--example", "commissioning", "--framework", "voluntary-organisation-self-assessment",
        ])
        #expect(clash.code == 64)
        #expect(clash.err.contains("give --example voluntary"))
    }

    // MARK: - One definition of answered and provisional

    @Test func validateCountsWhatScoreCounts() {
        let blank = Support.run(["questionnaire", "--format", "csv"]).out
        let path = Support.write(blank, named: "blank.csv", in: Support.temporaryFolder())
        let validate = Support.run(["validate", path]).out
        let score = Support.run(["score", path]).out
        let total = Scorer.assess(
            AnswerSet(framework: commissioning.id, frameworkVersion: "1.2.0"), framework: commissioning
        ).completion.total
        #expect(validate.contains("0 of \(total) questions answered"), "\(validate)")
        #expect(score.contains("Completion: 0 of \(total) answered (provisional: \(total) unanswered)"), "\(score)")
    }

    func report(_ response: (Question) -> String?) -> GapReport {
        var set = AnswerSet(framework: commissioning.id, frameworkVersion: "1.2.0")
        set.answers = commissioning.questions.map {
            Answer(question: $0.id, response: response($0), evidence: "", notes: "not relevant here")
        }
        return GapReport(
            assessment: Scorer.assess(set, framework: commissioning), date: nil, register: try! BundledData.sources())
    }

    @Test func allDontKnowIsProvisional() {
        let r = report { _ in "dont-know" }
        #expect(r.assessment.completion.isProvisional)
        #expect(MarkdownReport.render(r).contains("answered don't know; they score 0 until answered and known."))
    }

    @Test func allNotApplicableIsNotCalledFullyInPlace() {
        let r = report { _ in "not-applicable" }
        let md = MarkdownReport.render(r)
        #expect(md.contains("Nothing in scope was scored"))
        #expect(!md.contains("fully in place and evidenced.\n"))
    }

    @Test func unevidencedFullyIsNeverCalledEvidenced() {
        let r = report { _ in "fully" }
        let md = MarkdownReport.render(r)
        let html = HTMLReport.render(r)
        let score = ScoreSummary.render(r, colour: false)
        for text in [md, html] {
            #expect(text.contains("Claimed fully in place, no evidence given (scored as mostly in place)"))
            #expect(!text.contains("Response | Fully in place and evidenced"))
        }
        #expect(score.contains("claimed fully in place, no evidence given"))
    }

    // MARK: - compare

    @Test func compareTellsTheKindsOfChangeApartAndCountsOnlyFullMarksAsDone() throws {
        func assess(_ responses: [String: String], evidence: Bool = true) throws -> Assessment {
            var set = AnswerSet(framework: commissioning.id, frameworkVersion: "1.2.0")
            set.answers = commissioning.questions.map {
                let r = responses[$0.id] ?? "partly"
                return Answer(question: $0.id, response: r, evidence: evidence ? "seen" : "", notes: "reason")
            }
            return Scorer.assess(
                try AnswerValidator.validate(set, against: commissioning, file: "x"), framework: commissioning)
        }
        let before = try assess(["EV-01": "not-in-place", "SD-08": "partly", "NA-01": "partly", "NA-02": "partly"])
        let after = try assess([
            "EV-01": "partly",  // EV-02 becomes asked
            "SD-08": "not-applicable",  // its action drops out without being done
            "NA-01": "fully",  // done: full marks
            "NA-02": "mostly",  // better, but not done
        ])
        let c = Comparison(before: before, after: after)
        #expect(c.newlyInScope.map(\.id) == ["EV-02"])
        #expect(c.newlyNotApplicable.map(\.id) == ["SD-08"])
        #expect(c.actionsDone.map(\.question) == ["NA-01"])
        let back = Comparison(before: after, after: before)
        #expect(back.noLongerAsked.map(\.id) == ["EV-02"])
        let md = ComparisonMarkdown.render(c)
        #expect(md.contains("## Newly not applicable: 1") && md.contains("## Newly in scope: 1"))
    }

    // MARK: - Wording and ask

    @Test func voluntaryChannelsDoNotAskAboutACommissioningExercise() throws {
        let csv = Support.run([
            "questionnaire", "--framework", "voluntary-organisation-self-assessment", "--format", "csv",
        ]).out
        #expect(!csv.contains("commissioning exercise"))
        #expect(csv.contains("respondent:exercise,,,,,The service or work you are assessing,"))
        let path = Support.temporaryFolder().appendingPathComponent("v.json").path
        let context = CommandContext(environment: [:], input: ["", "", "", "Org", "", "", "q"])
        _ = CommandLineTool.run(
            ["ask", "--framework", "voluntary-organisation-self-assessment", "-o", path], context: context)
        #expect(context.standardOutput.contains("The service or work you are assessing: "))
    }

    @Test func enterKeepsTheCurrentAnswerAfterGoingBack() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        // Context and details left blank; NA-01 partly; at NA-02 go back; Enter keeps partly, then quit.
        let input = ["", "", "", "", "", "", "", "", "", "2", "", "", "b", "", "", "", "q"]
        let context = CommandContext(environment: [:], input: input)
        #expect(CommandLineTool.run(["ask", "-o", path], context: context) == 0)
        #expect(!context.standardOutput.contains("Please choose 1 to 6"))
        #expect(context.standardOutput.contains("Enter keeps partly in place"))
        let saved = try AnswerJSON.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        #expect(saved.answer("NA-01")?.response == "partly")
    }

    @Test func freeTextKeepsLettersAndSlashCommandsWorkEverywhere() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        // NA-01: partly, evidence "g" (kept as text), notes "/g" (guidance), then "back" as a note.
        let input = ["", "", "", "", "", "", "", "", "", "2", "g", "/g", "back", "/q"]
        let context = CommandContext(environment: [:], input: input)
        #expect(CommandLineTool.run(["ask", "-o", path], context: context) == 0)
        let saved = try AnswerJSON.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        #expect(saved.answer("NA-01")?.evidence == "g")
        #expect(saved.answer("NA-01")?.notes == "back")
        #expect(context.standardOutput.contains("What good looks like:"), "/g at a text prompt shows guidance")
    }

    @Test func askSaysWhenAConditionalQuestionIsSkippedAndMarksLegalDuties() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        let before = commissioning.questions.prefix { $0.id != "EV-01" }
        var input = Array(repeating: "", count: 9) + before.flatMap { _ in ["4", "e", ""] }
        input += ["1", "", "", "q"]  // EV-01 not in place: EV-02 is skipped, and ask says so
        let context = CommandContext(environment: [:], input: input)
        #expect(CommandLineTool.run(["ask", "-o", path], context: context) == 0)
        #expect(context.standardOutput.contains("EV-02 is not asked: asked only when EV-01 is"))
        #expect(context.standardOutput.contains("Legal duty: Public Sector Equality Duty (due regard)"))
    }

    @Test func ctrlCSavesTheAnswerBeingTyped() throws {
        let binary = try #require(Support.binary)
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        let process = Process()
        process.executableURL = binary
        process.arguments = ["ask", "-o", path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("\n\n\n\nOrg\n\n\n\n\n3\nEvidence typed so far\n".utf8))
        // Wait for the notes prompt, then press Ctrl-C (the input stays open, as at a terminal).
        let deadline = Date().addingTimeInterval(20)
        var seen = Data()
        while Date() < deadline, !String(decoding: seen, as: UTF8.self).contains("Notes (optional): ") {
            seen += output.fileHandleForReading.availableData
        }
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        seen += output.fileHandleForReading.readDataToEndOfFile()
        #expect(process.terminationStatus == 130)
        #expect(String(decoding: seen, as: UTF8.self).contains("Run the same command again to continue."))
        let saved = try AnswerJSON.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        // Interrupted part-way: left unanswered with what was typed for it, and asked first next time.
        #expect(saved.answer("NA-01")?.isAnswered == false)
        #expect(saved.answer("NA-01")?.evidence == "Evidence typed so far")
        #expect(String(decoding: seen, as: UTF8.self).contains("What you typed for NA-01 is kept"))
        #expect(Support.run(["validate", path]).code == 0, "the file stays one ask and validate read")
        let resumed = try Support.runBinary(["ask", "-o", path], stdin: "\n\n\n\nq\n")
        #expect(resumed.out.contains("You started this before: what you typed is kept"))
        #expect(resumed.out.contains("NA-01: "))
    }
}
