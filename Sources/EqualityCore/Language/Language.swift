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

    /// The tags a person may write for each language, lower case: `en` and `en-GB` the same,
    /// `cy-GB` Welsh. Answer files read the same table (`ReadingRules`), less the pseudo-locale.
    package static let spellings: [String: Language] = [
        "en-gb": .english, "en": .english, "cy": .welsh, "cy-gb": .welsh, "qps-ploc": .pseudo,
    ]

    /// A tag, read as BCP 47 does: case-insensitive.
    package init?(tag: String) {
        guard let language = Self.spellings[tag.lowercased()] else { return nil }
        self = language
    }

    /// The language an answer file records for a form or interview in this language: the
    /// pseudo-locale is for tests, so a form in it says English.
    package var answerTag: String { self == .welsh ? Language.welsh.tag : Language.english.tag }
}

extension Language {
    /// The languages of a bilingual output, in order (Welsh first), or just the current language.
    @TaskLocal package static var parts: [Language] = [.english]

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

    /// How a text under a key reads in this language, given its translation file: nil for
    /// English (nothing to change); in the pseudo-locale accented; otherwise translated, or the
    /// English marked as untranslated. Frameworks and the Easy Read texts both translate by it.
    package func translator(_ file: TranslationFile?) -> ((String, String) -> String)? {
        switch self {
        case .english: return nil
        case .pseudo: return { _, text in PseudoLocale.transform(text) }
        case .welsh:
            return { key, text in
                if case .text(let t)? = file?.entries[key] { return t }
                return text + self.fallbackMarker
            }
        }
    }
}

extension Framework {
    /// The framework in the current language, through its bundled translation file (or, with
    /// none, in English with each text marked). Its ID, version and SHA-256 stay those of the
    /// framework it translates, and its questions' texts as written are kept for comparisons.
    package func inCurrentLanguage() throws(ToolError) -> Framework {
        let language = Language.current
        guard let translate = language.translator(try BundledData.frameworkTranslation(self, language)) else {
            return self
        }
        var translated = mapTexts(translate)
        for q in questions where translated.questionTextsAsWritten[q.id] == nil {
            translated.questionTextsAsWritten[q.id] = q.text
        }
        return translated
    }
}
