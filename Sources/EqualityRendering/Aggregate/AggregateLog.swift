import EqualityCore

/// The private log of an aggregate run: which files were counted, which were duplicates of which,
/// and which were left out and why, with exact counts. It names files, so it is for the person
/// running the tool, never for publication (it is written readable by its owner only).
package enum AggregateLog {
    package static func render(_ result: Aggregator.Result, _ report: AggregateReport) -> String {
        var t: ConsoleText =
            "equality-assess aggregate: private log. It names files and gives exact counts: do not publish it.\n"
        t +=
            "Framework: \(report.framework.id) version \(report.framework.version.description)\nFiles read: \(result.files); respondents counted: \(result.tally.respondents); duplicates counted once: \(result.duplicates.count); left out: \(result.excluded.count) (exact counts)\n"
        t += "Published: \(report.outcome == .published ? "yes" : "no, \(report.headline)")\n\nLeft out:\n"
        if result.excluded.isEmpty { t += "  none\n" }
        for x in result.excluded {
            switch x.reason {
            case .otherFramework(let id):
                t += "  \(x.file): answers \(id); aggregate it with --framework \(id)\n"
            case .invalid(let diagnostics):
                t += "  \(x.file): \(diagnostics.map(\.placeAndMessage).joined(separator: "; "))\n"
            case .conflicting(let others):
                t +=
                    "  \(x.file): names the same organisation and exercise as \(others.joined(separator: ", ")), with the same latest date and different answers; keep the one that stands and remove the others\n"
            }
        }
        t += "\nDuplicates (counted once):\n"
        if result.duplicates.isEmpty { t += "  none\n" }
        for d in result.duplicates {
            switch d.reason {
            case .sameRespondent:
                t +=
                    "  \(d.file): the same organisation and exercise as \(d.kept), which is dated later or is the same\n"
            case .sameAnswers:
                t += "  \(d.file): the same answers to every question as \(d.kept), which counts instead\n"
            }
        }
        t += "\nCounted:\n"
        for file in result.counted { t += "  \(file)\n" }
        return t.text
    }
}
