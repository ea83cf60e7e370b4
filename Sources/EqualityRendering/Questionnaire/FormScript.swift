import EqualityCore

/// What both offline forms (the full form and the Easy Read one) share in their scripts: reading
/// the data block, finding a question's answer, the one rule that hides a question (the tool's own,
/// from the framework), saving a file, keeping answers in the browser, clearing and restoring them.
/// Plain ES5; each form adds its own body, which defines `collect`, `apply` and `progress`.
enum FormScript {
    /// The form's whole script: the shared part (`Browser/form-common.js`), the answer-file reader
    /// (`Browser/answer-reader.js`), then the form's own (`body`), in one function. Answers are kept in the browser under a key that names the
    /// framework and version, after the data block's `storagePrefix`.
    static func wrap(_ body: String) -> String {
        "(function () {\n" + indented(BrowserFiles.formCommonJS) + indented(BrowserFiles.answerReaderJS)
            + indented(body) + "})();\n"
    }

    /// Two spaces before every line that has text, as the script sits inside its function.
    static func indented(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }.joined(
            separator: "\n")
    }

    /// What the reader needs: the reading rules and the framework's versions (`ReadingRules`).
    static func readingData(_ framework: Framework) -> [(key: String, value: JSONValue)] {
        // Earlier versions of a bundled framework are still read, and moved to this version on Load.
        let archived = BundledData.archivedVersions(framework.id).compactMap {
            try? BundledData.framework(framework.id, version: $0)
        }
        return [("rules", ReadingRules.tables), ("reading", ReadingRules.versionTables(framework, archived: archived))]
    }

    /// Which questions are asked only in some legal contexts (`Question.askedWhen`), as the script
    /// reads them: for each, the values of each context field under which it is asked.
    static func askedWhen(_ framework: Framework) -> JSONValue {
        .object(
            framework.questions.filter { !$0.askedWhen.values.isEmpty }.map { q in
                (
                    q.id,
                    .object(
                        q.askedWhen.fields.map { field in
                            (field.rawValue, .array((q.askedWhen.values[field] ?? []).map(JSONValue.string)))
                        })
                )
            })
    }

    /// Which questions are asked only after a given answer to an earlier one, as the script reads them.
    static func conditions(_ framework: Framework) -> JSONValue {
        .object(
            framework.questions.compactMap { q in
                q.condition.map { c in
                    (
                        q.id,
                        .object([
                            ("question", .string(c.question)),
                            ("responses", .array(c.responses.map(JSONValue.string))),
                        ])
                    )
                }
            })
    }
}
