/// A first draft for the group to agree: an ordinary answer file taking, for each question, the
/// lowest rating any perspective gave with evidence or reasons, and recording in its notes what
/// each perspective said. People with lived experience are never named; when protected, their
/// view is recorded only as "raised concerns" or "no concerns raised".
public enum ConsensusDraft {
    public static func make(_ voices: [PerspectiveComparison.Voice], comparison: PerspectiveComparison) -> AnswerSet {
        let framework = comparison.framework
        let lead = voices.first { $0.perspective == .commissioner } ?? voices[0]
        let dates = voices.map(\.assessment.answers.respondent.date).filter { !$0.isBlank }.sorted()
        var set = AnswerSet(
            framework: framework.id, frameworkVersion: framework.version.description,
            respondent: Respondent(
                organisation: lead.assessment.answers.respondent.organisation, role: "", perspective: "",
                exercise: comparison.exercise, date: dates.last ?? ""))
        set.context = lead.assessment.answers.context
        set.agreedWith = comparison.perspectives
        set.profile = lead.assessment.answers.profile
        for row in comparison.questions {
            let q = row.question
            // Candidates: a scored rating (not "don't know") given with evidence or reasons.
            var best: (points: Int, finding: Finding, perspective: Perspective)?
            for voice in voices {
                guard let f = voice.assessment.finding(q.id), let points = f.points, !f.flags.contains(.unanswered),
                    !f.flags.contains(.dontKnow), !(f.evidence.isBlank && f.notes.isBlank)
                else { continue }
                if voice.perspective == .livedExperience && comparison.livedExperienceProtected { continue }
                if let current = best, points >= current.points { continue }
                best = (points, f, voice.perspective)
            }
            var said: [String] = []
            for (perspective, rating) in row.ratings {
                switch rating {
                case .points(let mean, let count):
                    said.append(
                        "\(perspective.label): \(NumberText.oneDecimal(mean)) of \(framework.scale.maxPoints)\(count > 1 ? " (mean of \(count))" : "")"
                    )
                case .concerns(let raised):
                    said.append("\(perspective.label): \(raised ? "raised concerns" : "no concerns raised")")
                case .notRated: said.append("\(perspective.label): not rated")
                }
            }
            var notes = "Draft for agreement. " + said.joined(separator: "; ") + "."
            guard let best else {
                set.answers.append(Answer(question: q.id, response: nil, evidence: "", notes: notes))
                continue
            }
            notes += " Draft takes the lowest rating given with evidence or reasons (\(best.perspective.label))."
            let evidence = row.evidence.map { "\($0.0.label): \($0.1)" }.joined(separator: "\n")
            set.answers.append(
                Answer(question: q.id, response: best.finding.response?.id, evidence: evidence, notes: notes))
        }
        return set
    }
}
