import Dispatch
import EqualityCore
import FoundationEssentials
import Glibc

#if canImport(Glibc)
    import Glibc
#endif

/// Writes the files a command produces, so that nothing already at a path is lost by surprise.
///
/// - A regular file (or a new one) is written to a temporary file beside it, `.NAME.PID.tmp`,
///   which is then renamed into place: a reader, a crash or a kill sees the old file or the new
///   one, never half. The replaced file's permissions are kept; a new file gets the usual
///   permissions (0666 less the umask), or 0600 when it is private by nature (answer files,
///   logs, drafts).
/// - A symbolic link is followed: the file it points at is replaced atomically and the link stays.
/// - A character device, FIFO or socket is written into directly and never renamed over:
///   `-o /dev/null` discards the output, a FIFO's reader receives it. A block device or a folder
///   is refused.
/// - Several outputs of one command (a report and its log) are written first and renamed into
///   place together: if any cannot be written, none is replaced, and Ctrl-C during the renames
///   waits for them to finish.
/// - SIGINT, SIGTERM or SIGHUP while writing removes the temporary files (`PendingFiles`).
enum OutputFile {
    /// One file to write.
    struct Item {
        var path: String
        var bytes: [UInt8]
        /// Created 0600 when new (answer files, private logs, drafts).
        var isPrivate = false
    }

    static func write(_ text: String, to path: String, inputs: [String] = [], isPrivate: Bool = false)
        throws(ToolError)
    {
        try write([Item(path: path, bytes: Array(text.utf8), isPrivate: isPrivate)], inputs: inputs)
    }

    /// The same for a binary file (a .docx or .xlsx).
    static func write(bytes: [UInt8], to path: String, inputs: [String] = [], isPrivate: Bool = false)
        throws(ToolError)
    {
        try write([Item(path: path, bytes: bytes, isPrivate: isPrivate)], inputs: inputs)
    }

    /// Writes every item, or (for files) none: each is written in full before any is put in place.
    static func write(_ items: [Item], inputs: [String] = []) throws(ToolError) {
        var targets: [Target] = []
        for item in items {
            try refuseInputs(item.path, inputs: inputs)
            let target = try Target(item)
            if let twin = targets.first(where: {
                ($0.identity != nil && $0.identity == target.identity) || $0.realPath == target.realPath
            }) {
                throw ToolError(
                    .usage, file: item.path, "names the same file as \(twin.item.path); give each output its own file")
            }
            targets.append(target)
        }
        // Stage: every regular file goes to its temporary file first.
        var staged: [(target: Target, temporary: String, slot: Int?)] = []
        func discardStaged() {
            for entry in staged {
                unlink(entry.temporary)
                PendingFiles.release(entry.slot)
            }
        }
        for target in targets where !target.isDirect {
            do throws(ToolError) {
                staged.append(try stage(target))
            } catch {
                discardStaged()
                throw error
            }
        }
        // Commit: the renames, with signals held back until all are done.
        var failure: ToolError?
        PendingFiles.commit {
            let pause = ProcessInfo.processInfo.environment["EQUALITY_ASSESS_TEST_COMMIT_PAUSE_MS"].flatMap(Int.init)
            for (i, entry) in staged.enumerated() {
                if i > 0, let pause { usleep(UInt32(min(pause, 10_000)) * 1_000) }
                if rename(entry.temporary, entry.target.realPath) != 0 {
                    let reason = String(cString: strerror(errno))
                    failure = ToolError(
                        .cannotCreate, file: entry.target.item.path, "cannot be put in place: \(reason)")
                    for rest in staged[i...] { unlink(rest.temporary) }
                    break
                }
            }
            for entry in staged { PendingFiles.release(entry.slot) }
        }
        if let failure { throw failure }
        syncFolders(staged.map(\.target.realPath))
        // Devices and FIFOs last: they are written straight into.
        for target in targets where target.isDirect { try writeDirect(target) }
    }

    /// What is at an output path, once links are followed.
    struct Target {
        var item: Item
        /// The path the file is replaced at: the path itself, or the file a link points to.
        var realPath: String
        /// Written into directly (a character device or FIFO), never renamed over.
        var isDirect: Bool
        /// The existing file's mode, owner and group, to keep on the replacement.
        var existing: stat?
        /// Device and inode, to tell two outputs naming one file.
        var identity: [UInt64]?

