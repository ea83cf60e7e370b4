/// A comparison in Markdown, HTML and JSON.
public enum ComparisonMarkdown {
    public static func render(_ c: Comparison, register: SourceRegister) -> String {
        let e = MarkdownText.escapeInline
        let b = c.before.answers.respondent, a = c.after.answers.respondent
        var md = "# Reassessment: \(e(c.after.framework.title))\n\n"
        md += "| | Before | After |\n| --- | --- | --- |\n"
        md += "| Organisation | \(MarkdownText.escapeCell(MarkdownReport.orNone(b.organisation))) | \(MarkdownText.escapeCell(MarkdownReport.orNone(a.organisation))) |\n"
        md += "| Date | \(MarkdownText.escapeCell(MarkdownReport.orNone(b.date))) | \(MarkdownText.escapeCell(MarkdownReport.orNone(a.date))) |\n"
        md += "| Framework | `\(c.before.framework.id)` \(c.before.framework.version) | `\(c.after.framework.id)` \(c.after.framework.version) |\n"
        md += "| Completion | \(c.before.completion.answered) of \(c.before.completion.total) | \(c.after.completion.answered) of \(c.after.completion.total) |\n\n"
        md += frameworkSection(c)
        md += "## Scores\n\n| | Before | After | Change |\n| --- | --- | --- | --- |\n"
        md += "| **Overall** | \(GapReport.scoreText(c.overall.before)) | \(GapReport.scoreText(c.overall.after)) | \(Comparison.delta(c.overall.before, c.overall.after)) |\n"
        for s in c.stages { md += "| \(e(s.stage.name)) | \(GapReport.scoreText(s.before)) | \(GapReport.scoreText(s.after)) | \(Comparison.delta(s.before, s.after)) |\n" }
        md += "\n" + list("Improved", c.improved) + list("Worsened", c.worsened) + list("Newly answered", c.newlyAnswered)
        md += list("Legal risks opened", c.risksOpened) + list("Legal risks closed", c.risksClosed)
        md += "## Actions from the earlier report now done\n\n"
        if c.actionsDone.isEmpty { md += "None.\n\n" }
        for action in c.actionsDone { md += "- **\(action.id)** \(e(action.text))\n" }
        if !c.actionsDone.isEmpty { md += "\n" }
        return md + "---\n\n\(e(Disclaimer.text))\n"
    }

    static func frameworkSection(_ c: Comparison) -> String {
        let e = MarkdownText.escapeInline
        if c.sameFramework { return "Both answer sets use the same framework, so every question is compared.\n\n" }
        var md = "## Framework changes\n\nThe answer sets use different framework versions; only the \(c.common.count) questions that are unchanged in both are compared, and the scores below cover those questions only.\n\n"
        md += "- Added: \(c.added.isEmpty ? "none" : c.added.map(e).joined(separator: ", "))\n"
        md += "- Removed: \(c.removed.isEmpty ? "none" : c.removed.map(e).joined(separator: ", "))\n"
        md += "- Changed: \(c.changed.isEmpty ? "none" : c.changed.map { "\(e($0.id)) (\(e($0.what.joined(separator: ", "))))" }.joined(separator: "; "))\n\n"
        return md
    }

    static func list(_ title: String, _ items: [Comparison.QuestionChange]) -> String {
        let e = MarkdownText.escapeInline
        var md = "## \(title): \(items.count)\n\n"
        for i in items {
            md += "- **\(e(i.id))** \(e(i.text)): \(e(GapReport.responseText(i.before).lowercased())) → \(e(GapReport.responseText(i.after).lowercased()))\n"
        }
        return md + (items.isEmpty ? "" : "\n")
    }
}

