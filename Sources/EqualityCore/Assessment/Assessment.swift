/// The scored result of one answer set against one framework: per question, stage,
/// group/characteristic and overall, with flags, legal risks, gaps and actions. Holds numbers and
/// references only; renderers decide how they look.
public struct Assessment: Sendable {
    public var framework: Framework
    public var answers: AnswerSet
    public var findings: [Finding]
    public var stages: [StageScore]
    public var concerns: [ConcernScore]
    public var overall: Score
    public var completion: Completion
    public var legalRisks: [Finding]
    /// Legal-duty questions marked not applicable: not risks, but the reason deserves a second look.
    public var legalDutyExclusions: [Finding]
    /// Each legal duty a question rests on, and whether it applies in the respondent's context.
    public var duties: [DutyResult]
    /// Every context field the framework asks was answered; otherwise duties are treated as applying.
    public var contextStated: Bool
    public var topGaps: [Finding]
    public var actions: [Action]
    public var network: NetworkResult?
    public var capacityNeeds: [ProfileOption]

    public func finding(_ question: String) -> Finding? { findings.first { $0.question.id == question } }
    /// Questions in scope with no answer yet.
    public var unansweredInScope: Int { completion.total - completion.answered }
    /// The action for a question's gap, if it has one.
    public func action(_ question: String) -> Action? { actions.first { $0.question == question } }
}

public struct Score: Sendable, Equatable {
    /// Weighted points scored and available.
    public var points: Double
    public var max: Double
    /// 0–100, one decimal place; nil when nothing in scope was scored ("not assessed").
    public var percent: Double?
    public var band: Band?

    public var isAssessed: Bool { percent != nil }

    /// Nothing in scope was scored.
    public static let notAssessed = Score(points: 0, max: 0, percent: nil, band: nil)
}

public struct StageScore: Sendable {
    public var stage: Stage
    public var score: Score
    public var scored: Int
    public var excluded: Int
}

/// The score of the questions about one group or characteristic, overall and per stage.
public struct ConcernScore: Sendable {
    public var id: String
    public var name: String
    public var isCharacteristic: Bool
    public var overall: Score
    /// Keyed by stage ID; a stage with no question about this group is "not assessed".
    public var byStage: [String: Score]
    public var questionIDs: [String]
    /// How many scored questions each cell rests on, by stage ID; `overallCount` for the row.
    public var countByStage: [String: Int] = [:]
    public var overallCount = 0
}

public struct Completion: Sendable, Equatable {
    /// Questions with a response (including not applicable and don't know), among those in scope.
    public var answered: Int
    /// Questions in scope: every question whose condition is met.
    public var total: Int
    /// Answered "don't know": answered, but not yet known, so the result is provisional too.
    public var dontKnow = 0
    public var percent: Double { total == 0 ? 100 : (Double(answered) / Double(total) * 1000).rounded() / 10 }
    /// The one definition every command and renderer uses: something in scope is unanswered or not known.
    public var isProvisional: Bool { answered < total || dontKnow > 0 }
}

public struct Finding: Sendable {
    public enum Status: Sendable, Equatable {
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
    public struct ConditionNotMet: Sendable, Equatable {
        public var condition: Condition
        public var parentResponse: String?

        public init(condition: Condition, parentResponse: String?) {
            self.condition = condition
            self.parentResponse = parentResponse
        }
    }

    public enum Flag: String, Sendable, CaseIterable {
        case unevidenced
        case dontKnow = "dont-know"
        case unanswered
        case notApplicable = "not-applicable"
        case conditionNotMet = "condition-not-met"
        case notInContext = "not-in-context"
        case legalRisk = "legal-risk"
    }

    public var question: Question
    public var status: Status
    /// The response given (after normalising), or nil.
    public var response: ResponseOption?
    /// The response that was scored: `mostly` for an unevidenced `fully`.
    public var scoredAs: ResponseOption?
    public var evidence: String
    public var notes: String
    /// nil when excluded from the totals (not applicable, condition not met).
    public var points: Int?
    public var maxPoints: Int?
    public var weightedPoints: Double
    public var weightedMax: Double
    public var flags: [Flag]
    /// The recommendation for the shortfall, if there is one.
    public var recommendation: String?
    /// For a legal-duty question: whether the duty applies in the respondent's context.
    public var dutyApplicability: DutyApplicability?

