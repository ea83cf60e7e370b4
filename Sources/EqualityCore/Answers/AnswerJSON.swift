/// Reading and writing answer sets as JSON (`Frameworks/schema/answers.schema.json`). The forms
/// read JSON by the same rules (`decodeJSON` in `EqualityRendering/Browser/answer-reader.js`),
/// pinned by the conformance corpus (`.ci/form_conformance.py`).
package enum AnswerJSON {
    static let respondentKeys = AnswerFields.respondent.map(\.key)

    package static func decode(_ bytes: [UInt8], file: String) throws(ToolError) -> AnswerSet {
        let value = try JSONParser.parse(bytes, file: file)
        let diagnostics = DiagnosticCollector()
        let root = JSONNode(value, diagnostics: diagnostics)
        var set = AnswerSet(framework: "", frameworkVersion: "")
        if let o = root.object(allowed: [
            "$schema", "framework", "frameworkVersion", "language", "respondent", "agreedWith", "drawnFrom", "context",
            "answers", "profile",
        ]) {
            set.framework = o.text("framework") ?? ""
            set.frameworkVersion = o.text("frameworkVersion") ?? ""
            if let node = o.field("language", required: false) {
                // The language the file was written in: a record, which changes nothing in the scores.
                if case .string(let tag) = node.value, let language = ReadingRules.answerLanguages[tag.lowercased()] {
                    set.language = language
                } else {
                    node.error("expected a language: \(ReadingRules.answerLanguageTags.joined(separator: " or "))")
                }
            }
            if let r = o.field("respondent", required: false)?.object(allowed: respondentKeys) {
                for key in respondentKeys { set.respondent[key] = r.freeText(key) ?? "" }
            }
            set.agreedWith = perspectives(o.field("agreedWith", required: false))
            set.drawnFrom = perspectives(o.field("drawnFrom", required: false))
            if let c = o.field("context", required: false)?.object(
                allowed: AssessmentContext.Field.allCases.map(\.rawValue))
            {
                for field in AssessmentContext.Field.allCases {
                    guard let node = c.field(field.rawValue, required: false) else { continue }
                    let text: String?
                    switch node.value {
                    case .string(let s): text = ReadingRules.contextValue(field, s)
                    case .bool(let b) where field == .servesUnder18s: text = b ? "true" : "false"
                    default: text = nil
                    }
                    let allowed = AssessmentContext.allowedValues(field)
                    guard let text, set.context.set(field, text) else {
                        let shown = field == .servesUnder18s ? "true or false" : allowed.joined(separator: ", ")
                        node.error("expected one of: \(shown)")
                        continue
                    }
                }
            }
            for (i, node) in (o.array("answers") ?? []).enumerated() {
                guard let a = node.object(allowed: ["question", "response", "evidence", "notes"]) else { continue }
                set.answers.append(
                    Answer(
                        question: a.text("question") ?? "", response: a.freeText("response"),
                        evidence: a.freeText("evidence") ?? "", notes: a.freeText("notes") ?? "",
                        location: "answers[\(i)]"))
            }
            if let p = o.field("profile", required: false), case .object(let members) = p.value {
                for member in members {
                    let node = JSONNode(member.value, path: "profile.\(member.key)", diagnostics: diagnostics)
                    switch member.value {
                    case .number(let n):
                        if n == n.rounded(), n >= 0, n <= 1_000_000 {
                            set.profile[member.key] = .count(Int(n))
                        } else {
                            node.error(
                                "expected a whole number of people from 0 to 1000000, found \(NumberText.plain(n))")
                        }
                    case .bool(let b): set.profile[member.key] = .yesNo(b)
                    case .array:
                        if let items = node.array() {
                            set.profile[member.key] = .choices(items.compactMap { $0.string() })
                        }
                    case .null: break
                    default:
                        node.error(
                            "expected a number, true or false, or a list of option IDs, found \(member.value.kindName)")
                    }
                }
            } else if let p = o.field("profile", required: false) {
                p.error("expected an object, found \(p.value.kindName)")
            }
        }
        guard diagnostics.isEmpty else { throw ToolError(.badData, diagnostics.items).inFile(file) }
        return set
    }

    /// A quick read of an answer file in its plain form (strings only, no escapes, no profile),
    /// straight from the bytes with no intermediate tree, for `aggregate`. It returns nil for
    /// anything else, and leaves answer locations empty, so a caller falls back to `decode` for
    /// messages. Tests check that whatever it accepts, `decode` accepts identically.
    static func quickDecode(_ bytes: [UInt8]) -> AnswerSet? {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = QuickAnswerScanner(bytes: buffer)
            return scanner.scan()
        }
    }

    /// A list of perspectives (`agreedWith`, `drawnFrom`), each once.
    static func perspectives(_ node: JSONNode?) -> [Perspective] {
        var result: [Perspective] = []
        for item in node?.array() ?? [] {
            guard let text = item.string(), let perspective = Perspective(rawValue: text) else {
                item.error("expected a perspective: \(Perspective.ids.joined(separator: ", "))")
                continue
            }
            if !result.contains(perspective) { result.append(perspective) }
        }
        return result
    }

    /// The answer set as JSON in the form `decode` reads: a saved file loads back identically.
    package static func encode(_ set: AnswerSet, profileOrder: [String] = []) -> String {
        var root: [(key: String, value: JSONValue)] = [
            ("framework", .string(set.framework)),
            ("frameworkVersion", .string(set.frameworkVersion)),
        ]
        if let language = set.language { root.append(("language", .string(language))) }
        root += [
            ("respondent", .object(respondentKeys.map { ($0, .string(set.respondent[$0])) }))
        ]
        if !set.drawnFrom.isEmpty { root.append(("drawnFrom", .array(set.drawnFrom.map { .string($0.rawValue) }))) }
        if !set.agreedWith.isEmpty { root.append(("agreedWith", .array(set.agreedWith.map { .string($0.rawValue) }))) }
        if !set.context.isEmpty {
            let members: [(key: String, value: JSONValue)] = AssessmentContext.Field.allCases.compactMap { field in
                guard let value = set.context.value(field) else { return nil }
                return (field.rawValue, field == .servesUnder18s ? .bool(value == "true") : .string(value))
            }
            root.append(("context", .object(members)))
        }
        if !set.profile.isEmpty {
            let keys =
                profileOrder.filter { set.profile[$0] != nil }
                + set.profile.keys.filter { !profileOrder.contains($0) }.sorted()
            root.append(
                (
                    "profile",
                    .object(
                        keys.compactMap { key in
                            switch set.profile[key] {
                            case .count(let n)?: return (key, .number(Double(n)))
                            case .yesNo(let b)?: return (key, .bool(b))
                            case .choices(let c)?: return (key, .array(c.map(JSONValue.string)))
                            case nil: return nil
                            }
                        })
                ))
        }
        root.append(
            (
                "answers",
                .array(
                    set.answers.map { a in
                        .object([
                            ("question", .string(a.question)), ("response", .string(a.response ?? "")),
                            ("evidence", .string(a.evidence)), ("notes", .string(a.notes)),
                        ])
                    })
            ))
        return JSONWriter.write(.object(root))
    }
}
