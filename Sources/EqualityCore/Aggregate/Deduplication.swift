/// Which answer sets are the same respondent, so each is counted once.
///
/// - Answer sets with the same organisation and exercise are one respondent, and the latest date
///   wins. If the latest date is shared by answer sets that answer differently (or none is dated
///   and they differ), the tool cannot tell which stands: all of them are left out.
/// - Answer sets with the same answers to every question (the same response, evidence given or
///   not, and legal context) count once, whatever organisation they name: a copy under a new name
///   is the simplest way to pad a count. The one kept is the one whose organisation and exercise
///   come first, so the choice does not depend on file names or order.
///
/// A byte-identical copy, a re-saved copy, a CSV twin and a folder named twice are all caught by
/// the second rule, and by the first when they name an organisation or exercise.
enum Deduplication {
    enum Dropped: Sendable, Equatable {
        /// The same organisation and exercise as the kept file, dated earlier or identical.
        case sameRespondent(kept: Int)
        /// The same answers as the kept file.
        case sameAnswers(kept: Int)
        /// The same organisation and exercise as other files with the same latest date and
        /// different answers: none can be chosen.
        case conflicting(with: [Int])
    }

    struct Outcome: Sendable {
        /// Positions in the records list of the answer sets counted, in the order the files were named.
        var kept: [Int]
        /// Position in the records list, and why it is not counted, in the order the files were named.
        var dropped: [(record: Int, reason: Dropped)]
    }

    static func resolve(_ records: [AnswerRecord]) -> Outcome {
        var dropped: [(Int, Dropped)] = []
        // First rule: one respondent per organisation and exercise. Most identities occur once, so
        // only the first record of each is kept in the index, and the rest of a group in another.
        var first: [RecordKey: Int] = [:]
        first.reserveCapacity(records.count)
        var more: [RecordKey: [Int]] = [:]
        var survivors: [Int] = []
        survivors.reserveCapacity(records.count)
        for (i, r) in records.enumerated() {
            guard r.identity != nil else {
                survivors.append(i)
                continue
            }
            if first[r.identityHash] == nil {
                first[r.identityHash] = i
            } else {
                more[r.identityHash, default: []].append(i)
            }
        }
        for (hash, i) in first {
            guard let others = more[hash] else {
                survivors.append(i)
                continue
            }
            let members = ([i] + others).sorted { records[$0].file < records[$1].file }
            let latest = members.map { records[$0].date }.max() ?? 0
            let newest = members.filter { records[$0].date == latest }
            let kept = newest[0]
            if newest.allSatisfy({ records[$0].content == records[kept].content }) {
                survivors.append(kept)
                for m in members where m != kept { dropped.append((m, .sameRespondent(kept: records[kept].file))) }
            } else {
                for m in members {
                    dropped.append((m, .conflicting(with: members.filter { $0 != m }.map { records[$0].file })))
                }
            }
        }
        // Second rule: one per set of answers, keeping the one whose organisation and exercise come
        // first (then the first read), so the choice does not depend on file names or order.
        func comesFirst(_ a: Int, _ b: Int) -> Bool {
            let (x, y) = (records[a].identity ?? [], records[b].identity ?? [])
            return x != y ? x.lexicographicallyPrecedes(y) : records[a].file < records[b].file
        }
        var byContent: [RecordKey: Int] = [:]
        byContent.reserveCapacity(survivors.count)
        var sameAnswers: [Int] = []
        for i in survivors {
            guard let other = byContent[records[i].contentHash] else {
                byContent[records[i].contentHash] = i
                continue
            }
            if comesFirst(i, other) {
                byContent[records[i].contentHash] = i
                sameAnswers.append(other)
            } else {
                sameAnswers.append(i)
            }
        }
        // A record dropped for one that was later dropped in turn points at the one finally kept.
        for loser in sameAnswers {
            let kept = byContent[records[loser].contentHash] ?? loser
            dropped.append((loser, .sameAnswers(kept: records[kept].file)))
        }
        let kept = byContent.values.sorted { records[$0].file < records[$1].file }
        return Outcome(kept: kept, dropped: dropped.sorted { records[$0.0].file < records[$1.0].file })
    }
}
