import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore

/// The core says what is wrong with the data; only the commands layer names command-line options.
@Suite struct LayerBoundaryTests {
    @Test func theCoreSourcesNameNoOption() throws {
        let folder = Support.packageRoot.appendingPathComponent("Sources/EqualityCore")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(files.count > 30)
        let option = #/"[^"\n]*--[a-z][^"\n]*"/#
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                #expect(line.firstMatch(of: option) == nil, "EqualityCore/\(file) names an option: \(line)")
            }
        }
    }

    @Test func theCommandLineAddsTheOptionToTheCoresRemedy() throws {
        // A spreadsheet with a version row but no framework row: it cannot be taken as plain.
        let bytes = Array("question,response,evidence,notes\r\nframework:version,1.2.0\r\n".utf8)
        do throws(ToolError) {
            _ = try AnswerLoader.load(bytes: bytes, name: "a.csv", isCSV: true, frameworkReference: nil)
            Issue.record("a file naming no framework was read")
        } catch {
            let d = try #require(error.diagnostics.first)
            #expect(d.message == "the answers do not say which framework they answer")
            #expect(d.remedy == .nameTheFramework)
            #expect(
                d.commandLineText
                    == "a.csv: row with question \"framework:id\": the answers do not say which framework they answer; add it or pass --framework"
            )
        }
    }

    /// The report's words are written once, in the document; the writers add markup and layout.
    /// A string literal in a writer holding two words in a row (outside tags) would be a sentence
    /// said in one format only.
    @Test func theDocumentWritersHoldNoWords() throws {
        let folder = Support.packageRoot.appendingPathComponent("Sources/EqualityRendering/Document")
        let writers = ["MarkdownWriter.swift", "HTMLWriter.swift", "WordWriter.swift"]
        let literal = #/"((?:[^"\\\n]|\\.)*)"/#
        let words = #/[A-Za-z]{2,} [A-Za-z]{2,}/#
        for file in writers {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(text.count > 500, "\(file) read")
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                for match in Self.withoutInterpolations(String(line)).matches(of: literal) {
                    let outsideTags = String(match.1).replacing(#/<[^>]*>/#, with: " ")
                    #expect(outsideTags.firstMatch(of: words) == nil, "\(file) says words of its own: \(line)")
                }
            }
        }
    }

    /// A line with every `\\(…)` interpolation (parentheses balanced) taken out.
    static func withoutInterpolations(_ line: String) -> String {
        var out = ""
        var depth = 0
        var previous: Character = " "
        for c in line {
            if depth > 0 {
                if c == "(" { depth += 1 } else if c == ")" { depth -= 1 }
            } else if c == "(" && previous == "\\" {
                out.removeLast()
                depth = 1
            } else {
                out.append(c)
            }
            previous = c
        }
        return out
    }
}

/// Every option is declared once, in `Option`; commands list and read them through it.
@Suite struct OptionCatalogueTests {
    @Test func noCommandDeclaresOrSpellsAnOptionOfItsOwn() throws {
        let folder = Support.packageRoot.appendingPathComponent("Sources/EqualityCommands/Commands")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".swift") }
        #expect(files.count >= 10)
        let read = #/parsed\.(value|has|choice)\("/#
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("OptionSpec("), "\(file) declares an option of its own; add it to Option")
            #expect(text.firstMatch(of: read) == nil, "\(file) reads an option by name; read it through Option")
        }
    }

    /// Usage lines are built from the declarations, and cover exactly the options a command takes.
    @Test func theUsageLinesShowEveryOptionACommandTakesAndNoOther() {
        for command in CommandLineTool.commands {
            let taken = Set(command.options.map(\.key))
            let shown = Set(command.usage.flatMap(\.options).map(\.key))
            #expect(shown == taken, "\(command.name): usage shows \(shown.sorted()), takes \(taken.sorted())")
            let help = CommandLineTool.help(for: command)
            for form in command.usage {
                #expect(help.contains("equality-assess \(command.name)\(form.text.isEmpty ? "" : " " + form.text)\n"))
            }
        }
        let report = CommandLineTool.help(for: CommandLineTool.command("report")!)
        #expect(report.contains("report ANSWERS [--format md|html|json|docx] [-o FILE] [--date YYYY-MM-DD]"))
        #expect(report.contains("report --example [commissioning|voluntary]"))
    }

    @Test func everyOptionACommandListsHasOneMeaning() {
        var seen: [String: String] = [:]
        for command in CommandLineTool.commands {
            for option in command.options where option.key != "--format" {
                if let help = seen[option.key] {
                    #expect(help == option.help, "\(option.key) means different things in different commands")
                } else {
                    seen[option.key] = option.help
                }
            }
        }
        #expect(seen.count >= 15)
    }

}
