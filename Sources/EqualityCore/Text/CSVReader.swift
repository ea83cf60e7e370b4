/// Reads CSV as spreadsheets save it (RFC 4180): UTF-8 with or without a byte order mark, LF or
/// CRLF line ends, quoted fields holding commas, doubled quotes and line breaks.
struct CSVRecord: Equatable, Sendable {
    var fields: [String]
    /// 1-based line on which the record starts (records with quoted line breaks span several lines).
    var line: Int
}

enum CSVReader {
    struct SyntaxError: Error, Equatable, Sendable {
        var line: Int
        var message: String
    }

    /// Spreadsheets save "Unicode text" as UTF-16 with a byte order mark; this gives the UTF-8 bytes.
    /// Anything without a UTF-16 byte order mark is returned as it is.
    static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        let little = bytes.starts(with: [0xFF, 0xFE])
        let big = bytes.starts(with: [0xFE, 0xFF])
        guard little || big else { return bytes }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(
                little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }

    /// The separator a spreadsheet used, from the header row: the one (comma, semicolon or tab)
    /// that makes a column of each name in `naming` (a `question` and a `response` column for an
    /// answer file); nil when none does.
    static func separator(_ bytes: [UInt8], naming required: [String] = ["question", "response"]) -> Unicode.Scalar? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let firstLine = String(decoding: body.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        for candidate in [",", ";", "\t"] as [Unicode.Scalar] {
            let names = firstLine.unicodeScalars.split(separator: candidate).map { cell -> String in
                var text = Substring(String(String.UnicodeScalarView(cell)).trimmingWhitespace().lowercased())
                if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = text.dropFirst().dropLast() }
                return String(text)
            }
            if required.allSatisfy({ names.contains($0) }) { return candidate }
        }
        return nil
    }

    static func parse(_ bytes: [UInt8], separator: Unicode.Scalar = ",") throws(SyntaxError) -> [CSVRecord] {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let offset = UTF8Validation.firstInvalidOffset(body) {
            let line = body[body.startIndex..<offset].filter { $0 == 0x0A }.count + 1
            throw SyntaxError(line: line, message: "the file is not valid UTF-8 text; save it as \"CSV UTF-8\"")
        }
        let text = String(decoding: body, as: UTF8.self)
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var inQuotes = false
        var afterQuote = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return iterator.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = next() {
                        if n == "\"" {
                            field.unicodeScalars.append("\"")
                        } else {
                            inQuotes = false
                            afterQuote = true
                            pending = n
                        }
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case separator:
                fields.append(field)
                field = ""
                afterQuote = false
            case "\r":
                if let n = next(), n != "\n" { pending = n }
                fallthrough
            case "\n":
                fields.append(field)
                field = ""
                afterQuote = false
                records.append(CSVRecord(fields: fields, line: recordLine))
                fields = []
                line += 1
                recordLine = line
            case "\"":
                if field.isEmpty && !afterQuote {
                    inQuotes = true
                    quoteLine = line
                } else {
                    throw SyntaxError(
                        line: line,
                        message:
                            "a quote inside an unquoted field; put the whole field in quotes and double the quote (\"\")"
                    )
                }
            default:
                if afterQuote {
                    throw SyntaxError(
                        line: line,
                        message: "text after a closing quote; a quoted field must end at a comma or line end")
                }
                field.unicodeScalars.append(c)
            }
        }
        if inQuotes {
            throw SyntaxError(line: quoteLine, message: "a quoted field is never closed; add the missing \"")
        }
        if !field.isEmpty || !fields.isEmpty || afterQuote {
            fields.append(field)
            records.append(CSVRecord(fields: fields, line: recordLine))
        }
        return records
    }
}
