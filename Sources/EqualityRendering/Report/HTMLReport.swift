import EqualityCore

/// The gap report as one self-contained, printable HTML file: the report document
/// (`GapReportDocument`) as `HTMLWriter` writes it, with no scripts, no external requests, an
/// inline SVG chart with text labels, captioned tables with header scopes, and A4 print rules.
/// The summary a board acts on comes first and fits two A4 pages; the findings follow the action
/// plan as an appendix.
package enum HTMLReport {
    package static func render(_ r: GapReport) -> String {
        HTMLPage.document(
            title: "\(r.title): \(r.respondent.organisation.isEmpty ? "not given" : r.respondent.organisation)",
            body: HTMLWriter.body(GapReportDocument.build(r)), extraCSS: HTMLPage.reportStylesheet,
            footer: r.pageFooterLines)
    }
}
