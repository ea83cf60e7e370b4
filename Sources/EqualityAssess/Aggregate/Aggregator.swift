import Foundation

/// Reads many answer sets of one framework, on every core, streaming: each file is read, checked,
/// scored, added to a tally and dropped. Files that fail validation are listed and left out.
public enum Aggregator {
    public struct Excluded: Sendable {
        public var file: String
        public var diagnostics: [Diagnostic]
    }

    public struct Result: Sendable {
        public var framework: Framework
        public var tally: AggregateTally
        public var files: Int
        public var excluded: [Excluded]
    }

    /// Every answer file named, folders expanded to the `.json` and `.csv` files in them, sorted.
    public static func expand(_ paths: [String]) throws(InputError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(.cannotOpen, file: path, "no such file or folder; check the path")
            }
            if isDirectory.boolValue {
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    throw InputError(.cannotOpen, file: path, "the folder cannot be read; check its permissions")
                }
                files += names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }.sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    final class Workspace: @unchecked Sendable {
        var tallies: [AggregateTally]
        var excluded: [[(Int, Excluded)]]
        let lock = NSLock()
        var done = 0

        init(workers: Int, framework: Framework) {
            tallies = Array(repeating: AggregateTally(framework: framework), count: workers)
            excluded = Array(repeating: [], count: workers)
        }
    }

    public static func run(files: [String], framework: Framework, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) -> Result {
        let workers = max(1, min(workers, files.count))
        let space = Workspace(workers: workers, framework: framework)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var tally = AggregateTally(framework: framework)
            var excluded: [(Int, Excluded)] = []
            var index = worker
            var sinceReport = 0
            while index < files.count {
                let file = files[index]
                do throws(InputError) {
                    let bytes = try InputFile.read(file)
                    tally.add(Scorer.summary(try answers(bytes, file: file, framework: framework), framework: framework))
                } catch {
                    excluded.append((index, Excluded(file: file, diagnostics: error.inFile(file).diagnostics)))
                }
                index += workers
                sinceReport += 1
                if let progress, sinceReport == 250 {
                    space.lock.lock()
                    space.done += sinceReport
                    let done = space.done
                    space.lock.unlock()
                    sinceReport = 0
                    progress(done, files.count)
                }
            }
            space.lock.lock()
            space.tallies[worker] = tally
            space.excluded[worker] = excluded
            space.lock.unlock()
        }
        var total = AggregateTally(framework: framework)
        for tally in space.tallies { total.merge(tally) }
        let excluded = space.excluded.flatMap { $0 }.sorted { $0.0 < $1.0 }.map(\.1)
        return Result(framework: framework, tally: total, files: files.count, excluded: excluded)
    }

    /// One file's validated answers: the quick path for plain JSON, the full one (with its exact
    /// messages) for anything else or anything wrong.
    static func answers(_ bytes: [UInt8], file: String, framework: Framework) throws(InputError) -> AnswerSet {
        if file.lowercased().hasSuffix(".csv") {
            return try AnswerValidator.validate(try AnswerCSV.decode(bytes, file: file), against: framework, file: file)
        }
        if let quick = AnswerJSON.quickDecode(bytes),
           let valid = try? AnswerValidator.validate(quick, against: framework, file: file) {
            return valid
        }
        return try AnswerValidator.validate(try AnswerJSON.decode(bytes, file: file), against: framework, file: file)
    }

    /// The framework named by `reference`, or else by the first readable answer file.
    public static func framework(for files: [String], reference: String?) throws(InputError) -> Framework {
        if let reference { return try BundledData.resolveFramework(reference) }
        for file in files {
            guard let bytes = try? InputFile.read(file) else { continue }
            let set = file.lowercased().hasSuffix(".csv") ? try? AnswerCSV.decode(bytes, file: file) : try? AnswerJSON.decode(bytes, file: file)
            if let id = set?.framework, BundledData.frameworkBytes(id) != nil { return try BundledData.resolveFramework(id) }
        }
        throw InputError(.badData, "no answer file names a bundled framework; pass --framework ID|PATH")
    }
}
