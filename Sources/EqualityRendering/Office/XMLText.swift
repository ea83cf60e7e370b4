/// Text for Office XML parts, safe by construction like `HTML`: a string literal is the tool's
/// own markup and goes in as it is; an interpolated `String` is escaped for element content and
/// attribute values alike, and characters XML 1.0 forbids (most control characters, U+FFFE and
/// U+FFFF; lone surrogates cannot occur in Swift strings) are replaced with U+FFFD and counted,
/// so a document can say so. Markup built elsewhere goes in only as `XMLText(trusted:)`.
struct XMLText: ExpressibleByStringInterpolation {
    private(set) var text = ""
    /// How many forbidden characters were replaced.
    private(set) var replaced = 0

    init() {}

    /// The tool's own markup, taken as it is.
    init(trusted markup: String) { text = markup }

    init(stringLiteral value: String) { text = value }

    init(stringInterpolation: StringInterpolation) {
        text = stringInterpolation.text
        replaced = stringInterpolation.replaced
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var text = ""
        var replaced = 0

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        /// A literal is markup in this repository, not data.
        mutating func appendLiteral(_ literal: String) { text += literal }

        /// Untrusted text: escaped, forbidden characters replaced and counted.
        mutating func appendInterpolation(_ value: String) {
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

        mutating func appendInterpolation(_ value: Int) { text += String(value) }

        /// A number as Swift writes it ("12.5").
        mutating func appendInterpolation(_ value: Double) { text += value.description }

        mutating func appendInterpolation(_ value: XMLText) {
            text += value.text
            replaced += value.replaced
        }
    }

    static func += (lhs: inout XMLText, rhs: XMLText) {
        lhs.text += rhs.text
        lhs.replaced += rhs.replaced
    }

    /// `value` escaped, and how many forbidden characters were replaced.
    static func escape(_ value: String) -> (String, Int) {
        let x: XMLText = "\(value)"
        return (x.text, x.replaced)
    }
}
