/// A language the tool writes in. Command-line help and error messages stay English; everything a
/// person reads in a report, questionnaire, form or plan follows the language chosen here.
package enum Language: String, Sendable, CaseIterable, Equatable {
    /// British English, the source language every message is written in.
    case english = "en-GB"
    /// Welsh: a draft translation until the translation file records a reviewer.
    case welsh = "cy"
    /// The pseudo-locale: every catalogue and framework string accented, bracketed and a third
    /// longer, so a string that bypasses the catalogue, or a layout that cannot take longer text, shows.
    case pseudo = "qps-ploc"

    /// The language every report and form is rendered in on this task; English unless a command
    /// sets it with `Language.$current.withValue(_:operation:)`.
    @TaskLocal package static var current: Language = .english

    /// The tag `--language` takes and the JSON report records.
    package var tag: String { rawValue }

    /// The BCP 47 tag for `lang` attributes and document properties. The pseudo-locale's name,
    /// qps-ploc, is not valid BCP 47 (validators read "ploc" as a script), so documents mark it as
    /// English with a private-use subtag.
    package var bcp47: String { self == .pseudo ? "en-x-ploc" : rawValue }

    /// The CLDR plural rules this language follows (the pseudo-locale follows English).
    package var pluralRules: PluralRules { self == .welsh ? .welsh : .english }

    /// The language whose words this language's months and numbers use.
    package var dateLanguage: Language { self == .welsh ? .welsh : .english }

    /// The languages `--language` takes, as help text lists them.
    package static let choices = "en-GB, cy, cy,en-GB or qps-ploc"

    /// One or two languages from `--language`: `en-GB`, `cy`, `qps-ploc`, or `cy,en-GB` (both,
    /// Welsh first, as the Welsh Language Standards ask of a bilingual document). Nil when the
    /// text names anything else, or names a language twice.
    package static func list(_ text: String) -> [Language]? {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map {
            String($0.filter { !$0.isWhitespace })
        }
        var languages: [Language] = []
        for part in parts {
            guard let language = Language(tag: part), !languages.contains(language) else { return nil }
            languages.append(language)
        }
        guard (1...2).contains(languages.count) else { return nil }
        if languages.count == 2 && Set(languages) != [.welsh, .english] { return nil }
        return languages
    }

    /// A tag, read as BCP 47 does: case-insensitive, `en` and `en-GB` the same, `cy-GB` Welsh.
    package init?(tag: String) {
        switch tag.lowercased() {
        case "en-gb", "en": self = .english
        case "cy", "cy-gb": self = .welsh
        case "qps-ploc": self = .pseudo
        default: return nil
        }
    }
}

extension Language {
    /// The languages of a bilingual output, in order (Welsh first), or just the current language.
    @TaskLocal package static var parts: [Language] = [.english]

    /// True while writing a document in two languages.
    package static var isBilingual: Bool { parts.count > 1 }

    /// Runs `body` with `language` as the current language.
    package static func using<R>(_ language: Language, _ body: () throws(ToolError) -> R) throws(ToolError) -> R {
        let result: Result<R, ToolError> = $current.withValue(language) {
            do throws(ToolError) { return .success(try body()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Runs `body` for a command given `--language`: the first language current, all of them as `parts`.
    package static func using<R>(_ languages: [Language], _ body: () throws(ToolError) -> R) throws(ToolError) -> R {
        let result: Result<R, ToolError> = $parts.withValue(languages) {
            do throws(ToolError) { return .success(try using(languages[0], body)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// What follows a text shown in English in a translated output because it has no translation
    /// yet: "[Saesneg]" ("English") in Welsh. Every Welsh output explains the mark in its draft notice.
    package var fallbackMarker: String { self == .welsh ? " [Saesneg]" : "" }
}

extension Framework {
    /// The framework in the current language, through its bundled translation file (or, with
    /// none, in English with each text marked).
    package func inCurrentLanguage() throws(ToolError) -> Framework {
        let language = Language.current
        guard language != .english else { return self }
        let file = try BundledData.frameworkTranslation(self, language)
        let (translated, fallbacks) = self.translated(into: language, by: file)
        guard !fallbacks.isEmpty else { return translated }
        let marker = language.fallbackMarker
        return translated.mapTexts { key, text in fallbacks.contains(key) ? text + marker : text }
    }
}
