/// Recognises what kind of file a user handed us and validates it as that kind.
enum InputClassifier {
    enum Kind { case framework, answersJSON, answersCSV }

    static func kind(path: String, bytes: [UInt8]) throws(InputError) -> Kind {
        if path.lowercased().hasSuffix(".csv") { return .answersCSV }
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch {
            if !path.lowercased().hasSuffix(".json"), looksLikeCSV(bytes) { return .answersCSV }
            throw InputError(.badData, file: path, location: "line \(error.line), column \(error.column)", error.message)
        }
        if value["questions"] != nil { return .framework }
        if value["answers"] != nil { return .answersJSON }
        throw InputError(.badData, file: path, location: "top level", "is neither a framework (no \"questions\") nor an answer set (no \"answers\")")
    }

    /// CSV by name, or by a `question,` header when the name does not say JSON.
    static func isCSV(path: String, bytes: [UInt8]) -> Bool {
        let name = path.lowercased()
        return name.hasSuffix(".csv") || (!name.hasSuffix(".json") && looksLikeCSV(bytes))
    }

    static func looksLikeCSV(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self).lowercased()
        return head.hasPrefix("question,") || head.hasPrefix("\u{FEFF}question,")
    }

    /// Validates one file and returns a one-line description of what it is.
    static func validate(path: String, frameworkReference: String?) throws(InputError) -> String {
        let bytes = try InputFile.read(path)
        switch try kind(path: path, bytes: bytes) {
        case .framework:
            let framework = try FrameworkLoader.load(bytes, file: path, sources: try BundledData.sources())
            return "framework \(framework.id) \(framework.version), \(framework.questions.count) questions"
        case .answersJSON, .answersCSV:
            let loaded = try AnswerLoader.load(path: path, frameworkReference: frameworkReference)
            let answered = loaded.answers.answers.filter(\.isAnswered).count
            return "answers to \(loaded.framework.id) \(loaded.framework.version), \(answered) of \(loaded.framework.questions.count) questions answered"
        }
    }
}
