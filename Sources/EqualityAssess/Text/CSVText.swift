import Foundation

/// CSV writing (RFC 4180) with spreadsheet formula neutralisation.
public enum CSVText {
    /// One field: quoted when needed; a value a spreadsheet would run as a formula
    /// (leading `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`.
    public static func field(_ value: String, neutralise: Bool = true) -> String {
        var text = value
        if neutralise, let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return text
    }

    /// A whole record, ending in CRLF as RFC 4180 and spreadsheets expect.
    public static func row(_ values: [String], neutralise: Bool = true) -> String {
        values.map { field($0, neutralise: neutralise) }.joined(separator: ",") + "\r\n"
    }
}
