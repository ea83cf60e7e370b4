import EqualityCore

enum ActionWording {
    /// What a tracker row says of an action whose gap the reassessment found closed.
    static var gapClosed: String {
        say("actions.the-reassessment-found-this-gap", "The reassessment found this gap closed; kept for the record.")
    }
}

/// What an action asks for, in words.
extension Action {
    var text: String {
        switch basis {
        case .recommendation: return recommendation
        case .recordEvidence:
            return say(
                "actions.record-the-evidence-that-this",
                "Record the evidence that this is fully in place; until then it counts as mostly in place.")
        case .findOut:
            return say("actions.find-out-where-this-stands", "Find out where this stands. If it is not in place: ")
                + recommendation
        case .answerFirst:
            return say("actions.answer-this-question-if-it", "Answer this question. If it is not in place: ")
                + recommendation
        }
    }
}
