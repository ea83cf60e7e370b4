import EqualityCore

/// A document in one output format: text, which may go to the terminal, or bytes (a Word or Excel
/// file), which go to a file only.
package enum Rendered: Sendable, Equatable {
    case text(String)
    case bytes([UInt8])

    package var bytes: [UInt8] {
        switch self {
        case .text(let text): return Array(text.utf8)
        case .bytes(let bytes): return bytes
        }
    }
}

/// One output format of one kind of document, declared once: its name (which is also the file
/// extension `-o` recognises), whether it is binary, and how it is rendered. Each command's list
/// is in `OutputFormats`; the command line, the writer and the hostile-input tests all read it.
package struct OutputFormat<Document>: Sendable, Equatable {
    package let name: String
    package let isBinary: Bool
    private let make: @Sendable (Document) -> Rendered

    package func render(_ document: Document) -> Rendered { make(document) }

    static func text(_ name: String, _ render: @escaping @Sendable (Document) -> String) -> Self {
        Self(name: name, isBinary: false) { .text(render($0)) }
    }

    static func bytes(_ name: String, _ render: @escaping @Sendable (Document) -> [UInt8]) -> Self {
        Self(name: name, isBinary: true) { .bytes(render($0)) }
    }

    package static func == (a: Self, b: Self) -> Bool { a.name == b.name && a.isBinary == b.isBinary }
}

/// The formats each command writes, the default first.
package enum OutputFormats {
    /// `report`: the gap report.
    package static let report: [OutputFormat<GapReport>] = [
        .text("md", MarkdownReport.render), .text("html", HTMLReport.render), .text("json", JSONReport.render),
        .bytes("docx", WordReport.render),
    ]

    /// `report --easy-read`: the Easy Read report, for the people the service is for.
    package static let easyReadReport: [OutputFormat<EasyReadReport.Input>] = [
        .text("md", EasyReadReport.markdown), .text("html", EasyReadReport.html),
    ]

    /// `actions`: the action plan on its own, CSV and Excel for tracking.
    package static let actions: [OutputFormat<GapReport>] = [
        .text("csv", ActionPlanCSV.render), .text("md", ActionPlanMarkdown.render),
        .text("html", ActionPlanHTML.render), .bytes("xlsx", ActionPlanOffice.workbook),
        .bytes("docx", ActionPlanOffice.document),
    ]

    /// `compare`: a reassessment against an earlier one.
    package static let comparison: [OutputFormat<Comparison>] = [
        .text("md", ComparisonMarkdown.render), .text("html", ComparisonHTML.render),
        .text("json", ComparisonJSON.render),
    ]

    /// `aggregate`: the picture across many answer sets.
    package static let aggregate: [OutputFormat<AggregateReport>] = [
        .text("md", AggregateMarkdown.render), .text("html", AggregateHTML.render), .text("csv", AggregateCSV.render),
        .text("json", AggregateJSON.render),
    ]

    /// `perspectives`: several perspectives on one exercise.
    package static let perspectives: [OutputFormat<PerspectiveComparison>] = [
        .text("md", PerspectivesMarkdown.render), .text("html", PerspectivesHTML.render),
        .text("json", PerspectivesJSON.render),
    ]

    /// `trend`: a service over several assessments.
    package static let trend: [OutputFormat<Trend>] = [
        .text("md", TrendRenderers.markdown), .text("html", TrendRenderers.html), .text("json", TrendRenderers.json),
        .bytes("docx", TrendRenderers.word),
    ]

    /// File extensions and the format each names; `-o report.htm` means html.
    package static let extensions: [(extension: String, format: String)] = [
        ("md", "md"), ("markdown", "md"), ("html", "html"), ("htm", "html"), ("json", "json"), ("csv", "csv"),
        ("docx", "docx"), ("xlsx", "xlsx"),
    ]

    /// The format a file name's extension names, or nil for an extension that names none.
    package static func format(ofFileName name: String) -> String? {
        guard let dot = name.lastIndex(of: "."), !name[dot...].contains("/") else { return nil }
        let ext = name[name.index(after: dot)...].lowercased()
        return extensions.first { $0.extension == ext }?.format
    }
}
