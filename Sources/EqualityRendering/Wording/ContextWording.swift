import EqualityCore

/// The respondent's legal context, and whether each legal duty applies in it, in words.
extension Wording {
    static func fieldName(_ field: AssessmentContext.Field) -> String {
        switch field {
        case .nation: return "nation"
        case .dutyList: return say("context.list-of-specific-duties", "list of specific duties")
        case .organisationType: return say("context.organisation-type", "organisation type")
        case .routeToMarket: return say("context.route-to-market", "route to market")
        case .servesUnder18s: return say("context.work-with-children-under", "work with children under 18")
        }
    }

    /// "England", "a public authority (Equality Act 2010 Sch.19)", "a grant", ...
    static func contextValue(_ field: AssessmentContext.Field, _ context: AssessmentContext) -> String? {
        switch field {
        case .nation:
            switch context.nation {
            case .england?: return say("context.a-service-in-england", "a service in England")
            case .wales?: return say("context.a-service-in-wales", "a service in Wales")
            case nil: return nil
            }
        case .dutyList:
            switch context.dutyList {
            case .ukList?:
                return say(
                    "context.a-body-on-the-english",
                    "a body on the English and UK-wide list of specific duties (the 2017 regulations)")
            case .welshListSocioEconomic?:
                return
                    say(
                        "context.a-welsh-devolved-body-on",
                        "a Welsh devolved body on the Welsh list (Part 2 of Sch.19) that also owes the Socio-economic Duty"
                    )
            case .welshList?:
                return say(
                    "context.a-welsh-devolved-body-on-2", "a Welsh devolved body on the Welsh list (Part 2 of Sch.19)")
            case .notListed?: return say("context.a-body-on-neither-list", "a body on neither list of specific duties")
            case .dontKnow?:
                return say("context.a-body-not-sure-which", "a body not sure which list of specific duties it is on")
            case nil: return nil
            }
        case .organisationType:
            switch context.organisationType {
            case .publicAuthority?:
                return say(
                    "context.a-public-authority-listed-in", "a public authority (listed in Equality Act 2010 Sch.19)")
            case .publicFunctions?:
                return say(
                    "context.a-body-carrying-out-public",
                    "a body carrying out public functions (Equality Act 2010 s.149(2))")
            case .voluntaryOrganisation?:
                return say(
                    "context.a-voluntary-organisation-not-carrying",
                    "a voluntary organisation not carrying out public functions in this work")
            case nil: return nil
            }
        case .routeToMarket:
            switch context.routeToMarket {
            case .procurementAct?:
                return say(
                    "context.a-covered-procurement-under-the", "a covered procurement under the Procurement Act 2023")
            case .belowThreshold?:
                return say("context.a-public-contract-below-the", "a public contract below the procurement thresholds")
            case .providerSelectionRegime?:
                return say(
                    "context.health-care-services-under-the",
                    "health care services under the Provider Selection Regime (England only)")
            case .grant?: return say("context.a-grant", "a grant")
            case .inHouse?: return say("context.a-service-provided-in-house", "a service provided in-house")
            case nil: return nil
            }
        case .servesUnder18s:
            switch context.servesUnder18s {
            case true?: return say("context.works-with-children-under", "works with children under 18")
            case false?: return say("context.does-not-work-with-children", "does not work with children under 18")
            case nil: return nil
            }
        }
    }

    /// What the context questions do, said the same way by every questionnaire.
    static func contextIntroduction(leaveOut: String) -> String {
        say(
            "context.answer-these-first-they-decide",
            "Answer these first: they decide which legal duties apply and which questions are asked. \(leaveOut) (or answer don't know) and every duty and question that depends on it is treated as applying."
        )
    }

    /// One value of a field in words, as `contextValue` says it.
    static func contextValue(_ field: AssessmentContext.Field, value: String) -> String {
        var context = AssessmentContext()
        _ = context.set(field, value)
        return contextValue(field, context) ?? value
    }

    /// A value as a short phrase, for saying where a question is asked: "a grant", "Wales".
    static func shortValue(_ field: AssessmentContext.Field, _ value: String) -> String {
        switch (field, value) {
        case (.organisationType, "public-authority"): return say("context.a-public-authority", "a public authority")
        case (.organisationType, "public-functions"):
            return say("context.a-body-carrying-out-public-2", "a body carrying out public functions")
        case (.organisationType, "voluntary-organisation"):
            return say("context.a-voluntary-organisation", "a voluntary organisation")
        case (.routeToMarket, "procurement-act"):
            return say("context.a-procurement-act-procurement", "a Procurement Act 2023 procurement")
        case (.routeToMarket, "below-threshold"):
            return say("context.a-below-threshold-contract", "a below-threshold contract")
        case (.routeToMarket, "provider-selection-regime"):
            return say("context.the-provider-selection-regime", "the Provider Selection Regime")
        case (.routeToMarket, "grant"): return say("context.a-grant", "a grant")
        case (.routeToMarket, "in-house"): return "in-house"
        case (.dutyList, "uk-list"):
            return say("context.the-english-and-uk-wide", "the English and UK-wide list (2017 regulations)")
        case (.dutyList, "welsh-list-socio-economic"):
            return say("context.the-welsh-list-with-the", "the Welsh list, with the Socio-economic Duty")
        case (.dutyList, "welsh-list"): return say("context.the-welsh-list", "the Welsh list")
        case (.dutyList, "not-listed"): return say("context.neither-list", "neither list")
        case (.dutyList, "dont-know"): return say("context.dont-know", "don't know")
        default: return AssessmentContext.choices(field).first { $0.value == value }?.label ?? value
        }
    }

