import Foundation
import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The .docx and .xlsx files: a ZIP any reader opens (every entry's CRC checked by a reader written
/// here, not the writer's), well-formed XML in every part, the same bytes every time, and hostile
/// text kept as text.
@Suite struct OfficeFileTests {
    struct Entry {
        var name: String
        var bytes: [UInt8]
    }

    /// CRC-32 of each byte value, worked out bit by bit here rather than taken from the writer.
    static let crcOfByte: [UInt32] = (0..<256).map { (n: Int) -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c >> 1) ^ (c & 1 == 1 ? 0xEDB8_8320 : 0) }
        return c
    }

    /// Reads a stored (uncompressed) ZIP, checking each local header against the central directory
    /// and each entry's CRC-32, computed bit by bit.
    static func unzip(_ zip: [UInt8]) throws -> [Entry] {
        func u16(_ i: Int) -> Int { Int(zip[i]) | Int(zip[i + 1]) << 8 }
        func u32(_ i: Int) -> UInt32 {
            UInt32(zip[i]) | UInt32(zip[i + 1]) << 8 | UInt32(zip[i + 2]) << 16 | UInt32(zip[i + 3]) << 24
        }
        func crc(_ bytes: ArraySlice<UInt8>) -> UInt32 {
            var c: UInt32 = 0xFFFF_FFFF
            crcOfByte.withUnsafeBufferPointer { table in
                bytes.withUnsafeBufferPointer { data in
                    for b in data { c = (c >> 8) ^ table[Int((c ^ UInt32(b)) & 0xFF)] }
                }
            }
            return ~c
        }
        let end = try #require(zip.count >= 22 ? zip.count - 22 : nil)
        #expect(u32(end) == 0x0605_4b50, "end of central directory")
        let count = u16(end + 10)
        var central = Int(u32(end + 16))
        var entries: [Entry] = []
        for _ in 0..<count {
            #expect(u32(central) == 0x0201_4b50)
            let nameLength = u16(central + 28)
            let offset = Int(u32(central + 42))
            let name = String(decoding: zip[(central + 46)..<(central + 46 + nameLength)], as: UTF8.self)
            #expect(u32(offset) == 0x0403_4b50, "\(name): local header")
            #expect(u16(offset + 8) == 0, "\(name): stored")
            let size = Int(u32(offset + 18))
            #expect(size == Int(u32(central + 20)), "\(name): sizes agree")
            let start = offset + 30 + u16(offset + 26)
            let data = zip[start..<(start + size)]
            #expect(crc(data) == u32(offset + 14), "\(name): CRC-32")
            #expect(crc(data) == u32(central + 16), "\(name): central CRC-32")
            entries.append(Entry(name: name, bytes: Array(data)))
            central += 46 + nameLength + u16(central + 30) + u16(central + 32)
        }
        return entries
    }

    final class Collector: NSObject, XMLParserDelegate {
        var text = ""
        var elements: [String] = []
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) { elements.append(name) }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    /// Every XML part parses; returns the text and element names of the part named.
    static func parts(_ zip: [UInt8]) throws -> [String: Collector] {
        var result: [String: Collector] = [:]
        for entry in try unzip(zip) where entry.name.hasSuffix(".xml") || entry.name.hasSuffix(".rels") {
            let parser = XMLParser(data: Data(entry.bytes))
            let collector = Collector()
            parser.delegate = collector
            #expect(parser.parse(), "\(entry.name) is not well-formed XML: \(String(describing: parser.parserError))")
            result[entry.name] = collector
        }
        return result
    }

    static func file(_ arguments: [String]) throws -> [UInt8] {
        let folder = Support.temporaryFolder()
        let path = folder.appendingPathComponent("out.bin").path
        let result = Support.run(arguments + ["-o", path])
        #expect(result.code == 0, "\(arguments): \(result.err)")
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    @Test func theReportIsAWordDocumentWithHeadingsTablesAndAFooter() throws {
        let bytes = try Self.file(["report", "--example", "--format", "docx"])
        let parts = try Self.parts(bytes)
        for name in [
            "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml", "word/footer1.xml",
            "docProps/core.xml",
        ] {
            #expect(parts[name] != nil, "\(name) missing")
        }
        let document = try #require(parts["word/document.xml"])
        #expect(document.text.contains("Summary") && document.text.contains("Appendix: findings by question"))
        #expect(document.elements.filter { $0 == "w:tblHeader" }.count >= 10, "table headers repeat")
        let footer = try #require(parts["word/footer1.xml"]?.text)
        // Who, what, when and status on one line; the page number on its own, so a long line never splits it.
        #expect(
            footer.contains(
                "Office of the Police and Crime Commissioner for Wexmoor (fictional) · Community support for women and for people with learning… · 2 November 2026 · Draft"
            ))
        #expect(footer.contains("Page 1 of 1"))
        let core = try #require(parts["docProps/core.xml"]?.text)
        #expect(core.contains("Equality gap report") && core.contains("en-GB") && core.contains("2026-11-02T00:00:00Z"))
        #expect(try Self.file(["report", "--example", "--format", "docx"]) == bytes, "same input, same bytes")
    }

    @Test func theActionPlanIsAWorkbookWithADropDownAndDates() throws {
        let bytes = try Self.file(["actions", "--example", "--format", "xlsx"])
        let parts = try Self.parts(bytes)
        let sheet = try #require(parts["xl/worksheets/sheet1.xml"])
        #expect(!sheet.elements.contains("f"), "no formulas anywhere")
        #expect(sheet.elements.contains("pane") && sheet.elements.filter { $0 == "dataValidation" }.count == 2)
        #expect(sheet.text.contains("\"Not started,In progress,Done,Closed\""))
        #expect(parts["xl/worksheets/sheet2.xml"]?.text.contains("NA-04") == true, "the legal risks sheet")
        #expect(try Self.file(["actions", "--example", "--format", "xlsx"]) == bytes)
        #expect(ExcelWorkbook.column(0) == "A" && ExcelWorkbook.column(25) == "Z" && ExcelWorkbook.column(26) == "AA")
    }

    @Test func binaryFormatsNeedAnOutputFile() {
        let result = Support.run(["actions", "--example", "--format", "xlsx"])
        #expect(result.code == 64)
        #expect(result.err.contains("give -o FILE.xlsx"))
    }

    @Test(arguments: HostileInputTests.payloads)
    func hostileTextStaysText(payload: String) throws {
        let path = try Support.hostileExample(payload, inEvidence: true)
        let docx = try Self.parts(try Self.file(["report", path, "--format", "docx"]))
        let xlsx = try Self.parts(try Self.file(["actions", path, "--format", "xlsx"]))
        let expected = String(
            String.UnicodeScalarView(
                payload.unicodeScalars.map {
                    $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) ? "\u{FFFD}" : $0
                }))
        let text = try #require(docx["word/document.xml"]?.text)
        let words = expected.split(whereSeparator: { $0.isWhitespace || $0 == "\u{FFFD}" }).map(String.init)
        for word in words.prefix(3) { #expect(text.contains(word), "\(word) shown as text") }
        #expect(xlsx["xl/worksheets/sheet1.xml"]?.elements.contains("f") == false)
        if payload.unicodeScalars.contains(where: { $0.value < 0x20 && !["\t", "\n", "\r"].contains($0) }) {
            #expect(text.contains("replaced with �"), "the document says characters were replaced")
            #expect(
                xlsx["xl/worksheets/sheet2.xml"]?.text.contains("replaced with �") == true,
                "the workbook says characters were replaced")
        }
    }
}
