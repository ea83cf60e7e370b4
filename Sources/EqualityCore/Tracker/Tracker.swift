/// What a commissioning team recorded against each action of a plan, read back from the tracker
/// the tool wrote (`actions --format xlsx|csv`) as they left it: owner, due date, status and notes,
/// keyed by the action's ID. Rows may be re-sorted or filtered and columns and sheets added; the
/// columns are found by their headings.
package struct Tracker: Sendable, Equatable {
    package enum Status: String, Sendable, CaseIterable {
        case notStarted = "Not started"
        case inProgress = "In progress"
        case done = "Done"
        /// The reassessment found the gap closed (written by `actions --tracker`).
        case closed = "Closed"

        /// A status as typed, inside the drop-down or not ("done", "Completed", " in-progress "):
        /// nil for anything else. A blank status is not started.
        package static func reading(_ raw: String) -> Status? {
            switch ReadingRules.key(raw) {
            case "", "not-started", "to-do", "todo", "not-yet-started": return .notStarted
            case "in-progress", "started", "ongoing", "underway", "under-way": return .inProgress
            case "done", "complete", "completed", "finished": return .done
            case "closed", "gap-closed": return .closed
            default: return nil
            }
        }
    }

    package struct Entry: Sendable, Equatable {
        package var id: String
        package var owner: String
        /// YYYY-MM-DD, or nil when none was given.
        package var due: String?
        package var status: Status
        package var notes: String
        /// The row it was read from, as the spreadsheet numbers rows.
        package var row: Int
    }

    /// The entries in the order of the file's rows.
    package var entries: [Entry]

    package func entry(_ id: String) -> Entry? { entries.first { $0.id == id } }
}
