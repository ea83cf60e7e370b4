import EqualityCore

/// A comparison in Markdown, HTML and JSON.
package enum ComparisonMarkdown {
    package static func render(_ c: Comparison) -> String {
        let b = c.before.answers.respondent
        let a = c.after.answers.respondent
        var md: Markdown = "# \(ComparisonWording.title(c))\n\n"
        md += "| | \(ComparisonWording.before) | \(ComparisonWording.after) |\n| --- | --- | --- |\n"
        md +=
            "| \(ComparisonWording.organisation) | \(cell: Wording.orNone(b.organisation)) | \(cell: Wording.orNone(a.organisation)) |\n"
        md +=
            "| \(ComparisonWording.date) | \(cell: ComparisonWording.dateText(b.date)) | \(cell: ComparisonWording.dateText(a.date)) |\n"
        md +=
            "| \(ComparisonWording.framework) | \(code: c.before.framework.id) \(c.before.framework.version.description) | \(code: c.after.framework.id) \(c.after.framework.version.description) |\n"
        md +=
            "| \(ComparisonWording.completion) | \(ComparisonWording.completionText(c.before.completion)) | \(ComparisonWording.completionText(c.after.completion)) |\n\n"
        md += frameworkSection(c)
        md +=
            "## \(ComparisonWording.scores)\n\n| | \(ComparisonWording.before) | \(ComparisonWording.after) | \(ComparisonWording.change) |\n| --- | --- | --- | --- |\n"
        md +=
            "| **\(ComparisonWording.overall)** | \(Wording.scoreText(c.overall.before)) | \(Wording.scoreText(c.overall.after)) | \(Markdown(trusted: Wording.delta(c.overall.before, c.overall.after))) |\n"
        for s in c.stages {
            md +=
                "| \(s.stage.name) | \(Wording.scoreText(s.before)) | \(Wording.scoreText(s.after)) | \(Markdown(trusted: Wording.delta(s.before, s.after))) |\n"
        }
        md += "\n"
        for (title, items) in ComparisonWording.lists(c) { md += list(title, items) }
        md += "## \(ComparisonWording.actionsDone)\n\n"
        if c.actionsDone.isEmpty { md += "\(ComparisonWording.noActionsDone)\n\n" }
        for action in c.actionsDone { md += "- **\(action.id)** \(action.text)\n" }
        if !c.actionsDone.isEmpty { md += "\n" }
        if let t = c.tracking {
            md += "## \(GapReportDocument.trackingHeading)\n\n"
            md += MarkdownWriter.blocks(
                GapReportDocument.trackingBlocks(
                    t, actions: c.after.actions, dateText: ComparisonWording.dateText(c.after.answers.respondent.date))
            ).joined(separator: "\n")
            md += "\n"
        }
        md += "---\n\n\(Disclaimer.text)\n"
        return md.text
    }

    static func frameworkSection(_ c: Comparison) -> Markdown {
        if c.sameFramework { return "\(ComparisonWording.sameFramework)\n\n" }
        var md: Markdown =
            "## \(ComparisonWording.frameworkChanges)\n\n\(ComparisonWording.differentVersions(c))\n\n"
        for line in ComparisonWording.changes(c) { md += "- \(line)\n" }
        return md + "\n"
    }

    static func list(_ title: String, _ items: [Comparison.QuestionChange]) -> Markdown {
        var md: Markdown = "## \(title): \(items.count)\n\n"
        for i in items {
            md += "- **\(i.id)** \(i.text): \(ComparisonWording.change(i))\n"
        }
        if !items.isEmpty { md += "\n" }
        return md
    }
}

