import EqualityCore
import EqualityRendering
import Foundation

/// The terminal interview behind `ask`: respondent details, the organisation profile, then each
/// question in order. The answer file is rewritten atomically after every answer, so stopping at
/// any point (Ctrl-C, a killed terminal, end of input) loses nothing already answered, and the next
/// run resumes at the first unanswered question.
final class Interview {
    enum Step: Equatable {
        case context(AssessmentContext.Field)
        case respondent(String)
        case profile(String)
        case question(String)
    }

    enum Reply: Equatable {
        case text(String)
        case back, skip, guidance, quit, help
        case endOfInput
    }

    let framework: Framework
    let path: String
    let console: any Console
    let sources: SourceRegister
    /// Saves on Ctrl-C when the interview runs as the real process.
    var interruptSaver: InterruptSaver?
    let colour: Bool
    var answerSet: AnswerSet
    let steps: [Step]
    /// Steps finished in an earlier run or this one (respondent details count once asked).
    var done: Set<Int> = []
    /// Steps the person skipped in this run, so the interview moves past them.
    var skipped: Set<Int> = []
    /// Conditional questions already said to be not asked (and so to announce when they come back).
    var announcedNotAsked: Set<String> = []

    init(framework: Framework, path: String, console: any Console) throws(ToolError) {
        self.framework = framework
        self.path = path
        self.console = console
        sources = try BundledData.sources()
        colour = console.colour
        var steps = framework.contextFields.map { Step.context($0) }
        steps += AnswerFields.respondent.map { Step.respondent($0.key) }
        steps += (framework.profile?.fields ?? []).map { Step.profile($0.id) }
        steps += framework.questions.map { Step.question($0.id) }
        self.steps = steps
        if FileManager.default.fileExists(atPath: path) {
            let bytes = try InputFile.read(path)
            let loaded: AnswerSet
            do throws(ToolError) {
                loaded = try AnswerValidator.validate(
                    try AnswerJSON.decode(bytes, file: path), against: framework, file: path)
            } catch {
                throw ToolError(
                    error.kind,
                    error.diagnostics + [
                        Diagnostic(
                            file: path, location: "",
                            message:
                                "cannot continue this answer file; fix it with the messages above, or give another -o")
                    ])
            }
            answerSet = loaded
            for (i, step) in steps.enumerated() {
                switch step {
                case .respondent, .context: done.insert(i)
                case .profile(let id): if answerSet.profile[id] != nil { done.insert(i) }
                case .question(let id): if answerSet.answer(id)?.isAnswered == true { done.insert(i) }
                }
            }
        } else {
            answerSet = AnswerSet(framework: framework.id, frameworkVersion: framework.version.description)
        }
    }

    // MARK: - Running

    /// How the interview ended: every question visited, the person quit, or input ran out.
    enum Ending { case finished, quit, endOfInput }

    func run() throws(ToolError) -> Ending {
        if console.handlesInterrupts {
            let framework = framework
            let saver = InterruptSaver(
                answers: answerSet, path: path, profileOrder: framework.profile?.fields.map(\.id) ?? [],
                describe: { Self.answeredText($0, framework) })
            saver.install(order: framework.questions.map(\.id))
            interruptSaver = saver
        }
        let resuming = !done.isEmpty
        say("\(bold("\(framework.title)")) (\(framework.id) \(framework.version.description))")
        say("Answers are saved to \(path) after every answer. Type /? at any prompt for help.")
        if resuming {
            say("Resuming: \(completion.answered) of \(completion.total) questions already answered.")
            say(progressLine())
        } else {
            try save()
        }
        var index = nextPending(after: -1)
        while let current = index {
            switch try ask(current) {
            case .next:
                index = nextPending(after: current)
                announceNotAsked(from: current + 1, to: index ?? steps.count)
            case .back:
                index = previousRelevant(before: current) ?? current
                if previousRelevant(before: current) == nil { say("This is the first question.") }
            case .quit:
                try save()
                say("Saved to \(path) (\(answeredText)). Run the same command again to continue.")
                return .quit
            case .endOfInput:
                try save()
                say("\nInput ended. Saved to \(path) (\(answeredText)). Run the same command again to continue.")
                return .endOfInput
            }
        }
        try save()
        if answerSet.isUnagreedDraft, try askAgreement() == .quit { return .quit }
        finish()
        return .finished
    }

