/// Loads an answer file (JSON or CSV), finds the framework it answers and validates it.
package enum AnswerLoader {
    package struct Loaded: Sendable {
        package var answers: AnswerSet
        package var framework: Framework
    }

    package static func load(path: String, frameworkReference: String?) throws(ToolError) -> Loaded {
        let bytes = try InputFile.read(path)
        try InputClassifier.refuseWorkbook(path: path, bytes: bytes)
        return try load(
            bytes: bytes, name: path, isCSV: InputClassifier.isCSV(path: path, bytes: bytes),
            frameworkReference: frameworkReference)
    }

    package static func example(_ name: String) throws(ToolError) -> Loaded {
        guard let bytes = BundledData.exampleBytes(name) else {
            throw ToolError(
                .usage, location: "example",
                "unknown example \"\(name)\" (known: \(BundledData.exampleNames.joined(separator: ", ")))")
        }
        return try load(bytes: bytes, name: "example \(name)", isCSV: false, frameworkReference: nil)
    }

    /// An answer file's bytes as every command reads them: a workbook refused with how to save a
    /// CSV, CSV or JSON by `InputClassifier`, then decoded. `plain` is a spreadsheet with no
    /// framework rows, which answers the framework the command is given (or the default one).
    package static func decode(bytes: [UInt8], name: String) throws(ToolError) -> (set: AnswerSet, plain: Bool) {
        try InputClassifier.refuseWorkbook(path: name, bytes: bytes)
        let isCSV = InputClassifier.isCSV(path: name, bytes: bytes)
        let set = isCSV ? try AnswerCSV.decode(bytes, file: name) : try AnswerJSON.decode(bytes, file: name)
        return (set, isCSV && set.framework.isEmpty && set.frameworkVersion.isEmpty)
    }

    static func load(bytes: [UInt8], name: String, isCSV: Bool, frameworkReference: String?) throws(ToolError) -> Loaded
    {
        var set = isCSV ? try AnswerCSV.decode(bytes, file: name) : try AnswerJSON.decode(bytes, file: name)
        // A plain spreadsheet (question, response, evidence, notes, no framework rows) answers the
        // framework given, or the default one, at its current version.
        let plainSpreadsheet = isCSV && set.framework.isEmpty && set.frameworkVersion.isEmpty
        let reference = frameworkReference ?? (plainSpreadsheet ? BundledData.frameworkIDs[0] : set.framework)
        guard !reference.isEmpty else {
            throw ToolError(
                .badData, file: name, location: isCSV ? "row with question \"framework:id\"" : "framework",
                "the answers do not say which framework they answer", remedy: .nameTheFramework)
        }
        let framework: Framework
        if frameworkReference == nil && BundledData.frameworkBytes(reference) == nil {
            var message =
                "the answers name framework \"\(reference)\", which is not bundled (bundled: \(BundledData.frameworkIDs.joined(separator: ", ")))"
            if let near = Spelling.nearest(to: reference, in: BundledData.frameworkIDs) {
                message += "; did you mean \"\(near)\"?"
            }
            throw ToolError(
                .badData, file: name, location: isCSV ? "row with question \"framework:id\"" : "framework",
                message, remedy: .nameAFrameworkFile)
        }
        // Answers made with an earlier bundled version load against that version, so a reassessment
        // can be compared with them; only a bundled framework named by the answers themselves.
        if frameworkReference == nil, let archived = try BundledData.framework(reference, version: set.frameworkVersion)
        {
            framework = archived
        } else {
            framework = try BundledData.resolveFramework(reference)
        }
        if plainSpreadsheet {
            set.framework = framework.id
            set.frameworkVersion = framework.version.description
        }
        let validated = try AnswerValidator.validate(set, against: framework, file: name)
        return Loaded(answers: validated, framework: framework)
    }
}
