import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore

/// `ask` as a person uses it: the real binary in a pseudo-terminal, keys typed at its prompts,
/// Ctrl-C as the key it is (the line editor reads it, with what was typed before it).
final class Terminal {
    let master: Int32
    let pid: pid_t
    var seen = ""

    /// Starts `equality-assess ARGUMENTS` on a new pseudo-terminal.
    init(_ arguments: [String]) throws {
        let binary = try #require(Support.binary)
        // The master end is the person at the keyboard; the tool gets the other end.
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        try #require(master >= 0)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        try #require(ioctl(master, UInt(0x4004_5431), &unlock) == 0)  // TIOCSPTLCK: unlock
        try #require(ioctl(master, UInt(0x8004_5430), &number) == 0)  // TIOCGPTN: its number
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd: Int32 in [0, 1, 2] { posix_spawn_file_actions_addopen(&actions, fd, "/dev/pts/\(number)", O_RDWR, 0) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        let executable: String = binary.path
        let words: [String] = [executable] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let settings: [String] = ["TERM=dumb", "NO_COLOR=1"]
        let envp: [UnsafeMutablePointer<CChar>?] = settings.map { strdup($0) } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var child: pid_t = 0
        try #require(posix_spawn(&child, executable, &actions, &attributes, argv, envp) == 0)
        pid = child
    }

    /// Reads what the tool prints until `text` appears (or 20 seconds pass); true if it did.
    @discardableResult
    func waitFor(_ text: String) -> Bool {
        if text.isEmpty { return true }
        let deadline = Date().addingTimeInterval(20)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !seen.contains(text) && Date() < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { break }
            seen += String(decoding: buffer[0..<n], as: UTF8.self)
        }
        return seen.contains(text)
    }

    /// Waits for `prompt`, then types `keys` (a pause first, as a person would).
    func answer(_ prompt: String, _ keys: String) {
        #expect(waitFor(prompt), "no prompt \(prompt.debugDescription): \(seen.suffix(300))")
        seen = ""
        usleep(120_000)
        _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
    }

    /// Waits for the tool to end; its exit code (or -1).
    func exitCode() -> Int32 {
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(20)
        while waitpid(pid, &status, WNOHANG) == 0 && Date() < deadline { waitFor("\u{0}") }
        close(master)
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }
}

@Suite struct AskTerminalTests {
    static let context = "leave it unstated: "

    static func saved(_ path: String) throws -> AnswerSet {
        try AnswerJSON.decode(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
    }

    /// Four context questions left unstated, the details given, ready at NA-01.
    static func startAnswering(_ t: Terminal, details: [String] = ["Org", "", "", "", ""]) {
        for _ in 0..<4 { t.answer(context, "\r") }
        for detail in details { t.answer(": ", detail + "\r") }
    }

    @Test func ctrlCWhileTypingEvidenceKeepsTheTextAndReturnsToTheQuestion() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        let t = try Terminal(["ask", "-o", path])
        Self.startAnswering(t)
        t.answer("Response (1-6", "2\r")
        t.answer("Evidence (", "e1\r")
        t.answer("Notes (optional): ", "\r")
        t.answer("Response (1-6", "s\r")  // NA-02 skipped
        t.answer("Response (1-6", "4\r")  // NA-03 fully
        t.answer("Evidence (", "Board minutes of Mar")
        t.answer("", "\u{7F}y")  // Backspace, then the right letter
        t.answer("", "\u{3}")
        #expect(t.waitFor("What you typed for NA-03 is kept, and it is asked first when you continue."))
        #expect(t.exitCode() == 130)
        let set = try Self.saved(path)
        #expect(set.answer("NA-03")?.evidence == "Board minutes of May", "what was typed on the line is kept")
        #expect(set.answer("NA-03")?.isAnswered == false)
        #expect(Support.run(["validate", path]).code == 0)
        // Resuming: the details left blank first, then NA-03 (before NA-02, which was skipped).
        let again = try Terminal(["ask", "-o", path])
        for _ in 0..<4 { again.answer(": ", "\r") }
        #expect(again.waitFor("NA-03: "))
        #expect(!again.seen.contains("NA-02: "))
        again.answer("Response (1-6", "4\r")
        again.answer("[Enter keeps the current text]: ", "\r")
        again.answer("Notes (optional): ", "\r")
        again.answer("Response (1-6", "q\r")
        #expect(again.exitCode() == 0)
        #expect(try Self.saved(path).answer("NA-03")?.evidence == "Board minutes of May")
        #expect(try Self.saved(path).answer("NA-03")?.response == "fully")
    }

