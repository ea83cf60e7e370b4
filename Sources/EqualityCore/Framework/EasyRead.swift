import FrameworkData

/// Easy Read versions of every question in the bundled frameworks, and of the six answers, as data
/// (`Frameworks/easy-read.json`), for people who use the service to take part. Checked on load:
/// every question has one, and each is one short question in plain words.
package struct EasyRead: Sendable {
    /// Plain-words answers, by response ID.
    package var answers: [String: String]
    /// The answers as the Easy Read form words them for a person who uses the service, where they
    /// differ (they say what they have seen, not what an organisation can show).
    package var formAnswers: [String: String] = [:]
    /// The answers as the Easy Read report words them: what the organisation said, in the third
    /// person ("They said they do not know"), so a reader never takes it for their own answer.
    package var reportAnswers: [String: String] = [:]
    /// Plain-words questions, by question ID.
    package var questions: [String: String]
    /// Plain-words stage names, by framework ID and stage ID.
    package var stages: [String: [String: String]] = [:]
    /// The picture beside each stage's questions, by stage ID (the same in both frameworks).
    package var symbols: [String: EasyReadSymbol] = [:]
    /// The credit the symbols' licence asks for, printed wherever they are.
    package var symbolCredit = ""
    /// For each question ID, whether a person who uses the service can answer it from their own
    /// experience, and why (for the people who choose the questions, not for the form).
    package var livedExperience: [String: (answerable: Bool, reason: String)] = [:]

    /// A question a person who uses the service can answer from their own experience: the Easy
    /// Read form asks only these, and `perspectives` compares people with lived experience on them.
    package func isForLivedExperience(_ question: String) -> Bool { livedExperience[question]?.answerable == true }

    /// The questions the Easy Read form asks: those a person can answer from their own experience
    /// that the exercise's legal context does not rule out, in framework order.
    package func formQuestions(_ framework: Framework, context: AssessmentContext) -> [Question] {
        let chosen = framework.questions.filter {
            isForLivedExperience($0.id) && DutyApplicability.of($0.askedWhen, in: context).counts
        }
        // A conditional question comes only with the question it depends on.
        let ids = Set(chosen.map(\.id))
        return chosen.filter { $0.condition.map { ids.contains($0.question) } ?? true }
    }

    /// An answer as the Easy Read form words it.
    package func formAnswer(_ response: String) -> String? { formAnswers[response] ?? answers[response] }

    package func stageName(_ framework: Framework, _ stage: String) -> String {
        stages[framework.id]?[stage] ?? framework.stages.first { $0.id == stage }?.name ?? stage
    }

    package static let maximumWords = 15

    /// The problems with one Easy Read text: too long, not one question, brackets, abbreviations.
    package static func problems(_ text: String, isQuestion: Bool) -> [String] {
        var found: [String] = []
        let words = text.split(whereSeparator: \.isWhitespace)
        if words.count > maximumWords { found.append("\(words.count) words; keep it to \(maximumWords) or fewer") }
        if isQuestion && !text.hasSuffix("?") { found.append("end it with a question mark") }
        if text.dropLast().contains(where: { ".?!;:".contains($0) }) { found.append("keep it to one sentence") }
        if text.contains(where: { "()[]/".contains($0) }) { found.append("no brackets or slashes") }
        for word in words {
            let letters = word.filter(\.isLetter)
            if letters.count >= 2 && letters.allSatisfy(\.isUppercase) {
                found.append("\"\(word)\" looks like an abbreviation; spell it out")
            }
        }
        return found
    }

    static func decode(
        _ bytes: [UInt8], file: String, frameworks: [Framework],
        symbolFile: (String) -> [UInt8]? = FrameworkCatalogue.symbol
    ) throws(ToolError) -> EasyRead {
        let diagnostics = DiagnosticCollector()
        let root = JSONNode(try JSONParser.parse(bytes, file: file), diagnostics: diagnostics)
        var easy = EasyRead(answers: [:], questions: [:])
        if let o = root.object(allowed: [
            "about", "answers", "formAnswers", "reportAnswers", "stages", "symbols", "symbolCredit", "questions",
            "livedExperience",
        ]) {
            _ = o.text("about")
            easy.symbolCredit = o.text("symbolCredit") ?? ""
            if let node = o.field("symbols"), case .object(let stages) = node.value {
                for stage in stages {
                    let path = "symbols.\(stage.key)"
                    guard let s = node.child(stage.key, stage.value).object(allowed: ["file", "description"]),
                        let name = s.text("file"), let description = s.text("description")
                    else { continue }
                    for problem in problems(description, isQuestion: false) {
                        diagnostics.add("\(path).description", problem)
                    }
                    guard let bytes = symbolFile(name) else {
                        diagnostics.add("\(path).file", "no symbol file \(name) is compiled in (Frameworks/symbols/)")
                        continue
                    }
                    guard
                        let (viewBox, drawing) = EasyReadSymbol.parse(
                            String(decoding: bytes, as: UTF8.self), location: "Frameworks/symbols/\(name)",
                            diagnostics: diagnostics)
                    else { continue }
                    easy.symbols[stage.key] = EasyReadSymbol(
                        file: name, description: description, viewBox: viewBox, drawing: drawing)
                }
            }
            if let node = o.field("livedExperience"), case .object(let members) = node.value {
                for member in members {
                    guard let e = node.child(member.key, member.value).object(allowed: ["answerable", "reason"]),
                        let reason = e.text("reason")
                    else { continue }
                    guard case .bool(let answerable)? = e.field("answerable")?.value else {
                        diagnostics.add("livedExperience.\(member.key).answerable", "expected true or false")
                        continue
                    }
                    easy.livedExperience[member.key] = (answerable, reason)
                }
            } else {
                diagnostics.add("livedExperience", "expected an object: for each question, answerable and reason")
            }
            if let node = o.field("stages"), case .object(let frameworks) = node.value {
                for framework in frameworks {
                    guard case .object(let names) = framework.value else { continue }
                    for name in names {
                        guard case .string(let text) = name.value else { continue }
                        for problem in problems(text, isQuestion: false) {
                            diagnostics.add("stages.\(framework.key).\(name.key)", problem)
                        }
                        easy.stages[framework.key, default: [:]][name.key] = text
                    }
                }
            }
            for (key, value) in [
                ("answers", false), ("formAnswers", false), ("reportAnswers", false), ("questions", true),
            ] {
                guard let node = o.field(key, required: key != "formAnswers") else { continue }
                guard case .object(let members) = node.value else {
                    diagnostics.add(key, "expected an object of texts")
                    continue
                }
                for member in members {
                    guard case .string(let text) = member.value else {
                        diagnostics.add("\(key).\(member.key)", "expected a text")
                        continue
                    }
                    for problem in problems(text, isQuestion: value) {
                        diagnostics.add("\(key).\(member.key)", problem)
                    }
                    switch key {
                    case "questions": easy.questions[member.key] = text
                    case "formAnswers": easy.formAnswers[member.key] = text
                    case "reportAnswers": easy.reportAnswers[member.key] = text
                    default: easy.answers[member.key] = text
                    }
                }
            }
        }
        // Two questions that read the same cannot be told apart by a reader (or by a report read back).
        var byText: [String: String] = [:]
        for (id, text) in easy.questions.sorted(by: { $0.key < $1.key }) {
            if let other = byText[text] {
                diagnostics.add(
                    "questions.\(id)", "reads the same as \(other); word it so a reader can tell them apart")
            }
            byText[text] = id
        }
        var unsymbolled: Set<String> = []
        var unreported: Set<String> = []
        for framework in frameworks {
            for q in framework.questions where easy.questions[q.id] == nil {
                diagnostics.add("questions", "no Easy Read version of \(framework.id) \(q.id); add one")
            }
            for q in framework.questions where easy.livedExperience[q.id] == nil {
                diagnostics.add(
                    "livedExperience",
                    "\(framework.id) \(q.id) is not marked: say whether a person who uses the service can answer it")
            }
            if !framework.questions.contains(where: { easy.isForLivedExperience($0.id) }) {
                diagnostics.add(
                    "livedExperience", "no question of \(framework.id) can be answered from experience; mark some")
            }
            for stage in framework.stages where easy.stages[framework.id]?[stage.id] == nil {
                diagnostics.add("stages", "no Easy Read name for \(framework.id) stage \(stage.id); add one")
            }
            for stage in framework.stages where easy.symbols[stage.id] == nil && !unsymbolled.contains(stage.id) {
                unsymbolled.insert(stage.id)
                diagnostics.add("symbols", "no usable symbol for stage \(stage.id); add one")
            }
            for r in framework.scale.responses where easy.answers[r.id] == nil {
                diagnostics.add("answers", "no Easy Read answer for \(r.id); add one")
            }
            for r in framework.scale.responses where easy.reportAnswers[r.id] == nil && !unreported.contains(r.id) {
                unreported.insert(r.id)
                diagnostics.add("reportAnswers", "no Easy Read report wording for \(r.id); add one")
            }
        }
        let responses = Set(frameworks.flatMap { $0.scale.responses.map(\.id) })
        for (name, texts) in [("formAnswers", easy.formAnswers), ("reportAnswers", easy.reportAnswers)] {
            for key in texts.keys.sorted() where !responses.contains(key) {
                diagnostics.add(
                    "\(name).\(key)", "not a response of the frameworks (\(responses.sorted().joined(separator: ", ")))"
                )
            }
        }
        guard diagnostics.isEmpty else { throw ToolError(.badData, diagnostics.items).inFile(file) }
        return easy
    }
}

extension BundledData {
    /// The bundled Easy Read texts, checked against both bundled frameworks.
    /// The Easy Read texts, decoded and checked against the bundled frameworks once per process.
    package static func easyRead() throws(ToolError) -> EasyRead { try decodedEasyRead.get() }

    private static let decodedEasyRead: Result<EasyRead, ToolError> = {
        do throws(ToolError) {
            var frameworks: [Framework] = []
            for id in frameworkIDs { if let f = try framework(id) { frameworks.append(f) } }
            return .success(
                try EasyRead.decode(
                    FrameworkCatalogue.easyRead, file: "Frameworks/easy-read.json", frameworks: frameworks))
        } catch { return .failure(error) }
    }()
}
