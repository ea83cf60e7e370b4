/// The catalogue and framework texts as XLIFF 2.0, the file format translation tools read: one
/// `<file>` for the messages and one per bundled framework version, one `<unit>` per message or
/// text (per plural form for a counted phrase), each with its source, current target, state and
/// notes (where it appears; the most characters a layout has room for). `translations export`
/// writes it; `translations import` reads it back, checks it and writes the translation files.
package enum XLIFF {
    /// A framework version's texts and its current translation.
    package struct FrameworkPart {
        package var framework: Framework
        package var translation: TranslationFile?
        package init(framework: Framework, translation: TranslationFile?) {
            self.framework = framework
            self.translation = translation
        }
        var fileID: String { "framework:\(framework.id)@\(framework.version.description)" }
    }

    static let messagesFileID = "messages"

    /// The unit ID of one plural form: `report.questions-count#few`.
    static func formID(_ id: String, _ category: PluralCategory) -> String { "\(id)#\(category.rawValue)" }

    static let easyReadFileID = "easy-read"

    package static func export(
        catalogue: MessageCatalogue, messages: TranslationFile?, frameworks: [FrameworkPart],
        easyRead: (texts: EasyRead, translation: TranslationFile?)?, language: Language
    ) -> String {
        var x = """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-GB" trgLang="\(language.tag)">

            """
        let reviewed = messages?.reviewedBy != nil
        x += "<file id=\"\(messagesFileID)\" original=\"Frameworks/translations/messages.en-GB.json\">\n"
        for m in catalogue.messages {
            if let text = m.text {
                var target: String?
                if case .text(let t)? = messages?.entries[m.id] { target = t }
                x += unit(
                    id: m.id, notes: notes(m.note, maxLength: m.maxLength), source: text, target: target,
                    reviewed: reviewed)
            } else {
                var forms: [PluralCategory: String] = [:]
                if case .forms(let f)? = messages?.entries[m.id] { forms = f }
                for category in language.pluralRules.categories {
                    let n = language.pluralRules.example(category)
                    let englishForm = PluralRules.english.category(n) == .one ? m.forms[.one] : m.forms[.other]
                    x += unit(
                        id: formID(m.id, category),
                        notes: notes(
                            m.note + "; plural form \(category.rawValue) (for example n = \(n)); {0} is the number",
                            maxLength: m.maxLength),
                        source: englishForm ?? "", target: forms[category], reviewed: reviewed)
                }
            }
        }
        x += "</file>\n"
        for part in frameworks {
            let reviewedFramework = part.translation?.reviewedBy != nil
            x +=
                "<file id=\"\(escape(part.fileID))\" original=\"Frameworks/\(escape(part.framework.id)).json\">\n"
            for (key, text) in part.framework.translatableTexts {
                var target: String?
                if case .text(let t)? = part.translation?.entries[key] { target = t }
                x += unit(
                    id: key, notes: ["location": "\(part.framework.id) \(part.framework.version): \(key)"],
                    source: text,
                    target: target, reviewed: reviewedFramework)
            }
            x += "</file>\n"
        }
        if let easyRead {
            let reviewedEasyRead = easyRead.translation?.reviewedBy != nil
            x += "<file id=\"\(easyReadFileID)\" original=\"Frameworks/easy-read.json\">\n"
            for (key, text) in easyRead.texts.translatableTexts {
                var target: String?
                if case .text(let t)? = easyRead.translation?.entries[key] { target = t }
                let rule =
                    EasyRead.heldToRules(key)
                    ? "; Easy Read: one short sentence of at most \(EasyRead.maximumWords) words, no brackets or abbreviations"
                    : ""
                x += unit(
                    id: key, notes: ["location": "Easy Read: \(key)\(rule)"], source: text, target: target,
                    reviewed: reviewedEasyRead)
            }
            x += "</file>\n"
        }
        return x + "</xliff>\n"
    }

    static func notes(_ location: String, maxLength: Int?) -> [String: String] {
        var n = ["location": location]
        if let maxLength { n["maxLength"] = "at most \(maxLength) characters" }
        return n
    }

    static func unit(id: String, notes: [String: String], source: String, target: String?, reviewed: Bool) -> String {
        let state = target == nil ? "initial" : reviewed ? "reviewed" : "translated"
        var u = "<unit id=\"\(escape(id))\">\n<notes>"
        for key in notes.keys.sorted() { u += "<note category=\"\(key)\">\(escape(notes[key]!))</note>" }
        u += "</notes>\n<segment state=\"\(state)\">\n<source>\(escape(source))</source>\n"
        if let target { u += "<target>\(escape(target))</target>\n" }
        return u + "</segment>\n</unit>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// What an XLIFF file says, checked as the bundled translation files are checked (every unit
    /// known, placeholders kept, no markup, the plural forms the language needs, lengths, the Easy
    /// Read rules). The result replaces the translation files' entries.
    package struct Imported: Sendable {
        package var language: Language
        package var messages: [String: TranslationFile.Entry]
        /// By framework ID and version.
        package var frameworks: [String: [String: TranslationFile.Entry]]
        package var easyRead: [String: TranslationFile.Entry] = [:]
    }

    package static func read(
        _ bytes: [UInt8], file: String, catalogue: MessageCatalogue, frameworks: [Framework], easyRead: EasyRead? = nil
    ) throws(ToolError) -> Imported {
        let events: [XMLScanner.Event]
        do { events = try XMLScanner.events(bytes) } catch {
            throw ToolError(
                .badData, file: file, location: "byte \(error.offset)", "not well-formed XML: \(error.message)")
        }
        var problems: [Diagnostic] = []
        func problem(_ location: String, _ message: String) {
            problems.append(Diagnostic(file: file, location: location, message: message))
        }
        var language: Language?
        var currentFile: String?
        var unitID: String?
        var inElement: String?
        var source = ""
        var target: String?
        var markup = false
        var units: [(file: String, id: String, source: String, target: String?, markup: Bool)] = []
        for event in events {
            switch event {
            case .start(let name, let attributes):
                switch name {
                case "xliff":
                    if attributes["version"] != "2.0" { problem("xliff", "version must be 2.0") }
                    if attributes["srcLang"] != "en-GB" { problem("xliff", "srcLang must be en-GB") }
                    let tag = attributes["trgLang"] ?? ""
                    language = Language(tag: tag)
                    if language != .welsh {
                        problem("xliff", "trgLang \"\(tag)\" is not a language the tool translates into (cy)")
                    }
                case "file": currentFile = attributes["id"]
                case "unit":
                    unitID = attributes["id"]
                    source = ""
                    target = nil
                    markup = false
                case "source", "target":
                    inElement = name
                    if name == "target" { target = "" }
                case "notes", "note", "segment", "ignorable": break
                default:
                    if inElement != nil { markup = true }
                }
            case .text(let text):
                if inElement == "source" { source += text }
                if inElement == "target" { target = (target ?? "") + text }
            case .end(let name):
                if name == "source" || name == "target" { inElement = nil }
                if name == "unit", let id = unitID {
                    units.append((currentFile ?? "", id, source, target, markup))
                    unitID = nil
                }
            }
        }
        // What is XLIFF's to check here: each unit against its own source, markup elements, and
        // which file and plural form a unit belongs to. What a translation must be is checked
        // below by the same functions that check the bundled files.
        let frameworkKeys = Dictionary(
            frameworks.map { ("framework:\($0.id)@\($0.version.description)", $0) }, uniquingKeysWith: { a, _ in a })
        var messages: [String: TranslationFile.Entry] = [:]
        var forms: [String: [PluralCategory: String]] = [:]
        var frameworkEntries: [String: [String: TranslationFile.Entry]] = [:]
        var easyReadEntries: [String: TranslationFile.Entry] = [:]
        for u in units {
            let location = "\(u.file) unit \(u.id)"
            guard let target = u.target, !target.isBlank else { continue }
            if u.markup {
                problem(location, "the target holds markup (an element, <, > or &); give plain text")
                continue
            }
            if Placeholders.of(target) != Placeholders.of(u.source) {
                problem(
                    location,
                    "the target has placeholders \(Placeholders.of(target)) where the source has \(Placeholders.of(u.source)); keep each {n} once"
                )
                continue
            }
            if u.file == messagesFileID {
                let parts = u.id.split(separator: "#", omittingEmptySubsequences: false)
                let id = String(parts[0])
                if parts.count == 2 {
                    guard let category = PluralCategory(rawValue: String(parts[1])) else {
                        problem(location, "\(id) has no plural form \"\(parts[1])\"")
                        continue
                    }
                    forms[id, default: [:]][category] = target
                } else {
                    messages[id] = .text(target)
                }
            } else if u.file == easyReadFileID, easyRead != nil {
                easyReadEntries[u.id] = .text(target)
            } else if frameworkKeys[u.file] != nil {
                frameworkEntries[u.file, default: [:]][u.id] = .text(target)
            } else {
                problem(location, "no bundled framework version or catalogue is called \"\(u.file)\"")
            }
        }
        for (id, f) in forms { messages[id] = .forms(f) }
        let result = Imported(
            language: language ?? .welsh, messages: messages, frameworks: frameworkEntries, easyRead: easyReadEntries)
        for d in catalogue.problems(in: TranslationFile(language: result.language, entries: messages)) {
            problem("\(messagesFileID) unit \(d.location.dropFirst("entries.".count))", d.message)
        }
        for (fileID, entries) in frameworkEntries.sorted(by: { $0.key < $1.key }) {
            for p in frameworkKeys[fileID]!.translationProblems(entries) {
                problem("\(fileID) unit \(p.key)", p.message)
            }
        }
        for p in easyRead?.translationProblems(easyReadEntries) ?? [] {
            problem("\(easyReadFileID) unit \(p.key)", p.message)
        }
        guard problems.isEmpty else { throw ToolError(.badData, problems) }
        return result
    }
}

extension TranslationFile {
    /// The file as JSON, entries in ID order: the same translation, the same bytes.
    package func json() -> String {
        var members: [(key: String, value: JSONValue)] = [("language", .string(language.tag))]
        if let framework { members.append(("framework", .string(framework))) }
        if let version { members.append(("version", .string(version))) }
        members.append(("reviewedBy", reviewedBy.map(JSONValue.string) ?? .null))
        if let note { members.append(("note", .string(note))) }
        let ordered = entries.keys.sorted().map { key -> (key: String, value: JSONValue) in
            switch entries[key]! {
            case .text(let t): return (key, .string(t))
            case .forms(let f):
                return (
                    key, .object(PluralCategory.allCases.compactMap { c in f[c].map { (c.rawValue, .string($0)) } })
                )
            }
        }
        members.append(("entries", .object(ordered)))
        return JSONWriter.write(.object(members))
    }
}
