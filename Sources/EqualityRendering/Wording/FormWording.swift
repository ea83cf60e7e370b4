import EqualityCore

/// The fillable forms' words, in the current language: what the page prints, and what its script
/// says as a person answers (`scriptWords`, handed to the script with the form's data, so the
/// script keeps no words of its own).
enum FormWording {
    static func title(_ framework: Framework) -> String { say("form.title", "\(framework.title): answer form") }
    static var save: String { say("form.save", "Save answers") }
    static var load: String { say("form.load", "Load answers") }

    static func progress(_ answered: Int, _ total: Int) -> String {
        say(
            "form.progress", count: total, one: "\(answered) of \(total) question answered",
            other: "\(answered) of \(total) questions answered")
    }

    static func stageProgress(_ answered: Int, _ total: Int) -> String {
        say("form.stage-progress", "\(answered) of \(total) answered")
    }

    /// `text` as HTML with `{0}`, `{1}` … replaced by markup made here (never by typed text).
    static func markup(_ text: String, _ parts: [HTML]) -> HTML {
        // Escaping leaves the braces alone, so the placeholders are filled after it, by `Msg.fill`.
        let escaped: HTML = "\(text)"
        return HTML(trusted: Msg.fill(escaped.text, parts.map(\.text)))
    }

    /// A counted phrase for the script: `phrase(n)` for an example number of each CLDR category of
    /// the current language, written with `{0}` where the number goes, so the script fills it in.
    static func counted(_ phrase: (Int) -> String) -> JSONValue {
        let rules = Language.current.pluralRules
        return .object(
            rules.categories.map { category in
                (category.rawValue, .string(phrase(rules.example(category))))
            })
    }

    /// The plural category of small counts in the current language, and the category of every
    /// larger one: the script picks a counted phrase's form from it (CLDR's rules for whole
    /// numbers settle by 7 in English and Welsh; `FormWordingTests` checks to 1,000).
    static var pluralTable: JSONValue {
        let rules = Language.current.pluralRules
        return .object([
            ("small", .array((0...6).map { .string(rules.category($0).rawValue) })),
            ("other", .string(rules.category(7).rawValue)),
        ])
    }

