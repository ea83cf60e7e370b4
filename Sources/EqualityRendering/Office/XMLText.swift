/// Text for Office XML parts. Every string from an answer file or a framework is escaped, and
/// characters XML 1.0 forbids (most control characters, lone surrogates cannot occur in Swift
/// strings, U+FFFE and U+FFFF) are replaced with U+FFFD and counted, so a document can say so.
struct XMLText {
    private(set) var text = ""
    /// How many forbidden characters were replaced.
    private(set) var replaced = 0

    /// Appends the tool's own markup, as it is.
    mutating func raw(_ markup: String) { text += markup }

    /// Appends untrusted text, escaped for element content and attribute values alike.
    mutating func escaped(_ value: String) {
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": text += "&amp;"
            case "<": text += "&lt;"
            case ">": text += "&gt;"
            case "\"": text += "&quot;"
            case "'": text += "&apos;"
            case "\t", "\n", "\r": text.unicodeScalars.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}":
                text += "\u{FFFD}"
                replaced += 1
            default: text.unicodeScalars.append(scalar)
            }
        }
    }

    static func escape(_ value: String) -> (String, Int) {
        var x = XMLText()
        x.escaped(value)
        return (x.text, x.replaced)
    }
}
