import EqualityCore

/// A report as format-neutral blocks: the one place its wording is written. Small writers turn it
/// into Markdown (`MarkdownWriter`), HTML (`HTMLWriter`) and Word (`WordWriter`); they add
/// markup and layout, never words. Where formats show different things (a printed page has
/// room for a chart, Markdown for a per-question table), the document says so with `only`.
/// All text is untrusted: every writer escapes it.
struct ReportDocument: Sendable {
    var title: String
    /// Under the title: the title block and its callouts.
    var head: [Block]
    var sections: [Section]
    /// The closing notice (the disclaimer).
    var closing: String
    /// The label of the contents line linking the sections, or nil for none.
    var contentsLabel: String? = nil
}

/// The formats a document is written in.
enum DocumentFormat: Sendable, Hashable {
    case markdown, html, word
}

/// A stretch of text in one style.
struct Span: Sendable {
    enum Style: Sendable {
        case plain
        case strong
        case emphasis
        /// An identifier: a code span in Markdown and HTML.
        case code
        /// A hash, set in code and allowed to break anywhere in HTML.
        case hash
        /// Secondary text: muted in HTML.
        case meta
        /// A legal risk, marked in HTML.
        case risk
        /// Text a person typed over several lines: line breaks kept.
        case typed
        /// A line break inside a cell or paragraph (HTML and Word only; Markdown has none).
        case lineBreak
        /// The report's status, marked with its ID in HTML (`status-draft`).
        case status(id: String)
    }

    var text: String
    var style: Style
    /// The tool's own words, not data: HTML leaves their apostrophes as they are.
    var own = false
}

/// A line of text made of spans: `"Overall: " + .strong(score)`.
struct Line: Sendable, ExpressibleByStringInterpolation {
    var spans: [Span]

    init(_ text: String) { spans = text.isEmpty ? [] : [Span(text: text, style: .plain)] }
    init(stringLiteral value: String) { self.init(value) }
    init(stringInterpolation: DefaultStringInterpolation) {
        self.init(String(stringInterpolation: stringInterpolation))
    }
    init(spans: [Span]) { self.spans = spans }

    static func strong(_ text: String, own: Bool = false) -> Line {
        Line(spans: [Span(text: text, style: .strong, own: own)])
    }
    static func emphasis(_ text: String) -> Line { Line(spans: [Span(text: text, style: .emphasis)]) }
    static func code(_ text: String) -> Line { Line(spans: [Span(text: text, style: .code)]) }
    static func hash(_ text: String) -> Line { Line(spans: [Span(text: text, style: .hash)]) }
    static func meta(_ text: String) -> Line { Line(spans: [Span(text: text, style: .meta)]) }
    static func risk(_ text: String) -> Line { Line(spans: [Span(text: text, style: .risk)]) }
    static func typed(_ text: String) -> Line { Line(spans: [Span(text: text, style: .typed)]) }
    static let lineBreak = Line(spans: [Span(text: "\n", style: .lineBreak)])

    static func + (a: Line, b: Line) -> Line { Line(spans: a.spans + b.spans) }
    static func + (a: Line, b: String) -> Line { a + Line(b) }
    static func + (a: String, b: Line) -> Line { Line(a) + b }
    static func += (a: inout Line, b: Line) { a = a + b }
    static func += (a: inout Line, b: String) { a = a + Line(b) }

    /// The text without styles, as Word cells and headings show it.
    var plainText: String { spans.map(\.text).joined() }

    var isEmpty: Bool { spans.allSatisfy { $0.text.isEmpty } }
}

extension Sequence where Element == Line {
    func joined(separator: String) -> Line {
        var result = Line("")
        for (i, line) in enumerated() {
            if i > 0 { result += separator }
            result += line
        }
        return result
    }
}

/// A section of a report: a second-level heading and what follows it.
struct Section: Sendable {
    /// The HTML anchor (`#summary`); Markdown anchors come from the title.
    var id: String
    /// The heading, or nil for a document of one part that needs none.
    var title: String?
    /// A class for the HTML section (`landscape` prints it on landscape pages).
    var htmlClass: String? = nil
    var blocks: [Block]
}

indirect enum Block: Sendable {
    enum ParagraphKind: Sendable {
        case plain
        /// A notice under the title block.
        case callout
        /// Secondary text, muted in HTML.
        case meta
        /// The overall score line.
        case overall
    }

    /// A heading below the section's: level 3 or 4 (Markdown `###`, HTML `h3`, a Word heading 2).
    case heading(Int, Line, id: String? = nil)
    case paragraph(Line, ParagraphKind = .plain)
    case bullets([Line])
    case table(Table)
    /// The stage scores as bars.
    case stageChart([StageScore], [Band])
    /// Scores over time as lines, drawn in HTML only; a table with the same numbers goes beside it.
    case lineChart(LineChart)
    /// Facts about the report, in a two-column table.
    case facts(Facts)
    /// A horizontal rule.
    case rule
    /// Blocks shown in some formats only.
    case only(Set<DocumentFormat>, [Block])

    static func text(_ s: String) -> Block { .paragraph(Line(s)) }
}

/// Percentages over time: one line per series, a point per date.
struct LineChart: Sendable {
    var title: String
    var dates: [String]
    var series: [(name: String, values: [Double?])]
    var bands: [Band]
}

struct Facts: Sendable {
    struct Fact: Sendable {
        var label: String
        var value: Line
        var formats: Set<DocumentFormat> = [.markdown, .html, .word]
    }

    var caption: String
    /// The Word table's column headings.
    var header: [String]
    var facts: [Fact]
    /// HTML lays the first facts out two to a row, by label; the rest take a whole row each.
    var htmlPairs: [(String, String)]
}

struct Table: Sendable {
    struct Column: Sendable {
        var header: String
        /// Share of the text width, in per cent (Word).
        var width: Int
        var numeric = false
        /// A class for the HTML column heading (sets its width).
        var htmlClass: String? = nil
    }

    var caption: String
    /// Whether HTML shows the caption or keeps it for screen readers only. Markdown never shows one.
    var captionShown = true
    var htmlClass: String? = nil
    var columns: [Column]
    var rows: [[Line]]
    /// Whether each row's first cell heads the row.
    var rowHeaders = true
    /// HTML classes by row and column (heat-map shades), Word fills and dashed borders.
    var cellClasses: [[String?]] = []
    var shading: [[String?]] = []
    var dashed: [[Bool]] = []
    /// Rows tall enough to write in by hand.
    var writeIn = false
    /// What an empty table says, across its row.
    var empty: Line? = nil
}
