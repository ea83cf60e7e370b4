import EqualityCore
import EqualityRendering

/// `--status draft|final`, shared by the commands that print a report for a board.
enum StatusOption {

    static func value(_ parsed: ParsedArguments) throws(ToolError) -> ReportStatus {
        try parsed.choice(Option.status, default: ReportStatus.draft)
    }
}
