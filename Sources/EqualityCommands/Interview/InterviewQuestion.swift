import EqualityCore
import EqualityRendering

/// One question of the interview: its place, the legal duty and condition it carries, the
/// response, then evidence and notes (or the reason "not applicable" needs). What is typed for it
/// is kept as the person goes, so Ctrl-C at any of its prompts saves it (see `applyingInterrupt`).
extension Interview {
    func askQuestion(_ id: String, _ index: Int) throws(ToolError) -> Outcome {
        // "back" at the evidence or notes prompt asks the same question again (a loop, not
        // recursion, so no amount of input can exhaust the stack).
        while true {
            if let outcome = try askQuestionOnce(id, index) { return outcome }
        }
    }

    func introduce(_ question: Question) {
        let position = (framework.questions.firstIndex { $0.id == question.id } ?? 0) + 1
        let inStage = framework.questions(in: question.stage)
        let stagePosition = (inStage.firstIndex { $0.id == question.id } ?? 0) + 1
        say(
            "\n\(bold("\(framework.stageName(question.stage)) · question \(position) of \(framework.questions.count) · \(stagePosition) of \(inStage.count) in this stage"))"
        )
        say(progressLine())
        say("\(bold("\(question.id): "))\(question.text)")
        if announcedNotAsked.remove(question.id) != nil, let parent = question.condition?.question {
            say("  (Asked now: the answer to \(parent) changed.)")
        }
        if let duty = framework.legalDutyText(question, sources: sources) {
            say("  \(ConsoleText("Legal duty:").bold(colour)) \(duty)")
        }
        if let condition = framework.conditionText(question) { say("  (\(condition))") }
    }

    /// nil means ask the question again.
    func askQuestionOnce(_ id: String, _ index: Int) throws(ToolError) -> Outcome? {
        guard let question = framework.question(id) else { return .next }
        introduce(question)
        let existing = answerSet.answer(id)
        let current = existing?.response.flatMap { framework.scale.option($0) }
        if let current, let existing {
            say(
                "  Current answer: \(current.label)\(existing.hasEvidence ? "; evidence: \(TerminalText.sanitise(existing.evidence, keepNewlines: false))" : "")"
            )
        } else if let existing, !(existing.evidence.isBlank && existing.notes.isBlank) {
            say("  You started this before: what you typed is kept (Enter keeps it at each prompt).")
        }
        let options = framework.scale.responses
        choices(options.map(\.label))
        // Enter keeps an earlier answer (after going back, or when resuming).
        let keep: ConsoleText = current == nil ? "" : "; Enter keeps \(current?.label.lowercased() ?? "")"
        let chosenReply: Reply<ResponseOption> = prompt(
            "Response (1-\(options.count)\(keep); g guidance, s skip, b back, q save and quit, ? help): ", choice: true,
            guidance: { guidance(question) },
            read: { text in
                if text.isEmpty, let current { return .value(current) }
                if let option = parseResponse(text) { return .value(option) }
                return .again("Please choose 1 to \(options.count), or type a response such as partly.")
            })
        let chosen: ResponseOption
        switch chosenReply {
        case .value(let option): chosen = option
        case .skip:
            skipped.insert(index)
            return .next
        case .back: return .back
        case .quit: return .quit
        case .endOfInput: return .endOfInput
        case .interrupted: return .interrupted(pending: existing?.isAnswered == true ? nil : existing)
        }
        var evidence = existing?.evidence ?? ""
        var notes = existing?.notes ?? ""
        pending(Answer(question: id, response: chosen.id, evidence: evidence, notes: notes))
        if !chosen.requiresReason {
            let evidencePrompt: ConsoleText =
                chosen.withoutEvidence != nil
                ? "Evidence (needed for \"\(chosen.label.lowercased())\" to count in full; Enter for none): "
                : "Evidence (what shows this; Enter for none): "
            switch textPrompt(evidencePrompt, keeping: existing?.evidence ?? "", question: question) {
            case .value(let value): evidence = value
            case .back: return nil
            case .quit:
                say("\(id) was not saved.")
                return .quit
            case .interrupted(let typed):
                return .interrupted(
                    pending: Answer(
                        question: id, response: chosen.id, evidence: typed.isEmpty ? evidence : typed, notes: notes))
            case .skip, .endOfInput: return .endOfInput
            }
            pending(Answer(question: id, response: chosen.id, evidence: evidence, notes: notes))
        }
        let reasonNeeded = chosen.requiresReason
        let notesReply: Reply<String> = prompt(
            keptPrompt(
                reasonNeeded ? "Why does it not apply? (required): " : "Notes (optional): ", existing?.notes ?? ""),
            choice: false, guidance: { guidance(question) },
            read: { typed in
                let value = typed.trimmingWhitespace().isEmpty ? (existing?.notes ?? "") : typed
                if reasonNeeded && value.isBlank {
                    return .again("A reason is required for \(chosen.label.lowercased()).")
                }
                return .value(value)
            })
        switch notesReply {
        case .value(let value): notes = value
        case .back: return nil
        case .quit:
            say("\(id) was not saved.")
            return .quit
        case .interrupted(let typed):
            return .interrupted(
                pending: Answer(
                    question: id, response: chosen.id, evidence: evidence, notes: typed.isEmpty ? notes : typed))
        case .skip: notes = existing?.notes ?? ""
        case .endOfInput: return .endOfInput
        }
        record(Answer(question: id, response: chosen.id, evidence: evidence, notes: notes))
        done.insert(index)
        try save()
        return .next
    }

    /// A free-text prompt: Enter keeps an earlier value, /skip keeps it too.
    func textPrompt(_ text: ConsoleText, keeping current: String, question: Question) -> Reply<String> {
        let reply: Reply<String> = prompt(
            keptPrompt(text, current), choice: false, guidance: { guidance(question) },
            read: { typed in .value(typed.trimmingWhitespace().isEmpty ? current : typed) })
        if case .skip = reply { return .value(current) }
        return reply
    }

    func keptPrompt(_ text: ConsoleText, _ current: String) -> ConsoleText {
        current.isEmpty
            ? text
            : ConsoleText(trusted: text.text.replacingEvery(": ", with: " [Enter keeps the current text]: "))
    }

    func parseResponse(_ value: String) -> ResponseOption? {
        let options = framework.scale.responses
        if let n = Int(value.trimmingWhitespace()), n >= 1, n <= options.count { return options[n - 1] }
        return ReadingRules.response(value).flatMap { framework.scale.option($0) }
    }
}
