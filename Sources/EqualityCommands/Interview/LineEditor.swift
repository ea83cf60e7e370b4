#if canImport(Glibc)
    import Glibc
#endif

/// A line read at a prompt: what was typed and Enter, what was typed before Ctrl-C, or the end of input.
enum ConsoleLine: Equatable, Sendable {
    case line(String)
    case interrupted(String)
    case end
}

/// Reads a line from a terminal with the terminal's own echo and line editing turned off, so
/// that Ctrl-C arrives as a key rather than a signal and `ask` keeps what was typed before it.
/// It does what a person expects of a prompt: typing (UTF-8), Backspace, Ctrl-U to clear the
/// line, Enter, Ctrl-D on an empty line to end; arrow keys and other escape sequences are
/// ignored. The terminal's settings are restored before it returns, whatever happens.
enum LineEditor {
    /// Bytes read past the end of a line (a paste of several lines), kept for the next read.
    nonisolated(unsafe) private static var leftover: [UInt8] = []

    static func readLine(input: Int32 = STDIN_FILENO, echo output: Int32 = STDOUT_FILENO) -> ConsoleLine {
        var original = termios()
        guard tcgetattr(input, &original) == 0 else { return plainLine() }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(input, TCSANOW, &raw)
        defer { tcsetattr(input, TCSANOW, &original) }

        func next() -> UInt8? {
            if !leftover.isEmpty { return leftover.removeFirst() }
            var buffer = [UInt8](repeating: 0, count: 256)
            while true {
                let n = read(input, &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return nil }
                leftover = Array(buffer[1..<n])
                return buffer[0]
            }
        }
        func show(_ bytes: [UInt8]) {
            bytes.withUnsafeBytes { _ = write(output, $0.baseAddress, $0.count) }
        }
        var typed: [UInt8] = []
        func text() -> String { String(decoding: typed, as: UTF8.self) }
        /// Removes the last character (all its UTF-8 bytes) and rubs it out on screen.
        func rubOut() {
            guard !typed.isEmpty else { return }
            while let last = typed.popLast(), last & 0xC0 == 0x80, !typed.isEmpty {}
            show([0x08, 0x20, 0x08])
        }
        while true {
            guard let byte = next() else { return typed.isEmpty ? .end : .line(text()) }
            switch byte {
            case 0x03:
                show(Array("^C\r\n".utf8))
                return .interrupted(text())
            case 0x04:
                if typed.isEmpty { return .end }
            case 0x0D, 0x0A:
                // CR LF from a paste is one line end.
                if byte == 0x0D, leftover.first == 0x0A { leftover.removeFirst() }
                show([0x0D, 0x0A])
                return .line(text())
            case 0x7F, 0x08: rubOut()
            case 0x15: while !typed.isEmpty { rubOut() }
            case 0x1B:
                // An escape sequence (arrow keys and the like): read to its final byte and ignore it.
                if let kind = next(), kind == UInt8(ascii: "[") || kind == UInt8(ascii: "O") {
                    while let b = next(), !(0x40...0x7E).contains(b) {}
                }
            case 0x09:
                typed.append(0x20)
                show([0x20])
            case 0x00..<0x20: break
            default:
                typed.append(byte)
                show([byte])
            }
        }
    }

    /// Not a terminal after all: an ordinary line of standard input.
    static func plainLine() -> ConsoleLine {
        Swift.readLine(strippingNewline: true).map { ConsoleLine.line($0) } ?? .end
    }
}
