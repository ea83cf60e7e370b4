import EqualityCore

/// What every output in a translated language says until the translation file records a
/// reviewer: that it is a draft translation, in that language and in English, and how text not
/// yet translated is marked. Nil in English and the pseudo-locale.
enum TranslationNotice {
    static var text: String? {
        let language = Language.current
        guard language == .welsh, (try? BundledData.messages(language))?.reviewedBy == nil else { return nil }
        let english = Language.$current.withValue(.english) { notice }
        return "\(notice) / \(english)"
    }

    private static var notice: String {
        say(
            "translation.draft-notice",
            "Draft translation, not yet checked by a translator; text not yet translated is in English, marked [Saesneg]."
        )
    }

    /// The method section's note on where the Welsh terms come from; nil outside Welsh.
    static var glossarySources: String? {
        guard Language.current == .welsh, let glossary = try? BundledData.glossary() else { return nil }
        return say(
            "translation.glossary-sources",
            "Legal and technical terms follow the tool's Welsh glossary (Frameworks/translations/glossary.cy.json), taken from: \(glossary.sources.joined(separator: "; "))."
        )
    }
}
