import EqualityCore

/// The aggregate in Markdown, HTML, CSV and JSON. Each renderer only formats an `AggregateReport`;
/// suppression has already been decided there.
public enum AggregateMarkdown {
    public static func render(_ r: AggregateReport) -> String {
        var md: Markdown = "# Aggregate: \(r.framework.title)\n\n"
        md +=
            "Framework \(code: r.framework.id) version \(r.framework.version.description). Answer files read: \(r.result.files); used: \(r.respondents.text()); left out: \(r.result.excluded.count).\n\n"
        md += "> \(r.suppressionNote)\n\n## Overall\n\n"
        md +=
            "- Mean overall score: \(r.meanOverall.text("%"))\n- Respondents with at least one legal risk: \(r.legalRiskShare.text("%"))\n\n"
        md += "| Band | Respondents |\n| --- | ---: |\n"
        for (name, cell) in zip(r.bandNames, r.overallBands) { md += "| \(name) | \(cell.text()) |\n" }
        md +=
            "\n## Stages\n\n| Stage | Mean score | \(row(r.bandNames)) |\n| --- | ---: |\(rightAligned(r.bandNames.count))\n"
        for s in r.stages { md += "| \(s.name) | \(s.meanPercent.text("%")) | \(row(s.bands.map { $0.text() })) |\n" }
        md +=
            "\n## Weakest questions\n\nLowest mean points (0 to \(r.framework.scale.maxPoints)) among questions with enough respondents to show.\n\n"
        if r.weakest.isEmpty { md += "None can be shown.\n" }
        for q in r.weakest { md += "- **\(q.id)** \(q.text) (mean \(q.meanPoints.text()))\n" }
        md +=
            "\n## Questions\n\n| Question | Stage | Scored | Mean points | Legal-risk share | \(row(r.responseLabels)) |\n"
        md += "| --- | --- | ---: | ---: | ---: |\(rightAligned(r.responseLabels.count))\n"
        for q in r.questions {
            md +=
                "| \(q.id) | \(r.framework.stageName(q.stage)) | \(q.scored.text()) | \(q.meanPoints.text()) | \(q.isLegalDuty ? q.legalRiskShare.text("%") : "not a legal duty") | "
            md += "\(row(q.counts.map { $0.text() })) |\n"
        }
        md += "\n## Files left out\n\n"
        if r.result.excluded.isEmpty { md += "None.\n" }
        for x in r.result.excluded {
            md += "- `\(x.file)`: \(x.diagnostics.map(\.placeAndMessage).joined(separator: "; "))\n"
        }
        md += "\n---\n\n\(Disclaimer.text)\n"
        return md.text
    }

    /// Table cells, each escaped, separated by pipes.
    static func row(_ cells: [String]) -> Markdown {
        cells.map { cell -> Markdown in "\(cell)" }.joined(separator: " | ")
    }

    /// `count` right-aligned column rules.
    static func rightAligned(_ count: Int) -> Markdown {
        Array(repeating: Markdown(" ---: |"), count: count).joined()
    }
}

