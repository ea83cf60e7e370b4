/// How every channel reads what a person typed: the one definition of each reading rule. The
/// JSON and CSV readers, `ask`, `aggregate` and `perspectives` call these functions; the offline
/// forms receive the same tables through their data block (`ReadingRules.formData`) and apply
/// them in `Browser/answer-reader.js`, which is pinned to this file by the conformance corpus
/// (`Tests/EqualityTests/Fixtures/conformance/`, run through both by `.ci/form_conformance.py`).
package enum ReadingRules {
    /// The languages an answer file may say it was written in, as a person may spell them
    /// (lower case, `Language.spellings`), and the tag each is recorded as. The pseudo-locale is
    /// for tests, not answers.
    package static let answerLanguages: [String: String] = Language.spellings.filter { $0.value != .pseudo }
        .mapValues(\.tag)
    package static let answerLanguageTags = [Language.english.tag, Language.welsh.tag]

    // MARK: Blank

    /// The characters that count as nothing typed: Unicode White_Space, plus the byte order mark
    /// and zero-width spaces a spreadsheet or a paste can leave behind.
    package static let blankRanges: [ClosedRange<UInt32>] = [
        0x09...0x0D, 0x20...0x20, 0x85...0x85, 0xA0...0xA0, 0x1680...0x1680, 0x2000...0x200B, 0x2028...0x2029,
        0x202F...0x202F, 0x205F...0x205F, 0x3000...0x3000, 0xFEFF...0xFEFF,
    ]

    package static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v > 0x20 && v < 0x85 { return false }
        return blankRanges.contains { $0.contains(v) }
    }

    /// Nothing but blank characters.
    package static func isBlank(_ text: String) -> Bool { text.unicodeScalars.allSatisfy(isBlank) }

    /// The text without blank characters at either end.
    package static func trimmed(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        while let first = scalars.first, isBlank(first) { scalars.removeFirst() }
        while let last = scalars.last, isBlank(last) { scalars.removeLast() }
        return String(scalars)
    }

    /// The key a typed word is matched by: trimmed, lower case, curly apostrophes straight, and
    /// runs of spaces, hyphens and underscores as one hyphen ("Partly in place" → "partly-in-place").
    package static func key(_ text: String) -> String {
        var out = ""
        var gap = false
        for scalar in trimmed(text).lowercased().unicodeScalars {
            if scalar == " " || scalar == "_" || scalar == "-" || isBlank(scalar) {
                gap = true
                continue
            }
            if gap && !out.isEmpty { out += "-" }
            gap = false
            out.unicodeScalars.append(scalar == "\u{2019}" || scalar == "\u{2018}" ? "'" : scalar)
        }
        return out
    }

    // MARK: Responses

    /// The words people type for each response, by key (see `key`), beside the IDs themselves.
    /// (The labels of the bundled scale, as keys, are among them.)
    package static let responseAliases: [String: String] = [
        "n/a": "not-applicable", "na": "not-applicable", "don't-know": "dont-know", "do-not-know": "dont-know",
        "not-known": "dont-know", "partly-in-place": "partly", "mostly-in-place": "mostly", "fully-in-place": "fully",
        "fully-in-place-and-evidenced": "fully",
    ]

    /// A response as typed ("Partly", "N/A", "Don't know", "fully") as its ID, or nil.
    package static func response(_ raw: String, ids: [String] = ResponseID.all) -> String? {
        if ids.contains(raw) { return raw }
        let k = key(raw)
        if ids.contains(k) { return k }
        return responseAliases[k].flatMap { ids.contains($0) ? $0 : nil }
    }

    // MARK: Yes or no

    package static let yesWords = ["true", "yes", "y"]
    package static let noWords = ["false", "no", "n"]

    /// "TRUE" (as LibreOffice writes it), "yes", "Y" and the like; nil for anything else.
    package static func boolean(_ raw: String) -> Bool? {
        let k = key(raw)
        if yesWords.contains(k) { return true }
        if noWords.contains(k) { return false }
        return nil
    }

    // MARK: Dates

    /// The forms a date is read in, as the template and the forms' help say them.
    package static let dateForms = ["YYYY-MM-DD (2026-11-20)", "DD/MM/YYYY (20/11/2026)", "DD/MM/YY (20/11/26)"]

    /// A date as typed, as YYYY-MM-DD: ISO (also with a time after it, as a spreadsheet may save
    /// it), or day/month/year as written in the UK with four or two figures for the year (a
    /// spreadsheet in a UK locale writes 20/11/26; two figures mean 20YY). Nil when not a real date.
    package static func date(_ raw: String) -> String? {
        let text = trimmed(raw)
        if ReportDate.isValid(text) { return text }
        if text.count > 10, let t = text.firstIndex(where: { $0 == "T" || $0 == " " }) {
            let day = String(text[..<t])
            if ReportDate.isValid(day) { return day }
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || parts[2].count == 2,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2])
        else { return nil }
        if parts[2].count == 2 { y += 2000 }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let iso = "\(y)-\(pad(m))-\(pad(d))"
        return ReportDate.isValid(iso) ? iso : nil
    }

    // MARK: Identifiers

    /// A question ID as typed ("na-02", " NA-02 ") as the framework writes it, or nil.
    package static func questionID(_ raw: String, in ids: [String]) -> String? {
        let text = trimmed(raw)
        if ids.contains(text) { return text }
        let upper = text.uppercased()
        return ids.first { $0.uppercased() == upper }
    }

    // MARK: Counts

    /// A whole number of people as typed: digits, optionally followed by a point and zeros as a
    /// spreadsheet may write it ("4", "4.0", " 12 "), from 0 to 1,000,000; nil for anything else.
    package static func count(_ raw: String) -> Int? {
        let text = trimmed(raw)
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, !whole.isEmpty, whole.count <= 7,
            whole.unicodeScalars.allSatisfy({ $0.value >= 0x30 && $0.value <= 0x39 }),
            parts.count == 1 || (!parts[1].isEmpty && parts[1].allSatisfy { $0 == "0" }),
            let n = Int(whole), n <= 1_000_000
        else { return nil }
        return n
    }

    // MARK: The organisation profile

    /// A profile answer as typed, read by the field's kind: a count, yes or no, or options (by
    /// number in the list, ID or label, separated by commas or semicolons; blank for none). With no
    /// kind (a spreadsheet row, read before the framework is known) the value decides: a count,
    /// then yes or no, then option IDs separated by semicolons. Nil when it cannot be read.
    package static func profileValue(_ raw: String, kind: ProfileField.Kind?, options: [ProfileOption] = [])
        -> ProfileValue?
    {
        switch kind {
        case .count?: return count(raw).map { .count($0) }
        case .yesNo?: return boolean(raw).map { .yesNo($0) }
        case .choices?:
            var chosen: [String] = []
            for part in trimmed(raw).split(whereSeparator: { $0 == "," || $0 == ";" }) {
                let token = trimmed(String(part))
                if token.isEmpty { continue }
                if let n = Int(token), n >= 1, n <= options.count {
                    chosen.append(options[n - 1].id)
                } else if let option = options.first(where: { key($0.id) == key(token) || key($0.label) == key(token) })
                {
                    chosen.append(option.id)
                } else {
                    return nil
                }
            }
            return .choices(options.map(\.id).filter { chosen.contains($0) })
        case nil:
            if let n = count(raw) { return .count(n) }
            if let b = boolean(raw) { return .yesNo(b) }
            return .choices(raw.split(separator: ";").map { trimmed(String($0)) }.filter { !$0.isEmpty })
        }
    }

    // MARK: Choices

    /// A context value as typed: its ID or its label, in any letter case ("Wales", "public authority",
    /// "Yes" for serving under-18s), as the ID; nil for anything else.
    package static func contextValue(_ field: AssessmentContext.Field, _ raw: String) -> String? {
        if field == .servesUnder18s { return boolean(raw).map { $0 ? "true" : "false" } }
        let k = key(raw)
        return AssessmentContext.choices(field).first { key($0.value) == k || key($0.label) == k }?.value
    }

    /// A perspective as typed: its ID or its label, in any letter case.
    package static func perspective(_ raw: String) -> Perspective? {
        let k = key(raw)
        return Perspective.allCases.first { key($0.rawValue) == k || key($0.label) == k }
    }

    // MARK: The same rules for the forms' script

    /// Every table above, as the forms' data block carries it (`Browser/answer-reader.js`).
    package static var tables: JSONValue {
        func pairs(_ list: [(value: String, label: String)]) -> JSONValue {
            .array(list.map { .object([("value", .string($0.value)), ("label", .string($0.label))]) })
        }
        return .object([
            (
                "blank",
                .array(blankRanges.map { .array([.number(Double($0.lowerBound)), .number(Double($0.upperBound))]) })
            ),
            ("responseIDs", .array(ResponseID.all.map(JSONValue.string))),
            (
                "responseAliases",
                .object(responseAliases.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
            ),
            ("yes", .array(yesWords.map(JSONValue.string))), ("no", .array(noWords.map(JSONValue.string))),
            ("dateForms", .array(dateForms.map(JSONValue.string))),
            ("contextFields", .array(AssessmentContext.Field.allCases.map { .string($0.rawValue) })),
            (
                "context",
                .object(AssessmentContext.Field.allCases.map { ($0.rawValue, pairs(AssessmentContext.choices($0))) })
            ),
            ("perspectives", pairs(Perspective.allCases.map { ($0.rawValue, $0.label) })),
            ("respondent", .array(AnswerFields.respondent.map { .string($0.key) })),
            ("languages", .object(answerLanguages.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
            ("languageTags", .array(answerLanguageTags.map(JSONValue.string))),
        ])
    }

    /// What the forms check an answer file against, for the framework and each earlier version
    /// still read: question IDs, responses, the profile; for an earlier version, what moving its
    /// answers to the current version changes (`Comparison.changes`, as `compare` lists them).
    package static func versionTables(_ current: Framework, archived: [Framework]) -> JSONValue {
        func table(_ f: Framework) -> [(key: String, value: JSONValue)] {
            let profile = f.profile?.fields ?? []
            let shares = (f.profile?.network?.categories ?? []).flatMap { category -> [NetworkRule.Share] in
                if case .sharesAtLeast(_, let shares) = category.rule { return shares }
                return []
            }
            return [
                ("version", .string(f.version.description)),
                ("questions", .array(f.questions.map { .string($0.id) })),
                (
                    "responses",
                    .array(
                        f.scale.responses.map {
                            .object([("id", .string($0.id)), ("requiresReason", .bool($0.requiresReason))])
                        })
                ),
                ("context", .array(f.contextFields.map { .string($0.rawValue) })),
                ("hasProfile", .bool(f.profile != nil)),
                (
                    "profile",
                    .array(
                        profile.map {
                            .object([
                                ("id", .string($0.id)), ("kind", .string($0.kind.rawValue)),
                                ("options", .array($0.options.map { .string($0.id) })),
                            ])
                        })
                ),
                (
                    "shares",
                    .array(
                        shares.map {
                            .object([
                                ("part", .string($0.part)), ("whole", .string($0.whole)),
                                ("undisclosed", $0.undisclosed.map(JSONValue.string) ?? .null),
                            ])
                        })
                ),
            ]
        }
        var versions: [(key: String, value: JSONValue)] = [(current.version.description, .object(table(current)))]
        for old in archived where old.version != current.version {
            let change = Comparison.changes(from: old, to: current)
            versions.append(
                (
                    old.version.description,
                    .object(
                        table(old) + [
                            ("removedSince", .array(change.removed.map(JSONValue.string))),
                            ("changedSince", .array(change.changed.map { .string($0.id) })),
                            ("addedSince", .array(change.added.map(JSONValue.string))),
                        ])
                ))
        }
        return .object([("versions", .object(versions))])
    }
}
