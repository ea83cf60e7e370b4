import EqualityCore

/// Markdown escaping for GitHub-flavoured Markdown. Untrusted text is escaped so it can never
/// become markup: no raw HTML, links, images, headings, emphasis or table breaks.
enum MarkdownEscaping {
    private static let special: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "{", "}", "[", "]", "#", "!", "|", "<", ">", "~",
    ]

    /// Escapes inline text; line breaks become spaces so a value stays in its paragraph or cell.
    static func escapeInline(_ text: String) -> String {
        needsNoEscaping(text) ? text : escapeEveryScalar(text)
    }

    /// `escapeInline` without the fast path (tests compare the two).
    static func escapeEveryScalar(_ text: String) -> String {
        var out = ""
        // A leading list or heading marker would start a block if the value began a line.
        if let first = text.unicodeScalars.first, ["-", "+", "="].contains(first) {
            out.append("\\")
        }
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                out.append(" ")
            } else if scalar == "&" {
                out.append("&amp;")
            } else if scalar == "@" {
                // A backslash does not stop GFM's e-mail autolinks (they are found after escapes
                // are read); a word joiner, invisible and unbreakable, in front of the @ does.
                out.append("\u{2060}@")
            } else if special.contains(scalar) || breaksAutolink(scalars, i) {
                out.append("\\")
                out.unicodeScalars.append(scalar)
            } else if TerminalText.isUnsafe(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Whether `escapeInline` would return `text` as it is: printable ASCII with none of the
    /// characters it changes, no leading block marker, and no `://` or `www.` an autolink could
    /// start from. Most text a report prints is like this, so it is checked byte by byte first.
    static func needsNoEscaping(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes -> Bool in
            guard let first = bytes.first, first != UInt8(ascii: "-"), first != UInt8(ascii: "+"),
                first != UInt8(ascii: "=")
            else { return bytes.isEmpty }
            var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
            for b in bytes {
                guard b >= 0x20, b < 0x7F, !plainUnsafe[Int(b)] else { return false }
                if b == UInt8(ascii: "/") && previous.1 == UInt8(ascii: ":") && previous.2 == UInt8(ascii: "/") {
                    return false
                }
                if b == UInt8(ascii: "."), previous.0 | 0x20 == UInt8(ascii: "w"),
                    previous.1 | 0x20 == UInt8(ascii: "w"),
                    previous.2 | 0x20 == UInt8(ascii: "w")
                {
                    return false
                }
                previous = (previous.1, previous.2, b)
            }
            return true
        }
    }

    /// ASCII bytes `escapeInline` changes: the special characters, `&` and `@`.
    private static let plainUnsafe: [Bool] = (0..<128).map { b in
        let scalar = Unicode.Scalar(UInt8(b))
        return special.contains(scalar) || scalar == "&" || scalar == "@"
    }

    /// GFM's autolink extension turns `www.`, `scheme://`, e-mail and `xmpp:` or `mailto:` addresses
    /// in plain text into links; escaping the `.` after www and the `:` before // stops the first
    /// two, and the word joiner before every `@` (in `escapeInline`) the others.
    static func breaksAutolink(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        switch s[i] {
        case ":": return i + 2 < s.count && s[i + 1] == "/" && s[i + 2] == "/"
        case ".": return i >= 3 && String(String.UnicodeScalarView(s[(i - 3)..<i])).lowercased() == "www"
        default: return false
        }
    }

    /// Escapes multi-line text for a table cell: lines are joined with `<br>`, which GFM allows in cells.
    static func escapeCell(_ text: String) -> String {
        text.replacingCR().split(separator: "\n", omittingEmptySubsequences: false)
            .map { escapeInline(String($0)) }
            .joined(separator: "<br>")
    }
}