    /// The agreement step for a consensus draft (`perspectives --draft`): who agreed it, if the
    /// group has. Until someone says so here (or in the form, or the CSV), its report says
    /// "Draft for agreement" and cannot be final.
    func askAgreement() throws(ToolError) -> Outcome {
        let drawn = answerSet.drawnFrom.map { $0.label.lowercased() }
        say(
            "\n\(bold("Agreement")) This is a draft drawn from the views of \(ListText.and(drawn)). If the group has agreed these answers, say who agreed them."
        )
        let all = Perspective.allCases
        say("  \(all.enumerated().map { n, p -> ConsoleText in "\(n + 1) \(p.label)" }.joined(separator: "  "))")
        while true {
            switch read("Numbers or names separated by commas, or Enter to leave it as a draft for agreement: ") {
            case .text(let value):
                guard !value.isEmpty else { return .next }
                var agreed: [Perspective] = []
                var unknown: [String] = []
                for part in value.split(separator: ",") {
                    let token = String(part).trimmingWhitespace()
                    if let n = Int(token), n >= 1, n <= all.count {
                        agreed.append(all[n - 1])
                    } else if let p = Perspective.parse(token) {
                        agreed.append(p)
                    } else if !token.isEmpty {
                        unknown.append(token)
                    }
                }
                guard unknown.isEmpty, !agreed.isEmpty else {
                    say("Please give numbers from 1 to \(all.count) or names from the list, separated by commas.")
                    continue
                }
                answerSet.agreedWith = all.filter { agreed.contains($0) }
                try save()
                say("Saved: agreed with \(ListText.and(answerSet.agreedWith.map { $0.label.lowercased() })).")
                return .next
            case .skip, .back: return .next
            case .guidance, .help:
                say("Only the people who took part can say they agree. The report names them on its first page.")
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            }
        }
    }

    enum Outcome { case next, back, quit, endOfInput }

    func ask(_ index: Int) throws(ToolError) -> Outcome {
        switch steps[index] {
        case .context(let field): return try askContext(field, index)
        case .respondent(let key): return try askRespondent(key, index)
        case .profile(let id): return try askProfile(id, index)
        case .question(let id): return try askQuestion(id, index)
        }
    }

    /// The legal context, asked first: it decides which legal duties apply.
    func askContext(_ field: AssessmentContext.Field, _ index: Int) throws(ToolError) -> Outcome {
        if index == 0 {
            say(
                "\n\(bold("Your legal context")) (asked first: it decides which legal duties apply; Enter leaves it unstated, and every duty is then treated as applying)"
            )
        }
        let label = AnswerFields.context.first { $0.field == field }?.label ?? field.rawValue
        let values = AssessmentContext.allowedValues(field)
        while true {
            say("\(label)")
            say(
                "  \(values.enumerated().map { n, value -> ConsoleText in "\(n + 1) \(value)" }.joined(separator: "  "))"
            )
            switch read("Choose 1-\(values.count), or Enter to leave it unstated: ") {
            case .text(let value):
                let text = value.lowercased()
                var chosen: String?
                if let n = Int(text), n >= 1, n <= values.count { chosen = values[n - 1] }
                if values.contains(text) { chosen = text }
                if field == .servesUnder18s, ["y", "yes"].contains(text) { chosen = "true" }
                if field == .servesUnder18s, ["n", "no"].contains(text) { chosen = "false" }
                if text.isEmpty {
                    done.insert(index)
                    return .next
                }
                guard let chosen, answerSet.context.set(field, chosen) else {
                    say("Please choose a number from 1 to \(values.count), or press Enter to leave it unstated.")
                    continue
                }
                done.insert(index)
                try save()
                return .next
            case .skip:
                done.insert(index)
                return .next
            case .back: return .back
            case .guidance:
                say(
                    "Legal duties differ between England and Wales, between public authorities, providers and voluntary organisations, and between routes to market. The report lists the duties that apply and why."
                )
            case .help: help()
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            }
        }
    }

