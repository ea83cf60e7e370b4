/// The date a report carries. Reports never read the clock: the date comes from `--date`, the
/// answers, or `SOURCE_DATE_EPOCH`, in that order.
package enum ReportDate {
    package static func isValid(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
                n = n * 10 + Int(b[i] - UInt8(ascii: "0"))
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), (1...12).contains(m), d >= 1 else {
            return false
        }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }

    /// A date as a spreadsheet in the UK writes it (`20/11/2026`, `1/2/2026`) or as ISO, in ISO
    /// form; nil when it is not a real date.
    static func fromSpreadsheet(_ text: String) -> String? {
        if isValid(text) { return text }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
            parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4
        else { return nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let iso = "\(y)-\(pad(m))-\(pad(d))"
        return isValid(iso) ? iso : nil
    }

    package static func resolve(option: String?, answers: String, environment: [String: String]) throws(ToolError)
        -> String?
    {
        if let option {
            guard isValid(option) else {
                throw ToolError(.usage, location: "date", "\"\(option)\" is not a date in the form YYYY-MM-DD")
            }
            return option
        }
        if !answers.isEmpty { return answers }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch), seconds >= 0, seconds <= 253_402_300_799 else {
                throw ToolError(
                    .usage, location: "SOURCE_DATE_EPOCH",
                    "\"\(TerminalText.sanitise(epoch))\" is not a whole number of seconds up to the year 9999")
            }
            return fromEpoch(seconds)
        }
        return nil
    }

    /// A civil date in UTC from seconds since 1970 (Howard Hinnant's algorithm; no calendar APIs).
    static func fromEpoch(_ seconds: Int) -> String {
        fromEpoch(days: seconds / 86_400)
    }

    /// Days since 1970-01-01 of a YYYY-MM-DD date (Howard Hinnant's algorithm), or nil for no date.
    /// The inverse of `fromEpoch(days:)`.
    static func days(_ iso: String) -> Int? {
        guard isValid(iso), let y = Int(iso.prefix(4)), let m = Int(iso.dropFirst(5).prefix(2)),
            let d = Int(iso.suffix(2))
        else { return nil }
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date `days` after 1970-01-01 (before it, for a negative count).
    static func fromEpoch(days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ n: Int, _ width: Int) -> String {
            let digits = String(n)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}
