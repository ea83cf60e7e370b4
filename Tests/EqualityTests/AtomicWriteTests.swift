import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// Killing the tool while it writes leaves the old file or the new one, never half of either.
@Suite struct AtomicWriteTests {
    /// The tool writes to `.NAME.PID.tmp` and renames it into place. The test watches for that
    /// temporary file and kills the process the moment it appears, so the kill lands while the
    /// report is being written; the test fails if no kill ever did.
    @Test func killedMidWriteLeavesOldOrNewFile() throws {
        let binary = try #require(Support.binary, "equality-assess could not be found or built")
        let folder = Support.temporaryFolder()
        var set = try AnswerLoader.example("commissioning").answers
        for i in set.answers.indices { set.answers[i].evidence = String(repeating: "evidence \(i) ", count: 4_000) }
        let answers = Support.write(AnswerJSON.encode(set), named: "big.json", in: folder)
        let target = folder.appendingPathComponent("report.html").path
        let old = "OLD REPORT\n"
        let complete = Support.run(["report", answers, "--format", "html"]).out
        #expect(complete.utf8.count > 1_000_000)
        var killedMidWrite = 0
        var sawOld = 0
        var sawNew = 0
        for attempt in 0..<20 where killedMidWrite < 3 {
            try Data(old.utf8).write(to: URL(fileURLWithPath: target))
            let process = Process()
            process.executableURL = binary
            process.arguments = ["report", answers, "--format", "html", "-o", target]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let temporary = folder.appendingPathComponent(".report.html.\(process.processIdentifier).tmp").path
            // Poll for the temporary file (the write has begun), for at most ten seconds.
            let deadline = Date().addingTimeInterval(10)
            while !FileManager.default.fileExists(atPath: temporary) && process.isRunning && Date() < deadline {
                usleep(50)
            }
            let writing = FileManager.default.fileExists(atPath: temporary)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = try String(contentsOfFile: target, encoding: .utf8)
            #expect(now == old || now == complete, "attempt \(attempt): \(now.utf8.count) bytes")
            if now == old { sawOld += 1 } else if now == complete { sawNew += 1 }
            // Killed with the temporary file still there: the kill landed before the rename.
            if writing && FileManager.default.fileExists(atPath: temporary) {
                killedMidWrite += 1
                #expect(now == old, "a kill before the rename must leave the old file")
            }
            try? FileManager.default.removeItem(atPath: temporary)
        }
        #expect(
            killedMidWrite > 0, "no kill landed during a write (old \(sawOld), new \(sawNew)); the test proved nothing")
        print("atomic write: \(killedMidWrite) kills landed mid-write; files left: \(sawOld) old, \(sawNew) new")
    }
}
