import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

@Suite struct InterviewTests {
    func interview(_ lines: [String], path: String, framework: String = "commissioning-for-equality") -> Support.Run {
        let context = CommandContext(environment: [:], input: lines)
        let code = CommandLineTool.run(["ask", "--framework", framework, "-o", path], context: context)
        return Support.Run(code: code, out: context.standardOutput, err: context.standardError)
    }

    func saved(_ path: String) throws -> AnswerSet {
        try AnswerJSON.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
    }

    @Test func wholeInterviewThroughPipedInput() throws {
        let fw = try BundledData.framework("commissioning-for-equality")!
        let path = Support.temporaryFolder().appendingPathComponent("answers.json").path
        // Context first: England (by number), public authority (by name), grant, the UK-wide list.
        // On a grant and that list, the tender questions, the Welsh ones and NA-13 are not asked.
        var input = ["1", "public-authority", "4", "uk-list"]
        let notAsked = ["NA-13", "PR-02", "PR-03", "PR-08", "PR-09", "PR-12", "EV-11"]
        input += ["Wexmoor PCC", "Commissioning manager", "commissioner", "Women's services", "2026-11-25"]
        for q in fw.questions where q.id != "EV-02" && !notAsked.contains(q.id) {
            switch q.id {
            case "SD-08": input += ["5", "No new approach in this exercise"]
            case "EV-01": input += ["1", "", ""]
            case "EV-09": input += ["dont-know", "", "Asked the team"]
            default: input += ["4", "Evidence for \(q.id)", ""]
            }
        }
        let result = interview(input, path: path)
        #expect(result.code == 0)
        #expect(result.err == "")
        let set = try saved(path)
        #expect(
            set.respondent
                == Respondent(
                    organisation: "Wexmoor PCC", role: "Commissioning manager", perspective: "commissioner",
                    exercise: "Women's services",
                    date: "2026-11-25"))
        #expect(
            set.context
                == AssessmentContext(
                    nation: .england, organisationType: .publicAuthority, routeToMarket: .grant, dutyList: .ukList))
        #expect(
            set.answers.count == fw.questions.count - 1 - notAsked.count,
            "EV-02 is skipped because EV-01 is not in place; the context rules out the others")
        for id in notAsked {
            #expect(result.out.contains("  \(id) is not asked: the legal context rules it out ("), "\(id)")
        }
        #expect(set.answer("EV-02") == nil)
        #expect(
            set.answer("SD-08")?.response == "not-applicable"
                && set.answer("SD-08")?.notes == "No new approach in this exercise")
        #expect(set.answer("EV-09")?.response == "dont-know" && set.answer("EV-09")?.notes == "Asked the team")
        #expect(set.answer("NA-01")?.evidence == "Evidence for NA-01")
        #expect(result.out.contains("Your legal context"))
        #expect(result.out.contains("Needs assessment · question 1 of \(fw.questions.count) · 1 of 13 in this stage"))
        #expect(result.out.contains("Next: equality-assess report \(path) --format html -o report.html"))
        #expect(result.out.contains("Overall: "))
        // The saved file is exactly what `report` reads.
        #expect(Support.run(["report", path, "--format", "json"]).code == 0)
    }

    @Test func wholeInterviewThroughTheBinaryWithPipedStdin() throws {
        try #require(Support.binary != nil)
        let fw = try BundledData.framework("voluntary-organisation-self-assessment")!
        let path = Support.temporaryFolder().appendingPathComponent("v.json").path
        var input = [
            "wales", "",
            "Harbour Lights", "Chief executive", "provider", "Self-assessment 2026", "2026-10-19", "7", "4", "0", "3",
            "2", "0", "n", "y",
            "y", "n", "1,2",
        ]
        for q in fw.questions {
            input += q.id == "BP-01" ? ["1", "", ""] : ["3", "Evidence \(q.id)", ""]
        }
        let result = try Support.runBinary(
            ["ask", "--framework", fw.id, "-o", path], stdin: input.joined(separator: "\n") + "\n",
            environment: ["NO_COLOR": "1"])
        #expect(result.code == 0)
        #expect(result.err == "")
        #expect(!result.out.contains("\u{1B}["))
        let set = try saved(path)
        #expect(set.answers.count == fw.questions.count)
        #expect(
            set.context == AssessmentContext(nation: .wales),
            "Enter leaves organisation type unstated")
        #expect(set.answer("BP-01")?.response == "not-in-place")
        #expect(set.profile["capacity-needs"] == .choices(["trustee-board", "funding-and-bids"]))
        #expect(result.out.contains("Race and Justice Network: categories met: 1, 3, 4"), "3 implies 4")
        #expect(try Support.runBinary(["report", path, "--format", "json"]).code == 0)
    }

    @Test func conditionalQuestionComesBackWhenTheEarlierAnswerChanges() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        let fw = try BundledData.framework("commissioning-for-equality")!
        let before = fw.questions.prefix { $0.id != "EV-01" }
        var input = ["", "", "", "", "", "", "", "", ""] + before.flatMap { _ in ["2", "", ""] }
        input += ["1", "", ""]  // EV-01 not in place: EV-02 is not asked
        input += ["b", "3", "", ""]  // back from EV-03 to EV-01 (EV-02 was not asked), now mostly in place
        input += ["2", "", "", "q"]  // EV-02 is asked now; then quit at EV-03
        let result = interview(input, path: path)
        #expect(result.code == 0)
        let set = try saved(path)
        #expect(set.answer("EV-01")?.response == "mostly")
        #expect(set.answer("EV-02")?.response == "partly")
        #expect(result.out.contains("EV-02: Where outcomes differ"))
    }

    @Test func backSkipGuidanceHelpAndQuit() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        let result = interview(
            ["", "", "", "", "Org", "", "", "", "not a date", "", "?", "g", "s", "2", "ev", "", "b", "3", "", "", "q"],
            path: path)
        #expect(result.code == 0)
        #expect(result.out.contains("Please give the date as YYYY-MM-DD"))
        #expect(result.out.contains("Commands (at any prompt):"))
        #expect(result.out.contains("What good looks like: Good looks like a cohort profile"))
        let set = try saved(path)
        #expect(set.answer("NA-01") == nil, "NA-01 was skipped")
        #expect(set.answer("NA-02")?.response == "mostly", "NA-02 answered partly, then changed after going back")
        #expect(set.answer("NA-02")?.evidence == "ev", "Enter keeps the earlier evidence")
        // Resuming asks the details left blank first (role, perspective, exercise, date), then NA-01.
        let resumed = interview(["", "", "", "", "q"], path: path)
        let total = try BundledData.framework("commissioning-for-equality")?.questions.count ?? 0
        // In scope as the report counts: EV-02 is not asked while EV-01 is unanswered.
        #expect(resumed.out.contains("Resuming: 1 of \(total - 1) questions already answered."))
        #expect(resumed.out.contains("question 1 of \(total)"), "resumes at the first unanswered question, NA-01")
    }

    @Test func voluntaryProfileIsAskedAsHeadcounts() throws {
        let path = Support.temporaryFolder().appendingPathComponent("v.json").path
        let result = interview(
            [
                "", "", "Harbour", "", "lived-experiences", "lived-experience", "", "", "8", "9", "4", "5", "1", "3",
                "2", "0", "n", "y", "y", "maybe", "n", "1,4", "q",
            ],
            path: path, framework: "voluntary-organisation-self-assessment")
        #expect(result.code == 0)
        #expect(result.out.contains("That is more than the total (8); please check the headcount."))
        #expect(
            result.out.contains(
                "With those who prefer not to say, that is more than the total (8); please check the headcount."))
        #expect(
            result.out.contains("Please give a number from 1 to 5, or the words, or press Enter to leave it blank."))
        #expect(result.out.contains("Please answer y or n."))
        let set = try saved(path)
        #expect(set.profile["board-total"] == .count(8))
        #expect(set.profile["board-minoritised"] == .count(4))
        #expect(set.profile["board-undisclosed"] == .count(1))
        #expect(set.profile["senior-minoritised"] == .count(2))
        #expect(set.profile["clinks-member"] == .yesNo(false))
        #expect(set.profile["capacity-needs"] == .choices(["trustee-board", "directory-listing"]))
    }

    @Test func refusesToContinueAFileItCannotRead() throws {
        let folder = Support.temporaryFolder()
        let path = Support.write(
            "{\"framework\": \"commissioning-for-equality\", \"answers\": [", named: "broken.json", in: folder)
        let result = interview([], path: path)
        #expect(result.code == 65)
        #expect(result.err.contains("cannot continue this answer file"))
        #expect(
            try String(contentsOfFile: path, encoding: .utf8)
                == "{\"framework\": \"commissioning-for-equality\", \"answers\": [", "the file is untouched")
    }

    /// Kill the real process with SIGKILL part-way, restart it, and find every earlier answer intact.
    @Test func survivesSigkillAndResumesAtTheRightQuestion() throws {
        guard let binary = Support.binary else {
            Issue.record("binary not built")
            return
        }
        let path = Support.temporaryFolder().appendingPathComponent("answers.json").path
        let process = Process()
        process.executableURL = binary
        process.arguments = ["ask", "-o", path]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let lines = ["", "", "", "", "Org", "", "", "", "", "2", "e1", "", "3", "e2", "", "1", "e3", ""]
        input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        // Wait until three answers are on disk, then kill without warning (the input pipe stays open).
        let deadline = Date().addingTimeInterval(20)
        var count = 0
        while Date() < deadline {
            if let set = try? saved(path) { count = set.answers.count }
            if count == 3 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(count == 3)
        let afterKill = try saved(path)
        #expect(afterKill.answers.map(\.question) == ["NA-01", "NA-02", "NA-03"])
        #expect(afterKill.answers.map(\.evidence) == ["e1", "e2", "e3"])
        // The blank details are asked again first (role, perspective, exercise, date).
        let resumed = try Support.runBinary(["ask", "-o", path], stdin: "\n\n\n\n6\n\n\nq\n")
        #expect(resumed.code == 0)
        #expect(resumed.out.contains("Resuming: 3 of 48 questions already answered."), "EV-02 is out of scope")
        #expect(resumed.out.contains("NA-04: "))
        #expect(!resumed.out.contains("NA-03: "))
        let final = try saved(path)
        #expect(final.answers.map(\.question) == ["NA-01", "NA-02", "NA-03", "NA-04"])
        #expect(final.respondent.organisation == "Org")
    }
}

