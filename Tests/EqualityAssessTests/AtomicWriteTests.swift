import Foundation
import Testing
@testable import EqualityAssess

/// Killing the tool while it writes leaves the old file or the new one, never half of either.
@Suite struct AtomicWriteTests {
    @Test func killedMidWriteLeavesOldOrNewFile() throws {
        guard let binary = Support.binary else { Issue.record("binary not built"); return }
        let folder = Support.temporaryFolder()
        var set = try AnswerLoader.example("commissioning").answers
        for i in set.answers.indices { set.answers[i].evidence = String(repeating: "evidence \(i) ", count: 4_000) }
        let answers = Support.write(AnswerJSON.encode(set), named: "big.json", in: folder)
        let target = folder.appendingPathComponent("report.html").path
        let old = "OLD REPORT\n"
        try Data(old.utf8).write(to: URL(fileURLWithPath: target))
        let complete = Support.run(["report", answers, "--format", "html"]).out
        #expect(complete.utf8.count > 1_000_000)
        // Time one whole run, then kill at points spread across it (and a little past the end).
        let started = Date()
        let timing = try Support.runBinary(["report", answers, "--format", "html", "-o", folder.appendingPathComponent("timing.html").path])
        #expect(timing.code == 0)
        let duration = Date().timeIntervalSince(started)
        var sawOld = 0, sawNew = 0
        for attempt in 0..<10 {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["report", answers, "--format", "html", "-o", target]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: duration * 1.3 * Double(attempt) / 9)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try String(contentsOfFile: target, encoding: .utf8)
            #expect(now == old || now == complete, "attempt \(attempt): \(now.utf8.count) bytes")
            if now == old { sawOld += 1 } else if now == complete { sawNew += 1 }
            try Data(old.utf8).write(to: URL(fileURLWithPath: target))
        }
        print("atomic write: \(sawOld) kills left the old file, \(sawNew) the new one")
    }
}
