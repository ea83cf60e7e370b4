/// The respondent's legal situation, asked before the questions: which nation's law, what kind of
/// body, how the service is bought, and whether it serves children. Legal duties in a framework
/// say, as data, in which of these situations they apply. Every field may be left unstated; an
/// unstated field never rules a duty out.
public struct AssessmentContext: Sendable, Equatable {
    /// One field of the context.
    public enum Field: String, Sendable, CaseIterable {
        case nation
        case organisationType
        case routeToMarket
        case servesUnder18s
    }

    public enum Nation: String, Sendable, CaseIterable {
        case england
        case wales
    }

    public enum OrganisationType: String, Sendable, CaseIterable {
        /// Listed in Equality Act 2010 Sch.19: the whole of s.149 applies.
        case publicAuthority = "public-authority"
        /// Carrying out public functions (a provider under contract, for instance): s.149(2).
        case publicFunctions = "public-functions"
        /// A voluntary organisation not carrying out public functions in this work.
        case voluntaryOrganisation = "voluntary-organisation"
    }

    public enum RouteToMarket: String, Sendable, CaseIterable {
        /// A covered procurement under the Procurement Act 2023.
        case procurementAct = "procurement-act"
        /// A public contract below the thresholds.
        case belowThreshold = "below-threshold"
        /// Health care services under the Provider Selection Regime (England only).
        case providerSelectionRegime = "provider-selection-regime"
        case grant
        case inHouse = "in-house"
    }

    public var nation: Nation?
    public var organisationType: OrganisationType?
    public var routeToMarket: RouteToMarket?
    public var servesUnder18s: Bool?

    public init(
        nation: Nation? = nil, organisationType: OrganisationType? = nil, routeToMarket: RouteToMarket? = nil,
        servesUnder18s: Bool? = nil
    ) {
        self.nation = nation
        self.organisationType = organisationType
        self.routeToMarket = routeToMarket
        self.servesUnder18s = servesUnder18s
    }

    /// The value of a field as its data string ("england", "true"), or nil when not stated.
    public func value(_ field: Field) -> String? {
        switch field {
        case .nation: return nation?.rawValue
        case .organisationType: return organisationType?.rawValue
        case .routeToMarket: return routeToMarket?.rawValue
        case .servesUnder18s: return servesUnder18s.map { $0 ? "true" : "false" }
        }
    }

    /// Sets a field from its data string; false when the value is not one the field takes.
    public mutating func set(_ field: Field, _ value: String) -> Bool {
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
    public static func allowedValues(_ field: Field) -> [String] {
        switch field {
        case .nation: return Nation.allCases.map(\.rawValue)
        case .organisationType: return OrganisationType.allCases.map(\.rawValue)
        case .routeToMarket: return RouteToMarket.allCases.map(\.rawValue)
        case .servesUnder18s: return ["true", "false"]
        }
    }

    /// Each value a field takes, with the words a person picks it by (forms, `ask`, the template).
    public static func choices(_ field: Field) -> [(value: String, label: String)] {
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
        case .servesUnder18s: return [("true", "Yes"), ("false", "No")]
        }
    }

    public var isEmpty: Bool { Field.allCases.allSatisfy { value($0) == nil } }

    /// The fields the framework asks that are not stated and would change which duties apply if
    /// they were: "legal context not stated" is said only for these. A field no duty depends on
    /// (or one whose every value gives the same answer) changes nothing and is not asked for again.
    public func decisiveUnstatedFields(_ framework: Framework) -> [Field] {
        framework.contextFields.filter { field in
            guard value(field) == nil else { return false }
            return framework.legalDuties.contains { duty in
                let outcomes = Set(
                    Self.allowedValues(field).map { candidate -> Bool in
                        var filled = self
                        _ = filled.set(field, candidate)
                        return DutyApplicability.of(duty.conditions, in: filled).counts
                    })
                return outcomes.count > 1
            }
        }
    }
}

/// Where a legal duty applies: for each context field it names, the values under which it
/// applies. A field not named places no limit. A duty with no conditions applies everywhere.
public struct DutyConditions: Sendable, Equatable {
    public var values: [AssessmentContext.Field: [String]]

    public init(_ values: [AssessmentContext.Field: [String]] = [:]) { self.values = values }

    /// The fields this duty depends on, in the context's order.
    public var fields: [AssessmentContext.Field] { AssessmentContext.Field.allCases.filter { values[$0] != nil } }
}

/// Whether a legal duty applies in a context, and why, as values.
public enum DutyApplicability: Sendable, Equatable {
    /// Every field the duty depends on is stated and matches.
    case applies
    /// Some field the duty depends on is not stated, and the stated ones match: treated as
    /// applying, and the report says the context was not stated.
    case assumed(unstated: [AssessmentContext.Field])
    /// A stated field rules it out (the fields that do).
    case doesNotApply(because: [AssessmentContext.Field])

    /// Applies or treated as applying: a low score on its question is a legal risk.
    public var counts: Bool {
        if case .doesNotApply = self { return false }
        return true
    }

    public static func of(_ conditions: DutyConditions, in context: AssessmentContext) -> DutyApplicability {
        var unstated: [AssessmentContext.Field] = []
        var ruledOut: [AssessmentContext.Field] = []
        for field in conditions.fields {
            guard let value = context.value(field) else {
                unstated.append(field)
                continue
            }
            if !(conditions.values[field] ?? []).contains(value) { ruledOut.append(field) }
        }
        if !ruledOut.isEmpty { return .doesNotApply(because: ruledOut) }
        return unstated.isEmpty ? .applies : .assumed(unstated: unstated)
    }
}
