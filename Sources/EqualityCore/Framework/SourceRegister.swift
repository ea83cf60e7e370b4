/// The register in `seeds/sources.json`: every source the frameworks cite, what it is and what
/// the toolkit takes from it. A citation is valid only if its source and point are listed here.
package struct SourceRegister: Sendable {
    package var sources: [Source]

    func source(_ id: String) -> Source? { sources.first { $0.id == id } }

    /// "CLINKS-2015 CS3", "Equality Act 2010 s.149".
    package func display(_ citation: Citation) -> String {
        let name = source(citation.source)?.citeAs ?? citation.source
        return "\(name) \(citation.point)"
    }

    static func decode(_ bytes: [UInt8], file: String) throws(ToolError) -> SourceRegister {
        let value = try JSONParser.parse(bytes, file: file)
        let diagnostics = DiagnosticCollector()
        let root = JSONNode(value, diagnostics: diagnostics)
        var sources: [Source] = []
        if let object = root.object(allowed: ["$schema", "sources"]), let items = object.array("sources") {
            for item in items {
                guard
                    let o = item.object(allowed: [
                        "id", "citeAs", "title", "publisher", "date", "kind", "seedFile", "takes", "points",
                    ])
                else { continue }
                let points = (o.array("points") ?? []).compactMap { p -> Source.Point? in
                    guard let po = p.object(allowed: ["id", "summary"]), let id = po.text("id"),
                        let summary = po.text("summary")
                    else { return nil }
                    return Source.Point(id: id, summary: summary)
                }
                guard let id = o.text("id"), let citeAs = o.text("citeAs"), let title = o.text("title"),
                    let publisher = o.text("publisher"), let date = o.text("date"), let kind = o.text("kind"),
                    let takes = o.text("takes")
                else { continue }
                sources.append(
                    Source(
                        id: id, citeAs: citeAs, title: title, publisher: publisher, date: date, kind: kind,
                        seedFile: o.text("seedFile", required: false), takes: takes, points: points))
            }
        }
        var seen = Set<String>()
        for (i, source) in sources.enumerated() where !seen.insert(source.id).inserted {
            diagnostics.add("sources[\(i)].id", "duplicate source ID \"\(source.id)\"")
        }
        guard diagnostics.isEmpty else { throw ToolError(.badData, diagnostics.items).inFile(file) }
        return SourceRegister(sources: sources)
    }
}

package struct Source: Sendable, Equatable {
    package struct Point: Sendable, Equatable {
        var id: String
        var summary: String
    }

    package var id: String
    package var citeAs: String
    package var title: String
    package var publisher: String
    package var date: String
    package var kind: String
    var seedFile: String?
    package var takes: String
    var points: [Point]
}
