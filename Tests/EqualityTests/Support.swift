import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// Shared helpers: running the CLI in-process, golden files, temporary files and the built binary.
enum Support {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var code: Int32
        var out: String
        var err: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) -> Run {
        let context = CommandContext(environment: environment)
        let code = CommandLineTool.run(arguments, context: context)
        return Run(code: code, out: context.standardOutput, err: context.standardError)
    }

    /// Compares `actual` with a golden file byte for byte. `RECORD_GOLDEN=1` rewrites it on purpose
    /// and says which files changed, so a re-record never passes unnoticed.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = testsFolder.appendingPathComponent("Golden").appendingPathComponent(name)
        let existing = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) }
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            guard existing != actual else { return }
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(actual.utf8).write(to: url)
            print("golden re-recorded: Golden/\(name) (\(existing == nil ? "new" : "changed"))")
            return
        }
        guard let expected = existing else {
            Issue.record(
                "missing golden file \(name); run RECORD_GOLDEN=1 swift test to create it",
                sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(e, a)).firstIndex { $0 != $1 } ?? min(e.count, a.count)
            let want = line < e.count ? String(e[line]) : "<end>"
            let got = line < a.count ? String(a[line]) : "<end>"
            Issue.record(
                "\(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)",
                sourceLocation: sourceLocation)
        }
    }

    static func fixture(_ name: String) -> String {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    /// Every test's temporary folders live under one folder for this run, removed when the test
    /// process exits.
    static let temporaryRoot: URL = {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent(
                "equality-assess-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Support.temporaryRoot) }
        return url
    }()

    /// A fresh temporary folder for one test.
    static func temporaryFolder() -> URL {
        let url = temporaryRoot.appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, named name: String, in folder: URL) -> String {
        let url = folder.appendingPathComponent(name)
        try? Data(text.utf8).write(to: url)
        return url.path
    }

    static func write(_ bytes: [UInt8], named name: String, in folder: URL) -> String {
        let url = folder.appendingPathComponent(name)
        try? Data(bytes).write(to: url)
        return url.path
    }

    /// The commissioning example with `payload` as the organisation's name (and, with
    /// `inEvidence`, at the start of every piece of evidence), saved to a temporary file: its path.
    static func hostileExample(_ payload: String, inEvidence: Bool = false) throws -> String {
        var answers = try String(
            contentsOf: packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json"), encoding: .utf8)
        let json = JSONWriter.write(.string(payload)).trimmingCharacters(in: .whitespacesAndNewlines)
        answers = answers.replacingOccurrences(
            of: "\"Office of the Police and Crime Commissioner for Wexmoor (fictional)\"", with: json)
        if inEvidence {
            answers = answers.replacingOccurrences(of: "\"evidence\": \"", with: "\"evidence\": \(json.dropLast()) ")
        }
        return write(answers, named: "hostile.json", in: temporaryFolder())
    }

    static func bundledJSON(_ id: String) throws -> JSONValue {
        try JSONParser.parse(BundledData.frameworkBytes(id)!)
    }

    /// The `equality-assess` executable: `EQUALITY_ASSESS_BIN`, or the one built beside the test
    /// bundle, or else one built now (once per run) in a scratch folder of its own.
    static let binary: URL? = locateBinary() ?? buildBinary()

    static func locateBinary() -> URL? {
        var candidates: [URL] = []
        if let path = ProcessInfo.processInfo.environment["EQUALITY_ASSESS_BIN"] {
            candidates.append(URL(fileURLWithPath: path))
        }
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(exe.appendingPathComponent("equality-assess"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("equality-assess"))
        candidates.append(packageRoot.appendingPathComponent(".build/debug/equality-assess"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// `swift build --product equality-assess` in a separate scratch folder, so it never waits on
    /// the build that is running these tests.
    static func buildBinary() -> URL? {
        let scratch = packageRoot.appendingPathComponent(".build-tests-binary")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "build", "--product", "equality-assess", "--scratch-path", scratch.path]
        process.currentDirectoryURL = packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        let built = scratch.appendingPathComponent("debug/equality-assess")
        return process.terminationStatus == 0 && FileManager.default.isExecutableFile(atPath: built.path) ? built : nil
    }

    struct ProcessResult {
        var code: Int32
        var out: String
        var err: String
    }

    /// Runs the real binary as a user would, with `stdin` piped in.
    static func runBinary(
        _ arguments: [String], stdin: String = "", environment: [String: String]? = nil, cwd: URL? = nil
    ) throws -> ProcessResult {
        guard let binary else { throw CocoaError(.fileNoSuchFile) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let cwd { process.currentDirectoryURL = cwd }
        let inPipe = Pipe()
        let outPipe = Pipe()
        let errPipe = Pipe()
        process.standardInput = inPipe
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        inPipe.fileHandleForWriting.write(Data(stdin.utf8))
        try? inPipe.fileHandleForWriting.close()
        let out = outPipe.fileHandleForReading.readDataToEndOfFile()
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(
            code: process.terminationStatus, out: String(decoding: out, as: UTF8.self),
            err: String(decoding: err, as: UTF8.self))
    }
}

/// Editing a parsed JSON document by path, to build broken variants of a valid file.
enum JSONEdit {
    enum Step {
        case key(String)
        case index(Int)
    }

    /// Sets (or with nil removes) the value at `path`.
    static func set(_ value: JSONValue, _ path: [Step], to newValue: JSONValue?) -> JSONValue {
        guard let step = path.first else { return newValue ?? .null }
        let rest = Array(path.dropFirst())
        switch (value, step) {
        case (.object(let members), .key(let key)):
            var members = members
            if let i = members.firstIndex(where: { $0.key == key }) {
                if rest.isEmpty && newValue == nil {
                    members.remove(at: i)
                } else {
                    members[i].value = set(members[i].value, rest, to: newValue)
                }
            } else if let newValue, rest.isEmpty {
                members.append((key, newValue))
            }
            return .object(members)
        case (.array(let elements), .index(let i)):
            var elements = elements
            if rest.isEmpty && newValue == nil {
                elements.remove(at: i)
            } else {
                elements[i] = set(elements[i], rest, to: newValue)
            }
            return .array(elements)
        default:
            return value
        }
    }

    /// Parses a path such as `questions[3].stage`.
    static func path(_ text: String) -> [Step] {
        var steps: [Step] = []
        for part in text.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.hasSuffix("]") {
                indices.insert(Int(name[name.index(after: open)..<name.index(before: name.endIndex)])!, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { steps.append(.key(String(name))) }
            steps += indices.map { .index($0) }
        }
        return steps
    }

    static func get(_ value: JSONValue, _ text: String) -> JSONValue? {
        var current: JSONValue? = value
        for step in path(text) {
            switch (current, step) {
            case (.object(let members)?, .key(let k)): current = members.first { $0.key == k }?.value
            case (.array(let elements)?, .index(let i)): current = i < elements.count ? elements[i] : nil
            default: return nil
            }
        }
        return current
    }
}
