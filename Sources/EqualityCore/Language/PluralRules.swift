/// A CLDR plural category: which form of a counted phrase a number takes.
package enum PluralCategory: String, Sendable, CaseIterable, Comparable {
    case zero, one, two, few, many, other

    package static func < (a: PluralCategory, b: PluralCategory) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// CLDR's cardinal plural rules for whole numbers, for the languages the tool writes.
/// (Counts in reports are always whole, so the rules' fraction operands v, f and t are 0.)
/// `PluralAndDateTests` compares every n from 0 to 1,000 with Babel's CLDR data.
package enum PluralRules: Sendable {
    /// en: one when i = 1 and v = 0; other otherwise.
    case english
    /// cy: zero n = 0; one n = 1; two n = 2; few n = 3; many n = 6; other otherwise.
    case welsh

    package func category(_ n: Int) -> PluralCategory {
        switch self {
        case .english: return n == 1 ? .one : .other
        case .welsh:
            switch n {
            case 0: return .zero
            case 1: return .one
            case 2: return .two
            case 3: return .few
            case 6: return .many
            default: return .other
            }
        }
    }

    /// The smallest whole number in `category`: the example a translator's note and the forms'
    /// script use.
    package func example(_ category: PluralCategory) -> Int {
        (0...1000).first { self.category($0) == category } ?? 0
    }

    /// The categories a translation of a counted phrase must give, in CLDR's order.
    package var categories: [PluralCategory] {
        switch self {
        case .english: return [.one, .other]
        case .welsh: return PluralCategory.allCases
        }
    }
}
