import Testing

@testable import EqualityCore

/// The perturbation table's documented properties, checked row by row with whole numbers (no
/// sampling), and the cell keys' independence from everything but the records.
@Suite struct CellKeyPerturbationTests {
    typealias Table = CellKeyPerturbation

    @Test(arguments: Array(0...200))
    func everyRowHasTheDocumentedProperties(count: Int) {
        let row = Table.row(count)
        #expect(row.reduce(0) { $0 + $1.columns } == Table.keyRange, "the row covers every key column once")
        for entry in row where entry.columns > 0 {
            #expect(entry.value % Table.base == 0, "published \(entry.value) is not a multiple of \(Table.base)")
            #expect(entry.value != 1 && entry.value != 2)
            #expect(abs(entry.value - count) <= Table.maximumChange)
            #expect(
                Table.possibleCounts(entry.value).contains(count),
                "the audit's range for \(entry.value) misses \(count)")
        }
        // Unbiased, exactly: the columns' published values sum to the count times the columns.
        #expect(row.reduce(0) { $0 + $1.value * $1.columns } == count * Table.keyRange)
        if count == 0 { #expect(row.map(\.value) == [0], "a true zero is always published as zero") }
        // Looking a count up in every column gives the row.
        var seen: [Int: Int] = [:]
        for key in 0..<Table.keyRange { seen[Table.perturb(count, key: key), default: 0] += 1 }
        #expect(seen == Dictionary(uniqueKeysWithValues: row.map { ($0.value, $0.columns) }))
    }

    @Test func whatAPublishedCountStandsFor() {
        #expect(Table.possibleCounts(0) == 0...4)
        #expect(Table.possibleCounts(5) == 1...9)
        #expect(Table.possibleCounts(20) == 16...24)
    }

    @Test func cellKeysComeFromTheRecordsAloneAndSpreadOverTheColumns() {
        func record(_ content: [UInt8]) -> RecordKey {
            AnswerRecord(
                file: 0, organisation: "Wexmoor".utf8, exercise: "Women's services".utf8, date: 0, content: content
            )
            .key
        }
        let a = record([1, 2, 3])
        let b = record([1, 2, 4])
        #expect(a == record([1, 2, 3]))
        #expect(a != b)
        #expect(a + b == b + a, "a table's key does not depend on the order records are read in")
        let keys = CellKeys(tableKey: a + b)
        #expect(keys.column("q-NA-01-partly") == CellKeys(tableKey: b + a).column("q-NA-01-partly"))
        // Over many cell names the columns fall across the whole range, about evenly.
        var counts = [Int](repeating: 0, count: Table.keyRange)
        for i in 0..<24_000 { counts[keys.column("cell-\(i)")] += 1 }
        #expect(
            counts.allSatisfy { $0 > 50 && $0 < 160 },
            "columns are far from even: \(counts.min() ?? 0) to \(counts.max() ?? 0)")
        // Record keys of many similar records differ in both halves.
        var highs = Set<UInt64>()
        var lows = Set<UInt64>()
        for i in 0..<2000 {
            let k = AnswerRecord(
                file: i, organisation: "org \(i)".utf8, exercise: "".utf8, date: 0, content: [UInt8(i % 7)]
            ).key
            highs.insert(k.high)
            lows.insert(k.low)
        }
        #expect(highs.count == 2000 && lows.count == 2000)
    }

    /// The byte-level normalisation of organisation and exercise is the same rule as
    /// `Respondent.exerciseKey`, on random text of spaces, tabs, line breaks, letters and full stops.
    @Test func theByteNormalisationIsTheExerciseKeyRule() {
        var rng = FuzzTests.SplitMix64(state: 77)
        let alphabet: [String] = [
            " ", "  ", "\t", "\n", "\r\n", ".", "..", "A", "b", "Z", "é", "1", "-", "\u{0B}", "\u{0C}", "\u{85}",
            "\u{A0}", "\u{1F}",
        ]
        for _ in 0..<5000 {
            let text = (0..<rng.below(12)).map { _ in alphabet[rng.below(alphabet.count)] }.joined()
            #expect(
                AnswerRecord.normalised(Array(text.utf8)) == Array(Respondent.exerciseKey(text).utf8),
                "\(text.debugDescription)")
        }
    }

    @Test func recordsMatchWhateverTheLettersCaseSpacingOrFinalFullStop() {
        let one = AnswerRecord(
            file: 0, organisation: "Wexmoor  PCC".utf8, exercise: "Women's services.".utf8, date: 0, content: [1])
        let two = AnswerRecord(
            file: 1, organisation: " wexmoor pcc ".utf8, exercise: "WOMEN'S SERVICES".utf8, date: 0, content: [1])
        #expect(one.identity == two.identity && one.key == two.key)
        let anonymous = AnswerRecord(file: 2, organisation: " ".utf8, exercise: "".utf8, date: 0, content: [1])
        #expect(anonymous.identity == nil)
    }
}
