import EqualityCore
import EqualityRendering
import Foundation
import Synchronization

/// Ctrl-C during `ask`: the answers so far, and the answer being typed (its response and any
/// evidence already entered), are saved atomically before the process stops, with a hint to resume.
/// The interview keeps the snapshot current; the signal is handled on a dispatch queue, never in a
/// signal handler, and the snapshot is behind a lock.
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
    /// Safe without a lock: set once in `init`, then only resumed in `install`, both on the
    /// thread running the interview, before any signal can arrive; the handler never touches it.
    private nonisolated(unsafe) let source: any DispatchSourceSignal

    /// "46 of 47 questions answered", for the message after saving.
    private let describe: @Sendable (AnswerSet) -> String

    init(
        answers: AnswerSet, path: String, profileOrder: [String], describe: @escaping @Sendable (AnswerSet) -> String
    ) {
        self.describe = describe
        snapshot = Mutex(Snapshot(answers: answers, pending: nil))
        self.path = path
        self.profileOrder = profileOrder
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    }

    /// Starts handling SIGINT for this process.
    func install(order: [String]) {
        signal(SIGINT, SIG_IGN)
        source.setEventHandler { [self] in self.saveAndExit(order: order) }
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

    private func saveAndExit(order: [String]) {
        var (set, pending) = snapshot.withLock { ($0.answers, $0.pending) }
        if let pending, pending.isAnswered {
            if let i = set.answers.firstIndex(where: { $0.question == pending.question }) {
                set.answers[i] = pending
            } else {
                set.answers.append(pending)
            }
            set.answers.sort {
                (order.firstIndex(of: $0.question) ?? .max) < (order.firstIndex(of: $1.question) ?? .max)
            }
        }
        let text = AnswerJSON.encode(set, profileOrder: profileOrder)
        let message: ConsoleText
        do throws(ToolError) {
            try write(text, to: path)
            let typed: ConsoleText =
                pending?.isAnswered == true ? ", including \(pending?.question ?? "") as typed so far" : ""
            message =
                "\nInterrupted: saved to \(path) (\(describe(set))\(typed)). Run the same command again to continue.\n"
        } catch {
            message = "\nInterrupted, and the answers could not be saved: \(error.description)\n"
        }
        FileHandle.standardOutput.write(Data(message.text.utf8))
        exit(130)
    }
}
