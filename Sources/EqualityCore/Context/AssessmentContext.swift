/// The respondent's legal situation, asked before the questions: where the service is delivered,
/// what kind of body the organisation is, which list of specific duties it is on, and how the
/// service is bought. Legal duties (and the questions that exist only for a duty or a route) say,
/// as data, in which of these situations they apply. Every field may be left unstated, and "don't
/// know" counts as unstated: neither ever rules a duty or a question out.
package struct AssessmentContext: Sendable, Equatable {
    /// One field of the context.
    package enum Field: String, Sendable, CaseIterable {
        case nation
        case organisationType
        case routeToMarket
        /// Which list of specific duties the organisation is on (frameworks 1.2.0 on): the law
        /// decides the specific duties by the list, not by the nation a service is in.
        case dutyList
        /// Whether the service works with children (frameworks 1.0.0 and 1.1.0 asked it; it decided
        /// nothing, and 1.2.0 no longer asks it).
        case servesUnder18s
    }

    package enum Nation: String, Sendable, CaseIterable {
        case england
        case wales
    }

    package enum OrganisationType: String, Sendable, CaseIterable {
        /// Listed in Equality Act 2010 Sch.19: the whole of s.149 applies.
        case publicAuthority = "public-authority"
        /// Carrying out public functions (s.149(2)); whether contracted work is one follows s.150(5).
        case publicFunctions = "public-functions"
        /// A voluntary organisation not carrying out public functions in this work.
        case voluntaryOrganisation = "voluntary-organisation"
    }

    package enum RouteToMarket: String, Sendable, CaseIterable {
        /// A covered procurement under the Procurement Act 2023.
        case procurementAct = "procurement-act"
        /// A public contract below the thresholds.
        case belowThreshold = "below-threshold"
        /// Health care services under the Provider Selection Regime (England only).
        case providerSelectionRegime = "provider-selection-regime"
        case grant
        case inHouse = "in-house"
    }

    /// Which list of specific duties the organisation is on.
    package enum DutyList: String, Sendable, CaseIterable {
        /// Schedule 1 to the 2017 regulations: English and UK-wide bodies, wherever they work.
        case ukList = "uk-list"
        /// Part 2 of Sch.19 (the Welsh regulations), and named for the Socio-economic Duty too.
        case welshListSocioEconomic = "welsh-list-socio-economic"
        /// Part 2 of Sch.19, not named for the Socio-economic Duty.
        case welshList = "welsh-list"
        case notListed = "not-listed"
        /// Counts as unstated: every duty that could depend on it is treated as applying.
        case dontKnow = "dont-know"
    }

    package var nation: Nation?
    package var organisationType: OrganisationType?
    package var routeToMarket: RouteToMarket?
    package var dutyList: DutyList?
    package var servesUnder18s: Bool?

    package init(
        nation: Nation? = nil, organisationType: OrganisationType? = nil, routeToMarket: RouteToMarket? = nil,
        dutyList: DutyList? = nil, servesUnder18s: Bool? = nil
    ) {
        self.nation = nation
        self.organisationType = organisationType
        self.routeToMarket = routeToMarket
        self.dutyList = dutyList
        self.servesUnder18s = servesUnder18s
    }

    /// The value of a field as its data string ("england", "true"), or nil when not stated.
    package func value(_ field: Field) -> String? {
        switch field {
        case .nation: return nation?.rawValue
        case .organisationType: return organisationType?.rawValue
        case .routeToMarket: return routeToMarket?.rawValue
        case .dutyList: return dutyList?.rawValue
        case .servesUnder18s: return servesUnder18s.map { $0 ? "true" : "false" }
        }
    }

    /// A field's value when it is known: nil when unstated or "don't know", which never rule a
    /// duty or a question out.
    package func known(_ field: Field) -> String? {
        guard let v = value(field), v != DutyList.dontKnow.rawValue else { return nil }
        return v
    }

    /// Sets a field from its data string; false when the value is not one the field takes.
    package mutating func set(_ field: Field, _ value: String) -> Bool {
        switch field {
        case .nation:
            guard let v = Nation(rawValue: value) else { return false }
            nation = v
        case .organisationType:
            guard let v = OrganisationType(rawValue: value) else { return false }
            organisationType = v
        case .routeToMarket:
            guard let v = RouteToMarket(rawValue: value) else { return false }
            routeToMarket = v
        case .dutyList:
            guard let v = DutyList(rawValue: value) else { return false }
            dutyList = v
        case .servesUnder18s:
            switch value {
            case "true": servesUnder18s = true
            case "false": servesUnder18s = false
            default: return false
            }
        }
        return true
    }

    /// The values a field takes, as written in answer files.
    package static func allowedValues(_ field: Field) -> [String] {
        switch field {
        case .nation: return Nation.allCases.map(\.rawValue)
        case .organisationType: return OrganisationType.allCases.map(\.rawValue)
        case .routeToMarket: return RouteToMarket.allCases.map(\.rawValue)
        case .dutyList: return DutyList.allCases.map(\.rawValue)
        case .servesUnder18s: return ["true", "false"]
        }
    }

    /// Each value a field takes, with the words a person picks it by (forms, `ask`, the template).
    package static func choices(_ field: Field) -> [(value: String, label: String)] {
        switch field {
        case .nation: return [("england", "England"), ("wales", "Wales")]
        case .organisationType:
            return [
                ("public-authority", "Public authority"),
                ("public-functions", "Body carrying out public functions"),
                ("voluntary-organisation", "Voluntary organisation"),
            ]
        case .routeToMarket:
            return [
                ("procurement-act", "Procurement Act 2023 procurement"),
                ("below-threshold", "Below-threshold contract"),
                ("provider-selection-regime", "Provider Selection Regime"),
                ("grant", "Grant"), ("in-house", "In-house"),
            ]
        case .dutyList:
            return [
                (
                    "uk-list",
                    "On the English and UK-wide list (Schedule 1 to the 2017 regulations), for example a government department or its agency such as HMPPS, wherever it works"
                ),
                (
                    "welsh-list-socio-economic",
                    "A Welsh devolved body listed in Part 2 of Schedule 19 that also owes the Socio-economic Duty (the Welsh Ministers, a county or county borough council, local health board, NHS trust, fire and rescue or national park authority, Welsh Revenue Authority)"
                ),
                ("welsh-list", "Another Welsh devolved body listed in Part 2 of Schedule 19"),
                ("not-listed", "Not on either list (for example a provider or a voluntary organisation)"),
                ("dont-know", "Don't know"),
            ]
        case .servesUnder18s: return [("true", "Yes"), ("false", "No")]
        }
    }

    package var isEmpty: Bool { Field.allCases.allSatisfy { value($0) == nil } }

    /// The fields the framework asks that are not stated and would change which duties apply if
    /// they were: "legal context not stated" is said only for these. A field no duty depends on
    /// (or one whose every value gives the same answer) changes nothing and is not asked for again.
    package func decisiveUnstatedFields(_ framework: Framework) -> [Field] {
        let rules = framework.legalDuties.map(\.conditions) + framework.questions.map(\.askedWhen)
        return framework.contextFields.filter { field in
            guard known(field) == nil else { return false }
            return rules.contains { conditions in
                let outcomes = Set(
                    Self.allowedValues(field).map { candidate -> Bool in
                        var filled = self
                        _ = filled.set(field, candidate)
                        return DutyApplicability.of(conditions, in: filled).counts
                    })
                return outcomes.count > 1
            }
        }
    }
}

