import EqualityCore

/// How an aggregate's cells, headline and disclosure-control method read.
extension AggregateReport.Cell {
    /// A published count, a measure with one decimal place, or "not shown".
    func text(_ unit: String = "") -> String {
        switch self {
        case .count(let v): return String(v) + unit
        case .measure(let v): return NumberText.oneDecimal(v) + unit
        case .withheld: return AggregateText.notShown
        }
    }
}

extension AggregateReport {
    /// Column labels for the response counts: the scale's responses, then unanswered and not asked.
    var responseLabels: [String] {
        framework.scale.responses.map(\.label) + [
            say("aggregate.unanswered", "Unanswered"), say("aggregate.not-asked", "Not asked"),
        ]
    }

    /// What was read, counted, found twice and left out (all as published), and whether anything
    /// could be published.
    package var headline: String {
        let files = say(
            "aggregate.files",
            "duplicate files not counted again: \(filesDuplicate.text()); answer files left out: \(filesLeftOut.text())"
        )
        switch outcome {
        case .published:
            return say(
                "aggregate.headline-published",
                "Respondents counted: \(filesUsed.text()); \(files); answer files read: \(filesRead.text()), the sum of the three. Every figure is rounded by the method below."
            )
        case .tooFew:
            return say(
                "aggregate.headline-too-few",
                "Nothing can be published: fewer than \(minCount) respondents could be counted, and figures from so few could reveal individual respondents. The \(files) (each rounded by the method below). The private log (--log FILE) says which files were counted, counted once or left out, and why."
            )
        case .unsafe:
            return say(
                "aggregate.headline-unsafe",
                "Nothing can be published: on every attempt at least one figure could be worked out exactly from the others. The \(files) (each rounded by the method below)."
            )
        }
    }

    /// The disclosure-control method, named, with its sources, properties and limits.
    var methodNote: String {
        let c = CellKeyPerturbation.self
        return say(
            "aggregate.method-note",
            "Disclosure control: the cell key method, developed by the Australian Bureau of Statistics and used by the Office for National Statistics for the 2021 Census tables. Each answer set has a record key worked out from its content (its organisation and exercise and its answers, never the file’s name, bytes or place in the list), and each published count is read from a fixed table by the true count and a key made from the record keys of the answer sets counted. Our table rounds each count to a multiple of \(c.base), up or down, with the chance of rounding up in proportion to how far the count is past the multiple below (as Statistics Canada rounds its census counts), the key choosing the direction. Its properties: every published count is a multiple of \(c.base), so none is 1 or 2; a published count is at most \(c.maximumChange) from the true one; over all keys the published count averages exactly the true one (unbiased); a true 0 is always published as 0, so a published 0 stands for 0 to \(c.maximumChange) and any other count for a true count above 0. The same answer sets therefore give the same figures in every run, format and file order, whichever other files are left out or repeated; when the answer sets counted change, every figure is drawn afresh, so two reports that differ by one respondent show rounding rather than that respondent’s answers. Each respondent is counted once: answer sets naming the same organisation and exercise are one respondent and the latest date counts (if answer sets of that date differ, all of them are left out), and answer sets with the same answers to every question count once, whatever they are called. Published counts need not add up exactly, except that the answer files read are the sum of the three figures beside them. Percentages, means and pooled scores are worked out from the published counts and shown only when the published count they divide by is at least \(minCount); a count of respondents is published as at most the respondents counted, so no share exceeds 100%. At small counts the rounding can move a mean noticeably (each response count may move by up to \(c.maximumChange), which can shift a mean of ten answers by a point or more), so treat a mean over few answers as a rough guide. Nothing is published from fewer than \(minCount) respondents. If any figure could be worked out exactly from the others, the keys are taken from the next attempt, still from the same answer sets. The method’s limit: it protects against publishing the same answer sets again, not against someone who can add answer sets of their own making and compare the results, so publish once per collection round from files you control. No file name, organisation, role or free text appears in this report."
        )
    }

    static let methodSources = [
        "Office for National Statistics, Protecting personal data in Census 2021 results (methodology: a cell key method applied to each table)",
        "Thompson, Broadfoot and Elazar (Australian Bureau of Statistics), Methodology for the Automatic Confidentialisation of Statistical Outputs from Remote Servers at the Australian Bureau of Statistics (UNECE and Eurostat work session on statistical data confidentiality, Ottawa, 2013; the cell key method)",
        "Statistics Canada, 2011 Census: Data Quality and Confidentiality Standards and Guidelines (random rounding to base 5)",
        "Federal Committee on Statistical Methodology, Statistical Policy Working Paper 22: Report on Statistical Disclosure Limitation Methodology (1994; auditing tables)",
        "Random (Un)rounding: Vulnerabilities in Discrete Attribute Disclosure in the 2021 Canadian Census (arXiv 2307.13859; why published tables need an audit)",
    ]

    var pooledNote: String {
        say(
            "aggregate.pooled-note",
            "A pooled score is the weighted points of every scored answer as a share of the most they could be, from the published counts (fully in place without evidence scores as mostly in place). It is not the average of each respondent's score."
        )
    }
}

/// What the aggregate says in every format, said once.
enum AggregateText {
    static func title(_ r: AggregateReport) -> String { say("aggregate.title", "Aggregate: \(r.framework.title)") }
    static var overall: String { say("aggregate.overall", "Overall") }
    static var stages: String { say("aggregate.stages", "Stages") }
    static var weakest: String { say("aggregate.weakest", "Weakest questions") }
    static var questions: String { say("aggregate.questions", "Questions") }
    static var method: String { say("aggregate.method", "Method") }
    static var noneShown: String { say("aggregate.none-shown", "None can be shown.") }
    static var methodSources: String { say("aggregate.method-sources", "Sources for the method:") }
    static var fullyUnevidenced: String { say("aggregate.fully-unevidenced", "Fully, no evidence") }
    static var notALegalDuty: String { say("aggregate.not-a-legal-duty", "not a legal duty") }
    static var notShown: String { say("aggregate.not-shown", "not shown") }
    static var framework: String { say("questionnaire.framework", "Framework") }
    static var version: String { say("questionnaire.version", "version") }
    static var band: String { say("report.band", "Band") }
    static var respondents: String { say("aggregate.respondents", "Respondents") }
    static var stage: String { say("report.stage", "Stage") }
    static var pooledScore: String { say("aggregate.pooled-score", "Pooled score") }
    static var question: String { say("report.question", "Question") }
    static var scored: String { say("report.scored", "Scored") }
    static var meanPoints: String { say("aggregate.mean-points", "Mean points") }
    static var legalRisks: String { say("aggregate.legal-risks", "Legal risks") }

    /// The two headline figures.
    static func overallLines(_ r: AggregateReport) -> [String] {
        [
            say("aggregate.pooled-overall", "Pooled overall score: \(r.pooledOverall.text("%"))"),
            say(
                "aggregate.respondents-with-legal-risk",
                "Respondents with at least one legal risk: \(r.legalRiskRespondents.text()) (\(r.legalRiskShare.text("%")))"
            ),
        ]
    }
}
