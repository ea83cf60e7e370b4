import EqualityCore

/// A piece of GitHub-flavoured Markdown that is safe by construction. Interpolating a `String`
/// escapes it so it can never become markup (no raw HTML, links, images, headings, emphasis,
/// autolinks or table breaks); only string literals written in this code, other `Markdown` values
/// and whole numbers go in as they are. Anything else must be declared with `Markdown(trusted:)`.
public struct Markdown: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var text: String

    /// The tool's own markup, taken as it is.
    public init(trusted text: String) { self.text = text }

    public init(stringLiteral value: String) { text = value }

    public init(stringInterpolation: StringInterpolation) { text = stringInterpolation.text }

    public var description: String { text }

    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 24)
        }

        /// A literal is code in this repository, not data.
        public mutating func appendLiteral(_ literal: String) { text += literal }

        /// Untrusted inline text: escaped; line breaks become spaces.
        public mutating func appendInterpolation(_ value: String) { text += MarkdownEscaping.escapeInline(value) }

        /// Untrusted text for a table cell: escaped, line breaks kept as `<br>`.
        public mutating func appendInterpolation(cell value: String) { text += MarkdownEscaping.escapeCell(value) }

        /// A code span. Identifiers only: backticks and line breaks cannot survive in one, so they are replaced.
        public mutating func appendInterpolation(code value: String) {
            let safe = TerminalText.sanitise(value, keepNewlines: false).replacingEvery("`", with: "'")
            text += "`" + safe + "`"
        }

        public mutating func appendInterpolation(_ value: Markdown) { text += value.text }

        public mutating func appendInterpolation(_ value: Int) { text += String(value) }
    }

    public static func + (lhs: Markdown, rhs: Markdown) -> Markdown { Markdown(trusted: lhs.text + rhs.text) }

    public static func += (lhs: inout Markdown, rhs: Markdown) { lhs.text += rhs.text }
}

extension Sequence where Element == Markdown {
    public func joined(separator: Markdown = "") -> Markdown {
        Markdown(trusted: map(\.text).joined(separator: separator.text))
    }
}
