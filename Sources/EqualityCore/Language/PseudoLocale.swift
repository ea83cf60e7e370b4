/// The pseudo-locale `qps-ploc`: a string accented, bracketed and about a third longer, with its
/// placeholders (`{0}`) left as they are. No ASCII letter survives, so a visible word made of
/// ASCII letters in a pseudo-locale rendering is a string that bypassed the catalogue.
package enum PseudoLocale {
    private static let accented: [Character: Character] = {
        let plain = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        let marked = Array("àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ")
        return Dictionary(uniqueKeysWithValues: zip(plain, marked))
    }()

    package static func transform(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        var out = "["
        var inPlaceholder = false
        for c in text {
            if c == "{" { inPlaceholder = true } else if c == "}" { inPlaceholder = false }
            if !inPlaceholder, let a = accented[c] {
                out.append(a)
            } else {
                out.append(c)
            }
        }
        // A third longer, as translations into longer languages run.
        out += String(repeating: "·", count: (text.count + 2) / 3)
        return out + "]"
    }
}
