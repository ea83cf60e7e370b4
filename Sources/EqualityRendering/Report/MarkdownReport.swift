import EqualityCore

/// The gap report as GitHub-flavoured Markdown: the report document (`GapReportDocument`) as
/// `MarkdownWriter` writes it. Every value from the answers or the framework is escaped; tables
/// have one row per line so common viewers render them.
package enum MarkdownReport {
    package static func render(_ r: GapReport) -> String {
        MarkdownWriter.render(GapReportDocument.build(r))
    }
}
