import EqualityCore

/// The prioritised action plan on its own, for tracking: CSV for spreadsheets (formula-safe),
/// Markdown and printable HTML. Owner, due date and status are left empty to fill in.
package enum ActionPlanCSV {
    static let header = [
        "id", "question", "stage", "priority", "action", "what_good_looks_like", "source", "legal_duty", "owner",
        "due_date", "status",
    ]

    package static func render(_ r: GapReport) -> String {
        var csv = CSVText.byteOrderMark + CSVText.row(header)
        for a in r.assessment.actions {
            csv += CSVText.row([
                a.id, a.question, r.stageName(a.stage), a.priority.rawValue, a.text, a.whatGoodLooksLike,
                r.citationsText(a.citations), r.dutyName(a) ?? "", "", "", "",
            ])
        }
        return csv
    }
}

package enum ActionPlanMarkdown {
    package static func render(_ r: GapReport) -> String {
        var md: Markdown = "# Action plan: \(r.framework.title)\n\n"
        md +=
            "Organisation: \(Wording.orNone(r.respondent.organisation)). Exercise: \(Wording.orNone(r.respondent.exercise)). Date: \(r.dateText). Framework \(code: r.framework.id) \(r.framework.version.description).\n\n"
        md +=
            "| ID | Action | Stage | Priority | What good looks like | Source | Owner | Due date | Status |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n"
        for a in r.assessment.actions {
            md +=
                "| \(a.id) | \(a.text) | \(r.stageName(a.stage)) | \(a.priority.rawValue) | \(a.whatGoodLooksLike) | \(r.citationsText(a.citations)) | | | |\n"
        }
        if r.assessment.actions.isEmpty {
            md += "| | \(Wording.noActionsText(r.assessment)) | | | | | | | |\n"
        }
        md += "\n\(Disclaimer.text)\n"
        return md.text
    }
}

package enum ActionPlanHTML {
    package static func render(_ r: GapReport) -> String {
        var b: HTML = "<div class=\"landscape\">\n<header>\n<h1>Action plan: \(r.framework.title)</h1>\n"
        b +=
            "<p class=\"meta\">Organisation: \(Wording.orNone(r.respondent.organisation)). Exercise: \(Wording.orNone(r.respondent.exercise)). Date: \(r.dateText). Status: <strong class=\"status-\(r.statusID)\">\(r.statusLabel)</strong>. Framework <code>\(r.framework.id)</code> \(r.framework.version.description).</p>\n</header>\n<main>\n<p>One action per gap, legal risks first; each action's sources and what good looks like are in the gap report and the CSV. \(GapReportDocument.fillIn)</p>\n"
        b += table(r)
        b += "</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n</div>\n"
        return HTMLPage.document(
            title: "Action plan: \(r.framework.title)", body: b, extraCSS: HTMLPage.reportStylesheet,
            footer: r.pageFooterLines)
    }

    /// The table the gap report and `actions --format html` share.
    static func table(_ r: GapReport) -> HTML { HTMLWriter.table(GapReportDocument.actionTable(r)) }
}
