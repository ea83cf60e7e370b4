import EqualityCore

/// The private log of an aggregate run: which files were used and which were left out, and why,
/// with exact counts. It names files, so it is for the person running the tool, never for
/// publication.
public enum AggregateLog {
    public static func render(_ result: Aggregator.Result, _ report: AggregateReport) -> String {
        let left = Set(result.excluded.map(\.file))
        var t: ConsoleText =
            "equality-assess aggregate: private log. It names files: do not publish it.\n"
        t +=
            "Framework: \(report.framework.id) version \(report.framework.version.description)\nFiles read: \(result.files); used: \(result.tally.respondents); left out: \(result.excluded.count) (exact counts)\n"
        t += "Published: \(report.outcome == .published ? "yes" : "no, \(report.headline)")\n\nLeft out:\n"
        if result.excluded.isEmpty { t += "  none\n" }
        for x in result.excluded {
            switch x.reason {
            case .otherFramework(let id):
                t += "  \(x.file): answers \(id); aggregate it with --framework \(id)\n"
            case .invalid(let diagnostics):
                t += "  \(x.file): \(diagnostics.map(\.placeAndMessage).joined(separator: "; "))\n"
            }
        }
        t += "\nUsed:\n"
        for file in result.fileNames where !left.contains(file) { t += "  \(file)\n" }
        return t.text
    }
}
