/// One respondent's answers to a framework, as read from JSON or CSV. Everything in it was typed
/// by a person and is treated as untrusted text by every renderer.
package struct AnswerSet: Sendable, Equatable {
    package var framework: String
    var frameworkVersion: String
    package var respondent: Respondent
    package var answers: [Answer]
    package var profile: [String: ProfileValue]
    /// The respondent's legal situation (nation, kind of body, route to market, under-18s).
    package var context = AssessmentContext()
    /// For an answer set agreed by a group: the perspectives it was agreed with. Set only when the
    /// group agrees (in the form, `ask` or the CSV row), never by the tool.
    package var agreedWith: [Perspective] = []
    /// For a consensus draft (`perspectives --draft`): the perspectives it was drawn from. A draft
    /// with no `agreedWith` is a draft for agreement, and its report says so.
    package var drawnFrom: [Perspective] = []
    /// The language the form or `ask` that wrote the file was in (`en-GB`, `cy`), when it says.
    package var language: String?

    /// A consensus draft the group has not yet agreed.
    package var isUnagreedDraft: Bool { !drawnFrom.isEmpty && agreedWith.isEmpty }

    package init(
        framework: String, frameworkVersion: String, respondent: Respondent = Respondent(), answers: [Answer] = [],
        profile: [String: ProfileValue] = [:]
    ) {
        self.framework = framework
        self.frameworkVersion = frameworkVersion
        self.respondent = respondent
        self.answers = answers
        self.profile = profile
    }

    package func answer(_ question: String) -> Answer? { answers.first { $0.question == question } }

    /// Answers by question ID (the first, if a file repeats one).
    func indexed() -> [String: Answer] {
        var index: [String: Answer] = [:]
        index.reserveCapacity(answers.count)
        for answer in answers where index[answer.question] == nil { index[answer.question] = answer }
        return index
    }
}

package struct Respondent: Sendable, Equatable {
    package var organisation = ""
    package var role = ""
    /// Whose view the answers give (`Perspective`), or empty when not said.
    package var perspective = ""
    package var exercise = ""
    package var date = ""

    package init(
        organisation: String = "", role: String = "", perspective: String = "", exercise: String = "", date: String = ""
    ) {
        self.organisation = organisation
        self.role = role
        self.perspective = perspective
        self.exercise = exercise
        self.date = date
    }

    /// Two exercise names name the same exercise: compared ignoring letter case, runs of spaces
    /// and a final full stop, as people type them.
    package static func sameExercise(_ a: String, _ b: String) -> Bool { exerciseKey(a) == exerciseKey(b) }

    package static func exerciseKey(_ name: String) -> String {
        var words = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while words.hasSuffix(".") { words.removeLast() }
        // Words are joined by single spaces, so only spaces left by a dropped full stop remain.
        while words.hasSuffix(" ") { words.removeLast() }
        return words.lowercased()
    }

    package subscript(key: String) -> String {
        get {
            switch key {
            case "organisation": return organisation
            case "role": return role
            case "perspective": return perspective
            case "exercise": return exercise
            default: return date
            }
        }
        set {
            switch key {
            case "organisation": organisation = newValue
            case "role": role = newValue
            case "perspective": perspective = newValue
            case "exercise": exercise = newValue
            default: date = newValue
            }
        }
    }
}

package struct Answer: Sendable, Equatable {
    package var question: String
    /// nil or empty: not answered yet.
    package var response: String?
    package var evidence: String
    package var notes: String
    /// Where the answer came from (`answers[3]` or `row 7`), for messages.
    var location: String

    package init(question: String, response: String?, evidence: String = "", notes: String = "", location: String = "")
    {
        self.question = question
        self.response = response
        self.evidence = evidence
        self.notes = notes
        self.location = location
    }

    package var isAnswered: Bool { !(response ?? "").isEmpty }
    package var hasEvidence: Bool { !evidence.isBlank }
    var hasNotes: Bool { !notes.isBlank }
}

package enum ProfileValue: Sendable, Equatable {
    case count(Int)
    case yesNo(Bool)
    case choices([String])
}