    @Test func ctrlCWhileTypingANotApplicableReasonNeverLocksTheFile() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        let t = try Terminal(["ask", "-o", path])
        Self.startAnswering(t)
        t.answer("Response (1-6", "5\r")
        t.answer("Why does it not apply? (required): ", "We do not run")
        t.answer("", "\u{3}")
        #expect(t.exitCode() == 130)
        let set = try Self.saved(path)
        #expect(set.answer("NA-01")?.isAnswered == false, "never 'not applicable' without its reason")
        #expect(set.answer("NA-01")?.notes == "We do not run")
        #expect(Support.run(["validate", path]).code == 0, "validate reads the file")
        let again = try Terminal(["ask", "-o", path])
        for _ in 0..<4 { again.answer(": ", "\r") }
        again.answer("Response (1-6", "5\r")
        again.answer("(required) [Enter keeps the current text]: ", "\r")
        again.answer("Response (1-6", "q\r")
        #expect(again.exitCode() == 0)
        let done = try Self.saved(path)
        #expect(done.answer("NA-01")?.response == "not-applicable" && done.answer("NA-01")?.notes == "We do not run")
    }

    @Test func quittingAtTheOrganisationPromptComesBackToAboutYou() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        let t = try Terminal(["ask", "-o", path])
        t.answer(Self.context, "1\r")
        for _ in 0..<3 { t.answer(Self.context, "\r") }
        t.answer("Organisation: ", "/q\r")
        #expect(t.exitCode() == 0)
        let again = try Terminal(["ask", "-o", path])
        #expect(again.waitFor("About you"))
        again.answer("Organisation: ", "Wexmoor PCC\r")
        again.answer("Your role: ", "Manager\r")
        again.answer("(a number or the words): ", "Commissioner\r")
        again.answer(": ", "Women's services\r")
        again.answer("Date of the assessment", "20/11/2026\r")
        again.answer("Response (1-6", "q\r")
        #expect(again.exitCode() == 0)
        let set = try Self.saved(path)
        #expect(set.respondent.organisation == "Wexmoor PCC")
        #expect(set.respondent.perspective == "commissioner", "the perspective by its words")
        #expect(set.respondent.date == "2026-11-20", "a UK date, as the CSV template reads it")
        #expect(set.context.nation == .england)
    }

    @Test func choicesByNumberOrWords() throws {
        let path = Support.temporaryFolder().appendingPathComponent("a.json").path
        let t = try Terminal(["ask", "-o", path])
        t.answer(Self.context, "WALES\r")
        t.answer(Self.context, "Public Authority\r")
        t.answer(Self.context, "grant\r")
        t.answer(Self.context, "Welsh-List\r")
        t.answer("Organisation: ", "\r")
        t.answer("Your role: ", "\r")
        t.answer("(a number or the words): ", "2\r")
        t.answer(": ", "\r")
        t.answer("Date of the assessment", "20/11/26\r")
        t.answer("Response (1-6", "Partly in place\r")
        t.answer("Evidence (", "\r")
        t.answer("Notes (optional): ", "\r")
        t.answer("Response (1-6", "q\r")
        #expect(t.exitCode() == 0)
        let set = try Self.saved(path)
        #expect(
            set.context
                == AssessmentContext(
                    nation: .wales, organisationType: .publicAuthority, routeToMarket: .grant, dutyList: .welshList))
        #expect(set.respondent.perspective == "provider" && set.respondent.date == "2026-11-20")
        #expect(set.answer("NA-01")?.response == "partly")
    }
}
