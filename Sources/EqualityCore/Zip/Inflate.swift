/// DEFLATE decompression (RFC 1951), written here so the tool can read back the workbooks that
/// Excel, LibreOffice and openpyxl save (their parts are deflated) without a package. It follows
/// the structure of Mark Adler's `puff.c`: canonical Huffman codes decoded a bit at a time, which
/// is simple to check and fast enough for files of a few megabytes. Hostile input ends in a
/// `Failure`, never a crash, and the output is cut off at `limit` bytes.
package enum Inflate {
    package enum Failure: Error, Equatable, Sendable {
        /// The data ends in the middle of a block.
        case truncated
        /// A block type of 3, a stored block whose length check fails, or a code table that
        /// cannot be built.
        case malformed(String)
        /// The output would pass the limit.
        case tooLarge(limit: Int)

        package var message: String {
            switch self {
            case .truncated: return "the compressed data ends too soon"
            case .malformed(let what): return "the compressed data is damaged (\(what))"
            case .tooLarge(let limit): return "it expands to more than \(limit) bytes"
            }
        }
    }

    /// The decompressed bytes of raw DEFLATE `data` (no zlib or gzip header), at most `limit` long.
    package static func decompress(_ data: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var state = State(input: data, limit: limit)
        var last = false
        while !last {
            last = try state.bits(1) == 1
            switch try state.bits(2) {
            case 0: try state.stored()
            case 1: try state.codes(fixedLengths, fixedDistances)
            case 2:
                let (lengths, distances) = try state.dynamicTables()
                try state.codes(lengths, distances)
            default: throw .malformed("block type 3")
            }
        }
        return state.output
    }

    /// A canonical Huffman code: how many codes of each length, and the symbols in code order.
    struct Huffman {
        var count = [Int](repeating: 0, count: 16)
        var symbol: [Int]

        /// Builds the code from each symbol's code length; `complete` is false for a code with
        /// unused codes left (allowed only in the cases `dynamicTables` checks).
        init(lengths: [Int]) throws(Failure) {
            symbol = [Int](repeating: 0, count: lengths.count)
            for length in lengths { count[length] += 1 }
            var left = 1
            for length in 1..<16 {
                left <<= 1
                left -= count[length]
                if left < 0 { throw .malformed("an over-subscribed code") }
            }
            self.left = left
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + count[length] }
            for (s, length) in lengths.enumerated() where length != 0 {
                symbol[offsets[length]] = s
                offsets[length] += 1
            }
        }

        /// Codes left unused (0 for a complete code).
        var left = 0
    }

    static let fixedLengths: Huffman = {
        var lengths = [Int](repeating: 8, count: 288)
        for s in 144..<256 { lengths[s] = 9 }
        for s in 256..<280 { lengths[s] = 7 }
        return try! Huffman(lengths: lengths)
    }()

    static let fixedDistances: Huffman = try! Huffman(lengths: [Int](repeating: 5, count: 30))

    static let lengthBase = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ]
    static let distanceExtra = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// The order code-length code lengths are sent in.
    static let lengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    struct State {
        let input: [UInt8]
        let limit: Int
        var position = 0
        var bitBuffer = 0
        var bitCount = 0
        var output: [UInt8] = []

        init(input: [UInt8], limit: Int) {
            self.input = input
            self.limit = limit
        }

        /// The next `n` bits, least significant first.
        mutating func bits(_ n: Int) throws(Failure) -> Int {
            var value = bitBuffer
            while bitCount < n {
                guard position < input.count else { throw .truncated }
                value |= Int(input[position]) << bitCount
                position += 1
                bitCount += 8
            }
            bitBuffer = value >> n
            bitCount -= n
            return value & ((1 << n) - 1)
        }

        mutating func stored() throws(Failure) {
            bitBuffer = 0
            bitCount = 0
            guard position + 4 <= input.count else { throw .truncated }
            let length = Int(input[position]) | Int(input[position + 1]) << 8
            let check = Int(input[position + 2]) | Int(input[position + 3]) << 8
            guard length == ~check & 0xFFFF else { throw .malformed("a stored block's length check") }
            position += 4
            guard position + length <= input.count else { throw .truncated }
            guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
            output += input[position..<(position + length)]
            position += length
        }

        mutating func decode(_ h: Huffman) throws(Failure) -> Int {
            var code = 0
            var first = 0
            var index = 0
            for length in 1..<16 {
                code |= try bits(1)
                let count = h.count[length]
                if code - count < first { return h.symbol[index + (code - first)] }
                index += count
                first += count
                first <<= 1
                code <<= 1
            }
            throw .malformed("a code that is not in the table")
        }

        mutating func codes(_ lengths: Huffman, _ distances: Huffman) throws(Failure) {
            while true {
                var symbol = try decode(lengths)
                if symbol < 256 {
                    guard output.count < limit else { throw .tooLarge(limit: limit) }
                    output.append(UInt8(symbol))
                } else if symbol == 256 {
                    return
                } else {
                    symbol -= 257
                    guard symbol < 29 else { throw .malformed("a length code past the table") }
                    let length = Inflate.lengthBase[symbol] + (try bits(Inflate.lengthExtra[symbol]))
                    let d = try decode(distances)
                    guard d < 30 else { throw .malformed("a distance code past the table") }
                    let distance = Inflate.distanceBase[d] + (try bits(Inflate.distanceExtra[d]))
                    guard distance <= output.count else { throw .malformed("a distance before the start") }
                    guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
                    let start = output.count - distance
                    for i in 0..<length { output.append(output[start + i]) }
                }
            }
        }

        mutating func dynamicTables() throws(Failure) -> (Huffman, Huffman) {
            let lengthCount = try bits(5) + 257
            let distanceCount = try bits(5) + 1
            let codeCount = try bits(4) + 4
            guard lengthCount <= 286, distanceCount <= 30 else { throw .malformed("too many codes") }
            var codeLengths = [Int](repeating: 0, count: 19)
            for i in 0..<codeCount { codeLengths[Inflate.lengthOrder[i]] = try bits(3) }
            let lengthCode = try Huffman(lengths: codeLengths)
            guard lengthCode.left == 0 else { throw .malformed("an incomplete code-length code") }
            var lengths: [Int] = []
            while lengths.count < lengthCount + distanceCount {
                let symbol = try decode(lengthCode)
                if symbol < 16 {
                    lengths.append(symbol)
                    continue
                }
                var repeated = 0
                var times: Int
                switch symbol {
                case 16:
                    guard let previous = lengths.last else { throw .malformed("a repeat with nothing before it") }
                    repeated = previous
                    times = 3 + (try bits(2))
                case 17: times = 3 + (try bits(3))
                default: times = 11 + (try bits(7))
                }
                guard lengths.count + times <= lengthCount + distanceCount else {
                    throw .malformed("code lengths that run past the table")
                }
                lengths += repeatElement(repeated, count: times)
            }
            guard lengths[256] != 0 else { throw .malformed("no end-of-block code") }
            let literal = try Huffman(lengths: Array(lengths[0..<lengthCount]))
            // An incomplete code is allowed only when it is a single code of one bit (as puff.c).
            if literal.left > 0 && lengthCount != literal.count[0] + literal.count[1] {
                throw .malformed("an incomplete literal code")
            }
            let distance = try Huffman(lengths: Array(lengths[lengthCount...]))
            if distance.left > 0 && distanceCount != distance.count[0] + distance.count[1] {
                throw .malformed("an incomplete distance code")
            }
            return (literal, distance)
        }
    }
}
