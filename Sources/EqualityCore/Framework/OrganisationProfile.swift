/// The unscored profile a voluntary organisation fills in: headcounts and yes/no facts for the
/// Race and Justice Network categories, and the capacity needs it wants help with.
package struct OrganisationProfile: Sendable {
    package var title: String
    package var introduction: String
    package var fields: [ProfileField]
    package var network: NetworkEligibility?

    package func field(_ id: String) -> ProfileField? { fields.first { $0.id == id } }
}

package struct ProfileField: Sendable, Equatable {
    package enum Kind: String, Sendable, CaseIterable {
        case count
        case yesNo = "yes-no"
        case choices
    }

    package var id: String
    package var kind: Kind
    package var label: String
    package var help: String
    /// For `choices`: the options a respondent may tick (any number).
    package var options: [ProfileOption]
    package var citations: [Citation]
}

package struct ProfileOption: Sendable, Equatable {
    package var id: String
    package var label: String
    /// Where to go for help with this need.
    package var signpost: String
    package var citations: [Citation]
}

/// Membership categories of a network, each a rule over profile fields.
package struct NetworkEligibility: Sendable {
    package var name: String
    package var categories: [NetworkCategory]
    /// The yes/no profile field that records membership of the parent body (Clinks), if any.
    var membershipField: String?
    /// Said whatever the result (for the Race and Justice Network: registration needs Clinks membership).
    package var membershipNote: String
    /// Said when no category is met.
    package var noCategoryNote: String
    package var citations: [Citation]
}

package struct NetworkCategory: Sendable {
    package var number: Int
    package var name: String
    var description: String
    package var rule: NetworkRule
    /// Categories whose being met implies this one (an organisation set up for racially minoritised
    /// people works with them).
    package var impliedBy: [Int] = []
}

package enum NetworkRule: Sendable, Equatable {
    /// Every listed share (part over whole, from count fields) is at least `percent`.
    case sharesAtLeast(percent: Double, shares: [Share])
    /// The yes/no field is answered yes.
    case yes(field: String)

    package struct Share: Sendable, Equatable {
        var label: String
        package var part: String
        package var whole: String
        /// The count field for people who prefer not to say, if the rule asks: they are counted
        /// both ways (as not in the part, and as in it), and the outcome says when that matters.
        package var undisclosed: String?

        /// A headcount that cannot be right, with the field to fix: a part, or a part and the people
        /// who prefer not to say, larger than the whole. One rule for `validate`, `ask` and the
        /// form's Load (answer-reader.js mirrors it; the conformance corpus pins the two).
        package func problem(_ count: (String) -> Int?) -> (field: String, message: String)? {
            guard let part = count(part), let whole = count(whole) else { return nil }
            if part > whole {
                return (self.part, "\(part) is more than the total \(self.whole) (\(whole)); check the headcounts")
            }
            if let field = undisclosed, let u = count(field), part + u > whole {
                return (
                    field,
                    "\(part) (\(self.part)) and \(u) who prefer not to say are more than the total \(self.whole) (\(whole)); check the headcounts"
                )
            }
            return nil
        }
    }

    var fieldsUsed: [String] {
        switch self {
        case .sharesAtLeast(_, let shares):
            return shares.flatMap { [$0.part, $0.whole] + ($0.undisclosed.map { [$0] } ?? []) }
        case .yes(let field): return [field]
        }
    }
}
