import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

@Suite struct ArgumentParserTests {
    static let options = [
        OptionSpec(["--format", "-f"], value: "FORMAT", help: ""),
        OptionSpec(["--output", "-o"], value: "FILE", help: ""),
        OptionSpec(["--fillable"], help: ""),
    ]

    @Test(arguments: [
        (["a.json"], ParsedArguments(positionals: ["a.json"])),
        (["--format", "html", "x"], ParsedArguments(options: ["--format": "html"], positionals: ["x"])),
        (["-f", "csv", "-o", "out.csv"], ParsedArguments(options: ["--format": "csv", "--output": "out.csv"])),
        (["--format=json", "--fillable"], ParsedArguments(options: ["--format": "json"], flags: ["--fillable"])),
        (["--", "--format"], ParsedArguments(positionals: ["--format"])),
        (["-"], ParsedArguments(positionals: ["-"])),
    ])
    func parses(words: [String], expected: ParsedArguments) throws {
        #expect(try ArgumentParser.parse(words, options: Self.options, command: "t") == expected)
    }

    @Test(arguments: [
        (
            ["--fromat", "x"],
            "--fromat: unknown option --fromat for 't'; did you mean --format? (see 'equality-assess help t')"
        ),
        (["--format"], "--format: needs a value: --format FORMAT"),
        (["-f", "md", "--format", "html"], "--format: given more than once"),
        (["--fillable=yes"], "--fillable: takes no value"),
    ])
    func rejects(words: [String], message: String) {
        do {
            _ = try ArgumentParser.parse(words, options: Self.options, command: "t")
            Issue.record("accepted \(words)")
        } catch {
            #expect(error.kind == .usage)
            #expect(error.description == message)
        }
    }
}

@Suite struct CommandLineTests {
    @Test func helpAndVersion() {
        let help = Support.run(["--help"])
        #expect(help.code == 0)
        #expect(help.out.contains("Usage: equality-assess COMMAND [OPTIONS]"))
        #expect(help.out.contains("it is not legal advice"))
        #expect(Support.run(["--version"]).out == "equality-assess \(CommandLineTool.version)\n")
        let commandHelp = Support.run(["help", "questionnaire"])
        #expect(commandHelp.code == 0)
        #expect(commandHelp.out.hasPrefix("equality-assess questionnaire: "))
        #expect(Support.run(["questionnaire", "--help"]).out == commandHelp.out)
    }

    @Test func noArgumentsIsUsageError() {
        let result = Support.run([])
        #expect(result.code == 64)
        #expect(result.err.contains("Usage:"))
    }

    @Test(arguments: [
        (
            ["frobnicate"], 64,
            "equality-assess: unknown command \"frobnicate\"\nRun 'equality-assess --help' for usage.\n"
        ),
        (
            ["help", "frobnicate"], 64,
            "equality-assess: unknown command \"frobnicate\"\nRun 'equality-assess --help' for usage.\n"
        ),
        (
            ["questionnaire", "--format", "pdf"], 64,
            "equality-assess: --format: unknown value \"pdf\" (allowed: md, html, csv, json)\nRun 'equality-assess --help' for usage.\n"
        ),
        (
            ["questionnaire", "--framework", "comissioning-for-equality"], 64,
            "equality-assess: comissioning-for-equality: is not a bundled framework (bundled: commissioning-for-equality, voluntary-organisation-self-assessment) and not a .json path; did you mean \"commissioning-for-equality\"?\nRun 'equality-assess --help' for usage.\n"
        ),
        (
            ["questionnaire", "--framework", "missing/fw.json"], 66,
            "equality-assess: missing/fw.json: no such file; check the path\n"
        ),
        (
            ["validate"], 64,
            "equality-assess: give at least one file to validate: equality-assess validate FILE...\nRun 'equality-assess --help' for usage.\n"
        ),
        (["validate", "no-such-file.json"], 66, "no-such-file.json: no such file; check the path\n"),
        (
            ["questionnaire", "-o", "/no/such/folder/q.md"], 73,
            "equality-assess: /no/such/folder/q.md: cannot be created: the folder /no/such/folder does not exist\n"
        ),
    ])
    func errorsHaveDocumentedCodes(arguments: [String], code: Int32, err: String) {
        let result = Support.run(arguments)
        #expect(result.code == code)
        #expect(result.err == err)
        #expect(result.out == "")
    }

