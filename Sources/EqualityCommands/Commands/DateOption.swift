import EqualityCore

/// The report date option, checked when the command line is read.
enum DateOption {
    static let spec = OptionSpec(
        ["--date"], value: "YYYY-MM-DD", help: "The report date (default: the answers' date, else SOURCE_DATE_EPOCH).")

    static func value(_ parsed: ParsedArguments) throws(ToolError) -> String? {
        guard let date = parsed.value("--date") else { return nil }
        guard ReportDate.isValid(date) else {
            throw ToolError(.usage, location: "--date", "\"\(date)\" is not a date in the form YYYY-MM-DD")
        }
        return date
    }
}
