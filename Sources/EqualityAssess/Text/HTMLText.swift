/// HTML escaping. Every string that reaches HTML goes through `escape`; markup that the
/// renderers write themselves is the only text emitted raw.
public enum HTMLText {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append("&amp;")
            case "<": out.append("&lt;")
            case ">": out.append("&gt;")
            case "\"": out.append("&quot;")
            case "'": out.append("&#39;")
            default:
                if TerminalText.isUnsafe(scalar) && scalar != "\n" && scalar != "\t" {
                    out.append("\u{FFFD}")  // controls are invalid in HTML; bidi overrides could reorder text
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Escaped text with line breaks kept as `<br>`, for multi-line evidence and notes.
    public static func escapeMultiline(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { escape(String($0).replacingCR()) }
            .joined(separator: "<br>")
    }
}

extension String {
    func replacingCR() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\r" }))
    }
}