/// `ask` never locks a person out of their own file: Ctrl-C in any field keeps what was typed and
/// leaves a file `ask` and `validate` read; resuming returns to the interrupted question and to
/// any blank detail; choices and dates are read by the rules the CSV template uses. In a list of
/// test lines, U+0003 is Ctrl-C pressed after the text before it (as `LineEditor` reports it).
@Suite struct AskInterruptTests {
    static let setUp = ["", "", "", ""]  // the four context questions, left unstated

    func run(_ lines: [String], path: String) -> Support.Run {
        let context = CommandContext(environment: [:], input: lines)
        let code = CommandLineTool.run(["ask", "-o", path], context: context)
        return Support.Run(code: code, out: context.standardOutput, err: context.standardError)
    }

    func saved(_ path: String) throws -> AnswerSet {
        try AnswerJSON.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
    }

    @Test func ctrlCInANotApplicableReasonKeepsTheTextAndTheFileValid() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        let first = run(Self.setUp + ["Org", "", "", "", "", "5", "Because we do not\u{3}"], path: path)
        #expect(first.code == 130)
        #expect(first.out.contains("What you typed for NA-01 is kept, and it is asked first when you continue."))
        let set = try saved(path)
        #expect(set.answer("NA-01")?.isAnswered == false, "never 'not applicable' without its reason")
        #expect(set.answer("NA-01")?.notes == "Because we do not")
        #expect(Support.run(["validate", path]).code == 0)
        // Resuming: the blank details, then NA-01 first, with the words offered back.
        let again = run(["", "", "", "", "5", ""], path: path)
        #expect(again.out.contains("NA-01: "))
        #expect(again.out.contains("Why does it not apply? (required) [Enter keeps the current text]: "))
        let done = try saved(path)
        #expect(
            done.answer("NA-01")?.response == "not-applicable" && done.answer("NA-01")?.notes == "Because we do not")
    }

    @Test func ctrlCInEvidenceKeepsTheTextAndReturnsToTheQuestion() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        // NA-01 partly, NA-02 skipped, then Ctrl-C while typing NA-03's evidence.
        let first = run(Self.setUp + ["Org", "", "", "", "", "2", "e1", "", "s", "4", "Board min\u{3}"], path: path)
        #expect(first.code == 130)
        let set = try saved(path)
        #expect(set.answer("NA-03")?.isAnswered == false && set.answer("NA-03")?.evidence == "Board min")
        #expect(set.answer("NA-01")?.evidence == "e1")
        #expect(Support.run(["validate", path]).code == 0)
        // NA-03 is asked before NA-02, which was skipped earlier.
        let again = run(["", "", "", "", "4", "", "", "q"], path: path)
        let asked = again.out.components(separatedBy: "\n").filter { $0.hasPrefix("NA-0") }
        #expect(asked.first?.hasPrefix("NA-03: ") == true, "\(asked)")
        #expect(try saved(path).answer("NA-03")?.evidence == "Board min", "Enter kept what was typed")
        // Ctrl-C at the response prompt of a question already answered leaves that answer alone.
        let third = run(["", "", "", "", "b", "\u{3}"], path: path)
        #expect(third.code == 130)
        #expect(try saved(path).answer("NA-03")?.response == "fully")
    }

    @Test func quittingAtTheOrganisationPromptReturnsToAboutYou() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        #expect(run(["1", "", "", "", "/q"], path: path).code == 0)
        let again = run(["Wexmoor PCC", "Manager", "Commissioner", "Women's services", "20/11/2026", "q"], path: path)
        #expect(again.out.contains("About you"))
        let set = try saved(path)
        #expect(set.respondent.organisation == "Wexmoor PCC")
        #expect(set.respondent.perspective == "commissioner", "the perspective by its words, in any case")
        #expect(set.respondent.date == "2026-11-20", "a UK date as the CSV template reads it")
        #expect(set.context.nation == .england)
    }

    @Test func choicesByNumberOrWordsInAnyCase() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        _ = run(["WALES", "Public Authority", "grant", "Welsh-List", "", "", "2", "", "20/11/26", "q"], path: path)
        let set = try saved(path)
        #expect(
            set.context
                == AssessmentContext(
                    nation: .wales, organisationType: .publicAuthority, routeToMarket: .grant, dutyList: .welshList))
        #expect(set.respondent.perspective == "provider")
        #expect(set.respondent.date == "2026-11-20")
    }
}
