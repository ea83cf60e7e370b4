/// Where each action stands, from the tracker and the reassessment together: the tracker says
/// what the team recorded, the assessment whether the gap is still there. An action whose gap is
/// gone and was marked done is done; one marked done whose gap the reassessment still finds, or
/// one whose gap closed though nobody marked it, is shown as such, not smoothed over.
package struct ActionTracking: Sendable, Equatable {
    package enum State: String, Sendable, CaseIterable {
        case done
        case inProgress = "in-progress"
        case notStarted = "not-started"
        /// Due before the report date and not done.
        case overdue
        /// Marked done, but the reassessment still finds the gap.
        case doneButGapRemains = "done-but-gap-remains"
        /// The gap has closed, though the tracker does not say done.
        case gapClosedNotMarked = "gap-closed-not-marked-done"
    }

    package struct Item: Sendable, Equatable {
        package var id: String
        /// The status the tracker gave, or nil for an action not on it.
        package var status: Tracker.Status?
        package var question: String
        package var state: State
        /// As the tracker has them; empty or nil for an action not on it.
        package var owner: String
        package var due: String?
        package var notes: String
        /// Whether the reassessment still finds the gap.
        package var gapRemains: Bool
    }

    /// The current plan's actions in its order, then the tracked actions whose gaps have closed.
    package var items: [Item]

    /// `date` is the report's date (YYYY-MM-DD); without one nothing is overdue.
    package init(assessment: Assessment, tracker: Tracker, date: String?) {
        var items: [Item] = []
        for action in assessment.actions {
            let entry = tracker.entry(action.id)
            let state: State
            switch entry?.status {
            case .done?, .closed?: state = .doneButGapRemains
            case let status?:
                if let due = entry?.due, let date, due < date {
                    state = .overdue
                } else {
                    state = status == .inProgress ? .inProgress : .notStarted
                }
            case nil: state = .notStarted
            }
            items.append(
                Item(
                    id: action.id, status: entry?.status, question: action.question, state: state,
                    owner: entry?.owner ?? "",
                    due: entry?.due, notes: entry?.notes ?? "", gapRemains: true))
        }
        let open = Set(assessment.actions.map(\.id))
        for entry in tracker.entries where !open.contains(entry.id) {
            items.append(
                Item(
                    id: entry.id, status: entry.status, question: String(entry.id.dropFirst(2)),
                    state: entry.status == .done || entry.status == .closed ? .done : .gapClosedNotMarked,
                    owner: entry.owner, due: entry.due,
                    notes: entry.notes, gapRemains: false))
        }
        self.items = items
    }

    package func count(_ state: State) -> Int { items.count { $0.state == state } }

    package var overdue: [Item] { items.filter { $0.state == .overdue } }
}