    /// What the full form's script says, by the name the script asks for.
    static var questionnaireScript: JSONValue {
        .object([
            (
                "needsReason",
                .string(
                    say(
                        "form.needs-reason", "This needs a reason in the notes: the file will not validate without one."
                    ))
            ),
            (
                "noEvidence",
                .string(say("form.no-evidence", "No evidence given: this scores as \("{0}") until evidence is added."))
            ),
            ("notAssessed", .string(say("report.not-assessed", "not assessed"))),
            ("unanswered", .string(say("report.n-unanswered", "\("{0}") unanswered"))),
            ("dontKnow", .string(say("report.answered-dont-know-2", "\("{0}") answered don't know"))),
            ("overall", .string(say("report.overall", "Overall: \("{0}")"))),
            ("provisional", .string(say("report.provisional-2", " (provisional: \("{0}"))"))),
            ("legalRisks", .string(say("report.legal-risks", "Legal risks: \("{0}")"))),
            ("none", .string(Wording.none)),
            ("topGaps", .string(say("form.top-gaps", "Top gaps: \("{0}")"))),
            ("stageProgress", .string(say("form.stage-progress", "\("{0}") of \("{1}") answered"))),
            (
                "progress",
                counted { n in
                    say(
                        "form.progress", count: n, one: "\("{0}") of \("{1}") question answered",
                        other: "\("{0}") of \("{1}") questions answered")
                }
            ),
            ("badDate", .string(say("form.bad-date", "The tool cannot read this date; write it as \("{0}")."))),
            ("orBetween", .string(say("form.or-between", ", or "))),
            (
                "badCount",
                .string(
                    say(
                        "form.bad-count",
                        "Give a whole number of people, such as 0 or 7: the tool cannot read this, so it would not be saved."
                    ))
            ),
            ("saved", .string(say("form.saved", "Answers saved as \("{0}")."))),
            (
                "savedRefused",
                .string(
                    say(
                        "form.saved-refused",
                        " Before 'equality-assess validate' accepts the file, give a reason in the notes for: \("{0}")."
                    ))
            ),
            ("inFile", .string(say("form.in-file", "In \("{0}"): \("{1}")"))),
            (
                "nothingLoaded",
                counted { n in
                    say(
                        "form.nothing-loaded", count: n,
                        one:
                            "Nothing was loaded from \("{0}"): it has \("{1}") problem that equality-assess validate would also name (listed below). Fix the file, or answer here.",
                        other:
                            "Nothing was loaded from \("{0}"): it has \("{1}") problems that equality-assess validate would also name (listed below). Fix the file, or answer here."
                    )
                }
            ),
            (
                "loaded",
                counted { n in
                    say(
                        "form.loaded", count: n, one: "Loaded \("{0}") answer from \("{1}").",
                        other: "Loaded \("{0}") answers from \("{1}").")
                }
            ),
            (
                "migrated",
                .string(
                    say(
                        "form.migrated",
                        " It was made with version \("{0}") of the framework; this form is version \("{1}"), so the answers now belong to \("{2}") and Save writes \("{3}")."
                    ))
            ),
            (
                "migratedRemoved",
                .string(
                    say(
                        "form.migrated-removed",
                        " Questions removed since \("{0}") (their answers were not loaded): \("{1}")."))
            ),
            (
                "migratedChanged",
                .string(
                    say(
                        "form.migrated-changed",
                        " Questions changed since \("{0}") (check the answers still hold): \("{1}")."))
            ),
            ("migratedAdded", .string(say("form.migrated-added", " New questions to answer: \("{0}")."))),
            (
                "migratedContextRemoved",
                .string(
                    say(
                        "form.migrated-context-removed", " No longer asked in the legal context (not loaded): \("{0}")."
                    ))
            ),
            (
                "migratedContextAdded",
                .string(say("form.migrated-context-added", " New in the legal context: \("{0}")."))
            ),
            (
                "confirmClear",
                .string(say("form.confirm-clear", "Clear every answer in this form? Save them first if you need them."))
            ),
            ("cleared", .string(say("form.cleared", "All answers cleared."))),
            ("restored", .string(say("form.restored", "Your earlier answers in this browser were restored."))),
        ])
    }

    /// What the Easy Read form's script says: short sentences, plain words.
    static var easyReadScript: JSONValue {
        .object([
            (
                "answered",
                counted { n in
                    say(
                        "easyform.answered", count: n, one: "You have answered \("{0}") question.",
                        other: "You have answered \("{0}") questions.")
                }
            ),
            ("saved", .string(say("easyform.saved", "Your answers are saved in a file called \("{0}")."))),
            (
                "savedMissing",
                .string(
                    say(
                        "easyform.saved-missing",
                        " You did not tell us why for question \("{0}"). That is fine. We will count those as not answered."
                    ))
            ),
            (
                "otherForm",
                .string(say("easyform.other-form", "That file is for a different form. Nothing was changed."))
            ),
            (
                "problem",
                .string(
                    say(
                        "easyform.problem",
                        "That file has a problem, so nothing was changed. Ask the person helping you to look at it."))
            ),
            (
                "otherView",
                .string(say("easyform.other-view", "That file gives the view of a \("{0}"). Nothing was changed."))
            ),
            ("back", .string(say("easyform.back", "Your saved answers are back."))),
            (
                "kept",
                .string(
                    say(
                        "easyform.kept",
                        " Some answers in the file are about questions this form does not ask. They are kept."))
            ),
            ("confirmClear", .string(say("easyform.confirm-clear", "Do you want to clear all your answers?"))),
            ("cleared", .string(say("easyform.cleared", "All your answers are cleared."))),
            ("restored", .string(say("easyform.restored", "Your answers from last time are back."))),
        ])
    }
}
