import EqualityCore

/// The report date option, checked when the command line is read.
enum DateOption {

    static func value(_ parsed: ParsedArguments) throws(ToolError) -> String? {
        guard let date = parsed.value(Option.date) else { return nil }
        guard ReportDate.isValid(date) else {
            throw ToolError(.usage, location: Option.date.key, "\"\(date)\" is not a date in the form YYYY-MM-DD")
        }
        return date
    }
}
