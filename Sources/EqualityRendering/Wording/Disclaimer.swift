import EqualityCore

/// The one statement, made once in every report and questionnaire.
enum Disclaimer {
    static var text: String {
        say(
            "report.this-tool-supports-judgement-it",
            "This tool supports judgement; it is not legal advice. For advice on your legal duties in a particular case, consult a qualified adviser."
        )
    }
}
