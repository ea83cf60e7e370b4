import EqualityCore
import EqualityRendering

/// Scoring the answers and building the report model every report-like command renders.
enum GapReportBuilder {
    static func build(
        _ loaded: AnswerLoader.Loaded, date: String?, status: ReportStatus = .draft, context: CommandContext
    ) throws(ToolError)
        -> GapReport
    {
        let date = try ReportDate.resolve(
            option: date, answers: loaded.answers.respondent.date, environment: context.environment)
        let assessment = Scorer.assess(loaded.answers, framework: loaded.framework)
        return GapReport(assessment: assessment, date: date, register: try BundledData.sources(), status: status)
    }

    /// Score `input`'s answers, render the report with `render` and write it where `input` says.
    static func write(_ input: ReportInput, context: CommandContext, render: (GapReport) -> String) throws(ToolError) {
        let report = try build(try input.source.load(), date: input.date, status: input.status, context: context)
        try context.emit(render(report), to: input.output, inputs: input.source.inputs)
    }

    /// A binary format (Word, Excel) goes to a file only: `-o FILE` is required.
    static func writeFile(
        _ input: ReportInput, format: String, context: CommandContext, render: (GapReport) -> [UInt8]
    ) throws(ToolError) {
        guard let path = input.output.path else {
            throw ToolError(
                .usage, location: "--format \(format)",
                "a .\(format) file is binary and is not written to the terminal; give -o FILE.\(format)")
        }
        let report = try build(try input.source.load(), date: input.date, status: input.status, context: context)
        try OutputFile.write(bytes: render(report), to: path, inputs: input.source.inputs)
        context.err("wrote \(TerminalText.sanitise(path))\n")
    }
}

/// What `report` and `actions` share: where the answers come from, where the output goes, and
/// the date and status printed on it.
struct ReportInput: Equatable {
    var source: AnswerSource
    var output: OutputTarget
    var date: String?
    var status: ReportStatus

    init(_ parsed: ParsedArguments, command: String) throws(ToolError) {
        date = try DateOption.value(parsed)
        status = try StatusOption.value(parsed)
        output = OutputTarget(parsed.value("--output"))
        source = try AnswerSource(parsed, command: command)
    }
}
