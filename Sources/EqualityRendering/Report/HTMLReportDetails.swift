import EqualityCore

/// The gap report's sections after the summary: scores in detail, legal duties, the network
/// result, the findings appendix, the exclusions, the method and the sources.
enum HTMLReportDetails {
    static func scores(_ r: GapReport) -> HTML {
        var b: HTML =
            "<section id=\"scores\">\n<h2>Scores by stage</h2>\n<table>\n<caption class=\"visually-hidden\">Score, band and questions scored in each stage</caption>\n<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Band</th><th scope=\"col\" class=\"num\">Weighted points</th><th scope=\"col\" class=\"num\">Scored</th><th scope=\"col\" class=\"num\">Excluded</th></tr></thead>\n<tbody>\n"
        for s in r.assessment.stages {
            b +=
                "<tr><th scope=\"row\">\(s.stage.name)</th><td class=\"num\">\(Wording.percentText(s.score))</td><td>\(s.score.band?.name ?? "not assessed")</td><td class=\"num\">\(Wording.pointsText(s.score.points)) of \(Wording.pointsText(s.score.max))</td><td class=\"num\">\(s.scored)</td><td class=\"num\">\(s.excluded)</td></tr>\n"
        }
        return b + "</tbody>\n</table>\n</section>\n"
    }

    static func legal(_ r: GapReport) -> HTML {
        let a = r.assessment
        var b: HTML = "<section id=\"legal\">\n<h2>Legal duties</h2>\n"
        b +=
            "<p>Which legal duties the questions rest on, and whether each applies in this context. A legal risk (listed in the summary) is a question on a duty that applies, or is treated as applying, scoring under \(r.framework.scale.legalRiskBelow) points.</p>\n"
        b +=
            "<table class=\"duties\">\n<caption>Legal duties in this context</caption>\n<thead><tr><th scope=\"col\" class=\"c-name\">Duty</th><th scope=\"col\" class=\"c-binds\">Who it binds</th><th scope=\"col\">Here</th><th scope=\"col\" class=\"c-qs\">Questions</th></tr></thead>\n<tbody>\n"
        for d in r.dutyRows {
            b +=
                "<tr><th scope=\"row\">\(d.duty.name) <span class=\"meta\">(\(r.register.display(d.duty.citation)))</span></th><td>\(d.duty.appliesTo)</td>"
            b +=
                "<td><strong>\(Wording.applicabilityLabel(d.applicability)).</strong> \(Wording.applicabilityReason(d, r.context))</td><td>\(d.questions.joined(separator: ", "))</td></tr>\n"
        }
        b += "</tbody>\n</table>\n"
        if let out = r.dutiesOutOfContextText { b += "<p>\(out)</p>\n" }
        if !a.legalDutyExclusions.isEmpty {
            b += "<p>Marked not applicable on a legal duty (not scored; check the reason holds):</p>\n<ul>\n"
            for f in a.legalDutyExclusions {
                b +=
                    "<li><strong>\(f.question.id)</strong> \(r.dutyText(f.question) ?? ""). Reason given: \(multiline: f.notes)</li>\n"
            }
            b += "</ul>\n"
        }
        return b + "</section>\n"
    }

    static func network(_ n: NetworkResult, _ needs: [ProfileOption], _ r: GapReport) -> HTML {
        let met = n.metNumbers
        var b: HTML = "<section id=\"network\">\n<h2>\(n.network.name)</h2>\n<p>"
        b += "\(Wording.networkSummary(n))"
        b +=
            "</p>\n<table>\n<caption>Membership categories</caption>\n<thead><tr><th scope=\"col\">Category</th><th scope=\"col\" class=\"c-result\">Result</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n"
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
        return b + "</section>\n"
    }

    /// Every question's response, evidence, flags, legal duty and sources: one table per stage,
    /// printed on landscape pages straight after the action plan.
    static func findings(_ r: GapReport) -> HTML {
        let a = r.assessment
        var b: HTML =
            "<section id=\"findings\" class=\"findings landscape\">\n<h2>Appendix: findings by question</h2>\n<p class=\"meta\">What good looks like for each question is in the questionnaire and in the Markdown and JSON reports.</p>\n"
        for s in a.stages {
            b +=
                "<table class=\"finding-table\">\n<caption>\(s.stage.name): \(Wording.scoreText(s.score))</caption>\n<thead><tr><th scope=\"col\" class=\"c-q\">Question</th><th scope=\"col\" class=\"c-resp\">Response and points</th><th scope=\"col\">Evidence and notes</th><th scope=\"col\" class=\"c-duty\">Legal duty and groups</th><th scope=\"col\" class=\"c-src\">Sources</th></tr></thead>\n<tbody>\n"
            for f in a.findings where f.question.stage == s.stage.id { b += finding(f, r) }
            b += "</tbody>\n</table>\n"
        }
        return b + "</section>\n"
    }

