import EqualityCore
import EqualityRendering

extension ParsedArguments {
    /// `--language`: one language, or Welsh and English for a bilingual document; English when not given.
    func languages() throws(ToolError) -> [Language] {
        guard let text = value(Option.language) else { return [.english] }
        guard let languages = Language.list(text) else {
            throw ToolError(
                .usage, location: Option.language.key,
                "\"\(TerminalText.sanitise(text))\" is not a language the tool writes; give \(Language.choices)")
        }
        return languages
    }
}

extension Bilingual {
    /// `make`'s document rendered in `format`, in each of `Language.parts`: one language as it is,
    /// two merged into one bilingual file (Markdown and HTML only).
    static func render<Document>(_ format: OutputFormat<Document>, _ make: () throws(ToolError) -> Document)
        throws(ToolError) -> Rendered
    {
        let languages = Language.parts
        guard languages.count > 1 else { return format.render(try make()) }
        guard !format.isBinary, formats.contains(format.name) else {
            throw ToolError(
                .usage, location: Option.language.key,
                "a bilingual document is written in \(formats.joined(separator: " or ")); for --format \(format.name) give one language (--language cy or en-GB)"
            )
        }
        var parts: [(language: Language, text: String)] = []
        for language in languages {
            let rendered = try Language.using(language) { () throws(ToolError) in format.render(try make()) }
            guard case .text(let text) = rendered else { continue }
            parts.append((language, text))
        }
        guard let merged = merge(parts, format: format.name) else {
            throw ToolError(.usage, location: Option.language.key, "--format \(format.name) has no bilingual form")
        }
        return .text(merged)
    }
}
