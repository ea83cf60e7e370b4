/// A translation of the message catalogue, or of one framework version's texts, into one language:
/// `Frameworks/translations/messages.cy.json`, `Frameworks/translations/<framework>-<version>.cy.json`.
/// Entries are keyed by the catalogue's message ID or the framework's text key.
package struct TranslationFile: Sendable, Equatable {
    package enum Entry: Sendable, Equatable {
        case text(String)
        /// A counted phrase: one text per CLDR plural category of the language.
        case forms([PluralCategory: String])
    }

    package var language: Language
    /// The framework and version translated; nil for the message catalogue.
    package var framework: String?
    package var version: String?
    /// Who checked the translation. Until someone has, every output in this language says it is
    /// a draft translation.
    package var reviewedBy: String?
    /// What the file is, for a person opening it.
    package var note: String?
    package var entries: [String: Entry]

    package init(
        language: Language, framework: String? = nil, version: String? = nil, reviewedBy: String? = nil,
        entries: [String: Entry]
    ) {
        self.language = language
        self.framework = framework
        self.version = version
        self.reviewedBy = reviewedBy
        self.entries = entries
    }

    package static func decode(_ bytes: [UInt8], file: String) throws(ToolError) -> TranslationFile {
        let value = try JSONParser.parse(bytes, file: file)
        let diagnostics = DiagnosticCollector()
        let root = JSONNode(value, diagnostics: diagnostics)
        var result = TranslationFile(language: .welsh, entries: [:])
        if let o = root.object(allowed: [
            "$schema", "language", "framework", "version", "reviewedBy", "note", "entries",
        ]) {
            if let tag = o.text("language") {
                if let language = Language(tag: tag), language != .english, language != .pseudo {
                    result.language = language
                } else {
                    diagnostics.add(
                        o.node.keyPath("language"), "\"\(tag)\" is not a language the tool translates into (cy)")
                }
            }
            result.framework = o.text("framework", required: false)
            result.version = o.text("version", required: false)
            result.reviewedBy = o.text("reviewedBy", required: false)
            result.note = o.freeText("note")
            if let entries = o.field("entries") {
                guard case .object(let members) = entries.value else {
                    entries.error("expected an object of message IDs or text keys")
                    throw ToolError(.badData, diagnostics.items).inFile(file)
                }
                for (key, value) in members {
                    let node = entries.child(key, value)
                    switch value {
                    case .string(let s):
                        if s.isBlank { node.error("must not be empty") } else { result.entries[key] = .text(s) }
                    case .object:
                        let names = PluralCategory.allCases.map(\.rawValue)
                        guard let forms = node.object(allowed: names) else { continue }
                        var map: [PluralCategory: String] = [:]
                        for (name, formValue) in forms.members {
                            if case .string(let s) = formValue, !s.isBlank {
                                map[PluralCategory(rawValue: name)!] = s
                            } else {
                                node.child(name, formValue).error("must be a text")
                            }
                        }
                        result.entries[key] = .forms(map)
                    default: node.error("must be a text, or an object of plural forms")
                    }
                }
            }
        }
        guard diagnostics.isEmpty else { throw ToolError(.badData, diagnostics.items).inFile(file) }
        return result
    }
}

extension TranslationFile {
    /// The problems with translated texts that are not counted phrases (a framework's, the Easy
    /// Read texts): a key `known` does not hold, a counted phrase given, markup, placeholders
    /// (these texts have none), or what `rule(key, text)` finds. Bundled files and imported XLIFF
    /// are checked alike, by key.
    package static func textProblems(
        _ entries: [String: Entry], known: Set<String>, unknown: String,
        rule: (String, String) -> [String] = { _, _ in [] }
    ) -> [(key: String, message: String)] {
        var found: [(key: String, message: String)] = []
        for key in entries.keys.sorted() {
            guard known.contains(key) else {
                found.append((key, unknown))
                continue
            }
            guard case .text(let t) = entries[key]! else {
                found.append((key, "these texts are not counted phrases: give one text"))
                continue
            }
            if Markup.smuggled(t) { found.append((key, "holds markup (<, >, &); give plain text")) }
            if !Placeholders.of(t).isEmpty {
                found.append((key, "has placeholders \(Placeholders.of(t)) where the English has none"))
            }
            let why = rule(key, t)
            if !why.isEmpty { found.append((key, "is not Easy Read: \(why.joined(separator: "; "))")) }
        }
        return found
    }
}

/// `{0}`, `{1}`: the placeholders of a message, which a translation must keep.
package enum Placeholders {
    package static func of(_ text: String) -> [String] {
        var found: [String] = []
        var current: String?
        for c in text {
            if c == "{" {
                current = ""
            } else if c == "}", let p = current {
                if !p.isEmpty && p.allSatisfy(\.isASCII) && p.allSatisfy(\.isNumber) { found.append("{\(p)}") }
                current = nil
            } else if current != nil {
                current!.append(c)
            }
        }
        return found.sorted()
    }
}
