import EqualityCore

/// Writes a `ReportDocument` as GitHub-flavoured Markdown: blocks separated by a blank line,
/// tables one row to a line, every span escaped.
enum MarkdownWriter {
    static func render(_ d: ReportDocument) -> String {
        var parts: [Markdown] = ["# \(d.title)\n"]
        parts += blocks(d.head)
        if let label = d.contentsLabel { parts.append(contents(label, d.sections)) }
        for section in d.sections {
            if let title = section.title { parts.append("## \(title)\n") }
            parts += blocks(section.blocks)
        }
        parts += ["---\n", "\(d.closing)\n"]
        return parts.joined(separator: "\n").text
    }

    /// A contents line linking each section (the anchors GitHub and most viewers give headings).
    static func contents(_ label: String, _ sections: [Section]) -> Markdown {
        // A slug holds only letters, digits and hyphens (see `anchor`), so it goes in as it is.
        let links = sections.compactMap(\.title).map { t -> Markdown in "[\(t)](#\(Markdown(trusted: anchor(t))))" }
        return "**\(label):** \(links.joined(separator: " · "))\n"
    }

    /// The anchor GitHub gives a heading: lower case, spaces to hyphens, other punctuation
    /// dropped; letters outside ASCII (Welsh ŵ and ŷ) kept, as GitHub keeps them. Only letters,
    /// digits and hyphens survive, so framework text cannot break the link.
    static func anchor(_ heading: String) -> String {
        String(
            heading.lowercased().unicodeScalars.compactMap { c -> Character? in
                if c == " " || c == "-" { return "-" }
                let letter = c.properties.isAlphabetic && c.properties.generalCategory != .otherLetter
                let digit = c.isASCII && c.properties.numericType != nil
                return letter || digit ? Character(c) : nil
            })
    }

    /// Each block as lines ending in a line break; an empty paragraph as nothing, which leaves an
    /// extra blank line between its neighbours.
    static func blocks(_ blocks: [Block]) -> [Markdown] {
        var parts: [Markdown] = []
        for block in blocks {
            switch block {
            case .heading(let level, let text, _):
                parts.append(Markdown(trusted: String(repeating: "#", count: level)) + " \(line(text))\n")
            case .paragraph(let text, let kind):
                if text.isEmpty {
                    parts.append("")
                } else {
                    parts.append(kind == .callout ? "> \(line(text))\n" : "\(line(text))\n")
                }
            case .bullets(let items):
                parts.append(items.map { "- \(line($0))\n" }.joined())
            case .table(let t): parts.append(table(t))
            case .stageChart(let stages, _):
                parts.append(
                    stages.map { s -> Markdown in
                        "- \(s.stage.name): \(Wording.scoreText(s.score)) \(code: Wording.barText(s.score.percent))\n"
                    }.joined())
            case .facts(let f):
                var md: Markdown = "| | |\n| --- | --- |\n"
                for fact in f.facts where fact.formats.contains(.markdown) {
                    md += "| \(fact.label) | \(line(fact.value)) |\n"
                }
                parts.append(md)
            case .rule: parts.append("---\n")
            case .lineChart: break  // the table beside it carries the numbers
            case .only(let formats, let inner):
                if formats.contains(.markdown) { parts += self.blocks(inner) }
            }
        }
        return parts
    }

    static func table(_ t: Table) -> Markdown {
        var md = row(t.columns.map { Line($0.header) })
        md += "| \(t.columns.map { Markdown(trusted: $0.numeric ? "---:" : "---") }.joined(separator: " | ")) |\n"
        for cells in t.rows { md += row(cells) }
        if t.rows.isEmpty, let empty = t.empty {
            md += row([""] + [empty] + Array(repeating: "", count: max(0, t.columns.count - 2)))
        }
        return md
    }

    /// `| a | b |`, with an empty cell as `| |`.
    static func row(_ cells: [Line]) -> Markdown {
        cells.map { $0.isEmpty ? "| " : "| \(line($0)) " }.joined() + "|\n"
    }

    static func line(_ l: Line) -> Markdown {
        l.spans.map { s -> Markdown in
            switch s.style {
            case .plain, .meta, .risk: return "\(s.text)"
            case .strong, .status: return "**\(s.text)**"
            case .emphasis: return "*\(s.text)*"
            case .code, .hash: return "\(code: s.text)"
            case .typed: return "\(cell: s.text)"
            case .lineBreak: return "<br>"
            }
        }.joined()
    }
}
