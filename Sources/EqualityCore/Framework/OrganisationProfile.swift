/// The unscored profile a voluntary organisation fills in: headcounts and yes/no facts for the
/// Race and Justice Network categories, and the capacity needs it wants help with.
public struct OrganisationProfile: Sendable {
    public var title: String
    public var introduction: String
    public var fields: [ProfileField]
    public var network: NetworkEligibility?

    public func field(_ id: String) -> ProfileField? { fields.first { $0.id == id } }
}

public struct ProfileField: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case count
        case yesNo = "yes-no"
        case choices
    }

    public var id: String
    public var kind: Kind
    public var label: String
    public var help: String
    /// For `choices`: the options a respondent may tick (any number).
    public var options: [ProfileOption]
    public var citations: [Citation]
}

public struct ProfileOption: Sendable, Equatable {
    public var id: String
    public var label: String
    /// Where to go for help with this need.
    public var signpost: String
    public var citations: [Citation]
}

/// Membership categories of a network, each a rule over profile fields.
public struct NetworkEligibility: Sendable {
    public var name: String
    public var categories: [NetworkCategory]
    /// The yes/no profile field that records membership of the parent body (Clinks), if any.
    var membershipField: String?
    /// Said whatever the result (for the Race and Justice Network: registration needs Clinks membership).
    public var membershipNote: String
    /// Said when no category is met.
    public var noCategoryNote: String
    public var citations: [Citation]
}

public struct NetworkCategory: Sendable {
    public var number: Int
    public var name: String
    var description: String
    public var rule: NetworkRule
    /// Categories whose being met implies this one (an organisation set up for racially minoritised
    /// people works with them).
    public var impliedBy: [Int] = []
}

public enum NetworkRule: Sendable, Equatable {
    /// Every listed share (part over whole, from count fields) is at least `percent`.
    case sharesAtLeast(percent: Double, shares: [Share])
    /// The yes/no field is answered yes.
    case yes(field: String)

    public struct Share: Sendable, Equatable {
        var label: String
        public var part: String
        public var whole: String
    }

    var fieldsUsed: [String] {
        switch self {
        case .sharesAtLeast(_, let shares): return shares.flatMap { [$0.part, $0.whole] }
        case .yes(let field): return [field]
        }
    }
}
