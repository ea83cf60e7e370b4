import EqualityCore

/// An .xlsx written by the tool: SpreadsheetML parts in a stored ZIP. Every cell holding text is
/// an inline string, never a formula, so "=HYPERLINK(…)" typed into an answer stays text. Each
/// sheet has a frozen, bold header row, column widths, wrapped text, and optional drop-down lists
/// and date-typed columns. Deterministic: the same sheets give the same bytes.
enum ExcelWorkbook {
    struct Column {
        enum Kind {
            case text
            /// Cells formatted as dates (YYYY-MM-DD), with a date check on entry.
            case date
            /// A drop-down of the given choices.
            case choice([String])
        }

        var header: String
        var width: Double
        var kind: Kind = .text
    }

    struct Sheet {
        var name: String
        var columns: [Column]
        var rows: [[String]]
        /// Rows below the data kept formatted (dates, drop-downs) for adding more by hand.
        var spareRows = 50
    }

    struct Output {
        var bytes: [UInt8]
        /// Characters XML cannot hold that were replaced with U+FFFD.
        var replaced: Int
    }

    static func render(_ sheets: [Sheet], title: String, organisation: String) -> Output {
        var replaced = 0
        var entries: [ZipArchive.Entry] = [
            .init(name: "[Content_Types].xml", bytes: Array(contentTypes(sheets.count).utf8)),
            .init(name: "_rels/.rels", bytes: Array(packageRels.utf8)),
        ]
        var core = XMLText()
        core +=
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>"
        core +=
            "\(title)</dc:title><dc:creator>\(organisation)</dc:creator><dc:language>\(Language.current.bcp47)</dc:language></cp:coreProperties>"
        entries.append(.init(name: "docProps/core.xml", bytes: Array(core.text.utf8)))
        var book = XMLText()
        book +=
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><bookViews><workbookView/></bookViews><sheets>"
        var rels =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (i, sheet) in sheets.enumerated() {
            book += "<sheet name=\"\(sheet.name)\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
            rels +=
                "<Relationship Id=\"rId\(i + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
            let xml = worksheet(sheet)
            replaced += xml.replaced
            entries.append(.init(name: "xl/worksheets/sheet\(i + 1).xml", bytes: Array(xml.text.utf8)))
        }
        book += "</sheets><definedNames>"
        // Each sheet's header row is printed at the top of every page.
        for (i, sheet) in sheets.enumerated() {
            book +=
                "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(i)\">'\(sheet.name.replacingEvery("'", with: "''"))'!$1:$1</definedName>"
        }
        book += "</definedNames></workbook>"
        rels +=
            "<Relationship Id=\"rId\(sheets.count + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>"
        entries += [
            .init(name: "xl/workbook.xml", bytes: Array(book.text.utf8)),
            .init(name: "xl/_rels/workbook.xml.rels", bytes: Array(rels.utf8)),
            .init(name: "xl/styles.xml", bytes: Array(styles.utf8)),
        ]
        return Output(bytes: ZipArchive.archive(entries), replaced: replaced + core.replaced + book.replaced)
    }

    /// A1-style column letters: 0 is A, 25 is Z, 26 is AA.
    static func column(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }

