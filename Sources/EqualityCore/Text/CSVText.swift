/// CSV writing (RFC 4180) with spreadsheet formula neutralisation.
package enum CSVText {
    /// Every CSV file the tool writes starts with a UTF-8 byte order mark, so a spreadsheet's
    /// default import (LibreOffice, Excel) reads curly quotes and accents as written. Every
    /// reader here skips it.
    package static let byteOrderMark = "\u{FEFF}"

    /// One field: quoted when needed; a value a spreadsheet would run as a formula
    /// (leading `=`, `+`, `-`, `@`, tab or carriage return) is prefixed with `'`.
    static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    static func field(_ value: String, neutralise: Bool = true) -> String {
        var text = value
        if neutralise && needsNeutralising(text) { text = "'" + text }
        if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            return "\"" + text.replacingEvery("\"", with: "\"\"") + "\""
        }
        return text
    }

    /// A value a spreadsheet would run as a formula, or one that already starts with the `'` guard
    /// (so that reading it back with `restore` gives exactly what was written).
    static func needsNeutralising(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return false }
        if formulaTriggers.contains(first) { return true }
        if first == "'", let second = scalars.next() {
            return formulaTriggers.contains(second) || second == "'" && needsNeutralising(String(text.dropFirst()))
        }
        return false
    }

    /// Undoes `field`'s neutralisation when reading a cell back.
    static func restore(_ cell: String) -> String {
        cell.hasPrefix("'") && needsNeutralising(String(cell.dropFirst())) ? String(cell.dropFirst()) : cell
    }

    /// A whole record, ending in CRLF as RFC 4180 and spreadsheets expect.
    package static func row(_ values: [String], neutralise: Bool = true) -> String {
        values.map { field($0, neutralise: neutralise) }.joined(separator: ",") + "\r\n"
    }
}
