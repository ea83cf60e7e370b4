/// Whether a report is a working draft or the version a board signed off. A draft says so on
/// every printed page, so a draft never passes for the final report.
package enum ReportStatus: String, CaseIterable, Sendable {
    case draft, final

    var label: String {
        switch self {
        case .draft: say("report.draft", "Draft")
        case .final: say("report.final", "Final")
        }
    }
}