    static func finding(_ f: Finding, _ r: GapReport) -> HTML {
        var b: HTML = "<tr><th scope=\"row\"><strong>\(f.question.id)</strong> \(f.question.text)</th><td>"
        b += "\(Wording.responseText(f)); \(Wording.pointsCell(f)), weight \(NumberText.plain(f.question.weight))"
        let flags = f.flags.filter { ![.unanswered, .dontKnow, .conditionNotMet, .notInContext].contains($0) }
        for flag in flags {
            b +=
                flag == .legalRisk
                ? "<br><span class=\"risk\">\(Wording.flagText(flag))</span>" : "<br>\(Wording.flagText(flag))"
        }
        if let reason = r.notAskedReason(f) { b += "<br>Not asked: \(reason)" }
        b += "</td><td>\(f.evidence.isBlank ? "No evidence given." : HTML("\(multiline: f.evidence)"))"
        if !f.notes.isBlank { b += "<br><em>Notes:</em> \(multiline: f.notes)" }
        b += "</td><td>\(r.dutyName(f.question) ?? "No legal duty")"
        if let concerns = r.framework.concernsText(f.question) { b += "<br><span class=\"meta\">\(concerns)</span>" }
        return b + "</td><td>\(r.citationsText(f.question.citations))</td></tr>\n"
    }

    static func excluded(_ r: GapReport) -> HTML {
        var b: HTML = "<section id=\"excluded\">\n<h2>Unanswered, don't know and not applicable</h2>\n"
        b += list("Unanswered (score 0)", r.unanswered) { _ in "" }
        b += list("Don't know (score 0)", r.dontKnow) { _ in "" }
        b += list("Not applicable (left out of the totals)", r.notApplicable) {
            " (reason given: \(multiline: $0.notes))"
        }
        for (title, findings) in r.notAskedLists {
            b += list("\(title)", findings) { " (\(r.notAskedReason($0) ?? ""))" }
        }
        return b + "</section>\n"
    }

    /// Question numbers only: each question's wording, notes and reasons are in the appendix,
    /// and a reason for "not applicable" is repeated here because it needs checking.
    static func list(_ title: HTML, _ findings: [Finding], detail: (Finding) -> HTML) -> HTML {
        let b: HTML = "<p><strong>\(title): \(findings.isEmpty ? "none" : String(findings.count)).</strong>"
        guard !findings.isEmpty else { return b + "</p>\n" }
        let items = findings.map { f -> HTML in "<strong>\(f.question.id)</strong>\(detail(f))" }
        return b + " \(items.joined(separator: "; ")).</p>\n"
    }

    /// How the scores are worked out, and the framework's identity and hash.
    static func method(_ r: GapReport) -> HTML {
        let scale = r.framework.scale.responses.map { o -> HTML in
            "\(o.label): \(o.points.map(String.init) ?? "excluded")"
        }
        var b: HTML =
            "<section id=\"method\">\n<h2>Method and technical details</h2>\n<p><strong>Response scale (points):</strong> \(scale.joined(separator: "; ")).</p>\n<ul>\n"
        for rule in r.framework.scale.rules { b += "<li>\(rule)</li>\n" }
        b += "</ul>\n<h3>Bands</h3>\n<ul>\n"
        for band in r.bandText { b += "<li>\(band)</li>\n" }
        b += "</ul>\n<h3>Weights</h3>\n<ul>\n"
        for w in r.weightSummary { b += "<li>\(w)</li>\n" }
        b += "</ul>\n<h3>Groups and characteristics</h3>\n<p>\(GapReport.matrixNote)</p>\n"
        b +=
            "<h3>Framework</h3>\n<p>Rules, weights and bands come from framework <code>\(r.framework.id)</code> version \(r.framework.version.description) (SHA-256 <code class=\"hash\">\(r.framework.sha256)</code>).</p>\n</section>\n"
        return b
    }

    static func sources(_ r: GapReport) -> HTML {
        var b: HTML = "<section id=\"sources\" class=\"sources\">\n<h2>Sources</h2>\n<ul>\n"
        for s in r.sources {
            b +=
                "<li><strong>\(s.citeAs)</strong>: \(s.title). \(s.publisher), \(s.date). \(s.kind). Used for: \(s.takes)</li>\n"
        }
        return b + "</ul>\n</section>\n"
    }
}
