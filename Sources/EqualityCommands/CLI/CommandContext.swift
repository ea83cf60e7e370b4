import Dispatch
import EqualityCore
import EqualityRendering
import FoundationEssentials
import Glibc
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Where a command's text goes: a real stream (standard output or error), or a buffer that a
/// test reads back. A failed write is remembered, so the tool can exit 74 instead of claiming success.
final class OutputStream: Sendable {
    /// Why writing stopped.
    enum Failure: Equatable, Sendable {
        /// The reader went away (`… | head`): not worth a message.
        case closedPipe
        /// Anything else (a full disk), with the system's reason.
        case failed(String)
    }

    private struct State {
        var buffer = ""
        var failure: Failure?
    }

    private let fileDescriptor: Int32?
    private let state = Mutex(State())

    /// Text collected in memory.
    init() { fileDescriptor = nil }

    /// Text written straight to a file descriptor.
    init(fileDescriptor: Int32) { self.fileDescriptor = fileDescriptor }

    func write(_ text: String) {
        guard let fd = fileDescriptor else {
            state.withLock { $0.buffer += text }
            return
        }
        state.withLock { state in
            guard state.failure == nil else { return }
            var bytes = Array(text.utf8)
            bytes.withUnsafeMutableBytes { buffer in
                var offset = 0
                while offset < buffer.count, let base = buffer.baseAddress {
                    let written = Glibc.write(fd, base + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        state.failure = errno == EPIPE ? .closedPipe : .failed(String(cString: strerror(errno)))
                        return
                    }
                    offset += written
                }
            }
        }
    }

    /// Everything written, for a stream kept in memory.
    var text: String { state.withLock { $0.buffer } }

    /// Why a write failed, if one did.
    var failure: Failure? { state.withLock { $0.failure } }
}

/// Lines of standard input, or a fixed list of lines for tests.
final class LineInput: Sendable {
    private let fromStandardInput: Bool
    private let lines: Mutex<[String]>

    /// The process's standard input.
    init() {
        fromStandardInput = true
        lines = Mutex([])
    }

    /// These lines, then end of input.
    init(_ lines: [String]) {
        fromStandardInput = false
        self.lines = Mutex(lines)
    }

    /// Reading the process's own standard input (not a list of lines for a test).
    var isStandardInput: Bool { fromStandardInput }

    /// The next line: from a terminal through `LineEditor` (so Ctrl-C keeps what was typed), from
    /// a pipe as it comes. In a list of lines for a test, U+0003 stands for Ctrl-C: the text before
    /// it is what was typed.
    func next() -> ConsoleLine {
        if fromStandardInput {
            return isatty(STDIN_FILENO) == 1 ? LineEditor.readLine() : LineEditor.plainLine()
        }
        guard let line = lines.withLock({ $0.isEmpty ? nil : $0.removeFirst() }) else { return .end }
        if let stop = line.firstIndex(of: "\u{3}") { return .interrupted(String(line[..<stop])) }
        return .line(line)
    }
}

/// What a command may touch: its output streams, standard input, the environment and whether it
/// is talking to a terminal. Tests give it buffers; `main.swift` gives it the real streams.
package final class CommandContext: Sendable {
    let environment: [String: String]
    let stdoutIsTerminal: Bool
    /// Progress lines go to standard error only when it is a terminal.
    let stderrIsTerminal: Bool
    let output: OutputStream
    let errors: OutputStream
    let input: LineInput

    init(
        environment: [String: String], stdoutIsTerminal: Bool, stderrIsTerminal: Bool,
        output: OutputStream, errors: OutputStream, input: LineInput
    ) {
        self.environment = environment
        self.stdoutIsTerminal = stdoutIsTerminal
        self.stderrIsTerminal = stderrIsTerminal
        self.output = output
        self.errors = errors
        self.input = input
    }

    /// A context that collects output in memory and reads `input` as standard input.
    convenience init(environment: [String: String] = [:], stdoutIsTerminal: Bool = false, input: [String] = []) {
        self.init(
            environment: environment, stdoutIsTerminal: stdoutIsTerminal, stderrIsTerminal: false,
            output: OutputStream(), errors: OutputStream(), input: LineInput(input))
    }

    /// The process's own standard streams and environment.
    package static func standardStreams() -> CommandContext {
        CommandContext(
            environment: ProcessInfo.processInfo.environment,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1, stderrIsTerminal: isatty(STDERR_FILENO) == 1,
            output: OutputStream(fileDescriptor: STDOUT_FILENO), errors: OutputStream(fileDescriptor: STDERR_FILENO),
            input: LineInput())
    }

    /// What went to standard output, for a context kept in memory.
    var standardOutput: String { output.text }
    var standardError: String { errors.text }

    func out(_ text: String) { output.write(text) }
    func err(_ text: String) { errors.write(text) }

    /// Colour and bold only on a terminal, and never when NO_COLOR is set.
    var colour: Bool { stdoutIsTerminal && (environment["NO_COLOR"] ?? "").isEmpty }

    /// Writes a command's result to `-o FILE` or, without one, to standard output (text only: a
    /// binary format needs a file, which `outputFormat(from:)` has already asked for). Files in
    /// `alongside` (a private log, a draft) are written with it as one: if any file cannot be
    /// written, none is replaced. Every command that writes a document writes it here.
    func write(
        _ rendered: Rendered, to output: OutputTarget, inputs: [String] = [], alongside: [OutputFile.Item] = []
    ) throws(ToolError) {
        switch (output, rendered) {
        case (.file(let path), _):
            try OutputFile.write([OutputFile.Item(path: path, bytes: rendered.bytes)] + alongside, inputs: inputs)
            err("wrote \(TerminalText.sanitise(path))\n")
        case (.standardOutput, .text(let text)):
            if !alongside.isEmpty { try OutputFile.write(alongside, inputs: inputs) }
            out(text)
        case (.standardOutput, .bytes):
            throw ToolError(
                .usage, location: Option.output.key, "a binary file is not written to the terminal; give -o FILE")
        }
    }

    /// Renders `document` in `format` and writes it as `write` does.
    func write<Document>(
        _ document: Document, as format: OutputFormat<Document>, to output: OutputTarget, inputs: [String] = [],
        alongside: [OutputFile.Item] = []
    ) throws(ToolError) {
        try write(format.render(document), to: output, inputs: inputs, alongside: alongside)
    }
}

/// Where a command writes its result.
enum OutputTarget: Equatable {
    case standardOutput
    case file(String)

    /// `-o FILE`, where `-` (or no option) means standard output.
    init(_ value: String?) {
        if let value, value != "-" { self = .file(value) } else { self = .standardOutput }
    }

    var path: String? {
        if case .file(let path) = self { return path }
        return nil
    }
}

/// The interview's view of a terminal: text out, lines in, and whether a person is watching.
protocol Console {
    func write(_ text: String)
    func readLine() -> ConsoleLine
    /// Output goes to a terminal (so typed input is echoed by the terminal itself).
    var isTerminal: Bool { get }
    var colour: Bool { get }
    /// This is the real process, so Ctrl-C should save the answers and stop.
    var handlesInterrupts: Bool { get }
}

extension CommandContext: Console {
    func write(_ text: String) { out(text) }
    func readLine() -> ConsoleLine { input.next() }
    var isTerminal: Bool { stdoutIsTerminal }
    var handlesInterrupts: Bool { input.isStandardInput }
}
