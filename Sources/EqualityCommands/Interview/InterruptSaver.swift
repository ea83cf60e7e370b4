import Dispatch
import EqualityCore
import EqualityRendering
import FoundationEssentials
import Glibc
import Synchronization

/// Ctrl-C that arrives as a signal during `ask` (standard input from a pipe; a terminal gives
/// the key to `LineEditor` instead): the answers so far, and what was typed for the question
/// being answered, are saved atomically by the same rule as a Ctrl-C at a prompt
/// (`Interview.applyingInterrupt`), then the process stops with 130. The interview keeps the
/// snapshot current; the signal is handled on a dispatch queue, never in a signal handler, and
/// the snapshot is behind a lock.
final class InterruptSaver: Sendable {
    private struct Snapshot {
        var answers: AnswerSet
        var pending: Answer?
    }

    private let snapshot: Mutex<Snapshot>
    /// Held while the answer file is written, by the interview and by Ctrl-C alike, so the two
    /// never write at once.
    private let writing = Mutex(0)
    private let path: String
    private let profileOrder: [String]
    private let order: [String]
    /// "46 of 47 questions answered", for the message after saving.
    private let describe: @Sendable (AnswerSet) -> String
    /// Safe without a lock: set once in `init`, then only resumed in `install`, both on the
    /// thread running the interview, before any signal can arrive; the handler never touches it.
    private nonisolated(unsafe) let source: any DispatchSourceSignal

    init(
        answers: AnswerSet, path: String, profileOrder: [String], order: [String],
        describe: @escaping @Sendable (AnswerSet) -> String
    ) {
        snapshot = Mutex(Snapshot(answers: answers, pending: nil))
        self.path = path
        self.profileOrder = profileOrder
        self.order = order
        self.describe = describe
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    }

    /// Starts handling SIGINT for this process.
    func install() {
        signal(SIGINT, SIG_IGN)
        source.setEventHandler { [self] in self.saveAndExit() }
        source.resume()
    }

    /// Writes the answer file while no Ctrl-C save can run.
    func write(_ text: String, to path: String) throws(ToolError) {
        try writing.withLock { (_: inout Int) throws(ToolError) -> Void in
            try OutputFile.write(text, to: path, isPrivate: true)
        }
    }

    func update(_ answers: AnswerSet, pending: Answer?) {
        snapshot.withLock { $0 = Snapshot(answers: answers, pending: pending) }
    }

    private func saveAndExit() {
        let (before, pending) = snapshot.withLock { ($0.answers, $0.pending) }
        let set = Interview.applyingInterrupt(before, pending: pending, order: order)
        let text = AnswerJSON.encode(set, profileOrder: profileOrder)
        let message: ConsoleText
        do throws(ToolError) {
            try write(text, to: path)
            let note = Interview.interruptNote(before, pending: pending)
            message =
                "\nInterrupted: saved to \(path) (\(describe(set))).\(note) Run the same command again to continue.\n"
        } catch {
            message = "\nInterrupted, and the answers could not be saved: \(error.commandLineText)\n"
        }
        _ = OutputFile.writeAll(STDOUT_FILENO, Array(message.text.utf8))
        exit(130)
    }
}
