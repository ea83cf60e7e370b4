import EqualityCore
import EqualityRendering

/// `equality-assess aggregate`: the picture across many answer sets, with small numbers suppressed.
enum AggregateCommand {
    enum Format: String, CaseIterable { case md, html, csv, json }

    struct Options: Equatable {
        var format: Format
        var paths: [String]
        var output: OutputTarget
        var minCount: Int
        var framework: String?

        init(_ parsed: ParsedArguments) throws(ToolError) {
            format = try parsed.choice("--format", default: Format.md)
            minCount = 5
            if let text = parsed.value("--min-count") {
                guard let n = Int(text), n >= 1, n <= 1_000_000 else {
                    throw ToolError(
                        .usage, location: "--min-count", "\"\(text)\" is not a whole number from 1 to 1000000")
                }
                minCount = n
            }
            guard !parsed.positionals.isEmpty else {
                throw ToolError(.usage, "give answer files or folders: equality-assess aggregate FILE|DIR...")
            }
            paths = parsed.positionals
            output = OutputTarget(parsed.value("--output"))
            framework = parsed.value("--framework")
        }
    }

    static let definition = CommandDefinition(
        name: "aggregate",
        summary: "Summarise many answer sets of one framework, suppressing any figure from fewer than 5 respondents.",
        usage: ["aggregate FILE|DIR... [--format md|html|csv|json] [--min-count N] [--framework ID|PATH] [-o FILE]"],
        details: """
            Folders are read for their .json and .csv answer files. Files that fail validation are listed
            with their errors and left out; the rest are aggregated. Every count, average and share built
            from fewer than --min-count respondents (default 5) is shown as "suppressed", and no output
            names a respondent. Uses every core; a progress line appears on a terminal.
            """,
        options: [
            CommandLineTool.formatOption(Format.self), CommandLineTool.outputOption, CommandLineTool.frameworkOption,
            OptionSpec(
                ["--min-count"], value: "N",
                help: "Suppress any figure built from fewer than N respondents (default 5, at least 1)."),
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        let files = try Aggregator.expand(options.paths)
        let framework = try Aggregator.framework(for: files, reference: options.framework)
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
        try context.emit(text, to: options.output, inputs: files)
        return .ok
    }
}