public enum ComparisonHTML {
    public static func render(_ c: Comparison, register: SourceRegister) -> String {
        let e = HTMLText.escape
        let b = c.before.answers.respondent, a = c.after.answers.respondent
        var h = "<header>\n<h1>Reassessment: \(e(c.after.framework.title))</h1>\n<table class=\"narrow\">\n<caption>The two assessments</caption>\n"
        h += "<thead><tr><td></td><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead>\n<tbody>\n"
        h += "<tr><th scope=\"row\">Organisation</th><td>\(e(MarkdownReport.orNone(b.organisation)))</td><td>\(e(MarkdownReport.orNone(a.organisation)))</td></tr>\n"
        h += "<tr><th scope=\"row\">Date</th><td>\(e(MarkdownReport.orNone(b.date)))</td><td>\(e(MarkdownReport.orNone(a.date)))</td></tr>\n"
        h += "<tr><th scope=\"row\">Framework</th><td>\(e(c.before.framework.id)) \(e(c.before.framework.version.description))</td><td>\(e(c.after.framework.id)) \(e(c.after.framework.version.description))</td></tr>\n"
        h += "<tr><th scope=\"row\">Completion</th><td>\(c.before.completion.answered) of \(c.before.completion.total)</td><td>\(c.after.completion.answered) of \(c.after.completion.total)</td></tr>\n</tbody>\n</table>\n</header>\n<main>\n"
        if c.sameFramework {
            h += "<p>Both answer sets use the same framework, so every question is compared.</p>\n"
        } else {
            h += "<section>\n<h2>Framework changes</h2>\n<p>The answer sets use different framework versions; only the \(c.common.count) questions unchanged in both are compared, and the scores cover those questions only.</p>\n<ul>\n"
            h += "<li>Added: \(e(c.added.isEmpty ? "none" : c.added.joined(separator: ", ")))</li>\n<li>Removed: \(e(c.removed.isEmpty ? "none" : c.removed.joined(separator: ", ")))</li>\n"
            h += "<li>Changed: \(e(c.changed.isEmpty ? "none" : c.changed.map { "\($0.id) (\($0.what.joined(separator: ", ")))" }.joined(separator: "; ")))</li>\n</ul>\n</section>\n"
        }
        h += "<section>\n<h2>Scores</h2>\n<table>\n<caption>Scores before and after</caption>\n<thead><tr><th scope=\"col\">Scope</th><th scope=\"col\">Before</th><th scope=\"col\">After</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n"
        h += "<tr><th scope=\"row\">Overall</th><td>\(e(GapReport.scoreText(c.overall.before)))</td><td>\(e(GapReport.scoreText(c.overall.after)))</td><td>\(e(Comparison.delta(c.overall.before, c.overall.after)))</td></tr>\n"
        for s in c.stages {
            h += "<tr><th scope=\"row\">\(e(s.stage.name))</th><td>\(e(GapReport.scoreText(s.before)))</td><td>\(e(GapReport.scoreText(s.after)))</td><td>\(e(Comparison.delta(s.before, s.after)))</td></tr>\n"
        }
        h += "</tbody>\n</table>\n</section>\n"
        for (title, items) in [("Improved", c.improved), ("Worsened", c.worsened), ("Newly answered", c.newlyAnswered),
                               ("Legal risks opened", c.risksOpened), ("Legal risks closed", c.risksClosed)] {
            h += "<section>\n<h2>\(title): \(items.count)</h2>\n"
            if !items.isEmpty {
                h += "<ul>\n"
                for i in items { h += "<li><strong>\(e(i.id))</strong> \(e(i.text)): \(e(GapReport.responseText(i.before).lowercased())) → \(e(GapReport.responseText(i.after).lowercased()))</li>\n" }
                h += "</ul>\n"
            }
            h += "</section>\n"
        }
        h += "<section>\n<h2>Actions from the earlier report now done</h2>\n"
        if c.actionsDone.isEmpty { h += "<p>None.</p>\n" } else {
            h += "<ul>\n"
            for action in c.actionsDone { h += "<li><strong>\(action.id)</strong> \(e(action.text))</li>\n" }
            h += "</ul>\n"
        }
        h += "</section>\n</main>\n<footer class=\"notice\">\n<p>\(e(Disclaimer.text))</p>\n</footer>\n"
        return HTMLPage.document(title: "Reassessment: \(c.after.framework.title)", body: h)
    }
}

public enum ComparisonJSON {
    public static func render(_ c: Comparison) -> String {
        func score(_ s: Score) -> JSONValue { .object(JSONReport.score(s)) }
        func items(_ list: [Comparison.QuestionChange]) -> JSONValue {
            .array(list.map { .object([("question", .string($0.id)), ("before", $0.before.response.map { .string($0.id) } ?? .null),
                                       ("after", $0.after.response.map { .string($0.id) } ?? .null),
                                       ("pointsBefore", $0.before.points.map { .number(Double($0)) } ?? .null),
                                       ("pointsAfter", $0.after.points.map { .number(Double($0)) } ?? .null)]) })
        }
        let root: JSONValue = .object([
            ("report", .string("equality-comparison")),
            ("before", .object([("framework", .string(c.before.framework.id)), ("version", .string(c.before.framework.version.description)), ("date", .string(c.before.answers.respondent.date))])),
            ("after", .object([("framework", .string(c.after.framework.id)), ("version", .string(c.after.framework.version.description)), ("date", .string(c.after.answers.respondent.date))])),
            ("sameFramework", .bool(c.sameFramework)),
            ("questionsAdded", .array(c.added.map(JSONValue.string))),
            ("questionsRemoved", .array(c.removed.map(JSONValue.string))),
            ("questionsChanged", .array(c.changed.map { .object([("question", .string($0.id)), ("what", .array($0.what.map(JSONValue.string)))]) })),
            ("comparedQuestions", .number(Double(c.common.count))),
            ("overall", .object([("before", score(c.overall.before)), ("after", score(c.overall.after))])),
            ("stages", .array(c.stages.map { .object([("id", .string($0.stage.id)), ("before", score($0.before)), ("after", score($0.after))]) })),
            ("improved", items(c.improved)), ("worsened", items(c.worsened)), ("newlyAnswered", items(c.newlyAnswered)),
            ("legalRisksOpened", items(c.risksOpened)), ("legalRisksClosed", items(c.risksClosed)),
            ("actionsDone", .array(c.actionsDone.map { .string($0.id) })),
        ])
        return JSONWriter.write(root)
    }
}
