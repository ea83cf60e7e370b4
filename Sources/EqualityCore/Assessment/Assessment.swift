/// The scored result of one answer set against one framework: per question, stage,
/// group/characteristic and overall, with flags, legal risks, gaps and actions. Holds numbers and
/// references only; renderers decide how they look.
package struct Assessment: Sendable {
    package var framework: Framework
    package var answers: AnswerSet
    package var findings: [Finding]
    package var stages: [StageScore]
    package var concerns: [ConcernScore]
    package var overall: Score
    package var completion: Completion
    package var legalRisks: [Finding]
    /// Legal-duty questions marked not applicable: not risks, but the reason deserves a second look.
    package var legalDutyExclusions: [Finding]
    /// Each legal duty a question rests on, and whether it applies in the respondent's context.
    package var duties: [DutyResult]
    /// Every context field the framework asks was answered; otherwise duties are treated as applying.
    package var contextStated: Bool
    package var topGaps: [Finding]
    package var actions: [Action]
    package var network: NetworkResult?
    package var capacityNeeds: [ProfileOption]

    package func finding(_ question: String) -> Finding? { findings.first { $0.question.id == question } }
    /// Questions in scope with no answer yet.
    package var unansweredInScope: Int { completion.total - completion.answered }
    /// The action for a question's gap, if it has one.
    package func action(_ question: String) -> Action? { actions.first { $0.question == question } }
}

package struct Score: Sendable, Equatable {
    /// Weighted points scored and available.
    package var points: Double
    package var max: Double
    /// 0–100, one decimal place; nil when nothing in scope was scored ("not assessed").
    package var percent: Double?
    package var band: Band?

    package var isAssessed: Bool { percent != nil }

    /// Nothing in scope was scored.
    package static let notAssessed = Score(points: 0, max: 0, percent: nil, band: nil)
}

package struct StageScore: Sendable {
    package var stage: Stage
    package var score: Score
    package var scored: Int
    package var excluded: Int
}

/// The score of the questions about one group or characteristic, overall and per stage.
package struct ConcernScore: Sendable {
    package var id: String
    package var name: String
    package var isCharacteristic: Bool
    package var overall: Score
    /// Keyed by stage ID; a stage with no question about this group is "not assessed".
    package var byStage: [String: Score]
    package var questionIDs: [String]
    /// How many scored questions each cell rests on, by stage ID; `overallCount` for the row.
    package var countByStage: [String: Int] = [:]
    package var overallCount = 0
}

package struct Completion: Sendable, Equatable {
    /// Questions with a response (including not applicable and don't know), among those in scope.
    package var answered: Int
    /// Questions in scope: every question whose condition is met.
    package var total: Int
    /// Answered "don't know": answered, but not yet known, so the result is provisional too.
    package var dontKnow = 0
    package var percent: Double { total == 0 ? 100 : (Double(answered) / Double(total) * 1000).rounded() / 10 }
    /// The one definition every command and renderer uses: something in scope is unanswered or not known.
    package var isProvisional: Bool { answered < total || dontKnow > 0 }
}

package struct Finding: Sendable {
    package enum Status: Sendable, Equatable {
        case answered
        case unanswered
        /// The question's condition on another answer is not met; excluded from the totals.
        case conditionNotMet(ConditionNotMet)
        /// The question exists only for a duty or a route that the stated legal context rules out
        /// (these fields); excluded from the totals.
        case notInContext(because: [AssessmentContext.Field])
    }

    /// Why a conditional question was not asked, as values: the condition, and the response the
    /// earlier question actually had (nil when it was unanswered). The wording layer writes the sentence.
    package struct ConditionNotMet: Sendable, Equatable {
        package var condition: Condition
        package var parentResponse: String?

        package init(condition: Condition, parentResponse: String?) {
            self.condition = condition
            self.parentResponse = parentResponse
        }
    }

    package enum Flag: String, Sendable, CaseIterable {
        case unevidenced
        case dontKnow = "dont-know"
        case unanswered
        case notApplicable = "not-applicable"
        case conditionNotMet = "condition-not-met"
        case notInContext = "not-in-context"
        case legalRisk = "legal-risk"
    }

    package var question: Question
    package var status: Status
    /// The response given (after normalising), or nil.
    package var response: ResponseOption?
    /// The response that was scored: `mostly` for an unevidenced `fully`.
    package var scoredAs: ResponseOption?
    package var evidence: String
    package var notes: String
    /// nil when excluded from the totals (not applicable, condition not met).
    package var points: Int?
    package var maxPoints: Int?
    package var weightedPoints: Double
    package var weightedMax: Double
    package var flags: [Flag]
    /// The recommendation for the shortfall, if there is one.
    package var recommendation: String?
    /// For a legal-duty question: whether the duty applies in the respondent's context.
    package var dutyApplicability: DutyApplicability?

    package var isExcluded: Bool { points == nil }
    /// Asked: neither its condition nor the legal context leaves it out.
    package var isAsked: Bool {
        switch status {
        case .conditionNotMet, .notInContext: return false
        case .answered, .unanswered: return true
        }
    }
    package var shortfall: Double { weightedMax - weightedPoints }
    package var isLegalRisk: Bool { flags.contains(.legalRisk) }
}

