/// One answer set as the aggregate counts it: who it is from (organisation and exercise), when, and
/// its normalised answers (each question's response and whether it has evidence, and which
/// questions and duties its legal context brings in). Nothing else about the file counts: not its
/// name, place in the list, format, spacing, key order, or the wording of its evidence and notes.
struct AnswerRecord: Sendable {
    /// The file's position in the list read, for the private log only.
    var file: Int
    /// The organisation and exercise, normalised (letter case, spacing and a final full stop do not
    /// count); nil when both are blank, so the answer set can only be matched by its answers.
    var identity: String?
    /// The date the answers were given (YYYY-MM-DD), or empty.
    var date: String
    /// The normalised answers: one byte per question (the response's position in the scale plus
    /// one, 0 for none; the top bit set when it has evidence), then one byte per question asked in
    /// the respondent's legal context and one per legal duty that counts in it.
    var content: [UInt8]
    var key: RecordKey

    init(file: Int, organisation: String, exercise: String, date: String, content: [UInt8]) {
        self.file = file
        let org = Respondent.exerciseKey(organisation)
        let ex = Respondent.exerciseKey(exercise)
        identity = org.isEmpty && ex.isEmpty ? nil : org + "\u{1F}" + ex
        self.date = date
        self.content = content
        key = RecordKey(identity: identity, content: content)
    }

    /// The normalised answers, question by question in order of question ID and duty by duty in
    /// order of duty ID, so a framework copy that lists them in another order gives the same bytes.
    static func content(
        responses: [Int8], evidence: [Bool], effect: ScoringPlan.ContextEffect, plan: ScoringPlan
    ) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(responses.count * 2 + effect.dutyCounts.count)
        for q in plan.questionsByID {
            bytes.append(UInt8(truncatingIfNeeded: Int(responses[q]) + 1) | (evidence[q] ? 0x80 : 0))
        }
        for q in plan.questionsByID { bytes.append(effect.asked[q] ? 1 : 0) }
        for d in plan.dutiesByID { bytes.append(effect.dutyCounts[d] ? 1 : 0) }
        return bytes
    }

    /// The responses, evidence flags and context effect back from `content`, in framework order.
    func decoded(_ plan: ScoringPlan) -> (responses: [Int8], evidence: [Bool], effect: ScoringPlan.ContextEffect) {
        let questions = plan.questionsByID.count
        var responses = [Int8](repeating: ScoringPlan.unanswered, count: questions)
        var evidence = [Bool](repeating: false, count: questions)
        var asked = [Bool](repeating: false, count: questions)
        var counts = [Bool](repeating: false, count: plan.dutiesByID.count)
        for (i, q) in plan.questionsByID.enumerated() {
            responses[q] = Int8(Int(content[i] & 0x7F) - 1)
            evidence[q] = content[i] & 0x80 != 0
            asked[q] = content[questions + i] != 0
        }
        for (i, d) in plan.dutiesByID.enumerated() { counts[d] = content[2 * questions + i] != 0 }
        return (responses, evidence, ScoringPlan.ContextEffect(dutyCounts: counts, asked: asked))
    }
}

/// A record's key: the first 128 bits of SHA-256 of its identity and normalised answers. Keys add
/// (wrapping), so a table's key — the sum over the records it counts — does not depend on the
/// order they were read in, and cannot be guessed without knowing every record in it.
public struct RecordKey: Sendable, Hashable {
    var high: UInt64 = 0
    var low: UInt64 = 0

    init() {}

    init(identity: String?, content: [UInt8]) {
        var bytes = Array((identity ?? "").utf8)
        bytes.append(0x1E)
        bytes += content
        let d = SHA256.digest(bytes)
        high = UInt64(d[0]) << 32 | UInt64(d[1])
        low = UInt64(d[2]) << 32 | UInt64(d[3])
    }

    static func + (a: RecordKey, b: RecordKey) -> RecordKey {
        var k = RecordKey()
        k.high = a.high &+ b.high
        k.low = a.low &+ b.low
        return k
    }

    var hex: String { String(high, radix: 16) + "." + String(low, radix: 16) }
}
