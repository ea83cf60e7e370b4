import EqualityCore

/// Text for a terminal that is safe by construction. Interpolating a `String` replaces control
/// characters (escape sequences included), line breaks and bidirectional marks, so what a person
/// typed, or a framework file says, cannot move the cursor, recolour the screen or reorder what a
/// reader sees. Only literals, other `ConsoleText` values and whole numbers go in as they are;
/// the tool's own escape codes (bold, colour) are declared with `ConsoleText(trusted:)`.
public struct ConsoleText: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public private(set) var text: String

    /// The tool's own escape codes, taken as they are.
    public init(trusted text: String) { self.text = text }

    public init(stringLiteral value: String) { text = value }

    public init(stringInterpolation: StringInterpolation) { text = stringInterpolation.text }

    public var description: String { text }

    public struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 24)
        }

        public mutating func appendLiteral(_ literal: String) { text += literal }

        /// Untrusted text on one line: controls, line breaks and bidirectional marks replaced.
        public mutating func appendInterpolation(_ value: String) {
            text += TerminalText.sanitise(value, keepNewlines: false)
        }

        /// Untrusted text that may run over several lines: line breaks kept, the rest replaced.
        public mutating func appendInterpolation(lines value: String) {
            text += TerminalText.sanitise(value, keepNewlines: true)
        }

        public mutating func appendInterpolation(_ value: ConsoleText) { text += value.text }

        public mutating func appendInterpolation(_ value: Int) { text += String(value) }
    }

    public static func + (lhs: ConsoleText, rhs: ConsoleText) -> ConsoleText {
        ConsoleText(trusted: lhs.text + rhs.text)
    }

    public static func += (lhs: inout ConsoleText, rhs: ConsoleText) { lhs.text += rhs.text }

    /// Padded with spaces to `width` characters, for aligned columns.
    public func padded(to width: Int) -> ConsoleText { ConsoleText(trusted: text.padded(to: width)) }

    /// The text in bold, or plain when colour is off.
    public func bold(_ colour: Bool) -> ConsoleText { painted("1", colour) }

    /// The text in an SGR style (`1` bold, `31;1` bold red), or plain when colour is off.
    public func painted(_ code: String, _ colour: Bool) -> ConsoleText {
        colour ? ConsoleText(trusted: "\u{1B}[\(code)m" + text + "\u{1B}[0m") : self
    }
}

extension Sequence where Element == ConsoleText {
    public func joined(separator: ConsoleText = "") -> ConsoleText {
        ConsoleText(trusted: map(\.text).joined(separator: separator.text))
    }
}
