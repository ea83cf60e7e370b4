/// A first draft for the group to agree: an ordinary answer file taking, for each question, the
/// lowest rating any perspective gave with evidence or reasons, and recording in its notes what
/// each perspective said. People with lived experience are never named; when protected, their
/// view is recorded only as "raised concerns" or "no concerns raised".
package enum ConsensusDraft {
    package static func make(_ voices: [PerspectiveComparison.Voice], comparison: PerspectiveComparison) -> AnswerSet {
        let framework = comparison.framework
        let lead = voices.first { $0.perspective == .commissioner } ?? voices[0]
        let dates = voices.map(\.assessment.answers.respondent.date).filter { !$0.isBlank }.sorted()
        var set = AnswerSet(
            framework: framework.id, frameworkVersion: framework.version.description,
            respondent: Respondent(
                organisation: lead.assessment.answers.respondent.organisation, role: "", perspective: "",
                exercise: comparison.exercise, date: dates.last ?? ""))
        set.context = lead.assessment.answers.context
        // Who it was drawn from; who agreed it is for the group to say (in the form, ask or the CSV).
        set.drawnFrom = comparison.perspectives
        set.profile = lead.assessment.answers.profile
        let protected = comparison.livedExperienceProtected
        for row in comparison.questions {
            let q = row.question
            let choice = pick(q.id, voices)
            var said: [String] = []
            for (perspective, rating) in row.ratings {
                switch rating {
                case .points(let mean, let count):
                    said.append(
                        "\(perspective.label): \(NumberText.oneDecimal(mean)) of \(framework.scale.maxPoints)\(count > 1 ? " (mean of \(count))" : "")"
                    )
                case .concerns(let raised):
                    said.append("\(perspective.label): \(raised ? "raised concerns" : "no concerns raised")")
                case .notRated: said.append("\(perspective.label): not scored (not applicable or don't know)")
                case .notAnswered: said.append("\(perspective.label): not answered")
                case .notAsked: said.append("\(perspective.label): not asked")
                }
            }
            var notes = "Draft for agreement. " + said.joined(separator: "; ") + "."
            guard let choice else {
                set.answers.append(Answer(question: q.id, response: nil, evidence: "", notes: notes))
                continue
            }
            let fromProtected = choice.perspective == .livedExperience && protected
            if fromProtected {
                notes += " Draft takes a lower rating raised by people with lived experience."
            } else {
                notes += " Draft takes the \(choice.rule) (\(choice.perspective.label))."
                // A "not applicable" keeps the reason given, which the rules require.
                if choice.finding.flags.contains(.notApplicable), !choice.finding.notes.isBlank {
                    notes += " Reason given: \(choice.finding.notes)"
                }
            }
            let evidence = row.evidence.map { "\($0.0.label): \($0.1)" }.joined(separator: "\n")
            set.answers.append(
                Answer(question: q.id, response: choice.finding.response?.id, evidence: evidence, notes: notes))
        }
        return set
    }

    /// The rating a draft proposes for one question, from every perspective (lived experience
    /// included, whatever their number): the lowest scored rating given with evidence or a reason;
    /// failing that, the lowest scored rating given at all; then "don't know"; then "not
    /// applicable". Nil only when nobody answered it.
    static func pick(_ question: String, _ voices: [PerspectiveComparison.Voice])
        -> (finding: Finding, perspective: Perspective, rule: String)?
    {
        var answered: [(finding: Finding, perspective: Perspective)] = []
        for voice in voices {
            guard let f = voice.assessment.finding(question), f.status == .answered else { continue }
            answered.append((f, voice.perspective))
        }
        func lowest(_ candidates: [(finding: Finding, perspective: Perspective)])
            -> (finding: Finding, perspective: Perspective)?
        {
            candidates.min { ($0.finding.points ?? 0) < ($1.finding.points ?? 0) }
        }
        let scored = answered.filter { $0.finding.points != nil && !$0.finding.flags.contains(.dontKnow) }
        let supported = scored.filter { !($0.finding.evidence.isBlank && $0.finding.notes.isBlank) }
        if let best = lowest(supported) {
            return (best.finding, best.perspective, "lowest rating given with evidence or reasons")
        }
        if let best = lowest(scored) {
            return (best.finding, best.perspective, "lowest rating given (none came with evidence or reasons)")
        }
        if let unknown = answered.first(where: { $0.finding.flags.contains(.dontKnow) }) {
            return (unknown.finding, unknown.perspective, "\"don't know\" given")
        }
        if let excluded = answered.first(where: { $0.finding.flags.contains(.notApplicable) }) {
            return (excluded.finding, excluded.perspective, "\"not applicable\" given")
        }
        return nil
    }
}
