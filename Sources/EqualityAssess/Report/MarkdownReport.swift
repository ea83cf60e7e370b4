/// The gap report as GitHub-flavoured Markdown. Every value from the answers or the framework is
/// escaped; tables have one row per line so common viewers render them.
public enum MarkdownReport {
    public static func render(_ r: GapReport) -> String {
        let e = MarkdownText.escapeInline, cell = MarkdownText.escapeCell
        let a = r.assessment
        var md = "# \(e(r.title))\n\n"
        md += "| | |\n| --- | --- |\n"
        md += "| Organisation | \(cell(orNone(r.respondent.organisation))) |\n"
        md += "| Role | \(cell(orNone(r.respondent.role))) |\n"
        md += "| Exercise assessed | \(cell(orNone(r.respondent.exercise))) |\n"
        md += "| Date | \(cell(r.dateText)) |\n"
        md += "| Framework | `\(r.framework.id)` version \(r.framework.version) |\n"
        md += "| Framework SHA-256 | `\(r.framework.sha256)` |\n"
        md += "| Completion | \(cell(r.completionText)) |\n\n"
        if a.completion.isProvisional { md += "> **Provisional:** \(a.completion.total - a.completion.answered) question(s) are unanswered and score 0 until answered.\n\n" }

        md += "## Summary\n\n"
        md += "**Overall: \(GapReport.scoreText(a.overall))** (\(GapReport.pointsText(a.overall.points)) of \(GapReport.pointsText(a.overall.max)) weighted points).\n\n"
        for s in a.stages { md += "- \(e(s.stage.name)): \(GapReport.scoreText(s.score))\n" }
        md += "\n**Legal risks: \(a.legalRisks.count).** "
        md += a.legalRisks.isEmpty ? "No legal-duty question scored below the threshold.\n\n" : "Listed under Legal risks below; these stand whatever the totals say.\n\n"
        md += "**Top \(a.topGaps.count) gaps** (legal risks first, then the largest weighted shortfall):\n\n"
        for (i, g) in a.topGaps.enumerated() {
            md += "\(i + 1). **\(e(g.question.id))** \(e(g.question.text)) (\(e(GapReport.responseText(g)))\(g.isLegalRisk ? ", legal risk" : ""); shortfall \(GapReport.pointsText(g.shortfall)) weighted points)\n"
        }
        if a.topGaps.isEmpty { md += "No gaps: every question in scope is fully in place and evidenced.\n" }

        md += "\n## Scores by stage\n\n| Stage | Score | Band | Chart | Scored | Excluded |\n| --- | ---: | --- | --- | ---: | ---: |\n"
        for s in a.stages {
            md += "| \(e(s.stage.name)) | \(GapReport.percentText(s.score)) | \(e(s.score.band?.name ?? "not assessed")) | `\(bar(s.score.percent))` | \(s.scored) | \(s.excluded) |\n"
        }
        md += "\n## Groups and protected characteristics by stage\n\n\(e(GapReport.matrixNote))\n\n"
        md += "| Group or characteristic | " + a.stages.map { e($0.stage.name) }.joined(separator: " | ") + " | Overall |\n"
        md += "| --- |" + String(repeating: " --- |", count: a.stages.count + 1) + "\n"
        for row in a.concerns {
            let kind = row.isCharacteristic ? "characteristic" : "group"
            md += "| \(e(row.name)) (\(kind)) | " + a.stages.map { matrixCell(row.byStage[$0.stage.id]) }.joined(separator: " | ") + " | \(matrixCell(row.overall)) |\n"
        }

        md += "\n## Legal risks\n\n"
        if a.legalRisks.isEmpty {
            md += "None: every legal-duty question in scope scored at least \(r.framework.scale.legalRiskBelow) points.\n"
        } else {
            md += "| Question | Legal duty | Response | Points |\n| --- | --- | --- | --- |\n"
            for f in a.legalRisks {
                md += "| **\(e(f.question.id))** \(e(f.question.text)) | \(e(r.dutyText(f.question) ?? "")) | \(e(GapReport.responseText(f))) | \(GapReport.pointsCell(f)) |\n"
            }
        }
        if !a.legalDutyExclusions.isEmpty {
            md += "\nMarked not applicable on a legal duty (not scored; check the reason holds):\n\n"
            for f in a.legalDutyExclusions { md += "- **\(e(f.question.id))** \(e(r.dutyText(f.question) ?? "")). Reason given: \(cell(f.notes))\n" }
        }

        md += "\n## Findings by stage\n"
        for s in a.stages {
            md += "\n### \(e(s.stage.name)): \(GapReport.scoreText(s.score))\n"
            for f in a.findings where f.question.stage == s.stage.id { md += finding(f, r) }
        }

        md += "\n## Action plan\n\nOne action per gap, legal risks first. Fill in the owner and due date.\n\n"
        md += "| ID | Action | Stage | Priority | Source | Owner | Due date |\n| --- | --- | --- | --- | --- | --- | --- |\n"
        for action in a.actions {
            md += "| \(action.id) | \(e(action.text)) | \(e(r.stageName(action.stage))) | \(action.priority.rawValue) | \(e(r.citationsText(action.citations))) | | |\n"
        }
        if a.actions.isEmpty { md += "| | No actions: nothing is short of fully in place. | | | | | |\n" }

        if let network = a.network { md += networkSection(network, a.capacityNeeds, r) }

        md += "\n## Unanswered, don't know and not applicable\n\n"
        md += list("Unanswered (score 0)", r.unanswered) { _ in "" }
        md += list("Don't know (score 0)", r.dontKnow) { $0.notes.isEmpty ? "" : " Notes: \(cell($0.notes))" }
        md += list("Not applicable (left out of the totals)", r.notApplicable) { " Reason: \(cell($0.notes))" }
        md += list("Not asked because a condition was not met (left out of the totals)", r.conditionNotMet) { " (\(e(r.conditionReason($0))))" }

        md += "\n## Method\n\n"
        md += "| Response | Points |\n| --- | --- |\n"
        for o in r.framework.scale.responses { md += "| \(e(o.label)) | \(o.points.map(String.init) ?? "excluded") |\n" }
        md += "\n"
        for rule in r.framework.scale.rules { md += "- \(e(rule))\n" }
        md += "\nBands (on the weighted percentage):\n\n"
        for band in r.bandText { md += "- \(e(band))\n" }
        md += "\nWeights:\n\n"
        for w in r.weightSummary { md += "- \(e(w))\n" }
        md += "\nRules, weights and bands come from framework `\(r.framework.id)` version \(r.framework.version) (SHA-256 `\(r.framework.sha256)`).\n"

        md += "\n## Sources\n\n"
        for s in r.sources { md += "- **\(e(s.citeAs))**: \(e(s.title)). \(e(s.publisher)), \(e(s.date)). \(e(s.kind)). Used for: \(e(s.takes))\n" }
        md += "\n---\n\n\(e(Disclaimer.text))\n"
        return md
    }

