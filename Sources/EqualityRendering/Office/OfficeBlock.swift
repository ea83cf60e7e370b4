/// The content of a Word document as the renderers build it: headings, paragraphs, bullets,
/// tables and stage bars, with no Word markup. `WordDocument` turns blocks into a .docx.
enum OfficeBlock {
    /// A stretch of text, bold or not.
    struct Run {
        var text: String
        var bold = false
    }

    struct Table {
        var caption: String
        var header: [String]
        var rows: [[String]]
        /// Each column's share of the text width, in per cent.
        var widths: [Int]
        /// Optional cell shading (hex RGB) by row and column.
        var shading: [[String?]] = []
        /// Cells drawn with a dashed border, by row and column (a heat-map cell resting on one question).
        var dashed: [[Bool]] = []
        /// Rows tall enough to sign or write in by hand.
        var writeIn = false
    }

    struct Bar {
        var label: String
        var percent: Double?
        var text: String
    }

    case heading(Int, String)
    case paragraph([Run])
    case bullet([Run])
    case table(Table)
    case bars([Bar])

    static func text(_ s: String) -> OfficeBlock { .paragraph([Run(text: s)]) }
}
