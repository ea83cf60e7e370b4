import EqualityCore
import EqualityRendering

/// `--status draft|final`, shared by the commands that print a report for a board.
enum StatusOption {
    static let spec = OptionSpec(
        ["--status"], value: "draft|final",
        help: "Draft (default) or final. A draft says \"Draft\" at the foot of every printed page.")

    static func value(_ parsed: ParsedArguments) throws(ToolError) -> ReportStatus {
        try parsed.choice("--status", default: ReportStatus.draft)
    }
}