    static func orNone(_ text: String) -> String { text.isBlank ? "not given" : text }

    static func bar(_ percent: Double?) -> String {
        guard let percent else { return "not assessed" }
        let filled = Int((percent / 5).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
    }

    static func matrixCell(_ score: Score?) -> String {
        guard let score, let percent = score.percent else { return "*not assessed*" }
        return "\(GapReport.percentText(percent)) \(score.band?.name ?? "")"
    }

    static func finding(_ f: Finding, _ r: GapReport) -> String {
        let e = MarkdownText.escapeInline, cell = MarkdownText.escapeCell
        var md = "\n#### \(e(f.question.id)): \(e(f.question.text))\n\n"
        md += "| | |\n| --- | --- |\n"
        md += "| Response | \(e(GapReport.responseText(f)))\(f.scoredAs != nil && f.scoredAs?.id != f.response?.id ? " (scored as \(e(f.scoredAs!.label.lowercased())))" : "") |\n"
        md += "| Evidence given | \(f.evidence.isBlank ? "none" : cell(f.evidence)) |\n"
        if !f.notes.isBlank { md += "| Notes | \(cell(f.notes)) |\n" }
        md += "| Points | \(GapReport.pointsCell(f)), weight \(JSONWriter.formatNumber(f.question.weight)) |\n"
        if !f.flags.isEmpty { md += "| Flags | \(f.flags.map { e(GapReport.flagText($0)) }.joined(separator: "; ")) |\n" }
        if case let .conditionNotMet(reason) = f.status { md += "| Why not asked | \(e(reason)) |\n" }
        if let duty = r.dutyText(f.question) { md += "| Legal duty | \(e(duty)) |\n" }
        if let concerns = r.framework.concernsText(f.question) { md += "| Concerns | \(e(concerns)) |\n" }
        md += "| What good looks like | \(e(f.question.guidance)) |\n"
        if let rec = f.recommendation, !f.isExcluded { md += "| Recommendation | \(e(rec)) |\n" }
        md += "| Sources | \(e(r.citationsText(f.question.citations))) |\n"
        return md
    }

    static func list(_ title: String, _ findings: [Finding], detail: (Finding) -> String) -> String {
        var md = "**\(title):** "
        if findings.isEmpty { return md + "none.\n\n" }
        md += "\(findings.count).\n\n"
        for f in findings { md += "- **\(MarkdownText.escapeInline(f.question.id))** \(MarkdownText.escapeInline(f.question.text))\(detail(f))\n" }
        return md + "\n"
    }

    static func networkSection(_ n: NetworkResult, _ needs: [ProfileOption], _ r: GapReport) -> String {
        let e = MarkdownText.escapeInline
        var md = "\n## \(e(n.network.name))\n\n"
        let met = n.metNumbers
        md += met.isEmpty ? "The profile meets none of the membership categories.\n\n"
            : "The profile meets categor\(met.count == 1 ? "y" : "ies") \(met.map(String.init).joined(separator: ", ")).\n\n"
        md += "| Category | Result | Why |\n| --- | --- | --- |\n"
        for c in n.categories {
            md += "| \(c.category.number). \(e(c.category.name)) | \(c.outcome.rawValue) | \(e(c.explanation)) |\n"
        }
        md += "\n\(e(n.network.membershipNote))"
        if n.isClinksMember == false { md += " The profile says the organisation is not a Clinks member yet." }
        md += "\n"
        if met.isEmpty { md += "\n\(e(n.network.noCategoryNote))\n" }
        md += "\nSources: \(e(r.citationsText(n.network.citations)))\n"
        md += "\n### Capacity needs and where to get help\n\n"
        if needs.isEmpty { md += "No capacity needs were ticked.\n" }
        for need in needs { md += "- **\(e(need.label))**: \(e(need.signpost))\n" }
        return md
    }
}
