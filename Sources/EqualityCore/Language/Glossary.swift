/// The Welsh glossary (`Frameworks/translations/glossary.cy.json`): for each legal or technical
/// term, the Welsh an official text uses and where it is used, or a note that no official source
/// was found. Translators and reviewers work from it; the report's method section names its sources.
package struct Glossary: Sendable {
    package struct Term: Sendable, Equatable {
        package var english: String
        package var welsh: String
        /// Where the Welsh is used officially; nil for a term with no official source found.
        package var source: String?
        package var url: String?
        package var note: String?
    }

    package var terms: [Term]

    /// The official sources the terms come from, each once, in the order first used.
    package var sources: [String] {
        var seen = Set<String>()
        return terms.compactMap(\.source).filter { seen.insert($0).inserted }
    }

    package static func decode(_ bytes: [UInt8], file: String) throws(ToolError) -> Glossary {
        let value = try JSONParser.parse(bytes, file: file)
        let diagnostics = DiagnosticCollector()
        let root = JSONNode(value, diagnostics: diagnostics)
        var terms: [Term] = []
        if let o = root.object(allowed: ["$schema", "language", "note", "terms"]), let items = o.array("terms") {
            for item in items {
                guard let t = item.object(allowed: ["en", "cy", "source", "url", "note"]), let en = t.text("en"),
                    let cy = t.text("cy")
                else { continue }
                let term = Term(
                    english: en, welsh: cy, source: t.text("source", required: false),
                    url: t.text("url", required: false),
                    note: t.text("note", required: false))
                if term.source == nil && term.note == nil {
                    item.error("a term with no official source needs a note saying so")
                }
                terms.append(term)
            }
        }
        guard diagnostics.isEmpty else { throw ToolError(.badData, diagnostics.items).inFile(file) }
        return Glossary(terms: terms)
    }
}