    /// Every command turns its words into typed options before it runs: a bad value is a usage
    /// error (64) that names the option, for every command that has one.
    @Test(arguments: [
        (
            ["report", "--example", "--format", "pdf"],
            "--format: unknown value \"pdf\" (allowed: md, html, json, docx)"
        ),
        (
            ["actions", "--example", "--format", "pdf"],
            "--format: unknown value \"pdf\" (allowed: csv, md, html, xlsx, docx)"
        ),
        (
            ["compare", "a.json", "b.json", "--format", "csv"],
            "--format: unknown value \"csv\" (allowed: md, html, json)"
        ),
        (["aggregate", "folder", "--format", "pdf"], "--format: unknown value \"pdf\" (allowed: md, html, csv, json)"),
        (["aggregate", "folder", "--min-count", "0"], "--min-count: \"0\" is not a whole number from 1 to 1000000"),
        (
            ["report", "--example", "--date", "2026-02-30"],
            "--date: \"2026-02-30\" is not a date in the form YYYY-MM-DD"
        ),
        (["score", "--example", "--date", "tomorrow"], "--date: \"tomorrow\" is not a date in the form YYYY-MM-DD"),
        (
            ["report", "--example", "martian"],
            "--example: unknown example \"martian\" (known: commissioning, voluntary)"
        ),
        (["questionnaire", "--fillable"], "--fillable: works with --format html only"),
        (["questionnaire", "--answers", "a.json", "--format", "csv"], "--answers: works with --format md or html"),
        (
            ["ask", "-o", "answers.csv"],
            "--output: ask saves JSON; give a .json file (CSV answers come from 'questionnaire --format csv')"
        ),
    ])
    func badOptionValuesAreUsageErrorsNamingTheOption(arguments: [String], message: String) {
        let result = Support.run(arguments)
        #expect(result.code == 64)
        #expect(result.err.hasPrefix("equality-assess: \(message)\n"), "\(result.err)")
        #expect(result.out.isEmpty)
    }

    /// The options are validated before anything is read: a bad value wins over a missing file.
    @Test func optionsAreCheckedBeforeFilesAreRead() {
        let result = Support.run(["report", "no-such-file.json", "--format", "pdf"])
        #expect(result.code == 64)
    }

    /// A result that cannot reach standard output is an input/output error (74), never success.
    @Test func aFullStandardOutputIsAnIOError() throws {
        try #require(FileManager.default.isWritableFile(atPath: "/dev/full"), "/dev/full is needed for this test")
        let binary = try #require(Support.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["report", "--example", "--format", "html"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let err = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(err.hasPrefix("equality-assess: standard output: could not be written ("), "\(err)")
    }

    /// A closed pipe (`equality-assess report ... | head -1`) is also 74, not a crash from SIGPIPE.
    @Test func aClosedPipeIsAnIOError() throws {
        let binary = try #require(Support.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["questionnaire", "--format", "html"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try output.fileHandleForReading.close()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 74)
    }

    @Test func frameworksListsCountsPerStage() {
        let result = Support.run(["frameworks"])
        #expect(result.code == 0)
        #expect(
            result.out.contains(
                "commissioning-for-equality 1.2.0\n  Commissioning for equality in criminal justice\n  49 questions: Needs assessment 13, Service design 13, Procurement 12, Monitoring and evaluation 11\n"
            ))
        #expect(result.out.contains("voluntary-organisation-self-assessment 1.2.0\n"))
        #expect(
            result.out.contains("Understanding need 9, Designing the service 10"), "the framework's own stage names")
    }

    @Test func outputFileIsWrittenAndNeverOverAnInput() throws {
        let folder = Support.temporaryFolder()
        let target = folder.appendingPathComponent("q.csv").path
        let written = Support.run(["questionnaire", "--format", "csv", "-o", target])
        #expect(written.code == 0)
        #expect(written.out == "")
        #expect(written.err == "wrote \(target)\n")
        #expect(
            FileManager.default.contents(atPath: target).map { String(decoding: $0, as: UTF8.self) }
                == Support.run(["questionnaire", "--format", "csv"]).out)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["q.csv"],
            "no temporary file left behind")

        let framework = Support.write(
            BundledData.frameworkBytes("commissioning-for-equality")!, named: "fw.json", in: folder)
        let refused = Support.run(["questionnaire", "--framework", framework, "-o", framework])
        #expect(refused.code == 73)
        #expect(refused.err.contains("is one of the input files; refusing to write over it"))
        #expect(
            FileManager.default.contents(atPath: framework).map { [UInt8]($0) }
                == BundledData.frameworkBytes("commissioning-for-equality"))
    }
}

