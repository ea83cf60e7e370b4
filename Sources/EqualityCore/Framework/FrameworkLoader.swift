/// Loads a framework from bytes: parse, decode the shape, validate the meaning. All problems are
/// reported together as one `ToolError` whose diagnostics carry JSON paths.
package enum FrameworkLoader {
    package static func load(_ bytes: [UInt8], file: String, sources: SourceRegister) throws(ToolError) -> Framework {
        let value = try JSONParser.parse(bytes, file: file)
        let diagnostics = DiagnosticCollector()
        guard
            var framework = FrameworkDecoder(diagnostics: diagnostics).decode(
                JSONNode(value, diagnostics: diagnostics), sha256: SHA256.hex(bytes))
        else {
            throw ToolError(.badData, diagnostics.items).inFile(file)
        }
        FrameworkValidator(framework: framework, sources: sources, diagnostics: diagnostics).validate()
        guard diagnostics.isEmpty else { throw ToolError(.badData, diagnostics.items).inFile(file) }
        framework.indexQuestions()
        return framework
    }
}
