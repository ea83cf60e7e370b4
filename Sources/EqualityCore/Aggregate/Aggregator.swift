import Dispatch
import FoundationEssentials
import Synchronization

/// Reads many answer sets of one framework, on every core: each file is read, checked and reduced
/// to a small record (`AnswerRecord`); each respondent is counted once (`Deduplication`). Files
/// that fail validation, or that answer another framework, are left out and listed for the private
/// log, never for the published report.
package enum Aggregator {
    package struct Excluded: Sendable {
        package enum Reason: Sendable {
            case invalid([Diagnostic])
            /// The file answers another framework (its id).
            case otherFramework(String)
            /// The same organisation and exercise as these files, with the same latest date and
            /// different answers (`Deduplication`).
            case conflicting(with: [String])
        }

        package var file: String
        package var reason: Reason
    }

    /// A file not counted because another file is the same respondent (`Deduplication`).
    package struct Duplicate: Sendable {
        package enum Reason: Sendable { case sameRespondent, sameAnswers }
        package var file: String
        package var kept: String
        package var reason: Reason
    }

    package struct Result: Sendable {
        var framework: Framework

        /// The same result with its framework's words in the current language (the counts unchanged).
        package func inCurrentLanguage() throws(ToolError) -> Result {
            var r = self
            r.framework = try framework.inCurrentLanguage()
            return r
        }
        /// The true counts over the answer sets counted, one per respondent.
        package var tally: AggregateTally
        /// The sum of the record keys of every answer set counted: the key of every table.
        var tableKey = RecordKey()
        package var files: Int { fileNames.count }
        /// Every file read, for the private log only.
        package var fileNames: [String]
        package var excluded: [Excluded]
        package var duplicates: [Duplicate] = []
        /// The files counted, one per respondent, in the order read.
        package var counted: [String] = []

        /// How many left-out files answer each other framework, by framework id, sorted.
        package var otherFrameworks: [(id: String, files: Int)] {
            var counts: [String: Int] = [:]
            for x in excluded { if case .otherFramework(let id) = x.reason { counts[id, default: 0] += 1 } }
            return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }

        /// How many files failed validation.
        package var invalid: Int { excluded.count { if case .invalid = $0.reason { true } else { false } } }

        /// How many files were left out because they conflict with another of the same respondent.
        package var conflicting: Int { excluded.count { if case .conflicting = $0.reason { true } else { false } } }
    }

    /// Every answer file named, folders expanded to the `.json` and `.csv` files in them, sorted.
    package static func expand(_ paths: [String]) throws(ToolError) -> [String] {
        var files: [String] = []
        for path in paths {
            guard InputFile.exists(path) else {
                throw ToolError(.cannotOpen, file: path, "no such file or folder; check the path")
            }
            if InputFile.isFolder(path) {
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    throw ToolError(.cannotOpen, file: path, "the folder cannot be read; check its permissions")
                }
                let folder = path.hasSuffix("/") ? path : path + "/"
                let kinds = [".json", ".csv", ".tsv"]
                files += names.filter { name in kinds.contains { name.lowercased().hasSuffix($0) } }.sorted().map {
                    folder + $0
                }
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// What the workers share: their records and exclusions, and the progress count. Everything is
    /// behind one lock, and the progress callback runs under it, so calls never overlap.
    private final class Workspace: Sendable {
        struct State {
            var records: [[AnswerRecord]]
            var excluded: [[(Int, Excluded)]]
            var tallies: [AggregateTally?]
            var done = 0
        }

        let state: Mutex<State>

        init(workers: Int) {
            state = Mutex(
                State(
                    records: Array(repeating: [], count: workers), excluded: Array(repeating: [], count: workers),
                    tallies: Array(repeating: nil, count: workers)))
        }
    }

    /// Reads every file on every core into records, tallying each as it is read, then counts each
    /// respondent once (`Deduplication`), taking the records not counted out of the tally again.
    package static func run(
        files: [String], framework: Framework, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> Result {
        let workers = max(1, min(workers, files.count))
        let space = Workspace(workers: workers)
        let plan = ScoringPlan(framework)
        let noContext = plan.effect(AssessmentContext())
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var records: [AnswerRecord] = []
            var tally = AggregateTally(framework: framework)
            var excluded: [(Int, Excluded)] = []
            var index = worker
            var sinceReport = 0
            while index < files.count {
                let file = files[index]
                let isJSON = file.lowercased().hasSuffix(".json")
                // The fast path: plain JSON straight into response codes; anything else, or anything
                // it is unsure of, goes through the full reader and validator.
                if isJSON, let bytes = InputFile.quickRead(file),
                    let quick = CompactAnswerScanner.scan(bytes, plan: plan)
                {
                    if let other = quick.otherFramework {
                        excluded.append((index, Excluded(file: file, reason: .otherFramework(other))))
                    } else {
                        tally.add(
                            plan.summary(responses: quick.responses, evidence: quick.evidence, context: noContext))
                        records.append(
                            AnswerRecord(
                                file: index, organisation: bytes[quick.organisation],
                                exercise: bytes[quick.exercise], date: AnswerRecord.dateNumber(bytes[quick.date]),
                                content: AnswerRecord.content(
                                    responses: quick.responses, evidence: quick.evidence, effect: noContext, plan: plan)
                            ))
                    }
                } else {
                    do throws(ToolError) {
                        let bytes = try InputFile.read(file)
                        switch try answers(bytes, file: file, framework: framework) {
                        case .answers(let set):
                            let (responses, evidence) = plan.codes(set)
                            let effect = plan.effect(set.context)
                            tally.add(plan.summary(responses: responses, evidence: evidence, context: effect))
                            records.append(
                                AnswerRecord(
                                    file: index, organisation: set.respondent.organisation.utf8,
                                    exercise: set.respondent.exercise.utf8,
                                    date: AnswerRecord.dateNumber(set.respondent.date.utf8),
                                    content: AnswerRecord.content(
                                        responses: responses, evidence: evidence, effect: effect, plan: plan)))
                        case .otherFramework(let id):
                            excluded.append((index, Excluded(file: file, reason: .otherFramework(id))))
                        }
                    } catch {
                        excluded.append((index, Excluded(file: file, reason: .invalid(error.inFile(file).diagnostics))))
                    }
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
                state.records[worker] = records
                state.excluded[worker] = excluded
                state.tallies[worker] = tally
            }
        }
        let (recordLists, excludedLists) = space.state.withLock { ($0.records, $0.excluded) }
        let records = recordLists.flatMap { $0 }
        var excluded = excludedLists.flatMap { $0 }
        let outcome = Deduplication.resolve(records)
        var duplicates: [(Int, Duplicate)] = []
        for (r, reason) in outcome.dropped {
            let file = records[r].file
            switch reason {
            case .sameRespondent(let kept), .sameAnswers(let kept):
                let why: Duplicate.Reason = if case .sameRespondent = reason { .sameRespondent } else { .sameAnswers }
                duplicates.append((file, Duplicate(file: files[file], kept: files[kept], reason: why)))
            case .conflicting(let others):
                excluded.append(
                    (file, Excluded(file: files[file], reason: .conflicting(with: others.map { files[$0] }))))
            }
        }
        // Every record was tallied as it was read; the ones not counted are taken out again.
        var total = AggregateTally(framework: framework)
        for tally in space.state.withLock({ $0.tallies }) { if let tally { total.merge(tally) } }
        for (r, _) in outcome.dropped {
            let (responses, evidence, effect) = records[r].decoded(plan)
            total.add(plan.summary(responses: responses, evidence: evidence, context: effect), count: -1)
        }
        let kept = outcome.kept
        let tableKey = kept.reduce(RecordKey()) { $0 + records[$1].key }
        return Result(
            framework: framework, tally: total, tableKey: tableKey, fileNames: files,
            excluded: excluded.sorted { $0.0 < $1.0 }.map(\.1), duplicates: duplicates.sorted { $0.0 < $1.0 }.map(\.1),
            counted: kept.map { files[records[$0].file] })
    }

    /// Whether a file name ends in ".csv", in any case, without making a lowercased copy.
    static func isCSV(_ file: String) -> Bool {
        let tail = file.utf8.suffix(4).map { $0 | 0x20 }
        return tail.elementsEqual(".csv".utf8.map { $0 | 0x20 })
    }

    enum Read {
        case answers(AnswerSet)
        case otherFramework(String)
    }

    /// One file's validated answers, or the id of the other framework it answers: the quick path
    /// for plain JSON, the full one (with its exact messages) for anything else or anything wrong.
    static func answers(_ bytes: [UInt8], file: String, framework: Framework) throws(ToolError) -> Read {
        if isCSV(file) || InputClassifier.isCSV(path: file, bytes: bytes) || !file.lowercased().hasSuffix(".json") {
            // Read exactly as `report` reads it: a plain spreadsheet answers the framework aggregated.
            var (set, plain) = try AnswerLoader.decode(bytes: bytes, name: file)
            if plain {
                set.framework = framework.id
                set.frameworkVersion = framework.version.description
            }
            if set.framework != framework.id && !set.framework.isEmpty { return .otherFramework(set.framework) }
            return .answers(try AnswerValidator.validate(set, against: framework, file: file))
        }
        if let quick = AnswerJSON.quickDecode(bytes) {
            if quick.framework != framework.id && !quick.framework.isEmpty { return .otherFramework(quick.framework) }
            if let valid = try? AnswerValidator.validate(quick, against: framework, file: file) {
                return .answers(valid)
            }
        }
        let set = try AnswerJSON.decode(bytes, file: file)
        if set.framework != framework.id && !set.framework.isEmpty { return .otherFramework(set.framework) }
        return .answers(try AnswerValidator.validate(set, against: framework, file: file))
    }

    /// The framework to aggregate: the one `--framework` names, else the commissioning framework.
    /// Files answering any other framework are counted and left out, never guessed from.
    package static let defaultFramework = "commissioning-for-equality"

    package static func framework(reference: String?, files: [String]) throws(ToolError) -> Framework {
        let id = reference ?? defaultFramework
        let framework = try BundledData.resolveFramework(id)
        // Answers made with an earlier bundled version of this framework are aggregated against
        // that version, judged from the first readable file that answers it.
        guard BundledData.frameworkBytes(id) != nil else { return framework }
        for file in files {
            guard let bytes = try? InputFile.read(file) else { continue }
            guard let set = try? AnswerLoader.decode(bytes: bytes, name: file).set, set.framework == framework.id
            else { continue }
            if set.frameworkVersion != framework.version.description,
                let archived = try BundledData.framework(id, version: set.frameworkVersion)
            {
                return archived
            }
            return framework
        }
        return framework
    }

}
