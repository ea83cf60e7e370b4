import EqualityCore

/// The gap report as a Word document: the report document (`GapReportDocument`) as `WordWriter`
/// writes it, in the same order as the HTML report: the summary first (scores and the stage
/// bars, legal risks, the network result, the heat map, the top actions with owner and due date,
/// sign-off), then the details, the action plan and the findings as an appendix, and last the
/// method and sources.
package enum WordReport {
    package static func render(_ r: GapReport) -> [UInt8] {
        WordDocument.render(blocks(r), properties(r))
    }

    static func properties(_ r: GapReport) -> WordDocument.Properties {
        .init(
            title: r.title, subject: Wording.orNone(r.respondent.exercise),
            organisation: Wording.orNone(r.respondent.organisation), date: r.date, footer: r.pageFooter)
    }

    static func blocks(_ r: GapReport) -> [OfficeBlock] { WordWriter.blocks(GapReportDocument.build(r)) }
}
