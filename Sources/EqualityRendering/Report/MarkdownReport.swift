import EqualityCore
import FoundationEssentials

/// The gap report as GitHub-flavoured Markdown. Every value from the answers or the framework is
/// escaped; tables have one row per line so common viewers render them.
package enum MarkdownReport {
    package static func render(_ r: GapReport) -> String {
        let a = r.assessment
        var md: Markdown = "# \(r.title)\n\n"
        md += "| | |\n| --- | --- |\n"
        md += "| Organisation | \(cell: Wording.orNone(r.respondent.organisation)) |\n"
        md += "| Role | \(cell: Wording.orNone(r.respondent.role)) |\n"
        md += "| Exercise assessed | \(cell: Wording.orNone(r.respondent.exercise)) |\n"
        md += "| Date | \(cell: r.dateText) |\n"
        md += "| Framework | \(code: r.framework.id) version \(r.framework.version.description) |\n"
        md += "| Status | **\(r.statusLabel)** |\n"
        md += "| Completion | \(cell: r.completionText) |\n"
        if !r.framework.contextFields.isEmpty {
            md += "| Legal context | \(cell: Wording.contextText(r.framework, r.context)) |\n"
        }
        if let agreement = r.agreementText { md += "| Agreement | \(cell: agreement) |\n" }
        md += "\n"
        if r.statusID == "draft-for-agreement" {
            md += "> **Draft for agreement.** \(GapReport.draftForAgreementNotice)\n\n"
        }
        if !a.contextStated {
            md += "> **Legal context not stated.** \(Wording.contextNotStatedNotice(r.framework, r.context))\n\n"
        }
        if a.completion.isProvisional { md += "> **Provisional:** \(Wording.provisionalText(a.completion))\n\n" }

        md += contents(r)
        md += "## Summary\n\n"
        md +=
            "**Overall: \(Wording.scoreText(a.overall))** (\(Wording.pointsText(a.overall.points)) of \(Wording.pointsText(a.overall.max)) weighted points). \(a.legalRisks.count) legal risk\(a.legalRisks.count == 1 ? "" : "s").\n\n"
        for s in a.stages { md += "- \(s.stage.name): \(Wording.scoreText(s.score)) `\(bar(s.score.percent))`\n" }
        md += "\n### Legal risks: \(a.legalRisks.isEmpty ? "none" : String(a.legalRisks.count))\n\n"
        if a.legalRisks.isEmpty {
            md +=
                "\(Wording.noLegalRisksText(a, r.framework))\n"
        } else {
            md +=
                "Questions on a legal duty that applies here scoring under \(r.framework.scale.legalRiskBelow) points. They stand whatever the totals say.\n\n"
            md += "| Question | Legal duty | Response |\n| --- | --- | --- |\n"
            for f in a.legalRisks {
                md +=
                    "| **\(f.question.id)** \(f.question.text) | \(r.dutyName(f.question) ?? "") | \(Wording.responseText(f)) (\(Wording.pointsCell(f))) |\n"
            }
        }
        if let n = a.network {
            md += "\n**\(n.network.name):** \(Wording.networkSummary(n))"
            if !a.capacityNeeds.isEmpty {
                md +=
                    " Capacity needs: \(a.capacityNeeds.map(\.label).joined(separator: "; ")) (where to get help is under \(n.network.name) below)."
            }
            md += "\n"
        }
        md += "\n### Groups and protected characteristics by stage\n\n"
        let stageNames = a.stages.map { stage -> Markdown in "\(stage.stage.name)" }
        md += "| Group or characteristic | \(stageNames.joined(separator: " | ")) | Overall |\n"
        md += "| --- |\(Array(repeating: Markdown(" --- |"), count: a.stages.count + 1).joined())\n"
        for row in a.concerns {
            let kind = row.isCharacteristic ? "characteristic" : "group"
            let cells = a.stages.map { matrixCell(row.byStage[$0.stage.id], row.countByStage[$0.stage.id] ?? 0) }
            md +=
                "| \(row.name) (\(kind)) | \(cells.joined(separator: " | ")) | \(matrixCell(row.overall, row.overallCount)) |\n"
        }
        md += "\n\(GapReport.matrixNote)\n\n"
        md +=
            "### Top \(a.topGaps.count) priority actions\n\nLegal risks first, then the largest weighted shortfall.\n\n"
        if !a.topGaps.isEmpty {
            md += "| Question and current response | Action | Owner | Due date |\n| --- | --- | --- | --- |\n"
        }
        for g in a.topGaps {
            let action = a.action(g.question.id)
            md +=
                "| **\(g.question.id)** \(g.question.text) (\(Wording.responseText(g))\(g.isLegalRisk ? ", legal risk" : "")) | \(action?.text ?? "") | | |\n"
        }
        if a.topGaps.isEmpty { md += "\(Wording.noGapsText(a))\n" }
        md +=
            "\n**Sign-off (\(r.statusLabel.lowercased())):**\n\n| Stage | Name and role | Signature | Date |\n| --- | --- | --- | --- |\n"
        for step in GapReport.signOffSteps { md += "| \(step) | | | |\n" }

        md +=
            "\n## Scores by stage\n\n| Stage | Score | Band | Weighted points | Scored | Excluded |\n| --- | ---: | --- | ---: | ---: | ---: |\n"
        for s in a.stages {
            md +=
                "| \(s.stage.name) | \(Wording.percentText(s.score)) | \(s.score.band?.name ?? "not assessed") | \(Wording.pointsText(s.score.points)) of \(Wording.pointsText(s.score.max)) | \(s.scored) | \(s.excluded) |\n"
        }

        md += "\n## Legal duties\n\n"
        md +=
            "Which legal duties the questions rest on, and whether each applies in this context. A legal risk (listed in the summary) is a question on a duty that applies, or is treated as applying, scoring under \(r.framework.scale.legalRiskBelow) points.\n\n"
        md += "| Duty | Who it binds | Here | Questions |\n| --- | --- | --- | --- |\n"
        for d in r.dutyRows {
            md +=
                "| \(d.duty.name) (\(r.register.display(d.duty.citation))) | \(d.duty.appliesTo) | **\(Wording.applicabilityLabel(d.applicability)).** \(Wording.applicabilityReason(d, r.context)) | \(d.questions.joined(separator: ", ")) |\n"
        }
        if let out = r.dutiesOutOfContextText { md += "\n\(out)\n" }
        if !a.legalDutyExclusions.isEmpty {
            md += "\nMarked not applicable on a legal duty (not scored; check the reason holds):\n\n"
            for f in a.legalDutyExclusions {
                md += "- **\(f.question.id)** \(r.dutyText(f.question) ?? ""). Reason given: \(cell: f.notes)\n"
            }
        }

        if let network = a.network { md += networkSection(network, a.capacityNeeds, r) }

        md += "\n## Action plan\n\nOne action per gap, legal risks first. Fill in the owner, due date and status.\n\n"
        md +=
            "| ID | Action | Stage | Priority | Source | Owner | Due date | Status |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        for action in a.actions {
            md +=
                "| \(action.id) | \(action.text) | \(r.stageName(action.stage)) | \(action.priority.rawValue) | \(r.citationsText(action.citations)) | | | |\n"
        }
        if a.actions.isEmpty { md += "| | \(Wording.noActionsText(a)) | | | | | | |\n" }

        md += "\n## Appendix: findings by question\n"
        for s in a.stages {
            md += "\n### \(s.stage.name): \(Wording.scoreText(s.score))\n"
            for f in a.findings where f.question.stage == s.stage.id { md += finding(f, r) }
        }

        md += "\n## Unanswered, don't know and not applicable\n\n"
        md += list("Unanswered (score 0)", r.unanswered) { _ in "" }
        md += list("Don't know (score 0)", r.dontKnow) { $0.notes.isEmpty ? "" : " Notes: \(cell: $0.notes)" }
        md += list("Not applicable (left out of the totals)", r.notApplicable) { " Reason: \(cell: $0.notes)" }
        for (title, findings) in r.notAskedLists {
            md += list("\(title)", findings) { " (\(r.notAskedReason($0) ?? ""))" }
        }

        md += "\n## Method and technical details\n\n"
        md += "| Response | Points |\n| --- | --- |\n"
        for o in r.framework.scale.responses { md += "| \(o.label) | \(o.points.map(String.init) ?? "excluded") |\n" }
        md += "\n"
        for rule in r.framework.scale.rules { md += "- \(rule)\n" }
        md += "\nBands (on the weighted percentage):\n\n"
        for band in r.bandText { md += "- \(band)\n" }
        md += "\nWeights:\n\n"
        for w in r.weightSummary { md += "- \(w)\n" }
        md +=
            "\nRules, weights and bands come from framework \(code: r.framework.id) version \(r.framework.version.description) (SHA-256 \(code: r.framework.sha256)).\n"

        md += "\n## Sources\n\n"
        for s in r.sources {
            md += "- **\(s.citeAs)**: \(s.title). \(s.publisher), \(s.date). \(s.kind). Used for: \(s.takes)\n"
        }
        md += "\n---\n\n\(Disclaimer.text)\n"
        return md.text
    }

    /// A contents line linking each section (the anchors GitHub and most viewers give headings).
    static func contents(_ r: GapReport) -> Markdown {
        var entries: [(String, Markdown)] = [
            ("summary", "Summary"), ("scores-by-stage", "Scores by stage"), ("legal-duties", "Legal duties"),
        ]
        if let n = r.assessment.network { entries.append((anchor(n.network.name), "\(n.network.name)")) }
        entries += [
            ("action-plan", "Action plan"), ("appendix-findings-by-question", "Appendix: findings by question"),
            ("unanswered-dont-know-and-not-applicable", "Unanswered, don't know and not applicable"),
            ("method-and-technical-details", "Method and technical details"), ("sources", "Sources"),
        ]
        // A slug holds only ASCII letters, digits and hyphens (see `anchor`), so it goes in as it is.
        let links = entries.map { slug, title -> Markdown in "[\(title)](#\(Markdown(trusted: slug)))" }
        return "**Contents:** \(links.joined(separator: " · "))\n\n"
    }

    /// The anchor GitHub gives a heading: lower case, spaces to hyphens, other punctuation
    /// dropped. Only letters, digits and hyphens survive, so framework text cannot break the link.
    static func anchor(_ heading: String) -> String {
        String(
            heading.lowercased().unicodeScalars.compactMap { c -> Character? in
                if c == " " || c == "-" { return "-" }
                return c.isASCII && (c.properties.isAlphabetic || c.properties.numericType != nil) ? Character(c) : nil
            })
    }

    static func bar(_ percent: Double?) -> String {
        percent == nil ? "not assessed" : Wording.bar(percent)
    }

    static func matrixCell(_ score: Score?, _ count: Int) -> Markdown {
        guard let score, let percent = score.percent else { return "*not assessed*" }
        return "\(Wording.percentText(percent)) \(score.band?.name ?? "") (\(Wording.cellBasis(count)))"
    }

    static func finding(_ f: Finding, _ r: GapReport) -> Markdown {
        var md: Markdown = "\n#### \(f.question.id): \(f.question.text)\n\n"
        md += "| | |\n| --- | --- |\n"
        md += "| Response | \(Wording.responseText(f)) |\n"
        md += "| Evidence given | \(f.evidence.isBlank ? "none" : Markdown("\(cell: f.evidence)")) |\n"
        if !f.notes.isBlank { md += "| Notes | \(cell: f.notes) |\n" }
        md += "| Points | \(Wording.pointsCell(f)), weight \(NumberText.plain(f.question.weight)) |\n"
        if !f.flags.isEmpty { md += "| Flags | \(f.flags.map(Wording.flagText).joined(separator: "; ")) |\n" }
        if let reason = r.notAskedReason(f) { md += "| Why not asked | \(reason) |\n" }
        if let duty = r.dutyText(f.question) { md += "| Legal duty | \(duty) |\n" }
        if let concerns = r.framework.concernsText(f.question) { md += "| Concerns | \(concerns) |\n" }
        md += "| What good looks like | \(f.question.guidance) |\n"
        if let rec = f.recommendation, !f.isExcluded { md += "| Recommendation | \(rec) |\n" }
        md += "| Sources | \(r.citationsText(f.question.citations)) |\n"
        return md
    }

    static func list(_ title: Markdown, _ findings: [Finding], detail: (Finding) -> Markdown) -> Markdown {
        var md: Markdown = "**\(title):** "
        if findings.isEmpty {
            md += "none.\n\n"
            return md
        }
        md += "\(findings.count).\n\n"
        for f in findings { md += "- **\(f.question.id)** \(f.question.text)\(detail(f))\n" }
        md += "\n"
        return md
    }

    static func networkSection(_ n: NetworkResult, _ needs: [ProfileOption], _ r: GapReport) -> Markdown {
        var md: Markdown = "\n## \(n.network.name)\n\n"
        let met = n.metNumbers
        md += "\(Wording.networkSummary(n))\n\n"
        md += "| Category | Result | Why |\n| --- | --- | --- |\n"
        for c in n.categories {
            md += "| \(c.category.number). \(c.category.name) | \(c.outcome.rawValue) | \(c.explanation) |\n"
        }
        md += "\n\(n.network.membershipNote)"
        if n.isClinksMember == false { md += " The profile says the organisation is not a Clinks member yet." }
        md += "\n"
        if n.assessed && met.isEmpty { md += "\n\(n.network.noCategoryNote)\n" }
        md += "\nSources: \(r.citationsText(n.network.citations))\n"
        md += "\n### Capacity needs and where to get help\n\n"
        if needs.isEmpty { md += "No capacity needs were ticked.\n" }
        for need in needs { md += "- **\(need.label)**: \(need.signpost)\n" }
        return md
    }
}
