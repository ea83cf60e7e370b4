/// A rules library: the questions a respondent answers, arranged on the commissioning cycle,
/// with the scale, bands and citations that scoring and reports use. Loaded from JSON data
/// and validated before use; code holds no question text.
public struct Framework: Sendable {
    public var id: String
    public var version: SemanticVersion
    public var title: String
    public var purpose: String
    public var audience: String
    public var stages: [Stage]
    var characteristics: [Characteristic]
    public var groups: [Group]
    public var legalDuties: [LegalDuty]
    public var scale: ResponseScale
    public var bands: [Band]
    public var questions: [Question]
    public var profile: OrganisationProfile?
    /// The context fields this framework asks before its questions (none: every duty applies).
    public var contextFields: [AssessmentContext.Field] = []
    /// How the respondent details name what is assessed, when not a commissioning exercise.
    public var exerciseLabel: String?
    /// SHA-256 of the framework file's bytes, so a report names exactly the rules it used.
    public var sha256: String
    /// Question positions by ID, filled in once the framework has loaded (lookups are hot when
    /// thousands of answer sets are aggregated).
    var questionIndex: [String: Int] = [:]
    /// For each question, the position of its stage in `stages`.
    var stageIndex: [Int?] = []

    public func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }

    public func question(_ id: String) -> Question? {
        if !questionIndex.isEmpty { return questionIndex[id].map { questions[$0] } }
        return questions.first { $0.id == id }
    }

    /// Whether a question ID exists, without copying the question.
    func hasQuestion(_ id: String) -> Bool {
        questionIndex.isEmpty ? questions.contains { $0.id == id } : questionIndex[id] != nil
    }

    mutating func indexQuestions() {
        questionIndex = [:]
        for (i, q) in questions.enumerated() where questionIndex[q.id] == nil { questionIndex[q.id] = i }
        stageIndex = questions.map { q in stages.firstIndex { $0.id == q.stage } }
    }
    public func questions(in stage: String) -> [Question] { questions.filter { $0.stage == stage } }

    /// The display name of a group or protected characteristic.
    public func concernName(_ id: String) -> String {
        characteristics.first { $0.id == id }?.name ?? groups.first { $0.id == id }?.name ?? id
    }

    public func legalDuty(_ id: String) -> LegalDuty? { legalDuties.first { $0.id == id } }
}

/// The four stages of the commissioning cycle, in order.
public enum StageID {
    static let all = ["needs-assessment", "design", "procurement", "evaluation"]
}

public struct Stage: Sendable, Equatable {
    public var id: String
    public var name: String
    public var description: String
}

/// One of the nine protected characteristics of the Equality Act 2010 s.4.
public struct Characteristic: Sendable, Equatable {
    var id: String
    var name: String
    var reference: String
}

/// A group people belong to. Some map onto protected characteristics; some (care leavers,
/// veterans) do not, and `characteristics` is then empty.
public struct Group: Sendable, Equatable {
    var id: String
    var name: String
    var characteristics: [String]
    var note: String
    public var citations: [Citation]
}

public struct LegalDuty: Sendable, Equatable {
    public var id: String
    public var name: String
    public var citation: Citation
    /// In our words, who the duty binds and when (shown in the report's Legal duties section).
    public var appliesTo: String
    /// Where it applies, as conditions on the respondent's context.
    public var conditions: DutyConditions
}

public struct Citation: Sendable, Equatable, Hashable {
    public var source: String
    var point: String
}

public struct Band: Sendable, Equatable {
    public var id: String
    public var name: String
    /// Inclusive lower bound, per cent.
    public var min: Double
    /// Exclusive upper bound, per cent; the top band includes 100.
    public var max: Double
    public var description: String
}

/// The response ladder and its scoring rules, as data.
public struct ResponseScale: Sendable {
    public var responses: [ResponseOption]
    public var maxPoints: Int
    /// A legal-duty question scoring fewer points than this is a legal risk.
    public var legalRiskBelow: Int
    /// An action whose weighted shortfall is at least this is Medium priority (legal risks are High).
    var mediumPriorityShortfall: Double
    /// A short statement of the rules, shown in the method section of a report.
    public var rules: [String]
    /// The scoring anchors the method draws on (NHS EDS 2022 and others), listed among the sources.
    public var citations: [Citation] = []

    public func option(_ id: String) -> ResponseOption? { responses.first { $0.id == id } }
}

public struct ResponseOption: Sendable, Equatable {
    public var id: String
    public var label: String
    public var description: String
    /// Points awarded, or nil when the response is excluded from scoring (not applicable).
    public var points: Int?
    /// When set, this response without evidence scores as the named response and is flagged.
    public var withoutEvidence: String?
    public var requiresReason: Bool
}

/// The response identifiers every answer file uses.
public enum ResponseID {
    public static let all = ["not-in-place", "partly", "mostly", "fully", "not-applicable", "dont-know"]
    /// The levels a recommendation is written for: everything short of fully in place.
    static let shortfalls = ["not-in-place", "partly", "mostly"]
}

public struct Question: Sendable, Equatable {
    public var id: String
    public var stage: String
    public var alsoStages: [String]
    public var text: String
    public var guidance: String
    public var evidencePrompts: [String]
    /// Groups and characteristics this question is specifically about; empty means all people.
    public var concerns: [String]
    public var weight: Double
    public var legalDuty: String?
    public var citations: [Citation]
    /// Recommendation for each shortfall level (`not-in-place`, `partly`, `mostly`).
    var recommendations: [String: String]
    public var condition: Condition?
    /// The legal contexts the question is asked in, for a question that exists only for a duty or
    /// a route to market (the same form as a duty's `appliesWhen`). An unstated field (or "don't
    /// know") keeps the question; a stated one outside these values means it is not asked.
    public var askedWhen = DutyConditions()
}

/// Ask a question only when an earlier answer is one of `responses`.
public struct Condition: Sendable, Equatable {
    public var question: String
    public var responses: [String]
}

public struct SemanticVersion: Sendable, Equatable, Comparable, CustomStringConvertible {
    var major: Int
    var minor: Int
    var patch: Int

    init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3,
            parts.allSatisfy({
                !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber)
                    && ($0 == "0" || !$0.hasPrefix("0"))
            }),
            let major = Int(parts[0]), let minor = Int(parts[1]), let patch = Int(parts[2])
        else { return nil }
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    init(major: Int, minor: Int, patch: Int) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    public var description: String { "\(major).\(minor).\(patch)" }

    public static func < (a: SemanticVersion, b: SemanticVersion) -> Bool {
        (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
    }
}