    public var isExcluded: Bool { points == nil }
    /// Asked: neither its condition nor the legal context leaves it out.
    public var isAsked: Bool {
        switch status {
        case .conditionNotMet, .notInContext: return false
        case .answered, .unanswered: return true
        }
    }
    public var shortfall: Double { weightedMax - weightedPoints }
    public var isLegalRisk: Bool { flags.contains(.legalRisk) }
}

public struct Action: Sendable {
    /// In the order an action plan lists them.
    public enum Priority: String, Sendable, CaseIterable, Comparable {
        case high = "High"
        case medium = "Medium"
        case low = "Low"

        public static func < (a: Priority, b: Priority) -> Bool {
            (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
        }
    }

    /// What the action asks for, as a value; the wording layer writes the sentence.
    public enum Basis: Sendable, Equatable {
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
    public var id: String
    public var question: String
    public var stage: String
    public var priority: Priority
    public var basis: Basis
    /// The framework's recommendation for the shortfall level (empty when it has none).
    public var recommendation: String
    public var whatGoodLooksLike: String
    public var citations: [Citation]
    public var legalDuty: String?
}

public struct NetworkResult: Sendable {
    public enum Outcome: String, Sendable {
        case met
        case notMet = "not met"
        case cannotTell = "cannot tell"
        /// Met on one reasonable reading of the rule and not on another (the board and senior team
        /// apart or together; people who prefer not to say counted in or out): ask the network.
        case dependsOnReading = "depends on reading"
    }

    /// One share of a share rule: the headcounts given and the percentage, when both are known.
    public struct ShareValue: Sendable, Equatable {
        public var label: String
        public var part: Int?
        public var whole: Int?
        public var percent: Double?
        /// People who prefer not to say, when the rule asks and the profile gives it (0 if blank).
        public var undisclosed: Int = 0
    }

    /// Whether a share rule is met on each reading: each share apart or all together, with the
    /// people who prefer not to say counted out (`apart`, `together`) or in (`...CountingUndisclosed`).
    public struct Readings: Sendable, Equatable {
        public var apart: Bool
        public var together: Bool
        public var apartCountingUndisclosed: Bool
        public var togetherCountingUndisclosed: Bool

        public var all: [Bool] { [apart, together, apartCountingUndisclosed, togetherCountingUndisclosed] }
        /// The outcome turns on how the shares are combined.
        public var dependsOnCombining: Bool {
            apart != together || apartCountingUndisclosed != togetherCountingUndisclosed
        }
        /// The outcome turns on the people who prefer not to say.
        public var dependsOnUndisclosed: Bool {
            apart != apartCountingUndisclosed || together != togetherCountingUndisclosed
        }
    }

    /// Why a category came out as it did, as values; the wording layer writes the sentence.
    public enum Reason: Sendable, Equatable {
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

    public struct CategoryResult: Sendable {
        public var category: NetworkCategory
        public var outcome: Outcome
        /// For share rules: each share's headcounts and percentage.
        public var shares: [ShareValue]
        public var reason: Reason
    }

    public var network: NetworkEligibility
    /// False when the profile was not filled in at all: "not assessed", never "meets none".
    public var assessed = true
    public var categories: [CategoryResult]
    public var isClinksMember: Bool?
    public var metNumbers: [Int] { categories.filter { $0.outcome == .met }.map(\.category.number) }
}

/// One legal duty, whether it applies in this context, and the questions that rest on it.
public struct DutyResult: Sendable {
    public var duty: LegalDuty
    public var applicability: DutyApplicability
    public var questions: [String]
    /// Those of `questions` the legal context leaves out (`Question.askedWhen`).
    public var notAsked: [String] = []
}
