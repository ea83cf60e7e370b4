import EqualityCore

/// `--min-count N`: the smallest number of answer sets a published figure may rest on. `aggregate`
/// and `perspectives` share the rule, so people with lived experience get the same protection as
/// any respondent in an aggregate.
enum MinCountOption {
    static let defaultValue = 10

    static func value(_ parsed: ParsedArguments) throws(ToolError) -> Int {
        guard let text = parsed.value(Option.minCount) else { return defaultValue }
        guard let n = Int(text), n >= 1, n <= 1_000_000 else {
            throw ToolError(
                .usage, location: Option.minCount.key, "\"\(text)\" is not a whole number from 1 to 1000000")
        }
        return n
    }
}
