import EqualityCore

/// A piece of HTML that is safe by construction. Interpolating a `String` escapes it
/// (`& < > " '`, controls and bidirectional marks); only string literals written in this code,
/// other `HTML` values and whole numbers go in as they are. Markup from anywhere else must be
/// declared with `HTML(trusted:)`, which is greppable and used only for the tool's own markup.
package struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    package private(set) var text: String

    /// The tool's own markup (a stylesheet, JSON made safe for a script block), taken as it is.
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

        /// Untrusted text: escaped.
        package mutating func appendInterpolation(_ value: String) { text += HTMLEscaping.escape(value) }

        /// Untrusted text over several lines: escaped, with line breaks kept as `<br>`.
        package mutating func appendInterpolation(multiline value: String) {
            text += HTMLEscaping.escapeMultiline(value)
        }

        package mutating func appendInterpolation(_ value: HTML) { text += value.text }

        package mutating func appendInterpolation(_ value: Int) { text += String(value) }
    }

    package static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.text + rhs.text) }

    package static func += (lhs: inout HTML, rhs: HTML) { lhs.text += rhs.text }
}

extension Sequence where Element == HTML {
    package func joined(separator: HTML = "") -> HTML {
        HTML(trusted: map(\.text).joined(separator: separator.text))
    }
}
