import EqualityCore

/// How a problem reads on the command line: the core's message, then the part of its remedy that
/// names an option (the core names none).
extension Diagnostic.Remedy {
    var text: String {
        switch self {
        case .nameTheFramework: return "add it or pass --framework"
        case .nameAFrameworkFile: return "pass --framework PATH for a framework of your own"
        case .nameTheMatchingFramework: return "pass the matching --framework, or check the file"
        }
    }
}

extension Diagnostic {
    /// The message with its remedy, as `validate --format json` gives it.
    var messageWithRemedy: String { remedy.map { "\(message); \($0.text)" } ?? message }

    /// `file: location: message; remedy` on one line, made printable.
    var commandLineText: String { line(messageWithRemedy) }
}

extension ToolError {
    /// Every problem on its own line, as the command line prints them.
    var commandLineText: String { diagnostics.map(\.commandLineText).joined(separator: "\n") }
}
