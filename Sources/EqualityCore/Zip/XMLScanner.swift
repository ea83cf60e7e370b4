/// A small XML reader for the parts of a workbook (SpreadsheetML): elements with their
/// attributes, and text with the five named entities and character references decoded. Names
/// lose their namespace prefix (`x:c` is `c`, `r:id` is `id`), as the parts use prefixes freely.
/// Comments, processing instructions and the document type are skipped; no entity is ever
/// expanded from a document type, so a "billion laughs" file has nothing to expand.
package enum XMLScanner {
    package enum Event: Equatable, Sendable {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    package struct Failure: Error, Equatable, Sendable {
        package var offset: Int
        package var message: String
    }

    /// Every element start and end, and every run of text, in order. A self-closing element gives
    /// a start and an end.
    package static func events(_ bytes: [UInt8]) throws(Failure) -> [Event] {
        var events: [Event] = []
        var i = 0
        let n = bytes.count
        func fail(_ message: String) -> Failure { Failure(offset: i, message: message) }
        func starts(_ text: String, at p: Int) -> Bool {
            let t = Array(text.utf8)
            return p + t.count <= n && Array(bytes[p..<(p + t.count)]) == t
        }
        func find(_ text: String, from p: Int) -> Int? {
            let t = Array(text.utf8)
            var q = p
            while q + t.count <= n {
                if bytes[q] == t[0] && Array(bytes[q..<(q + t.count)]) == t { return q }
                q += 1
            }
            return nil
        }
        func localName(_ name: ArraySlice<UInt8>) -> String {
            let local = name.lastIndex(of: UInt8(ascii: ":")).map { name[(name.index(after: $0))...] } ?? name
            return String(decoding: local, as: UTF8.self)
        }
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        func isNameEnd(_ b: UInt8) -> Bool {
            isSpace(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") || b == UInt8(ascii: "=")
        }

        if starts("\u{FEFF}", at: 0) { i = 3 }
        while i < n {
            if bytes[i] != UInt8(ascii: "<") {
                let end = bytes[i...].firstIndex(of: UInt8(ascii: "<")) ?? n
                let text = try decode(bytes[i..<end], at: i)
                if !text.isEmpty { events.append(.text(text)) }
                i = end
                continue
            }
            if starts("<!--", at: i) {
                guard let end = find("-->", from: i + 4) else { throw fail("a comment is not closed") }
                i = end + 3
            } else if starts("<![CDATA[", at: i) {
                guard let end = find("]]>", from: i + 9) else { throw fail("a CDATA section is not closed") }
                events.append(.text(String(decoding: bytes[(i + 9)..<end], as: UTF8.self)))
                i = end + 3
            } else if starts("<?", at: i) {
                guard let end = find("?>", from: i + 2) else { throw fail("a processing instruction is not closed") }
                i = end + 2
            } else if starts("<!", at: i) {
                guard let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else {
                    throw fail("a declaration is not closed")
                }
                i = end + 1
            } else if starts("</", at: i) {
                guard let end = bytes[i...].firstIndex(of: UInt8(ascii: ">")) else {
                    throw fail("an end tag is not closed")
                }
                var nameEnd = i + 2
                while nameEnd < end && !isSpace(bytes[nameEnd]) { nameEnd += 1 }
                events.append(.end(localName(bytes[(i + 2)..<nameEnd])))
                i = end + 1
            } else {
                var p = i + 1
                while p < n && !isNameEnd(bytes[p]) { p += 1 }
                guard p > i + 1 else { throw fail("a tag has no name") }
                let name = localName(bytes[(i + 1)..<p])
                var attributes: [String: String] = [:]
                var closed = false
                while true {
                    while p < n && isSpace(bytes[p]) { p += 1 }
                    guard p < n else { throw fail("a tag is not closed") }
                    if bytes[p] == UInt8(ascii: ">") {
                        p += 1
                        break
                    }
                    if bytes[p] == UInt8(ascii: "/") {
                        guard p + 1 < n, bytes[p + 1] == UInt8(ascii: ">") else { throw fail("a stray / in a tag") }
                        closed = true
                        p += 2
                        break
                    }
                    let nameStart = p
                    while p < n && !isNameEnd(bytes[p]) { p += 1 }
                    let attribute = localName(bytes[nameStart..<p])
                    while p < n && isSpace(bytes[p]) { p += 1 }
                    guard p < n, bytes[p] == UInt8(ascii: "=") else { throw fail("an attribute has no value") }
                    p += 1
                    while p < n && isSpace(bytes[p]) { p += 1 }
                    guard p < n, bytes[p] == UInt8(ascii: "\"") || bytes[p] == UInt8(ascii: "'") else {
                        throw fail("an attribute value is not quoted")
                    }
                    let quote = bytes[p]
                    guard let close = bytes[(p + 1)...].firstIndex(of: quote) else {
                        throw fail("an attribute value is not closed")
                    }
                    attributes[attribute] = try decode(bytes[(p + 1)..<close], at: p + 1)
                    p = close + 1
                }
                events.append(.start(name, attributes))
                if closed { events.append(.end(name)) }
                i = p
            }
        }
        return events
    }

    /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and `&#…;` references decoded.
    static func decode(_ bytes: ArraySlice<UInt8>, at offset: Int) throws(Failure) -> String {
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        var out: [UInt8] = []
        var i = bytes.startIndex
        while i < bytes.endIndex {
            guard bytes[i] == UInt8(ascii: "&") else {
                out.append(bytes[i])
                i += 1
                continue
            }
            guard let semi = bytes[i...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
                throw Failure(offset: i, message: "an & that starts no reference")
            }
            let name = String(decoding: bytes[(i + 1)..<semi], as: UTF8.self)
            var scalar: Unicode.Scalar?
            switch name {
            case "amp": scalar = "&"
            case "lt": scalar = "<"
            case "gt": scalar = ">"
            case "quot": scalar = "\""
            case "apos": scalar = "'"
            default:
                if name.hasPrefix("#x") || name.hasPrefix("#X") {
                    scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
                } else if name.hasPrefix("#") {
                    scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
                }
            }
            guard let scalar else { throw Failure(offset: i, message: "an unknown reference &\(name);") }
            out += Array(String(Character(scalar)).utf8)
            i = semi + 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
