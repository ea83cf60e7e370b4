/// Several perspectives on one exercise, side by side: for each question and stage, what each
/// perspective rated; where they differ by two points or more; and the stages where the
/// commissioner rates higher than the people the service is for. People with lived experience are
/// protected: never named, and when fewer than `minCount` of them answered, their view is shown
/// only as "raised concerns" or "no concerns raised" per question, never as a rating.
package struct PerspectiveComparison: Sendable {
    /// One answer set and whose view it gives.
    package struct Voice: Sendable {
        package var perspective: Perspective
        package var assessment: Assessment

        package init(perspective: Perspective, assessment: Assessment) {
            self.perspective = perspective
            self.assessment = assessment
        }
    }

    package enum Rating: Sendable, Equatable {
        /// The mean points (0 to the scale's maximum) of this perspective's scored answers, and how many.
        case points(Double, count: Int)
        /// Lived experience below the minimum count: whether anyone rated it under "mostly in place".
        case concerns(Bool)
        /// Answered, but nothing scored (not applicable or don't know only).
        case notRated
        /// Nobody of this perspective answered it.
        case notAnswered
        /// Not asked of this perspective: the legal context rules it out, or (for people with lived
        /// experience) the Easy Read form does not ask it. Never compared.
        case notAsked
    }

    package struct QuestionRow: Sendable {
        package var question: Question
        package var ratings: [(Perspective, Rating)]
        /// Highest minus lowest numeric rating, when at least two perspectives gave one.
        package var spread: Double?
        /// The commissioner rated it mostly or fully in place while people with lived experience rated
        /// it lower (or, when protected, raised concerns).
        package var commissionerAboveLivedExperience: Bool
        /// Evidence and notes each perspective gave; lived experience only when not protected, and
        /// never with a name.
        package var evidence: [(Perspective, String)]
        /// The same, evidence and notes apart, for a report to label in its own language.
        package var said: [(perspective: Perspective, evidence: String, notes: String)] = []
    }

    package struct StageRow: Sendable {
        package var stage: Stage
        /// Each perspective's mean stage percentage; lived experience is nil when protected.
        package var scores: [(Perspective, Double?)]
        package var commissionerHigher: Bool
        /// How many of the stage's questions every perspective was asked (the scores rest on these).
        package var shared: Int
    }

    package var framework: Framework
    package var exercise: String
    package var minCount: Int
    package var counts: [(Perspective, Int)]
    package var livedExperienceProtected: Bool
    package var questions: [QuestionRow]
    package var stages: [StageRow]
    /// The questions every perspective present was asked: the stage scores are worked out on these
    /// alone, so a stage is compared on the same questions for everyone.
    package var common: [String]

    package var perspectives: [Perspective] { counts.map(\.0) }
    package var differences: [QuestionRow] { questions.filter { ($0.spread ?? 0) >= 2 } }

    /// `voices` are answer sets of one exercise and framework, at least one (the command asks for
    /// two). `livedExperienceQuestions` are the questions people with lived experience are asked
    /// (the Easy Read form's: `EasyRead.isForLivedExperience`); nil asks them everything.
    package init(_ voices: [Voice], minCount: Int, livedExperienceQuestions: Set<String>? = nil) {
        let framework = voices[0].assessment.framework
        self.framework = framework
        self.minCount = minCount
        exercise = voices[0].assessment.answers.respondent.exercise
        let present = Set(voices.map(\.perspective)).sorted()
        counts = present.map { p in (p, voices.filter { $0.perspective == p }.count) }
        let livedCount = voices.filter { $0.perspective == .livedExperience }.count
        livedExperienceProtected = livedCount > 0 && livedCount < minCount
        let protected = livedExperienceProtected
        let maxPoints = Double(framework.scale.maxPoints)

        // Asked of a perspective: the legal context of one of its answer sets asks it, and people with
        // lived experience are asked only what they can answer from their own experience.
        func asked(_ p: Perspective, _ id: String) -> Bool {
            if p == .livedExperience, let set = livedExperienceQuestions, !set.contains(id) { return false }
            return voices.contains { $0.perspective == p && $0.assessment.finding(id)?.isAsked == true }
        }
        let common = framework.questions.map(\.id).filter { id in present.allSatisfy { asked($0, id) } }
        self.common = common

        questions = framework.questions.map { question in
            var ratings: [(Perspective, Rating)] = []
            var evidence: [(Perspective, String)] = []
            var said: [(perspective: Perspective, evidence: String, notes: String)] = []
            for p in present {
                guard asked(p, question.id) else {
                    ratings.append((p, .notAsked))
                    continue
                }
                let findings = voices.filter { $0.perspective == p }.compactMap { $0.assessment.finding(question.id) }
                let answered = findings.filter { $0.status == .answered }
                let scored = answered.compactMap(\.points)
                if answered.isEmpty {
                    // Nobody answered: never read as "no concerns raised".
                    ratings.append((p, .notAnswered))
                } else if p == .livedExperience && protected {
                    // "Don't know" is not a concern; a rating below mostly in place is.
                    let rated = answered.filter { !$0.flags.contains(.dontKnow) }.compactMap(\.points)
                    ratings.append(
                        (p, rated.isEmpty ? .notRated : .concerns(rated.contains { Double($0) < maxPoints - 1 })))
                } else {
                    ratings.append(
                        (
                            p,
                            scored.isEmpty
                                ? .notRated
                                : .points(Double(scored.reduce(0, +)) / Double(scored.count), count: scored.count)
                        ))
                    for f in findings {
                        let text = [f.evidence, f.notes].filter { !$0.isBlank }.joined(separator: " Notes: ")
                        if !text.isBlank {
                            evidence.append((p, text))
                            said.append((p, f.evidence, f.notes))
                        }
                    }
                }
            }
            let numbers = ratings.compactMap { _, r -> Double? in
                if case .points(let v, _) = r { return v } else { return nil }
            }
            let spread = numbers.count >= 2 ? (numbers.max() ?? 0) - (numbers.min() ?? 0) : nil
            let commissioner = ratings.first { $0.0 == .commissioner }?.1
            let lived = ratings.first { $0.0 == .livedExperience }?.1
            var above = false
            if case .points(let c, _)? = commissioner, c >= maxPoints - 1 {
                switch lived {
                case .points(let l, _)?: above = l < c
                case .concerns(true)?: above = true
                default: above = false
                }
            }
            return QuestionRow(
                question: question, ratings: ratings, spread: spread, commissionerAboveLivedExperience: above,
                evidence: evidence, said: said)
        }

        let shared = Set(common)
        stages = framework.stages.map { stage in
            let scores = present.map { p -> (Perspective, Double?) in
                // Each answer set's score for the stage on the shared questions only.
                let percents = voices.filter { $0.perspective == p }.compactMap { voice in
                    Scorer.score(
                        voice.assessment.findings.filter {
                            $0.question.stage == stage.id && shared.contains($0.question.id)
                        },
                        framework
                    ).percent
                }
                return (p, percents.isEmpty ? nil : percents.reduce(0, +) / Double(percents.count))
            }
            let commissioner = scores.first { $0.0 == .commissioner }?.1
            let lived = scores.first { $0.0 == .livedExperience }?.1
            let higher = commissioner.flatMap { c in lived.map { c > $0 } } ?? false
            // Protected lived experience: the comparison is made, but its score is not shown.
            let shown = scores.map { p, s in (p, p == .livedExperience && protected ? nil : s) }
            return StageRow(
                stage: stage, scores: shown, commissionerHigher: higher,
                shared: framework.questions.filter { $0.stage == stage.id && shared.contains($0.id) }.count)
        }
    }
}
