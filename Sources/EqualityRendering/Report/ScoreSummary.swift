import EqualityCore

/// The short terminal summary printed by `score` (and at the end of `ask`): overall band, stage
/// bars in text, top five gaps and flags. Colour is added only for a terminal without NO_COLOR.
/// Everything from the answers or the framework is interpolated into `ConsoleText`, so it is
/// sanitised on the way in.
package enum ScoreSummary {
    package static func render(_ r: GapReport, colour: Bool) -> String {
        let a = r.assessment
        var s: ConsoleText = "\(r.framework.title) (\(r.framework.id) \(r.framework.version.description))\n"
        s += "Organisation: \(Wording.orNone(r.respondent.organisation))\n"
        s += "Exercise: \(Wording.orNone(r.respondent.exercise))\n"
        s += "Date: \(r.dateText)\n\n"
        s += "Overall: \(ConsoleText("\(Wording.scoreText(a.overall))").bold(colour))\n"
        if !a.contextStated {
            s +=
                "Legal context: not stated, so every legal duty and question that depends on it is treated as applying\n"
        }
        s +=
            "Completion: \(Wording.completionLine(a.completion))\n\n"
        let names = a.stages.map { stage -> ConsoleText in "\(stage.stage.name)" }
        let width = names.map(\.text.count).max() ?? 0
        for (stage, name) in zip(a.stages, names) {
            let bar = "[" + Wording.bar(stage.score.percent, filled: "#", empty: ".") + "]"
            s += "  \(name.padded(to: width))  \(bar)  \(Wording.scoreText(stage.score))\n"
        }
        s += "\nLegal risks: \(a.legalRisks.count)\n"
        for f in a.legalRisks {
            let duty = r.framework.legalDuty(f.question.legalDuty ?? "")?.name ?? ""
            // The question as well as the duty, so two risks on one duty read differently.
            s +=
                "  \(ConsoleText("!").painted("31;1", colour)) \(f.question.id) \(Wording.shorten(f.question.text, 70))\n"
            s += "      \(duty): \(Wording.responseText(f).lowercased())\n"
        }
        s += "\nTop gaps:\n"
        if a.topGaps.isEmpty { s += "  none\n" }
        for (i, g) in a.topGaps.enumerated() {
            s +=
                "  \(i + 1). \(g.question.id) \(Wording.shorten(g.question.text, 70)) (\(Wording.responseText(g).lowercased())\(g.isLegalRisk ? ", legal risk" : ""))\n"
        }
        let notAsked = r.conditionNotMet.count + r.notInContext.count
        let byContext = r.notInContext.isEmpty ? "" : " (\(r.notInContext.count) ruled out by the legal context)"
        s +=
            "\nFlags: \(r.unevidenced.count) unevidenced, \(r.dontKnow.count) don't know, \(r.unanswered.count) unanswered, \(r.notApplicable.count) not applicable, \(notAsked) not asked\(byContext)\n"
        if let n = a.network {
            let met = n.metNumbers
            let open = n.categories.filter { $0.outcome == .cannotTell || $0.outcome == .dependsOnReading }
                .map { String($0.category.number) }
            var result =
                !n.assessed
                ? "not assessed (no profile)"
                : met.isEmpty
                    ? (open.isEmpty ? "no category met" : "no category met of those that could be settled")
                    : "categories met: " + met.map(String.init).joined(separator: ", ")
            if n.assessed && !open.isEmpty {
                result += "; not settled: \(ListText.and(open)) (see the report)"
            }
            s += "\(n.network.name): \(result)\n"
        }
        return s.text
    }
}
