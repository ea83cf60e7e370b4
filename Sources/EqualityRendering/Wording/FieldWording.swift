import EqualityCore

/// The respondent and legal-context fields as the questionnaires label them, in the current
/// language. `CatalogueTests` checks the English is `AnswerFields`' word for word (the CSV template
/// and `ask` use those).
enum FieldWording {
    static func respondent(for framework: Framework) -> [(key: String, label: String)] {
        AnswerFields.respondent.map { field in
            (field.key, field.key == "exercise" ? (framework.exerciseLabel ?? label(field.key)) : label(field.key))
        }
    }

    static func label(_ key: String) -> String {
        switch key {
        case "organisation": return say("field.organisation", "Organisation")
        case "role": return say("field.role", "Your role")
        case "perspective":
            return say(
                "field.perspective",
                "Whose view these answers give: commissioner, provider, voluntary-partner, lived-experience (people the service is for) or other"
            )
        case "exercise": return say("field.exercise", "The commissioning exercise or service assessed")
        case "date": return say("field.date", "Date of the assessment (YYYY-MM-DD)")
        default: return key
        }
    }

    static var context: [(field: AssessmentContext.Field, label: String)] {
        AnswerFields.context.map { ($0.field, contextLabel($0.field)) }
    }

    static func contextLabel(_ field: AssessmentContext.Field) -> String {
        switch field {
        case .nation: return say("field.context.nation", "Where the service is delivered: england or wales")
        case .organisationType:
            return say(
                "field.context.organisation-type",
                "Your organisation in this work: public-authority (listed in Equality Act 2010 Sch.19), public-functions (carrying out public functions in this work, s.149(2); a contract alone does not decide it) or voluntary-organisation (not carrying out public functions in this work)"
            )
        case .routeToMarket:
            return say(
                "field.context.route-to-market",
                "How the service is bought: procurement-act (a covered procurement under the Procurement Act 2023), below-threshold (a public contract below the thresholds), provider-selection-regime (health care services, England only), grant or in-house"
            )
        case .dutyList:
            return say(
                "field.context.duty-list",
                "Which list of specific duties your organisation is on: uk-list (Schedule 1 to the 2017 regulations: English and UK-wide bodies such as government departments and their agencies, wherever they work), welsh-list-socio-economic (a Welsh devolved body in Part 2 of Sch.19 that also owes the Socio-economic Duty), welsh-list (another Welsh devolved body in Part 2 of Sch.19), not-listed or dont-know"
            )
        case .servesUnder18s:
            return say("field.context.serves-under-18s", "Does the service work with children under 18: true or false")
        }
    }
}

extension FieldWording {
    /// A context question as the form asks it, in the current language (`AnswerFields.contextQuestion`
    /// is the English `ask` uses; `CatalogueTests` checks they agree).
    static func contextQuestion(_ field: AssessmentContext.Field) -> String {
        switch field {
        case .nation: return say("field.question.nation", "Where is the service delivered?")
        case .dutyList:
            return say(
                "field.question.duty-list",
                "Which list of specific equality duties is your organisation on? The specific duties follow the list a body is on, not the nation it works in. If you are not sure, choose Don't know: every duty that could apply is then treated as applying."
            )
        case .organisationType:
            return say(
                "field.question.organisation-type",
                "What is your organisation in this work? A public authority is listed in Equality Act 2010 Sch.19; a body carrying out public functions does public work, which running a service under contract may or may not be (s.149(2), s.150(5)); a voluntary organisation here is not carrying out public functions in this work."
            )
        case .routeToMarket:
            return say(
                "field.question.route-to-market",
                "How is the service bought? A Procurement Act 2023 procurement is a covered procurement; a below-threshold contract is a public contract below the thresholds; the Provider Selection Regime is for health care services in England."
            )
        case .servesUnder18s:
            return say("field.question.serves-under-18s", "Does the service work with children under 18?")
        }
    }

    /// A context field's choices as the form offers them, in the current language.
    static func choices(_ field: AssessmentContext.Field) -> [(value: String, label: String)] {
        AssessmentContext.choices(field).map { ($0.value, choiceLabel(field, $0.value) ?? $0.label) }
    }

    static func choiceLabel(_ field: AssessmentContext.Field, _ value: String) -> String? {
        switch (field, value) {
        case (.nation, "england"): return say("field.choice.england", "England")
        case (.nation, "wales"): return say("field.choice.wales", "Wales")
        case (.organisationType, "public-authority"): return say("field.choice.public-authority", "Public authority")
        case (.organisationType, "public-functions"):
            return say("field.choice.public-functions", "Body carrying out public functions")
        case (.organisationType, "voluntary-organisation"):
            return say("field.choice.voluntary-organisation", "Voluntary organisation")
        case (.routeToMarket, "procurement-act"):
            return say("field.choice.procurement-act", "Procurement Act 2023 procurement")
        case (.routeToMarket, "below-threshold"): return say("field.choice.below-threshold", "Below-threshold contract")
        case (.routeToMarket, "provider-selection-regime"):
            return say("field.choice.provider-selection-regime", "Provider Selection Regime")
        case (.routeToMarket, "grant"): return say("field.choice.grant", "Grant")
        case (.routeToMarket, "in-house"): return say("field.choice.in-house", "In-house")
        case (.dutyList, "uk-list"):
            return say(
                "field.choice.uk-list",
                "On the English and UK-wide list (Schedule 1 to the 2017 regulations), for example a government department or its agency such as HMPPS, wherever it works"
            )
        case (.dutyList, "welsh-list-socio-economic"):
            return say(
                "field.choice.welsh-list-socio-economic",
                "A Welsh devolved body listed in Part 2 of Schedule 19 that also owes the Socio-economic Duty (the Welsh Ministers, a county or county borough council, local health board, NHS trust, fire and rescue or national park authority, Welsh Revenue Authority)"
            )
        case (.dutyList, "welsh-list"):
            return say("field.choice.welsh-list", "Another Welsh devolved body listed in Part 2 of Schedule 19")
        case (.dutyList, "not-listed"):
            return say(
                "field.choice.not-listed", "Not on either list (for example a provider or a voluntary organisation)")
        case (.dutyList, "dont-know"): return say("field.choice.dont-know", "Don't know")
        case (.servesUnder18s, "true"): return say("questionnaire.yes", "Yes")
        case (.servesUnder18s, "false"): return say("questionnaire.no", "No")
        default: return nil
        }
    }
}

extension Perspective {
    /// Whose view an answer set gives, in the current language (`label` is the English the CLI and
    /// the CSV template read).
    var name: String {
        switch self {
        case .commissioner: return say("perspective.commissioner", "Commissioner")
        case .provider: return say("perspective.provider", "Provider")
        case .voluntaryPartner: return say("perspective.voluntary-partner", "Voluntary-sector partner")
        case .livedExperience: return say("perspective.lived-experience", "People with lived experience")
        case .other: return say("perspective.other", "Other")
        }
    }
}