    /// "route to market is a grant or in-house"; both Welsh lists read as "the Welsh list (Part 2 of Sch.19)".
    static func fieldIs(_ field: AssessmentContext.Field, _ values: [String]) -> String {
        var phrases = values.map { shortValue(field, $0) }
        if field == .dutyList, values.contains("welsh-list"), values.contains("welsh-list-socio-economic") {
            phrases = values.filter { !$0.hasPrefix("welsh-list") }.map { shortValue(field, $0) }
            phrases.append(say("context.the-welsh-list-part-of", "the Welsh list (Part 2 of Sch.19)"))
        }
        return say("context.the-is", "the \(fieldName(field)) is \(orList(phrases))")
    }

    /// "Asked only where route to market is a grant or in-house.", or nil for a question the legal
    /// context never leaves out. Several fields are joined with semicolons.
    static func askedWhenText(_ conditions: DutyConditions) -> String? {
        let parts = conditions.fields.map { fieldIs($0, conditions.values[$0] ?? []) }
        return parts.isEmpty
            ? nil : say("context.asked-only-where", "Asked only where \(parts.joined(separator: "; ")).")
    }

    /// "the legal context rules it out (the route to market is a grant); asked only where the route
    /// to market is a Procurement Act 2023 procurement or a below-threshold contract": the fields
    /// that rule it out, and what each would have to be.
    static func notInContextText(
        _ conditions: DutyConditions, because fields: [AssessmentContext.Field], _ context: AssessmentContext
    ) -> String {
        let stated = fields.compactMap { field in context.value(field).map { fieldIs(field, [$0]) } }
        let wanted = fields.map { fieldIs($0, conditions.values[$0] ?? []) }
        return
            say(
                "context.the-legal-context-rules-it",
                "the legal context rules it out (\(stated.joined(separator: "; "))); asked only where \(wanted.joined(separator: "; "))"
            )
    }

    /// The context as one line: "England; a public authority (…); a grant; does not work with children under 18",
    /// or what is missing.
    static func contextText(_ framework: Framework, _ context: AssessmentContext) -> String {
        let stated = framework.contextFields.compactMap { contextValue($0, context) }
        let missing = framework.contextFields.filter { context.value($0) == nil }.map(fieldName)
        if stated.isEmpty { return say("context.not-stated", "not stated") }
        var text = stated.joined(separator: "; ")
        if !missing.isEmpty { text += say("context.not-stated-2", " (not stated: \(missing.joined(separator: ", ")))") }
        return text
    }

    /// The first-page notice when some of the context is missing.
    static func contextNotStatedNotice(_ framework: Framework, _ context: AssessmentContext) -> String {
        let missing = context.decisiveUnstatedFields(framework).map(fieldName)
        return
            say(
                "context.legal-context-not-stated-every",
                "Legal context not stated (\(missing.joined(separator: ", "))): every legal duty and question that could depend on it is treated as applying, so some legal risks below may not apply to you. Add the context to the answers to see only the duties and questions that apply."
            )
    }

    /// "Applies", "Treated as applying", "Does not apply here".
    static func applicabilityLabel(_ a: DutyApplicability) -> String {
        switch a {
        case .applies: return say("context.applies", "Applies")
        case .assumed: return say("context.treated-as-applying", "Treated as applying")
        case .doesNotApply: return say("context.does-not-apply-here", "Does not apply here")
        }
    }

    /// Why a duty applies or not, from the context.
    static func applicabilityReason(_ result: DutyResult, _ context: AssessmentContext) -> String {
        let fields = result.duty.conditions.fields
        switch result.applicability {
        case .applies:
            let values = fields.compactMap { contextValue($0, context) }
            return values.isEmpty
                ? say("context.it-applies-whatever-the-context", "It applies whatever the context.")
                : say("context.the-context-is", "The context is \(values.joined(separator: "; ")).")
        case .assumed(let unstated):
            return
                say(
                    "context.the-answers-do-not-state",
                    "The answers do not state the \(orList(unstated.map(fieldName))) (or say don't know), so it is treated as applying."
                )
        case .doesNotApply(let because):
            let values = because.compactMap { contextValue($0, context) }
            let asked = result.questions.filter { !result.notAsked.contains($0) }
            let scored: String
            if asked.isEmpty {
                scored =
                    result.questions.count == 1
                    ? say("context.its-question-is-not-asked", "Its question is not asked.")
                    : say("context.its-questions-are-not-asked", "Its questions are not asked.")
            } else if result.notAsked.isEmpty {
                scored =
                    result.questions.count == 1
                    ? say(
                        "context.its-question-is-still-scored",
                        "Its question is still scored, as good practice, but not flagged as a legal risk.")
                    : say(
                        "context.its-questions-are-still-scored",
                        "Its questions are still scored, as good practice, but not flagged as legal risks.")
            } else {
                let flagged =
                    asked.count == 1
                    ? say(
                        "context.is-still-scored-as-good",
                        "is still scored, as good practice, but not flagged as a legal risk")
                    : say(
                        "context.are-still-scored-as-good",
                        "are still scored, as good practice, but not flagged as legal risks")
                let notAsked = andList(result.notAsked)
                scored =
                    "\(andList(asked)) \(flagged); "
                    + say(
                        "context.questions-not-asked", count: result.notAsked.count, one: "\(notAsked) is not asked.",
                        other: "\(notAsked) are not asked.")
            }
            return say(
                "context.the-context-is-where-this",
                "The context is \(values.joined(separator: "; ")), where this duty does not apply. \(scored)")
        }
    }
}
