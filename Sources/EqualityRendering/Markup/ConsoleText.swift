import EqualityCore

/// Text for a terminal that is safe by construction. Interpolating a `String` replaces control
/// characters (escape sequences included), line breaks and bidirectional marks, so what a person
/// typed, or a framework file says, cannot move the cursor, recolour the screen or reorder what a
/// reader sees. Only literals, other `ConsoleText` values and whole numbers go in as they are;
/// the tool's own escape codes (bold, colour) are declared with `ConsoleText(trusted:)`.
package struct ConsoleText: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    package private(set) var text: String

    /// The tool's own escape codes, taken as they are.
    package init(trusted text: String) { self.text = text }

    package init(stringLiteral value: String) { text = value }

    package init(stringInterpolation: StringInterpolation) { text = stringInterpolation.text }

    package var description: String { text }

    package struct StringInterpolation: StringInterpolationProtocol {
        var text = ""

        package init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + interpolationCount * 24)
        }

        package mutating func appendLiteral(_ literal: String) { text += literal }

        /// Untrusted text on one line: controls, line breaks and bidirectional marks replaced.
        package mutating func appendInterpolation(_ value: String) {
            text += TerminalText.sanitise(value, keepNewlines: false)
        }

        /// Untrusted text that may run over several lines: line breaks kept, the rest replaced.
        package mutating func appendInterpolation(lines value: String) {
            text += TerminalText.sanitise(value, keepNewlines: true)
        }

        package mutating func appendInterpolation(_ value: ConsoleText) { text += value.text }

        package mutating func appendInterpolation(_ value: Int) { text += String(value) }
    }

    package static func + (lhs: ConsoleText, rhs: ConsoleText) -> ConsoleText {
        ConsoleText(trusted: lhs.text + rhs.text)
    }

    package static func += (lhs: inout ConsoleText, rhs: ConsoleText) { lhs.text += rhs.text }

    /// Padded with spaces to `width` characters, for aligned columns.
    package func padded(to width: Int) -> ConsoleText { ConsoleText(trusted: text.padded(to: width)) }

    /// The text in bold, or plain when colour is off.
    package func bold(_ colour: Bool) -> ConsoleText { painted("1", colour) }

    /// The text in an SGR style (`1` bold, `31;1` bold red), or plain when colour is off.
    package func painted(_ code: String, _ colour: Bool) -> ConsoleText {
        colour ? ConsoleText(trusted: "\u{1B}[\(code)m" + text + "\u{1B}[0m") : self
    }
}

extension Sequence where Element == ConsoleText {
    package func joined(separator: ConsoleText = "") -> ConsoleText {
        ConsoleText(trusted: map(\.text).joined(separator: separator.text))
    }
}
