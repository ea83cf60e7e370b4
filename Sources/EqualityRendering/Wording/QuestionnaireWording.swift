/// The questionnaire's words that more than one format prints (Markdown, printable HTML, the
/// fillable form), said once.
enum QuestionnaireWording {
    static var whoItIsFor: String { say("questionnaire.who-it-is-for", "Who it is for:") }
    static var howToAnswer: String { say("questionnaire.how-to-answer", "How to answer") }
    static var howToAnswerText: String {
        say("questionnaire.tick-one-response-for-each", "Tick one response for each question and note the evidence that supports it. Leave a question blank only if you cannot answer it yet: unanswered questions score 0 and are listed.")
    }
    static var legalContext: String { say("questionnaire.your-legal-context", "Your legal context") }
    static var evidencePrompts: String { say("questionnaire.evidence-that-would-show-it", "Evidence that would show it:") }
    static var alsoRelevantTo: String { say("questionnaire.also-relevant-to", "Also relevant to:") }
    static var notes: String { say("questionnaire.notes-a-reason-is-required", "Notes (a reason is required for not applicable)") }
    static var loadAnswers: String { say("questionnaire.load-answers-from-a-file", "Load answers from a file") }
}

extension Wording {
    /// The guidance's label, wherever a question's guidance or an action's is shown.
    static var whatGoodLooksLike: String { say("questionnaire.what-good-looks-like", "What good looks like") }
}
