import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// What `-o` does to whatever is already at the path: devices, FIFOs and links, permissions, two
/// outputs at once, signals during a write, a closed pipe, and the format a file name implies.
@Suite struct OutputSafetyTests {
    static func kind(_ path: String) -> mode_t? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & S_IFMT
    }

    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    static func contents(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    static let exampleReport = Support.run(["report", "--example"]).out

    // MARK: Special files

    /// `/dev/null` stays the device: the report is written into it, never renamed over it.
    @Test func devNullStaysADevice() throws {
        let binary = try #require(Support.binary)
        _ = binary
        let before = try #require(Self.kind("/dev/null"))
        #expect(before == S_IFCHR)
        let result = try Support.runBinary(["report", "--example", "-o", "/dev/null"])
        #expect(result.code == 0, "\(result.err)")
        #expect(Self.kind("/dev/null") == S_IFCHR)
    }

    /// A device node of our own (a copy of /dev/null, made where the tests may make one) is
    /// written into and left a device.
    @Test func aDeviceNodeIsWrittenIntoNotReplaced() throws {
        let folder = Support.temporaryFolder()
        let node = folder.appendingPathComponent("null").path
        var null = stat()
        try #require(stat("/dev/null", &null) == 0)
        guard mknod(node, S_IFCHR | 0o666, null.st_rdev) == 0 else {
            // Not permitted here (not root): /dev/null above covers the rule.
            return
        }
        let result = Support.run(["report", "--example", "-o", node])
        #expect(result.code == 0, "\(result.err)")
        #expect(Self.kind(node) == S_IFCHR)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "null" }
        #expect(leftovers.isEmpty, "left behind: \(leftovers)")
    }

    /// A FIFO's reader receives the report, and the FIFO is still a FIFO afterwards.
    @Test func aFIFOsReaderReceivesTheReport() throws {
        let folder = Support.temporaryFolder()
        let fifo = folder.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let received = Mutexed<Data>(Data())
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) {
                received.set(handle.readDataToEndOfFile())
                try? handle.close()
            }
        }
        reader.start()
        let result = Support.run(["report", "--example", "-o", fifo])
        let deadline = Date().addingTimeInterval(20)
        while !reader.isFinished && Date() < deadline { usleep(1_000) }
        if !reader.isFinished {
            // The tool never opened the FIFO: open it ourselves so the reader thread can end.
            let fd = open(fifo, O_WRONLY | O_NONBLOCK)
            if fd >= 0 { close(fd) }
            Issue.record("the report never reached the FIFO's reader")
        }
        #expect(result.code == 0, "\(result.err)")
        #expect(String(decoding: received.get(), as: UTF8.self) == Self.exampleReport)
        #expect(Self.kind(fifo) == S_IFIFO)
    }

    /// A symbolic link is kept, and the file it points at is replaced (with its permissions).
    @Test func aLinkIsKeptAndItsTargetReplaced() throws {
        let folder = Support.temporaryFolder()
        let real = Support.write("old\n", named: "real.md", in: folder)
        chmod(real, 0o640)
        let link = folder.appendingPathComponent("link.md").path
        try #require(symlink("real.md", link) == 0)
        let result = Support.run(["report", "--example", "-o", link])
        #expect(result.code == 0, "\(result.err)")
        #expect(Self.kind(link) == S_IFLNK)
        #expect(Self.contents(real) == Self.exampleReport)
        #expect(Self.mode(real) == 0o640)
        // A link to a file not yet there: the file is created where the link points.
        let dangling = folder.appendingPathComponent("dangling.md").path
        try #require(symlink("made.md", dangling) == 0)
        #expect(Support.run(["report", "--example", "-o", dangling]).code == 0)
        #expect(Self.kind(dangling) == S_IFLNK)
        #expect(Self.contents(folder.appendingPathComponent("made.md").path) == Self.exampleReport)
    }

    @Test func aFolderOrSocketIsRefused() throws {
        let folder = Support.temporaryFolder()
        let result = Support.run(["report", "--example", "-o", folder.path])
        #expect(result.code == 73)
        #expect(result.err.contains("is a folder"))
    }

    // MARK: Permissions

    /// Replacing a file keeps its mode; a new ordinary file gets 0666 less the umask; files that
    /// are private by nature are created 0600.
    @Test func permissionsAreKeptOrPrivate() throws {
        let folder = Support.temporaryFolder()
        for mode: mode_t in [0o600, 0o640, 0o604] {
            let path = Support.write("old\n", named: "kept-\(String(mode, radix: 8)).md", in: folder)
            chmod(path, mode)
            #expect(Support.run(["report", "--example", "-o", path]).code == 0)
            #expect(Self.mode(path) == mode, "a \(String(mode, radix: 8)) file changed mode")
        }
        let mask = umask(0o022)
        umask(mask)
        let fresh = folder.appendingPathComponent("new.md").path
        #expect(Support.run(["report", "--example", "-o", fresh]).code == 0)
        #expect(Self.mode(fresh) == 0o666 & ~mask)

        let log = folder.appendingPathComponent("region.log").path
        let aggregate = Support.run([
            "aggregate", Support.fixture("aggregate"), "-o", folder.appendingPathComponent("region.md").path,
            "--log", log,
        ])
        #expect([0, 2].contains(aggregate.code), "\(aggregate.err)")
        #expect(Self.mode(log) == 0o600)

        let draft = folder.appendingPathComponent("draft.json").path
        let perspectives = try FileManager.default.contentsOfDirectory(atPath: Support.fixture("perspectives"))
            .filter { $0.hasSuffix(".json") }.sorted().map { Support.fixture("perspectives/\($0)") }
        let views = Support.run(["perspectives"] + perspectives + ["--draft", draft])
        #expect(views.code == 0, "\(views.err)")
        #expect(Self.mode(draft) == 0o600)

        let answers = folder.appendingPathComponent("answers.json").path
        let context = CommandContext(input: ["/q"])
        _ = CommandLineTool.run(["ask", "-o", answers], context: context)
        #expect(Self.mode(answers) == 0o600)
    }

    // MARK: Two outputs

    /// `aggregate -o REPORT --log LOG`: if either cannot be written, neither is replaced.
    @Test func reportAndLogAreReplacedTogetherOrNotAtAll() throws {
        let folder = Support.temporaryFolder()
        let report = Support.write("old report\n", named: "region.md", in: folder)
        let missingFolder = folder.appendingPathComponent("no-such-folder/region.log").path
        let badLog = Support.run(["aggregate", Support.fixture("aggregate"), "-o", report, "--log", missingFolder])
        #expect(badLog.code == 73)
        #expect(Self.contents(report) == "old report\n")

        let log = Support.write("old log\n", named: "region.log", in: folder)
        let badReport = Support.run([
            "aggregate", Support.fixture("aggregate"), "-o", folder.appendingPathComponent("gone/region.md").path,
            "--log", log,
        ])
        #expect(badReport.code == 73)
        #expect(Self.contents(log) == "old log\n")

        let same = Support.run(["aggregate", Support.fixture("aggregate"), "-o", log, "--log", log])
        #expect(same.code == 64)
        #expect(Self.contents(log) == "old log\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    /// SIGINT after the report is in place but before the log is: the signal waits for the log.
    /// A test hook pauses between the two renames so the signal lands exactly there.
    @Test func anInterruptBetweenTheRenamesWaitsForBoth() throws {
        let binary = try #require(Support.binary)
        let folder = Support.temporaryFolder()
        let report = Support.write("old report\n", named: "region.md", in: folder)
        let log = Support.write("old log\n", named: "region.log", in: folder)
        let child = try ShellChild(
            binary.path, ["aggregate", Support.fixture("aggregate"), "-o", report, "--log", log],
            environment: ["EQUALITY_ASSESS_TEST_COMMIT_PAUSE_MS": "1500"])
        let deadline = Date().addingTimeInterval(20)
        while Self.contents(report) == "old report\n" && child.isRunning && Date() < deadline { usleep(1_000) }
        let reportReplaced = Self.contents(report) != "old report\n"
        let logStillOld = Self.contents(log) == "old log\n"
        kill(child.pid, SIGINT)
        let ended = child.wait()
        #expect(reportReplaced && logStillOld, "the signal did not land between the renames")
        #expect(ended.signal == SIGINT)
        #expect(Self.contents(report) != "old report\n")
        #expect(Self.contents(log) != "old log\n", "a new report was left beside the old log")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    // MARK: Signals during a write

    /// SIGINT or SIGTERM while the report is being written removes the temporary file and ends
    /// the process by that signal; the old file stays (or the new one, if the rename came first).
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalDuringAWriteRemovesTheTemporaryFile(_ sig: Int32) throws {
        let binary = try #require(Support.binary)
        let folder = Support.temporaryFolder()
        var set = try AnswerLoader.example("commissioning").answers
        for i in set.answers.indices { set.answers[i].evidence = String(repeating: "evidence \(i) ", count: 4_000) }
        let answers = Support.write(AnswerJSON.encode(set), named: "big.json", in: folder)
        let target = folder.appendingPathComponent("report.html").path
        var landed = 0
        var outcomes: [String] = []
        for _ in 0..<20 where landed < 2 {
            try Data("OLD\n".utf8).write(to: URL(fileURLWithPath: target))
            let child = try ShellChild(binary.path, ["report", answers, "--format", "html", "-o", target])
            let temporary = folder.appendingPathComponent(".report.html.\(child.pid).tmp").path
            let deadline = Date().addingTimeInterval(10)
            while !FileManager.default.fileExists(atPath: temporary) && child.isRunning && Date() < deadline {
                usleep(50)
            }
            let writing = FileManager.default.fileExists(atPath: temporary)
            kill(child.pid, sig)
            let ended = child.wait()
            #expect(!FileManager.default.fileExists(atPath: temporary), "the temporary file was left behind")
            let now = Self.contents(target) ?? ""
            #expect(now == "OLD\n" || now.hasPrefix("<!DOCTYPE html>"))
            outcomes.append("\(writing) \(ended)")
            if writing && ended.signal != nil {
                #expect(ended.signal == sig)
                landed += 1
            }
        }
        #expect(landed > 0, "no signal landed during a write; the test proved nothing (\(outcomes))")
    }

    // MARK: Standard output

    /// `report --example | head -1`: exit 74, as documented, and nothing on standard error.
    @Test func aClosedPipeEndsQuietly() throws {
        let binary = try #require(Support.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["report", "--example", "--format", "html"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try out.fileHandleForReading.close()
        try process.run()
        let message = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(String(decoding: message, as: UTF8.self) == "")
    }

    // MARK: The format follows the file name

    @Test func theExtensionChoosesTheFormat() throws {
        let folder = Support.temporaryFolder()
        let docx = folder.appendingPathComponent("board.docx").path
        #expect(Support.run(["report", "--example", "-o", docx]).code == 0)
        #expect(Array((FileManager.default.contents(atPath: docx) ?? Data()).prefix(2)) == Array("PK".utf8))
        let xlsx = folder.appendingPathComponent("plan.xlsx").path
        #expect(Support.run(["actions", "--example", "-o", xlsx]).code == 0)
        #expect(Array((FileManager.default.contents(atPath: xlsx) ?? Data()).prefix(2)) == Array("PK".utf8))
        let html = folder.appendingPathComponent("report.HTML").path
        #expect(Support.run(["report", "--example", "-o", html]).code == 0)
        #expect(Self.contents(html)?.hasPrefix("<!DOCTYPE html>") == true)
        let json = folder.appendingPathComponent("compare.json").path
        let compare = Support.run([
            "compare", Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json").path,
            Support.fixture("compare/after-commissioning.json"), "-o", json,
        ])
        #expect(compare.code == 0, "\(compare.err)")
        #expect(Self.contents(json)?.hasPrefix("{") == true)
        // An extension that names no format keeps the default.
        let text = folder.appendingPathComponent("report.txt").path
        #expect(Support.run(["report", "--example", "-o", text]).code == 0)
        #expect(Self.contents(text) == Self.exampleReport)
    }

    @Test func aContradictionIsRefusedNamingBoth() {
        let clash = Support.run(["report", "--example", "--format", "md", "-o", "board.docx"])
        #expect(clash.code == 64)
        #expect(clash.err.contains("--format: md does not match the output file board.docx (a .docx file)"))
        let unsupported = Support.run(["report", "--example", "-o", "board.csv"])
        #expect(unsupported.code == 64)
        #expect(unsupported.err.contains("does not write .csv files (formats: md, html, json, docx)"))
        #expect(!FileManager.default.fileExists(atPath: "board.docx"))
    }
}

/// A child process started as a shell starts one: no signal blocked or ignored. (Foundation's
/// `Process` passes on the calling thread's signal mask, and the test runner's threads block
/// SIGINT and SIGTERM, so a signal sent to such a child would wait until it exits.)
struct ShellChild {
    var pid: pid_t

    init(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var merged = ProcessInfo.processInfo.environment
        for (key, value) in environment { merged[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
        pid = child
    }

    /// Waits for the child: the signal that ended it, or nil and its exit code.
    func wait() -> (signal: Int32?, code: Int32) {
        var status: Int32 = 0
        let deadline = Date().addingTimeInterval(30)
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { break }
            if reaped < 0 && errno != EINTR { return (nil, -1) }
            if Date() > deadline {
                kill(pid, SIGKILL)
                return (nil, -2)
            }
            usleep(1_000)
        }
        let signalled = status & 0x7f
        return signalled != 0 && signalled != 0x7f ? (signalled, 0) : (nil, (status >> 8) & 0xff)
    }

    var isRunning: Bool { kill(pid, 0) == 0 && !isZombie }

    private var isZombie: Bool {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }
}

/// A value shared with a reader thread.
final class Mutexed<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
    func get() -> Value { lock.withLock { value } }
}
