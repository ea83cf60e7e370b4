import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// Mutates valid answer files and frameworks (random bytes and structure-aware edits) and feeds
/// them through loading, validation, scoring and every renderer for a bounded time. A crash ends
/// the test process, so passing means zero crashes. FUZZ_SECONDS sets the time per target
/// (default 2; CI uses 15, so about 30 s in all); FUZZ_SEED fixes the run.
@Suite struct FuzzTests {
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A whole number from 0 up to, not including, `n`.
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static var seconds: Double { Double(ProcessInfo.processInfo.environment["FUZZ_SECONDS"] ?? "") ?? 2 }
    static var seed: UInt64 { UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 20_261_125 }

    static let strings: [String] = [
        "", " ", "fully", "not-applicable", "NA-01", "PR-07", "design", "CLINKS-2015", "psed", "\u{0}",
        "\u{1B}[31m", "\u{202E}", "<script>", "=1+1", String(repeating: "x", count: 5000), "😀", "1.0.0", "2.0.0",
        "board-total", "capacity-needs", "yes-no", "shares-at-least",
    ]
    static let numbers: [Double] = [0, -1, 1, 2, 3, 0.5, 100, 101, 1e308, -1e308, 4_294_967_296, 9_007_199_254_740_994]

    static func randomValue(_ rng: inout SplitMix64, depth: Int = 0) -> JSONValue {
        switch Int.random(in: 0..<7, using: &rng) {
        case 0: return .null
        case 1: return .bool(Bool.random(using: &rng))
        case 2: return .number(numbers.randomElement(using: &rng)!)
        case 3, 4: return .string(strings.randomElement(using: &rng)!)
        case 5 where depth < 3:
            return .array((0..<Int.random(in: 0..<3, using: &rng)).map { _ in randomValue(&rng, depth: depth + 1) })
        default:
            return depth < 3
                ? .object([(strings.randomElement(using: &rng)!, randomValue(&rng, depth: depth + 1))]) : .null
        }
    }

    /// Applies one structure-aware edit somewhere in the document.
    static func mutate(_ value: JSONValue, _ rng: inout SplitMix64) -> JSONValue {
        switch value {
        case .object(var members) where !members.isEmpty:
            let i = Int.random(in: 0..<members.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: members.remove(at: i)
            case 1: members[i].value = randomValue(&rng)
            case 2: members.append((strings.randomElement(using: &rng)!, randomValue(&rng)))
            default: members[i].value = mutate(members[i].value, &rng)
            }
            return .object(members)
        case .array(var elements) where !elements.isEmpty:
            let i = Int.random(in: 0..<elements.count, using: &rng)
            switch Int.random(in: 0..<6, using: &rng) {
            case 0: elements.remove(at: i)
            case 1: elements.append(elements[i])
            case 2: elements[i] = randomValue(&rng)
            default: elements[i] = mutate(elements[i], &rng)
            }
            return .array(elements)
        default:
            return Bool.random(using: &rng) ? randomValue(&rng) : value
        }
    }

    static func byteMutation(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var b = bytes
        for _ in 0..<Int.random(in: 1...8, using: &rng) where !b.isEmpty {
            let i = Int.random(in: 0..<b.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: b[i] = UInt8.random(in: 0...255, using: &rng)
            case 1: b.remove(at: i)
            case 2: b.insert(UInt8.random(in: 0...255, using: &rng), at: i)
            case 3: b.insert(contentsOf: b[i..<min(b.count, i + 40)], at: i)
            default: b = Array(b[..<i])
            }
        }
        return b
    }

    /// Everything downstream of a successful load must work too.
    static func exercise(_ loaded: AnswerLoader.Loaded, _ sources: SourceRegister) {
        let report = GapReport(
            assessment: Scorer.assess(loaded.answers, framework: loaded.framework), date: nil, register: sources)
        _ = MarkdownReport.render(report)
        _ = HTMLReport.render(report)
        _ = JSONReport.render(report)
        _ = ScoreSummary.render(report, colour: true)
        _ = AnswerCSV.encode(loaded.answers, framework: loaded.framework)
    }

    static func fuzz(
        seed: UInt64, seconds: Double, inputs: [(bytes: [UInt8], isCSV: Bool)], body: ([UInt8], Bool) -> Void
    ) -> Int {
        var rng = SplitMix64(state: seed)
        let end = Date().addingTimeInterval(seconds)
        var count = 0
        while Date() < end {
            let input = inputs.randomElement(using: &rng)!
            var bytes = input.bytes
            if !input.isCSV, Bool.random(using: &rng), let value = try? JSONParser.parse(bytes) {
                var v = value
                for _ in 0..<Int.random(in: 1...4, using: &rng) { v = mutate(v, &rng) }
                bytes = Array(JSONWriter.write(v).utf8)
            } else {
                bytes = byteMutation(bytes, &rng)
            }
            body(bytes, input.isCSV)
            count += 1
        }
        return count
    }

