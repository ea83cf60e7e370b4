/// The message catalogue: every sentence, heading, label and phrase the tool writes, in its
/// source language (en-GB), keyed by a stable ID, with a note saying where it appears.
/// `Frameworks/translations/messages.en-GB.json` is written by `scripts/extract-messages` from the
/// `say` calls in the Swift sources; `CatalogueTests` checks each message the tool renders is in
/// it word for word, so code and catalogue cannot drift.
package struct MessageCatalogue: Sendable {
    package struct Message: Sendable, Equatable {
        package var id: String
        /// The text, or nil for a counted phrase.
        package var text: String?
        /// A counted phrase's English forms (one, other).
        package var forms: [PluralCategory: String]
        package var note: String
        /// The most characters a layout has room for (table headings), when it has a limit.
        package var maxLength: Int?

        /// Every English form of the message.
        package var sources: [String] { text.map { [$0] } ?? forms.keys.sorted().map { forms[$0]! } }
    }

    package var messages: [Message]
    package var index: [String: Int]

    package subscript(id: String) -> Message? { index[id].map { messages[$0] } }

    package static func decode(_ bytes: [UInt8], file: String) throws(ToolError) -> MessageCatalogue {
        let value = try JSONParser.parse(bytes, file: file)
        let diagnostics = DiagnosticCollector()
        let root = JSONNode(value, diagnostics: diagnostics)
        var messages: [Message] = []
        var index: [String: Int] = [:]
        if let o = root.object(allowed: ["$schema", "note", "messages"]), let items = o.array("messages") {
            for item in items {
                guard let m = item.object(allowed: ["id", "text", "forms", "note", "maxLength"]), let id = m.text("id"),
                    let note = m.text("note")
                else { continue }
                var message = Message(
                    id: id, text: m.freeText("text"), forms: [:], note: note,
                    maxLength: m.field("maxLength", required: false)?.integer(in: 1...10_000))
                if let forms = m.field("forms", required: false), let f = forms.object(allowed: ["one", "other"]) {
                    message.forms[.one] = f.text("one")
                    message.forms[.other] = f.text("other")
                }
                if (message.text == nil) == message.forms.isEmpty {
                    item.error("give either \"text\" or \"forms\" (one and other)")
                }
                if index[id] != nil { item.error("duplicate message ID \"\(id)\"") }
                index[id] = messages.count
                messages.append(message)
            }
        }
        guard diagnostics.isEmpty else { throw ToolError(.badData, diagnostics.items).inFile(file) }
        return MessageCatalogue(messages: messages, index: index)
    }

    /// The problems with a translation of this catalogue: an ID the catalogue does not have, a
    /// placeholder lost or added, a counted phrase without the language's plural forms, or markup.
    package func problems(in translation: TranslationFile) -> [Diagnostic] {
        var found: [Diagnostic] = []
        func add(_ id: String, _ message: String) {
            found.append(Diagnostic(location: "entries.\(id)", message: message))
        }
        for id in translation.entries.keys.sorted() {
            guard let source = self[id] else {
                add(id, "no message has this ID in the catalogue (messages.en-GB.json)")
                continue
            }
            let expected = Placeholders.of(source.sources.last!)
            if let limit = source.maxLength {
                let texts: [String]
                switch translation.entries[id]! {
                case .text(let t): texts = [t]
                case .forms(let forms): texts = Array(forms.values)
                }
                for t in texts where t.count > limit {
                    add(id, "is \(t.count) characters; the layout has room for \(limit)")
                }
            }
            switch translation.entries[id]! {
            case .text(let t):
                if source.text == nil { add(id, "is a counted phrase: give its plural forms") }
                if Placeholders.of(t) != expected {
                    add(id, "has placeholders \(Placeholders.of(t)) where the English has \(expected)")
                }
                if Markup.smuggled(t) { add(id, "holds markup (<, >, & entities); give plain text") }
            case .forms(let forms):
                if source.text != nil { add(id, "is not a counted phrase: give one text") }
                let needed = translation.language.pluralRules.categories
                if Set(forms.keys) != Set(needed) {
                    add(
                        id,
                        "needs the forms \(needed.map(\.rawValue).joined(separator: ", ")) for \(translation.language.tag)"
                    )
                }
                for (category, t) in forms.sorted(by: { $0.key < $1.key }) {
                    if Placeholders.of(t) != expected {
                        add(
                            id,
                            "form \(category.rawValue) has placeholders \(Placeholders.of(t)) where the English has \(expected)"
                        )
                    }
                    if Markup.smuggled(t) { add(id, "form \(category.rawValue) holds markup; give plain text") }
                }
            }
        }
        return found
    }
}

/// Markup a translation must not carry: every output format escapes text itself, so a tag or an
/// entity in a translation is either shown as typed or an attempt to inject.
package enum Markup {
    package static func smuggled(_ text: String) -> Bool {
        text.contains("<") || text.contains(">") || text.contains("&")
    }
}
