/// How wide text is in Arial (and Liberation Sans, which has the same widths, as LibreOffice
/// uses): the Helvetica advance widths from Adobe's Core 14 font metrics, in thousandths of the
/// font size, for printable ASCII. Anything else counts as a wide letter. Enough to size a
/// table column so that no word has to be split, and to say how many lines wrapped text takes.
enum FontMetrics {
    /// Regular, characters 32 to 126.
    static let regular: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space to /
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0 to ?
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @ to O
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P to _
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // ` to o
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,  // p to ~
    ]

    /// Bold, characters 32 to 126.
    static let bold: [Int] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ]

    /// The width of `text` set in `points`-point type, in points.
    static func width(_ text: Substring, points: Double, bold: Bool = false) -> Double {
        let table = bold ? self.bold : regular
        var thousandths = 0
        for scalar in text.unicodeScalars {
            let v = Int(scalar.value)
            thousandths += v >= 32 && v <= 126 ? table[v - 32] : 667
        }
        return Double(thousandths) * points / 1000
    }

    /// The widest word of `text` (words are split at spaces and line breaks only), in points.
    static func widestWord(_ text: String, points: Double, bold: Bool = false) -> Double {
        let table = bold ? self.bold : regular
        var widest = 0
        var current = 0
        // One pass over the scalars: every table cell of every Word document goes through here.
        for scalar in text.unicodeScalars {
            let v = Int(scalar.value)
            if v < 128 ? (v == 32 || (9...13).contains(v)) : scalar.properties.isWhitespace {
                widest = max(widest, current)
                current = 0
            } else {
                current += v >= 32 && v <= 126 ? table[v - 32] : 667
            }
        }
        return Double(max(widest, current)) * points / 1000
    }

    /// How many lines `text` takes when wrapped at spaces into `available` points (each line
    /// break in the text starts a new line; a word wider than the line takes a line of its own).
    static func lines(_ text: String, points: Double, available: Double, bold: Bool = false) -> Int {
        let space = width(" ", points: points, bold: bold)
        var total = 0
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var lines = 1
            var used = 0.0
            for word in paragraph.split(separator: " ") {
                let w = width(word, points: points, bold: bold)
                if used > 0 && used + space + w > available {
                    lines += 1
                    used = w
                } else {
                    used += (used > 0 ? space : 0) + w
                }
            }
            total += lines
        }
        return max(total, 1)
    }
}
