/// The sheets of an .xlsx workbook as a person left it, saved by Excel, LibreOffice, openpyxl or
/// this tool: cells as text, numbers or true/false, whether the text is shared, inline or a
/// formula's cached result. Formulas are never evaluated: a cell holds what was last computed.
package struct Workbook: Sendable {
    package enum Cell: Equatable, Sendable {
        case text(String)
        case number(Double)
        case boolean(Bool)

        /// The cell as text: numbers as Swift writes them without a trailing ".0".
        package var text: String {
            switch self {
            case .text(let s): return s
            case .boolean(let b): return b ? "TRUE" : "FALSE"
            case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
            }
        }
    }

    package struct Row: Sendable {
        /// The row number as the spreadsheet shows it (1 is the first row).
        package var number: Int
        /// Cells by column, 0 for column A.
        package var cells: [Int: Cell]
    }

    package struct Sheet: Sendable {
        package var name: String
        package var rows: [Row]
    }

    package struct Failure: Error, Equatable, Sendable {
        package var message: String
    }

    package var sheets: [Sheet]
    /// Whether date serial numbers count from 1904 (an old Mac setting) rather than 1900.
    package var date1904: Bool

    package init(_ bytes: [UInt8]) throws(Failure) {
        let zip: ZipReader
        do { zip = try ZipReader(bytes) } catch { throw Failure(message: error.message) }
        func part(_ name: String) throws(Failure) -> [XMLScanner.Event]? {
            guard let entry = zip.entry(name) else { return nil }
            do {
                return try XMLScanner.events(try zip.contents(entry))
            } catch let failure as ZipReader.Failure {
                throw Failure(message: failure.message)
            } catch let failure as XMLScanner.Failure {
                throw Failure(message: "\(name) is not well-formed XML (\(failure.message), at byte \(failure.offset))")
            } catch {
                throw Failure(message: "\(name) cannot be read")
            }
        }
        guard let book = try part("xl/workbook.xml") else {
            throw Failure(message: "has no xl/workbook.xml, so it is not an Excel workbook")
        }
        var targets: [String: String] = [:]
        for case .start("Relationship", let a) in try part("xl/_rels/workbook.xml.rels") ?? [] {
            if let id = a["Id"], let target = a["Target"] {
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        var date1904 = false
        var declared: [(name: String, path: String)] = []
        for case .start(let name, let a) in book {
            if name == "workbookPr" { date1904 = a["date1904"] == "1" || a["date1904"] == "true" }
            if name == "sheet", let sheetName = a["name"], let id = a["id"], let path = targets[id] {
                declared.append((sheetName, path))
            }
        }
        let shared = Self.sharedStrings(try part("xl/sharedStrings.xml") ?? [])
        var sheets: [Sheet] = []
        for (name, path) in declared {
            guard let events = try part(path) else {
                throw Failure(message: "the sheet \"\(name)\" is missing (\(path))")
            }
            sheets.append(Sheet(name: name, rows: try Self.rows(events, shared: shared, sheet: name)))
        }
        self.sheets = sheets
        self.date1904 = date1904
    }

    /// Each `<si>`'s text: its runs joined, phonetic guides (`<rPh>`) left out.
    static func sharedStrings(_ events: [XMLScanner.Event]) -> [String] {
        var strings: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        for event in events {
            switch event {
            case .start("si", _): current = ""
            case .end("si"): strings.append(current)
            case .start("rPh", _): phonetic += 1
            case .end("rPh"): phonetic -= 1
            case .start("t", _): inText = true
            case .end("t"): inText = false
            case .text(let s) where inText && phonetic == 0: current += s
            default: break
            }
        }
        return strings
    }

    static func rows(_ events: [XMLScanner.Event], shared: [String], sheet: String) throws(Failure) -> [Row] {
        var rows: [Row] = []
        var row: Row?
        var column = 0
        var cellType = ""
        var cellRef: Int?
        var value = ""
        var inline = ""
        var collecting: String?
        for event in events {
            switch event {
            case .start("row", let a):
                if let r = row { rows.append(r) }
                row = Row(number: a["r"].flatMap(Int.init) ?? ((rows.last?.number ?? 0) + 1), cells: [:])
                column = 0
            case .end("row"):
                if let r = row { rows.append(r) }
                row = nil
            case .start("c", let a):
                cellType = a["t"] ?? "n"
                cellRef = a["r"].flatMap(Self.column)
                value = ""
                inline = ""
            case .start("v", _): collecting = "v"
            case .start("t", _): collecting = "t"
            case .end("v"), .end("t"): collecting = nil
            case .text(let s):
                if collecting == "v" { value += s } else if collecting == "t" { inline += s }
            case .end("c"):
                let index = cellRef ?? column
                column = index + 1
                let cell: Cell?
                switch cellType {
                case "s":
                    guard let i = Int(value.trimmingWhitespace()), shared.indices.contains(i) else {
                        throw Failure(message: "sheet \"\(sheet)\": a cell points at a shared string that is not there")
                    }
                    cell = .text(shared[i])
                case "inlineStr": cell = .text(inline)
                case "str", "e", "d": cell = value.isEmpty ? nil : .text(value)
                case "b": cell = .boolean(value.trimmingWhitespace() == "1")
                default:
                    let trimmed = value.trimmingWhitespace()
                    cell = trimmed.isEmpty ? nil : Double(trimmed).map(Cell.number) ?? .text(value)
                }
                if let cell { row?.cells[index] = cell }
            default: break
            }
        }
        if let r = row { rows.append(r) }
        return rows
    }

    /// The column of a cell reference: `A1` is 0, `AB12` is 27; nil for no letters.
    static func column(_ ref: String) -> Int? {
        var n = 0
        var letters = 0
        for scalar in ref.unicodeScalars {
            guard let ascii = Character(scalar).asciiValue, Character(scalar).isLetter else { break }
            n = n * 26 + Int(ascii & 0xDF) - 64
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : n - 1
    }

    /// The 1900-system serial number of a YYYY-MM-DD date from 1900-03-01 on, as a workbook
    /// stores a date cell; nil for anything else. The inverse of `date(serial:date1904:)`.
    package static func serial(_ iso: String) -> Int? {
        guard iso >= "1900-03-01", let days = ReportDate.days(iso) else { return nil }
        return days + 25_569  // 1970-01-01 is day 25,569 of the 1900 system
    }

    /// A date serial number (days, with the time as a fraction) as YYYY-MM-DD, counting as
    /// spreadsheets do: in the 1900 system day 1 is 1900-01-01 and day 60 is the 29 February
    /// 1900 that never was (kept from Lotus 1-2-3), so it and anything before day 1 is no date.
    package static func date(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let day = Int(serial.rounded(.down))
        // Days since 1970-01-01: day 25,569 of the 1900 system, day 24,107 of the 1904 system.
        if date1904 { return ReportDate.fromEpoch(days: day - 24_107) }
        guard day >= 1, day != 60 else { return nil }
        return ReportDate.fromEpoch(days: (day < 60 ? day + 1 : day) - 25_569)
    }
}
