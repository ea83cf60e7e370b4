import EqualityCore

/// A .docx written by the tool: WordprocessingML parts in a stored ZIP. Real heading styles (so
/// the navigation pane and a generated table of contents work), tables with a repeated header
/// row, A4 pages with 2 cm margins, UK English as the language, a footer with the page number and
/// the report's status, and the title, subject, organisation and date as document properties.
/// Deterministic: the same blocks give the same bytes.
enum WordDocument {
    struct Properties {
        var title: String
        var subject: String
        var organisation: String
        /// YYYY-MM-DD, or nil.
        var date: String?
        var footer: String
    }

    static let textWidth = 11906 - 2 * 1134

    static func render(_ blocks: [OfficeBlock], _ p: Properties) -> [UInt8] {
        var body = XMLText()
        for block in blocks { write(block, into: &body) }
        if body.replaced > 0 {
            write(
                .text(
                    "\(body.replaced) character\(body.replaced == 1 ? "" : "s") that a Word document cannot hold (control characters) \(body.replaced == 1 ? "was" : "were") replaced with �."
                ), into: &body)
        }
        var document = XMLText()
        document +=
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:body>"
        document += body
        document +=
            "<w:sectPr><w:footerReference w:type=\"default\" r:id=\"rIdFooter\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>"
        var footer = XMLText()
        footer +=
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:ftr xmlns:w=\"\(w)\" xmlns:r=\"\(r)\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(p.footer)</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(say("page.page", "Page "))</w:t></w:r><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\">\(say("page.of", " of "))</w:t></w:r><w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>"
        var core = XMLText()
        core +=
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>\(p.title)</dc:title><dc:subject>\(p.subject)</dc:subject><dc:creator>\(p.organisation)</dc:creator><dc:language>\(Language.current.bcp47)</dc:language>"
        if let date = p.date, ReportDate.isValid(date) {
            core +=
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(date)T00:00:00Z</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(date)T00:00:00Z</dcterms:modified>"
        }
        core += "</cp:coreProperties>"
        var app = XMLText()
        app +=
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>equality-assess</Application><Company>\(p.organisation)</Company></Properties>"
        return ZipArchive.archive([
            .init(name: "[Content_Types].xml", bytes: Array(contentTypes.utf8)),
            .init(name: "_rels/.rels", bytes: Array(packageRels.utf8)),
            .init(name: "docProps/core.xml", bytes: Array(core.text.utf8)),
            .init(name: "docProps/app.xml", bytes: Array(app.text.utf8)),
            .init(name: "word/document.xml", bytes: Array(document.text.utf8)),
            .init(name: "word/styles.xml", bytes: Array(styles.utf8)),
            .init(name: "word/settings.xml", bytes: Array(settings.utf8)),
            .init(name: "word/footer1.xml", bytes: Array(footer.text.utf8)),
            .init(name: "word/_rels/document.xml.rels", bytes: Array(documentRels.utf8)),
        ])
    }

    static func runs(_ runs: [OfficeBlock.Run], into x: inout XMLText) {
        for run in runs {
            let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            x += run.bold ? "<w:r><w:rPr><w:b/></w:rPr>" : "<w:r>"
            for (i, line) in lines.enumerated() {
                if i > 0 { x += "<w:br/>" }
                x += "<w:t xml:space=\"preserve\">\(String(line))</w:t>"
            }
            x += "</w:r>"
        }
    }

    static func paragraph(_ style: String?, _ content: [OfficeBlock.Run], into x: inout XMLText) {
        x += "<w:p>"
        if let style { x += "<w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr>" }
        runs(content, into: &x)
        x += "</w:p>"
    }

    static func write(_ block: OfficeBlock, into x: inout XMLText) {
        switch block {
        case .heading(let level, let text):
            paragraph(level == 0 ? "Title" : "Heading\(min(level, 3))", [.init(text: text)], into: &x)
        case .paragraph(let content): paragraph(nil, content, into: &x)
        case .bullet(let content): paragraph("ListBullet", [.init(text: "• ")] + content, into: &x)
        case .table(let table): self.table(table, into: &x)
        case .bars(let bars): self.bars(bars, into: &x)
        }
    }

