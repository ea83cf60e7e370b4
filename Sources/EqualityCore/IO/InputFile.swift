import Foundation

/// Reading input files with the limits and error kinds the command line promises.
public enum InputFile {
    /// Larger inputs are refused: no real framework or answer set comes near this.
    static let maximumBytes = 10 * 1024 * 1024

    public static func read(_ path: String) throws(ToolError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ToolError(.cannotOpen, file: path, "no such file; check the path")
        }
        if isDirectory.boolValue { throw ToolError(.cannotOpen, file: path, "is a folder, not a file") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ToolError(.cannotOpen, file: path, "cannot be opened for reading; check its permissions")
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
        } catch {
            throw ToolError(.ioError, file: path, "could not be read: \(error.localizedDescription)")
        }
        if data.count > maximumBytes {
            throw ToolError(
                .badData, file: path, location: "size",
                "is larger than the \(maximumBytes / 1024 / 1024) MiB limit for input files")
        }
        return [UInt8](data)
    }

    /// The quick read for bulk work: POSIX open, fstat and read, no Foundation objects. nil on any
    /// difficulty (missing, a folder, too large, a read error); `read` then gives the exact message.
    public static func quickRead(_ path: String) -> [UInt8]? {
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
                let n = Foundation.read(fd, base + total, size + 1 - total)
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