@Suite struct QuestionnaireGoldenTests {
    @Test(
        arguments: ["commissioning-for-equality", "voluntary-organisation-self-assessment"],
        ["md", "html", "csv", "json"])
    func questionnaireMatchesGolden(framework: String, format: String) {
        let result = Support.run(["questionnaire", "--framework", framework, "--format", format])
        #expect(result.code == 0)
        #expect(result.err == "")
        Support.expectGolden(result.out, "questionnaire-\(framework).\(format)")
    }

    @Test func htmlQuestionnaireIsSelfContainedAndPrintable() {
        let html = Support.run(["questionnaire", "--format", "html"]).out
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en-GB\">"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.contains("@page { size: A4"))
        let count = (try? BundledData.framework("commissioning-for-equality"))??.questions.count ?? 0
        #expect(html.components(separatedBy: "class=\"question paper\"").count - 1 == count)
        #expect(html.components(separatedBy: "<div class=\"ruled\">").count - 1 == count * 2)
        #expect(html.contains("<caption>Sign-off</caption>"))
    }

    @Test func csvTemplateHasTheColumnsReportReads() {
        let csv = Support.run(["questionnaire", "--format", "csv"]).out
        // A byte order mark first, so a spreadsheet's default import reads accents as written.
        #expect(csv.hasPrefix("\u{FEFF}question,response,evidence,notes,"))
        #expect(csv.contains("\r\nNA-01,,,,needs-assessment,"))
    }
}

@Suite struct AnsweringFormatTests {
    @Test(arguments: ["commissioning-for-equality", "voluntary-organisation-self-assessment"])
    func fillableFormMatchesGolden(framework: String) {
        let result = Support.run(["questionnaire", "--framework", framework, "--format", "html", "--fillable"])
        #expect(result.code == 0)
        Support.expectGolden(result.out, "form-\(framework).html")
    }

    @Test func fillableFormIsOfflineAndSavesTheAnswerFormat() {
        let html = Support.run(["questionnaire", "--format", "html", "--fillable"]).out
        #expect(
            !html.contains("http://") && !html.contains("https://") && !html.contains("<link")
                && !html.contains(" src="))
        #expect(html.components(separatedBy: "<script").count - 1 == 2, "one data block and one inline script")
        #expect(html.contains("frameworkVersion: data.version"))
        #expect(html.contains("<label for=\"NA-01-partly\">Partly in place</label>"))
    }

    @Test(arguments: ["commissioning", "voluntary"], ["md", "html"])
    func filledQuestionnaireMatchesGolden(example: String, format: String) {
        let path = Support.packageRoot.appendingPathComponent("Frameworks/examples/\(example).json").path
        let result = Support.run(["questionnaire", "--answers", path, "--format", format])
        #expect(result.code == 0)
        #expect(result.out.contains("Sign-off"))
        Support.expectGolden(result.out, "filled-\(example).\(format)")
    }

    @Test(arguments: [
        (
            ["questionnaire", "--fillable"],
            "equality-assess: --fillable: works with --format html only\nRun 'equality-assess --help' for usage.\n"
        ),
        (
            ["questionnaire", "--answers", "a.json", "--format", "csv"],
            "equality-assess: --answers: works with --format md or html\nRun 'equality-assess --help' for usage.\n"
        ),
        (
            ["ask"],
            "equality-assess: give the file to save answers in: equality-assess ask -o ANSWERS.json\nRun 'equality-assess --help' for usage.\n"
        ),
        (
            ["ask", "-o", "answers.csv"],
            "equality-assess: --output: ask saves JSON; give a .json file (CSV answers come from 'questionnaire --format csv')\nRun 'equality-assess --help' for usage.\n"
        ),
    ])
    func answeringUsageErrors(arguments: [String], err: String) {
        let result = Support.run(arguments)
        #expect(result.code == 64)
        #expect(result.err == err)
    }
}
