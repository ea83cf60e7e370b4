/// The questionnaire's words that more than one format prints (Markdown, printable HTML, the
/// fillable form), said once.
enum QuestionnaireWording {
    static let whoItIsFor = "Who it is for:"
    static let howToAnswer = "How to answer"
    static let howToAnswerText =
        "Tick one response for each question and note the evidence that supports it. Leave a question blank only if you cannot answer it yet: unanswered questions score 0 and are listed."
    static let legalContext = "Your legal context"
    static let evidencePrompts = "Evidence that would show it:"
    static let alsoRelevantTo = "Also relevant to:"
    static let notes = "Notes (a reason is required for not applicable)"
    static let loadAnswers = "Load answers from a file"
}

extension Wording {
    /// The guidance's label, wherever a question's guidance or an action's is shown.
    static let whatGoodLooksLike = "What good looks like"
}
