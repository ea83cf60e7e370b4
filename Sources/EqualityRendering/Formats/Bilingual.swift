import EqualityCore

/// A document in two languages, Welsh first, as the Welsh Language Standards ask of a bilingual
/// document: each language rendered on its own, then put in one file. Markdown puts the parts one
/// after the other under a rule; HTML puts the second part's body, its IDs and links renamed so
/// none clashes, after the first in a `lang` division that starts a new printed page.
package enum Bilingual {
    /// The formats a bilingual document can be written in.
    package static let formats = ["md", "html"]

    /// The parts in order, each rendered in its language; nil for a format with no bilingual form.
    package static func merge(_ parts: [(language: Language, text: String)], format: String) -> String? {
        guard let first = parts.first else { return nil }
        switch format {
        case "md":
            return parts.map(\.text).joined(separator: "\n---\n\n")
        case "html":
            var page = first.text
            for part in parts.dropFirst() {
                guard let body = between(part.text, "<body>", "</body>"),
                    let end = page.ranges(of: "</body>").last
                else { return nil }
                let suffix = "-" + part.language.tag.lowercased()
                // One main landmark per page: the second part's main content is a plain division.
                let renamed = renameIDs(body, suffix: suffix).replacing("<main>", with: "<div class=\"main\">")
                    .replacing("</main>", with: "</div>")
                page.replaceSubrange(
                    end.lowerBound..<end.lowerBound,
                    with: "<div class=\"language-part\" lang=\"\(part.language.bcp47)\">\(renamed)</div>\n")
            }
            return page
        default:
            return nil
        }
    }

    private static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let a = text.firstRange(of: start), let b = text.ranges(of: end).last, a.upperBound <= b.lowerBound
        else { return nil }
        return String(text[a.upperBound..<b.lowerBound])
    }

    /// `id="x"` → `id="x-en-gb"`, and every reference to it (`href="#x"`, `for`, `aria-*`).
    static func renameIDs(_ html: String, suffix: String) -> String {
        var out = html
        for attribute in ["id", "for", "aria-labelledby", "aria-describedby", "aria-controls"] {
            out = rewrite(out, attribute: attribute) { value in
                value.split(separator: " ").map { $0 + suffix }.joined(separator: " ")
            }
        }
        return rewrite(out, attribute: "href") { $0.hasPrefix("#") && $0.count > 1 ? $0 + suffix : $0 }
    }

    private static func rewrite(_ html: String, attribute: String, _ change: (String) -> String) -> String {
        let marker = " \(attribute)=\""
        var out = ""
        var rest = Substring(html)
        while let r = rest.firstRange(of: marker) {
            out += rest[..<r.upperBound]
            rest = rest[r.upperBound...]
            guard let close = rest.firstIndex(of: "\"") else { break }
            out += change(String(rest[..<close]))
            rest = rest[close...]
        }
        return out + rest
    }
}
