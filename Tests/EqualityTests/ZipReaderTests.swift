import Foundation
import Testing

@testable import EqualityCore
@testable import EqualityRendering

/// The DEFLATE decoder and ZIP reader, on data compressed by Python's zlib and zipfile (made by
/// `Fixtures/zip/make_fixtures.py`), and on damaged and hostile archives.
@Suite struct ZipReaderTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: URL(fileURLWithPath: Support.fixture("zip/\(name)"))))
    }

    @Test(arguments: [
        "deflate-level0.bin", "deflate-level1.bin", "deflate-level6.bin", "deflate-level9.bin", "deflate-fixed.bin",
        "deflate-huffman-only.bin",
    ])
    func inflatesWhatZlibDeflated(name: String) throws {
        let plain = try Self.fixture("plain.bin")
        #expect(try Inflate.decompress(try Self.fixture(name), limit: 1 << 20) == plain)
    }

    @Test func anEmptyStreamIsEmpty() throws {
        #expect(try Inflate.decompress(try Self.fixture("deflate-empty.bin"), limit: 10) == [])
    }

    @Test func theLimitStopsTheOutput() throws {
        #expect(throws: Inflate.Failure.tooLarge(limit: 1000)) {
            try Inflate.decompress(try Self.fixture("deflate-level6.bin"), limit: 1000)
        }
    }

    @Test func aTruncatedStreamSaysSo() throws {
        let data = try Self.fixture("deflate-level6.bin")
        for cut in [0, 1, 100, data.count / 2, data.count - 1] {
            #expect(throws: Inflate.Failure.self) { try Inflate.decompress(Array(data.prefix(cut)), limit: 1 << 20) }
        }
        #expect(throws: Inflate.Failure.malformed("block type 3")) { try Inflate.decompress([0x07], limit: 10) }
    }

    /// Random damage never crashes the decoder: it returns bytes or a failure.
    @Test func damagedStreamsNeverCrash() throws {
        let data = try Self.fixture("deflate-level6.bin")
        var rng = FuzzTests.SplitMix64(state: 0x21F1)
        var failures = 0
        for _ in 0..<300 {
            var copy = data
            for _ in 0..<Int.random(in: 1...8, using: &rng) {
                copy[Int.random(in: 0..<copy.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            do { _ = try Inflate.decompress(copy, limit: 1 << 20) } catch { failures += 1 }
        }
        #expect(failures > 100, "most damage is detected: \(failures) of 300")
    }

    @Test func readsAnArchiveZipfileWrote() throws {
        let zip = try ZipReader(try Self.fixture("python-zipfile.zip"))
        #expect(zip.entries.map(\.name) == ["deflated.txt", "stored.txt", "empty.txt"])
        #expect(try zip.contents(try #require(zip.entry("deflated.txt"))) == (try Self.fixture("plain.bin")))
        #expect(try zip.contents(try #require(zip.entry("stored.txt"))) == Array("stored as it is\n".utf8))
        #expect(try zip.contents(try #require(zip.entry("empty.txt"))) == [])
    }

    /// Workbooks saved by openpyxl and by LibreOffice: every part inflates and passes its check.
    @Test(arguments: ["openpyxl-saved.xlsx", "libreoffice-saved.xlsx"])
    func readsWorkbooksOfficeSoftwareSaved(name: String) throws {
        let zip = try ZipReader(try Self.fixture(name))
        #expect(zip.entries.contains { $0.name == "xl/worksheets/sheet1.xml" })
        #expect(zip.entries.contains { $0.method == 8 }, "deflated parts")
        for entry in zip.entries { _ = try zip.contents(entry) }
        let sheet = String(
            decoding: try zip.contents(try #require(zip.entry("xl/worksheets/sheet1.xml"))), as: UTF8.self)
        #expect(sheet.contains("<sheetData"))
    }

    @Test func readsTheArchivesTheToolWrites() throws {
        var bytes = [UInt8]()
        for i in 0..<500 { bytes += Array("line \(i)\n".utf8) }
        let zip = try ZipReader(
            ZipArchive.archive([.init(name: "a.xml", bytes: bytes), .init(name: "b/c.xml", bytes: [1, 2, 3])]))
        #expect(zip.entries.map(\.name) == ["a.xml", "b/c.xml"])
        #expect(try zip.contents(zip.entries[0]) == bytes)
    }

    @Test func aWrongChecksumIsNamed() throws {
        var data = try Self.fixture("python-zipfile.zip")
        let zip = try ZipReader(data)
        let stored = try #require(zip.entry("stored.txt"))
        // The stored entry's first byte, after its local header.
        let start = stored.localOffset + 30 + stored.name.utf8.count
        data[start] ^= 0xFF
        #expect(throws: ZipReader.Failure.checksum("stored.txt")) {
            try ZipReader(data).contents(stored)
        }
    }

    @Test func aZipBombIsRefusedByRatioAndBySize() throws {
        let bomb = try Self.fixture("ratio-bomb.zip")
        let zip = try ZipReader(bomb)
        let entry = try #require(zip.entry("zeros.bin"))
        #expect(throws: ZipReader.Failure.ratio("zeros.bin", limit: 200)) { try zip.contents(entry) }
        let small = try ZipReader(bomb, maximumSize: 1 << 20, maximumRatio: 100_000)
        #expect(throws: ZipReader.Failure.tooLarge("zeros.bin", limit: 1 << 20)) { try small.contents(entry) }
        // A directory that understates the size: the decoder stops at the size it was told.
        var lying = bomb
        let directory = try #require((0..<(lying.count - 4)).last { ZipReader.u32(lying, $0) == 0x0201_4b50 })
        for k in 0..<4 { lying[directory + 24 + k] = [0x00, 0x10, 0x00, 0x00][k] }
        let lied = try ZipReader(lying, maximumRatio: 100_000)
        #expect(throws: ZipReader.Failure.tooLarge("zeros.bin", limit: 4096)) { try lied.contents(lied.entries[0]) }
    }

    @Test func truncatedAndForeignFilesAreRefused() throws {
        let data = try Self.fixture("python-zipfile.zip")
        #expect(throws: ZipReader.Failure.notAZip) { try ZipReader(Array("question,response\n".utf8)) }
        for cut in [10, 100, data.count / 2, data.count - 10] {
            #expect(throws: ZipReader.Failure.self) {
                let zip = try ZipReader(Array(data.prefix(cut)))
                for entry in zip.entries { _ = try zip.contents(entry) }
            }
        }
    }

    /// Random damage to a whole archive never crashes the reader.
    @Test func damagedArchivesNeverCrash() throws {
        let data = try Self.fixture("python-zipfile.zip")
        var rng = FuzzTests.SplitMix64(state: 0x21F2)
        for _ in 0..<300 {
            var copy = data
            for _ in 0..<Int.random(in: 1...6, using: &rng) {
                copy[Int.random(in: 0..<copy.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            if let zip = try? ZipReader(copy) { for entry in zip.entries { _ = try? zip.contents(entry) } }
        }
    }
}
