/// One answer set as the aggregate counts it: who it is from (organisation and exercise), when, and
/// its normalised answers (each question's response and whether it has evidence, and which
/// questions and duties its legal context brings in). Nothing else about the file counts: not its
/// name, place in the list, format, spacing, key order, or the wording of its evidence and notes.
struct AnswerRecord: Sendable {
    /// The file's position in the list read, for the private log only.
    var file: Int
    /// The organisation and exercise, normalised as `Respondent.exerciseKey` does (letter case,
    /// spacing and a final full stop do not count); nil when both are blank, so the answer set can
    /// only be matched by its answers.
    var identity: [UInt8]?
    /// The date the answers were given as YYYYMMDD, or 0 when there is none.
    var date: Int
    /// The normalised answers: one byte per question in order of question ID (the response's rank
    /// among the scale's response IDs plus one, 0 for none; the top bit set when it has evidence),
    /// then one byte per question asked in the respondent's legal context, and one per legal duty
    /// (in order of duty ID) that counts in it.
    var content: [UInt8]
    /// Hashes of the identity and of the content alone, for finding duplicates, and the record key
    /// made from both.
    var identityHash: RecordKey
    var contentHash: RecordKey
    var key: RecordKey

    init(file: Int, organisation: some Collection<UInt8>, exercise: some Collection<UInt8>, date: Int, content: [UInt8])
    {
        self.file = file
        var who: [UInt8] = []
        who.reserveCapacity(organisation.count + exercise.count + 1)
        Self.normalise(organisation, into: &who)
        who.append(0x1F)
        Self.normalise(exercise, into: &who)
        identity = who.count == 1 ? nil : who
        self.date = date
        self.content = content
        identityHash = RecordKey(hashing: identity ?? [], seed: 1)
        contentHash = RecordKey(hashing: content, seed: 2)
        key = RecordKey(identity: identityHash, content: contentHash)
    }

    /// `Respondent.exerciseKey` on bytes: words joined by one space, final full stops dropped,
    /// lower case. Plain ASCII is done here without making strings; anything else goes through
    /// `exerciseKey` itself. `CellKeyPerturbationTests` checks the two agree on random text.
    static func normalised(_ text: some Collection<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        normalise(text, into: &out)
        return out
    }

    /// Appends the normalised text to `out`.
    static func normalise(_ text: some Collection<UInt8>, into out: inout [UInt8]) {
        if text.contains(where: { $0 >= 0x80 }) {
            out += Array(Respondent.exerciseKey(String(decoding: text, as: UTF8.self)).utf8)
            return
        }
        let start = out.count
        var pendingSpace = false
        for b in text {
            if b == 0x20 || (0x09...0x0D).contains(b) {
                pendingSpace = out.count > start
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append((0x41...0x5A).contains(b) ? b | 0x20 : b)
        }
        while out.count > start, out.last == UInt8(ascii: ".") { out.removeLast() }
        while out.count > start, out.last == 0x20 { out.removeLast() }
    }

    /// A YYYY-MM-DD date as the number YYYYMMDD (0 for none), so later dates are larger.
    static func dateNumber(_ text: some Collection<UInt8>) -> Int {
        var n = 0
        for b in text where b != UInt8(ascii: "-") {
            guard (0x30...0x39).contains(b) else { return 0 }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }

    /// The normalised answers, question by question in order of question ID, duty by duty in order
    /// of duty ID, and responses by ID, so a framework copy that lists any of them in another order
    /// gives the same bytes.
    static func content(
        responses: [Int8], evidence: [Bool], effect: ScoringPlan.ContextEffect, plan: ScoringPlan
    ) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: 2 * responses.count + effect.dutyCounts.count)
        let questions = responses.count
        for (i, q) in plan.questionsByID.enumerated() {
            let r = responses[q]
            let code = r < 0 ? 0 : Int(plan.responseRank[Int(r)]) + 1
            bytes[i] = UInt8(truncatingIfNeeded: code) | (evidence[q] ? 0x80 : 0)
            bytes[questions + i] = effect.asked[q] ? 1 : 0
        }
        for (i, d) in plan.dutiesByID.enumerated() { bytes[2 * questions + i] = effect.dutyCounts[d] ? 1 : 0 }
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
            let code = Int(content[i] & 0x7F)
            responses[q] = code == 0 ? ScoringPlan.unanswered : plan.responseByRank[code - 1]
            evidence[q] = content[i] & 0x80 != 0
            asked[q] = content[questions + i] != 0
        }
        for (i, d) in plan.dutiesByID.enumerated() { counts[d] = content[2 * questions + i] != 0 }
        return (responses, evidence, ScoringPlan.ContextEffect(dutyCounts: counts, asked: asked))
    }
}

/// A record's key: a 128-bit hash of its identity and normalised answers. Keys add (wrapping), so a
/// table's key, the sum over the records it counts, does not depend on the order they were read
/// in, and cannot be worked out without knowing every record in it. The hash need not be a
/// cryptographic one: a cell's column is SHA-256 of the table's key and the cell's name
/// (`CellKeys`).
package struct RecordKey: Sendable, Hashable {
    var high: UInt64 = 0
    var low: UInt64 = 0

    init() {}

    /// A 128-bit hash of bytes (two multiply-xor lanes, each finished with MurmurHash3's mixer).
    init(hashing bytes: [UInt8], seed: UInt64) {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count) ^ seed
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F ^ (seed << 32)
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = (b ^ UInt64(byte)) &* 0x9FB2_1C65_1E98_DF25
            }
        }
        high = Self.finish(a ^ (b >> 17))
        low = Self.finish(b ^ (a << 13))
    }

    /// A record's key, from the hashes of its identity and of its content.
    init(identity: RecordKey, content: RecordKey) {
        high = Self.finish(identity.high ^ (content.low &* 0x9E37_79B9_7F4A_7C15))
        low = Self.finish(content.high ^ (identity.low &* 0xC2B2_AE3D_27D4_EB4F))
    }

    /// MurmurHash3's 64-bit finaliser: every input bit reaches every output bit.
    static func finish(_ x: UInt64) -> UInt64 {
        var h = x
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    static func + (a: RecordKey, b: RecordKey) -> RecordKey {
        var k = RecordKey()
        k.high = a.high &+ b.high
        k.low = a.low &+ b.low
        return k
    }

    var hex: String { String(high, radix: 16) + "." + String(low, radix: 16) }
}
