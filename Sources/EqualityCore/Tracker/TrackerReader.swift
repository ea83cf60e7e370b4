/// Reads a tracker (.xlsx or .csv) against the framework its plan came from. Every problem is
/// named with its row, as answer files' problems are, and all are reported at once: an action ID
/// the framework has no question for, an ID given twice, a due date that is not a real date, and
/// a status that is none of the three.
package enum TrackerReader {
    /// The headings each field is found by (compared as `ReadingRules.key` compares them): the
    /// English the tool writes and common alternatives, and the tool's own headings in every
    /// language it translates into (from the bundled catalogue translations), so a tracker written
    /// with `--language cy` reads back.
    static let headings: [(field: String, keys: Set<String>)] = {
        let english: [(field: String, keys: Set<String>, message: String)] = [
            ("id", ["id", "action-id", "action"], "actions.id"),
            ("owner", ["owner", "lead", "responsible"], "actions.owner"),
            ("due", ["due-date", "due", "deadline", "target-date"], "actions.due-date"),
            ("status", ["status", "progress"], "actions.status"),
            ("notes", ["notes", "note", "comments", "comment", "update", "updates"], "actions.notes"),
        ]
        let translations = Language.allCases.compactMap { try? BundledData.messages($0) }
        return english.map { field in
            var keys = field.keys
            for file in translations {
                if case .text(let heading)? = file.entries[field.message] { keys.insert(ReadingRules.key(heading)) }
            }
            return (field.field, keys)
        }
    }()

    /// The tracker at `path`, read as `read(_:file:framework:alsoKnown:)` reads its bytes.
    package static func read(path: String, framework: Framework, alsoKnown: Framework? = nil) throws(ToolError)
        -> Tracker
    {
        try read(try InputFile.read(path), file: path, framework: framework, alsoKnown: alsoKnown)
    }

    /// `alsoKnown` is the framework an earlier plan came from, when it differs (`compare`): its
    /// action IDs are known too, and an action whose question the newer framework dropped reads as
    /// a closed gap.
    package static func read(_ bytes: [UInt8], file: String, framework: Framework, alsoKnown: Framework? = nil)
        throws(ToolError) -> Tracker
    {
        let rows: [(number: Int, cells: [String])]
        let isZip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        if isZip {
            rows = try workbookRows(bytes, file: file)
        } else {
            rows = try csvRows(bytes, file: file)
        }
        let idKeys = headings.first { $0.field == "id" }!.keys
        guard let header = rows.first(where: { row in row.cells.contains { idKeys.contains(ReadingRules.key($0)) } })
        else {
            throw ToolError(
                .badData, file: file,
                "has no column headed ID; give the action plan tracker (Excel or CSV) the tool wrote, with its heading row"
            )
        }
        var column: [String: Int] = [:]
        for (i, cell) in header.cells.enumerated() {
            let key = ReadingRules.key(cell)
            for (field, keys) in headings where column[field] == nil {
                // A notes column a team added may have a heading of its own ("Team notes").
                let notes = field == "notes" && (key.hasSuffix("-notes") || key.hasSuffix("-comments"))
                if keys.contains(key) || notes { column[field] = i }
            }
        }
        let known = Set((framework.questions + (alsoKnown?.questions ?? [])).map { "A-\($0.id)" })
        let problems = DiagnosticCollector()
        var seen: [String: Int] = [:]
        var entries: [Tracker.Entry] = []
        for row in rows where row.number > header.number {
            func value(_ field: String) -> String {
                guard let i = column[field], i < row.cells.count else { return "" }
                return ReadingRules.trimmed(row.cells[i])
            }
            let rawID = value("id")
            if rawID.isEmpty { continue }
            let place = "row \(row.number)"
            guard let id = known.first(where: { ReadingRules.key($0) == ReadingRules.key(rawID) }) else {
                problems.add(
                    place,
                    "the action ID \"\(rawID)\" is not one this framework (\(framework.id) \(framework.version.description)) makes; correct it or delete the row"
                )
                continue
            }
            if let first = seen[id] {
                problems.add(place, "the action \(id) is already on row \(first); keep one row for each action")
                continue
            }
            seen[id] = row.number
            var due: String?
            let rawDue = value("due")
            if !rawDue.isEmpty {
                due = ReadingRules.date(rawDue)
                if due == nil {
                    problems.add(
                        place, "the due date \"\(rawDue)\" is not a real date; write it as 31/03/2027 or 2027-03-31")
                }
            }
            guard let status = Tracker.Status.reading(value("status")) else {
                problems.add(
                    place,
                    "the status \"\(value("status"))\" is none of \(Tracker.Status.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")); choose one"
                )
                continue
            }
            entries.append(
                Tracker.Entry(
                    id: id, owner: value("owner"), due: due, status: status, notes: value("notes"), row: row.number))
        }
        if !problems.isEmpty { throw ToolError(.badData, problems.items.map { $0.inFile(file) }) }
        return Tracker(entries: entries)
    }

    /// The sheet holding the plan: the one named "Action plan", or else the first with an ID column.
    /// Date cells (serial numbers) in a due-date column come back as YYYY-MM-DD.
    static func workbookRows(_ bytes: [UInt8], file: String) throws(ToolError) -> [(number: Int, cells: [String])] {
        let book: Workbook
        do { book = try Workbook(bytes) } catch { throw ToolError(.badData, file: file, error.message) }
        func hasID(_ sheet: Workbook.Sheet) -> Bool {
            sheet.rows.prefix(20).contains { $0.cells.values.contains { ReadingRules.key($0.text) == "id" } }
        }
        guard
            let sheet = book.sheets.first(where: { ReadingRules.key($0.name) == "action-plan" && hasID($0) })
                ?? book.sheets.first(where: hasID)
        else {
            throw ToolError(
                .badData, file: file, "has no sheet with a column headed ID; is this the action plan workbook?")
        }
        let dueKeys = headings.first { $0.field == "due" }!.keys
        var dueColumns: Set<Int> = []
        var result: [(number: Int, cells: [String])] = []
        for row in sheet.rows {
            let width = (row.cells.keys.max() ?? -1) + 1
            var cells = [String](repeating: "", count: width)
            for (i, cell) in row.cells {
                if case .number(let serial) = cell, dueColumns.contains(i) {
                    cells[i] = Workbook.date(serial: serial, date1904: book.date1904) ?? cell.text
                } else {
                    cells[i] = cell.text
                }
            }
            if dueColumns.isEmpty {
                dueColumns = Set(cells.indices.filter { dueKeys.contains(ReadingRules.key(cells[$0])) })
            }
            result.append((row.number, cells))
        }
        return result
    }

    /// A CSV tracker as any spreadsheet saves it, by the answer CSV reader's rules: UTF-8 or
    /// UTF-16, with or without a byte order mark, separated by commas, semicolons or tabs.
    static func csvRows(_ raw: [UInt8], file: String) throws(ToolError) -> [(number: Int, cells: [String])] {
        let bytes = CSVReader.utf8(raw)
        let separator = CSVReader.separator(bytes, naming: ["id", "status"]) ?? ","
        do {
            return try CSVReader.parse(bytes, separator: separator).map { ($0.line, $0.fields) }
        } catch {
            throw ToolError(.badData, file: file, location: "line \(error.line)", error.message)
        }
    }
}