    func askRespondent(_ key: String, _ index: Int) throws(ToolError) -> Outcome {
        if AnswerFields.respondent.first?.key == key {
            say("\n\(bold("About you")) (asked once; Enter leaves a detail blank)")
        }
        let label = AnswerFields.respondent(for: framework).first { $0.key == key }?.label ?? key
        while true {
            switch read("\(label): ", choice: false) {
            case .text(let value):
                if key == "perspective" && !value.isEmpty && Perspective(rawValue: value) == nil {
                    say(
                        "Please give one of: \(Perspective.ids.joined(separator: ", ")); or press Enter to leave it blank."
                    )
                    continue
                }
                if key == "date" && !value.isEmpty && !ReportDate.isValid(value) {
                    say("Please give the date as YYYY-MM-DD, for example 2026-11-25, or press Enter to leave it blank.")
                    continue
                }
                answerSet.respondent[key] = value
                done.insert(index)
                try save()
                return .next
            case .skip:
                done.insert(index)
                return .next
            case .back: return .back
            case .guidance: say("These details appear on the title page of the report.")
            case .help: help()
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            }
        }
    }

    func askProfile(_ id: String, _ index: Int) throws(ToolError) -> Outcome {
        guard let profile = framework.profile, let field = profile.field(id) else { return .next }
        if profile.fields.first?.id == id { say("\n\(bold("\(profile.title)"))\n\(profile.introduction)") }
        while true {
            var promptText: ConsoleText = "\(field.label)"
            switch field.kind {
            case .count: promptText += " (a number): "
            case .yesNo: promptText += " (y/n): "
            case .choices:
                say("\(field.label)")
                for (n, option) in field.options.enumerated() { say("  \(n + 1) \(option.label)") }
                promptText = "Numbers separated by commas, or Enter for none: "
            }
            switch read(promptText) {
            case .text(let value):
                guard let parsed = parseProfile(value, field) else {
                    say(
                        field.kind == .count
                            ? "Please give a whole number, such as 0 or 7."
                            : field.kind == .yesNo
                                ? ConsoleText("Please answer y or n.")
                                : "Please give option numbers from the list, such as 1,3.")
                    continue
                }
                answerSet.profile[id] = parsed
                if let problem = headcountProblem() {
                    say("\(problem)")
                    answerSet.profile[id] = nil
                    continue
                }
                done.insert(index)
                try save()
                return .next
            case .skip:
                skipped.insert(index)
                return .next
            case .back: return .back
            case .guidance: say("\(field.help)")
            case .help: help()
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            }
        }
    }

    func parseProfile(_ value: String, _ field: ProfileField) -> ProfileValue? {
        let text = value.trimmingWhitespace().lowercased()
        switch field.kind {
        case .count:
            guard let n = Int(text), n >= 0, n <= 1_000_000 else { return nil }
            return .count(n)
        case .yesNo:
            if ["y", "yes"].contains(text) { return .yesNo(true) }
            if ["n", "no"].contains(text) { return .yesNo(false) }
            return nil
        case .choices:
            if text.isEmpty { return .choices([]) }
            var chosen: [String] = []
            for part in text.split(separator: ",") {
                let token = String(part).trimmingWhitespace()
                if let n = Int(token), n >= 1, n <= field.options.count {
                    chosen.append(field.options[n - 1].id)
                } else if field.options.contains(where: { $0.id == token }) {
                    chosen.append(token)
                } else {
                    return nil
                }
            }
            return .choices(field.options.map(\.id).filter { chosen.contains($0) })
        }
    }

    /// A share part larger than its whole is refused at once, so the saved file always validates.
    func headcountProblem() -> String? {
        for category in framework.profile?.network?.categories ?? [] {
            guard case .sharesAtLeast(_, let shares) = category.rule else { continue }
            for share in shares {
                if case .count(let part)? = answerSet.profile[share.part],
                    case .count(let whole)? = answerSet.profile[share.whole], part > whole
                {
                    return "That is more than the total (\(whole)); please check the headcount."
                }
            }
        }
        return nil
    }

