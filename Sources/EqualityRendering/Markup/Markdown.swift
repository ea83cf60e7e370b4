import EqualityCore

/// A piece of GitHub-flavoured Markdown that is safe by construction. Interpolating a `String`
/// escapes it so it can never become markup (no raw HTML, links, images, headings, emphasis,
/// autolinks or table breaks); only string literals written in this code, other `Markdown` values
/// and whole numbers go in as they are. Anything else must be declared with `Markdown(trusted:)`.
package struct Markdown: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    package private(set) var text: String

    /// The tool's own markup, taken as it is.
    package init(trusted text: String) { self.text = text }

    package init(stringLiteral value: String) { text = value }

    package init(stringInterpolation: StringInterpolation) { text = stringInterpolation.text }

    package var description: String { text }

    package struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        package init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 24)
        }

        /// A literal is code in this repository, not data.
        package mutating func appendLiteral(_ literal: String) { text += literal }

        /// Untrusted inline text: escaped; line breaks become spaces.
        package mutating func appendInterpolation(_ value: String) { text += MarkdownEscaping.escapeInline(value) }

        /// Untrusted text for a table cell: escaped, line breaks kept as `<br>`.
        package mutating func appendInterpolation(cell value: String) { text += MarkdownEscaping.escapeCell(value) }

        /// A code span. Identifiers only: backticks and line breaks cannot survive in one, so they are replaced.
        package mutating func appendInterpolation(code value: String) {
            let safe = TerminalText.sanitise(value, keepNewlines: false).replacingEvery("`", with: "'")
            text += "`" + safe + "`"
        }

        package mutating func appendInterpolation(_ value: Markdown) { text += value.text }

        package mutating func appendInterpolation(_ value: Int) { text += String(value) }
    }

    package static func + (lhs: Markdown, rhs: Markdown) -> Markdown { Markdown(trusted: lhs.text + rhs.text) }

    package static func += (lhs: inout Markdown, rhs: Markdown) { lhs.text += rhs.text }
}

extension Sequence where Element == Markdown {
    package func joined(separator: Markdown = "") -> Markdown {
        Markdown(trusted: map(\.text).joined(separator: separator.text))
    }
}
