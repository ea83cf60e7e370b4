import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// The one definition of each reading rule (`ReadingRules`), and the commands that must all use
/// it: `aggregate` and `perspectives` read every file `report` reads. (The forms' side is pinned
/// by the conformance corpus in `.ci/form_conformance.py`.)
@Suite struct ReadingRulesTests {
    @Test(arguments: [
        ("Partly", "partly"), ("PARTLY", "partly"), (" partly in place ", "partly"), ("N/A", "not-applicable"),
        ("na", "not-applicable"), ("Don\u{2019}t know", "dont-know"), ("Do not know", "dont-know"),
        ("Fully in place and evidenced", "fully"), ("fully_in_place", "fully"), ("not-in-place", "not-in-place"),
    ])
    func responses(typed: String, id: String) {
        #expect(ReadingRules.response(typed) == id)
    }

    @Test(arguments: ["maybe", "yes", "", "partlyy", "fully evidenced"])
    func unknownResponses(typed: String) {
        #expect(ReadingRules.response(typed) == nil)
    }

    @Test func datesInEveryFormTheTemplateTakes() {
        #expect(ReadingRules.date("2026-11-20") == "2026-11-20")
        #expect(ReadingRules.date("20/11/2026") == "2026-11-20")
        #expect(ReadingRules.date("1/2/2026") == "2026-02-01")
        #expect(ReadingRules.date("20/11/26") == "2026-11-20", "LibreOffice in a UK locale writes two figures")
        #expect(ReadingRules.date("2026-11-20T00:00:00") == "2026-11-20")
        #expect(ReadingRules.date(" 20/11/2026 ") == "2026-11-20")
        for refused in ["31/02/2026", "2026-13-01", "20.11.2026", "11/20/2026", "Nov 20 2026", "2025-02-29", ""] {
            #expect(ReadingRules.date(refused) == nil, "\(refused)")
        }
        #expect(ReadingRules.date("2024-02-29") == "2024-02-29")
    }

    @Test func blanksAreOneSet() {
        for blank in ["", " ", "\t\n", "\u{A0}", "\u{2003}", "\u{FEFF}", "\u{85}", "\u{200B}", "\u{3000}", "\u{2028}"] {
            #expect(ReadingRules.isBlank(blank), "\(blank.unicodeScalars.map { $0.value })")
            #expect(blank.isBlank)
        }
        #expect(!ReadingRules.isBlank(" . "))
        #expect(ReadingRules.trimmed("\u{FEFF} NA-01\u{A0}") == "NA-01")
    }

    @Test func countsYesNoAndContextWords() {
        #expect(ReadingRules.count("4") == 4 && ReadingRules.count("4.0") == 4 && ReadingRules.count(" 7 ") == 7)
        for refused in ["4.5", "-1", "four", "1e3", "1000001", "4.", ".0", ""] {
            #expect(ReadingRules.count(refused) == nil, "\(refused)")
        }
        #expect(ReadingRules.boolean("TRUE") == true && ReadingRules.boolean("n") == false)
        #expect(ReadingRules.boolean("1") == nil)
        #expect(ReadingRules.contextValue(.nation, "WALES") == "wales")
        #expect(ReadingRules.contextValue(.organisationType, "Public authority") == "public-authority")
        #expect(ReadingRules.contextValue(.routeToMarket, "in house") == "in-house")
        #expect(ReadingRules.contextValue(.servesUnder18s, "Yes") == "true")
        #expect(ReadingRules.contextValue(.nation, "Cymru") == nil)
        #expect(ReadingRules.perspective("People with lived experience") == .livedExperience)
        #expect(ReadingRules.questionID("na-02", in: ["NA-01", "NA-02"]) == "NA-02")
    }

    @Test func profileValuesByKind() {
        let options = [
            ProfileOption(id: "trustee-board", label: "Setting up a trustee board", signpost: "", citations: []),
            ProfileOption(id: "funding-and-bids", label: "Funding and bid writing", signpost: "", citations: []),
        ]
        #expect(ReadingRules.profileValue("4.0", kind: .count) == .count(4))
        #expect(ReadingRules.profileValue("Y", kind: .yesNo) == .yesNo(true))
        #expect(
            ReadingRules.profileValue("2, trustee-board", kind: .choices, options: options)
                == .choices(["trustee-board", "funding-and-bids"]))
        #expect(ReadingRules.profileValue("3", kind: .choices, options: options) == nil)
        #expect(
            ReadingRules.profileValue("TRUE", kind: nil) == .yesNo(true), "a spreadsheet row read before the framework")
    }

    /// `aggregate` reads a folder of plain four-column spreadsheets, and a .tsv and a .txt named
    /// on the command line, as `report` reads them.
    @Test func aggregateReadsEveryFileReportReads() throws {
        let folder = Support.temporaryFolder()
        let framework = try #require(try BundledData.framework("commissioning-for-equality"))
        for i in 0..<12 {
            var rows = "question,response,evidence,notes\r\n"
            // Each file leaves its own question at "don't know", so no two give the same answers.
            for (n, q) in framework.questions.enumerated() where q.id != "EV-02" {
                let response = n == i ? "dont-know" : ["partly", "mostly", "fully", "not-in-place"][(i + n) % 4]
                rows += "\(q.id),\(response),Minutes \(i),\r\n"
            }
            let name = i == 10 ? "r\(i).tsv" : i == 11 ? "r\(i).txt" : "r\(i).csv"
            _ = Support.write(
                i >= 10 ? rows.replacingOccurrences(of: ",", with: "\t") : rows, named: name, in: folder)
            #expect(Support.run(["report", folder.appendingPathComponent(name).path]).code == 0, "\(name)")
        }
        let named = (0..<12).map {
            folder.appendingPathComponent($0 == 10 ? "r\($0).tsv" : $0 == 11 ? "r\($0).txt" : "r\($0).csv").path
        }
        let result = Support.run(["aggregate"] + named + ["--format", "json"])
        #expect(result.code == 0, "\(result.err)")
        #expect(result.out.contains("\"outcome\": \"published\""), "\(result.out.prefix(400))")
        // A folder: its .csv and .tsv files (not .txt, which a folder may hold for other reasons).
        let folderResult = Support.run(["aggregate", folder.path, "--format", "json"])
        #expect(folderResult.code == 0, "\(folderResult.err)")
        #expect(folderResult.out.contains("\"outcome\": \"published\""))
    }
}
