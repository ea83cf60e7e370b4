import Testing

@testable import EqualityCore

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
