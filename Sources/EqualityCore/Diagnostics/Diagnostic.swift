/// One problem found in an input file: where it is (a JSON path such as `questions[12].stage`,
/// a line and column, or a CSV row and column) and what to do about it.
package struct Diagnostic: Equatable, Sendable, CustomStringConvertible {
    /// What the person can do that the data alone cannot say: the command line's part. The core
    /// names no command-line option; `EqualityCommands` words each remedy (`Remedy.text`).
    package enum Remedy: Sendable, Equatable {
        /// Say on the command line which framework the answers are for.
        case nameTheFramework
        /// Give the path of a framework file of one's own on the command line.
        case nameAFrameworkFile
        /// Name the framework the answers are for on the command line, or correct the file.
        case nameTheMatchingFramework
    }

    package internal(set) var file: String?
    package internal(set) var location: String
    package internal(set) var message: String
    package internal(set) var remedy: Remedy?

    package init(file: String? = nil, location: String, message: String, remedy: Remedy? = nil) {
        self.file = file
        self.location = location
        self.message = message
        self.remedy = remedy
    }

    /// `location: message`, for lists that already name the file.
    package var placeAndMessage: String { location.isEmpty ? message : "\(location): \(message)" }

    /// `file: location: message` on one line; a user-typed location is made printable.
    package var description: String { line(message) }

    /// `file: location: text` on one line, made printable: the one layout for every way a problem
    /// is printed (the commands layer adds its remedy to the message).
    package func line(_ text: String) -> String {
        let place = location.isEmpty ? text : "\(location): \(text)"
        return TerminalText.sanitise(file.map { "\($0): \(place)" } ?? place)
    }

    func inFile(_ name: String) -> Diagnostic {
        var copy = self
        copy.file = name
        return copy
    }
}

/// A failure made of one or more diagnostics, reported together. `kind` decides the exit code.
package struct ToolError: Error, Sendable, CustomStringConvertible {
    package enum Kind: Sendable {
        /// The command line is wrong (64).
        case usage
        /// An input file has bad data (65).
        case badData
        /// An input file cannot be opened (66).
        case cannotOpen
        /// An output file cannot be created (73).
        case cannotCreate
        /// Reading or writing failed after the file or stream was opened (74).
        case ioError
    }
    package var kind: Kind
    package var diagnostics: [Diagnostic]

    package init(_ kind: Kind, _ diagnostics: [Diagnostic]) {
        self.kind = kind
        self.diagnostics = diagnostics
    }

    package init(
        _ kind: Kind, file: String? = nil, location: String = "", _ message: String, remedy: Diagnostic.Remedy? = nil
    ) {
        self.init(kind, [Diagnostic(file: file, location: location, message: message, remedy: remedy)])
    }

    package var description: String { diagnostics.map(\.description).joined(separator: "\n") }

    func inFile(_ name: String) -> ToolError {
        ToolError(kind, diagnostics.map { $0.file == nil ? $0.inFile(name) : $0 })
    }
}

/// Collects diagnostics while a whole document is checked, so every error is reported at once.
final class DiagnosticCollector {
    private(set) var items: [Diagnostic] = []

    init() {}

    func add(_ location: String, _ message: String, remedy: Diagnostic.Remedy? = nil) {
        items.append(Diagnostic(location: location, message: message, remedy: remedy))
    }

    var isEmpty: Bool { items.isEmpty }
}
