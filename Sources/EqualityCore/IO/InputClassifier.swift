/// Recognises what kind of file a user handed us, from its name and first bytes, without loading it.
package enum InputClassifier {
    package enum Kind { case framework, answersJSON, answersCSV }

    package static func kind(path: String, bytes: [UInt8]) throws(ToolError) -> Kind {
        try refuseWorkbook(path: path, bytes: bytes)
        let name = path.lowercased()
        if name.hasSuffix(".csv") || name.hasSuffix(".tsv") || name.hasSuffix(".txt") { return .answersCSV }
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch {
            if !path.lowercased().hasSuffix(".json"), looksLikeCSV(bytes) { return .answersCSV }
            throw ToolError(.badData, file: path, location: "line \(error.line), column \(error.column)", error.message)
        }
        if value["questions"] != nil { return .framework }
        // Anything else that is not an object is read as answers, so its message is the one
        // `report` gives ("expected an object").
        guard case .object = value else { return .answersJSON }
        if value["answers"] != nil { return .answersJSON }
        throw ToolError(
            .badData, file: path, location: "top level",
            "is neither a framework (no \"questions\") nor an answer set (no \"answers\")")
    }

    /// CSV by name (`.csv`, `.tsv`, or `.txt` as Excel saves "Unicode text"), or by a header row
    /// naming the question and response columns when the name does not say JSON.
    static func isCSV(path: String, bytes: [UInt8]) -> Bool {
        let name = path.lowercased()
        if name.hasSuffix(".csv") || name.hasSuffix(".tsv") || name.hasSuffix(".txt") { return true }
        return !name.hasSuffix(".json") && looksLikeCSV(bytes)
    }

    static func looksLikeCSV(_ bytes: [UInt8]) -> Bool {
        CSVReader.separator(CSVReader.utf8(Array(bytes.prefix(400)))) != nil
    }

    /// A spreadsheet saved in its own format (Excel's .xlsx, LibreOffice's .ods, old .xls) is not
    /// a CSV file: say how to save one, rather than reporting a syntax error in a ZIP archive.
    package static func refuseWorkbook(path: String, bytes: [UInt8]) throws(ToolError) {
        let name = path.lowercased()
        let zip = bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let oldExcel = bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
        let workbookName = [".xlsx", ".xlsm", ".xls", ".ods"].contains { name.hasSuffix($0) }
        guard zip || oldExcel || workbookName else { return }
        throw ToolError(
            .badData, file: path, location: "file type",
            "is a spreadsheet workbook, not a CSV file; in Excel choose File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\" (in LibreOffice: File > Save As, \"Text CSV\", character set UTF-8), then give the .csv file"
        )
    }
}
