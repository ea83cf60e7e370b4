/// What a command may touch: its output streams, the environment and whether it is talking to a
/// terminal. Tests give it buffers; `main.swift` gives it the real streams.
public final class CommandContext: @unchecked Sendable {
    public var environment: [String: String]
    public var stdoutIsTerminal: Bool
    /// Progress lines go to standard error only when it is a terminal.
    public var stderrIsTerminal = false
    public private(set) var standardOutput = ""
    public private(set) var standardError = ""
    let writeOut: ((String) -> Void)?
    let writeErr: ((String) -> Void)?
    /// The next line of standard input without its line end, or nil at end of input.
    public var readLine: () -> String? = { nil }

    /// A context that collects output in memory and reads `input` as standard input.
    public init(environment: [String: String] = [:], stdoutIsTerminal: Bool = false, input: [String] = []) {
        self.environment = environment
        self.stdoutIsTerminal = stdoutIsTerminal
        writeOut = nil
        writeErr = nil
        var lines = input[...]
        readLine = { lines.popFirst() }
    }

    /// A context that passes output straight through.
    public init(environment: [String: String], stdoutIsTerminal: Bool, out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
        self.environment = environment
        self.stdoutIsTerminal = stdoutIsTerminal
        writeOut = out
        writeErr = err
    }

    public func out(_ text: String) {
        if let writeOut { writeOut(text) } else { standardOutput += text }
    }

    public func err(_ text: String) {
        if let writeErr { writeErr(text) } else { standardError += text }
    }

    /// Writes a command's result to `-o FILE` or, without one, to standard output.
    func emit(_ text: String, to path: String?, inputs: [String] = []) throws(InputError) {
        if let path, path != "-" {
            try OutputFile.write(text, to: path, inputs: inputs)
            err("wrote \(TerminalText.sanitise(path))\n")
        } else {
            out(text)
        }
    }
}
