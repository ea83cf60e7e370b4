import EqualityCore

/// Writes a `ReportDocument` as Word blocks (`OfficeBlock`), which `WordDocument` turns into a
/// .docx: the title, the title block as a table, each section under a first-level heading.
enum WordWriter {
    static func blocks(_ d: ReportDocument) -> [OfficeBlock] {
        var b: [OfficeBlock] = [.heading(0, d.title)] + blocks(d.head)
        for s in d.sections { b += (s.title.map { [.heading(1, $0)] } ?? []) + blocks(s.blocks) }
        return b + [.text(d.closing)]
    }

    static func blocks(_ blocks: [Block]) -> [OfficeBlock] {
        var b: [OfficeBlock] = []
        for block in blocks {
            switch block {
            case .heading(let level, let text, _): b.append(.heading(max(2, level - 1), text.plainText))
            case .paragraph(let text, _): if !text.isEmpty { b.append(.paragraph(runs(text))) }
            case .bullets(let items): b += items.map { .bullet(runs($0)) }
            case .table(let t): b.append(.table(table(t)))
            case .stageChart(let stages, _):
                b.append(
                    .bars(
                        stages.map {
                            .init(label: $0.stage.name, percent: $0.score.percent, text: Wording.scoreText($0.score))
                        }))
            case .facts(let f):
                b.append(
                    .table(
                        .init(
                            caption: f.caption, header: f.header,
                            rows: f.facts.filter { $0.formats.contains(.word) }.map { [$0.label, $0.value.plainText] },
                            widths: [28, 72])))
            case .rule, .lineChart: break
            case .only(let formats, let inner):
                if formats.contains(.word) { b += self.blocks(inner) }
            }
        }
        return b
    }

    static func table(_ t: Table) -> OfficeBlock.Table {
        var rows = t.rows.map { $0.map(\.plainText) }
        if rows.isEmpty, let empty = t.empty {
            rows = [[""] + [empty.plainText] + Array(repeating: "", count: max(0, t.columns.count - 2))]
        }
        return .init(
            caption: t.caption, header: t.columns.map(\.header), rows: rows, widths: t.columns.map(\.width),
            shading: t.shading, dashed: t.dashed, writeIn: t.writeIn)
    }

    /// Bold spans stay bold; every other style is plain text in Word.
    static func runs(_ l: Line) -> [OfficeBlock.Run] {
        l.spans.map { s in
            switch s.style {
            case .strong, .status: return .init(text: s.text, bold: true)
            default: return .init(text: s.text)
            }
        }
    }
}
