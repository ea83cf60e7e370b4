/// Locating the first byte that is not valid UTF-8, so an error can point at it.
enum UTF8Validation {
    /// nil when the whole slice is valid UTF-8.
    static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            let length = b < 0x80 ? 1 : b & 0xE0 == 0xC0 ? 2 : b & 0xF0 == 0xE0 ? 3 : b & 0xF8 == 0xF0 ? 4 : 0
            guard length > 0, i + length <= bytes.endIndex,
                String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil
            else { return i }
            i += length
        }
        return i
    }
}
