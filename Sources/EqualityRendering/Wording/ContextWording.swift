import EqualityCore

/// The respondent's legal context, and whether each legal duty applies in it, in words.
extension Wording {
    static func fieldName(_ field: AssessmentContext.Field) -> String {
        switch field {
        case .nation: return "nation"
        case .organisationType: return "organisation type"
        case .routeToMarket: return "route to market"
        case .servesUnder18s: return "work with children under 18"
        }
    }

    /// "England", "a public authority (Equality Act 2010 Sch.19)", "a grant", ...
    static func contextValue(_ field: AssessmentContext.Field, _ context: AssessmentContext) -> String? {
        switch field {
        case .nation:
            switch context.nation {
            case .england?: return "England"
            case .wales?: return "Wales"
            case nil: return nil
            }
        case .organisationType:
            switch context.organisationType {
            case .publicAuthority?: return "a public authority (listed in Equality Act 2010 Sch.19)"
            case .publicFunctions?: return "a body carrying out public functions (Equality Act 2010 s.149(2))"
            case .voluntaryOrganisation?:
                return "a voluntary organisation not carrying out public functions in this work"
            case nil: return nil
            }
        case .routeToMarket:
            switch context.routeToMarket {
            case .procurementAct?: return "a covered procurement under the Procurement Act 2023"
            case .belowThreshold?: return "a public contract below the procurement thresholds"
            case .providerSelectionRegime?:
                return "health care services under the Provider Selection Regime (England only)"
            case .grant?: return "a grant"
            case .inHouse?: return "a service provided in-house"
            case nil: return nil
            }
        case .servesUnder18s:
            switch context.servesUnder18s {
            case true?: return "works with children under 18"
            case false?: return "does not work with children under 18"
            case nil: return nil
            }
        }
    }

    /// The context as one line: "England; a public authority (…); a grant; does not work with children under 18",
    /// or what is missing.
    static func contextText(_ framework: Framework, _ context: AssessmentContext) -> String {
        let stated = framework.contextFields.compactMap { contextValue($0, context) }
        let missing = framework.contextFields.filter { context.value($0) == nil }.map(fieldName)
        if stated.isEmpty { return "not stated" }
        var text = stated.joined(separator: "; ")
        if !missing.isEmpty { text += " (not stated: \(missing.joined(separator: ", ")))" }
        return text
    }

    /// The first-page notice when some of the context is missing.
    static func contextNotStatedNotice(_ framework: Framework, _ context: AssessmentContext) -> String {
        let missing = context.decisiveUnstatedFields(framework).map(fieldName)
        return
            "Legal context not stated (\(missing.joined(separator: ", "))): every legal duty that could depend on it is treated as applying, so some legal risks below may not apply to you. Add the context to the answers to see only the duties that apply."
    }

    /// "Applies", "Treated as applying", "Does not apply here".
    static func applicabilityLabel(_ a: DutyApplicability) -> String {
        switch a {
        case .applies: return "Applies"
        case .assumed: return "Treated as applying"
        case .doesNotApply: return "Does not apply here"
        }
    }

    /// Why a duty applies or not, from the context.
    static func applicabilityReason(_ result: DutyResult, _ context: AssessmentContext) -> String {
        let fields = result.duty.conditions.fields
        switch result.applicability {
        case .applies:
            let values = fields.compactMap { contextValue($0, context) }
            return values.isEmpty
                ? "It applies whatever the context." : "The context is \(values.joined(separator: "; "))."
        case .assumed(let unstated):
            return "The answers do not state the \(orList(unstated.map(fieldName))), so it is treated as applying."
        case .doesNotApply(let because):
            let values = because.compactMap { contextValue($0, context) }
            return
                "The context is \(values.joined(separator: "; ")), where this duty does not apply. Its questions are still scored, as good practice, but not flagged as legal risks."
        }
    }
}
