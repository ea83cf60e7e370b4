/// The steps both quick readers of plain answer files share (`QuickAnswerScanner` and the
/// aggregate's `CompactAnswerScanner`): punctuation and plain strings read straight from the
/// bytes, with no strings made. Anything unusual (escapes, control characters) reads as "no".
protocol PlainJSONScanning {
    var bytes: UnsafeBufferPointer<UInt8> { get }
    var i: Int { get set }
}

extension PlainJSONScanning {
    /// Consumes `c` if it is next, after any white space.
    mutating func open(_ c: Unicode.Scalar) -> Bool {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: c) else { return false }
        i += 1
        return true
    }

    /// Consumes the closing bracket if it is next.
    mutating func close(_ c: Unicode.Scalar) -> Bool { open(c) }
    mutating func comma() -> Bool { open(",") }
    mutating func colon() -> Bool { open(":") }

    mutating func skipWhitespace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// The bytes of a plain string: no escapes and no control characters.
    mutating func rawString() -> UnsafeBufferPointer<UInt8>.SubSequence? {
        skipWhitespace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        let start = i + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20
        { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        i = end + 1
        return bytes[start..<end]
    }
}