    func askQuestion(_ id: String, _ index: Int) throws(ToolError) -> Outcome {
        // "back" at the evidence or notes prompt asks the same question again (a loop, not recursion,
        // so no amount of input can exhaust the stack).
        while true {
            if let outcome = try askQuestionOnce(id, index) { return outcome }
        }
    }

    /// nil means ask the question again.
    func askQuestionOnce(_ id: String, _ index: Int) throws(ToolError) -> Outcome? {
        guard let question = framework.question(id), let index0 = framework.questions.firstIndex(where: { $0.id == id })
        else { return .next }
        let position = index0 + 1
        let inStage = framework.questions(in: question.stage)
        let stagePosition = (inStage.firstIndex { $0.id == id } ?? 0) + 1
        say(
            "\n\(bold("\(framework.stageName(question.stage)) · question \(position) of \(framework.questions.count) · \(stagePosition) of \(inStage.count) in this stage"))"
        )
        say(progressLine())
        say("\(bold("\(question.id): "))\(question.text)")
        if announcedNotAsked.remove(id) != nil, let parent = question.condition?.question {
            say("  (Asked now: the answer to \(parent) changed.)")
        }
        if let duty = framework.legalDutyText(question, sources: sources) {
            say("  \(ConsoleText("Legal duty:").bold(colour)) \(duty)")
        }
        if let condition = framework.conditionText(question) { say("  (\(condition))") }
        let existing = answerSet.answer(id)
        if let existing, let response = existing.response, let option = framework.scale.option(response) {
            say(
                "  Current answer: \(option.label)\(existing.hasEvidence ? "; evidence: \(TerminalText.sanitise(existing.evidence, keepNewlines: false))" : "")"
            )
        }
        let options = framework.scale.responses
        say(
            "  \(options.enumerated().map { n, option -> ConsoleText in "\(n + 1) \(option.label)" }.joined(separator: "  "))"
        )
        var response: ResponseOption?
        // Enter keeps an earlier answer (after going back, or when resuming a changed file).
        let current = existing?.response.flatMap { framework.scale.option($0) }
        let keep: ConsoleText = current == nil ? "" : "; Enter keeps \(current?.label.lowercased() ?? "")"
        while response == nil {
            switch read("Response (1-\(options.count)\(keep); g guidance, s skip, b back, q save and quit, ? help): ") {
            case .text(let value):
                if value.isEmpty, let current {
                    response = current
                } else if let option = parseResponse(value) {
                    response = option
                } else {
                    say("Please choose 1 to \(options.count), or type a response such as partly.")
                }
            case .skip:
                skipped.insert(index)
                return .next
            case .back: return .back
            case .guidance: guidance(question)
            case .help: help()
            case .quit: return .quit
            case .endOfInput: return .endOfInput
            }
        }
        guard let chosen = response else { return nil }
        interruptSaver?.update(
            answerSet,
            pending: Answer(
                question: id, response: chosen.id, evidence: existing?.evidence ?? "", notes: existing?.notes ?? ""))
        var evidence = ""
        if !chosen.requiresReason {
            let evidencePrompt: ConsoleText =
                chosen.withoutEvidence != nil
                ? "Evidence (needed for \"\(chosen.label.lowercased())\" to count in full; Enter for none): "
                : "Evidence (what shows this; Enter for none): "
            switch readText(evidencePrompt, keeping: existing?.evidence ?? "", question: question) {
            case .text(let value):
                evidence = value
                interruptSaver?.update(
                    answerSet,
                    pending: Answer(question: id, response: chosen.id, evidence: value, notes: existing?.notes ?? ""))
            case .back: return nil
            case .quit:
                say("\(id) was not saved.")
                return .quit
            default: return .endOfInput
            }
        }
        var notes = ""
        while true {
            let reasonNeeded = chosen.requiresReason
            switch readText(
                reasonNeeded ? "Why does it not apply? (required): " : "Notes (optional): ",
                keeping: existing?.notes ?? "", question: question)
            {
            case .text(let value):
                if reasonNeeded && value.isBlank {
                    say("A reason is required for \(chosen.label.lowercased()).")
                    continue
                }
                notes = value
            case .back: return nil
            case .quit:
                say("\(id) was not saved.")
                return .quit
            default: return .endOfInput
            }
            break
        }
        record(Answer(question: id, response: chosen.id, evidence: evidence, notes: notes))
        done.insert(index)
        try save()
        return .next
    }

