import EqualityCore

/// The prioritised action plan on its own, for tracking: CSV for spreadsheets (formula-safe),
/// Markdown and printable HTML. Owner and due date are left empty to fill in.
public enum ActionPlanCSV {
    static let header = [
        "id", "question", "stage", "priority", "action", "what_good_looks_like", "source", "legal_duty", "owner",
        "due_date",
    ]

    public static func render(_ r: GapReport) -> String {
        var csv = CSVText.row(header)
        for a in r.assessment.actions {
            csv += CSVText.row([
                a.id, a.question, r.stageName(a.stage), a.priority.rawValue, a.text, a.whatGoodLooksLike,
                r.citationsText(a.citations), a.legalDuty.flatMap { r.framework.legalDuty($0)?.name } ?? "", "", "",
            ])
        }
        return csv
    }
}

public enum ActionPlanMarkdown {
    public static func render(_ r: GapReport) -> String {
        var md: Markdown = "# Action plan: \(r.framework.title)\n\n"
        md +=
            "Organisation: \(Wording.orNone(r.respondent.organisation)). Exercise: \(Wording.orNone(r.respondent.exercise)). Date: \(r.dateText). Framework \(code: r.framework.id) \(r.framework.version.description).\n\n"
        md +=
            "| ID | Action | Stage | Priority | What good looks like | Source | Owner | Due date |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        for a in r.assessment.actions {
            md +=
                "| \(a.id) | \(a.text) | \(r.stageName(a.stage)) | \(a.priority.rawValue) | \(a.whatGoodLooksLike) | \(r.citationsText(a.citations)) | | |\n"
        }
        if r.assessment.actions.isEmpty { md += "| | No actions: nothing is short of fully in place. | | | | | | |\n" }
        md += "\n\(Disclaimer.text)\n"
        return md.text
    }
}

public enum ActionPlanHTML {
    public static func render(_ r: GapReport) -> String {
        var b: HTML = "<header>\n<h1>Action plan: \(r.framework.title)</h1>\n"
        b +=
            "<p class=\"meta\">Organisation: \(Wording.orNone(r.respondent.organisation)). Exercise: \(Wording.orNone(r.respondent.exercise)). Date: \(r.dateText). Framework <code>\(r.framework.id)</code> \(r.framework.version.description).</p>\n</header>\n<main>\n"
        b +=
            "<table class=\"actions\">\n<caption>Prioritised actions</caption>\n<thead><tr><th scope=\"col\" class=\"c-id\">ID</th><th scope=\"col\">Action, and what good looks like</th><th scope=\"col\" class=\"c-stage\">Stage</th><th scope=\"col\" class=\"c-pri\">Priority</th><th scope=\"col\" class=\"c-src\">Source</th><th scope=\"col\" class=\"c-fill\">Owner</th><th scope=\"col\" class=\"c-fill\">Due date</th></tr></thead>\n<tbody>\n"
        for a in r.assessment.actions {
            b +=
                "<tr><th scope=\"row\">\(a.id)</th><td>\(a.text)<br><span class=\"meta\">What good looks like: \(a.whatGoodLooksLike)</span></td><td>\(r.stageName(a.stage))</td><td>\(a.priority.rawValue)</td><td>\(r.citationsText(a.citations))</td><td></td><td></td></tr>\n"
        }
        if r.assessment.actions.isEmpty {
            b += "<tr><td colspan=\"7\">No actions: nothing is short of fully in place.</td></tr>\n"
        }
        b += "</tbody>\n</table>\n</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        return HTMLPage.document(
            title: "Action plan: \(r.framework.title)", body: b,
            extraCSS: HTMLPage.reportStylesheet + "@media print { .actions { break-before: auto; } }\n")
    }
}
