import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// Sentences a board, a trustee or a person with lived experience reads, kept true in the odd
/// cases: a context field that changes nothing, every answer not applicable, a workbook given as
/// answers, a comparison with nobody to compare with, and the agreement step.
@Suite struct TrueSentencesTests {
    static var commissioning: Framework { try! BundledData.framework("commissioning-for-equality")! }

    static func example(_ change: (inout AnswerSet) -> Void) throws -> String {
        var set = try AnswerLoader.example("commissioning").answers
        change(&set)
        return Support.write(AnswerJSON.encode(set), named: "answers.json", in: Support.temporaryFolder())
    }

    /// Only a missing field that would change a duty or a question is "not stated". Since 1.2.0
    /// the list a body is on decides the specific duties, and nothing turns on the nation alone,
    /// so leaving the nation out says nothing; leaving the list out, or answering don't know, does.
    @Test func legalContextNotStatedOnlyWhenItMatters() throws {
        let noNation = try Self.example { $0.context.nation = nil }
        let quiet = Support.run(["report", noNation])
        #expect(!quiet.out.contains("Legal context not stated"))
        #expect(quiet.out.contains("(not stated: nation)"), "the context line still lists it")
        #expect(!Support.run(["score", noNation]).out.contains("Legal context: not stated"))
        for list in [nil, AssessmentContext.DutyList.dontKnow] {
            let noList = try Self.example { $0.context.dutyList = list }
            let notice = Support.run(["report", noList]).out
            #expect(
                notice.contains("> **Legal context not stated.** Legal context not stated (list of specific duties):"))
            #expect(!notice.contains("(nation"), "only the fields that matter are named")
        }
        let fields = AssessmentContext(organisationType: .publicAuthority).decisiveUnstatedFields(Self.commissioning)
        #expect(fields.contains(.dutyList) && fields.contains(.routeToMarket) && !fields.contains(.nation))
    }

    /// Every question not applicable: nothing is said to be fully in place, and no legal-duty
    /// question is said to have passed.
    @Test func allNotApplicableClaimsNothing() throws {
        let path = try Self.example { set in
            set.answers = Self.commissioning.questions.map {
                Answer(question: $0.id, response: "not-applicable", notes: "Outside this exercise")
            }
        }
        let md = Support.run(["report", path]).out
        #expect(!md.contains("every question in scope is fully in place"))
        #expect(!md.contains("nothing is short of fully in place"))
        #expect(md.contains("Nothing in scope was scored: every question was not applicable or not asked."))
        #expect(md.contains("No actions: nothing in scope was scored"))
        #expect(md.contains("No legal-duty question was scored here"))
        #expect(!md.contains("Every legal-duty question in scope scored at least"))
        for format in ["csv", "md", "html"] {
            let plan = Support.run(["actions", path, "--format", format]).out
            #expect(!plan.contains("fully in place"), "\(format): \(plan.suffix(300))")
        }
        let html = Support.run(["actions", path, "--format", "html"]).out
        #expect(html.contains("No actions: nothing in scope was scored"))
        let docx = Support.temporaryFolder().appendingPathComponent("plan.docx").path
        #expect(Support.run(["actions", path, "-o", docx]).code == 0)
        let words = try ClaimsTests.wordParagraphs(Array(try Data(contentsOf: URL(fileURLWithPath: docx))))
        #expect(words.contains { $0.hasPrefix("No actions: nothing in scope was scored") })
    }

    /// A workbook given as an answer file is told how to save a CSV, not shown a syntax error.
    @Test func aWorkbookIsToldToSaveAsCSV() throws {
        let folder = Support.temporaryFolder()
        let xlsx = folder.appendingPathComponent("answers.xlsx").path
        #expect(Support.run(["actions", "--example", "-o", xlsx]).code == 0)
        for command in [["validate", xlsx], ["report", xlsx], ["score", xlsx]] {
            let result = Support.run(command)
            #expect(result.code == 65)
            #expect(
                (result.out + result.err).contains(
                    "is a spreadsheet workbook, not a CSV file; in Excel choose File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\""
                ), "\(command[0]): \(result.err)")
        }
        // The same bytes under a .csv name are still a workbook.
        let renamed = Support.write(
            Array(try Data(contentsOf: URL(fileURLWithPath: xlsx))), named: "answers.csv", in: folder)
        #expect(Support.run(["validate", renamed]).code == 65)
    }

    /// The Word heat map's caption speaks of dashed borders: the cells resting on one question have them.
    @Test func theWordHeatMapHasTheDashedCellsItsKeyDescribes() throws {
        let docx = Support.temporaryFolder().appendingPathComponent("board.docx").path
        #expect(Support.run(["report", "--example", "-o", docx]).code == 0)
        let xml = String(
            decoding: try ClaimsTests.storedEntry(
                "word/document.xml", in: Array(try Data(contentsOf: URL(fileURLWithPath: docx)))), as: UTF8.self)
        #expect(xml.contains("a dashed border marks a cell resting on one question"))
        let a = Scorer.assess(try AnswerLoader.example("commissioning").answers, framework: Self.commissioning)
        let thin = a.concerns.reduce(0) { total, row in
            total
                + a.stages.filter { row.countByStage[$0.stage.id] == 1 && row.byStage[$0.stage.id]?.isAssessed == true }
                .count + (row.overallCount == 1 ? 1 : 0)
        }
        #expect(thin > 0, "the example has thin cells")
        let dashed = xml.components(separatedBy: "<w:tcBorders><w:top w:val=\"dashed\"").count - 1
        #expect(dashed == thin, "\(dashed) dashed cells for \(thin) cells resting on one question")
    }

    /// Reassessment figures on a terminal read as numbers, not Markdown escapes; counts agree in number.
    @Test func theTerminalReadsPlainly() throws {
        let compare = Support.run([
            "compare", Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json").path,
            Support.fixture("compare/after-commissioning.json"),
        ]).out
        #expect(compare.contains("| +0.7 points |"))
        #expect(!compare.contains("\\+"))
        let path = Support.temporaryFolder().appendingPathComponent("answers.json").path
        let context = CommandContext(input: ["/q"])
        _ = CommandLineTool.run(["ask", "-o", path], context: context)
        #expect(context.standardOutput.contains("Saved to \(path) (0 of 48 questions answered)."), "EV-02 is not asked")
        #expect(!context.standardOutput.contains("0 answers"))
    }

    /// `perspectives` with no one of lived experience does not say the commissioner agrees with them.
    @Test func nothingToCompareIsSaidSo() {
        let folder = Support.packageRoot.appendingPathComponent("Tests/EqualityTests/Fixtures/perspectives").path
        let md = Support.run(["perspectives", "\(folder)/commissioner.json", "\(folder)/provider.json"]).out
        #expect(
            md.contains(
                "Not compared: this needs answer sets from both the commissioner and people with lived experience."))
        #expect(!md.contains("No stage where the commissioner rates higher"))
    }

    /// `ask` on a consensus draft ends with the agreement step; what the group says is saved.
    @Test func askRecordsWhoAgreedADraft() throws {
        let folder = Support.temporaryFolder()
        let perspectives = try FileManager.default.contentsOfDirectory(atPath: Support.fixture("perspectives"))
            .filter { $0.hasSuffix(".json") }.sorted().map { Support.fixture("perspectives/\($0)") }
        let draft = folder.appendingPathComponent("draft.json").path
        #expect(Support.run(["perspectives"] + perspectives + ["--draft", draft]).code == 0)
        // Skip the questions nobody answered, then press Enter at the agreement step.
        let loaded = try AnswerLoader.load(path: draft, frameworkReference: nil)
        let pending =
            Scorer.assess(loaded.answers, framework: loaded.framework).unansweredInScope
            + AnswerFields.respondent.filter { loaded.answers.respondent[$0.key].isBlank }.count
        var lines = Array(repeating: "/s", count: pending) + [""]
        let context = CommandContext(input: lines)
        _ = CommandLineTool.run(["ask", "-o", draft], context: context)
        #expect(context.standardOutput.contains("This is a draft drawn from the views of commissioner"))
        var set = try AnswerJSON.decode(Array(try Data(contentsOf: URL(fileURLWithPath: draft))), file: draft)
        #expect(set.agreedWith.isEmpty, "Enter leaves it a draft for agreement")
        lines = Array(repeating: "/s", count: pending) + ["1, People with lived experience"]
        let agree = CommandContext(input: lines)
        _ = CommandLineTool.run(["ask", "-o", draft], context: agree)
        set = try AnswerJSON.decode(Array(try Data(contentsOf: URL(fileURLWithPath: draft))), file: draft)
        #expect(set.agreedWith == [.commissioner, .livedExperience], "\(agree.standardOutput.suffix(400))")
        #expect(
            Support.run(["report", draft]).out.contains(
                "| Agreement | Agreed with: commissioner and people with lived experience. |"))
    }
}

/// The perspectives report prints like the gap report: a footer on every page beside "Page N of M".
@Suite struct PerspectivesPrintTests {
    @Test func thePerspectivesReportHasAPageFooter() {
        let folder = Support.packageRoot.appendingPathComponent("Tests/EqualityTests/Fixtures/perspectives").path
        let html = Support.run([
            "perspectives", "\(folder)/commissioner.json", "\(folder)/provider.json", "--format", "html",
        ]).out
        #expect(html.contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages);"))
        #expect(html.contains("@page { @bottom-left { content: \"Perspectives: Community support"))
        #expect(html.contains("\"\\A\" \"Answer sets: commissioner (1), provider (1)\""))
        #expect(html.contains("<table class=\"ratings\">"))
    }
}
