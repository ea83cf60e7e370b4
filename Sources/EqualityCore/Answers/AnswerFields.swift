/// The respondent details every answer set carries, in the order forms ask for them.
package enum AnswerFields {
    package static let respondent: [(key: String, label: String)] = [
        ("organisation", "Organisation"),
        ("role", "Your role"),
        (
            "perspective",
            "Whose view these answers give: commissioner, provider, voluntary-partner, lived-experience (people the service is for) or other"
        ),
        ("exercise", "The commissioning exercise or service assessed"),
        ("date", "Date of the assessment (YYYY-MM-DD)"),
    ]

    /// The respondent details with the framework's own wording: a framework may name what is
    /// assessed (`exerciseLabel`), so a voluntary organisation is not asked about a commissioning exercise.
    package static func respondent(for framework: Framework) -> [(key: String, label: String)] {
        respondent.map { field in
            field.key == "exercise" ? (field.key, framework.exerciseLabel ?? field.label) : field
        }
    }

    /// The context questions as a form or `ask` puts them, beside the choices' own words.
    package static func contextQuestion(_ field: AssessmentContext.Field) -> String {
        switch field {
        case .nation: return "Where is the service delivered?"
        case .dutyList:
            return
                "Which list of specific equality duties is your organisation on? The specific duties follow the list a body is on, not the nation it works in. If you are not sure, choose Don't know: every duty that could apply is then treated as applying."
        case .organisationType:
            return
                "What is your organisation in this work? A public authority is listed in Equality Act 2010 Sch.19; a body carrying out public functions does public work, which running a service under contract may or may not be (s.149(2), s.150(5)); a voluntary organisation here is not carrying out public functions in this work."
        case .routeToMarket:
            return
                "How is the service bought? A Procurement Act 2023 procurement is a covered procurement; a below-threshold contract is a public contract below the thresholds; the Provider Selection Regime is for health care services in England."
        case .servesUnder18s: return "Does the service work with children under 18?"
        }
    }

    /// The context questions, asked before everything else, with the values each takes.
    package static let context: [(field: AssessmentContext.Field, label: String)] = [
        (.nation, "Where the service is delivered: england or wales"),
        (
            .organisationType,
            "Your organisation in this work: public-authority (listed in Equality Act 2010 Sch.19), public-functions (carrying out public functions in this work, s.149(2); a contract alone does not decide it) or voluntary-organisation (not carrying out public functions in this work)"
        ),
        (
            .routeToMarket,
            "How the service is bought: procurement-act (a covered procurement under the Procurement Act 2023), below-threshold (a public contract below the thresholds), provider-selection-regime (health care services, England only), grant or in-house"
        ),
        (
            .dutyList,
            "Which list of specific duties your organisation is on: uk-list (Schedule 1 to the 2017 regulations: English and UK-wide bodies such as government departments and their agencies, wherever they work), welsh-list-socio-economic (a Welsh devolved body in Part 2 of Sch.19 that also owes the Socio-economic Duty), welsh-list (another Welsh devolved body in Part 2 of Sch.19), not-listed or dont-know"
        ),
        (.servesUnder18s, "Does the service work with children under 18: true or false"),
    ]
}
