import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

@Suite struct CSVReaderTests {
    @Test func readsQuotedCommasQuotesAndLineBreaks() throws {
        let records = try CSVReader.parse(Array("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",z\n".utf8))
        #expect(records.map(\.fields) == [["a", "b"], ["x, y", "say \"hi\""], ["two\nlines", "z"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func lastLineWithoutNewlineAndEmptyTrailingField() throws {
        #expect(try CSVReader.parse(Array("a,\n1,2".utf8)).map(\.fields) == [["a", ""], ["1", "2"]])
    }

    @Test(arguments: [
        ("a,\"b\n", 1, "a quoted field is never closed; add the missing \""),
        (
            "a,b\nc,d\"e\n", 2,
            "a quote inside an unquoted field; put the whole field in quotes and double the quote (\"\")"
        ),
        ("\"a\"b,c\n", 1, "text after a closing quote; a quoted field must end at a comma or line end"),
    ])
    func rejectsBrokenQuoting(text: String, line: Int, message: String) {
        do {
            _ = try CSVReader.parse(Array(text.utf8))
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.line == line && error.message == message)
        }
    }

    @Test func neutralisedCellsReadBackExactly() {
        for value in ["=SUM(A1)", "+44 20", "-3 days", "@user", "'=already", "''=x", "plain", "'quoted", ""] {
            let cell = try! CSVReader.parse(Array(CSVText.row([value]).utf8))[0].fields[0]
            #expect(CSVText.restore(cell) == value, "\(value) came back as \(CSVText.restore(cell))")
            if let first = value.first, "=+-@".contains(first) { #expect(cell.hasPrefix("'")) }
        }
    }
}

@Suite struct AnswerFileTests {
    @Test func spreadsheetSavedCSVIsReadCorrectly() throws {
        let loaded = try AnswerLoader.load(path: Support.fixture("excel-saved.csv"), frameworkReference: nil)
        let set = loaded.answers
        #expect(set.framework == "commissioning-for-equality" && set.frameworkVersion == "1.0.0")
        #expect(set.respondent.organisation == "Wexmoor, Borough \"Council\"")
        #expect(set.respondent.date == "2026-11-20")
        #expect(set.answer("NA-01")?.response == "partly")
        #expect(set.answer("NA-01")?.evidence == "Cohort profile, v2\nsecond line")
        #expect(set.answer("NA-02")?.evidence == "EIA \"v3\", signed")
        #expect(set.answer("SD-08")?.response == "not-applicable")
        #expect(set.answer("PR-01")?.response == "dont-know")
        #expect(set.answer("EV-01")?.isAnswered == false)
    }

    @Test func jsonToCSVToJSONLosesNothing() throws {
        let folder = Support.temporaryFolder()
        let original = try AnswerLoader.example("commissioning")
        var set = original.answers
        set.answers[0].evidence = "=HYPERLINK(\"x\"), with a comma\nand a \"quote\""
        set.answers[1].notes = "-starts with a minus"
        let csv = AnswerCSV.encode(set, framework: original.framework)
        let path = Support.write(csv, named: "round.csv", in: folder)
        let back = try AnswerLoader.load(path: path, frameworkReference: nil).answers
        #expect(AnswerJSON.encode(back) == AnswerJSON.encode(set))
    }

    @Test func jsonAnswerFileRoundTrips() throws {
        let set = try AnswerLoader.example("voluntary").answers
        let text = AnswerJSON.encode(set)
        let again = try AnswerJSON.decode(Array(text.utf8), file: "x")
        #expect(AnswerJSON.encode(again) == text)
    }

    /// The version-mismatch message lists every current question but NA-01.
    static var versionMismatch: String {
        let framework = (try? BundledData.framework("commissioning-for-equality")) ?? nil
        let ids = (framework?.questions.map(\.id) ?? []).filter { $0 != "NA-01" }
        return
            "frameworkVersion: the answers were made for version 0.9.0 but the framework is 1.2.0; answered questions no longer in the framework: XX-01; questions in the framework with no answer: \(ids.joined(separator: ", ")). Set frameworkVersion to 1.2.0 once you have checked the answers still hold, or use 'equality-assess compare' across versions"
    }

    static let badAnswers: [(String, String, [String])] = [
        (
            "unknown question and response",
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.2.0","answers":[{"question":"NA-1","response":"partly"},{"question":"NA-02","response":"partial"}]}"#,
            [
                #"answers[0].question: unknown question "NA-1" in commissioning-for-equality 1.2.0 (did you mean "NA-01"?)"#,
                #"answers[1].response: unknown response "partial" (did you mean "partly"? allowed: not-in-place, partly, mostly, fully, not-applicable, dont-know)"#,
            ]
        ),
        (
            "duplicate answer",
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.2.0","answers":[{"question":"NA-01","response":"partly"},{"question":"NA-01","response":"fully"}]}"#,
            [#"answers[1].question: "NA-01" is answered twice (first at answers[0]); keep one answer"#]
        ),
        (
            "framework mismatch",
            #"{"framework":"voluntary-organisation-self-assessment","frameworkVersion":"1.2.0","answers":[]}"#,
            [
                #"framework: the answers name "voluntary-organisation-self-assessment" but the framework is "commissioning-for-equality"; pass the matching --framework, or check the file"#
            ]
        ),
        (
            "version mismatch",
            #"{"framework":"commissioning-for-equality","frameworkVersion":"0.9.0","answers":[{"question":"NA-01","response":"partly"},{"question":"XX-01","response":"partly"}]}"#,
            [
                Self.versionMismatch,
                #"answers[1].question: unknown question "XX-01" in commissioning-for-equality 1.2.0"#,
            ]
        ),
        (
            "bad date and wrong types",
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.2.0","respondent":{"date":"25/11/2026"},"answers":[{"question":"NA-01","response":3}]}"#,
            [#"answers[0].response: expected a string, found a number"#]
        ),
    ]

    @Test(arguments: 0..<badAnswers.count)
    func badAnswerFilesNameThePlace(index: Int) {
        let (name, json, expected) = Self.badAnswers[index]
        let folder = Support.temporaryFolder()
        let path = Support.write(json, named: "answers.json", in: folder)
        let result = Support.run(["validate", "--framework", "commissioning-for-equality", path])
        #expect(result.code == 65, "\(name)")
        #expect(result.err == expected.map { "\(path): \($0)\n" }.joined(), "\(name)")
    }

    @Test func badDateIsReported() {
        let folder = Support.temporaryFolder()
        let path = Support.write(
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.0.0","respondent":{"date":"2026-02-30"},"answers":[]}"#,
            named: "a.json", in: folder)
        let result = Support.run(["validate", path])
        #expect(result.code == 65)
        #expect(
            result.err
                == "\(path): respondent.date: \"2026-02-30\" is not a date; write it as YYYY-MM-DD (2026-11-20), or DD/MM/YYYY (20/11/2026), or DD/MM/YY (20/11/26)\n"
        )
    }

    @Test func csvErrorsNameRowAndColumn() {
        let folder = Support.temporaryFolder()
        let csv =
            "question,response,evidence,notes\r\nframework:id,commissioning-for-equality,,\r\nframework:version,1.0.0,,\r\nNA-01,sometimes,,\r\nSD-08,not-applicable,,\r\nNA-99,partly,,\r\n"
        let path = Support.write(csv, named: "a.csv", in: folder)
        let result = Support.run(["validate", path])
        #expect(result.code == 65)
        #expect(
            result.err == """
                \(path): row 4, column response: unknown response "sometimes" (allowed: not-in-place, partly, mostly, fully, not-applicable, dont-know)
                \(path): row 5, column notes: not-applicable needs a reason in notes: say why SD-08 does not apply
                \(path): row 6, column question: unknown question "NA-99" in commissioning-for-equality 1.0.0 (did you mean "NA-09"?)

                """)
        let unclosed = Support.run(["validate", Support.fixture("unclosed-quote.csv")])
        #expect(unclosed.code == 65)
        #expect(
            unclosed.err
                == "\(Support.fixture("unclosed-quote.csv")): line 2: a quoted field is never closed; add the missing \"\n"
        )
    }

    @Test func validAnswerFilesPass() {
        let result = Support.run([
            "validate", Support.fixture("excel-saved.csv"),
            Support.packageRoot.appendingPathComponent("Frameworks/examples/voluntary.json").path,
        ])
        #expect(result.code == 0)
        #expect(
            result.out.contains(
                "excel-saved.csv: ok (answers to commissioning-for-equality 1.0.0, 4 of 36 questions answered)\n"))
        #expect(
            result.out.contains(
                "voluntary.json: ok (answers to voluntary-organisation-self-assessment 1.2.0, 32 of 33 questions answered)\n"
            ))
    }
}

@Suite struct SpreadsheetFixtureTests {
    @Test func libreOfficeSavedCSVIsReadCorrectly() throws {
        let set = try AnswerLoader.load(path: Support.fixture("libreoffice-saved.csv"), frameworkReference: nil).answers
        #expect(set.respondent.organisation == "Wexmoor Probation Delivery Unit")
        #expect(set.answer("NA-01")?.evidence == "Profile table\n(see annex, page 4)")
        #expect(set.answer("NA-02")?.response == "fully")
        #expect(set.answer("NA-02")?.evidence == "EIA \"final\" version, 3 May")
        #expect(set.answer("NA-03")?.evidence == "=not a formula", "the ' guard a spreadsheet keeps is removed")
        #expect(set.answer("NA-03")?.notes == "-2 staff short")
    }
}