    /// Style indexes in `styles`: 1 wrapped text, 2 bold shaded header, 3 date.
    static func worksheet(_ sheet: Sheet) -> XMLText {
        var x = XMLText()
        let last = max(sheet.rows.count + 1, 1)
        let lastColumn = column(max(sheet.columns.count - 1, 0))
        x +=
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><dimension ref=\"A1:\(lastColumn)\(last)\"/><sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (i, c) in sheet.columns.enumerated() {
            let style = if case .date = c.kind { 3 } else { 1 }
            x += "<col min=\"\(i + 1)\" max=\"\(i + 1)\" width=\"\(c.width)\" style=\"\(style)\" customWidth=\"1\"/>"
        }
        x += "</cols><sheetData><row r=\"1\"\(rowHeight(sheet.columns.map(\.header), sheet, bold: true))>"
        for (i, c) in sheet.columns.enumerated() { text(c.header, at: "\(column(i))1", style: 2, into: &x) }
        x += "</row>"
        for (r, row) in sheet.rows.enumerated() {
            x += "<row r=\"\(r + 2)\"\(rowHeight(row, sheet, bold: false))>"
            for (i, c) in sheet.columns.enumerated() {
                let value = i < row.count ? row[i] : ""
                let ref = "\(column(i))\(r + 2)"
                if case .date = c.kind, value.isEmpty {
                    x += "<c r=\"\(ref)\" s=\"3\"/>"
                } else if case .date = c.kind, let serial = Workbook.serial(value) {
                    // A real date cell: a spreadsheet sorts, filters and compares it as a date.
                    x += "<c r=\"\(ref)\" s=\"3\"><v>\(serial)</v></c>"
                } else if value.isEmpty {
                    x += "<c r=\"\(ref)\" s=\"1\"/>"
                } else {
                    text(value, at: ref, style: 1, into: &x)
                }
            }
            x += "</row>"
        }
        x += "</sheetData><autoFilter ref=\"A1:\(lastColumn)\(last)\"/>"
        var checks: [XMLText] = []
        let through = sheet.rows.count + 1 + sheet.spareRows
        for (i, c) in sheet.columns.enumerated() {
            let range = "\(column(i))2:\(column(i))\(through)"
            switch c.kind {
            case .text: break
            case .date:
                checks.append(
                    "<dataValidation type=\"date\" operator=\"greaterThan\" allowBlank=\"1\" showErrorMessage=\"1\" errorTitle=\"Due date\" error=\"Enter a date, for example 31/03/2027.\" sqref=\"\(range)\"><formula1>1</formula1></dataValidation>"
                )
            case .choice(let options):
                // The choices are the tool's own words; a quote would end the list, so none may hold one.
                let list = options.map { $0.replacingEvery("\"", with: "") }.joined(separator: ",")
                checks.append(
                    "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" errorTitle=\"\(c.header)\" error=\"Choose from the list.\" sqref=\"\(range)\"><formula1>\"\(list)\"</formula1></dataValidation>"
                )
            }
        }
        if !checks.isEmpty {
            x += "<dataValidations count=\"\(checks.count)\">"
            for check in checks { x += check }
            x += "</dataValidations>"
        }
        x +=
            "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/><pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>"
        return x
    }

    /// A row tall enough for its wrapped text (10 pt Arial, 12.75 pt a line), so it prints whole
    /// in any spreadsheet, whether or not it fits row heights itself.
    static func rowHeight(_ cells: [String], _ sheet: Sheet, bold: Bool) -> XMLText {
        var lines = 1
        for (i, c) in sheet.columns.enumerated() where i < cells.count && !cells[i].isEmpty {
            // A column `width` characters wide holds about 7 pixels (5.25 points) a character.
            let available = c.width * 5.25 - 4
            lines = max(lines, FontMetrics.lines(cells[i], points: 10, available: available, bold: bold))
        }
        let height = Double(lines) * 12.75 + 2.25
        return " ht=\"\(NumberText.plain(height))\" customHeight=\"1\""
    }

    /// A text cell: an inline string, which a spreadsheet never evaluates.
    static func text(_ value: String, at ref: String, style: Int, into x: inout XMLText) {
        // A cell holds at most 32,767 characters.
        let shown = value.count > 32_000 ? String(value.prefix(32_000)) + "…" : value
        x += "<c r=\"\(ref)\" t=\"inlineStr\" s=\"\(style)\"><is><t xml:space=\"preserve\">\(shown)</t></is></c>"
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func contentTypes(_ sheets: Int) -> String {
        var s =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/><Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        for i in 1...max(sheets, 1) {
            s +=
                "<Override PartName=\"/xl/worksheets/sheet\(i).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return s + "</Types>"
    }

    static let packageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="2"><font><sz val="10"/><name val="Arial"/><family val="2"/></font><font><b/><sz val="10"/><name val="Arial"/><family val="2"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="49" fontId="1" fillId="2" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1" applyFill="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
}