        init(_ item: Item) throws(ToolError) {
            self.item = item
            let path = item.path
            var info = stat()
            if stat(path, &info) == 0 {
                identity = [UInt64(info.st_dev), UInt64(info.st_ino)]
                switch info.st_mode & S_IFMT {
                case S_IFREG:
                    existing = info
                    isDirect = false
                    realPath = try Self.resolveLinks(path)
                case S_IFCHR, S_IFIFO:
                    isDirect = true
                    realPath = path
                case S_IFSOCK:
                    throw ToolError(.cannotCreate, file: path, "is a socket, which cannot be written to as a file")
                case S_IFDIR:
                    throw ToolError(.cannotCreate, file: path, "is a folder; give a file name for the output")
                case S_IFBLK:
                    throw ToolError(
                        .cannotCreate, file: path, "is a block device (a disk); refusing to write a report onto it")
                default:
                    throw ToolError(.cannotCreate, file: path, "is not a regular file; give another file name")
                }
            } else {
                isDirect = false
                realPath = try Self.resolveLinks(path)
            }
            let folder = Self.folder(of: realPath)
            var folderInfo = stat()
            guard isDirect || (stat(folder, &folderInfo) == 0 && (folderInfo.st_mode & S_IFMT) == S_IFDIR) else {
                throw ToolError(.cannotCreate, file: path, "cannot be created: the folder \(folder) does not exist")
            }
        }

        /// Follows symbolic links (including a dangling one, whose target is then created).
        static func resolveLinks(_ path: String) throws(ToolError) -> String {
            var current = path
            for _ in 0..<40 {
                var info = stat()
                guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let count = readlink(current, &buffer, buffer.count - 1)
                guard count > 0 else { return current }
                let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                current = target.hasPrefix("/") ? target : folder(of: current) + "/" + target
            }
            throw ToolError(.cannotCreate, file: path, "is a chain of symbolic links that never ends")
        }

        static func folder(of path: String) -> String {
            guard let slash = path.lastIndex(of: "/") else { return "." }
            let folder = String(path[..<slash])
            return folder.isEmpty ? "/" : folder
        }
    }

    /// Writes a target's bytes to its temporary file, with the permissions it should end with.
    static func stage(_ target: Target) throws(ToolError) -> (target: Target, temporary: String, slot: Int?) {
        let name = target.realPath.split(separator: "/").last.map(String.init) ?? "output"
        let temporary = Target.folder(of: target.realPath) + "/.\(name).\(getpid()).tmp"
        // A leftover from a killed run with the same process ID is ours to replace.
        unlink(temporary)
        let slot = PendingFiles.register(temporary)
        let mode: mode_t = target.item.isPrivate && target.existing == nil ? 0o600 : 0o666
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else {
            let reason = String(cString: strerror(errno))
            PendingFiles.release(slot)
            throw ToolError(.cannotCreate, file: target.item.path, "cannot be created: \(reason)")
        }
        var failure: String?
        if let existing = target.existing {
            // Keep the replaced file's permissions, and (when we may) its owner and group.
            if fchmod(fd, existing.st_mode & 0o7777) != 0 { failure = String(cString: strerror(errno)) }
            if geteuid() == 0 { _ = fchown(fd, existing.st_uid, existing.st_gid) }
        }
        if failure == nil { failure = writeAll(fd, target.item.bytes) }
        if failure == nil, fsync(fd) != 0, errno != EINVAL { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            PendingFiles.release(slot)
            throw ToolError(
                .ioError, file: target.item.path,
                "could not be written in full (\(failure)); the earlier file, if any, is unchanged")
        }
        return (target, temporary, slot)
    }

    /// A device or FIFO: opened for writing and written into, never replaced.
    static func writeDirect(_ target: Target) throws(ToolError) {
        let fd = open(target.realPath, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw ToolError(
                .cannotCreate, file: target.item.path,
                "cannot be opened for writing: \(String(cString: strerror(errno)))")
        }
        var failure = writeAll(fd, target.item.bytes)
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if let failure {
            throw ToolError(.ioError, file: target.item.path, "could not be written in full (\(failure))")
        }
    }

    /// Every byte, retrying interrupted writes; the reason when a write fails.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBytes { buffer -> String? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }

    /// Makes the renames durable: each folder's entry list is flushed (best effort).
    static func syncFolders(_ paths: [String]) {
        for folder in Set(paths.map(Target.folder(of:))) {
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else { continue }
            _ = fsync(fd)
            close(fd)
        }
    }

    /// An output path that names one of the inputs would destroy what the user wrote.
    /// Refuses to write over an input file. An output that does not exist yet cannot be an input;
    /// one that exists is compared by device and inode, which sees through links and `..`, with
    /// one `stat` per input rather than resolving every path.
    static func refuseInputs(_ path: String, inputs: [String]) throws(ToolError) {
        var target = stat()
        guard stat(path, &target) == 0, (target.st_mode & S_IFMT) == S_IFREG else { return }
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
