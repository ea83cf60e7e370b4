import Glibc

/// Reading input files with the limits and error kinds the command line promises, through POSIX
/// calls (no Foundation objects).
package enum InputFile {
    /// Larger inputs are refused: no real framework or answer set comes near this.
    static let maximumBytes = 10 * 1024 * 1024

    package static func read(_ path: String) throws(ToolError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw ToolError(.cannotOpen, file: path, "no such file; check the path")
            case EISDIR: throw ToolError(.cannotOpen, file: path, "is a folder, not a file")
            default: throw ToolError(.cannotOpen, file: path, "cannot be opened for reading; check its permissions")
            }
        }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw ToolError(.cannotOpen, file: path, "is a folder, not a file")
        }
        guard let bytes = readAll(fd, limit: maximumBytes + 1) else {
            throw ToolError(.ioError, file: path, "could not be read: \(String(cString: strerror(errno)))")
        }
        if bytes.count > maximumBytes {
            throw ToolError(
                .badData, file: path, location: "size",
                "is larger than the \(maximumBytes / 1024 / 1024) MiB limit for input files")
        }
        return bytes
    }

    /// Everything readable from `fd`, up to `limit` bytes; nil on a read error.
    static func readAll(_ fd: Int32, limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count < limit {
            let want = min(chunk.count, limit - bytes.count)
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, want) }
            if n < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if n == 0 { break }
            bytes += chunk[0..<n]
        }
        return bytes
    }

    /// Whether a path names a folder (following symbolic links).
    package static func isFolder(_ path: String) -> Bool { fileType(path) == S_IFDIR }

    /// Whether anything exists at a path (following symbolic links).
    package static func exists(_ path: String) -> Bool { fileType(path) != nil }

    /// The kind of file at a path (`S_IFREG`, `S_IFDIR`, …), or nil when there is none.
    private static func fileType(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// The quick read for bulk work: POSIX open, fstat and read, one allocation. nil on any
    /// difficulty (missing, a folder, too large, a read error); `read` then gives the exact message.
    package static func quickRead(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size <= maximumBytes else {
            return nil
        }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            var total = 0
            guard let base = buffer.baseAddress else {
                count = 0
                return
            }
            while total <= size {
                let n = Glibc.read(fd, base + total, size + 1 - total)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    break
                }
                if n == 0 { break }
                total += n
            }
            count = total
        }
        // A file that grew past its stated size, or a failed read: let the full path decide.
        guard !failed, bytes.count == size else { return nil }
        return bytes
    }
}
