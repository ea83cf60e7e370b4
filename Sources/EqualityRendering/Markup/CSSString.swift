import EqualityCore

/// Text placed inside a CSS string literal, such as a page margin box's `content`. Quotes and
/// backslashes are escaped; control characters become spaces and bidirectional marks U+FFFD, as
/// in HTML; `<` and `>` become CSS escapes so
/// the text can never close the `<style>` element it sits in.
enum CSSString {
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            case "&": out += "\\26 "
            case "\u{2028}", "\u{2029}": out += " "
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    out += " "
                } else if TerminalText.isUnsafe(scalar) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
