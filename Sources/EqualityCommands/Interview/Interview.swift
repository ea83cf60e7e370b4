import Dispatch
import EqualityCore
import EqualityRendering
import FoundationEssentials
import Glibc

/// The terminal interview behind `ask`: the legal context, the respondent's details, the
/// organisation profile, then each question in order. The answer file is rewritten atomically
/// after every answer, so stopping at any point (Ctrl-C, a killed terminal, end of input) loses
/// nothing already answered, and never leaves a file `ask` or `validate` would refuse.
///
/// This file holds the state, the order of the steps and saving; `InterviewPrompt.swift` the one
/// prompt loop and its commands; `InterviewSteps.swift` the context, details, profile and
/// agreement; `InterviewQuestion.swift` a question.
final class Interview {
    enum Step: Equatable {
        case context(AssessmentContext.Field)
        case respondent(String)
        case profile(String)
        case question(String)
    }

    /// How one step ended.
    enum Outcome: Equatable {
        case next, back, quit, endOfInput
        /// Ctrl-C; `pending` is the question being answered, with what was typed for it so far.
        case interrupted(pending: Answer?)
    }

    /// How the interview ended.
    enum Ending { case finished, quit, endOfInput, interrupted }

    let framework: Framework
    let path: String
    let console: any Console
    let sources: SourceRegister
    /// Saves on a Ctrl-C that arrives as a signal (input from a pipe), when run as the real process.
    var interruptSaver: InterruptSaver?
    let colour: Bool
    var answerSet: AnswerSet
    let steps: [Step]
    /// Steps finished in an earlier run or this one.
    var done: Set<Int> = []
    /// Steps the person skipped in this run, so the interview moves past them.
    var skipped: Set<Int> = []
    /// A question an earlier run was interrupted in: asked first when the interview resumes.
    var resumeAt: Int?
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
        guard FileManager.default.fileExists(atPath: path) else {
            answerSet = AnswerSet(framework: framework.id, frameworkVersion: framework.version.description)
            // The interview asks in English (command-line text stays English); the file says so.
            answerSet.language = Language.english.answerTag
            return
        }
        let bytes = try InputFile.read(path)
        do throws(ToolError) {
            answerSet = try AnswerValidator.validate(
                try AnswerJSON.decode(bytes, file: path), against: framework, file: path)
        } catch {
            throw ToolError(
                error.kind,
                error.diagnostics + [
                    Diagnostic(
                        file: path, location: "",
                        message: "cannot continue this answer file; fix it with the messages above, or give another -o")
                ])
        }
        // Resuming: a blank detail is asked again; the context counts as asked once the person
        // has gone past it; a question counts once it has a response.
        let started =
            !answerSet.answers.isEmpty || !answerSet.context.isEmpty
            || AnswerFields.respondent.contains { !answerSet.respondent[$0.key].isBlank }
        for (i, step) in steps.enumerated() {
            switch step {
            case .context: if started { done.insert(i) }
            case .respondent(let key): if !answerSet.respondent[key].isBlank { done.insert(i) }
            case .profile(let id): if answerSet.profile[id] != nil { done.insert(i) }
            case .question(let id):
                guard let answer = answerSet.answer(id) else { continue }
                if answer.isAnswered {
                    done.insert(i)
                } else if resumeAt == nil && !(answer.evidence.isBlank && answer.notes.isBlank) {
                    // Unanswered but with words typed: the question a Ctrl-C interrupted.
                    resumeAt = i
                }
            }
        }
    }

    // MARK: - Running

    func run() throws(ToolError) -> Ending {
        if console.handlesInterrupts {
            let framework = framework
            let saver = InterruptSaver(
                answers: answerSet, path: path, profileOrder: framework.profile?.fields.map(\.id) ?? [],
                order: framework.questions.map(\.id), describe: { Self.answeredText($0, framework) })
            saver.install()
            interruptSaver = saver
        }
        let resuming = !done.isEmpty || resumeAt != nil
        say("\(bold("\(framework.title)")) (\(framework.id) \(framework.version.description))")
        say("Answers are saved to \(path) after every answer. Type /? at any prompt for help.")
        if resuming {
            say("Resuming: \(completion.answered) of \(completion.total) questions already answered.")
            say(progressLine())
        } else {
            try save()
        }
        var index = nextStep(after: -1)
        while let current = index {
            switch try ask(current) {
            case .next:
                index = nextStep(after: current)
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
            case .interrupted(let pending):
                try saveInterrupted(pending)
                return .interrupted
            }
        }
        try save()
        if answerSet.isUnagreedDraft {
            switch try askAgreement() {
            case .quit, .endOfInput: return .quit
            case .interrupted:
                try saveInterrupted(nil)
                return .interrupted
            default: break
            }
        }
        finish()
        return .finished
    }

    func ask(_ index: Int) throws(ToolError) -> Outcome {
        switch steps[index] {
        case .context(let field): return try askContext(field, index)
        case .respondent(let key): return try askRespondent(key, index)
        case .profile(let id): return try askProfile(id, index)
        case .question(let id): return try askQuestion(id, index)
        }
    }

    // MARK: - Stopping part way

    /// What Ctrl-C leaves in the file: everything answered, and for the question being answered,
    /// what was typed for it. A question with no earlier answer is saved unanswered with its
    /// words (an unfinished "not applicable" reason never saves "not applicable" without one),
    /// and is asked first when the interview resumes; a question that had an answer keeps it.
    static func applyingInterrupt(_ set: AnswerSet, pending: Answer?, order: [String]) -> AnswerSet {
        guard let pending, set.answer(pending.question)?.isAnswered != true,
            !(pending.evidence.isBlank && pending.notes.isBlank)
        else { return set }
        var result = set
        let kept = Answer(question: pending.question, response: nil, evidence: pending.evidence, notes: pending.notes)
        if let i = result.answers.firstIndex(where: { $0.question == pending.question }) {
            result.answers[i] = kept
        } else {
            result.answers.append(kept)
        }
        result.answers.sort {
            (order.firstIndex(of: $0.question) ?? .max) < (order.firstIndex(of: $1.question) ?? .max)
        }
        return result
    }

    /// The sentence said after a Ctrl-C, for the question that was being answered.
    static func interruptNote(_ before: AnswerSet, pending: Answer?) -> String {
        guard let pending else { return "" }
        if before.answer(pending.question)?.isAnswered == true {
            return " \(pending.question) keeps its earlier answer; the change was not saved."
        }
        if pending.evidence.isBlank && pending.notes.isBlank { return "" }
        return " What you typed for \(pending.question) is kept, and it is asked first when you continue."
    }

    func saveInterrupted(_ pending: Answer?) throws(ToolError) {
        let note = Self.interruptNote(answerSet, pending: pending)
        answerSet = Self.applyingInterrupt(answerSet, pending: pending, order: framework.questions.map(\.id))
        try save()
        say(
            "\nInterrupted: saved to \(path) (\(answeredText)).\(note) Run the same command again to continue.")
    }

    func save() throws(ToolError) {
        let text = AnswerJSON.encode(answerSet, profileOrder: framework.profile?.fields.map(\.id) ?? [])
        guard let interruptSaver else { return try OutputFile.write(text, to: path, isPrivate: true) }
        interruptSaver.update(answerSet, pending: nil)
        try interruptSaver.write(text, to: path)
    }

    /// Keeps the Ctrl-C snapshot current while a question is being answered.
    func pending(_ answer: Answer) { interruptSaver?.update(answerSet, pending: answer) }

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

    /// A question is relevant unless the legal context rules it out or its condition is not met,
    /// the rules `Scorer` applies.
    func isRelevant(_ index: Int) -> Bool {
        guard case .question(let id) = steps[index], let question = framework.question(id) else { return true }
        guard DutyApplicability.of(question.askedWhen, in: answerSet.context).counts else { return false }
        guard let condition = question.condition else { return true }
        guard let parent = answerSet.answer(condition.question)?.response else { return false }
        return condition.responses.contains(parent)
    }

    func isQuestion(_ index: Int) -> Bool {
        if case .question = steps[index] { return true }
        return false
    }

    /// Questions passed over because the legal context rules them out or their condition is not
    /// met, said once each, so a jump in the numbering is never silent.
    func announceNotAsked(from start: Int, to end: Int) {
        guard start < end else { return }
        var findings: [String: Finding]?
        for i in start..<end {
            guard case .question(let id) = steps[i], !isRelevant(i), !announcedNotAsked.contains(id) else { continue }
            if findings == nil {
                findings = Dictionary(
                    Scorer.assess(answerSet, framework: framework).findings.map { ($0.question.id, $0) },
                    uniquingKeysWith: { a, _ in a })
            }
            guard let finding = findings?[id], let reason = framework.notAskedText(finding, context: answerSet.context)
            else { continue }
            announcedNotAsked.insert(id)
            say("  \(id) is not asked: \(reason).")
        }
    }

    func isPending(_ i: Int) -> Bool { !done.contains(i) && !skipped.contains(i) && isRelevant(i) }

    func nextPending(after index: Int) -> Int? { ((index + 1)..<steps.count).first(where: isPending) }

    /// The context, blank details and the profile first; then a question an earlier run was
    /// interrupted in; then the questions in order, coming back round to any passed over.
    func nextStep(after index: Int) -> Int? {
        if let setUp = nextPending(after: index), !isQuestion(setUp) { return setUp }
        if let interrupted = resumeAt {
            resumeAt = nil
            if isPending(interrupted) { return interrupted }
        }
        return nextPending(after: index) ?? nextPending(after: -1)
    }

    func previousRelevant(before index: Int) -> Int? {
        (0..<index).reversed().first { isRelevant($0) }
    }

    // MARK: - Progress

    /// "46 of 47 questions answered", counted as the report counts them (questions in scope).
    static func answeredText(_ set: AnswerSet, _ framework: Framework) -> String {
        let c = Scorer.assess(set, framework: framework).completion
        return "\(c.answered) of \(NumberText.counted(c.total, "question")) answered"
    }

    var answeredText: String { Self.answeredText(answerSet, framework) }

    /// Answered and in scope, as `validate`, `score` and `report` count them.
    var completion: Completion { Scorer.assess(answerSet, framework: framework).completion }

    /// Progress as the report counts it: answered questions among those in scope, by stage.
    func progressLine() -> ConsoleText {
        let completion = Scorer.assess(answerSet, framework: framework)
        return framework.stages.map { stage -> ConsoleText in
            let inScope = completion.findings.filter { $0.question.stage == stage.id && $0.isAsked }
            let answered = inScope.filter { $0.status == .answered }.count
            return "\(stage.name) \(answered)/\(inScope.count)"
        }.joined(separator: " · ")
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

    // MARK: - Output

    /// One line to the terminal; every string interpolated into it was sanitised on the way in.
    func say(_ text: ConsoleText) { console.write(text.text + "\n") }
    func bold(_ text: ConsoleText) -> ConsoleText { text.bold(colour) }
}
