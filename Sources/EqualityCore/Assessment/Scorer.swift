/// Scores a validated answer set against its framework, following the rules the framework holds
/// as data (points, the evidence rule, exclusions, weights, bands, the legal-risk threshold).
/// The fillable form's live summary applies the same rules in the browser (`assess` in
/// `EqualityRendering/Browser/questionnaire-form.js`, from the data block's `scoring` table);
/// `.ci/form_agreement.py` pins the two together over random answer sets.
package enum Scorer {
    /// The scoring of one question, as plain values: what both a report's `Finding` and an
    /// aggregate's tally are built from, so the rules live in one place.
    package struct Evaluation: Sendable {
        package enum Kind: Sendable { case notAsked, unanswered, answered }
        var kind: Kind
        /// Index into the scale's responses of the response given, and of the one scored.
        var response: Int?
        var scoredAs: Int?
        /// nil when excluded from the totals (not applicable, not asked).
        var points: Int?
        var unevidenced: Bool
        var legalRisk: Bool
    }

    /// `parentResponse` is the answer to the question this one's condition names, if it has one.
    /// `dutyCounts` is false when the question's legal duty does not apply in the respondent's
    /// context; `askedInContext` is false when the context rules the question itself out.
    static func evaluate(
        _ question: Question, _ answer: Answer?, parentResponse: String?, _ scale: ResponseScale,
        dutyCounts: Bool = true, askedInContext: Bool = true
    ) -> Evaluation {
        var e = Evaluation(
            kind: .unanswered, response: nil, scoredAs: nil, points: 0, unevidenced: false, legalRisk: false)
        guard askedInContext else {
            e.kind = .notAsked
            e.points = nil
            return e
        }
        if let condition = question.condition {
            guard let parent = parentResponse, condition.responses.contains(parent) else {
                e.kind = .notAsked
                e.points = nil
                return e
            }
        }
        if let responseID = answer?.response, let index = scale.responses.firstIndex(where: { $0.id == responseID }) {
            let option = scale.responses[index]
            e.kind = .answered
            e.response = index
            guard let points = option.points else {
                e.points = nil
                return e
            }
            e.scoredAs = index
            e.points = points
            if let fallback = option.withoutEvidence, !(answer?.hasEvidence ?? false),
                let weaker = scale.responses.firstIndex(where: { $0.id == fallback })
            {
                e.scoredAs = weaker
                e.points = scale.responses[weaker].points ?? 0
                e.unevidenced = true
            }
        }
        e.legalRisk = question.legalDuty != nil && dutyCounts && (e.points ?? 0) < scale.legalRiskBelow
        return e
    }

    /// Evaluations and scores only: what aggregation needs, without building findings.
    package struct Summary: Sendable {
        var evaluations: [Evaluation]
        var stages: [Score]
        var overall: Score
    }

    static func summary(_ answers: AnswerSet, framework: Framework) -> Summary {
        // Answers by question position (the first, if a file repeats one): no string-keyed table.
        var position = [Int](repeating: -1, count: framework.questions.count)
        for (i, answer) in answers.answers.enumerated() {
            if let q = framework.questionIndex[answer.question]
                ?? framework.questions.firstIndex(where: { $0.id == answer.question }), position[q] < 0
            {
                position[q] = i
            }
        }
        func answer(_ q: Int) -> Answer? { position[q] >= 0 ? answers.answers[position[q]] : nil }
        let scale = framework.scale
        var points = [Double](repeating: 0, count: framework.stages.count)
        var max = points
        var evaluations: [Evaluation] = []
        evaluations.reserveCapacity(framework.questions.count)
        let counts = dutiesThatCount(framework, answers.context)
        for (q, question) in framework.questions.enumerated() {
            var parent: String?
            if let condition = question.condition,
                let p = framework.questionIndex[condition.question]
                    ?? framework.questions.firstIndex(where: { $0.id == condition.question })
            {
                parent = answer(p)?.response
            }
            let e = evaluate(
                question, answer(q), parentResponse: parent, scale,
                dutyCounts: question.legalDuty.map { counts.contains($0) } ?? true,
                askedInContext: DutyApplicability.of(question.askedWhen, in: answers.context).counts)
            evaluations.append(e)
            if let p = e.points,
                let s = q < framework.stageIndex.count
                    ? framework.stageIndex[q] : framework.stages.firstIndex(where: { $0.id == question.stage })
            {
                points[s] += Double(p) * question.weight
                max[s] += Double(scale.maxPoints) * question.weight
            }
        }
        let stages = framework.stages.indices.map { score(points: points[$0], max: max[$0], framework) }
        return Summary(
            evaluations: evaluations, stages: stages,
            overall: score(points: points.reduce(0, +), max: max.reduce(0, +), framework))
    }

    /// The IDs of the duties that apply, or are treated as applying, in this context.
    static func dutiesThatCount(_ framework: Framework, _ context: AssessmentContext) -> Set<String> {
        Set(framework.legalDuties.filter { DutyApplicability.of($0.conditions, in: context).counts }.map(\.id))
    }

    /// Each legal duty a question rests on, whether it applies in this context, and its questions.
    static func dutyResults(_ framework: Framework, _ context: AssessmentContext) -> [DutyResult] {
        framework.legalDuties.compactMap { duty in
            let questions = framework.questions.filter { $0.legalDuty == duty.id }
            guard !questions.isEmpty else { return nil }
            return DutyResult(
                duty: duty, applicability: .of(duty.conditions, in: context), questions: questions.map(\.id),
                notAsked: questions.filter { !DutyApplicability.of($0.askedWhen, in: context).counts }.map(\.id))
        }
    }

    package static func assess(_ answers: AnswerSet, framework: Framework) -> Assessment {
        let byQuestion = answers.indexed()
        let duties = dutyResults(framework, answers.context)
        let findings = framework.questions.map { question in
            finding(
                for: question, answers: byQuestion, framework: framework,
                duty: duties.first { $0.duty.id == question.legalDuty }?.applicability, context: answers.context)
        }
        let stages = framework.stages.map { stage -> StageScore in
            let inStage = findings.filter { $0.question.stage == stage.id }
            return StageScore(
                stage: stage, score: score(inStage, framework), scored: inStage.filter { !$0.isExcluded }.count,
                excluded: inStage.filter(\.isExcluded).count)
        }
        let inScope = findings.filter(\.isAsked)
        let legalRisks = findings.filter(\.isLegalRisk)
        let gaps = findings.filter { $0.shortfall > 0 }.sorted(by: gapOrder(findings))
        let actions = actions(gaps, framework)
        return Assessment(
            framework: framework, answers: answers, findings: findings, stages: stages,
            concerns: concernScores(findings, framework),
            overall: score(findings, framework),
            completion: Completion(
                answered: inScope.filter { $0.status == .answered }.count, total: inScope.count,
                dontKnow: inScope.filter { $0.flags.contains(.dontKnow) }.count),
            legalRisks: legalRisks,
            legalDutyExclusions: findings.filter {
                ($0.dutyApplicability?.counts ?? false) && $0.flags.contains(.notApplicable)
            },
            duties: duties,
            contextStated: answers.context.decisiveUnstatedFields(framework).isEmpty,
            topGaps: Array(gaps.prefix(5)),
            actions: actions,
            network: framework.profile?.network.map { network(answers.profile, $0) },
            capacityNeeds: capacityNeeds(answers.profile, framework))
    }

    static func finding(
        for question: Question, answers: [String: Answer], framework: Framework, duty: DutyApplicability? = nil,
        context: AssessmentContext = AssessmentContext()
    ) -> Finding {
        let scale = framework.scale
        let answer = answers[question.id]
        let inContext = DutyApplicability.of(question.askedWhen, in: context)
        let e = evaluate(
            question, answer, parentResponse: question.condition.flatMap { answers[$0.question]?.response }, scale,
            dutyCounts: duty?.counts ?? true, askedInContext: inContext.counts)
        var result = Finding(
            question: question, status: .unanswered, response: e.response.map { scale.responses[$0] },
            scoredAs: e.scoredAs.map { scale.responses[$0] },
            evidence: answer?.evidence ?? "", notes: answer?.notes ?? "",
            points: e.points, maxPoints: e.points == nil ? nil : scale.maxPoints,
            weightedPoints: Double(e.points ?? 0) * question.weight,
            weightedMax: e.points == nil ? 0 : Double(scale.maxPoints) * question.weight, flags: [], recommendation: nil
        )
        result.dutyApplicability = question.legalDuty == nil ? nil : duty ?? .applies
        switch e.kind {
        case .notAsked:
            if case .doesNotApply(let because) = inContext {
                result.status = .notInContext(because: because)
                result.flags = [.notInContext]
                return result
            }
            if let condition = question.condition {
                result.status = .conditionNotMet(
                    Finding.ConditionNotMet(condition: condition, parentResponse: answers[condition.question]?.response)
                )
            }
            result.flags = [.conditionNotMet]
            return result
        case .unanswered:
            result.flags = [.unanswered]
        case .answered:
            result.status = .answered
            if e.points == nil {
                result.flags = [.notApplicable]
                return result
            }
            if e.unevidenced { result.flags.append(.unevidenced) }
            if result.response?.id == "dont-know" { result.flags.append(.dontKnow) }
        }
        if e.legalRisk { result.flags.append(.legalRisk) }
        return recommend(result, scale: scale)
    }

    /// The recommendation for the shortfall level.
    private static func recommend(_ finding: Finding, scale: ResponseScale) -> Finding {
        var result = finding
        let points = result.points ?? 0
        if points < scale.maxPoints {
            // The ladder's levels by points: 0 not in place, 1 partly, 2 mostly.
            let level = ResponseID.shortfalls.first { scale.option($0)?.points == points } ?? "not-in-place"
            result.recommendation = result.question.recommendations[level]
        }
        return result
    }

    static func score(_ findings: [Finding], _ framework: Framework) -> Score {
        var points = 0.0
        var max = 0.0
        for f in findings where !f.isExcluded {
            points += f.weightedPoints
            max += f.weightedMax
        }
        return score(points: points, max: max, framework)
    }

    static func score(points: Double, max: Double, _ framework: Framework) -> Score {
        guard max > 0 else { return Score(points: 0, max: 0, percent: nil, band: nil) }
        let percent = (points / max * 1000).rounded() / 10
        return Score(points: points, max: max, percent: percent, band: band(for: percent, framework.bands))
    }

    static func band(for percent: Double, _ bands: [Band]) -> Band? {
        bands.first { percent >= $0.min && (percent < $0.max || ($0.max == 100 && percent <= 100)) }
    }

    static func concernScores(_ findings: [Finding], _ framework: Framework) -> [ConcernScore] {
        // A group's row counts questions naming the group; a characteristic's row counts questions
        // naming it or naming a group that maps onto it.
        var rows: [ConcernScore] = []
        let entries =
            framework.groups.map { ($0.id, $0.name, false) } + framework.characteristics.map { ($0.id, $0.name, true) }
        for (id, name, isCharacteristic) in entries {
            let about = findings.filter { f in
                f.question.concerns.contains(id)
                    || (isCharacteristic
                        && f.question.concerns.contains { g in
                            framework.groups.first { $0.id == g }?.characteristics.contains(id) ?? false
                        })
            }
            guard !about.isEmpty else { continue }
            var byStage: [String: Score] = [:]
            var counts: [String: Int] = [:]
            for stage in framework.stages {
                let inStage = about.filter { $0.question.stage == stage.id }
                byStage[stage.id] = score(inStage, framework)
                counts[stage.id] = inStage.filter { !$0.isExcluded }.count
            }
            rows.append(
                ConcernScore(
                    id: id, name: name, isCharacteristic: isCharacteristic, overall: score(about, framework),
                    byStage: byStage, questionIDs: about.map(\.question.id), countByStage: counts,
                    overallCount: about.filter { !$0.isExcluded }.count))
        }
        return rows
    }

    /// Legal risks first, then the largest weighted shortfall, then framework order.
    static func gapOrder(_ all: [Finding]) -> (Finding, Finding) -> Bool {
        let order = position(of: all.map(\.question.id))
        return { a, b in
            if a.isLegalRisk != b.isLegalRisk { return a.isLegalRisk }
            if a.shortfall != b.shortfall { return a.shortfall > b.shortfall }
            return (order[a.question.id] ?? .max) < (order[b.question.id] ?? .max)
        }
    }

    /// Each ID's position in `ids` (the first, if one repeats).
    static func position(of ids: [String]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (i, id) in ids.enumerated() where result[id] == nil { result[id] = i }
        return result
    }

    /// One action per gap, in the gaps' own order (legal risks first, then the largest weighted
    /// shortfall, then framework order), so the summary's top actions are the plan's first rows.
    /// Priority follows the same order: a legal risk is high, a large shortfall medium, the rest low.
    static func actions(_ gaps: [Finding], _ framework: Framework) -> [Action] {
        gaps.map { f -> Action in
            let priority: Action.Priority =
                f.isLegalRisk ? .high : f.shortfall >= framework.scale.mediumPriorityShortfall ? .medium : .low
            let basis: Action.Basis =
                f.flags.contains(.unevidenced)
                ? .recordEvidence
                : f.flags.contains(.dontKnow)
                    ? .findOut : f.flags.contains(.unanswered) ? .answerFirst : .recommendation
            return Action(
                id: "A-\(f.question.id)", question: f.question.id, stage: f.question.stage, priority: priority,
                basis: basis, recommendation: f.recommendation ?? "", whatGoodLooksLike: f.question.guidance,
                citations: f.question.citations, legalDuty: f.question.legalDuty)
        }
    }

    static func network(_ profile: [String: ProfileValue], _ network: NetworkEligibility) -> NetworkResult {
        func count(_ id: String) -> Int? { if case .count(let n)? = profile[id] { return n } else { return nil } }
        var results = network.categories.map { category -> NetworkResult.CategoryResult in
            switch category.rule {
            case .yes(let field):
                switch profile[field] {
                case .yesNo(true)?: return .init(category: category, outcome: .met, shares: [], reason: .answered(true))
                case .yesNo(false)?:
                    return .init(category: category, outcome: .notMet, shares: [], reason: .answered(false))
                default: return .init(category: category, outcome: .cannotTell, shares: [], reason: .notAnswered)
                }
            case .sharesAtLeast(let threshold, let shares):
                return sharesResult(category, threshold, shares, count)
            }
        }
        // A category implied by another that is met is met too.
        for i in results.indices where results[i].outcome != .met {
            if let source = results[i].category.impliedBy.first(where: { n in
                results.contains { $0.category.number == n && $0.outcome == .met }
            }) {
                results[i].outcome = .met
                results[i].reason = .impliedBy(source)
            }
        }
        var member: Bool?
        if let field = network.membershipField, case .yesNo(let b)? = profile[field] { member = b }
        let fields = Set(network.categories.flatMap(\.rule.fieldsUsed))
        return NetworkResult(
            network: network, assessed: profile.keys.contains { fields.contains($0) }, categories: results,
            isClinksMember: member)
    }

    /// A share rule, compared exactly (never rounded first). A share whose total is 0 (no senior
    /// team, say) is left out and the rest are the basis. With several shares, the rule is read
    /// two ways (each share at least the threshold, and all of them counted together), and people
    /// who prefer not to say are counted both out of the share and in it; where the readings
    /// differ the outcome says so.
    static func sharesResult(
        _ category: NetworkCategory, _ threshold: Double, _ shares: [NetworkRule.Share], _ count: (String) -> Int?
    ) -> NetworkResult.CategoryResult {
        var values: [NetworkResult.ShareValue] = []
        for share in shares {
            let part = count(share.part)
            let whole = count(share.whole)
            var percent: Double?
            if let part, let whole, whole > 0 { percent = (Double(part) / Double(whole) * 1000).rounded() / 10 }
            values.append(
                .init(
                    label: share.label, part: part, whole: whole, percent: percent,
                    undisclosed: share.undisclosed.flatMap(count) ?? 0))
        }
        if let missing = values.first(where: { $0.part == nil || $0.whole == nil }) {
            return .init(
                category: category, outcome: .cannotTell, shares: values, reason: .incomplete(label: missing.label))
        }
        let used = values.filter { ($0.whole ?? 0) > 0 }
        guard !used.isEmpty else {
            return .init(
                category: category, outcome: .cannotTell, shares: values,
                reason: .totalIsZero(label: values.first?.label ?? ""))
        }
        // part / whole >= threshold / 100, in exact arithmetic: part * 100 >= threshold * whole.
        func reaches(_ part: Int, _ whole: Int) -> Bool { Double(part) * 100 >= threshold * Double(whole) }
        func apart(_ extra: Bool) -> Bool {
            used.allSatisfy { reaches(($0.part ?? 0) + (extra ? $0.undisclosed : 0), $0.whole ?? 0) }
        }
        func together(_ extra: Bool) -> Bool {
            reaches(
                used.reduce(0) { $0 + ($1.part ?? 0) + (extra ? $1.undisclosed : 0) },
                used.reduce(0) { $0 + ($1.whole ?? 0) })
        }
        let readings = NetworkResult.Readings(
            apart: apart(false), together: together(false), apartCountingUndisclosed: apart(true),
            togetherCountingUndisclosed: together(true))
        let outcome: NetworkResult.Outcome =
            Set(readings.all).count == 1 ? (readings.apart ? .met : .notMet) : .dependsOnReading
        let skipped = values.filter { $0.whole == 0 }.map(\.label)
        return .init(
            category: category, outcome: outcome, shares: values,
            reason: .shares(threshold: threshold, skipped: skipped, readings: readings))
    }

    static func capacityNeeds(_ profile: [String: ProfileValue], _ framework: Framework) -> [ProfileOption] {
        guard let fields = framework.profile?.fields else { return [] }
        return fields.filter { $0.kind == .choices }.flatMap { field -> [ProfileOption] in
            guard case .choices(let chosen)? = profile[field.id] else { return [] }
            return field.options.filter { chosen.contains($0.id) }
        }
    }
}
