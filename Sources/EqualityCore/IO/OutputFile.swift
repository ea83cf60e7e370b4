import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes output files atomically: the text goes to a temporary file beside the target, which
/// is then renamed over it, so a reader (or a crash) sees the old file or the new one, never half.
public enum OutputFile {
    public static func write(_ text: String, to path: String, inputs: [String] = []) throws(ToolError) {
        try write(bytes: Array(text.utf8), to: path, inputs: inputs)
    }

    /// The same for a binary file (a .docx or .xlsx).
    public static func write(bytes output: [UInt8], to path: String, inputs: [String] = []) throws(ToolError) {
        try refuseInputs(path, inputs: inputs)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ToolError(.cannotCreate, file: path, "is a folder; give a file name for the output")
        }
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw ToolError(.cannotCreate, file: path, "cannot be created: the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        // A leftover from a killed run with the same process ID is ours to replace.
        unlink(temporary.path)
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ToolError(.cannotCreate, file: path, "cannot be created: \(String(cString: strerror(errno)))")
        }
        // From here the file exists: a failure is an input/output error, and the partial file goes.
        var failure: String?
        var bytes = output
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary.path)
            throw ToolError(
                .ioError, file: path,
                "could not be written in full (\(failure)); the earlier file, if any, is unchanged")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            throw ToolError(.cannotCreate, file: path, "cannot be put in place: \(reason)")
        }
    }

    /// An output path that names one of the inputs would destroy what the user wrote.
    /// Refuses to write over an input file. An output that does not exist yet cannot be an input;
    /// one that exists is compared by device and inode, which sees through links and `..`, with
    /// one `stat` per input rather than resolving every path.
    static func refuseInputs(_ path: String, inputs: [String]) throws(ToolError) {
        var target = stat()
        guard stat(path, &target) == 0 else { return }
        for input in inputs {
            var info = stat()
            if stat(input, &info) == 0 && info.st_dev == target.st_dev && info.st_ino == target.st_ino {
                throw ToolError(
                    .cannotCreate, file: path,
                    "is one of the input files; refusing to write over it (choose another -o)")
            }
        }
    }
}
