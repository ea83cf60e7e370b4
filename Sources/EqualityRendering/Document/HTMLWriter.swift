import EqualityCore

/// Writes a `ReportDocument` as the body of a printable HTML page: a header with the title block,
/// a contents line, one `<section>` per section, captioned tables with header scopes, and the
/// closing notice in the footer. `HTMLPage` wraps it with the stylesheet.
enum HTMLWriter {
    static func body(_ d: ReportDocument) -> HTML {
        var b: HTML = "<header>\n<h1>\(d.title)</h1>\n\(blocks(d.head))</header>\n<main>\n"
        if let label = d.contentsLabel {
            let links = d.sections.compactMap { s -> HTML? in s.title.map { "<a href=\"#\(s.id)\">\($0)</a>" } }
            b +=
                "<nav class=\"contents\" aria-label=\"\(label)\"><p><strong>\(label):</strong> \(links.joined(separator: " · "))</p></nav>\n"
        }
        for s in d.sections {
            let cls = s.htmlClass.map { HTML(" class=\"\($0)\"") } ?? ""
            let heading = s.title.map { t -> HTML in "<h2>\(content(t))</h2>\n" } ?? ""
            b += "<section id=\"\(s.id)\"\(cls)>\n\(heading)\(blocks(s.blocks))</section>\n"
        }
        return b + "</main>\n<footer class=\"notice\">\n<p>\(d.closing)</p>\n</footer>\n"
    }

    static func blocks(_ list: [Block]) -> HTML {
        var b: HTML = ""
        for block in list {
            switch block {
            case .heading(let level, let text, let id):
                let tag = HTML(trusted: "h\(min(max(level, 3), 4))")
                let anchor = id.map { HTML(" id=\"\($0)\"") } ?? ""
                b += "<\(tag)\(anchor)>\(line(text))</\(tag)>\n"
            case .paragraph(let text, let kind):
                guard !text.isEmpty else { continue }
                switch kind {
                case .plain: b += "<p>\(line(text))</p>\n"
                case .callout: b += "<p class=\"callout\">\(line(text))</p>\n"
                case .meta: b += "<p class=\"meta\">\(line(text))</p>\n"
                case .overall: b += "<p class=\"overall\">\(line(text))</p>\n"
                }
            case .bullets(let items):
                b += "<ul>\n\(items.map { item -> HTML in "<li>\(line(item))</li>\n" }.joined())</ul>\n"
            case .table(let t): b += table(t)
            case .stageChart(let stages, let bands): b += StageChart.svg(stages, bands: bands)
            case .lineChart(let chart): b += LineChartSVG.svg(chart)
            case .facts(let f): b += facts(f)
            case .rule: b += "<hr>\n"
            case .only(let formats, let inner):
                if formats.contains(.html) { b += blocks(inner) }
            }
        }
        return b
    }

    /// Two facts to a row, so the summary starts high on page 1; the rest a row each.
    static func facts(_ f: Facts) -> HTML {
        let shown = f.facts.filter { $0.formats.contains(.html) }
        func fact(_ label: String) -> Facts.Fact? { shown.first { $0.label == label } }
        var b: HTML = "<table class=\"titleblock\">\n<caption>\(f.caption)</caption>\n<tbody>\n"
        var paired: Set<String> = []
        for (left, right) in f.htmlPairs {
            guard let l = fact(left), let r = fact(right) else { continue }
            paired.formUnion([left, right])
            b +=
                "<tr><th scope=\"row\">\(l.label)</th><td>\(line(l.value))</td><th scope=\"row\">\(r.label)</th><td>\(line(r.value))</td></tr>\n"
        }
        // A fact on its own spans the pairs' columns; with no pairs there are only two columns.
        let span: HTML = paired.isEmpty ? "" : " colspan=\"3\""
        for fact in shown where !paired.contains(fact.label) {
            b += "<tr><th scope=\"row\">\(fact.label)</th><td\(span)>\(line(fact.value))</td></tr>\n"
        }
        return b + "</tbody>\n</table>\n"
    }

    static func table(_ t: Table) -> HTML {
        let cls = t.htmlClass.map { HTML(" class=\"\($0)\"") } ?? ""
        let caption: HTML =
            t.captionShown
            ? "<caption>\(t.caption)</caption>" : "<caption class=\"visually-hidden\">\(t.caption)</caption>"
        var b: HTML = "<table\(cls)>\n\(caption)\n<thead><tr>"
        for c in t.columns {
            let classes = [c.htmlClass, c.numeric ? "num" : nil].compactMap { $0 }
            let attribute = classes.isEmpty ? "" : HTML(" class=\"\(classes.joined(separator: " "))\"")
            b += "<th scope=\"col\"\(attribute)>\(c.header)</th>"
        }
        b += "</tr></thead>\n<tbody>\n"
        for (r, cells) in t.rows.enumerated() {
            b += "<tr>"
            for (i, cell) in cells.enumerated() {
                let given = r < t.cellClasses.count && i < t.cellClasses[r].count ? t.cellClasses[r][i] : nil
                let cls = given ?? (i < t.columns.count && t.columns[i].numeric ? "num" : nil)
                let attribute = cls.map { HTML(" class=\"\($0)\"") } ?? ""
                b +=
                    i == 0 && t.rowHeaders
                    ? "<th scope=\"row\"\(attribute)>\(line(cell))</th>" : "<td\(attribute)>\(line(cell))</td>"
            }
            b += "</tr>\n"
        }
        if t.rows.isEmpty, let empty = t.empty {
            b += "<tr><td colspan=\"\(t.columns.count)\">\(line(empty))</td></tr>\n"
        }
        return b + "</tbody>\n</table>\n"
    }

    /// Text in element content, escaped for it: quotes need no escaping there, so the tool's own
    /// words ("Don't know") keep their apostrophes.
    static func content(_ text: String) -> HTML {
        HTML(trusted: HTMLEscaping.escape(text).replacingEvery("&#39;", with: "'"))
    }

    static func line(_ l: Line) -> HTML {
        l.spans.map { s -> HTML in
            switch s.style {
            case .plain: return "\(s.text)"
            case .strong: return s.own ? "<strong>\(content(s.text))</strong>" : "<strong>\(s.text)</strong>"
            case .emphasis: return "<em>\(s.text)</em>"
            case .code: return "<code>\(s.text)</code>"
            case .hash: return "<code class=\"hash\">\(s.text)</code>"
            case .meta: return "<span class=\"meta\">\(s.text)</span>"
            case .risk: return "<span class=\"risk\">\(s.text)</span>"
            case .typed: return "\(multiline: s.text)"
            case .lineBreak: return "<br>"
            case .status(let id): return "<strong class=\"status-\(id)\">\(s.text)</strong>"
            }
        }.joined()
    }
}
