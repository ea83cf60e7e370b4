import EqualityCore

/// A piece of HTML that is safe by construction. Interpolating a `String` escapes it
/// (`& < > " '`, controls and bidirectional marks); only string literals written in this code,
/// other `HTML` values and whole numbers go in as they are. Markup from anywhere else must be
/// declared with `HTML(trusted:)`, which is greppable and used only for the tool's own markup.
public struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var text: String

    /// The tool's own markup (a stylesheet, JSON made safe for a script block), taken as it is.
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

        /// Untrusted text: escaped.
        public mutating func appendInterpolation(_ value: String) { text += HTMLEscaping.escape(value) }

        /// Untrusted text over several lines: escaped, with line breaks kept as `<br>`.
        public mutating func appendInterpolation(multiline value: String) {
            text += HTMLEscaping.escapeMultiline(value)
        }

        public mutating func appendInterpolation(_ value: HTML) { text += value.text }

        public mutating func appendInterpolation(_ value: Int) { text += String(value) }
    }

    public static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(trusted: lhs.text + rhs.text) }

    public static func += (lhs: inout HTML, rhs: HTML) { lhs.text += rhs.text }
}

extension Sequence where Element == HTML {
    public func joined(separator: HTML = "") -> HTML {
        HTML(trusted: map(\.text).joined(separator: separator.text))
    }
}
