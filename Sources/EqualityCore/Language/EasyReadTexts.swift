/// The Easy Read texts a translation file may replace, each under a stable key: `question.NA-01`,
/// `answer.fully`, `formAnswer.fully`, `reportAnswer.fully`, `stage.<framework>.<stage>`,
/// `symbol.<stage>.description`, `symbolCredit`. One function lists and replaces them, as
/// `Framework.mapTexts` does for a framework.
extension EasyRead {
    package func mapTexts(_ replace: (String, String) -> String) -> EasyRead {
        var e = self
        for id in answers.keys.sorted() { e.answers[id] = replace("answer.\(id)", answers[id]!) }
        for id in formAnswers.keys.sorted() { e.formAnswers[id] = replace("formAnswer.\(id)", formAnswers[id]!) }
        for id in reportAnswers.keys.sorted() {
            e.reportAnswers[id] = replace("reportAnswer.\(id)", reportAnswers[id]!)
        }
        for framework in stages.keys.sorted() {
            for stage in stages[framework]!.keys.sorted() {
                e.stages[framework]![stage] = replace("stage.\(framework).\(stage)", stages[framework]![stage]!)
            }
        }
        for id in symbols.keys.sorted() {
            e.symbols[id]!.description = replace("symbol.\(id).description", symbols[id]!.description)
        }
        e.symbolCredit = replace("symbolCredit", symbolCredit)
        for id in questions.keys.sorted() { e.questions[id] = replace("question.\(id)", questions[id]!) }
        return e
    }

    /// Every translatable Easy Read text with its key.
    package var translatableTexts: [(key: String, text: String)] {
        var texts: [(key: String, text: String)] = []
        _ = mapTexts { key, text in
            texts.append((key, text))
            return text
        }
        return texts
    }

    /// The Easy Read texts in the current language: translated where the bundled translation has
    /// them, in English marked as untranslated where it does not, accented in the pseudo-locale.
    package func inCurrentLanguage() throws(ToolError) -> EasyRead {
        let language = Language.current
        switch language {
        case .english: return self
        case .pseudo: return mapTexts { _, text in PseudoLocale.transform(text) }
        case .welsh:
            let file = try BundledData.easyReadTranslation(language)
            return mapTexts { key, text in
                if case .text(let t)? = file?.entries[key] { return t }
                return text + language.fallbackMarker
            }
        }
    }
}
