import EqualityCore
import EqualityRendering

/// The one prompt loop every step of the interview uses: it shows the prompt, reads a line, and
/// handles the commands (help, guidance, back, skip, quit), Ctrl-C and the end of input the same
/// way everywhere; the step only says how to read what was typed.
extension Interview {
    /// What came of a prompt.
    enum Reply<Value> {
        case value(Value)
        case back, skip, quit, endOfInput
        /// Ctrl-C, with what was typed on the line so far.
        case interrupted(String)
    }

    /// How a step reads a line: a value, or a sentence saying what to type instead.
    enum Reading<Value> {
        case value(Value)
        case again(ConsoleText)
    }

    enum Command { case help, guidance, back, skip, quit }

    /// A command typed at a prompt. Everywhere: `/help` (`/?`), `/guidance` (`/g`), `/back` (`/b`),
    /// `/skip` (`/s`), `/quit` (`/q`). At a prompt that takes a choice from a list (a number or a
    /// response), the bare letters and words work too, since no choice can be mistaken for them;
    /// at a prompt for free text (details, evidence, notes) only the slash forms do, so a note
    /// that says "g" or "back" is kept as written.
    static func command(_ text: String, choice: Bool) -> Command? {
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

    /// Asks until `read` accepts what is typed or a command ends the prompt. `choice` marks a
    /// prompt that takes a choice from a list; `read` gets the line trimmed there, and as typed
    /// at a free-text prompt.
    func prompt<Value>(
        _ text: ConsoleText, choice: Bool, guidance: () -> Void, read: (String) -> Reading<Value>
    ) -> Reply<Value> {
        while true {
            console.write(text.text)
            let line: String
            switch console.readLine() {
            case .end: return .endOfInput
            case .interrupted(let typed): return .interrupted(typed)
            case .line(let typed): line = typed
            }
            if !console.isTerminal { console.write("\n") }
            let trimmed = line.trimmingWhitespace()
            switch Self.command(trimmed, choice: choice) {
            case .help?: help()
            case .guidance?: guidance()
            case .back?: return .back
            case .skip?: return .skip
            case .quit?: return .quit
            case nil:
                switch read(choice ? trimmed : line) {
                case .value(let value): return .value(value)
                case .again(let sentence): say(sentence)
                }
            }
        }
    }

    /// A numbered list of choices on one line: "1 England  2 Wales".
    func choices(_ labels: [String]) {
        say("  \(labels.enumerated().map { n, label -> ConsoleText in "\(n + 1) \(label)" }.joined(separator: "  "))")
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
            Where you choose from a list, the number, the words or the letter alone work (?, g, b,
            s, q). Where you type text (your details, evidence, notes), only the / forms are
            commands, so your text is kept as you wrote it. Enter keeps an earlier answer or text.
            Ctrl-C saves what you have typed and stops; the question you were answering is asked
            first when you continue.
            Responses: \(framework.scale.responses.enumerated().map { "\($0 + 1) \($1.id)" }.joined(separator: ", ")).
            """)
    }

    func guidance(_ question: Question) {
        say("  What good looks like: \(question.guidance)")
        for prompt in question.evidencePrompts { say("  Evidence: \(prompt)") }
    }
}
