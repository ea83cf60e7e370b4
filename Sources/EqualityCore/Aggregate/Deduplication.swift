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
        /// Positions in the records list of the answer sets counted, in list order.
        var kept: [Int]
        /// Position in the records list, and why it is not counted.
        var dropped: [(record: Int, reason: Dropped)]
    }

    static func resolve(_ records: [AnswerRecord]) -> Outcome {
        var dropped: [(Int, Dropped)] = []
        var survivors: [Int] = []
        // First rule: one respondent per organisation and exercise.
        var groups: [[UInt8]: [Int]] = [:]
        for (i, r) in records.enumerated() {
            if let identity = r.identity { groups[identity, default: []].append(i) } else { survivors.append(i) }
        }
        for members in groups.values {
            let latest = members.map { records[$0].date }.max() ?? 0
            let newest = members.filter { records[$0].date == latest }
            let first = newest[0]
            if newest.allSatisfy({ records[$0].content == records[first].content }) {
                survivors.append(first)
                for m in members where m != first { dropped.append((m, .sameRespondent(kept: records[first].file))) }
            } else {
                for m in members {
                    dropped.append((m, .conflicting(with: members.filter { $0 != m }.map { records[$0].file })))
                }
            }
        }
        // Second rule: one per set of answers, keeping the first by organisation and exercise.
        var byContent: [[UInt8]: Int] = [:]
        let first = survivors.sorted { a, b in
            let (x, y) = (records[a].identity ?? [], records[b].identity ?? [])
            return x != y ? x.lexicographicallyPrecedes(y) : a < b
        }
        for i in first {
            if let kept = byContent[records[i].content] {
                dropped.append((i, .sameAnswers(kept: records[kept].file)))
            } else {
                byContent[records[i].content] = i
            }
        }
        return Outcome(kept: byContent.values.sorted(), dropped: dropped.sorted { $0.0 < $1.0 })
    }
}