/// Where a legal duty applies: for each context field it names, the values under which it
/// applies. A field not named places no limit. A duty with no conditions applies everywhere.
package struct DutyConditions: Sendable, Equatable {
    package var values: [AssessmentContext.Field: [String]]

    package init(_ values: [AssessmentContext.Field: [String]] = [:]) { self.values = values }

    /// The fields this duty depends on, in the context's order.
    package var fields: [AssessmentContext.Field] { AssessmentContext.Field.allCases.filter { values[$0] != nil } }
}

/// Whether a legal duty applies in a context, and why, as values.
package enum DutyApplicability: Sendable, Equatable {
    /// Every field the duty depends on is stated and matches.
    case applies
    /// Some field the duty depends on is not stated, and the stated ones match: treated as
    /// applying, and the report says the context was not stated.
    case assumed(unstated: [AssessmentContext.Field])
    /// A stated field rules it out (the fields that do).
    case doesNotApply(because: [AssessmentContext.Field])

    /// Applies or treated as applying: a low score on its question is a legal risk.
    package var counts: Bool {
        if case .doesNotApply = self { return false }
        return true
    }

    package static func of(_ conditions: DutyConditions, in context: AssessmentContext) -> DutyApplicability {
        var unstated: [AssessmentContext.Field] = []
        var ruledOut: [AssessmentContext.Field] = []
        for field in conditions.fields {
            guard let value = context.known(field) else {
                unstated.append(field)
                continue
            }
            if !(conditions.values[field] ?? []).contains(value) { ruledOut.append(field) }
        }
        if !ruledOut.isEmpty { return .doesNotApply(because: ruledOut) }
        return unstated.isEmpty ? .applies : .assumed(unstated: unstated)
    }
}
