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
