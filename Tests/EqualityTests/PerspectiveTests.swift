import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore

/// Whose view an answer set gives: a known perspective or none, in every channel.
@Suite struct PerspectiveTests {
    static func example(_ edit: (String) -> String) -> String {
        let text =
            (try? String(
                contentsOf: Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json"),
                encoding: .utf8)) ?? ""
        return edit(text)
    }

    @Test func anUnknownPerspectiveIsRefusedWithTheAllowedValues() {
        let folder = Support.temporaryFolder()
        let path = Support.write(
            Self.example {
                $0.replacingOccurrences(
                    of: "\"perspective\": \"commissioner\"", with: "\"perspective\": \"comissioner\"")
            },
            named: "a.json", in: folder)
        let result = Support.run(["validate", path])
        #expect(result.code == 65)
        #expect(
            result.err.contains(
                "respondent.perspective: \"comissioner\" is not a perspective (did you mean \"commissioner\"? allowed: commissioner, provider, voluntary-partner, lived-experience, other)"
            ))
    }

    @Test func aPerspectiveTravelsThroughTheCSVTemplate() throws {
        let csv = Support.run(["questionnaire", "--format", "csv"]).out
        #expect(csv.contains("respondent:perspective"))
        let set = try AnswerJSON.decode(Array(Self.example { $0 }.utf8), file: "a.json")
        #expect(set.respondent.perspective == "commissioner")
        #expect(Perspective(rawValue: set.respondent.perspective) == .commissioner)
        let json = Support.run(["report", "--example", "--format", "json"]).out
        #expect(json.contains("\"perspective\": \"commissioner\""))
    }
}

/// `perspectives` on fixtures with known disagreements: a voluntary partner rates NA-02 not in
/// place where the commissioner says fully; two people with lived experience rate procurement
/// lower; one of them rates NA-05 not in place.
@Suite struct PerspectivesCommandTests {
    static let folder = Support.fixture("perspectives")
    static let files = ["commissioner", "provider", "voluntary-partner", "lived-experience-a", "lived-experience-b"].map
    {
        "\(folder)/\($0).json"
    }

