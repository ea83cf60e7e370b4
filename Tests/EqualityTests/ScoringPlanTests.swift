import Foundation
import Testing

@testable import EqualityCore

/// The aggregate's fast path must read and score exactly as the full reader, validator and scorer
/// do: the same evaluations for every question, and the same decision on whether a file is valid.
@Suite struct ScoringPlanTests {
    static let framework = try! BundledData.framework("commissioning-for-equality")!
    static let plan = ScoringPlan(framework)

    static func same(_ a: Scorer.Summary, _ b: Scorer.Summary) -> Bool {
        guard a.evaluations.count == b.evaluations.count, a.stages == b.stages, a.overall == b.overall else {
            return false
        }
        return zip(a.evaluations, b.evaluations).allSatisfy { x, y in
            x.kind == y.kind && x.response == y.response && x.scoredAs == y.scoredAs && x.points == y.points
                && x.unevidenced == y.unevidenced && x.legalRisk == y.legalRisk
        }
    }

    /// The full path: decode, validate, score with `Scorer.summary`; nil when the file is refused.
    static func full(_ bytes: [UInt8]) -> Scorer.Summary? {
        guard let set = try? AnswerJSON.decode(bytes, file: "f.json"),
            let valid = try? AnswerValidator.validate(set, against: framework, file: "f.json")
        else { return nil }
        return Scorer.summary(valid, framework: framework)
    }

    /// Plain answer files with contexts, conditions, evidence and reasons of every kind.
    static func files(seed: UInt64, count: Int) -> [String] {
        var rng = DisclosureAttackTests.Random(state: seed)
        let responses = ["not-in-place", "partly", "mostly", "fully", "not-applicable", "dont-know", "", " "]
        return (0..<count).map { _ in
            var answers: [String] = []
            for q in framework.questions where rng.below(8) != 0 {
                let r = responses[rng.below(responses.count)]
                let evidence = ["", " ", "Held on file", "Held on file", "Held on file", " x ", "é"][
                    rng.below(rng.below(30) == 0 ? 7 : 6)]
                // Mostly valid: a not-applicable usually has its reason.
                let notes =
                    r == "not-applicable" && rng.below(20) != 0
                    ? "Out of scope" : ["", "Out of scope", " "][rng.below(3)]
                answers.append(
                    "{\"question\": \"\(q.id)\", \"response\": \"\(r)\", \"evidence\": \"\(evidence)\", \"notes\": \"\(notes)\"}"
                )
            }
            let context = [
                "", "", "", ", \"context\": {\"nation\": \"wales\"}",
                ", \"context\": {\"nation\": \"england\", \"organisationType\": \"public-authority\"}",
            ][rng.below(5)]
            return
                "{\"framework\": \"\(framework.id)\", \"frameworkVersion\": \"\(framework.version.description)\", \"respondent\": {\"organisation\": \"O\", \"date\": \"2026-11-2\(rng.below(10))\"}\(context), \"answers\": [\(answers.joined(separator: ", "))]}"
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func thePlanScoresAsTheScorerDoes(seed: UInt64) throws {
        for text in Self.files(seed: seed, count: 150) {
            guard let set = try? AnswerJSON.decode(Array(text.utf8), file: "f.json"),
                let valid = try? AnswerValidator.validate(set, against: Self.framework, file: "f.json")
            else { continue }
            #expect(
                Self.same(Self.plan.summary(valid), Scorer.summary(valid, framework: Self.framework)),
                "\(text.prefix(200))")
        }
    }

    /// Small changes to good files: the fast reader either steps aside or agrees with the full path.
    static let mutations: [(String, String)] = [
        ("\"response\": \"partly\"", "\"response\": \"Partly\""), ("\"response\": \"partly\"", "\"response\": \"n/a\""),
        ("\"notes\": \"Out of scope\"", "\"notes\": \"\""),
        ("\"evidence\": \"Held on file\"", "\"evidence\": \"\\u00a0\""),
        ("\"evidence\": \"Held on file\"", "\"evidence\": \"\u{00A0}\""),
        ("\"question\": \"NA-01\"", "\"question\": \"NA-1\""),
        ("\"question\": \"NA-02\"", "\"question\": \"NA-01\""), ("\"notes\":", "\"note\":"),
        ("\"date\": \"2026-11-2", "\"date\": \"2026-13-2"), ("{\"framework\"", "\u{FEFF}{\"framework\""),
        ("\"frameworkVersion\": \"1.2.0\"", "\"frameworkVersion\": \"1.0.0\""),
        ("\"framework\": \"commissioning-for-equality\"", "\"framework\": \"voluntary-organisation-self-assessment\""),
        ("\"answers\": [", "\"answers\": [{\"question\": \"\"}, "), ("\"organisation\": \"O\"", "\"organisation\": 3"),
        ("\"response\": \"mostly\"", "\"response\": \"mostly\", \"response\": \"fully\""),
    ]

    @Test(arguments: Array(0..<15))
    func theFastReaderStepsAsideOrAgrees(mutation: Int) throws {
        let (from, to) = Self.mutations[mutation]
        var checked = 0
        for text in Self.files(seed: 9, count: 60) + Self.files(seed: 10, count: 60) {
            guard let range = text.range(of: from) else { continue }
            let bytes = Array(text.replacingCharacters(in: range, with: to).utf8)
            let full = Self.full(bytes)
            guard let quick = CompactAnswerScanner.scan(bytes, plan: Self.plan) else { continue }
            checked += 1
            if let other = quick.otherFramework {
                #expect(other == "voluntary-organisation-self-assessment")
                continue
            }
            let summary = try #require(full, "the fast reader accepted a file the full path refuses: \(to)")
            let fast = Self.plan.summary(
                responses: quick.responses, evidence: quick.evidence,
                context: Self.plan.effect(AssessmentContext()))
            #expect(Self.same(fast, summary), "\(to)")
        }
        // Harmless changes (a note removed where none was needed, one question answered twice
        // where the other was skipped, a byte-order mark, another framework) still go the fast
        // way; everything else must go the full way.
        if [2, 6, 9, 11].contains(mutation) {
            #expect(checked > 0, "the fast reader refused a harmless change: \(to)")
        } else {
            #expect(checked == 0, "the fast reader took a file it should leave to the full path: \(to)")
        }
    }

    @Test func plainFilesTakeTheFastPathAndScoreTheSame() throws {
        var fast = 0
        for text in Self.files(seed: 4, count: 200) {
            let bytes = Array(text.utf8)
            guard let quick = CompactAnswerScanner.scan(bytes, plan: Self.plan) else {
                continue
            }
            fast += 1
            let summary = try #require(Self.full(bytes))
            #expect(
                Self.same(
                    Self.plan.summary(
                        responses: quick.responses, evidence: quick.evidence,
                        context: Self.plan.effect(AssessmentContext())), summary))
        }
        #expect(fast > 20, "the fast path took only \(fast) of 200 plain files")
    }
}