    @Test func mutatedAnswerFilesNeverCrash() throws {
        let sources = try BundledData.sources()
        let commissioning = try AnswerLoader.example("commissioning")
        let csv = AnswerCSV.encode(commissioning.answers, framework: commissioning.framework)
        let inputs: [(bytes: [UInt8], isCSV: Bool)] = [
            (BundledData.exampleBytes("commissioning")!, false), (BundledData.exampleBytes("voluntary")!, false),
            (Array(csv.utf8), true),
        ]
        var accepted = 0
        let runs = Self.fuzz(seed: Self.seed, seconds: Self.seconds, inputs: inputs) { bytes, isCSV in
            do throws(ToolError) {
                let loaded = try AnswerLoader.load(bytes: bytes, name: "fuzz", isCSV: isCSV, frameworkReference: nil)
                Self.exercise(loaded, sources)
                accepted += 1
            } catch {
                #expect(!error.diagnostics.isEmpty)
            }
        }
        print("fuzz answers: \(runs) inputs, \(accepted) accepted, seed \(Self.seed)")
        #expect(runs > 0)
    }

    @Test func mutatedFrameworksNeverCrash() throws {
        let sources = try BundledData.sources()
        let example = BundledData.exampleBytes("commissioning")!
        let inputs: [(bytes: [UInt8], isCSV: Bool)] = BundledData.frameworkIDs.map {
            (BundledData.frameworkBytes($0)!, false)
        }
        var accepted = 0
        let runs = Self.fuzz(seed: Self.seed &+ 1, seconds: Self.seconds, inputs: inputs) { bytes, _ in
            do throws(ToolError) {
                let framework = try FrameworkLoader.load(bytes, file: "fuzz", sources: sources)
                accepted += 1
                _ = QuestionnaireMarkdown.render(framework, sources: sources)
                _ = QuestionnaireHTML.render(framework, sources: sources)
                _ = QuestionnaireForm.render(framework, sources: sources)
                _ = QuestionnaireCSV.render(framework)
                _ = QuestionnaireJSON.render(framework, sources: sources)
                var set = try AnswerJSON.decode(example, file: "example")
                set.framework = framework.id
                set.frameworkVersion = framework.version.description
                set.answers = set.answers.filter { framework.question($0.question) != nil }
                if let validated = try? AnswerValidator.validate(set, against: framework, file: "example") {
                    Self.exercise(AnswerLoader.Loaded(answers: validated, framework: framework), sources)
                }
            } catch {
                #expect(!error.diagnostics.isEmpty)
            }
        }
        print("fuzz frameworks: \(runs) inputs, \(accepted) accepted, seed \(Self.seed &+ 1)")
        #expect(runs > 0)
    }
}

@Suite struct QuickDecodeTests {
    static func withoutLocations(_ set: AnswerSet) -> AnswerSet {
        var copy = set
        for i in copy.answers.indices { copy.answers[i].location = "" }
        return copy
    }

    /// The quick path used by `aggregate` accepts only what the full decoder accepts, identically.
    @Test func quickDecodeAgreesWithTheFullDecoder() throws {
        var rng = FuzzTests.SplitMix64(state: 99)
        var inputs = [
            BundledData.exampleBytes("commissioning")!, BundledData.exampleBytes("voluntary")!,
            Array(
                try Data(contentsOf: Support.testsFolder.appendingPathComponent("Fixtures/hostile-commissioning.json"))),
        ]
        for n in 1...7 {
            inputs.append(
                Array(
                    try Data(
                        contentsOf: Support.testsFolder.appendingPathComponent(
                            "Fixtures/aggregate/respondent-\(n).json"))))
        }
        var quick = 0
        for i in 0..<1200 {
            var bytes = inputs[i % inputs.count]
            switch i % 4 {
            case 0: break
            case 1: bytes = FuzzTests.byteMutation(bytes, &rng)
            default:
                var value = try JSONParser.parse(bytes)
                for _ in 0..<Int.random(in: 1...2, using: &rng) { value = FuzzTests.mutate(value, &rng) }
                bytes = Array(JSONWriter.write(value).utf8)
            }
            guard let fast = AnswerJSON.quickDecode(bytes) else { continue }
            quick += 1
            do {
                let full = try AnswerJSON.decode(bytes, file: "x")
                #expect(Self.withoutLocations(full) == fast)
            } catch {
                Issue.record("quick path accepted what the full decoder rejects: \(error)")
            }
        }
        #expect(quick > 50)
    }
}

/// Markdown escaping's fast path (text returned as it is) agrees with escaping every scalar.
@Suite struct MarkdownFastPathTests {
    @Test func theFastPathAgreesWithEscapingEveryScalar() {
        var rng = FuzzTests.SplitMix64(state: 0x5EED)
        let alphabet: [String] = [
            "a", "W", "w", ".", ":", "/", " ", "-", "+", "=", "|", "*", "_", "@", "&", "<", "\\", "`", "é", "\u{202E}",
            "\n", "\t", "\u{7F}", "ww", "www", "http", "1",
        ]
        var fast = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
                .joined()
            if MarkdownEscaping.needsNoEscaping(text) { fast += 1 }
            #expect(
                MarkdownEscaping.escapeInline(text) == MarkdownEscaping.escapeEveryScalar(text),
                "\(String(reflecting: text))")
        }
        #expect(fast > 500, "the fast path was taken \(fast) times")
    }
}
