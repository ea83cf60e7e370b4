import EqualityCore

/// The aggregate in Markdown, HTML, CSV and JSON. Each renderer only formats an `AggregateReport`:
/// rounding and withholding have already been decided there, and nothing identifying reaches it.
package enum AggregateMarkdown {
    package static func render(_ r: AggregateReport) -> String {
        var md: Markdown = "# \(AggregateText.title(r))\n\n"
        md +=
            "\(AggregateText.framework) \(code: r.framework.id) \(AggregateText.version) \(r.framework.version.description).\n\n"
        md += "> \(r.headline)\n\n"
        if r.outcome == .published {
            md += "## \(AggregateText.overall)\n\n"
            for line in AggregateText.overallLines(r) { md += "- \(line)\n" }
            md += "\n"
            md += "| \(AggregateText.band) | \(AggregateText.respondents) |\n| --- | ---: |\n"
            for (name, cell) in zip(r.bandNames, r.overallBands) { md += "| \(name) | \(cell.text()) |\n" }
            md +=
                "\n## \(AggregateText.stages)\n\n| \(AggregateText.stage) | \(AggregateText.pooledScore) | \(row(r.bandNames)) |\n| --- | ---: |\(rightAligned(r.bandNames.count))\n"
            for s in r.stages {
                md += "| \(s.name) | \(s.pooledPercent.text("%")) | \(row(s.bands.map { $0.text() })) |\n"
            }
            md += "\n\(r.pooledNote)\n"
            md +=
                "\n## \(AggregateText.weakest)\n\n\(say("aggregate.lowest-mean-points", "Lowest mean points (0 to \(r.framework.scale.maxPoints)) among questions with enough answers to show."))\n\n"
            if r.weakest.isEmpty { md += "\(AggregateText.noneShown)\n" }
            for q in r.weakest {
                md += "- **\(q.id)** \(q.text) \(say("aggregate.mean-bracketed", "(mean \(q.meanPoints.text()))"))\n"
            }
            md +=
                "\n## \(AggregateText.questions)\n\n| \(AggregateText.question) | \(AggregateText.stage) | \(AggregateText.scored) | \(AggregateText.meanPoints) | \(AggregateText.legalRisks) | \(row(r.responseLabels)) | \(AggregateText.fullyUnevidenced) |\n"
            md += "| --- | --- | ---: | ---: | ---: |\(rightAligned(r.responseLabels.count + 1))\n"
            for q in r.questions {
                md +=
                    "| \(q.id) | \(r.framework.stageName(q.stage)) | \(q.scored.text()) | \(q.meanPoints.text()) | \(q.isLegalDuty ? "\(q.legalRisk.text()) (\(q.legalRiskShare.text("%")))" : AggregateText.notALegalDuty) | "
                md += "\(row(q.counts.map { $0.text() })) | \(q.unevidenced.text()) |\n"
            }
        }
        md += "\n## \(AggregateText.method)\n\n\(r.methodNote)\n\n\(AggregateText.methodSources)\n\n"
        for source in AggregateReport.methodSources { md += "- \(source)\n" }
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

package enum AggregateHTML {
    package static func render(_ r: AggregateReport) -> String {
        func cell(_ c: AggregateReport.Cell, _ unit: String = "") -> HTML {
            c == .withheld
                ? "<td class=\"na\">\(AggregateText.notShown)</td>" : "<td class=\"num\">\(c.text(unit))</td>"
        }
        var b: HTML = "<header>\n<h1>\(AggregateText.title(r))</h1>\n"
        b +=
            "<p class=\"meta\">\(AggregateText.framework) <code>\(r.framework.id)</code> \(AggregateText.version) \(r.framework.version.description).</p>\n"
        b += "<p class=\"callout\">\(r.headline)</p>\n</header>\n<main>\n"
        if r.outcome == .published {
            b += "<section>\n<h2>\(AggregateText.overall)</h2>\n<ul>\n"
            for line in AggregateText.overallLines(r) { b += "<li>\(line)</li>\n" }
            b += "</ul>\n"
            b +=
                "<table class=\"narrow\">\n<caption>\(say("aggregate.respondents-by-overall-band", "Respondents by overall band"))</caption>\n<thead><tr><th scope=\"col\">\(AggregateText.band)</th><th scope=\"col\" class=\"num\">\(AggregateText.respondents)</th></tr></thead>\n<tbody>\n"
            for (name, c) in zip(r.bandNames, r.overallBands) {
                b += "<tr><th scope=\"row\">\(name)</th>\(cell(c))</tr>\n"
            }
            b +=
                "</tbody>\n</table>\n</section>\n<section>\n<h2>\(AggregateText.stages)</h2>\n<table>\n<caption>\(say("aggregate.pooled-score-by-band-per-stage", "Pooled score and respondents by band, per stage"))</caption>\n<thead><tr><th scope=\"col\">\(AggregateText.stage)</th><th scope=\"col\" class=\"num\">\(AggregateText.pooledScore)</th>"
            for name in r.bandNames { b += "<th scope=\"col\" class=\"num\">\(name)</th>" }
            b += "</tr></thead>\n<tbody>\n"
            for s in r.stages {
                b +=
                    "<tr><th scope=\"row\">\(s.name)</th>\(cell(s.pooledPercent, "%"))\(s.bands.map { cell($0) }.joined())</tr>\n"
            }
            b += "</tbody>\n</table>\n<p class=\"meta\">\(r.pooledNote)</p>\n</section>\n"
            b += "<section>\n<h2>\(AggregateText.weakest)</h2>\n"
            if r.weakest.isEmpty {
                b += "<p>\(AggregateText.noneShown)</p>\n"
            } else {
                b += "<ol>\n"
                for q in r.weakest {
                    b +=
                        "<li><strong>\(q.id)</strong> \(q.text) \(say("aggregate.mean-of", "(mean \(q.meanPoints.text()) of \(r.framework.scale.maxPoints))"))</li>\n"
                }
                b += "</ol>\n"
            }
            b +=
                "</section>\n<section class=\"landscape\">\n<h2>\(AggregateText.questions)</h2>\n<table class=\"matrix\">\n<caption>\(say("aggregate.responses-per-question", "Responses per question (published counts)"))</caption>\n<thead><tr><th scope=\"col\">\(AggregateText.question)</th><th scope=\"col\" class=\"num\">\(AggregateText.scored)</th><th scope=\"col\" class=\"num\">\(AggregateText.meanPoints)</th><th scope=\"col\" class=\"num\">\(AggregateText.legalRisks)</th>"
            for label in r.responseLabels { b += "<th scope=\"col\" class=\"num\">\(label)</th>" }
            b += "<th scope=\"col\" class=\"num\">\(AggregateText.fullyUnevidenced)</th></tr></thead>\n<tbody>\n"
            for q in r.questions {
                b += "<tr><th scope=\"row\">\(q.id)</th>\(cell(q.scored))\(cell(q.meanPoints))"
                b +=
                    q.isLegalDuty
                    ? "<td class=\"num\">\(q.legalRisk.text()) (\(q.legalRiskShare.text("%")))</td>"
                    : "<td>\(AggregateText.notALegalDuty)</td>"
                b += "\(q.counts.map { cell($0) }.joined())\(cell(q.unevidenced))</tr>\n"
            }
            b += "</tbody>\n</table>\n</section>\n"
        }
        b +=
            "<section>\n<h2>\(AggregateText.method)</h2>\n<p>\(r.methodNote)</p>\n<p>\(AggregateText.methodSources)</p>\n<ul>\n"
        for source in AggregateReport.methodSources { b += "<li>\(source)</li>\n" }
        b += "</ul>\n</section>\n</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        return HTMLPage.document(title: AggregateText.title(r), body: b, extraCSS: HTMLPage.reportStylesheet)
    }
}

/// One row per question; empty when nothing can be published.
package enum AggregateCSV {
    package static func render(_ r: AggregateReport) -> String {
        var csv =
            CSVText.byteOrderMark
            + CSVText.row(
                ["question", "stage", "scored", "mean_points", "legal_risks", "legal_risk_percent"]
                    + r.responseKeys.map { "count_\($0)" } + ["count_fully_without_evidence"])
        for q in r.questions {
            csv += CSVText.row(
                [
                    q.id, q.stage, q.scored.text(), q.meanPoints.text(), q.isLegalDuty ? q.legalRisk.text() : "",
                    q.isLegalDuty ? q.legalRiskShare.text() : "",
                ] + q.counts.map { $0.text() } + [q.unevidenced.text()])
        }
        return csv
    }
}

package enum AggregateJSON {
    package static func render(_ r: AggregateReport) -> String {
        let outcome: String
        switch r.outcome {
        case .published: outcome = "published"
        case .tooFew: outcome = "too-few"
        case .unsafe: outcome = "unsafe"
        }
        let bands = { (cells: [AggregateReport.Cell]) -> JSONValue in
            .array(zip(r.framework.bands, cells).map { .object([("id", .string($0.id)), ("respondents", $1.json)]) })
        }
        let root: JSONValue = .object([
            ("report", .string("equality-aggregate")), ("language", .string(Language.current.tag)),
            (
                "framework",
                .object([
                    ("id", .string(r.framework.id)), ("version", .string(r.framework.version.description)),
                    ("sha256", .string(r.framework.sha256)),
                ])
            ),
            ("outcome", .string(outcome)),
            ("headline", .string(r.headline)),
            ("minCount", .number(Double(r.minCount))),
            (
                "disclosureControl",
                .object([
                    ("method", .string("cell-key")),
                    ("maximumChange", .number(Double(CellKeyPerturbation.maximumChange))),
                    ("roundingBase", .number(Double(CellKeyPerturbation.base))),
                    ("zerosStayZero", .bool(true)),
                ])
            ),
            ("filesRead", r.filesRead.json), ("filesUsed", r.filesUsed.json),
            ("filesDuplicate", r.filesDuplicate.json), ("filesLeftOut", r.filesLeftOut.json),
            ("pooledOverallPercent", r.pooledOverall.json),
            ("respondentsWithLegalRisk", r.legalRiskRespondents.json),
            ("respondentsWithLegalRiskPercent", r.legalRiskShare.json),
            ("bands", r.outcome == .published ? bands(r.overallBands) : .array([])),
            (
                "stages",
                .array(
                    r.outcome == .published
                        ? r.stages.map { s in
                            .object([
                                ("id", .string(s.id)), ("pooledPercent", s.pooledPercent.json),
                                ("bands", bands(s.bands)),
                            ])
                        } : [])
            ),
            ("weakest", .array(r.weakest.map { .string($0.id) })),
            (
                "questions",
                .array(
                    r.questions.map { q in
                        .object([
                            ("id", .string(q.id)), ("stage", .string(q.stage)), ("scored", q.scored.json),
                            ("meanPoints", q.meanPoints.json),
                            ("legalRisks", q.isLegalDuty ? q.legalRisk.json : .null),
                            ("legalRiskPercent", q.isLegalDuty ? q.legalRiskShare.json : .null),
                            ("responses", .object(zip(r.responseKeys, q.counts).map { ($0, $1.json) })),
                            ("fullyWithoutEvidence", q.unevidenced.json),
                        ])
                    })
            ),
            ("method", .string(r.methodNote)),
            ("methodSources", .array(AggregateReport.methodSources.map { .string($0) })),
        ])
        return JSONWriter.write(root)
    }
}

extension AggregateReport.Cell {
    /// A number, or the string "withheld".
    var json: JSONValue {
        switch self {
        case .count(let v): return .number(Double(v))
        case .measure(let v): return .number(v)
        case .withheld: return .string("withheld")
        }
    }
}
