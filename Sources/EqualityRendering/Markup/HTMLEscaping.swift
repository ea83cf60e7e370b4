import EqualityCore

/// HTML escaping, used by the `HTML` type's string interpolation: every interpolated string goes through
/// `escape` unless the code marks it as trusted markup.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        escapeBytes(text, lineBreaks: false)
    }

    /// Escaped text with line breaks kept as `<br>`, for multi-line evidence and notes.
    static func escapeMultiline(_ text: String) -> String {
        escapeBytes(text, lineBreaks: true)
    }

    /// Works on UTF-8 bytes: reports escape a lot of text, and this is the hot path of rendering.
    /// Controls are invalid in HTML and bidirectional overrides could reorder what a reader sees, so
    /// both become U+FFFD.
    static func escapeBytes(_ text: String, lineBreaks: Bool) -> String {
        var utf8 = text.utf8
        if let fast = utf8.withContiguousStorageIfAvailable({ escape($0, lineBreaks: lineBreaks) }) { return fast }
        var copy = text
        copy.makeContiguousUTF8()
        utf8 = copy.utf8
        return utf8.withContiguousStorageIfAvailable { escape($0, lineBreaks: lineBreaks) } ?? ""
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    private static func escape(_ b: UnsafeBufferPointer<UInt8>, lineBreaks: Bool) -> String {
        // Nothing to change in most strings: return them as they are.
        var clean = true
        for byte in b
        where byte < 0x20 || byte >= 0x7F || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22
            || byte == 0x27
        {
            if byte >= 0x80 && byte != 0xC2 && byte != 0xD8 && byte != 0xE2 { continue }
            clean = false
            break
        }
        if clean { return String(decoding: b, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(b.count + 16)
        var i = 0
        while i < b.count {
            let byte = b[i]
            switch byte {
            case 0x26: out += Array("&amp;".utf8)
            case 0x3C: out += Array("&lt;".utf8)
            case 0x3E: out += Array("&gt;".utf8)
            case 0x22: out += Array("&quot;".utf8)
            case 0x27: out += Array("&#39;".utf8)
            case 0x0A: if lineBreaks { out += Array("<br>".utf8) } else { out.append(byte) }
            case 0x0D: if !lineBreaks { out += replacement }
            case 0x09: out.append(byte)
            case 0x00..<0x20, 0x7F: out += replacement
            case 0xC2 where i + 1 < b.count && (0x80...0x9F).contains(b[i + 1]):  // C1 controls
                out += replacement
                i += 1
            case 0xD8 where i + 1 < b.count && b[i + 1] == 0x9C:  // U+061C arabic letter mark
                out += replacement
                i += 1
            case 0xE2 where i + 2 < b.count && isBidi(b[i + 1], b[i + 2]):
                out += replacement
                i += 2
            default: out.append(byte)
            }
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// U+200E, U+200F, U+202A to U+202E and U+2066 to U+2069 in UTF-8 (E2 80 8E.. / E2 81 A6..).
    private static func isBidi(_ b1: UInt8, _ b2: UInt8) -> Bool {
        (b1 == 0x80 && (b2 == 0x8E || b2 == 0x8F || (0xAA...0xAE).contains(b2)))
            || (b1 == 0x81 && (0xA6...0xA9).contains(b2))
    }
}