package struct Action: Sendable {
    /// In the order an action plan lists them.
    package enum Priority: String, Sendable, CaseIterable, Comparable {
        case high = "High"
        case medium = "Medium"
        case low = "Low"

        package static func < (a: Priority, b: Priority) -> Bool {
            (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
        }
    }

    /// What the action asks for, as a value; the wording layer writes the sentence.
    package enum Basis: Sendable, Equatable {
        /// Do what the framework recommends for this shortfall.
        case recommendation
        /// Fully in place but unevidenced: record the evidence.
        case recordEvidence
        /// Answered "don't know": find out, then act on the recommendation if needed.
        case findOut
        /// Unanswered: answer it, then act on the recommendation if needed.
        case answerFirst
    }

    /// Stable across runs and versions: `A-` and the question ID.
    package var id: String
    package var question: String
    package var stage: String
    package var priority: Priority
    package var basis: Basis
    /// The framework's recommendation for the shortfall level (empty when it has none).
    package var recommendation: String
    package var whatGoodLooksLike: String
    package var citations: [Citation]
    package var legalDuty: String?
}

package struct NetworkResult: Sendable {
    package enum Outcome: String, Sendable {
        case met
        case notMet = "not met"
        case cannotTell = "cannot tell"
        /// Met on one reasonable reading of the rule and not on another (the board and senior team
        /// apart or together; people who prefer not to say counted in or out): ask the network.
        case dependsOnReading = "depends on reading"
    }

    /// One share of a share rule: the headcounts given and the percentage, when both are known.
    package struct ShareValue: Sendable, Equatable {
        package var label: String
        package var part: Int?
        package var whole: Int?
        package var percent: Double?
        /// People who prefer not to say, when the rule asks and the profile gives it (0 if blank).
        package var undisclosed: Int = 0
    }

    /// Whether a share rule is met on each reading: each share apart or all together, with the
    /// people who prefer not to say counted out (`apart`, `together`) or in (`...CountingUndisclosed`).
    package struct Readings: Sendable, Equatable {
        package var apart: Bool
        package var together: Bool
        package var apartCountingUndisclosed: Bool
        package var togetherCountingUndisclosed: Bool

        package var all: [Bool] { [apart, together, apartCountingUndisclosed, togetherCountingUndisclosed] }
        /// The outcome turns on how the shares are combined.
        package var dependsOnCombining: Bool {
            apart != together || apartCountingUndisclosed != togetherCountingUndisclosed
        }
        /// The outcome turns on the people who prefer not to say.
        package var dependsOnUndisclosed: Bool {
            apart != apartCountingUndisclosed || together != togetherCountingUndisclosed
        }
    }

    /// Why a category came out as it did, as values; the wording layer writes the sentence.
    package enum Reason: Sendable, Equatable {
        /// A yes/no rule, answered.
        case answered(Bool)
        /// A yes/no rule, not answered.
        case notAnswered
        /// A share rule with no share that can be worked out (every total 0 or a headcount missing).
        case totalIsZero(label: String)
        case incomplete(label: String)
        /// A share rule judged on the shares that can be worked out (`skipped`: shares whose total is 0,
        /// such as no senior team), compared with the threshold exactly on every reading.
        case shares(threshold: Double, skipped: [String], readings: Readings)
        /// Met because another category that implies it is met.
        case impliedBy(Int)
    }

    package struct CategoryResult: Sendable {
        package var category: NetworkCategory
        package var outcome: Outcome
        /// For share rules: each share's headcounts and percentage.
        package var shares: [ShareValue]
        package var reason: Reason
    }

    package var network: NetworkEligibility
    /// False when the profile was not filled in at all: "not assessed", never "meets none".
    package var assessed = true
    package var categories: [CategoryResult]
    package var isClinksMember: Bool?
    package var metNumbers: [Int] { categories.filter { $0.outcome == .met }.map(\.category.number) }
}

/// One legal duty, whether it applies in this context, and the questions that rest on it.
package struct DutyResult: Sendable {
    package var duty: LegalDuty
    package var applicability: DutyApplicability
    package var questions: [String]
    /// Those of `questions` the legal context leaves out (`Question.askedWhen`).
    package var notAsked: [String] = []
}
