/// Reading answer sets from the CSV template that `questionnaire --format csv` writes, filled in
/// by a spreadsheet. Extra columns are ignored; errors name the row and column. The forms read
/// CSV by the same rules (`decodeCSV` in `EqualityRendering/Browser/answer-reader.js`), pinned by
/// the conformance corpus (`.ci/form_conformance.py`).
package enum AnswerCSV {
    /// The template's columns: the first four are read back; the rest help the person filling it in.
    package static let header = ["question", "response", "evidence", "notes", "stage", "text", "allowed"]

    static func decode(_ raw: [UInt8], file: String) throws(ToolError) -> AnswerSet {
        let bytes = CSVReader.utf8(raw)
        guard let separator = CSVReader.separator(bytes) else {
            throw ToolError(
                .badData, file: file, location: "row 1",
                "the header row has no question and response columns separated by commas, semicolons or tabs; the first row must name the columns: question,response,evidence,notes"
            )
        }
        let records: [CSVRecord]
        do { records = try CSVReader.parse(bytes, separator: separator) } catch {
            let named =
                separator == ";"
                ? " (read as semicolon-separated)" : separator == "\t" ? " (read as tab-separated)" : ""
            throw ToolError(.badData, file: file, location: "line \(error.line)", error.message + named)
        }
        guard let header = records.first else {
            throw ToolError(
                .badData, file: file, location: "line 1",
                "the file is empty; expected a header row with question,response,evidence,notes")
        }
        let names = header.fields.map { $0.trimmingWhitespace().lowercased() }
        let diagnostics = DiagnosticCollector()
        var columns: [String: Int] = [:]
        for name in ["question", "response", "evidence", "notes"] {
            if let i = names.firstIndex(of: name) {
                columns[name] = i
            } else if name == "question" || name == "response" {
                diagnostics.add(
                    "row 1",
                    "no \"\(name)\" column; the header needs at least question,response (evidence and notes are read too)"
                )
            }
        }
        guard diagnostics.isEmpty, let qCol = columns["question"], let rCol = columns["response"] else {
            throw ToolError(.badData, diagnostics.items).inFile(file)
        }
        var set = AnswerSet(framework: "", frameworkVersion: "")
        // A column saying which framework each row answers is honoured (it names the framework
        // when no framework:id row does) or, where it disagrees, refused; never ignored.
        let frameworkColumn = names.firstIndex(of: "framework")
        var rowFrameworks: [(place: String, id: String)] = []
        for (index, record) in records.enumerated().dropFirst() {
            let row = index + 1
            let place = record.line == row ? "row \(row)" : "row \(row) (line \(record.line))"
            if record.fields.allSatisfy({ $0.isBlank }) { continue }
            if record.fields.count > names.count, record.fields[names.count...].contains(where: { !$0.isBlank }) {
                diagnostics.add(
                    place,
                    "has \(record.fields.count) cells but the header has \(names.count); is a comma missing its quotes?"
                )
                continue
            }
            func cell(_ column: Int?) -> String {
                guard let column, column < record.fields.count else { return "" }
                return CSVText.restore(record.fields[column]).replacingCR()
            }
            let key = cell(qCol).trimmingWhitespace()
            let value = cell(rCol).trimmingWhitespace()
            if let frameworkColumn, !key.hasPrefix("framework:") {
                let id = cell(frameworkColumn).trimmingWhitespace()
                if !id.isEmpty { rowFrameworks.append(("\(place), column framework", id)) }
            }
            if key.hasPrefix("framework:") {
                switch key {
                case "framework:id": set.framework = value
                case "framework:version": set.frameworkVersion = value
                case "framework:agreedWith", "framework:drawnFrom":
                    var list: [Perspective] = []
                    for item in value.split(separator: ";").map({ String($0).trimmingWhitespace() }) where !item.isEmpty
                    {
                        guard let perspective = Perspective(rawValue: item) else {
                            var hint = "one of \(Perspective.ids.joined(separator: ", ")), separated by ;"
                            if let near = Spelling.nearest(to: item, in: Perspective.ids) {
                                hint = "did you mean \"\(near)\"?"
                            }
                            diagnostics.add("\(place), column response", "\"\(item)\" is not a perspective (\(hint))")
                            continue
                        }
                        if !list.contains(perspective) { list.append(perspective) }
                    }
                    if key == "framework:agreedWith" { set.agreedWith = list } else { set.drawnFrom = list }
                default:
                    diagnostics.add(
                        "\(place), column question",
                        "unknown row \"\(key)\" (known: framework:id, framework:version, framework:drawnFrom, framework:agreedWith)"
                    )
                }
            } else if key.hasPrefix("respondent:") {
                let field = String(key.dropFirst("respondent:".count))
                if field == "date", !value.isBlank {
                    if let iso = ReadingRules.date(value) {
                        set.respondent.date = iso
                    } else {
                        diagnostics.add(
                            "\(place), column response",
                            "\"\(value)\" is not a date; write it as \(ReadingRules.dateForms.joined(separator: ", or "))"
                        )
                    }
                } else if AnswerJSON.respondentKeys.contains(field) {
                    set.respondent[field] = cell(rCol)
                } else {
                    diagnostics.add(
                        "\(place), column question",
                        "unknown respondent field \"\(field)\" (known: \(AnswerJSON.respondentKeys.joined(separator: ", ")))"
                    )
                }
            } else if key.hasPrefix("context:") {
                let name = String(key.dropFirst("context:".count))
                guard let field = AssessmentContext.Field(rawValue: name) else {
                    let known = AssessmentContext.Field.allCases.map(\.rawValue).joined(separator: ", ")
                    diagnostics.add("\(place), column question", "unknown context field \"\(name)\" (known: \(known))")
                    continue
                }
                if value.isBlank { continue }
                if !set.context.set(field, ReadingRules.contextValue(field, value) ?? "") {
                    let allowed = AssessmentContext.allowedValues(field).joined(separator: ", ")
                    diagnostics.add("\(place), column response", "\"\(value)\" is not one of: \(allowed)")
                }
            } else if key.hasPrefix("profile:") {
                let field = String(key.dropFirst("profile:".count))
                if value.isBlank { continue }
                if ReadingRules.count(value) == nil, let n = wholeNumber(value) {
                    diagnostics.add(
                        "\(place), column response", "expected a whole number of people from 0 to 1000000, found \(n)")
                } else {
                    set.profile[field] = ReadingRules.profileValue(value, kind: nil)
                }
            } else {
                set.answers.append(
                    Answer(
                        question: key, response: value.isEmpty ? nil : value,
                        evidence: cell(columns["evidence"]), notes: cell(columns["notes"]), location: place))
            }
        }
        if let first = rowFrameworks.first {
            let answered = set.framework.isEmpty ? first.id : set.framework
            for (place, id) in rowFrameworks where id != answered {
                diagnostics.add(
                    place,
                    "names framework \"\(id)\", but this file answers \"\(answered)\"; one file answers one framework: split the rows into a file per framework, or correct the column"
                )
            }
            if set.framework.isEmpty { set.framework = answered }
        }
        guard diagnostics.isEmpty else { throw ToolError(.badData, diagnostics.items).inFile(file) }
        return set
    }

    /// "4.0" as a spreadsheet may write a whole number; nil for anything that is not one.
    static func wholeNumber(_ text: String) -> Int? {
        guard let d = Double(text), d == d.rounded(), abs(d) <= 1_000_000_000 else { return nil }
        return Int(d)
    }

    /// The answer set as a filled-in CSV template (the inverse of `decode`).
    package static func encode(_ set: AnswerSet, framework: Framework) -> String {
        var csv = CSVText.byteOrderMark + CSVText.row(header)
        csv += CSVText.row(["framework:id", set.framework, "", "", "", "Framework ID (do not change)", ""])
        csv += CSVText.row([
            "framework:version", set.frameworkVersion, "", "", "", "Framework version (do not change)", "",
        ])
        if !set.drawnFrom.isEmpty {
            csv += CSVText.row([
                "framework:drawnFrom", set.drawnFrom.map(\.rawValue).joined(separator: "; "), "", "", "",
                "The perspectives this draft was drawn from (do not change)", "",
            ])
        }
        // A draft gets an empty agreement row for the group to fill in once it agrees.
        if !set.agreedWith.isEmpty || !set.drawnFrom.isEmpty {
            csv += CSVText.row([
                "framework:agreedWith", set.agreedWith.map(\.rawValue).joined(separator: "; "), "", "", "",
                "When the group agrees these answers: the perspectives that agreed, separated by ; (\(Perspective.ids.joined(separator: "; ")))",
                "",
            ])
        }
        for (field, label) in AnswerFields.context where framework.contextFields.contains(field) {
            csv += CSVText.row(["context:\(field.rawValue)", set.context.value(field) ?? "", "", "", "", label, ""])
        }
        for (key, label) in AnswerFields.respondent(for: framework) {
            csv += CSVText.row(["respondent:\(key)", set.respondent[key], "", "", "", label, ""])
        }
        for field in framework.profile?.fields ?? [] {
            var value = ""
            switch set.profile[field.id] {
            case .count(let n)?: value = String(n)
            case .yesNo(let b)?: value = b ? "yes" : "no"
            case .choices(let c)?: value = c.joined(separator: ";")
            case nil: break
            }
            csv += CSVText.row(["profile:\(field.id)", value, "", "", "", field.label, ""])
        }
        for answer in set.answers {
            let q = framework.question(answer.question)
            csv += CSVText.row([
                answer.question, answer.response ?? "", answer.evidence, answer.notes, q?.stage ?? "", q?.text ?? "",
                "",
            ])
        }
        return csv
    }
}
