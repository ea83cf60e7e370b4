/// Writes a `JSONValue` as pretty-printed JSON, keys in the order given: same value, same bytes.
package enum JSONWriter {
    /// `htmlSafe` also escapes `<`, `>` and `&`, for JSON placed inside an HTML `<script>` block.
    package static func write(_ value: JSONValue, htmlSafe: Bool = false) -> String {
        var out = ""
        write(value, indent: 0, htmlSafe: htmlSafe, into: &out)
        out.append("\n")
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, htmlSafe: Bool, into out: inout String) {
        switch value {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let n): out.append(NumberText.plain(n))
        case .string(let s): out.append(quote(s, htmlSafe: htmlSafe))
        case .array(let elements):
            if elements.isEmpty {
                out.append("[]")
                return
            }
            out.append("[\n")
            for (i, element) in elements.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                write(element, indent: indent + 1, htmlSafe: htmlSafe, into: &out)
                out.append(i == elements.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: "  ", count: indent) + "]")
        case .object(let members):
            if members.isEmpty {
                out.append("{}")
                return
            }
            out.append("{\n")
            for (i, member) in members.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                out.append(quote(member.key, htmlSafe: htmlSafe))
                out.append(": ")
                write(member.value, indent: indent + 1, htmlSafe: htmlSafe, into: &out)
                out.append(i == members.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: "  ", count: indent) + "}")
        }
    }

    static func quote(_ s: String, htmlSafe: Bool = false) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case "<" where htmlSafe, ">" where htmlSafe, "&" where htmlSafe,
                "\u{2028}", "\u{2029}":
                out.append(unicodeEscape(scalar.value))
            case _ where TerminalText.isUnsafe(scalar):
                // Controls and bidirectional overrides stay in the data but are written as escapes,
                // so viewing the JSON cannot reorder or hide text.
                out.append(unicodeEscape(scalar.value))
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
        return out
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
