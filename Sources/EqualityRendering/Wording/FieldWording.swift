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
