import EqualityCore
import EqualityRendering

/// `equality-assess aggregate`: the picture across many answer sets, safe to publish: each
/// respondent counted once, counts perturbed by the cell key method, nothing from fewer than
/// `--min-count` respondents, nothing that names a file or respondent. Which files were used or left out goes to a private log.
enum AggregateCommand {
    struct Options: Equatable {
        var format: OutputFormat<AggregateReport>
        var paths: [String]
        var output: OutputTarget
        var minCount: Int
        var framework: String?
        var log: String?

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.outputFormat(from: OutputFormats.aggregate)
            minCount = try MinCountOption.value(parsed)
            guard !parsed.positionals.isEmpty else {
                throw ToolError(.usage, "give answer files or folders: equality-assess aggregate FILE|DIR...")
            }
            paths = parsed.positionals
            output = OutputTarget(parsed.value(Option.output))
            framework = parsed.value(Option.framework)
            log = parsed.value(Option.log)
            if let log, log == output.path {
                throw ToolError(
                    .usage, location: Option.log.key,
                    "the private log cannot be the published report (-o); name another file")
            }
            if let log, log == "-" {
                throw ToolError(.usage, location: Option.log.key, "the private log must be a file, not standard output")
            }
        }
    }

    static let definition = CommandDefinition(
        name: "aggregate",
        summary:
            "Summarise many answer sets of one framework into a report safe to publish (cell key method).",
        usage: [
            UsageForm(
                [.words("FILE|DIR...")],
                optional: [
                    Option.format(OutputFormats.aggregate), Option.framework, Option.minCount, Option.log,
                    Option.output, Option.language,
                ])
        ],
        details: """
            Folders are read for their .json and .csv answer files. --framework decides which framework
            is aggregated (default commissioning-for-equality); files answering another framework are
            counted and left out, and files that fail validation are left out. Each respondent is counted
            once: files naming the same organisation and exercise are one respondent (the latest date
            counts; if files of that date differ, all are left out), and files with the same answers count
            once. Every published count is rounded to a multiple of 5 by the cell key method (at most 4
            from the true count, a true 0 always 0, the same answer sets always giving the same figures,
            whatever the file names, order or left-out files); percentages and
            means come from the published counts and are shown only when the count behind them is at
            least --min-count (default 10); nothing is published from fewer than --min-count
            respondents. No output, and nothing on the terminal, names a file or gives an exact count:
            --log FILE writes a private log (readable by you only) of which files were counted, counted
            once or left out, and why. Exit codes: 0 published, no file left out (duplicates may have
            been counted once); 2 published, some files left out; 3 nothing published (too few
            respondents); 64 to 74 as for every command.
            """,
        options: [
            Option.format(OutputFormats.aggregate), Option.output, Option.framework,
            Option.minCount,
            Option.log, Option.language,
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
        // The report and its private log are replaced together or not at all.
        let log = options.log.map {
            OutputFile.Item(path: $0, bytes: Array(AggregateLog.render(result, report).utf8), isPrivate: true)
        }
        // Published in the language asked for; the private log and the terminal stay English.
        let published = try Bilingual.render(options.format) { () throws(ToolError) in
            AggregateReport(try result.inCurrentLanguage(), minCount: options.minCount)
        }
        try context.write(published, to: options.output, inputs: files, alongside: log.map { [$0] } ?? [])
        if let log {
            context.err(
                "wrote the private log \(TerminalText.sanitise(log.path)) (it names files: do not publish it)\n")
        }
        // The operator's terminal shows perturbed figures only, like the report: exact counts next
        // to the published ones could pin down the respondents counted. Exact counts are in the log.
        let seeLog = options.log == nil ? "; pass --log FILE to see which and why" : " (see the private log)"
        for (other, exact) in zip(report.otherFrameworkFiles, result.otherFrameworks) where exact.files > 0 {
            let id = TerminalText.sanitise(other.id)
            context.err("\(about(other.files)) use \(id) and were left out: aggregate them with --framework \(id)\n")
        }
        if result.invalid > 0 {
            context.err("\(about(report.invalidFiles)) failed validation and were left out\(seeLog)\n")
        }
        if result.conflicting > 0 {
            context.err(
                "\(about(report.conflictingFiles)) named the same organisation, exercise and date as another with different answers, and were left out\(seeLog)\n"
            )
        }
        if !result.duplicates.isEmpty, case .count(let duplicates) = report.filesDuplicate {
            context.err("\(about(duplicates)) were duplicates and counted once\(seeLog)\n")
        }
        switch report.outcome {
        case .tooFew, .unsafe:
            context.err("\(report.headline)\n")
            return .tooFewToPublish
        case .published:
            return result.excluded.isEmpty ? .ok : .filesLeftOut
        }
    }

    /// A published count of files known to be there, for the terminal: a published 0 stands for 1
    /// to the largest change, anything else for a count near it.
    static func about(_ published: Int) -> String {
        published == 0 ? "1 to \(CellKeyPerturbation.maximumChange) files" : "about \(published) files"
    }
}
