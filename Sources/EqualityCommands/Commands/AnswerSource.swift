import EqualityCore
import EqualityRendering

/// The answers a command reads: one file (with an optional framework), or a bundled example.
enum AnswerSource: Equatable {
    case file(path: String, framework: String?)
    case example(String)

    /// From `ANSWERS [--framework ID|PATH]` or `--example [NAME]`.
    init(_ parsed: ParsedArguments, command: String) throws(ToolError) {
        if parsed.has("--example") {
            guard parsed.positionals.count <= 1 else {
                throw ToolError(
                    .usage, location: parsed.positionals[1], "unexpected argument; --example takes at most one name")
            }
            let name = parsed.positionals.first ?? BundledData.exampleNames[0]
            guard BundledData.exampleNames.contains(name) else {
                throw ToolError(
                    .usage, location: "--example",
                    "unknown example \"\(name)\" (known: \(BundledData.exampleNames.joined(separator: ", ")))")
            }
            self = .example(name)
            return
        }
        guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
            throw ToolError(
                .usage,
                parsed.positionals.isEmpty
                    ? "give one answer file (or --example): equality-assess \(command) ANSWERS"
                    : "give one answer file only; found \(parsed.positionals.count)")
        }
        self = .file(path: path, framework: parsed.value("--framework"))
    }

    /// The files read, which an output must never overwrite.
    var inputs: [String] {
        switch self {
        case .file(let path, let framework): return [path] + (framework.map { [$0] } ?? [])
        case .example: return []
        }
    }

    func load() throws(ToolError) -> AnswerLoader.Loaded {
        switch self {
        case .file(let path, let framework): return try AnswerLoader.load(path: path, frameworkReference: framework)
        case .example(let name): return try AnswerLoader.example(name)
        }
    }
}

/// The report date option, checked when the command line is read.
enum DateOption {
    static let spec = OptionSpec(
        ["--date"], value: "YYYY-MM-DD", help: "The report date (default: the answers' date, else SOURCE_DATE_EPOCH).")

    static func value(_ parsed: ParsedArguments) throws(ToolError) -> String? {
        guard let date = parsed.value("--date") else { return nil }
        guard ReportDate.isValid(date) else {
            throw ToolError(.usage, location: "--date", "\"\(date)\" is not a date in the form YYYY-MM-DD")
        }
        return date
    }
}

/// Scoring the answers and building the report model every report-like command renders.
enum GapReportBuilder {
    static func build(_ loaded: AnswerLoader.Loaded, date: String?, context: CommandContext) throws(ToolError)
        -> GapReport
    {
        let date = try ReportDate.resolve(
            option: date, answers: loaded.answers.respondent.date, environment: context.environment)
        let assessment = Scorer.assess(loaded.answers, framework: loaded.framework)
        return GapReport(assessment: assessment, date: date, register: try BundledData.sources())
    }
}
