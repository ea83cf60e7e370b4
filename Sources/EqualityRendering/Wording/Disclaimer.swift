import EqualityCore

/// The one statement, made once in every report and questionnaire.
enum Disclaimer {
    static let text =
        "This tool supports judgement; it is not legal advice. For advice on your legal duties in a particular case, consult a qualified adviser."
}
