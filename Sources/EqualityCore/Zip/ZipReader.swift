/// Reads the entries of a ZIP archive (an .xlsx or .docx is one): the central directory, then each
/// entry stored or deflated, its size and CRC-32 checked. An archive is untrusted: every offset is
/// bounds-checked, ZIP64 and encryption are refused, and an entry may expand to at most
/// `maximumSize` bytes and at most `maximumRatio` times its compressed size (a zip bomb stops
/// there, with a clear message).
package struct ZipReader: Sendable {
    package struct Entry: Sendable, Equatable {
        package var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localOffset: Int
    }

    package enum Failure: Error, Equatable, Sendable {
        case notAZip
        case damaged(String)
        case unsupported(String)
        case entry(String, Inflate.Failure)
        case tooLarge(String, limit: Int)
        case ratio(String, limit: Int)
        case checksum(String)

        /// What is wrong, in words, for a diagnostic that names the file.
        package var message: String {
            switch self {
            case .notAZip: return "is not a ZIP archive (an .xlsx workbook is one)"
            case .damaged(let what): return "the archive is damaged: \(what)"
            case .unsupported(let what): return "the archive uses \(what), which this tool does not read"
            case .entry(let name, let failure): return "\(name): \(failure.message)"
            case .tooLarge(let name, let limit): return "\(name) expands to more than \(limit) bytes"
            case .ratio(let name, let limit):
                return "\(name) expands more than \(limit) times its compressed size, as a zip bomb does"
            case .checksum(let name): return "\(name) fails its CRC-32 check"
            }
        }
    }

    package let entries: [Entry]
    let bytes: [UInt8]
    package let maximumSize: Int
    package let maximumRatio: Int

    package init(_ bytes: [UInt8], maximumSize: Int = 64 << 20, maximumRatio: Int = 200) throws(Failure) {
        self.bytes = bytes
        self.maximumSize = maximumSize
        self.maximumRatio = maximumRatio
        guard bytes.count >= 22, Self.u32(bytes, 0) == 0x0403_4b50 || Self.u32(bytes, 0) == 0x0605_4b50 else {
            throw .notAZip
        }
        // The end-of-central-directory record is in the last 64 KiB + 22 bytes (its comment is at most 64 KiB).
        var end = -1
        var i = bytes.count - 22
        while i >= max(0, bytes.count - 22 - 0xFFFF) {
            if Self.u32(bytes, i) == 0x0605_4b50 {
                end = i
                break
            }
            i -= 1
        }
        guard end >= 0 else { throw .damaged("no end-of-archive record") }
        let count = Self.u16(bytes, end + 10)
        let directorySize = Int(Self.u32(bytes, end + 12))
        let directoryOffset = Int(Self.u32(bytes, end + 16))
        if count == 0xFFFF || Self.u32(bytes, end + 16) == 0xFFFF_FFFF { throw .unsupported("ZIP64") }
        guard directoryOffset + directorySize <= end else { throw .damaged("the directory lies outside the file") }
        var entries: [Entry] = []
        var p = directoryOffset
        for _ in 0..<count {
            guard p + 46 <= end, Self.u32(bytes, p) == 0x0201_4b50 else {
                throw .damaged("a directory record is missing")
            }
            let nameLength = Self.u16(bytes, p + 28)
            let extraLength = Self.u16(bytes, p + 30)
            let commentLength = Self.u16(bytes, p + 32)
            guard p + 46 + nameLength <= end else { throw .damaged("a name runs past the directory") }
            let name = String(decoding: bytes[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(
                name: name, method: Self.u16(bytes, p + 10), flags: Self.u16(bytes, p + 8),
                crc: Self.u32(bytes, p + 16), compressedSize: Int(Self.u32(bytes, p + 20)),
                size: Int(Self.u32(bytes, p + 24)), localOffset: Int(Self.u32(bytes, p + 42)))
            if entry.compressedSize == 0xFFFF_FFFF || entry.size == 0xFFFF_FFFF || entry.localOffset == 0xFFFF_FFFF {
                throw .unsupported("ZIP64")
            }
            entries.append(entry)
            p += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The entry named `name`, or nil.
    package func entry(_ name: String) -> Entry? { entries.first { $0.name == name } }

    /// The bytes of `entry`, decompressed and checked.
    package func contents(_ entry: Entry) throws(Failure) -> [UInt8] {
        if entry.flags & 1 != 0 { throw .unsupported("encryption") }
        guard entry.size <= maximumSize else { throw .tooLarge(entry.name, limit: maximumSize) }
        // Small entries may expand a lot (a run of spaces); the ratio limit is for large ones.
        if entry.size > 1 << 20 && entry.size / max(entry.compressedSize, 1) > maximumRatio {
            throw .ratio(entry.name, limit: maximumRatio)
        }
        let p = entry.localOffset
        guard p + 30 <= bytes.count, Self.u32(bytes, p) == 0x0403_4b50 else {
            throw .damaged("\(entry.name) has no local header")
        }
        let start = p + 30 + Self.u16(bytes, p + 26) + Self.u16(bytes, p + 28)
        guard start + entry.compressedSize <= bytes.count else { throw .damaged("\(entry.name) runs past the end") }
        let data = Array(bytes[start..<(start + entry.compressedSize)])
        let out: [UInt8]
        switch entry.method {
        case 0: out = data
        case 8:
            do throws(Inflate.Failure) {
                out = try Inflate.decompress(data, limit: entry.size)
            } catch .tooLarge {
                throw .tooLarge(entry.name, limit: entry.size)
            } catch {
                throw .entry(entry.name, error)
            }
        default: throw .unsupported("compression method \(entry.method) (in \(entry.name))")
        }
        guard out.count == entry.size else { throw .damaged("\(entry.name) is not the size its record says") }
        guard CRC32.checksum(out) == entry.crc else { throw .checksum(entry.name) }
        return out
    }

    static func u16(_ b: [UInt8], _ i: Int) -> Int {
        i + 2 <= b.count ? Int(b[i]) | Int(b[i + 1]) << 8 : 0
    }

    static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
        guard i >= 0, i + 4 <= b.count else { return 0 }
        return UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
    }
}
