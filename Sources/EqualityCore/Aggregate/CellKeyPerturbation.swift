/// The cell key method of disclosure control (Australian Bureau of Statistics; used by the Office
/// for National Statistics for the 2021 Census tables): every published count is read from a fixed
/// perturbation table by the true count and the cell's key. The key comes from the answer sets
/// themselves (`RecordKey`, `CellKeys`), never from a draw per run, so the same records give the
/// same published figure in every run, format and file order.
///
/// Our table rounds to a multiple of 5, up or down, with the direction read from the key: a true
/// count 5m + r (r from 0 to 4) is published as 5m in (5 − r) × 48 of the 240 key columns and as
/// 5m + 5 in the other r × 48. Its properties, each checked by `CellKeyPerturbationTests` over
/// every row:
/// - every published count is a multiple of 5, so none is 1 or 2 (or 3 or 4);
/// - a published count is at most 4 away from the true one;
/// - unbiased: over the key columns each row's published values average exactly the true count;
/// - a true 0 is always published as 0 (zeros stay zeros); a published 0 stands for 0 to 4, and
///   any other published count p for p − 4 to p + 4, never 0.
///
/// Rounding rather than a spread of small changes (as the ONS table has) is deliberate: with
/// changes of up to ±d spread freely, two reports that differ by one respondent sometimes show a
/// cell moving by 2d + 1, which can happen only if the new respondent is in it. Published values on
/// a lattice of 5 never move by more than 5 for one respondent, so that cannot happen.
package enum CellKeyPerturbation {
    package static let keyRange = 240
    package static let base = 5
    package static let maximumChange = base - 1

    /// The row for a true count: every published value it can give, with its number of columns.
    package static func row(_ count: Int) -> [(value: Int, columns: Int)] {
        precondition(count >= 0)
        let r = count % base
        let down = count - r
        let share = keyRange / base
        return r == 0 ? [(count, keyRange)] : [(down, (base - r) * share), (down + base, r * share)]
    }

    /// The published value for a true count in the column `key` (0 to 239).
    package static func perturb(_ count: Int, key: Int) -> Int {
        var k = key
        for entry in row(count) {
            if k < entry.columns { return entry.value }
            k -= entry.columns
        }
        return count
    }

    /// Every true count that could be published as `published`: what any reader of the table
    /// above can work out, and what the disclosure audit starts from.
    package static func possibleCounts(_ published: Int) -> ClosedRange<Int> {
        let counts = (max(0, published - maximumChange)...(published + maximumChange)).filter { n in
            row(n).contains { $0.value == published }
        }
        guard let low = counts.first, let high = counts.last else { return published...published }
        return low...high
    }
}

/// A cell's key: which column of the perturbation table its count is read from.
///
/// Each answer set has a record key (`RecordKey`) from its content. A table's key is the sum of
/// the record keys of every answer set the table counts, and a cell's key is SHA-256 of the
/// table's key and the cell's name, reduced to a column. Every table here counts every respondent
/// (each respondent has exactly one response to each question, counting unanswered and not asked),
/// so all cells share the one table key: changing, adding or removing a respondent draws every
/// cell afresh. A key from the cell's own records alone would leave the cells the added respondent
/// is not in unchanged between two publications, and so show which answers they gave.
struct CellKeys: Sendable {
    let tableKey: RecordKey
    var attempt = 0

    init(tableKey: RecordKey) { self.tableKey = tableKey }

    func column(_ name: String) -> Int {
        let text = "\(tableKey.hex)|\(attempt)|\(name)"
        let d = SHA256.digest(Array(text.utf8))
        return Int((UInt64(d[0]) << 32 | UInt64(d[1])) % UInt64(CellKeyPerturbation.keyRange))
    }

    func perturb(_ count: Int, _ name: String) -> Int {
        CellKeyPerturbation.perturb(count, key: column(name))
    }
}
