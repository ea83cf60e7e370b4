/// The short terminal summary printed by `score` (and at the end of `ask`): overall band, stage
/// bars in text, top five gaps and flags. Colour is added only for a terminal without NO_COLOR.
public enum ScoreSummary {
    public static func render(_ r: GapReport, colour: Bool) -> String {
        let a = r.assessment
        let t = { (s: String) in TerminalText.sanitise(s, keepNewlines: false) }
        func paint(_ text: String, _ code: String) -> String { colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
        var s = "\(t(r.framework.title)) (\(r.framework.id) \(r.framework.version))\n"
        s += "Organisation: \(t(MarkdownReport.orNone(r.respondent.organisation)))\n"
        s += "Exercise: \(t(MarkdownReport.orNone(r.respondent.exercise)))\n"
        s += "Date: \(t(r.dateText))\n\n"
        s += "Overall: " + paint(GapReport.scoreText(a.overall), "1") + "\n"
        s += "Completion: \(a.completion.answered) of \(a.completion.total) answered\(a.completion.isProvisional ? " (provisional)" : "")\n\n"
        let width = a.stages.map(\.stage.name.count).max() ?? 0
        for stage in a.stages {
            let filled = stage.score.percent.map { Int(($0 / 5).rounded()) } ?? 0
            let bar = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]"
            s += "  \(t(stage.stage.name).padding(width))  \(bar)  \(GapReport.scoreText(stage.score))\n"
        }
        s += "\nLegal risks: \(a.legalRisks.count)\n"
        for f in a.legalRisks { s += "  " + paint("!", "31;1") + " \(f.question.id) \(t(r.framework.legalDuty(f.question.legalDuty ?? "")?.name ?? "")): \(GapReport.responseText(f).lowercased())\n" }
        s += "\nTop gaps:\n"
        if a.topGaps.isEmpty { s += "  none\n" }
        for (i, g) in a.topGaps.enumerated() {
            s += "  \(i + 1). \(g.question.id) \(t(shorten(g.question.text, 70))) (\(GapReport.responseText(g).lowercased())\(g.isLegalRisk ? ", legal risk" : ""))\n"
        }
        s += "\nFlags: \(r.unevidenced.count) unevidenced, \(r.dontKnow.count) don't know, \(r.unanswered.count) unanswered, \(r.notApplicable.count) not applicable, \(r.conditionNotMet.count) not asked\n"
        if let n = a.network {
            let met = n.metNumbers
            s += "\(t(n.network.name)): \(met.isEmpty ? "no category met" : "categories met: " + met.map(String.init).joined(separator: ", "))\n"
        }
        return s
    }

    static func shorten(_ text: String, _ limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
