/// A reassessment: two answer sets of the same framework, possibly of different versions. Only
/// questions that exist unchanged in both versions are compared, and the changes are listed.
package struct Comparison: Sendable {
    package struct QuestionChange: Sendable {
        package var id: String
        package var text: String
        var stage: String
        package var before: Finding
        package var after: Finding
    }

    /// A question present in both framework versions but different between them.
    package struct FrameworkChange: Sendable {
        package enum Difference: Sendable, Equatable {
            case wording
            case stage(from: String, to: String)
            case weight(from: Double, to: Double)
            case legalDuty
            case condition
        }

        package var id: String
        package var what: [Difference]
    }

    package var before: Assessment
    package var after: Assessment
    package var sameFramework: Bool
    package var added: [String]
    package var removed: [String]
    package var changed: [FrameworkChange]
    /// Questions compared like with like.
    package var common: [String]
    package var overall: (before: Score, after: Score)
    package var stages: [(stage: Stage, before: Score, after: Score)]
    package var improved: [QuestionChange]
    package var worsened: [QuestionChange]
    package var newlyAnswered: [QuestionChange]
    /// Now marked not applicable (left out of the totals), having been something else.
    package var newlyNotApplicable: [QuestionChange]
    /// Asked before, not asked now: its condition on an earlier answer is no longer met.
    package var noLongerAsked: [QuestionChange]
    /// Not asked before, asked now.
    package var newlyInScope: [QuestionChange]
    package var risksOpened: [QuestionChange]
    package var risksClosed: [QuestionChange]
    package var actionsDone: [Action]
    /// Where each action stands by the tracker, when one was given (`compare --tracker`).
    package var tracking: ActionTracking?

    /// What changed between two versions of a framework, question by question: the one rule
    /// `compare` and the forms (moving a file to the current version) both use.
    package static func changes(from old: Framework, to new: Framework)
        -> (added: [String], removed: [String], changed: [FrameworkChange], common: [String])
    {
        let added = new.questions.map(\.id).filter { old.question($0) == nil }
        let removed = old.questions.map(\.id).filter { new.question($0) == nil }
        var changed: [FrameworkChange] = []
        var common: [String] = []
        for q in new.questions {
            guard let p = old.question(q.id) else { continue }
            var what: [FrameworkChange.Difference] = []
            // Wording is compared as the frameworks are written, so a translation is never a change.
            if old.textAsWritten(p) != new.textAsWritten(q) { what.append(.wording) }
            if p.stage != q.stage { what.append(.stage(from: p.stage, to: q.stage)) }
            if p.weight != q.weight { what.append(.weight(from: p.weight, to: q.weight)) }
            if p.legalDuty != q.legalDuty { what.append(.legalDuty) }
            if p.condition != q.condition { what.append(.condition) }
            if what.isEmpty { common.append(q.id) } else { changed.append(FrameworkChange(id: q.id, what: what)) }
        }
        return (added, removed, changed, common)
    }

    package init(before: Assessment, after: Assessment) {
        self.before = before
        self.after = after
        let old = before.framework
        let new = after.framework
        sameFramework = old.id == new.id && old.version == new.version && old.sha256 == new.sha256
        (added, removed, changed, common) = Self.changes(from: old, to: new)
        let like = Set(common)
        let b = before.findings.filter { like.contains($0.question.id) }
        let a = after.findings.filter { like.contains($0.question.id) }
        overall = (Scorer.score(b, old), Scorer.score(a, new))
        stages = new.stages.map { stage in
            (
                stage, Scorer.score(b.filter { $0.question.stage == stage.id }, old),
                Scorer.score(a.filter { $0.question.stage == stage.id }, new)
            )
        }
        var pairs: [QuestionChange] = []
        for id in common {
            guard let f0 = before.finding(id), let f1 = after.finding(id) else { continue }
            pairs.append(
                QuestionChange(id: id, text: f1.question.text, stage: f1.question.stage, before: f0, after: f1))
        }
        improved = pairs.filter { p in
            guard let x = p.before.points, let y = p.after.points else { return false }
            return y > x && p.before.status == .answered
        }
        worsened = pairs.filter { p in
            guard let x = p.before.points, let y = p.after.points else { return false }
            return y < x
        }
        newlyAnswered = pairs.filter { $0.before.status == .unanswered && $0.after.status == .answered }
        risksOpened = pairs.filter { !$0.before.isLegalRisk && $0.after.isLegalRisk }
        risksClosed = pairs.filter { $0.before.isLegalRisk && !$0.after.isLegalRisk }
        let stillOpen = Set(after.actions.map(\.id))
        func notAsked(_ f: Finding) -> Bool { !f.isAsked }
        newlyNotApplicable = pairs.filter {
            $0.after.flags.contains(.notApplicable) && !$0.before.flags.contains(.notApplicable)
        }
        noLongerAsked = pairs.filter { !notAsked($0.before) && notAsked($0.after) }
        newlyInScope = pairs.filter { notAsked($0.before) && !notAsked($0.after) }
        // Done only when the question now scores full marks: an action whose question dropped out
        // (not applicable, no longer asked) is not done.
        let fullMarks = Set(after.findings.filter { $0.points != nil && $0.points == $0.maxPoints }.map(\.question.id))
        actionsDone = before.actions.filter {
            like.contains($0.question) && !stillOpen.contains($0.id) && fullMarks.contains($0.question)
        }
    }
}