    /// Free text; Enter keeps an earlier value. Only whole-word commands count here, so a
    /// one-letter note is kept as text.
    func readText(_ prompt: ConsoleText, keeping current: String, question: Question) -> Reply {
        let shown =
            current.isEmpty
            ? prompt.text : prompt.text.replacingOccurrences(of: ": ", with: " [Enter keeps the current text]: ")
        while true {
            console.write(shown)
            guard let line = console.readLine() else { return .endOfInput }
            if !console.isTerminal { console.write("\n") }
            let trimmed = line.trimmingWhitespace()
            switch Self.command(trimmed, choice: false) {
            case .help?:
                help()
                continue
            case .guidance?:
                guidance(question)
                continue
            case .back?: return .back
            case .quit?: return .quit
            case .skip?: return .text(current)
            default:
                return .text(trimmed.isEmpty ? current : line)
            }
        }
    }

    func parseResponse(_ value: String) -> ResponseOption? {
        let options = framework.scale.responses
        if let n = Int(value.trimmingWhitespace()), n >= 1, n <= options.count { return options[n - 1] }
        return AnswerValidator.normalise(value).flatMap { framework.scale.option($0) }
    }

    func record(_ answer: Answer) {
        if let i = answerSet.answers.firstIndex(where: { $0.question == answer.question }) {
            answerSet.answers[i] = answer
        } else {
            answerSet.answers.append(answer)
        }
        let order = Dictionary(uniqueKeysWithValues: framework.questions.enumerated().map { ($1.id, $0) })
        answerSet.answers.sort { (order[$0.question] ?? .max) < (order[$1.question] ?? .max) }
    }

    // MARK: - Navigation

    func isRelevant(_ index: Int) -> Bool {
        guard case .question(let id) = steps[index], let condition = framework.question(id)?.condition else {
            return true
        }
        guard let parent = answerSet.answer(condition.question)?.response else { return false }
        return condition.responses.contains(parent)
    }

    /// Conditional questions passed over because their condition is not met, said once each, so
    /// a jump in the numbering is never silent.
    func announceNotAsked(from start: Int, to end: Int) {
        guard start < end else { return }
        for i in start..<end {
            guard case .question(let id) = steps[i], !isRelevant(i), !announcedNotAsked.contains(id),
                let question = framework.question(id), let condition = question.condition
            else { continue }
            announcedNotAsked.insert(id)
            let reason = Finding.ConditionNotMet(
                condition: condition, parentResponse: answerSet.answer(condition.question)?.response)
            say("  \(id) is not asked: \(framework.conditionNotMetText(reason)).")
        }
    }

    func nextPending(after index: Int) -> Int? {
        ((index + 1)..<steps.count).first { !done.contains($0) && !skipped.contains($0) && isRelevant($0) }
    }

    func previousRelevant(before index: Int) -> Int? {
        (0..<index).reversed().first { isRelevant($0) }
    }

    /// "46 of 47 questions answered", counted as the report counts them (questions in scope).
    static func answeredText(_ set: AnswerSet, _ framework: Framework) -> String {
        let c = Scorer.assess(set, framework: framework).completion
        return "\(c.answered) of \(NumberText.counted(c.total, "question")) answered"
    }

    var answeredText: String { Self.answeredText(answerSet, framework) }

    /// Progress as the report counts it: answered questions among those in scope, by stage.
    func progressLine() -> ConsoleText {
        let completion = Scorer.assess(answerSet, framework: framework)
        return framework.stages.map { stage -> ConsoleText in
            let inScope = completion.findings.filter {
                guard $0.question.stage == stage.id else { return false }
                if case .conditionNotMet = $0.status { return false }
                return true
            }
            let answered = inScope.filter { $0.status == .answered }.count
            return "\(stage.name) \(answered)/\(inScope.count)"
        }.joined(separator: " · ")
    }