    static func table(_ t: OfficeBlock.Table, into x: inout XMLText) {
        paragraph("Caption", [.init(text: t.caption)], into: &x)
        let widths = columnWidths(t)
        x +=
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/><w:tblCaption w:val=\"\(t.caption)\"/></w:tblPr><w:tblGrid>"
        for width in widths { x += "<w:gridCol w:w=\"\(width)\"/>" }
        x += "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for (i, cell) in t.header.enumerated() {
            self.cell(cell, width: widths[i], fill: "F2F2F2", bold: true, into: &x)
        }
        x += "</w:tr>"
        for (r, row) in t.rows.enumerated() {
            x +=
                t.writeIn
                ? "<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val=\"680\"/></w:trPr>"
                : "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            for (i, cell) in row.enumerated() {
                let fill = r < t.shading.count && i < t.shading[r].count ? t.shading[r][i] : nil
                let dashed = r < t.dashed.count && i < t.dashed[r].count && t.dashed[r][i]
                self.cell(
                    cell, width: widths[min(i, widths.count - 1)], fill: fill, bold: false, dashed: dashed, into: &x)
            }
            x += "</w:tr>"
        }
        x += "</w:tbl>"
        paragraph(nil, [], into: &x)
    }

    /// Column widths in twips: the table's shares of the text width, except that no column is
    /// narrower than its widest word (9 pt table text, bold in the header, plus the cell margins),
    /// so Word and LibreOffice never split a word such as "Priority" or an ID such as "A-NA-09".
    /// The room a column needs is taken from the columns with the most to spare.
    static func columnWidths(_ t: OfficeBlock.Table) -> [Int] {
        var widths = t.widths.map { textWidth * $0 / 100 }
        let margins = 2 * 108 + 40
        var needed = widths.indices.map { i -> Int in
            let header = i < t.header.count ? FontMetrics.widestWord(t.header[i], points: 9, bold: true) : 0
            let cells = t.rows.map { i < $0.count ? FontMetrics.widestWord($0[i], points: 9) : 0 }.max() ?? 0
            return Int((max(header, cells) * 20).rounded(.up)) + margins
        }
        // Words too wide for the whole table cannot all fit: keep the shares.
        guard needed.reduce(0, +) <= textWidth else { return widths }
        for i in widths.indices where widths[i] < needed[i] {
            var short = needed[i] - widths[i]
            widths[i] = needed[i]
            while short > 0 {
                guard
                    let donor = widths.indices.filter({ $0 != i && widths[$0] > needed[$0] }).max(by: {
                        widths[$0] - needed[$0] < widths[$1] - needed[$1]
                    })
                else { break }
                let give = min(short, widths[donor] - needed[donor])
                widths[donor] -= give
                short -= give
            }
            needed[i] = widths[i]
        }
        return widths
    }

    static func cell(
        _ text: String, width: Int, fill: String?, bold: Bool, dashed: Bool = false, into x: inout XMLText
    ) {
        x += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if dashed {
            x += "<w:tcBorders>"
            for side in ["top", "left", "bottom", "right"] {
                x += "<w:\(side) w:val=\"dashed\" w:sz=\"12\" w:space=\"0\" w:color=\"333333\"/>"
            }
            x += "</w:tcBorders>"
        }
        if let fill { x += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>" }
        x += "</w:tcPr>"
        paragraph("TableText", [.init(text: text, bold: bold)], into: &x)
        x += "</w:tc>"
    }

    /// The stage chart as a native table: each bar a shaded cell whose width is the score.
    static func bars(_ bars: [OfficeBlock.Bar], into x: inout XMLText) {
        let label = textWidth * 30 / 100
        let bar = textWidth * 45 / 100
        let value = textWidth - label - bar
        x +=
            "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblCaption w:val=\"\(say("chart.score-by-stage", "Score by stage"))\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"\(label)\"/><w:gridCol w:w=\"\(bar)\"/><w:gridCol w:w=\"\(value)\"/></w:tblGrid>"
        for b in bars {
            x += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            cell(b.label, width: label, fill: nil, bold: false, into: &x)
            x += "<w:tc><w:tcPr><w:tcW w:w=\"\(bar)\" w:type=\"dxa\"/></w:tcPr>"
            let filled = max(1, Int(Double(bar - 200) * (b.percent ?? 0) / 100))
            x +=
                "<w:tbl><w:tblPr><w:tblW w:w=\"\(bar - 200)\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:color=\"4D4D4D\"/><w:left w:val=\"single\" w:sz=\"4\" w:color=\"4D4D4D\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:color=\"4D4D4D\"/><w:right w:val=\"single\" w:sz=\"4\" w:color=\"4D4D4D\"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"\(filled)\"/><w:gridCol w:w=\"\(max(1, bar - 200 - filled))\"/></w:tblGrid><w:tr>"
            cell("", width: filled, fill: b.percent == nil ? nil : "0B4F8A", bold: false, into: &x)
            cell("", width: max(1, bar - 200 - filled), fill: nil, bold: false, into: &x)
            x += "</w:tr></w:tbl><w:p/></w:tc>"
            cell(b.text, width: value, fill: nil, bold: false, into: &x)
            x += "</w:tr>"
        }
        x += "</w:tbl>"
        paragraph(nil, [], into: &x)
    }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
        """

    static let packageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>
        """

    static let documentRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>
        """

    static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:themeFontLang w:val="en-GB"/></w:settings>
        """

    /// Styles: UK English throughout; Word's own heading names, so navigation and contents work.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-GB" w:eastAsia="en-GB" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:color w:val="0B4F8A"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="0B4F8A"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="25"/><w:szCs w:val="25"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="60"/></w:pPr><w:rPr><w:b/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="360" w:hanging="240"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:color w:val="4D4D4D"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="B3B3B3"/><w:left w:val="single" w:sz="4" w:space="0" w:color="B3B3B3"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="B3B3B3"/><w:right w:val="single" w:sz="4" w:space="0" w:color="B3B3B3"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="B3B3B3"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="B3B3B3"/></w:tblBorders></w:tblPr></w:style></w:styles>
        """
}
