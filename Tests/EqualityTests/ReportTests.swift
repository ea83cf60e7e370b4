import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

@Suite struct ReportGoldenTests {
    @Test(arguments: ["commissioning", "voluntary"], ["md", "html", "json"])
    func exampleReportMatchesGolden(example: String, format: String) {
        let result = Support.run(["report", "--example", example, "--format", format])
        #expect(result.code == 0)
        #expect(result.err == "")
        Support.expectGolden(result.out, "report-\(example).\(format)")
    }

    @Test(arguments: ["commissioning", "voluntary"])
    func scoreSummaryMatchesGolden(example: String) {
        let result = Support.run(["score", "--example", example])
        #expect(result.code == 0)
        Support.expectGolden(result.out, "score-\(example).txt")
    }

    @Test func reportIsDeterministicAndDatedFromInputs() {
        let first = Support.run(["report", "--example", "--format", "html"]).out
        #expect(first == Support.run(["report", "--example", "--format", "html"]).out)
        let dated = Support.run(["report", "--example", "--date", "2027-01-31"]).out
        #expect(dated.contains("| Date | 31 January 2027 |"))
        #expect(Support.run(["report", "--example", "--date", "31/01/2027"]).code == 64)
    }

    @Test func dateFallsBackToSourceDateEpoch() throws {
        let folder = Support.temporaryFolder()
        let path = Support.write(
            #"{"framework":"commissioning-for-equality","frameworkVersion":"1.0.0","answers":[]}"#, named: "a.json",
            in: folder)
        #expect(
            Support.run(["report", path], environment: ["SOURCE_DATE_EPOCH": "1764028800"]).out.contains(
                "| Date | 25 November 2025 |"))
        #expect(Support.run(["report", path]).out.contains("| Date | undated |"))
    }

    @Test func htmlReportIsSelfContainedAndAccessible() {
        let html = Support.run(["report", "--example", "voluntary", "--format", "html"]).out
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(
            !html.contains("<script") && !html.contains("http://") && !html.contains("https://")
                && !html.contains("<link"))
        #expect(html.contains("<svg class=\"chart\" role=\"img\""))
        #expect(html.components(separatedBy: "<caption").count == html.components(separatedBy: "<table").count)
        #expect(html.contains("@page { size: A4"))
        #expect(html.contains("class=\"na\">not assessed</td>"))
        #expect(html.components(separatedBy: Disclaimer.text).count == 2, "the not-legal-advice statement appears once")
    }

    @Test func sectionsComeInTheOrderTheReaderExpects() {
        let md = Support.run(["report", "--example", "voluntary"]).out
        let order = [
            "# Equality gap report", "**Contents:**", "## Summary", "### Legal risks", "**Race and Justice Network:**",
            "### Groups and protected characteristics by stage", "### Top 5 priority actions", "**Sign-off (draft):**",
            "## Scores by stage", "## Legal duties", "## Race and Justice Network", "## Action plan",
            "## Appendix: findings by question", "## Unanswered, don't know and not applicable",
            "## Method and technical details", "## Sources", Disclaimer.text,
        ]
        let positions = order.map { md.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    @Test func voluntaryReportShowsNetworkCategoriesAndSignposts() {
        let md = Support.run(["report", "--example", "voluntary"]).out
        #expect(md.contains("The profile meets categories 1, 3, 4."))
        #expect(md.contains("board 4 of 7 (57.1%), senior staff 2 of 3 (66.7%)"), "\(md)")
        #expect(md.contains("Registration for the network is open to Clinks members."))
        #expect(
            md.contains(
                "| Legal context | a service in Wales; a voluntary organisation not carrying out public functions in this work |"
            ))
        // The PSED does not bind a voluntary organisation in its own work, and DS-10 is not asked.
        #expect(
            md.contains(
                "Not in this legal context, so their questions are not asked: Public Sector Equality Duty (due regard) (Equality Act 2010 s.149; DS-10)."
            ))
        #expect(md.contains("not a Clinks member yet"))
        #expect(md.contains("**Setting up or strengthening a trustee board**"))
    }

    @Test func scoreUsesColourOnlyOnATerminalWithoutNoColor() {
        let plain = CommandContext(environment: [:], stdoutIsTerminal: false)
        _ = CommandLineTool.run(["score", "--example"], context: plain)
        #expect(!plain.standardOutput.contains("\u{1B}["))
        let tty = CommandContext(environment: [:], stdoutIsTerminal: true)
        _ = CommandLineTool.run(["score", "--example"], context: tty)
        #expect(tty.standardOutput.contains("\u{1B}["))
        let noColor = CommandContext(environment: ["NO_COLOR": "1"], stdoutIsTerminal: true)
        _ = CommandLineTool.run(["score", "--example"], context: noColor)
        #expect(!noColor.standardOutput.contains("\u{1B}["))
    }

    @Test func failOnLegalRiskGivesExitOne() {
        #expect(Support.run(["score", "--example", "--fail-on-legal-risk"]).code == 1)
        #expect(Support.run(["score", "--example"]).code == 0)
    }
}

/// The built binary, run as a user would run it.
@Suite struct EndToEndTests {
    @Test func binaryWritesReportAndReportsErrors() throws {
        try #require(Support.binary != nil, "equality-assess binary not found; build it first")
        let folder = Support.temporaryFolder()
        let out = folder.appendingPathComponent("report.html").path
        let ok = try Support.runBinary(["report", "--example", "--format", "html", "-o", out])
        #expect(ok.code == 0)
        #expect(ok.out == "")
        #expect(ok.err == "wrote \(out)\n")
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written == Support.run(["report", "--example", "--format", "html"]).out)

        let bad = Support.write(
            "{\"framework\": \"commissioning-for-equality\", \"answers\": [}", named: "bad.json", in: folder)
        let failed = try Support.runBinary(["report", bad])
        #expect(failed.code == 65)
        #expect(failed.out == "")
        #expect(
            failed.err
                == "equality-assess: \(bad): line 1, column 57: unexpected character '}'; expected a JSON value\n")

        let missing = try Support.runBinary(["report", folder.appendingPathComponent("nope.json").path])
        #expect(missing.code == 66)

        let refused = try Support.runBinary(["report", bad, "-o", bad])
        #expect(refused.code == 73 || refused.code == 65)

        let usage = try Support.runBinary(["report"])
        #expect(usage.code == 64)
        #expect(usage.err.contains("give one answer file (or --example)"))
    }

    @Test func binaryRefusesToOverwriteItsInput() throws {
        try #require(Support.binary != nil)
        let folder = Support.temporaryFolder()
        let answers = Support.write(BundledData.exampleBytes("voluntary")!, named: "answers.json", in: folder)
        let result = try Support.runBinary(["report", answers, "-o", answers])
        #expect(result.code == 73)
        #expect(try Data(contentsOf: URL(fileURLWithPath: answers)) == Data(BundledData.exampleBytes("voluntary")!))
    }

    @Test func binaryScoreSummaryWithNoColor() throws {
        try #require(Support.binary != nil)
        let result = try Support.runBinary(["score", "--example", "voluntary"], environment: ["NO_COLOR": "1"])
        #expect(result.code == 0)
        #expect(result.out == Support.run(["score", "--example", "voluntary"]).out)
    }
}
