/// The scanner behind `AnswerJSON.quickDecode`: a strict reader for the plain shape of an answer
/// file. Anything it does not expect (escapes, numbers, literals, a profile, unknown or repeated
/// keys, invalid UTF-8, control characters) makes it give up and return nil.
struct QuickAnswerScanner: PlainJSONScanning {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func scan() -> AnswerSet? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        guard String(validating: UnsafeBufferPointer(rebasing: bytes[i...]), as: UTF8.self) != nil else { return nil }
        var set = AnswerSet(framework: "", frameworkVersion: "")
        var seenTop: Set<String> = []
        guard open("{") else { return nil }
        if !close("}") {
            repeat {
                guard let key = string(), seenTop.insert(key).inserted, colon() else { return nil }
                switch key {
                case "$schema": guard string() != nil else { return nil }
                case "framework":
                    guard let text = string(), !text.isBlank else { return nil }
                    set.framework = text
                case "frameworkVersion":
                    guard let text = string(), !text.isBlank else { return nil }
                    set.frameworkVersion = text
                case "respondent":
                    guard open("{") else { return nil }
                    var seen: Set<String> = []
                    if !close("}") {
                        repeat {
                            guard let field = string(), AnswerJSON.respondentKeys.contains(field),
                                seen.insert(field).inserted,
                                colon(), let text = string()
                            else { return nil }
                            set.respondent[field] = text
                        } while comma()
                        guard close("}") else { return nil }
                    }
                case "answers":
                    guard open("[") else { return nil }
                    if !close("]") {
                        repeat {
                            guard let answer = answer() else { return nil }
                            set.answers.append(answer)
                        } while comma()
                        guard close("]") else { return nil }
                    }
                default: return nil
                }
            } while comma()
            guard close("}") else { return nil }
        }
        skipWhitespace()
        guard i == bytes.count, seenTop.contains("answers"), !set.framework.isEmpty, !set.frameworkVersion.isEmpty
        else { return nil }
        return set
    }

    /// One `{"question": ..., "response": ..., "evidence": ..., "notes": ...}`, each key at most once.
    mutating func answer() -> Answer? {
        guard open("{") else { return nil }
        var answer = Answer(question: "", response: nil)
        var seen: UInt8 = 0
        if !close("}") {
            repeat {
                // Match the key on its bytes: no String is made for it.
                guard let field = rawString() else { return nil }
                let bit: UInt8
                if field.elementsEqual("question".utf8) {
                    bit = 1
                } else if field.elementsEqual("response".utf8) {
                    bit = 2
                } else if field.elementsEqual("evidence".utf8) {
                    bit = 4
                } else if field.elementsEqual("notes".utf8) {
                    bit = 8
                } else {
                    return nil
                }
                guard colon(), let text = string() else { return nil }
                switch bit {
                case 1: answer.question = text
                case 2: answer.response = text
                case 4: answer.evidence = text
                default: answer.notes = text
                }
                guard seen & bit == 0 else { return nil }
                seen |= bit
            } while comma()
            guard close("}") else { return nil }
        }
        return answer.question.isBlank ? nil : answer
    }

    mutating func string() -> String? {
        rawString().map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
    }
}
