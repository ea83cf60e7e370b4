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
        try render(format.name, isBinary: format.isBinary) { () throws(ToolError) in format.render(try make()) }
    }

    /// Text made by `make` in each of `Language.parts`, merged as `render` does.
    static func text(_ formatName: String, _ make: () throws(ToolError) -> String) throws(ToolError) -> String {
        let rendered = try render(formatName, isBinary: false) { () throws(ToolError) in .text(try make()) }
        guard case .text(let text) = rendered else { return "" }
        return text
    }

    static func render(_ formatName: String, isBinary: Bool, _ make: () throws(ToolError) -> Rendered)
        throws(ToolError) -> Rendered
    {
        let languages = Language.parts
        guard languages.count > 1 else { return try make() }
        guard !isBinary, formats.contains(formatName) else {
            throw ToolError(
                .usage, location: Option.language.key,
                "a bilingual document is written in \(formats.joined(separator: " or ")); for --format \(formatName) give one language (--language cy or en-GB)"
            )
        }
        var parts: [(language: Language, text: String)] = []
        for language in languages {
            let rendered = try Language.using(language) { () throws(ToolError) in try make() }
            guard case .text(let text) = rendered else { continue }
            parts.append((language, text))
        }
        guard let merged = merge(parts, format: formatName) else {
            throw ToolError(.usage, location: Option.language.key, "--format \(formatName) has no bilingual form")
        }
        return .text(merged)
    }
}