package enum ComparisonHTML {
    package static func render(_ c: Comparison) -> String {
        let b = c.before.answers.respondent
        let a = c.after.answers.respondent
        var h: HTML =
            "<header>\n<h1>\(ComparisonWording.title(c))</h1>\n<table class=\"narrow\">\n<caption>\(say("compare.the-two-assessments", "The two assessments"))</caption>\n"
        h +=
            "<thead><tr><td></td><th scope=\"col\">\(ComparisonWording.before)</th><th scope=\"col\">\(ComparisonWording.after)</th></tr></thead>\n<tbody>\n"
        h +=
            "<tr><th scope=\"row\">\(ComparisonWording.organisation)</th><td>\(Wording.orNone(b.organisation))</td><td>\(Wording.orNone(a.organisation))</td></tr>\n"
        h +=
            "<tr><th scope=\"row\">\(ComparisonWording.date)</th><td>\(ComparisonWording.dateText(b.date))</td><td>\(ComparisonWording.dateText(a.date))</td></tr>\n"
        h +=
            "<tr><th scope=\"row\">\(ComparisonWording.framework)</th><td>\(c.before.framework.id) \(c.before.framework.version.description)</td><td>\(c.after.framework.id) \(c.after.framework.version.description)</td></tr>\n"
        h +=
            "<tr><th scope=\"row\">\(ComparisonWording.completion)</th><td>\(ComparisonWording.completionText(c.before.completion))</td><td>\(ComparisonWording.completionText(c.after.completion))</td></tr>\n</tbody>\n</table>\n</header>\n<main>\n"
        if c.sameFramework {
            h += "<p>\(ComparisonWording.sameFramework)</p>\n"
        } else {
            h +=
                "<section>\n<h2>\(ComparisonWording.frameworkChanges)</h2>\n<p>\(ComparisonWording.differentVersions(c))</p>\n<ul>\n"
            for line in ComparisonWording.changes(c) { h += "<li>\(line)</li>\n" }
            h += "</ul>\n</section>\n"
        }
        h +=
            "<section>\n<h2>\(ComparisonWording.scores)</h2>\n<table>\n<caption>\(say("compare.scores-before-and-after", "Scores before and after"))</caption>\n<thead><tr><th scope=\"col\">\(say("compare.scope", "Scope"))</th><th scope=\"col\">\(ComparisonWording.before)</th><th scope=\"col\">\(ComparisonWording.after)</th><th scope=\"col\">\(ComparisonWording.change)</th></tr></thead>\n<tbody>\n"
        h +=
            "<tr><th scope=\"row\">\(ComparisonWording.overall)</th><td>\(Wording.scoreText(c.overall.before))</td><td>\(Wording.scoreText(c.overall.after))</td><td>\(Wording.delta(c.overall.before, c.overall.after))</td></tr>\n"
        for s in c.stages {
            h +=
                "<tr><th scope=\"row\">\(s.stage.name)</th><td>\(Wording.scoreText(s.before))</td><td>\(Wording.scoreText(s.after))</td><td>\(Wording.delta(s.before, s.after))</td></tr>\n"
        }
        h += "</tbody>\n</table>\n</section>\n"
        for (title, items) in ComparisonWording.lists(c) {
            h += "<section>\n<h2>\(title): \(items.count)</h2>\n"
            if !items.isEmpty {
                h += "<ul>\n"
                for i in items {
                    h += "<li><strong>\(i.id)</strong> \(i.text): \(ComparisonWording.change(i))</li>\n"
                }
                h += "</ul>\n"
            }
            h += "</section>\n"
        }
        h += "<section>\n<h2>\(ComparisonWording.actionsDone)</h2>\n"
        if c.actionsDone.isEmpty {
            h += "<p>\(ComparisonWording.noActionsDone)</p>\n"
        } else {
            h += "<ul>\n"
            for action in c.actionsDone { h += "<li><strong>\(action.id)</strong> \(action.text)</li>\n" }
            h += "</ul>\n"
        }
        h += "</section>\n"
        if let t = c.tracking {
            h += "<section>\n<h2>\(GapReportDocument.trackingHeading)</h2>\n"
            h += HTMLWriter.blocks(
                GapReportDocument.trackingBlocks(
                    t, actions: c.after.actions, dateText: ComparisonWording.dateText(c.after.answers.respondent.date))
            )
            h += "</section>\n"
        }
        h += "</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        return HTMLPage.document(title: ComparisonWording.title(c), body: h)
    }
}

package enum ComparisonJSON {
    package static func render(_ c: Comparison) -> String {
        func score(_ s: Score) -> JSONValue { .object(ScoreJSON.members(s)) }
        func items(_ list: [Comparison.QuestionChange]) -> JSONValue {
            .array(
                list.map {
                    .object([
                        ("question", .string($0.id)), ("before", $0.before.response.map { .string($0.id) } ?? .null),
                        ("after", $0.after.response.map { .string($0.id) } ?? .null),
                        ("pointsBefore", $0.before.points.map { .number(Double($0)) } ?? .null),
                        ("pointsAfter", $0.after.points.map { .number(Double($0)) } ?? .null),
                    ])
                })
        }
        var members: [(String, JSONValue)] = [
            ("report", .string("equality-comparison")),
            ("language", .string(Language.current.tag)),
            (
                "before",
                .object([
                    ("framework", .string(c.before.framework.id)),
                    ("version", .string(c.before.framework.version.description)),
                    ("date", .string(c.before.answers.respondent.date)),
                ])
            ),
            (
                "after",
                .object([
                    ("framework", .string(c.after.framework.id)),
                    ("version", .string(c.after.framework.version.description)),
                    ("date", .string(c.after.answers.respondent.date)),
                ])
            ),
            ("sameFramework", .bool(c.sameFramework)),
            ("questionsAdded", .array(c.added.map(JSONValue.string))),
            ("questionsRemoved", .array(c.removed.map(JSONValue.string))),
            (
                "questionsChanged",
                .array(
                    c.changed.map {
                        .object([("question", .string($0.id)), ("what", .array($0.what.map { .string($0.text) }))])
                    })
            ),
            ("comparedQuestions", .number(Double(c.common.count))),
            ("overall", .object([("before", score(c.overall.before)), ("after", score(c.overall.after))])),
            (
                "stages",
                .array(
                    c.stages.map {
                        .object([
                            ("id", .string($0.stage.id)), ("before", score($0.before)), ("after", score($0.after)),
                        ])
                    })
            ),
            ("improved", items(c.improved)), ("worsened", items(c.worsened)), ("newlyAnswered", items(c.newlyAnswered)),
            ("newlyNotApplicable", items(c.newlyNotApplicable)), ("noLongerAsked", items(c.noLongerAsked)),
            ("newlyInScope", items(c.newlyInScope)),
            ("legalRisksOpened", items(c.risksOpened)), ("legalRisksClosed", items(c.risksClosed)),
            ("actionsDone", .array(c.actionsDone.map { .string($0.id) })),
        ]
        if let t = c.tracking { members.append(("tracking", JSONReport.trackingJSON(t))) }
        return JSONWriter.write(.object(members))
    }
}
