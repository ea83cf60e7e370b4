import EqualityCore

/// The gap report as one self-contained, printable HTML file: no scripts, no external requests,
/// an inline SVG chart with text labels, captioned tables with header scopes, A4 print rules.
/// The summary a board acts on comes first and fits two A4 pages; the details follow
/// (`HTMLReportDetails.swift`), the findings as an appendix after the action plan.
package enum HTMLReport {
    package static func render(_ r: GapReport) -> String {
        var b = header(r) + "<main>\n" + contents(r) + summary(r)
        b += HTMLReportDetails.scores(r) + HTMLReportDetails.legal(r)
        if let network = r.assessment.network {
            b += HTMLReportDetails.network(network, r.assessment.capacityNeeds, r)
        }
        b +=
            "<section id=\"actions\" class=\"landscape\">\n<h2>Action plan</h2>\n<p>One action per gap, legal risks first; what good looks like for each question is in the questionnaire and the action plan CSV. Fill in the owner, due date and status.</p>\n"
        b += ActionPlanHTML.table(r) + "</section>\n"
        b += HTMLReportDetails.findings(r) + HTMLReportDetails.excluded(r) + HTMLReportDetails.method(r)
        b += HTMLReportDetails.sources(r)
        b += "</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        return HTMLPage.document(
            title: "\(r.title): \(r.respondent.organisation.isEmpty ? "not given" : r.respondent.organisation)",
            body: b,
            extraCSS: HTMLPage.reportStylesheet, footer: r.pageFooterLines)
    }

    /// Who, what, when and status, two facts to a row so the summary starts high on page 1.
    static func header(_ r: GapReport) -> HTML {
        let a = r.assessment
        var b: HTML =
            "<header>\n<h1>\(r.title)</h1>\n<table class=\"titleblock\">\n<caption>About this report</caption>\n<tbody>\n"
        let pairs: [((String, HTML), (String, HTML))] = [
            (
                ("Organisation", "\(multiline: Wording.orNone(r.respondent.organisation))"),
                ("Date", "\(r.dateText)")
            ),
            (
                ("Exercise assessed", "\(multiline: Wording.orNone(r.respondent.exercise))"),
                ("Status", "<strong class=\"status-\(r.statusID)\">\(r.statusLabel)</strong>")
            ),
            (("Role", "\(multiline: Wording.orNone(r.respondent.role))"), ("Completion", "\(r.completionText)")),
        ]
        for (left, right) in pairs {
            b +=
                "<tr><th scope=\"row\">\(left.0)</th><td>\(left.1)</td><th scope=\"row\">\(right.0)</th><td>\(right.1)</td></tr>\n"
        }
        if !r.framework.contextFields.isEmpty {
            b +=
                "<tr><th scope=\"row\">Legal context</th><td colspan=\"3\">\(Wording.contextText(r.framework, r.context))</td></tr>\n"
        }
        if let agreement = r.agreementText {
            b += "<tr><th scope=\"row\">Agreement</th><td colspan=\"3\">\(agreement)</td></tr>\n"
        }
        b += "</tbody>\n</table>\n"
        if r.statusID == "draft-for-agreement" {
            b +=
                "<p class=\"callout\"><strong>Draft for agreement.</strong> \(GapReport.draftForAgreementNotice)</p>\n"
        }
        if !a.contextStated {
            b +=
                "<p class=\"callout\"><strong>Legal context not stated.</strong> \(Wording.contextNotStatedNotice(r.framework, r.context))</p>\n"
        }
        if a.completion.isProvisional {
            b += "<p class=\"callout\"><strong>Provisional:</strong> \(Wording.provisionalText(a.completion))</p>\n"
        }
        return b + "</header>\n"
    }

    /// A one-paragraph contents list linking every section, in the order they appear.
    static func contents(_ r: GapReport) -> HTML {
        var entries: [(String, String)] = [
            ("summary", "Summary"), ("scores", "Scores by stage"), ("legal", "Legal duties"),
        ]
        if let n = r.assessment.network { entries.append(("network", n.network.name)) }
        entries += [
            ("actions", "Action plan"), ("findings", "Appendix: findings by question"),
            ("excluded", "Unanswered, don't know and not applicable"), ("method", "Method and technical details"),
            ("sources", "Sources"),
        ]
        let links = entries.map { id, title -> HTML in "<a href=\"#\(id)\">\(title)</a>" }
        return
            "<nav class=\"contents\" aria-label=\"Contents\"><p><strong>Contents:</strong> \(links.joined(separator: " · "))</p></nav>\n"
    }

    /// The two pages a board acts on: scores and chart, legal risks, the heat map, the network
    /// result, the top actions with owner and due date, and the sign-off.
    static func summary(_ r: GapReport) -> HTML {
        let a = r.assessment
        var b: HTML = "<section id=\"summary\" class=\"summary\">\n<h2>Summary</h2>\n"
        b +=
            "<p class=\"overall\"><strong>Overall: \(Wording.scoreText(a.overall))</strong> (\(Wording.pointsText(a.overall.points)) of \(Wording.pointsText(a.overall.max)) weighted points). \(a.legalRisks.count) legal risk\(a.legalRisks.count == 1 ? "" : "s").</p>\n"
        b += StageChart.svg(a.stages, bands: r.framework.bands)
        b += "<h3>Legal risks: \(a.legalRisks.isEmpty ? "none" : String(a.legalRisks.count))</h3>\n"
        if a.legalRisks.isEmpty {
            b +=
                "<p>\(Wording.noLegalRisksText(a, r.framework))</p>\n"
        } else {
            b +=
                "<p class=\"meta\">Questions on a legal duty that applies here scoring under \(r.framework.scale.legalRiskBelow) points. They stand whatever the totals say.</p>\n<table class=\"risks\">\n<caption class=\"visually-hidden\">Legal-duty questions below the threshold</caption>\n<thead><tr><th scope=\"col\">Question</th><th scope=\"col\" class=\"c-duty\">Legal duty</th><th scope=\"col\" class=\"c-resp\">Response</th></tr></thead>\n<tbody>\n"
            for f in a.legalRisks {
                b +=
                    "<tr><th scope=\"row\"><strong>\(f.question.id)</strong> \(f.question.text)</th><td>\(r.dutyName(f.question) ?? "")</td><td>\(Wording.responseText(f)) (\(Wording.pointsCell(f)))</td></tr>\n"
            }
            b += "</tbody>\n</table>\n"
        }
        if let n = a.network {
            b += "<h3>\(n.network.name)</h3>\n<p>\(Wording.networkSummary(n))"
            if !a.capacityNeeds.isEmpty {
                b +=
                    " Capacity needs: \(a.capacityNeeds.map(\.label).joined(separator: "; ")) (where to get help is under \(n.network.name) below)."
            }
            b += "</p>\n"
        }
        b += heatMap(r)
        b += "<h3>Top \(a.topGaps.count) priority actions</h3>\n"
        if a.topGaps.isEmpty {
            b += "<p>\(Wording.noGapsText(a))</p>\n"
        } else {
            b +=
                "<table class=\"top-actions\">\n<caption class=\"visually-hidden\">The largest gaps, legal risks first, and what to do</caption>\n<thead><tr><th scope=\"col\" class=\"c-gap\">Question and current response</th><th scope=\"col\">Action (the question is in the appendix)</th><th scope=\"col\" class=\"c-write\">Owner</th><th scope=\"col\" class=\"c-write\">Due date</th></tr></thead>\n<tbody>\n"
            for g in a.topGaps {
                let action = a.action(g.question.id)
                b +=
                    "<tr><th scope=\"row\"><strong>\(g.question.id)</strong> \(r.stageName(g.question.stage)): \(Wording.responseText(g))\(g.isLegalRisk ? HTML(", <strong>legal risk</strong>") : "")</th><td>\(action?.text ?? "")</td><td></td><td></td></tr>\n"
            }
            b += "</tbody>\n</table>\n"
        }
        return b + signOff(r) + "</section>\n"
    }

    /// Group or characteristic by stage, shaded by band with the score, band and number of
    /// questions in words, so the colour is never the only signal.
    static func heatMap(_ r: GapReport) -> HTML {
        let a = r.assessment
        var b: HTML =
            "<h3 id=\"groups\">Groups and protected characteristics by stage</h3>\n<table class=\"matrix heatmap\">\n<caption class=\"visually-hidden\">Score by group or characteristic and stage</caption>\n<thead><tr><th scope=\"col\" class=\"c-name\">Group or characteristic</th>"
        for s in a.stages { b += "<th scope=\"col\">\(s.stage.name)</th>" }
        b += "<th scope=\"col\">Overall</th></tr></thead>\n<tbody>\n"
        for row in a.concerns {
            b += "<tr><th scope=\"row\">\(row.name)\(row.isCharacteristic ? HTML("") : " (group)")</th>"
            for s in a.stages { b += matrixCell(row.byStage[s.stage.id], row.countByStage[s.stage.id] ?? 0, r) }
            b += matrixCell(row.overall, row.overallCount, r) + "</tr>\n"
        }
        b +=
            "</tbody>\n</table>\n<p class=\"meta\">\(GapReport.heatMapKey) How the cells are worked out is under Method.</p>\n"
        return b
    }

    /// Blank rows to sign by hand: who prepared, reviewed and approved the report, and when.
    static func signOff(_ r: GapReport) -> HTML {
        var b: HTML =
            "<table class=\"signoff keep\">\n<caption>Sign-off (\(r.statusLabel.lowercased()))</caption>\n<thead><tr><th scope=\"col\" class=\"c-who\">Stage</th><th scope=\"col\">Name and role</th><th scope=\"col\">Signature</th><th scope=\"col\" class=\"c-date\">Date</th></tr></thead>\n<tbody>\n"
        for step in GapReport.signOffSteps {
            b += "<tr><th scope=\"row\">\(step)</th><td></td><td></td><td></td></tr>\n"
        }
        return b + "</tbody>\n</table>\n"
    }

    /// A heat-map cell: shaded by band, and always saying the score, band and basis in words.
    static func matrixCell(_ score: Score?, _ count: Int, _ r: GapReport) -> HTML {
        guard let score, let percent = score.percent else { return "<td class=\"na\">not assessed</td>" }
        let cell: HTML =
            "\(Wording.percentText(percent)) \(score.band?.name ?? "") <span class=\"meta\">(\(count))</span>"
        let heat = r.heatRank(score)
        return count == 1 ? "<td class=\"heat-\(heat) thin\">\(cell)</td>" : "<td class=\"heat-\(heat)\">\(cell)</td>"
    }
}
