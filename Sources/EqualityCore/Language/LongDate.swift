/// A date as CLDR's long format writes it: `d MMMM y` for both en-GB and cy ("6 December 2026",
/// "6 Rhagfyr 2026"). `PluralAndDateTests` compares every month with Babel's CLDR data.
package enum LongDate {
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    /// CLDR cy, months, format, wide.
    static let welshMonths = [
        "Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref",
        "Tachwedd", "Rhagfyr",
    ]

    /// The long date of a YYYY-MM-DD date in `language`; the text unchanged when it is not one.
    package static func text(_ iso: String, _ language: Language = Language.current) -> String {
        guard ReportDate.isValid(iso), let y = Int(iso.prefix(4)), let m = Int(iso.dropFirst(5).prefix(2)),
            let d = Int(iso.suffix(2))
        else { return iso }
        let months = language == .welsh ? welshMonths : englishMonths
        let month = language == .pseudo ? PseudoLocale.transform(months[m - 1]) : months[m - 1]
        return "\(d) \(month) \(y)"
    }
}
