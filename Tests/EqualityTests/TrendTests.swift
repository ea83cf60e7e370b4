import Foundation
import Testing

@testable import EqualityCore
@testable import EqualityRendering

/// `trend`: three assessments of one fictional service over three years (`Fixtures/history/`,
/// made by `make_history.py`; 2024 on framework 1.1.0), in any order.
@Suite struct TrendTests {
    static let files = ["2026.json", "2024.json", "2025.json"].map { Support.fixture("history/\($0)") }

    @Test func theHistoryIsPutInOrderAndComparedLikeWithLike() throws {
        let result = Support.run(["trend"] + Self.files + ["--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        let json = try JSONParser.parse(result.out)
        guard case .array(let assessments)? = json["assessments"], case .array(let steps)? = json["steps"] else {
            Issue.record("no assessments or steps")
            return
        }
        #expect(assessments.map { $0["date"] } == ["2024-11-04", "2025-11-03", "2026-11-02"].map(JSONValue.string))
        #expect(assessments[0]["version"] == .string("1.1.0"))
        #expect(steps[0]["legalRisksCleared"] == .array(["NA-02", "SD-04", "PR-02"].map(JSONValue.string)))
        #expect(steps[0]["legalRisksRaised"] == .array([]))
        #expect(steps[0]["sameFramework"] == .bool(false), "1.1.0 to 1.2.0: the changed questions are named")
        #expect(steps[1]["sameFramework"] == .bool(true))
        guard case .array(let moves)? = json["moves"] else { return }
        #expect(
            moves.contains {
                $0["concern"] == .string("Women") && $0["stage"] == .null && $0["to"] == .string("Achieving")
            })
        let md = Support.run(["trend"] + Self.files)
        #expect(md.out.contains("| 3 November 2025 | 32.0% Developing |"))
        #expect(md.out.contains("**3 November 2025**: raised none; cleared NA-02, SD-04, PR-02."))
        let html = Support.run(["trend"] + Self.files + ["--format", "html"])
        #expect(html.out.contains("<svg class=\"chart trend\""))
        #expect(
            html.out.contains("Overall: 4 November 2024 5.9%, 3 November 2025 32.0%, 2 November 2026 47.4%"),
            "every value in words")
    }

    /// With a tracker for each reassessment: the actions completed by each, in every format.
    @Test func theActionsCompletedAtEachReassessment() throws {
        let trackers = ["tracker/openpyxl-edited.xlsx", "tracker/edited-tracker.csv"].flatMap {
            ["--tracker", Support.fixture($0)]
        }
        let json = Support.run(["trend"] + Self.files + trackers + ["--format", "json"])
        #expect(json.code == 0, "\(json.err)")
        guard case .array(let steps)? = try JSONParser.parse(json.out)["steps"] else { return }
        #expect(steps[1]["tracking"]?["counts"]?["done-but-gap-remains"] == .number(2))
        #expect(steps[0]["tracking"]?["counts"]?["in-progress"] == .number(1))
        let md = Support.run(["trend"] + Self.files + trackers)
        #expect(md.out.contains("| 2 November 2026 | 0 | 1 | 34 | 0 | 2 | 0 | 37 |"))
        let tooMany = Support.run(["trend"] + Array(Self.files.prefix(2)) + trackers)
        #expect(tooMany.code == 64 && tooMany.err.contains("given 2 times for 1 reassessment;"))
        #expect(Support.run(["report", "--example", "--tracker", "a.csv", "--tracker", "b.csv"]).code == 64)
    }

    @Test func anotherServiceOrTheSameDateIsRefusedNamingBoth() throws {
        let folder = Support.temporaryFolder()
        func copy(_ edit: (JSONValue) -> JSONValue, _ name: String) throws -> String {
            let json = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: Self.files[0]))))
            return Support.write(JSONWriter.write(edit(json)), named: name, in: folder)
        }
        let other = try copy(
            { JSONEdit.set($0, JSONEdit.path("respondent.exercise"), to: .string("Another service")) }, "o.json")
        let refused = Support.run(["trend", Self.files[1], other])
        #expect(refused.code == 65)
        #expect(refused.err.contains("another exercise from") && refused.err.contains("2024.json"))
        let twin = try copy({ JSONEdit.set($0, JSONEdit.path("respondent.date"), to: .string("2024-11-04")) }, "t.json")
        let same = Support.run(["trend", Self.files[1], twin])
        #expect(same.code == 65 && same.err.contains("the same date as"))
        #expect(Support.run(["trend", Self.files[0]]).code == 64)
        #expect(Support.run(["trend"] + Self.files + ["--format", "docx"]).code == 64, "a Word file needs -o")
    }

    @Test(arguments: HostileInputTests.payloads)
    func typedTextIsTextInEveryFormat(payload: String) throws {
        let suite = HostileInputTests()
        func trend(_ text: String) throws -> Trend {
            var assessments: [Assessment] = []
            for date in ["2025-01-01", "2026-01-01"] {
                var set = suite.answers(text, framework: suite.commissioning)
                set.respondent.date = date
                let valid = try AnswerValidator.validate(set, against: suite.commissioning, file: "x")
                assessments.append(Scorer.assess(valid, framework: suite.commissioning))
            }
            return Trend(assessments)
        }
        try HostileInputTests.checkEveryFormat(
            OutputFormats.trend, try trend(payload), baseline: try trend("plain text"), payload: payload)
    }
}
