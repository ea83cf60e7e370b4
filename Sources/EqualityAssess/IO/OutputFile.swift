import Foundation

/// Writes output files atomically: the text goes to a temporary file beside the target, which
/// is then renamed over it, so a reader (or a crash) sees the old file or the new one, never half.
public enum OutputFile {
    public static func write(_ text: String, to path: String, inputs: [String] = []) throws(InputError) {
        try refuseInputs(path, inputs: inputs)
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw InputError(.cannotCreate, file: path, "is a folder; give a file name for the output")
        }
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(.cannotCreate, file: path, "cannot be created: the folder \(folder.path) does not exist")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            // A leftover from a killed run with the same process ID is ours to replace.
            try? FileManager.default.removeItem(at: temporary)
            try Data(text.utf8).write(to: temporary, options: [.withoutOverwriting])
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw InputError(.cannotCreate, file: path, "cannot be written: \(reason)")
            }
        } catch let error as InputError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(.cannotCreate, file: path, "cannot be written: \(error.localizedDescription)")
        }
    }

    /// An output path that names one of the inputs would destroy what the user wrote.
    static func refuseInputs(_ path: String, inputs: [String]) throws(InputError) {
        let target = canonical(path)
        for input in inputs where canonical(input) == target {
            throw InputError(.cannotCreate, file: path, "is one of the input files; refusing to write over it (choose another -o)")
        }
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