    /// Answered and in scope, as `validate`, `score` and `report` count them.
    var completion: Completion { Scorer.assess(answerSet, framework: framework).completion }

    // MARK: - Output

    /// A command typed at a prompt. Everywhere: `/help` (`/?`), `/guidance` (`/g`), `/back` (`/b`),
    /// `/skip` (`/s`), `/quit` (`/q`). At a prompt that takes a choice from a list (a number or a
    /// response), the bare letters and words work too, since no choice can be mistaken for them;
    /// at a prompt for free text (details, evidence, notes) only the slash forms do, so a note
    /// that says "g" or "back" is kept as written.
    static func command(_ text: String, choice: Bool) -> Reply? {
        var word = text.lowercased()
        if word.hasPrefix("/") {
            word.removeFirst()
        } else if !choice {
            return nil
        }
        switch word {
        case "?", "help", "h": return .help
        case "b", "back": return .back
        case "s", "skip": return .skip
        case "g", "guidance": return .guidance
        case "q", "quit", "save and quit", "exit": return .quit
        default: return nil
        }
    }

    /// A line at a prompt: a command, or text. `choice` marks a prompt that takes a choice from a list.
    func read(_ prompt: ConsoleText, choice: Bool = true) -> Reply {
        console.write(prompt.text)
        guard let line = console.readLine() else { return .endOfInput }
        if !console.isTerminal { console.write("\n") }
        let trimmed = line.trimmingWhitespace()
        return Self.command(trimmed, choice: choice) ?? .text(trimmed)
    }

    func help() {
        say(
            """
            Commands (at any prompt):
              /? or /help        this help
              /g or /guidance    what good looks like, and the evidence that would show it
              /b or /back        go back to the previous question
              /s or /skip        leave this unanswered for now (it scores 0 until answered)
              /q or /quit        save and stop; run the same command again to continue
            Where you choose from a list, the letter alone works too (?, g, b, s, q). Where you type
            text (your details, evidence, notes), only the / forms are commands, so your text is kept
            as you wrote it. Enter keeps an earlier answer or text. Ctrl-C saves and stops.
            Responses: \(framework.scale.responses.enumerated().map { "\($0 + 1) \($1.id)" }.joined(separator: ", ")).
            """)
    }

    func guidance(_ question: Question) {
        say("  What good looks like: \(question.guidance)")
        for prompt in question.evidencePrompts { say("  Evidence: \(prompt)") }
    }

    func finish() {
        let unanswered = framework.questions.filter { q in
            answerSet.answer(q.id)?.isAnswered != true
                && (steps.firstIndex(of: .question(q.id)).map(isRelevant) ?? false)
        }
        say("\n\(bold("Done.")) Saved to \(path) (\(answeredText)).")
        if !unanswered.isEmpty {
            say(
                "\(NumberText.counted(unanswered.count, "question")) still unanswered: \(unanswered.map(\.id).joined(separator: ", ")). Run the same command again to answer them."
            )
        }
        if let sources = try? BundledData.sources() {
            let report = GapReport(
                assessment: Scorer.assess(answerSet, framework: framework),
                date: answerSet.respondent.date.isEmpty ? nil : answerSet.respondent.date, register: sources)
            // The summary comes from a renderer that sanitised everything it was given: trusted.
            say("\n\(ConsoleText(trusted: ScoreSummary.render(report, colour: colour)))")
        }
        say("Next: equality-assess report \(ShellQuote.quote(path)) --format html -o report.html")
    }

    func save() throws(ToolError) {
        let text = AnswerJSON.encode(answerSet, profileOrder: framework.profile?.fields.map(\.id) ?? [])
        guard let interruptSaver else { return try OutputFile.write(text, to: path, isPrivate: true) }
        interruptSaver.update(answerSet, pending: nil)
        try interruptSaver.write(text, to: path)
    }

    /// One line to the terminal; every string interpolated into it was sanitised on the way in.
    func say(_ text: ConsoleText) { console.write(text.text + "\n") }
    func bold(_ text: ConsoleText) -> ConsoleText { text.bold(colour) }
}
