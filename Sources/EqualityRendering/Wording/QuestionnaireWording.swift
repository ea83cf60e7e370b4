import EqualityCore

/// The questionnaire's words that more than one format prints (Markdown, printable HTML, the
/// fillable form), said once.
enum QuestionnaireWording {
    static var whoItIsFor: String { say("questionnaire.who-it-is-for", "Who it is for:") }
    static var howToAnswer: String { say("questionnaire.how-to-answer", "How to answer") }
    static var howToAnswerText: String {
        say(
            "questionnaire.tick-one-response-for-each",
            "Tick one response for each question and note the evidence that supports it. Leave a question blank only if you cannot answer it yet: unanswered questions score 0 and are listed."
        )
    }
    static var legalContext: String { say("questionnaire.your-legal-context", "Your legal context") }
    static var evidencePrompts: String {
        say("questionnaire.evidence-that-would-show-it", "Evidence that would show it:")
    }
    static var alsoRelevantTo: String { say("questionnaire.also-relevant-to", "Also relevant to:") }
    static var notes: String {
        say("questionnaire.notes-a-reason-is-required", "Notes (a reason is required for not applicable)")
    }
    static var loadAnswers: String { say("questionnaire.load-answers-from-a-file", "Load answers from a file") }

    /// "<framework title>: questionnaire", and " (completed)" when printed with answers.
    static func title(_ framework: Framework, completed: Bool) -> String {
        say("questionnaire.title", "\(framework.title): questionnaire")
            + (completed ? say("questionnaire.completed", " (completed)") : "")
    }
    static var framework: String { say("questionnaire.framework", "Framework") }
    static var version: String { say("questionnaire.version", "version") }
    static var response: String { say("questionnaire.response", "Response") }
    static var points: String { say("questionnaire.points", "Points") }
    static var meaning: String { say("questionnaire.meaning", "Meaning") }
    static var leftOut: String { say("questionnaire.left-out", "left out") }
    static var leaveOneBlank: String { say("questionnaire.leave-one-blank", "Leave one blank") }
    static var aboutYou: String { say("questionnaire.about-you", "About you") }
    static var sources: String { say("questionnaire.sources", "Sources") }
    static var signOff: String { say("questionnaire.sign-off", "Sign-off") }
    static var concerns: String { say("questionnaire.concerns", "Concerns:") }
    static var legalDuty: String { say("questionnaire.legal-duty", "Legal duty:") }
    static var weight: String { say("questionnaire.weight", "Weight:") }
    static var sourcesColon: String { say("questionnaire.sources-colon", "Sources:") }
    static var responseColon: String { say("questionnaire.response-colon", "Response:") }
    static var evidenceColon: String { say("questionnaire.evidence-colon", "Evidence:") }
    static var number: String { say("questionnaire.number", "Number:") }
    static var yes: String { say("questionnaire.yes", "Yes") }
    static var no: String { say("questionnaire.no", "No") }
    static var noneGiven: String { say("questionnaire.none-given", "(none given)") }
}

extension Wording {
    /// The guidance's label, wherever a question's guidance or an action's is shown.
    static var whatGoodLooksLike: String { say("questionnaire.what-good-looks-like", "What good looks like") }
}
