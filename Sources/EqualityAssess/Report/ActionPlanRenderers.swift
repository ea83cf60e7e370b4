/// The prioritised action plan on its own, for tracking: CSV for spreadsheets (formula-safe),
/// Markdown and printable HTML. Owner and due date are left empty to fill in.
public enum ActionPlanCSV {
    public static let header = ["id", "question", "stage", "priority", "action", "what_good_looks_like", "source", "legal_duty", "owner", "due_date"]

    public static func render(_ r: GapReport) -> String {
        var csv = CSVText.row(header)
        for a in r.assessment.actions {
            csv += CSVText.row([a.id, a.question, r.stageName(a.stage), a.priority.rawValue, a.text, a.whatGoodLooksLike,
                                r.citationsText(a.citations), a.legalDuty.flatMap { r.framework.legalDuty($0)?.name } ?? "", "", ""])
        }
        return csv
    }
}

public enum ActionPlanMarkdown {
    public static func render(_ r: GapReport) -> String {
        let e = MarkdownText.escapeInline
        var md = "# Action plan: \(e(r.framework.title))\n\n"
        md += "Organisation: \(e(MarkdownReport.orNone(r.respondent.organisation))). Exercise: \(e(MarkdownReport.orNone(r.respondent.exercise))). Date: \(e(r.dateText)). Framework `\(r.framework.id)` \(r.framework.version).\n\n"
        md += "| ID | Action | Stage | Priority | What good looks like | Source | Owner | Due date |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        for a in r.assessment.actions {
            md += "| \(a.id) | \(e(a.text)) | \(e(r.stageName(a.stage))) | \(a.priority.rawValue) | \(e(a.whatGoodLooksLike)) | \(e(r.citationsText(a.citations))) | | |\n"
        }
        if r.assessment.actions.isEmpty { md += "| | No actions: nothing is short of fully in place. | | | | | | |\n" }
        return md + "\n\(e(Disclaimer.text))\n"
    }
}

public enum ActionPlanHTML {
    public static func render(_ r: GapReport) -> String {
        let e = HTMLText.escape
        var b = "<header>\n<h1>Action plan: \(e(r.framework.title))</h1>\n"
        b += "<p class=\"meta\">Organisation: \(e(MarkdownReport.orNone(r.respondent.organisation))). Exercise: \(e(MarkdownReport.orNone(r.respondent.exercise))). Date: \(e(r.dateText)). Framework <code>\(e(r.framework.id))</code> \(e(r.framework.version.description)).</p>\n</header>\n<main>\n"
        b += "<table class=\"actions\">\n<caption>Prioritised actions</caption>\n<thead><tr><th scope=\"col\" class=\"c-id\">ID</th><th scope=\"col\">Action, and what good looks like</th><th scope=\"col\" class=\"c-stage\">Stage</th><th scope=\"col\" class=\"c-pri\">Priority</th><th scope=\"col\" class=\"c-src\">Source</th><th scope=\"col\" class=\"c-fill\">Owner</th><th scope=\"col\" class=\"c-fill\">Due date</th></tr></thead>\n<tbody>\n"
        for a in r.assessment.actions {
            b += "<tr><th scope=\"row\">\(a.id)</th><td>\(e(a.text))<br><span class=\"meta\">What good looks like: \(e(a.whatGoodLooksLike))</span></td><td>\(e(r.stageName(a.stage)))</td><td>\(a.priority.rawValue)</td><td>\(e(r.citationsText(a.citations)))</td><td></td><td></td></tr>\n"
        }
        if r.assessment.actions.isEmpty { b += "<tr><td colspan=\"7\">No actions: nothing is short of fully in place.</td></tr>\n" }
        b += "</tbody>\n</table>\n</main>\n<footer class=\"notice\">\n<p>\(e(Disclaimer.text))</p>\n</footer>\n"
        return HTMLPage.document(title: "Action plan: \(r.framework.title)", body: b, extraCSS: HTMLReport.css + "@media print { .actions { break-before: auto; } }\n")
    }
}
