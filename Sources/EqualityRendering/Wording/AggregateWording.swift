import EqualityCore

/// How an aggregate's cells, headline and disclosure-control method read.
extension AggregateReport.Cell {
    /// A rounded count, a measure with one decimal place, or "not shown".
    func text(_ unit: String = "") -> String {
        switch self {
        case .count(let v): return String(v) + unit
        case .measure(let v): return NumberText.oneDecimal(v) + unit
        case .withheld: return "not shown"
        }
    }
}

extension AggregateReport {
    /// Column labels for the response counts: the scale's responses, then unanswered and not asked.
    var responseLabels: [String] { framework.scale.responses.map(\.label) + ["Unanswered", "Not asked"] }

    /// What was read, used and left out (all rounded), and whether anything could be published.
    public var headline: String {
        let counts =
            "Answer files read: \(filesRead.text()); used: \(filesUsed.text()); left out: \(filesLeftOut.text()) (each rounded to a multiple of 5)."
        switch outcome {
        case .published:
            return counts
        case .tooFew:
            return
                "Nothing can be published: fewer than \(minCount) answer sets could be used, and figures from so few could reveal individual respondents. \(counts) The private log (--log FILE) says which files were left out and why."
        case .unsafe:
            return
                "Nothing can be published: every rounding tried left at least one figure that could be worked out exactly from the others. \(counts)"
        }
    }

    /// The disclosure-control method, named, with its sources.
    var methodNote: String {
        "Disclosure control: every count is randomly rounded to a multiple of 5 (unbiased random rounding to base 5, the method Statistics Canada applies to every count in its census tables), so a 0 may stand for 0 to 4 and any other count may be up to 4 away from the true one, and rounded counts need not add up exactly. Percentages, means and pooled scores are worked out from the rounded counts and shown only when the rounded count they divide by is at least \(minCount). Nothing is published from fewer than \(minCount) answer sets. The rounding is drawn again whenever one rounded figure could be worked out exactly from the others (a check against the published “unrounding” attacks on random rounding); reports of the same answer sets are identical, and reports that differ by one answer set are rounded afresh. No file name, organisation, role or free text appears in this report."
    }

    static let methodSources = [
        "Statistics Canada, 2011 Census: Data Quality and Confidentiality Standards and Guidelines (random rounding to base 5; no figures for populations under a minimum size)",
        "Federal Committee on Statistical Methodology, Statistical Policy Working Paper 22: Report on Statistical Disclosure Limitation Methodology (1994; random and controlled rounding, auditing tables)",
        "Random (Un)rounding: Vulnerabilities in Discrete Attribute Disclosure in the 2021 Canadian Census (arXiv 2307.13859; why rounded tables need an audit)",
    ]

    var pooledNote: String {
        "A pooled score is the weighted points of every scored answer as a share of the most they could be, from the rounded counts (fully in place without evidence scores as mostly in place). It is not the average of each respondent's score."
    }
}
