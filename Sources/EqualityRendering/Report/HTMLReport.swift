import EqualityCore

/// The gap report as one self-contained, printable HTML file: no scripts, no external requests,
/// an inline SVG chart with text labels, captioned tables with header scopes, A4 print rules.
public enum HTMLReport {
    public static func render(_ r: GapReport) -> String {
        let a = r.assessment
        var b: HTML =
            "<header>\n<h1>\(r.title)</h1>\n<table class=\"titleblock\">\n<caption>About this report</caption>\n<tbody>\n"
        for (label, value) in [
            ("Organisation", Wording.orNone(r.respondent.organisation)), ("Role", Wording.orNone(r.respondent.role)),
            ("Exercise assessed", Wording.orNone(r.respondent.exercise)), ("Date", r.dateText),
        ] {
            b += "<tr><th scope=\"row\">\(label)</th><td>\(multiline: value)</td></tr>\n"
        }
        b +=
            "<tr><th scope=\"row\">Framework</th><td><code>\(r.framework.id)</code> version \(r.framework.version.description)</td></tr>\n"
        b +=
            "<tr><th scope=\"row\">Status</th><td><strong class=\"status-\(r.status.rawValue)\">\(r.status.label)</strong></td></tr>\n"
        b += "<tr><th scope=\"row\">Completion</th><td>\(r.completionText)</td></tr>\n"
        if !r.framework.contextFields.isEmpty {
            b +=
                "<tr><th scope=\"row\">Legal context</th><td>\(Wording.contextText(r.framework, r.context))</td></tr>\n"
        }
        b += "</tbody>\n</table>\n"
        if !a.contextStated {
            b +=
                "<p class=\"callout\"><strong>Legal context not stated.</strong> \(Wording.contextNotStatedNotice(r.framework, r.context))</p>\n"
        }
        if a.completion.isProvisional {
            b += "<p class=\"callout\"><strong>Provisional:</strong> \(Wording.provisionalText(a.completion))</p>\n"
        }
        b += "</header>\n<main>\n" + contents(r)

        b += "<section id=\"summary\">\n<h2>Summary</h2>\n"
        b +=
            "<p class=\"overall\"><strong>Overall: \(Wording.scoreText(a.overall))</strong> (\(Wording.pointsText(a.overall.points)) of \(Wording.pointsText(a.overall.max)) weighted points)</p>\n<ul>\n"
        for s in a.stages { b += "<li>\(s.stage.name): \(Wording.scoreText(s.score))</li>\n" }
        b += "</ul>\n<p><strong>Legal risks: \(a.legalRisks.count).</strong> "
        b +=
            a.legalRisks.isEmpty
            ? "No legal-duty question scored below the threshold.</p>\n"
            : "Listed under Legal risks below; these stand whatever the totals say.</p>\n"
        if let n = a.network {
            b += "<p><strong>\(n.network.name):</strong> \(Wording.networkSummary(n))"
            if !a.capacityNeeds.isEmpty {
                b +=
                    " Capacity needs: \(a.capacityNeeds.map(\.label).joined(separator: "; ")) (where to get help is under \(n.network.name) below)."
            }
            b += "</p>\n"
        }
        b += "<h3>Top \(a.topGaps.count) priority actions</h3>\n"
        if a.topGaps.isEmpty {
            b += "<p>\(Wording.noGapsText(a))</p>\n"
        } else {
            b +=
                "<table class=\"top-actions keep\">\n<caption>The largest gaps, legal risks first, and what to do</caption>\n<thead><tr><th scope=\"col\" class=\"c-gap\">Question and current response</th><th scope=\"col\">Action</th><th scope=\"col\" class=\"c-write\">Owner</th><th scope=\"col\" class=\"c-write\">Due date</th></tr></thead>\n<tbody>\n"
            for g in a.topGaps {
                let action = a.action(g.question.id)
                b +=
                    "<tr><th scope=\"row\"><strong>\(g.question.id)</strong> \(g.question.text) (\(Wording.responseText(g))\(g.isLegalRisk ? HTML(", <strong>legal risk</strong>") : ""); shortfall \(Wording.pointsText(g.shortfall)) weighted points)</th><td>\(action?.text ?? "")</td><td></td><td></td></tr>\n"
            }
            b += "</tbody>\n</table>\n"
        }
        b += signOff(r) + "</section>\n"

        b += "<section id=\"scores\">\n<h2>Scores by stage</h2>\n\(StageChart.svg(a.stages, bands: r.framework.bands))"
        b +=
            "<table>\n<caption>Scores by stage</caption>\n<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Band</th><th scope=\"col\" class=\"num\">Weighted points</th><th scope=\"col\" class=\"num\">Scored</th><th scope=\"col\" class=\"num\">Excluded</th></tr></thead>\n<tbody>\n"
        for s in a.stages {
            b +=
                "<tr><th scope=\"row\">\(s.stage.name)</th><td class=\"num\">\(Wording.percentText(s.score))</td><td>\(s.score.band?.name ?? "not assessed")</td><td class=\"num\">\(Wording.pointsText(s.score.points)) of \(Wording.pointsText(s.score.max))</td><td class=\"num\">\(s.scored)</td><td class=\"num\">\(s.excluded)</td></tr>\n"
        }
        b += "</tbody>\n</table>\n</section>\n"

        b +=
            "<section id=\"groups\">\n<h2>Groups and protected characteristics by stage</h2>\n<p>\(GapReport.matrixNote)</p>\n"
        b +=
            "<p class=\"meta\">Shading follows the band, from lightest red for the lowest band to blue for the highest; every cell also says its score and band in words.</p>\n<table class=\"matrix heatmap\">\n<caption>Score by group or characteristic and stage</caption>\n<thead><tr><th scope=\"col\">Group or characteristic</th>"
        for s in a.stages { b += "<th scope=\"col\">\(s.stage.name)</th>" }
        b += "<th scope=\"col\">Overall</th></tr></thead>\n<tbody>\n"
        for row in a.concerns {
            b +=
                "<tr><th scope=\"row\">\(row.name) <span class=\"meta\">(\(row.isCharacteristic ? "characteristic" : "group"))</span></th>"
            for s in a.stages { b += matrixCell(row.byStage[s.stage.id], row.countByStage[s.stage.id] ?? 0, r) }
            b += matrixCell(row.overall, row.overallCount, r) + "</tr>\n"
        }
        b += "</tbody>\n</table>\n</section>\n"

        b += "<section id=\"legal\">\n<h2>Legal duties and legal risks</h2>\n"
        b +=
            "<p>Which legal duties the questions rest on, and whether each applies in this context. A legal risk is a question on a duty that applies (or is treated as applying) scoring under \(r.framework.scale.legalRiskBelow) points.</p>\n"
        b +=
            "<table class=\"duties\">\n<caption>Legal duties in this context</caption>\n<thead><tr><th scope=\"col\">Duty</th><th scope=\"col\">Who it binds</th><th scope=\"col\">Here</th><th scope=\"col\">Questions</th></tr></thead>\n<tbody>\n"
        for d in a.duties {
            b +=
                "<tr><th scope=\"row\">\(d.duty.name) <span class=\"meta\">(\(r.register.display(d.duty.citation)))</span></th><td>\(d.duty.appliesTo)</td>"
            b +=
                "<td><strong>\(Wording.applicabilityLabel(d.applicability)).</strong> \(Wording.applicabilityReason(d, r.context))</td><td>\(d.questions.joined(separator: ", "))</td></tr>\n"
        }
        b += "</tbody>\n</table>\n<h3>Legal risks</h3>\n"
        if a.legalRisks.isEmpty {
            b +=
                "<p>None: every legal-duty question in scope scored at least \(r.framework.scale.legalRiskBelow) points.</p>\n"
        } else {
            b +=
                "<table>\n<caption>Legal-duty questions below the threshold</caption>\n<thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Legal duty</th><th scope=\"col\">Response</th><th scope=\"col\">Points</th></tr></thead>\n<tbody>\n"
            for f in a.legalRisks {
                b +=
                    "<tr><th scope=\"row\"><strong>\(f.question.id)</strong> \(f.question.text)</th><td>\(r.dutyText(f.question) ?? "")</td><td>\(Wording.responseText(f))</td><td>\(Wording.pointsCell(f))</td></tr>\n"
            }
            b += "</tbody>\n</table>\n"
        }
        if !a.legalDutyExclusions.isEmpty {
            b += "<p>Marked not applicable on a legal duty (not scored; check the reason holds):</p>\n<ul>\n"
            for f in a.legalDutyExclusions {
                b +=
                    "<li><strong>\(f.question.id)</strong> \(r.dutyText(f.question) ?? ""). Reason given: \(multiline: f.notes)</li>\n"
            }
            b += "</ul>\n"
        }
        b += "</section>\n"

        if let network = a.network { b += networkSection(network, a.capacityNeeds, r) }

        b +=
            "<section id=\"actions\" class=\"landscape\">\n<h2>Action plan</h2>\n<p>One action per gap, legal risks first; each action's sources and what good looks like are under its question in the appendix. Fill in the owner, due date and status.</p>\n"
        b += ActionPlanHTML.table(r) + "</section>\n"

        b += "<section id=\"findings\" class=\"findings\">\n<h2>Appendix: findings by question</h2>\n"
        for s in a.stages {
            b += "<h3>\(s.stage.name): \(Wording.scoreText(s.score))</h3>\n"
            for f in a.findings where f.question.stage == s.stage.id { b += finding(f, r) }
        }
        b += "</section>\n"

        b += "<section id=\"excluded\">\n<h2>Unanswered, don't know and not applicable</h2>\n"
        b += list("Unanswered (score 0)", r.unanswered) { _ in "" }
        b += list("Don't know (score 0)", r.dontKnow) { $0.notes.isEmpty ? "" : " Notes: \(multiline: $0.notes)" }
        b += list("Not applicable (left out of the totals)", r.notApplicable) { " Reason: \(multiline: $0.notes)" }
        b += list("Not asked because a condition was not met (left out of the totals)", r.conditionNotMet) {
            " (\(r.conditionReason($0)))"
        }
        b += "</section>\n"

        b +=
            "<section id=\"method\">\n<h2>Method</h2>\n<table class=\"narrow\">\n<caption>Response scale</caption>\n<thead><tr><th scope=\"col\">Response</th><th scope=\"col\" class=\"num\">Points</th></tr></thead>\n<tbody>\n"
        for o in r.framework.scale.responses {
            b +=
                "<tr><th scope=\"row\">\(o.label)</th><td class=\"num\">\(o.points.map(String.init) ?? "excluded")</td></tr>\n"
        }
        b += "</tbody>\n</table>\n<ul>\n"
        for rule in r.framework.scale.rules { b += "<li>\(rule)</li>\n" }
        b += "</ul>\n<h3>Bands</h3>\n<ul>\n"
        for band in r.bandText { b += "<li>\(band)</li>\n" }
        b += "</ul>\n<h3>Weights</h3>\n<ul>\n"
        for w in r.weightSummary { b += "<li>\(w)</li>\n" }
        b +=
            "</ul>\n<p>Rules, weights and bands come from framework <code>\(r.framework.id)</code> version \(r.framework.version.description) (SHA-256 <code>\(r.framework.sha256)</code>).</p>\n</section>\n"

        b += "<section id=\"sources\">\n<h2>Sources</h2>\n<ul>\n"
        for s in r.sources {
            b +=
                "<li><strong>\(s.citeAs)</strong>: \(s.title). \(s.publisher), \(s.date). \(s.kind). Used for: \(s.takes)</li>\n"
        }
        b += "</ul>\n</section>\n</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        return HTMLPage.document(
            title: "\(r.title): \(r.respondent.organisation.isEmpty ? "not given" : r.respondent.organisation)",
            body: b,
            extraCSS: HTMLPage.reportStylesheet, footer: r.pageFooter)
    }

    /// A one-paragraph contents list linking every section, in the order they appear.
    static func contents(_ r: GapReport) -> HTML {
        var entries: [(String, String)] = [
            ("summary", "Summary"), ("scores", "Scores by stage"), ("groups", "Groups and characteristics"),
            ("legal", "Legal duties and risks"),
        ]
        if let n = r.assessment.network { entries.append(("network", n.network.name)) }
        entries += [
            ("actions", "Action plan"), ("findings", "Appendix: findings by question"),
            ("excluded", "Unanswered, don't know and not applicable"), ("method", "Method"), ("sources", "Sources"),
        ]
        let links = entries.map { id, title -> HTML in "<a href=\"#\(id)\">\(title)</a>" }
        return
            "<nav class=\"contents\" aria-label=\"Contents\"><p><strong>Contents:</strong> \(links.joined(separator: " · "))</p></nav>\n"
    }

    /// Blank rows to sign by hand: who prepared, reviewed and approved the report, and when.
    static func signOff(_ r: GapReport) -> HTML {
        var b: HTML =
            "<table class=\"signoff keep\">\n<caption>Sign-off (\(r.status.label.lowercased()))</caption>\n<thead><tr><th scope=\"col\" class=\"c-who\">Stage</th><th scope=\"col\">Name and role</th><th scope=\"col\">Signature</th><th scope=\"col\" class=\"c-date\">Date</th></tr></thead>\n<tbody>\n"
        for step in GapReport.signOffSteps {
            b += "<tr><th scope=\"row\">\(step)</th><td></td><td></td><td></td></tr>\n"
        }
        return b + "</tbody>\n</table>\n"
    }

    /// A heat-map cell: shaded by band, and always saying the score, band and basis in words, so
    /// the colour is never the only signal.
    static func matrixCell(_ score: Score?, _ count: Int, _ r: GapReport) -> HTML {
        guard let score, let percent = score.percent else { return "<td class=\"na\">not assessed</td>" }
        let basis = Wording.cellBasis(count)
        let cell: HTML =
            "\(Wording.percentText(percent)) \(score.band?.name ?? "") <span class=\"meta\">(\(basis))</span>"
        let rank = score.band.flatMap { band in r.framework.bands.firstIndex { $0.name == band.name } } ?? 0
        let heat = min(rank, 3)
        return count == 1 ? "<td class=\"heat-\(heat) thin\">\(cell)</td>" : "<td class=\"heat-\(heat)\">\(cell)</td>"
    }

    static func finding(_ f: Finding, _ r: GapReport) -> HTML {
        var b: HTML = "<div class=\"finding\">\n<h4>\(f.question.id): \(f.question.text)</h4>\n<dl>\n"
        b += "<dt>Response</dt><dd>\(Wording.responseText(f))</dd>\n"
        b += "<dt>Evidence given</dt><dd>\(f.evidence.isBlank ? "none" : HTML("\(multiline: f.evidence)"))</dd>\n"
        if !f.notes.isBlank { b += "<dt>Notes</dt><dd>\(multiline: f.notes)</dd>\n" }
        b += "<dt>Points</dt><dd>\(Wording.pointsCell(f)), weight \(NumberText.plain(f.question.weight))</dd>\n"
        if !f.flags.isEmpty {
            let flags = f.flags.map { flag -> HTML in
                flag == .legalRisk
                    ? "<span class=\"risk\">\(Wording.flagText(flag))</span>" : "\(Wording.flagText(flag))"
            }
            b += "<dt>Flags</dt><dd>\(flags.joined(separator: "; "))</dd>\n"
        }
        if case .conditionNotMet(let reason) = f.status {
            b += "<dt>Why not asked</dt><dd>\(r.framework.conditionNotMetText(reason))</dd>\n"
        }
        if let duty = r.dutyText(f.question) { b += "<dt>Legal duty</dt><dd>\(duty)</dd>\n" }
        if let concerns = r.framework.concernsText(f.question) { b += "<dt>Concerns</dt><dd>\(concerns)</dd>\n" }
        b += "<dt>What good looks like</dt><dd>\(f.question.guidance)</dd>\n"
        if let rec = f.recommendation, !f.isExcluded { b += "<dt>Recommendation</dt><dd>\(rec)</dd>\n" }
        b += "<dt>Sources</dt><dd>\(r.citationsText(f.question.citations))</dd>\n</dl>\n</div>\n"
        return b
    }

    static func list(_ title: HTML, _ findings: [Finding], detail: (Finding) -> HTML) -> HTML {
        var b: HTML = "<h3>\(title): \(findings.isEmpty ? "none" : String(findings.count))</h3>\n"
        guard !findings.isEmpty else { return b }
        b += "<ul>\n"
        for f in findings { b += "<li><strong>\(f.question.id)</strong> \(f.question.text)\(detail(f))</li>\n" }
        b += "</ul>\n"
        return b
    }

    static func networkSection(_ n: NetworkResult, _ needs: [ProfileOption], _ r: GapReport) -> HTML {
        let met = n.metNumbers
        var b: HTML = "<section id=\"network\">\n<h2>\(n.network.name)</h2>\n<p>"
        b += "\(Wording.networkSummary(n))"
        b +=
            "</p>\n<table>\n<caption>Membership categories</caption>\n<thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Result</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n"
        for c in n.categories {
            b +=
                "<tr><th scope=\"row\">\(c.category.number). \(c.category.name)</th><td>\(c.outcome.rawValue)</td><td>\(c.explanation)</td></tr>\n"
        }
        b += "</tbody>\n</table>\n<p>\(n.network.membershipNote)"
        if n.isClinksMember == false { b += " The profile says the organisation is not a Clinks member yet." }
        b += "</p>\n"
        if n.assessed && met.isEmpty { b += "<p>\(n.network.noCategoryNote)</p>\n" }
        b +=
            "<p class=\"meta\">Sources: \(r.citationsText(n.network.citations))</p>\n<h3>Capacity needs and where to get help</h3>\n"
        if needs.isEmpty {
            b += "<p>No capacity needs were ticked.</p>\n"
        } else {
            b += "<ul>\n"
            for need in needs { b += "<li><strong>\(need.label)</strong>: \(need.signpost)</li>\n" }
            b += "</ul>\n"
        }
        b += "</section>\n"
        return b
    }
}
