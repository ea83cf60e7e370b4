import EqualityCore
import Synchronization

/// A message as the code writes it: its English text, with `{0}`, `{1}` … where values are
/// interpolated, and those values. `say("gap.overall", "Overall: \(score)")` has the pattern
/// `Overall: {0}`; the catalogue holds the same pattern under the same ID.
struct Msg: Sendable, ExpressibleByStringInterpolation {
    var pattern: String
    var values: [String]

    init(stringLiteral value: String) {
        pattern = value
        values = []
    }

    init(stringInterpolation: StringInterpolation) {
        pattern = stringInterpolation.pattern
        values = stringInterpolation.values
    }

    struct StringInterpolation: StringInterpolationProtocol {
        var pattern = ""
        var values: [String] = []
        init(literalCapacity: Int, interpolationCount: Int) {}
        mutating func appendLiteral(_ literal: String) { pattern += literal }
        mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            pattern += "{\(values.count)}"
            values.append(value.description)
        }
    }

    /// The pattern with each placeholder replaced by its value.
    static func fill(_ pattern: String, _ values: [String]) -> String {
        guard !values.isEmpty else { return pattern }
        var out = ""
        var rest = Substring(pattern)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]), values.indices.contains(n) {
                out += values[n]
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}

/// Every word a person reads comes through here: the message under `id` in the language of the
/// task (`Language.current`), with its values filled in. English is the pattern the code gives;
/// Welsh comes from `messages.cy.json`, falling back to the English marked as untranslated; the
/// pseudo-locale accents the English.
func say(_ id: String, _ message: Msg) -> String {
    Catalogue.record(id, text: message.pattern)
    return Msg.fill(Catalogue.pattern(id, english: message.pattern, category: nil), message.values)
}

/// A counted phrase: the form CLDR's plural rules pick for `n` in the task's language. The
/// English forms are `one` and `other`; a Welsh translation gives zero, one, two, few, many and other.
func say(_ id: String, count n: Int, one: Msg, other: Msg) -> String {
    Catalogue.record(id, forms: [.one: one.pattern, .other: other.pattern])
    let language = Language.current
    let category = language.pluralRules.category(n)
    let english = PluralRules.english.category(n) == .one ? one : other
    return Msg.fill(Catalogue.pattern(id, english: english.pattern, category: category), english.values)
}

enum Catalogue {

    static func pattern(_ id: String, english: String, category: PluralCategory?) -> String {
        switch Language.current {
        case .english: return english
        case .pseudo: return PseudoLocale.transform(english)
        case .welsh:
            switch (try? BundledData.messages(.welsh))?.entries[id] {
            case .text(let t)? where category == nil: return t
            case .forms(let forms)?: if let category, let t = forms[category] { return t }
            default: break
            }
            return english + Language.welsh.fallbackMarker
        }
    }

    /// The messages rendered while a recorder is set, by ID: what `CatalogueTests` compares with
    /// the catalogue file.
    final class Recorder: Sendable {
        let seen = Mutex<[String: [PluralCategory?: String]]>([:])
    }

    @TaskLocal static var recorder: Recorder?

    static func record(_ id: String, text: String) {
        recorder?.seen.withLock { $0[id, default: [:]][nil] = text }
    }

    static func record(_ id: String, forms: [PluralCategory: String]) {
        recorder?.seen.withLock { seen in for (k, v) in forms { seen[id, default: [:]][k] = v } }
    }
}
