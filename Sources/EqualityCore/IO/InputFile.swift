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
}