    @Test func differencesAndThePlacesToLookFirst() throws {
        let result = Support.run(["perspectives"] + Self.files + ["--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let json = try JSONParser.parse(result.out)
        // Procurement has no question people with lived experience are asked, so it is not compared.
        #expect(json["lookFirst"] == .array([.string("needs-assessment")]))
        guard case .array(let stages)? = json["stages"] else {
            Issue.record("no stages")
            return
        }
        let procurement = try #require(stages.first { $0["id"] == .string("procurement") })
        #expect(procurement["commissionerHigher"] == .bool(false))
        let md = Support.run(["perspectives"] + Self.files).out
        #expect(md.contains("| Procurement | no shared questions |"), "\(md.prefix(2400))")
        guard case .array(let questions)? = json["questions"] else {
            Issue.record("no questions")
            return
        }
        let spread = questions.filter { if case .number(let s)? = $0["spread"] { return s >= 2 } else { return false } }
        #expect(spread.map { $0["id"] } == [.string("NA-02")], "only NA-02 differs by two points or more")
        let na02 = try #require(questions.first { $0["id"] == .string("NA-02") })
        #expect(na02["ratings"]?["voluntary-partner"]?["meanPoints"] == .number(0))
        #expect(na02["ratings"]?["commissioner"]?["meanPoints"] == .number(3))
        let na05 = try #require(questions.first { $0["id"] == .string("NA-05") })
        #expect(na05["commissionerAboveLivedExperience"] == .bool(true))
    }

    @Test(arguments: ["md", "html", "json"])
    func peopleWithLivedExperienceAreProtected(format: String) {
        let out = Support.run(["perspectives"] + Self.files + ["--format", format]).out
        #expect(!out.contains("Panel member"), "never named")
        #expect(!out.contains("Said at the panel session"), "their words are not shown below the minimum count")
        #expect(!out.contains("Nobody explained this to us"))
        let concerns = format == "json" ? "\"concerns\": \"raised\"" : "raised concerns"
        #expect(out.contains(concerns))
        #expect(!out.contains("Office of the Police") && !out.contains("Wexmoor Women"), "no organisation is named")
        let open = Support.run(["perspectives"] + Self.files + ["--format", format, "--min-count", "2"]).out
        #expect(!open.contains("Panel member"), "still never named at or above the minimum")
        #expect(open.contains("Nobody explained this to us"), "their words are shown at or above the minimum")
        #expect(!open.contains(concerns))
    }

    @Test func theDraftTakesTheLowestRatingGivenWithEvidenceAndSaysWhoSaidWhat() throws {
        let draft = Support.temporaryFolder().appendingPathComponent("draft.json").path
        let result = Support.run(["perspectives"] + Self.files + ["--draft", draft])
        #expect(result.code == 0)
        let set = try AnswerJSON.decode(Array(try Data(contentsOf: URL(fileURLWithPath: draft))), file: draft)
        let na02 = try #require(set.answer("NA-02"))
        #expect(na02.response == "not-in-place", "the voluntary partner's evidenced rating is the lowest")
        #expect(na02.notes.contains("Voluntary-sector partner: 0.0 of 3"))
        #expect(
            na02.notes.contains(
                "Draft takes the lowest rating given with evidence or reasons (Voluntary-sector partner)"))
        #expect(na02.evidence.contains("Voluntary-sector partner: Our members were not asked"))
        let na05 = try #require(set.answer("NA-05"))
        #expect(na05.response == "not-in-place", "lived experience is heard, however few answered")
        #expect(na05.notes.contains("People with lived experience: raised concerns"))
        #expect(na05.notes.contains("Draft takes a lower rating raised by people with lived experience."))
        #expect(!na05.notes.contains("(People with lived experience)"), "no count or words below the minimum")
        #expect(set.respondent.perspective == "" && !JSONWriter.write(.string(na05.evidence)).contains("Panel member"))
        #expect(!na05.evidence.contains("Nobody explained this to us"), "their words stay out below the minimum")
        // Every question someone answered has a rating in the draft.
        let answeredBySomeone = Set(
            try Self.files.flatMap { path in
                try AnswerLoader.load(path: path, frameworkReference: nil).answers.answers.filter(\.isAnswered)
                    .map(\.question)
            })
        for id in answeredBySomeone { #expect(set.answer(id)?.isAnswered == true, "\(id) left blank in the draft") }
        #expect(Support.run(["validate", draft]).code == 0)
        // A draft records who it was drawn from; nobody has agreed it yet.
        #expect(set.drawnFrom == [.commissioner, .provider, .voluntaryPartner, .livedExperience])
        #expect(set.agreedWith.isEmpty)
        let unagreed = Support.run(["report", draft])
        #expect(unagreed.code == 0)
        #expect(unagreed.out.contains("| Status | **Draft for agreement** |"))
        #expect(unagreed.out.contains("> **Draft for agreement.**"))
        #expect(!unagreed.out.contains("Agreed with"))
        #expect(Support.run(["report", draft, "--format", "html"]).out.contains("<th scope=\"row\">Agreement</th>"))
        let json = Support.run(["report", draft, "--format", "json"]).out
        #expect(json.contains("\"status\": \"draft-for-agreement\""))
        #expect(json.contains("\"drawnFrom\": [\n    \"commissioner\","))
        // Once the group records who agreed it, the report says so, and the draft notice goes.
        var agreedSet = set
        agreedSet.agreedWith = [.commissioner, .livedExperience]
        let agreedPath = Support.write(
            AnswerJSON.encode(agreedSet), named: "agreed.json", in: Support.temporaryFolder())
        let agreed = Support.run(["report", agreedPath])
        #expect(agreed.out.contains("| Agreement | Agreed with: commissioner and people with lived experience. |"))
        #expect(agreed.out.contains("| Status | **Draft** |"))
        #expect(!agreed.out.contains("> **Draft for agreement.**") && !agreed.out.contains("**Draft for agreement**"))
    }

    /// An unagreed draft can never be final.
    @Test func anUnagreedDraftIsNeverFinal() throws {
        let complete = try PrintedReportTests.completeExample("commissioning")
        var set = try AnswerLoader.load(path: complete, frameworkReference: nil).answers
        set.drawnFrom = [.commissioner, .provider]
        let path = Support.write(AnswerJSON.encode(set), named: "draft.json", in: Support.temporaryFolder())
        let refused = Support.run(["report", path, "--status", "final"])
        #expect(refused.code == 65)
        #expect(refused.err.contains("a consensus draft the group has not agreed"))
        set.agreedWith = [.commissioner, .provider]
        let agreed = Support.write(AnswerJSON.encode(set), named: "agreed.json", in: Support.temporaryFolder())
        #expect(Support.run(["report", agreed, "--status", "final"]).code == 0)
    }

    /// A question no person with lived experience answered reads "not answered", never "no
    /// concerns"; one they are not asked (the Easy Read form does not ask it) reads "not asked",
    /// and their answer to it, if a file has one, is not compared.
    @Test func notAnsweredIsNotNoConcerns() throws {
        let folder = Support.temporaryFolder()
        var lived = try AnswerLoader.load(path: Self.files[3], frameworkReference: nil).answers
        lived.answers.removeAll { $0.question == "NA-05" }
        let path = Support.write(AnswerJSON.encode(lived), named: "lived.json", in: folder)
        let md = Support.run(["perspectives", Self.files[0], path, "--format", "md"]).out
        let row = try #require(md.split(separator: "\n").first { $0.hasPrefix("| NA-05 ") })
        #expect(row.hasSuffix("| not answered |"), "\(row)")
        #expect(!row.contains("no concerns raised"))
        #expect(lived.answer("NA-02")?.isAnswered == true, "the file answers NA-02")
        let na02 = try #require(md.split(separator: "\n").first { $0.hasPrefix("| NA-02 ") })
        #expect(na02.hasSuffix("| not asked |"), "\(na02)")
    }

    /// The same answer set twice (the same file, or an identical copy) is refused, naming both.
    @Test func theSameAnswerSetTwiceIsRefused() throws {
        let folder = Support.temporaryFolder()
        let twice = Support.run(["perspectives", Self.files[0], Self.files[1], Self.files[0]])
        #expect(twice.code == 64)
        #expect(twice.err.contains("is the same file as \(Self.files[0]), given twice"))
        let copy = Support.write(
            try String(contentsOfFile: Self.files[1], encoding: .utf8), named: "copy.json", in: folder)
        let identical = Support.run(["perspectives", Self.files[0], Self.files[1], copy])
        #expect(identical.code == 64)
        #expect(identical.err.contains("has the same respondent and answers as \(Self.files[1])"))
    }

    @Test func aDraftNamedCSVIsTheSpreadsheetTemplateAndKeepsWhoAgreed() throws {
        let folder = Support.temporaryFolder()
        let json = folder.appendingPathComponent("draft.json").path
        let csv = folder.appendingPathComponent("draft.csv").path
        #expect(Support.run(["perspectives"] + Self.files + ["--draft", json]).code == 0)
        let result = Support.run(["perspectives"] + Self.files + ["--draft", csv])
        #expect(result.code == 0)
        #expect(result.err.contains("agree it in a spreadsheet or the form"))
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(text.contains("framework:drawnFrom,commissioner; provider; voluntary-partner; lived-experience,"))
        #expect(text.contains("\r\nframework:agreedWith,,"), "an empty row for the group to fill in when it agrees")
        let fromCSV = try AnswerLoader.load(path: csv, frameworkReference: nil).answers
        let fromJSON = try AnswerLoader.load(path: json, frameworkReference: nil).answers
        #expect(AnswerJSON.encode(fromCSV) == AnswerJSON.encode(fromJSON), "the CSV draft holds what the JSON one does")
        let wrong = Support.write(
            text.replacingOccurrences(
                of: "framework:agreedWith,,", with: "framework:agreedWith,comissioner; provider,"),
            named: "bad.csv", in: folder)
        let refused = Support.run(["validate", wrong])
        #expect(refused.code == 65)
        #expect(
            refused.err.contains("\"comissioner\" is not a perspective (did you mean \"commissioner\"?)"),
            "\(refused.err)")
    }

    @Test func otherExercisesFrameworksAndUnstatedPerspectivesAreRefused() throws {
        let folder = Support.temporaryFolder()
        let other = try String(contentsOfFile: Self.files[1], encoding: .utf8).replacingOccurrences(
            of: "\"exercise\": \"Community support", with: "\"exercise\": \"Housing support")
        let otherPath = Support.write(other, named: "other.json", in: folder)
        let a = Support.run(["perspectives", Self.files[0], otherPath])
        #expect(a.code == 65)
        #expect(a.err.contains("respondent.exercise: is \"Housing support"), "names this file's exercise")
        #expect(a.err.contains("(\"Community support for women"), "and the other file's")
        // Letter case, spaces and a final full stop do not make another exercise.
        let typed = try String(contentsOfFile: Self.files[1], encoding: .utf8).replacingOccurrences(
            of: "\"exercise\": \"Community support", with: "\"exercise\": \"  community  SUPPORT"
        ).replacingOccurrences(of: "2026 to 2029\"", with: "2026 to 2029.\"")
        #expect(
            Support.run(["perspectives", Self.files[0], Support.write(typed, named: "t.json", in: folder)]).code == 0)
        let voluntary = Support.packageRoot.appendingPathComponent("Frameworks/examples/voluntary.json").path
        let b = Support.run(["perspectives", Self.files[0], voluntary])
        #expect(b.code == 65)
        #expect(b.err.contains("compare answer sets of one framework"))
        let unstated = try String(contentsOfFile: Self.files[0], encoding: .utf8).replacingOccurrences(
            of: "\"perspective\": \"commissioner\",", with: "")
        let c = Support.run(["perspectives", Support.write(unstated, named: "u.json", in: folder), Self.files[1]])
        #expect(c.code == 65)
        #expect(c.err.contains("respondent.perspective: not stated"))
        #expect(Support.run(["perspectives", Self.files[0]]).code == 64)
    }
}

