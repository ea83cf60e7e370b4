/// Recognises what kind of file a user handed us, from its name and first bytes, without loading it.
public enum InputClassifier {
    public enum Kind { case framework, answersJSON, answersCSV }

    public static func kind(path: String, bytes: [UInt8]) throws(ToolError) -> Kind {
        let name = path.lowercased()
        if name.hasSuffix(".csv") || name.hasSuffix(".tsv") || name.hasSuffix(".txt") { return .answersCSV }
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch {
            if !path.lowercased().hasSuffix(".json"), looksLikeCSV(bytes) { return .answersCSV }
            throw ToolError(.badData, file: path, location: "line \(error.line), column \(error.column)", error.message)
        }
        if value["questions"] != nil { return .framework }
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
}
