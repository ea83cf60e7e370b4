/// A rules library: the questions a respondent answers, arranged on the commissioning cycle,
/// with the scale, bands and citations that scoring and reports use. Loaded from JSON data
/// and validated before use; code holds no question text.
package struct Framework: Sendable {
    package var id: String
    package var version: SemanticVersion
    package var title: String
    package var purpose: String
    package var audience: String
    package var stages: [Stage]
    var characteristics: [Characteristic]
    package var groups: [Group]
    package var legalDuties: [LegalDuty]
    package var scale: ResponseScale
    package var bands: [Band]
    package var questions: [Question]
    package var profile: OrganisationProfile?
    /// The context fields this framework asks before its questions (none: every duty applies).
    package var contextFields: [AssessmentContext.Field] = []
    /// How the respondent details name what is assessed, when not a commissioning exercise.
    package var exerciseLabel: String?
    /// SHA-256 of the framework file's bytes, so a report names exactly the rules it used.
    package var sha256: String
    /// Each question's text as the framework file writes it, for a framework translated for
    /// display (`inCurrentLanguage()`); empty for a framework as written.
    package var questionTextsAsWritten: [String: String] = [:]

    /// A question's text as the framework file writes it, whatever language it is shown in.
    package func textAsWritten(_ q: Question) -> String { questionTextsAsWritten[q.id] ?? q.text }
    /// Question positions by ID, filled in once the framework has loaded (lookups are hot when
    /// thousands of answer sets are aggregated).
    var questionIndex: [String: Int] = [:]
    /// For each question, the position of its stage in `stages`.
    var stageIndex: [Int?] = []

    package func stage(_ id: String) -> Stage? { stages.first { $0.id == id } }

    package func question(_ id: String) -> Question? {
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
    package func questions(in stage: String) -> [Question] { questions.filter { $0.stage == stage } }

    /// The display name of a group or protected characteristic.
    package func concernName(_ id: String) -> String {
        characteristics.first { $0.id == id }?.name ?? groups.first { $0.id == id }?.name ?? id
    }

    package func legalDuty(_ id: String) -> LegalDuty? { legalDuties.first { $0.id == id } }
}

/// The four stages of the commissioning cycle, in order.
package enum StageID {
    static let all = ["needs-assessment", "design", "procurement", "evaluation"]
}

package struct Stage: Sendable, Equatable {
    package var id: String
    package var name: String
    package var description: String
}

/// One of the nine protected characteristics of the Equality Act 2010 s.4.
package struct Characteristic: Sendable, Equatable {
    var id: String
    var name: String
    var reference: String
}

/// A group people belong to. Some map onto protected characteristics; some (care leavers,
/// veterans) do not, and `characteristics` is then empty.
package struct Group: Sendable, Equatable {
    var id: String
    var name: String
    var characteristics: [String]
    var note: String
    package var citations: [Citation]
}

package struct LegalDuty: Sendable, Equatable {
    package var id: String
    package var name: String
    package var citation: Citation
    /// In our words, who the duty binds and when (shown in the report's Legal duties section).
    package var appliesTo: String
    /// Where it applies, as conditions on the respondent's context.
    package var conditions: DutyConditions
}

package struct Citation: Sendable, Equatable, Hashable {
    package var source: String
    var point: String
}

package struct Band: Sendable, Equatable {
    package var id: String
    package var name: String
    /// Inclusive lower bound, per cent.
    package var min: Double
    /// Exclusive upper bound, per cent; the top band includes 100.
    package var max: Double
    package var description: String
}

/// The response ladder and its scoring rules, as data.
package struct ResponseScale: Sendable {
    package var responses: [ResponseOption]
    package var maxPoints: Int
    /// A legal-duty question scoring fewer points than this is a legal risk.
    package var legalRiskBelow: Int
    /// An action whose weighted shortfall is at least this is Medium priority (legal risks are High).
    var mediumPriorityShortfall: Double
    /// A short statement of the rules, shown in the method section of a report.
    package var rules: [String]
    /// The scoring anchors the method draws on (NHS EDS 2022 and others), listed among the sources.
    package var citations: [Citation] = []

    package func option(_ id: String) -> ResponseOption? { responses.first { $0.id == id } }
}

package struct ResponseOption: Sendable, Equatable {
    package var id: String
    package var label: String
    package var description: String
    /// Points awarded, or nil when the response is excluded from scoring (not applicable).
    package var points: Int?
    /// When set, this response without evidence scores as the named response and is flagged.
    package var withoutEvidence: String?
    package var requiresReason: Bool
}

/// The response identifiers every answer file uses.
package enum ResponseID {
    package static let all = ["not-in-place", "partly", "mostly", "fully", "not-applicable", "dont-know"]
    /// The levels a recommendation is written for: everything short of fully in place.
    static let shortfalls = ["not-in-place", "partly", "mostly"]
}

package struct Question: Sendable, Equatable {
    package var id: String
    package var stage: String
    package var alsoStages: [String]
    package var text: String
    package var guidance: String
    package var evidencePrompts: [String]
    /// Groups and characteristics this question is specifically about; empty means all people.
    package var concerns: [String]
    package var weight: Double
    package var legalDuty: String?
    package var citations: [Citation]
    /// Recommendation for each shortfall level (`not-in-place`, `partly`, `mostly`).
    var recommendations: [String: String]
    package var condition: Condition?
    /// The legal contexts the question is asked in, for a question that exists only for a duty or
    /// a route to market (the same form as a duty's `appliesWhen`). An unstated field (or "don't
    /// know") keeps the question; a stated one outside these values means it is not asked.
    package var askedWhen = DutyConditions()
}

/// Ask a question only when an earlier answer is one of `responses`.
package struct Condition: Sendable, Equatable {
    package var question: String
    package var responses: [String]
}

package struct SemanticVersion: Sendable, Equatable, Comparable, CustomStringConvertible {
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

    package var description: String { "\(major).\(minor).\(patch)" }

    package static func < (a: SemanticVersion, b: SemanticVersion) -> Bool {
        (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
    }
}