public enum AggregateHTML {
    public static func render(_ r: AggregateReport) -> String {
        func cell(_ c: AggregateReport.Cell, _ unit: String = "") -> HTML {
            c == .suppressed ? "<td class=\"na\">suppressed</td>" : "<td class=\"num\">\(c.text(unit))</td>"
        }
        var b: HTML = "<header>\n<h1>Aggregate: \(r.framework.title)</h1>\n"
        b +=
            "<p class=\"meta\">Framework <code>\(r.framework.id)</code> version \(r.framework.version.description). Answer files read: \(r.result.files); used: \(r.respondents.text()); left out: \(r.result.excluded.count).</p>\n"
        b += "<p class=\"callout\">\(r.suppressionNote)</p>\n</header>\n<main>\n<section>\n<h2>Overall</h2>\n<ul>\n"
        b +=
            "<li>Mean overall score: \(r.meanOverall.text("%"))</li>\n<li>Respondents with at least one legal risk: \(r.legalRiskShare.text("%"))</li>\n</ul>\n"
        b +=
            "<table class=\"narrow\">\n<caption>Respondents by overall band</caption>\n<thead><tr><th scope=\"col\">Band</th><th scope=\"col\" class=\"num\">Respondents</th></tr></thead>\n<tbody>\n"
        for (name, c) in zip(r.bandNames, r.overallBands) { b += "<tr><th scope=\"row\">\(name)</th>\(cell(c))</tr>\n" }
        b +=
            "</tbody>\n</table>\n</section>\n<section>\n<h2>Stages</h2>\n<table>\n<caption>Mean score and respondents by band, per stage</caption>\n<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\" class=\"num\">Mean score</th>"
        for name in r.bandNames { b += "<th scope=\"col\" class=\"num\">\(name)</th>" }
        b += "</tr></thead>\n<tbody>\n"
        for s in r.stages {
            b +=
                "<tr><th scope=\"row\">\(s.name)</th>\(cell(s.meanPercent, "%"))\(s.bands.map { cell($0) }.joined())</tr>\n"
        }
        b += "</tbody>\n</table>\n</section>\n<section>\n<h2>Weakest questions</h2>\n"
        if r.weakest.isEmpty {
            b += "<p>None can be shown.</p>\n"
        } else {
            b += "<ol>\n"
            for q in r.weakest {
                b +=
                    "<li><strong>\(q.id)</strong> \(q.text) (mean \(q.meanPoints.text()) of \(r.framework.scale.maxPoints))</li>\n"
            }
            b += "</ol>\n"
        }
        b +=
            "</section>\n<section class=\"landscape\">\n<h2>Questions</h2>\n<table class=\"matrix\">\n<caption>Responses per question</caption>\n<thead><tr><th scope=\"col\">Question</th><th scope=\"col\" class=\"num\">Scored</th><th scope=\"col\" class=\"num\">Mean points</th><th scope=\"col\" class=\"num\">Legal-risk share</th>"
        for label in r.responseLabels { b += "<th scope=\"col\" class=\"num\">\(label)</th>" }
        b += "</tr></thead>\n<tbody>\n"
        for q in r.questions {
            b += "<tr><th scope=\"row\">\(q.id)</th>\(cell(q.scored))\(cell(q.meanPoints))"
            b += q.isLegalDuty ? cell(q.legalRiskShare, "%") : "<td>not a legal duty</td>"
            b += "\(q.counts.map { cell($0) }.joined())</tr>\n"
        }
        b += "</tbody>\n</table>\n</section>\n<section>\n<h2>Files left out</h2>\n"
        if r.result.excluded.isEmpty {
            b += "<p>None.</p>\n"
        } else {
            b += "<ul>\n"
            for x in r.result.excluded {
                b +=
                    "<li><code>\(x.file)</code>: \(x.diagnostics.map(\.placeAndMessage).joined(separator: "; "))</li>\n"
            }
            b += "</ul>\n"
        }
        b += "</section>\n</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        return HTMLPage.document(title: "Aggregate: \(r.framework.title)", body: b, extraCSS: HTMLPage.reportStylesheet)
    }
}

public enum AggregateCSV {
    public static func render(_ r: AggregateReport) -> String {
        var csv = CSVText.row(
            ["question", "stage", "scored", "mean_points", "legal_risk_share_percent"]
                + r.result.tally.responseKeys.map { "count_\($0)" })
        for q in r.questions {
            csv += CSVText.row(
                [q.id, q.stage, q.scored.text(), q.meanPoints.text(), q.isLegalDuty ? q.legalRiskShare.text() : ""]
                    + q.counts.map { $0.text() })
        }
        return csv
    }
}

public enum AggregateJSON {
    public static func render(_ r: AggregateReport) -> String {
        let root: JSONValue = .object([
            ("report", .string("equality-aggregate")),
            (
                "framework",
                .object([
                    ("id", .string(r.framework.id)), ("version", .string(r.framework.version.description)),
                    ("sha256", .string(r.framework.sha256)),
                ])
            ),
            ("minCount", .number(Double(r.minCount))),
            ("files", .number(Double(r.result.files))),
            ("respondents", r.respondents.json),
            ("meanOverallPercent", r.meanOverall.json),
            ("respondentsWithLegalRiskPercent", r.legalRiskShare.json),
            (
                "bands",
                .array(
                    zip(r.framework.bands, r.overallBands).map {
                        .object([("id", .string($0.id)), ("respondents", $1.json)])
                    })
            ),
            (
                "stages",
                .array(
                    r.stages.map { s in
                        .object([
                            ("id", .string(s.id)), ("meanPercent", s.meanPercent.json),
                            (
                                "bands",
                                .array(
                                    zip(r.framework.bands, s.bands).map {
                                        .object([("id", .string($0.id)), ("respondents", $1.json)])
                                    })
                            ),
                        ])
                    })
            ),
            ("weakest", .array(r.weakest.map { .string($0.id) })),
            (
                "questions",
                .array(
                    r.questions.map { q in
                        .object([
                            ("id", .string(q.id)), ("stage", .string(q.stage)), ("scored", q.scored.json),
                            ("meanPoints", q.meanPoints.json),
                            ("legalRiskSharePercent", q.isLegalDuty ? q.legalRiskShare.json : .null),
                            ("responses", .object(zip(r.result.tally.responseKeys, q.counts).map { ($0, $1.json) })),
                        ])
                    })
            ),
            (
                "excluded",
                .array(
                    r.result.excluded.map { x in
                        .object([
                            ("file", .string(x.file)),
                            ("errors", .array(x.diagnostics.map { .string($0.placeAndMessage) })),
                        ])
                    })
            ),
            ("suppression", .string(r.suppressionNote)),
        ])
        return JSONWriter.write(root)
    }
}

extension AggregateReport.Cell {
    /// A number, or the string "suppressed".
    var json: JSONValue {
        switch self {
        case .value(let v), .measure(let v): return .number(v)
        case .suppressed: return .string("suppressed")
        }
    }
}
