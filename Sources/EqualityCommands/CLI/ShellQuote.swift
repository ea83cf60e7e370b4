import Dispatch
import FoundationEssentials
import Glibc

/// Quoting a path for a command line a person can copy from the terminal.
enum ShellQuote {
    static func quote(_ s: String) -> String {
        let safe = s.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "-_./=:@+".unicodeScalars.contains(scalar))
        }
        return safe && !s.isEmpty ? s : "'" + s.replacingEvery("'", with: "'\\''") + "'"
    }
}
