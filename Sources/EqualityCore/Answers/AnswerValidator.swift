import FoundationEssentials

/// Checks an answer set against the framework it claims to answer: the framework and version,
/// question IDs, responses, reasons for not applicable, dates and the organisation profile.
/// The forms' Load applies the same checks (`validateSet` in `EqualityRendering/Browser/
/// answer-reader.js`); the conformance corpus run by `.ci/form_conformance.py` pins the two.
/// Every problem is reported, each at its JSON path or CSV row and column.
package enum AnswerValidator {
    package static func validate(_ set: AnswerSet, against framework: Framework, file: String) throws(ToolError)
        -> AnswerSet
    {
        let diagnostics = DiagnosticCollector()
        var result = set
        let isCSV = set.answers.first?.location.hasPrefix("row") ?? false
        func place(_ answer: Answer, _ column: String) -> String {
            answer.location.hasPrefix("row") ? "\(answer.location), column \(column)" : "\(answer.location).\(column)"
        }
        let top = { (key: String) in
            isCSV ? "row with question \"framework:\(key == "framework" ? "id" : "version")\"" : key
        }

        if set.framework != framework.id {
            let found = set.framework.isEmpty ? "no framework ID" : "\"\(set.framework)\""
            diagnostics.add(
                top("framework"),
                "the answers name \(found) but the framework is \"\(framework.id)\"", remedy: .nameTheMatchingFramework)
        } else if set.frameworkVersion != framework.version.description {
            diagnostics.add(top("frameworkVersion"), versionChange(set, framework))
        }
        let date = set.respondent.date
        if !date.isBlank {
            if let iso = ReadingRules.date(date) {
                result.respondent.date = iso
            } else {
                diagnostics.add(
                    isCSV ? "row with question \"respondent:date\"" : "respondent.date",
                    "\"\(date)\" is not a date; write it as \(ReadingRules.dateForms.joined(separator: ", or "))")
            }
        } else if !date.isEmpty {
            result.respondent.date = ""
        }
        let perspective = set.respondent.perspective
        if let known = ReadingRules.perspective(perspective) {
            result.respondent.perspective = known.rawValue
        } else if !perspective.isBlank {
            let near =
                Spelling.nearest(to: perspective.lowercased(), in: Perspective.ids).map { "did you mean \"\($0)\"? " }
                ?? ""
            diagnostics.add(
                isCSV ? "row with question \"respondent:perspective\"" : "respondent.perspective",
                "\"\(perspective)\" is not a perspective (\(near)allowed: \(Perspective.ids.joined(separator: ", ")))")
        }
        let ids = framework.questions.map(\.id)
        var seen = Set<String>()
        seen.reserveCapacity(set.answers.count)
        for (i, original) in set.answers.enumerated() {
            var answer = original
            guard !answer.question.isBlank else { continue }
            // "na-02" or " NA-02 " is NA-02: IDs match whatever their letter case.
            if !framework.hasQuestion(answer.question), let id = ReadingRules.questionID(answer.question, in: ids) {
                answer.question = id
                result.answers[i].question = id
            }
            guard framework.hasQuestion(answer.question) else {
                let near =
                    Spelling.nearest(to: ReadingRules.trimmed(answer.question).uppercased(), in: ids).map {
                        " (did you mean \"\($0)\"?)"
                    } ?? ""
                diagnostics.add(
                    place(answer, "question"),
                    "unknown question \"\(answer.question)\" in \(framework.id) \(framework.version)\(near)")
                continue
            }
            guard seen.insert(answer.question).inserted else {
                let first =
                    set.answers.first { ReadingRules.questionID($0.question, in: ids) == answer.question }?.location
                    ?? "an earlier answer"
                diagnostics.add(
                    place(answer, "question"),
                    "\"\(answer.question)\" is answered twice (first at \(first)); keep one answer")
                continue
            }
            guard let raw = answer.response, !raw.isBlank else {
                if answer.response != nil { result.answers[i].response = nil }
                continue
            }
            guard let response = ReadingRules.response(raw) else {
                let near =
                    Spelling.nearest(to: raw.lowercased(), in: ResponseID.all).map { "did you mean \"\($0)\"? " } ?? ""
                diagnostics.add(
                    place(answer, "response"),
                    "unknown response \"\(raw)\" (\(near)allowed: \(ResponseID.all.joined(separator: ", ")))")
                continue
            }
            if response != raw { result.answers[i].response = response }
            if framework.scale.option(response)?.requiresReason == true && !answer.hasNotes {
                diagnostics.add(
                    place(answer, "notes"),
                    "\(response) needs a reason in notes: say why \(answer.question) does not apply")
            }
        }
        for field in AssessmentContext.Field.allCases
        where set.context.value(field) != nil && !framework.contextFields.contains(field) {
            let asked = framework.contextFields.map(\.rawValue).joined(separator: ", ")
            diagnostics.add(
                isCSV ? "row with question \"context:\(field.rawValue)\"" : "context.\(field.rawValue)",
                "the framework \(framework.id) does not ask \(field.rawValue) (it asks: \(asked.isEmpty ? "nothing" : asked)); remove it"
            )
        }
        if let profile = framework.profile {
            checkProfile(set.profile, profile, diagnostics: diagnostics, isCSV: isCSV)
        } else if !set.profile.isEmpty {
            diagnostics.add(
                isCSV ? "profile rows" : "profile",
                "the framework \(framework.id) has no organisation profile; remove these answers")
        }
        guard diagnostics.isEmpty else { throw ToolError(.badData, diagnostics.items).inFile(file) }
        return result
    }

    /// Accepts the response IDs and the forms a person types in a spreadsheet ("Partly", "N/A", "Don't know").
    package static func normalise(_ raw: String) -> String? { ReadingRules.response(raw) }

    static func versionChange(_ set: AnswerSet, _ framework: Framework) -> String {
        var message =
            "the answers were made for version \(set.frameworkVersion.isEmpty ? "(none given)" : set.frameworkVersion) but the framework is \(framework.version)"
        let answered = Set(set.answers.map(\.question))
        let current = framework.questions.map(\.id)
        let removed = set.answers.map(\.question).filter { !current.contains($0) }
        let added = current.filter { !answered.contains($0) }
        if !removed.isEmpty {
            message += "; answered questions no longer in the framework: \(removed.joined(separator: ", "))"
        }
        if !added.isEmpty && added.count < current.count {
            message += "; questions in the framework with no answer: \(added.joined(separator: ", "))"
        }
        return message
            + ". Set frameworkVersion to \(framework.version) once you have checked the answers still hold, or use 'equality-assess compare' across versions"
    }

    private static func checkProfile(
        _ values: [String: ProfileValue], _ profile: OrganisationProfile, diagnostics: DiagnosticCollector, isCSV: Bool
    ) {
        let path = { (id: String) in isCSV ? "row with question \"profile:\(id)\"" : "profile.\(id)" }
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            guard let field = profile.field(key) else {
                diagnostics.add(
                    path(key), "unknown profile field (known: \(profile.fields.map(\.id).joined(separator: ", ")))")
                continue
            }
            switch (field.kind, value) {
            case (.count, .count), (.yesNo, .yesNo): break
            case (.choices, .choices(let chosen)):
                let options = field.options.map(\.id)
                for option in chosen where !options.contains(option) {
                    diagnostics.add(
                        path(key), "unknown option \"\(option)\" (known: \(options.joined(separator: ", ")))")
                }
            case (.count, _): diagnostics.add(path(key), "expected a whole number of people")
            case (.yesNo, _): diagnostics.add(path(key), isCSV ? "expected yes or no" : "expected true or false")
            case (.choices, _):
                diagnostics.add(
                    path(key), isCSV ? "expected option IDs separated by ;" : "expected a list of option IDs")
            }
        }
        for category in profile.network?.categories ?? [] {
            guard case .sharesAtLeast(_, let shares) = category.rule else { continue }
            for share in shares {
                let count = { (id: String) -> Int? in if case .count(let n)? = values[id] { n } else { nil } }
                if let problem = share.problem(count) { diagnostics.add(path(problem.field), problem.message) }
            }
        }
    }
}
