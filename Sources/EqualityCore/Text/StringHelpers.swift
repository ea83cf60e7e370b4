/// Small string helpers every layer uses: blank checks, trimming, padding for columns.
extension String {
    /// Empty or only blank characters (`ReadingRules.isBlank`: white space, the byte order mark
    /// and zero-width spaces); checked without building a trimmed copy.
    package var isBlank: Bool {
        // ASCII first: one byte usually settles it without a table lookup.
        for byte in utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            case 0x80...: return ReadingRules.isBlank(self)
            default: return false
            }
        }
        return true
    }

    /// Without blank characters at either end (`ReadingRules.trimmed`).
    package func trimmingWhitespace() -> String { ReadingRules.trimmed(self) }

    /// The text without carriage returns (CSV and terminals cannot keep a bare CR portably).
    package func replacingCR() -> String {
        String(String.UnicodeScalarView(unicodeScalars.filter { $0 != "\r" }))
    }

    /// Every occurrence of `target` replaced, matching Unicode scalars exactly (not whole
    /// characters, so a quote followed by a combining mark is still found), as Foundation's
    /// `replacingOccurrences(of:with:)` does for the ASCII targets we use.
    package func replacingEvery(_ target: String, with replacement: String) -> String {
        let t = Array(target.unicodeScalars)
        guard !t.isEmpty else { return self }
        let s = Array(unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == t[0], i + t.count <= s.count, s[i..<(i + t.count)].elementsEqual(t) {
                out.append(contentsOf: replacement.unicodeScalars)
                i += t.count
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }

    /// The text padded with spaces to `width` characters, for aligned columns.
    package func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}

/// Numbers as people read them: whole numbers without a decimal point, others in the shortest
/// form that reads back exactly. JSON output uses the same form.
package enum NumberText {
    package static func plain(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }

    /// One decimal place, always: "51.0", "48.7".
    package static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// "1 question", "2 questions": a count with its noun in the right number.
    package static func counted(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}

/// Lists as sentences say them.
package enum ListText {
    /// "a", "a and b", "a, b and c".
    package static func and(_ items: [String]) -> String {
        guard items.count > 1, let last = items.last else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
