import EqualityCore
import EqualityRendering

/// `equality-assess aggregate`: the picture across many answer sets, safe to publish: counts
/// randomly rounded to base 5, nothing from fewer than `--min-count` answer sets, nothing that
/// names a file or respondent. Which files were used or left out goes to a private log.
enum AggregateCommand {
    enum Format: String, CaseIterable { case md, html, csv, json }

    struct Options: Equatable {
        var format: Format
        var paths: [String]
        var output: OutputTarget
        var minCount: Int
        var framework: String?
        var log: String?

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.outputFormat(default: Format.md)
            minCount = try MinCountOption.value(parsed)
            guard !parsed.positionals.isEmpty else {
                throw ToolError(.usage, "give answer files or folders: equality-assess aggregate FILE|DIR...")
            }
            paths = parsed.positionals
            output = OutputTarget(parsed.value("--output"))
            framework = parsed.value("--framework")
            log = parsed.value("--log")
            if let log, log == output.path {
                throw ToolError(
                    .usage, location: "--log", "the private log cannot be the published report (-o); name another file")
            }
            if let log, log == "-" {
                throw ToolError(.usage, location: "--log", "the private log must be a file, not standard output")
            }
        }
    }

    static let definition = CommandDefinition(
        name: "aggregate",
        summary:
            "Summarise many answer sets of one framework into a report safe to publish (counts rounded to base 5).",
        usage: [
            "aggregate FILE|DIR... [--format md|html|csv|json] [--framework ID|PATH] [--min-count N] [--log FILE] [-o FILE]"
        ],
        details: """
            Folders are read for their .json and .csv answer files. --framework decides which framework
            is aggregated (default commissioning-for-equality); files answering another framework are
            counted and left out, and files that fail validation are left out. Every published count is
            randomly rounded to a multiple of 5; percentages and means come from the rounded counts and
            are shown only when the rounded count behind them is at least --min-count (default 10);
            nothing is published from fewer than --min-count answer sets. No output names a file or a
            respondent: --log FILE writes a private log of which files were used or left out, and why.
            Exit codes: 0 published, every file used; 2 published, some files left out; 3 nothing
            published (too few answer sets); 64 to 74 as for every command.
            """,
        options: [
            CommandLineTool.formatOption(Format.self), CommandLineTool.outputOption, CommandLineTool.frameworkOption,
            OptionSpec(
                ["--min-count"], value: "N",
                help: "Publish nothing from fewer than N answer sets, and no percentage over fewer (default 10)."),
            OptionSpec(
                ["--log"], value: "FILE",
                help: "Write a private log naming the files used and left out, and why (never publish it)."),
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        let files = try Aggregator.expand(options.paths)
        let framework = try Aggregator.framework(reference: options.framework, files: files)
        let showProgress = context.stderrIsTerminal && files.count >= 1000
        // The callback runs under the aggregator's lock, one call at a time; it only writes to a
        // Sendable stream.
        let errors = context.errors
        var progress: (@Sendable (Int, Int) -> Void)?
        if showProgress {
            progress = { (done: Int, total: Int) -> Void in errors.write("\raggregating: \(done) of \(total) files") }
        }
        let result = Aggregator.run(files: files, framework: framework, progress: progress)
        if showProgress { context.err("\raggregating: \(files.count) of \(files.count) files\n") }
        let report = AggregateReport(result, minCount: options.minCount)
        let text: String
        switch options.format {
        case .md: text = AggregateMarkdown.render(report)
        case .html: text = AggregateHTML.render(report)
        case .csv: text = AggregateCSV.render(report)
        case .json: text = AggregateJSON.render(report)
        }
        // The report and its private log are replaced together or not at all.
        let log = options.log.map {
            OutputFile.Item(path: $0, bytes: Array(AggregateLog.render(result, report).utf8), isPrivate: true)
        }
        try context.emit(text, to: options.output, inputs: files, alongside: log.map { [$0] } ?? [])
        if let log {
            context.err(
                "wrote the private log \(TerminalText.sanitise(log.path)) (it names files: do not publish it)\n")
        }
        // The operator's own terminal: exact counts are fine here, file names only in the log.
        for other in result.otherFrameworks {
            context.err(
                "\(other.files) file\(other.files == 1 ? "" : "s") use\(other.files == 1 ? "s" : "") \(TerminalText.sanitise(other.id)): aggregate \(other.files == 1 ? "it" : "them") with --framework \(TerminalText.sanitise(other.id))\n"
            )
        }
        let invalid = result.excluded.count - result.otherFrameworks.reduce(0) { $0 + $1.files }
        if invalid > 0 {
            context.err(
                "\(invalid) file\(invalid == 1 ? "" : "s") failed validation and \(invalid == 1 ? "was" : "were") left out\(options.log == nil ? "; pass --log FILE to see which and why" : "")\n"
            )
        }
        switch report.outcome {
        case .tooFew, .unsafe:
            context.err("\(report.headline)\n")
            return .tooFewToPublish
        case .published:
            return result.excluded.isEmpty ? .ok : .filesLeftOut
        }
    }
}
