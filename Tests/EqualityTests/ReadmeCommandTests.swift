import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// Every command in the README's "Using it" block works as written, run by the real binary in a
/// fresh folder that holds only what the README says the user brings (earlier answers and a
/// folder of answer files).
@Suite struct ReadmeCommandTests {
    static func usingItCommands() throws -> [String] {
        let readme = try String(
            contentsOf: Support.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "## Using it") else { return [] }
        let section = readme[start.upperBound...]
        let blocks = section.components(separatedBy: "```sh\n").dropFirst()
        guard let usage = blocks.first(where: { $0.hasPrefix("equality-assess ") }) else { return [] }
        let body = usage.components(separatedBy: "```").first ?? ""
        return body.split(separator: "\n").map { line in
            String(line.split(separator: "#", maxSplits: 1).first ?? "").trimmingWhitespace()
        }.filter { $0.hasPrefix("equality-assess ") }
    }

    /// A command line split as a shell splits it: at spaces, except inside double quotes.
    static func shellWords(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        var inWord = false
        for ch in line {
            if ch == "\"" {
                quoted.toggle()
                inWord = true
            } else if ch == " " && !quoted {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(ch)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// The commands of the README's yearly cycle.
    static func cycleCommands() throws -> [String] {
        let readme = try String(contentsOf: Support.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "**The yearly cycle in five commands.**") else { return [] }
        let block = readme[start.upperBound...].components(separatedBy: "```sh\n").dropFirst().first ?? ""
        return (block.components(separatedBy: "```").first ?? "").split(separator: "\n").map { line in
            String(line.split(separator: "#", maxSplits: 1).first ?? "").trimmingWhitespace()
        }.filter { $0.hasPrefix("equality-assess ") }
    }

    /// The yearly cycle runs as written on three years of one service (`Fixtures/history/`).
    @Test func theYearlyCycleWorksAsWritten() throws {
        try #require(Support.binary != nil, "equality-assess could not be found or built")
        let commands = try Self.cycleCommands()
        #expect(commands.count == 5, "found \(commands.count) commands")
        let folder = Support.temporaryFolder()
        for year in ["2024", "2025", "2026"] {
            try FileManager.default.copyItem(
                at: Support.testsFolder.appendingPathComponent("Fixtures/history/\(year).json"),
                to: folder.appendingPathComponent("\(year).json"))
        }
        for command in commands {
            let result = try Support.runBinary(Array(Self.shellWords(command).dropFirst()), stdin: "", cwd: folder)
            #expect(result.code == 0, "\(command): exit \(result.code): \(result.err)")
        }
        let report = try String(contentsOf: folder.appendingPathComponent("report-2026.md"), encoding: .utf8)
        #expect(report.contains("### Progress on the action plan"))
        let trend = try String(contentsOf: folder.appendingPathComponent("trend.html"), encoding: .utf8)
        #expect(trend.contains("<svg class=\"chart trend\""))
    }

    @Test func everyUsingItCommandWorksAsWritten() throws {
        try #require(Support.binary != nil, "equality-assess could not be found or built")
        let commands = try Self.usingItCommands()
        #expect(commands.count >= 10, "found \(commands.count) commands")
        let folder = Support.temporaryFolder()
        let examples = Support.packageRoot.appendingPathComponent("Frameworks/examples")
        try FileManager.default.copyItem(
            at: examples.appendingPathComponent("commissioning.json"),
            to: folder.appendingPathComponent("last-year.json"))
        try FileManager.default.copyItem(
            at: examples.appendingPathComponent("commissioning.json"),
            to: folder.appendingPathComponent("this-year.json"))
        try FileManager.default.copyItem(
            at: Support.testsFolder.appendingPathComponent("Fixtures/aggregate"),
            to: folder.appendingPathComponent("answers"))
        for year in ["2024", "2025", "2026"] {
            try FileManager.default.copyItem(
                at: Support.testsFolder.appendingPathComponent("Fixtures/history/\(year).json"),
                to: folder.appendingPathComponent("\(year).json"))
        }
        for (name, fixture) in [
            ("commissioner", "commissioner"), ("partner", "voluntary-partner"),
            ("lived-experience", "lived-experience-a"),
        ] {
            try FileManager.default.copyItem(
                at: Support.testsFolder.appendingPathComponent("Fixtures/perspectives/\(fixture).json"),
                to: folder.appendingPathComponent("\(name).json"))
        }
        for command in commands {
            if command.contains("--status final") {
                // A final report needs every question answered and known: the file a team would
                // have by then (the blank template written above is refused, exit 65).
                var complete = try AnswerLoader.example("commissioning")
                for q in complete.framework.questions where complete.answers.answer(q.id)?.response != "fully" {
                    complete.answers.answers.removeAll { $0.question == q.id }
                    complete.answers.answers.append(
                        Answer(question: q.id, response: "fully", evidence: "Signed-off evidence file"))
                }
                let csv = AnswerCSV.encode(complete.answers, framework: complete.framework)
                try Data(csv.utf8).write(to: folder.appendingPathComponent("answers.csv"))
            }
            let words = Self.shellWords(command).dropFirst()
            let result = try Support.runBinary(Array(words), stdin: "", cwd: folder)
            // aggregate exits 2 when it published but left some files out (the example folder has a
            // broken file and one of another framework, on purpose).
            let allowed: Set<Int32> = command.contains(" aggregate ") ? [0, 2] : [0]
            #expect(allowed.contains(result.code), "\(command): exit \(result.code): \(result.err)")
        }
        for file in [
            "answers.json", "form.html", "paper.html", "answers.csv", "report.html", "signed.html", "actions.csv",
            "region.html", "board-paper.docx", "actions.xlsx", "views.html", "agreed.json", "easy-read.html",
            "easy-form.html",
        ] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path), "\(file) written")
        }
        let form = try String(contentsOf: folder.appendingPathComponent("easy-form.html"), encoding: .utf8)
        let commissioner = try AnswerLoader.load(
            path: folder.appendingPathComponent("commissioner.json").path, frameworkReference: nil)
        #expect(
            form.contains(HTMLEscaping.escape(commissioner.answers.respondent.exercise)),
            "the Easy Read form names the commissioner's exercise, so perspectives can match it")
    }
}
