import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// A corpus of broken inputs: each gives exit 64, 65 or 66 and one line naming the file and the
/// place, and nothing crashes. The messages themselves are a golden file, reviewed like code.
@Suite struct MalformedInputTests {
    static let folder = Support.testsFolder.appendingPathComponent("Fixtures/malformed")
    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.files.count >= 40)
    }

    @Test func everyMalformedFileGivesOneLineAndADocumentedCode() throws {
        var messages: [String] = []
        let generated = Support.temporaryFolder()
        // Inputs that cannot be committed or are not files at all.
        var huge = Array(
            "{\"framework\": \"commissioning-for-equality\", \"frameworkVersion\": \"1.0.0\", \"answers\": [], \"x\": \""
                .utf8)
        huge += [UInt8](repeating: UInt8(ascii: "a"), count: InputFile.maximumBytes)
        huge += Array("\"}".utf8)
        let cases =
            Self.files.map { (name: $0, path: Self.folder.appendingPathComponent($0).path) } + [
                (
                    name: "huge.json (generated, over 10 MiB)",
                    path: Support.write(huge, named: "huge.json", in: generated)
                ),
                (name: "missing.json (does not exist)", path: generated.appendingPathComponent("missing.json").path),
                (
                    name: "a-folder.json (a folder)",
                    path: {
                        let p = generated.appendingPathComponent("a-folder.json")
                        try? FileManager.default.createDirectory(at: p, withIntermediateDirectories: true)
                        return p.path
                    }()
                ),
            ]
        for (name, path) in cases {
            let result = Support.run(["validate", path])
            #expect([64, 65, 66].contains(result.code), "\(name): exit \(result.code)")
            #expect(result.out == "", "\(name)")
            let lines = result.err.split(separator: "\n")
            #expect(lines.count == 1, "\(name): \(result.err)")
            #expect(result.err.hasPrefix("\(path): "), "\(name) names the file")
            let rest = result.err.dropFirst(path.count + 2)
            let place = rest.prefix { $0 != ":" }
            if result.code == 65 {
                #expect(
                    !place.isEmpty && place.count < 60 && !place.contains(" the "), "\(name) names the place: \(rest)")
            }
            messages.append("\(result.code) \(name): \(rest.trimmingCharacters(in: .newlines))")
            if name.hasSuffix(".json") || name.hasSuffix(".csv"), !name.hasPrefix("fw-") {
                let report = Support.run(["report", path])
                #expect(report.code == result.code, "\(name): report exits like validate")
                #expect(report.out == "")
            }
        }
        Support.expectGolden(messages.joined(separator: "\n") + "\n", "malformed-messages.txt")
    }
}
