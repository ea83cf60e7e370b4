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

    /// What the Easy Read rules find wrong with a translated text under `key`: questions and
    /// answers are held to them (one short sentence, no brackets or abbreviations); the other
    /// texts (stage names, picture descriptions, the credit) are not.
    package static func translationProblems(_ key: String, _ text: String) -> [String] {
        heldToRules(key) ? problems(text, isQuestion: key.hasPrefix("question.")) : []
    }

    /// Whether a text under `key` is a question or an answer, held to the Easy Read rules.
    package static func heldToRules(_ key: String) -> Bool { key.hasPrefix("question.") || key.contains("nswer.") }

    /// What is wrong with translated Easy Read texts, by key: a bundled file and an imported one
    /// are checked alike.
    package func translationProblems(_ entries: [String: TranslationFile.Entry]) -> [(key: String, message: String)] {
        TranslationFile.textProblems(
            entries, known: Set(translatableTexts.map(\.key)),
            unknown: "the Easy Read texts have nothing under this key",
            rule: EasyRead.translationProblems)
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
        guard let translate = language.translator(try BundledData.easyReadTranslation(language)) else { return self }
        return mapTexts(translate)
    }
}