/// Evidence from any perspective is untrusted text in the perspectives report too.
@Suite struct PerspectivesHostileTests {
    /// The Markdown of the unchanged files, made once for every payload to compare with.
    static let baseMarkdown = Support.run(
        ["perspectives"] + PerspectivesCommandTests.files + ["--format", "md", "--min-count", "2"]
    ).out

    @Test(arguments: HostileInputTests.payloads)
    func hostileEvidenceStaysText(payload: String) throws {
        let folder = Support.temporaryFolder()
        let files = PerspectivesCommandTests.files
        var partner = try String(contentsOfFile: files[2], encoding: .utf8)
        let json = JSONWriter.write(.string(payload)).trimmingCharacters(in: .whitespacesAndNewlines)
        partner = partner.replacingOccurrences(
            of: "\"Our members were not asked; nothing changed for them.\"", with: json)
        let path = Support.write(partner, named: "voluntary-partner.json", in: folder)
        let hostile = [files[0], files[1], path, files[3], files[4]]
        let run = { (format: String) in
            Support.run(["perspectives"] + hostile + ["--format", format, "--min-count", "2"])
        }
        let html = run("html")
        #expect(html.code == 0, "\(html.err)")
        HostileInputTests.checkHTML(html.out, payload: payload, svgCount: 0)
        HostileInputTests.checkMarkdown(run("md").out, baseline: Self.baseMarkdown, payload: payload)
        _ = try JSONParser.parse(run("json").out)
    }
}
