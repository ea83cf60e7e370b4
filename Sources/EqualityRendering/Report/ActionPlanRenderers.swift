import EqualityCore

/// The prioritised action plan on its own, for tracking: CSV for spreadsheets (formula-safe),
/// Markdown and printable HTML. Owner, due date and status are left empty to fill in.
package enum ActionPlanCSV {
    static let header = [
        "id", "question", "stage", "priority", "action", "what_good_looks_like", "source", "legal_duty", "owner",
        "due_date", "status", "notes",
    ]

    package static func render(_ r: GapReport) -> String {
        var csv = CSVText.byteOrderMark + CSVText.row(header)
        for row in ActionPlanOffice.rows(r) { csv += CSVText.row(row) }
        return csv
    }
}

package enum ActionPlanMarkdown {
    package static func render(_ r: GapReport) -> String {
        MarkdownWriter.render(GapReportDocument.actionPlan(alone: r))
    }
}

package enum ActionPlanHTML {
    /// Printed on landscape pages, with owner, due date and status columns wide enough to write in by hand.
    package static func render(_ r: GapReport) -> String {
        let body = HTMLWriter.body(GapReportDocument.actionPlan(alone: r))
        return HTMLPage.document(
            title: say("actions.action-plan", "Action plan: \(r.framework.title)"),
            body: "<div class=\"landscape\">\n\(body)</div>\n",
            extraCSS: HTMLPage.reportStylesheet, footer: r.pageFooterLines)
    }
}
