import EqualityCore

/// Exit codes from sysexits.h, so scripts can tell a usage mistake from bad data.
enum ExitCode: Int32, Sendable {
    case ok = 0
    /// Answers were read and scored, but the score summary shows legal risks (`score --fail-on-legal-risk`).
    case findings = 1
    /// `aggregate` published its report, but some answer files were left out (`--log FILE` lists them).
    case filesLeftOut = 2
    /// `aggregate` could publish nothing: too few usable answer sets (the report says so).
    case tooFewToPublish = 3
    case usage = 64
    case dataError = 65
    case noInput = 66
    case cannotCreate = 73
    case ioError = 74
    /// `ask` was stopped with Ctrl-C, after saving what was typed.
    case interrupted = 130

    init(_ kind: ToolError.Kind) {
        switch kind {
        case .usage: self = .usage
        case .badData: self = .dataError
        case .cannotOpen: self = .noInput
        case .cannotCreate: self = .cannotCreate
        case .ioError: self = .ioError
        }
    }
}
