/// Makes untrusted text safe to print on a terminal: control characters (escape sequences
/// included) and bidirectional overrides are replaced, so input cannot move the cursor,
/// recolour the screen or reorder what a reader sees.
package enum TerminalText {
    package static func sanitise(_ text: String, keepNewlines: Bool = true) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" && keepNewlines {
                out.append(scalar)
            } else if scalar == "\t" {
                out.append(" ")
            } else if isUnsafe(scalar) {
                out.append("\u{FFFD}")
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// C0 and C1 controls, and the Unicode bidirectional embedding, override and isolate marks.
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: return true
        default: return false
        }
    }
}
