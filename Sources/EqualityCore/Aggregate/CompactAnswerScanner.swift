import Glibc

/// The aggregate's fast reader: scans a plain JSON answer file straight into response codes and
/// evidence flags for `ScoringPlan`, making no strings. It accepts a file only when it is sure the
/// full reader and `AnswerValidator` would accept it and read the same answers; anything else
/// (escapes, a context or profile, an unknown key, question or response, a repeated question, a
/// not-applicable without a reason, non-ASCII blank text, a bad date, invalid UTF-8) makes it give
/// up, and the file goes through the full reader, which gives the exact messages.
struct CompactAnswerScanner: PlainJSONScanning {
    struct Result {
        var responses: [Int8]
        var evidence: [Bool]
        /// Where who and when are written in the file's bytes (the scanner accepts no escapes, so
        /// the bytes are the text).
        var organisation: Range<Int> = 0..<0
        var exercise: Range<Int> = 0..<0
        var date: Range<Int> = 0..<0
        /// The framework ID the file names, when it is not the plan's (counted as another framework).
        var otherFramework: String?
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let plan: ScoringPlan
    var i = 0

    static func scan(_ bytes: [UInt8], plan: ScoringPlan) -> Result? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = CompactAnswerScanner(bytes: buffer, plan: plan)
            return scanner.scan()
        }
    }

    mutating func scan() -> Result? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        // ASCII needs no further check; anything else must be valid UTF-8.
        if bytes.contains(where: { $0 >= 0x80 }),
            String(validating: UnsafeBufferPointer(rebasing: bytes[i...]), as: UTF8.self) == nil
        {
            return nil
        }
        let count = plan.items.count
        var result = Result(
            responses: [Int8](repeating: ScoringPlan.unanswered, count: count),
            evidence: [Bool](repeating: false, count: count))
        var seen = [Bool](repeating: false, count: count)
        var seenTop: UInt8 = 0
        var frameworkMatches = false
        guard open("{") else { return nil }
        if !close("}") {
            repeat {
                guard let key = rawString(), colon() else { return nil }
                let bit: UInt8
                if Self.matches(key, Self.keyFramework) {
                    bit = 1
                    guard let text = rawString(), !isBlank(text) else { return nil }
                    frameworkMatches = Self.matches(text, plan.frameworkID)
                    if !frameworkMatches {
                        result.otherFramework = String(decoding: UnsafeBufferPointer(rebasing: text), as: UTF8.self)
                    }
                } else if Self.matches(key, Self.keyVersion) {
                    bit = 2
                    guard let text = rawString(), Self.matches(text, plan.frameworkVersion) else {
                        return nil
                    }
                } else if Self.matches(key, Self.keyRespondent) {
                    bit = 4
                    guard respondent(&result) else { return nil }
                } else if Self.matches(key, Self.keyAnswers) {
                    bit = 8
                    guard open("[") else { return nil }
                    if !close("]") {
                        repeat {
                            guard answer(&result, &seen) else { return nil }
                        } while comma()
                        guard close("]") else { return nil }
                    }
                } else if Self.matches(key, Self.keySchema) {
                    bit = 16
                    guard rawString() != nil else { return nil }
                } else {
                    return nil
                }
                guard seenTop & bit == 0 else { return nil }
                seenTop |= bit
            } while comma()
            guard close("}") else { return nil }
        }
        skipWhitespace()
        guard i == bytes.count, seenTop & 11 == 11 else { return nil }
        if result.otherFramework != nil { return result }
        return frameworkMatches ? result : nil
    }

    /// The respondent block: known keys, each once, plain strings; the date empty or a real date.
    mutating func respondent(_ result: inout Result) -> Bool {
        guard open("{") else { return false }
        var seen: [String] = []
        if close("}") { return true }
        repeat {
            guard let key = rawString(), colon(), let value = rawString() else { return false }
            guard let field = AnswerJSON.respondentKeys.first(where: { $0.utf8.elementsEqual(key) }),
                !seen.contains(field)
            else { return false }
            seen.append(field)
            // A perspective must be one the validator knows; anything else is the full path's to report.
            if field == "perspective" && !value.isEmpty
                && Perspective(rawValue: String(decoding: UnsafeBufferPointer(rebasing: value), as: UTF8.self)) == nil
            {
                return false
            }
            switch field {
            case "organisation": result.organisation = value.startIndex..<value.endIndex
            case "exercise": result.exercise = value.startIndex..<value.endIndex
            case "date":
                result.date = value.startIndex..<value.endIndex
                if !value.isEmpty
                    && !ReportDate.isValid(String(decoding: UnsafeBufferPointer(rebasing: value), as: UTF8.self))
                {
                    return false
                }
            default: break
            }
        } while comma()
        return close("}")
    }

    /// One answer, each key at most once; the question known and not answered before.
    mutating func answer(_ result: inout Result, _ seen: inout [Bool]) -> Bool {
        guard open("{") else { return false }
        var question: Int?
        var response: Int8 = ScoringPlan.unanswered
        var responseGiven = false
        var hasEvidence = false
        var hasNotes = false
        var keys: UInt8 = 0
        if !close("}") {
            repeat {
                guard let key = rawString(), colon(), let value = rawString() else { return false }
                let bit: UInt8
                let packedKey = key.count <= 8 ? Self.packed(key) : 0
                if key.count == 8 && packedKey == Self.packedQuestion {
                    bit = 1
                    guard let q = plan.question(value) else { return false }
                    question = q
                } else if key.count == 8 && packedKey == Self.packedResponse {
                    bit = 2
                    responseGiven = true
                    if !isBlank(value) {
                        guard let r = plan.response(value) else { return false }
                        response = r
                    }
                } else if key.count == 8 && packedKey == Self.packedEvidence {
                    bit = 4
                    guard let blank = blankness(value) else { return false }
                    hasEvidence = !blank
                } else if key.count == 5 && packedKey == Self.packedNotes {
                    bit = 8
                    guard let blank = blankness(value) else { return false }
                    hasNotes = !blank
                } else {
                    return false
                }
                guard keys & bit == 0 else { return false }
                keys |= bit
            } while comma()
            guard close("}") else { return false }
        }
        _ = responseGiven
        guard let q = question, !seen[q] else { return false }
        seen[q] = true
        // Not applicable needs a reason: leave that message to the full reader.
        if response >= 0, plan.requiresReason[Int(response)], !hasNotes { return false }
        result.responses[q] = response
        result.evidence[q] = hasEvidence
        return true
    }

    /// Whether text is blank, when that can be told from ASCII alone; nil for non-ASCII text with
    /// no ASCII letter, which the full reader judges.
    func blankness(_ text: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool? {
        var sawNonASCII = false
        for b in text {
            if b >= 0x80 {
                sawNonASCII = true
            } else if b != 0x20 {
                return false
            }
        }
        return sawNonASCII ? nil : true
    }

    func isBlank(_ text: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool { blankness(text) ?? false }

    /// Whether the bytes are exactly `literal` (ASCII): a length check, then the bytes (a loop for
    /// short literals, memcmp for long ones).
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence, _ literal: [UInt8]) -> Bool {
        guard bytes.count == literal.count else { return false }
        if literal.count <= 16 {
            var i = bytes.startIndex
            for b in literal {
                if bytes[i] != b { return false }
                i += 1
            }
            return true
        }
        return literal.withUnsafeBufferPointer { l in
            guard let a = UnsafeBufferPointer(rebasing: bytes).baseAddress, let b = l.baseAddress else { return true }
            return memcmp(a, b, literal.count) == 0
        }
    }

    /// Up to eight bytes packed into one integer, first byte highest (as `ScoringPlan.pack`).
    @inline(__always)
    static func packed(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> UInt64 {
        var key: UInt64 = 0
        for b in bytes { key = key << 8 | UInt64(b) }
        return key
    }

    /// The answer keys packed, so matching one is a length check and one comparison (integer
    /// constants need no lazy initialisation, unlike arrays).
    static let packedQuestion: UInt64 = 0x7175_6573_7469_6f6e
    static let packedResponse: UInt64 = 0x7265_7370_6f6e_7365
    static let packedEvidence: UInt64 = 0x6576_6964_656e_6365
    static let packedNotes: UInt64 = 0x6e_6f74_6573

    static let keyFramework = Array("framework".utf8), keyVersion = Array("frameworkVersion".utf8)
    static let keyRespondent = Array("respondent".utf8), keyAnswers = Array("answers".utf8)
    static let keySchema = Array("$schema".utf8)
}
