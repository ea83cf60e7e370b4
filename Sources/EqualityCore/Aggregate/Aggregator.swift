import Foundation
import Synchronization

/// Reads many answer sets of one framework, on every core, streaming: each file is read, checked,
/// scored, added to a tally and dropped. Files that fail validation are listed and left out.
public enum Aggregator {
    public struct Excluded: Sendable {
        public var file: String
        public var diagnostics: [Diagnostic]
    }

    public struct Result: Sendable {
        var framework: Framework
        public var tally: AggregateTally
        public var files: Int
        public var excluded: [Excluded]
    }

    /// Every answer file named, folders expanded to the `.json` and `.csv` files in them, sorted.
    public static func expand(_ paths: [String]) throws(ToolError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ToolError(.cannotOpen, file: path, "no such file or folder; check the path")
            }
            if isDirectory.boolValue {
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    throw ToolError(.cannotOpen, file: path, "the folder cannot be read; check its permissions")
                }
                files += names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }.sorted()
                    .map { (path as NSString).appendingPathComponent($0) }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// What the workers share: their finished tallies and exclusions, and the progress count.
    /// Everything is behind one lock, and the progress callback runs under it, so calls never overlap.
    private final class Workspace: Sendable {
        public struct State {
            var tallies: [AggregateTally?]
            var excluded: [[(Int, Excluded)]]
            var done = 0
        }

        let state: Mutex<State>

        init(workers: Int) {
            state = Mutex(
                State(tallies: Array(repeating: nil, count: workers), excluded: Array(repeating: [], count: workers)))
        }
    }

    public static func run(
        files: [String], framework: Framework, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> Result {
        let workers = max(1, min(workers, files.count))
        let space = Workspace(workers: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var tally = AggregateTally(framework: framework)
            var excluded: [(Int, Excluded)] = []
            var index = worker
            var sinceReport = 0
            while index < files.count {
                let file = files[index]
                do throws(ToolError) {
                    let bytes = try InputFile.read(file)
                    tally.add(
                        Scorer.summary(try answers(bytes, file: file, framework: framework), framework: framework))
                } catch {
                    excluded.append((index, Excluded(file: file, diagnostics: error.inFile(file).diagnostics)))
                }
                index += workers
                sinceReport += 1
                if let progress, sinceReport == 250 {
                    space.state.withLock { state in
                        state.done += sinceReport
                        progress(state.done, files.count)
                    }
                    sinceReport = 0
                }
            }
            space.state.withLock { state in
                state.tallies[worker] = tally
                state.excluded[worker] = excluded
            }
        }
        let (tallies, excludedLists) = space.state.withLock { ($0.tallies, $0.excluded) }
        var total = AggregateTally(framework: framework)
        for tally in tallies { if let tally { total.merge(tally) } }
        let excluded = excludedLists.flatMap { $0 }.sorted { $0.0 < $1.0 }.map(\.1)
        return Result(framework: framework, tally: total, files: files.count, excluded: excluded)
    }

    /// One file's validated answers: the quick path for plain JSON, the full one (with its exact
    /// messages) for anything else or anything wrong.
    static func answers(_ bytes: [UInt8], file: String, framework: Framework) throws(ToolError) -> AnswerSet {
        if file.lowercased().hasSuffix(".csv") {
            return try AnswerValidator.validate(try AnswerCSV.decode(bytes, file: file), against: framework, file: file)
        }
        if let quick = AnswerJSON.quickDecode(bytes),
            let valid = try? AnswerValidator.validate(quick, against: framework, file: file)
        {
            return valid
        }
        return try AnswerValidator.validate(try AnswerJSON.decode(bytes, file: file), against: framework, file: file)
    }

    /// The framework named by `reference`, or else by the first readable answer file.
    public static func framework(for files: [String], reference: String?) throws(ToolError) -> Framework {
        if let reference { return try BundledData.resolveFramework(reference) }
        for file in files {
            guard let bytes = try? InputFile.read(file) else { continue }
            let set =
                file.lowercased().hasSuffix(".csv")
                ? try? AnswerCSV.decode(bytes, file: file) : try? AnswerJSON.decode(bytes, file: file)
            if let set, BundledData.frameworkBytes(set.framework) != nil {
                // Answers made with an earlier bundled version are aggregated against that version.
                if let archived = try BundledData.framework(set.framework, version: set.frameworkVersion) {
                    return archived
                }
                return try BundledData.resolveFramework(set.framework)
            }
        }
        throw ToolError(.badData, "no answer file names a bundled framework; pass --framework ID|PATH")
    }
}
