import EqualityCore

/// Why a network membership category was met, not met or cannot be told, in words.
extension NetworkResult.CategoryResult {
    package var explanation: String {
        switch reason {
        case .answered(true): return say("network.you-answered-yes", "You answered yes.")
        case .answered(false): return say("network.you-answered-no", "You answered no.")
        case .notAnswered:
            return say(
                "network.not-answered-in-the-profile",
                "Not answered in the profile, so this category could not be assessed.")
        case .totalIsZero(let label):
            return say(
                "network.cannot-tell-the-total-is",
                "Cannot tell: the \(label.lowercased()) total is 0, so no share can be worked out.")
        case .incomplete(let label):
            return
                say(
                    "network.could-not-be-assessed-the",
                    "Could not be assessed: the \(label.lowercased()) headcounts are missing. Add them to the profile to see the result."
                )
        case .impliedBy(let n):
            return
                say(
                    "network.met-because-category-is-met",
                    "Met because category \(n) is met: an organisation that meets it works with racially minoritised people."
                )
        case .shares(let threshold, let skipped, let readings):
            let used = shares.filter { ($0.whole ?? 0) > 0 }
            let shown = used.map { share -> String in
                let part = share.part.map(String.init) ?? "?"
                let whole = share.whole.map(String.init) ?? "?"
                var text = share.label.lowercased() + " " + say("report.points-of-max", "\(part) of \(whole)")
                if let p = share.part, let w = share.whole {
                    text += " (\(Wording.sharePercent(p, w, threshold: threshold)))"
                }
                if share.undisclosed > 0 {
                    text += say(
                        "network.with-preferring-not-to-say", " with \(share.undisclosed) preferring not to say")
                }
                return text
            }.joined(separator: ", ")
            let need = NumberText.plain(threshold)
            let undisclosed = used.reduce(0) { $0 + $1.undisclosed }
            var text: String
            switch outcome {
            case .dependsOnReading:
                text = say("network.depends-on-how-the-rule", "Depends on how the rule is read: \(shown). ")
                if readings.dependsOnUndisclosed {
                    text +=
                        say(
                            "network.counting-the-who-prefer-not",
                            "Counting the \(undisclosed) who prefer not to say as not identifying as Black, Asian or minority ethnic, \(Wording.readingText(readings.apart, readings.together)); counting them as identifying, \(Wording.readingText(readings.apartCountingUndisclosed, readings.togetherCountingUndisclosed))."
                        )
                } else {
                    text +=
                        readings.apart
                        ? say("network.each-group-reaches", "Each group reaches \(need)%")
                        : say("network.not-every-group-reaches-on", "Not every group reaches \(need)% on its own")
                    text +=
                        readings.together
                        ? say("network.and-together-they-do", ", and together they do.")
                        : say("network.and-together-they-do-not", ", and together they do not.")
                }
                text += say(
                    "network.ask-the-network-co-ordinator", " Ask the network co-ordinator which reading applies.")
            default:
                let verdict = outcome == .met ? say("network.met", "Met") : say("network.not-met", "Not met")
                text =
                    used.count > 1
                    ? say(
                        "network.each-needs-to-be-at",
                        "\(verdict): \(shown); each needs to be at least \(need)%, counted separately and together.")
                    : say("network.it-needs-to-be-at", "\(verdict): \(shown); it needs to be at least \(need)%.")
                if undisclosed > 0 {
                    text += say(
                        "network.the-result-is-the-same",
                        " The result is the same whether those who prefer not to say are counted in or out.")
                }
            }
            if !skipped.isEmpty {
                text +=
                    say(
                        "network.there-is-no-to-count",
                        " There is no \(Wording.orList(skipped.map { $0.lowercased() })) to count, so this is judged on the \(used.map { $0.label.lowercased() }.joined(separator: " and ")) alone."
                    )
            }
            return text
        }
    }
}

extension Wording {
    /// A share as a percentage that never shows a share under the threshold as the threshold (or
    /// one over it as under): one decimal place, more where rounding would cross the line, and
    /// "just under 50%" where even four would: 1000 of 2001 reads "49.98%", not "50%".
    static func sharePercent(_ part: Int, _ whole: Int, threshold: Double) -> String {
        guard whole > 0 else { return "?" }
        let reaches = Double(part) * 100 >= threshold * Double(whole)
        let exact = Double(part) * 100 / Double(whole)
        var scale = 1.0
        for places in 1...4 {
            scale *= 10
            let shown = (exact * scale).rounded() / scale
            if (shown >= threshold) == reaches {
                return (places == 1 ? NumberText.plain(shown) : String(shown)) + "%"
            }
        }
        return "\(reaches ? "just over" : "just under") \(NumberText.plain(threshold))%"
    }

    /// One way of counting those who prefer not to say: "it is met", "it is not met", or "it is
    /// met only counting the board and senior staff together".
    static func readingText(_ apart: Bool, _ together: Bool) -> String {
        if apart == together {
            return apart ? say("network.it-is-met", "it is met") : say("network.it-is-not-met", "it is not met")
        }
        return say("network.it-is-met-only-counting", "it is met only counting the groups together")
    }

    /// The network result in one sentence: which categories are met, which could not be assessed,
    /// or that it was not assessed at all. Never "meets none" when a category could not be told.
    static func networkSummary(_ n: NetworkResult) -> String {
        guard n.assessed else {
            return say(
                "network.not-assessed-the-organisation-profile",
                "Not assessed: the organisation profile was not filled in.")
        }
        let met = n.metNumbers
        let depends = n.categories.filter { $0.outcome == .dependsOnReading }.map { String($0.category.number) }
        let unknown = n.categories.filter { $0.outcome == .cannotTell }.map { String($0.category.number) }
        var text: String
        if met.isEmpty {
            text =
                unknown.isEmpty && depends.isEmpty
                ? say("network.the-profile-meets-none-of", "The profile meets none of the membership categories.")
                : say(
                    "network.the-profile-meets-none-of-2",
                    "The profile meets none of the membership categories it could be assessed on.")
        } else {
            let list = met.map(String.init).joined(separator: ", ")
            text = say(
                "network.the-profile-meets-categories", count: met.count, one: "The profile meets category \(list).",
                other: "The profile meets categories \(list).")
        }
        if !unknown.isEmpty {
            let list = Wording.andList(unknown)
            text += say(
                "network.categories-could-not-be-assessed", count: unknown.count,
                one: " Category \(list) could not be assessed: the profile is missing what it needs (see below).",
                other: " Categories \(list) could not be assessed: the profile is missing what they need (see below).")
        }
        if !depends.isEmpty {
            let list = Wording.andList(depends)
            text += say(
                "network.categories-depend-on-reading", count: depends.count,
                one: " Category \(list) depends on how the rule is read (see below).",
                other: " Categories \(list) depend on how the rule is read (see below).")
        }
        return text
    }
}
