/// Whose view an answer set gives. Co-production means hearing several on one exercise: the
/// commissioner, the provider, the voluntary organisations that know the people it is for, and
/// those people themselves (`livedExperience`).
package enum Perspective: String, Sendable, CaseIterable, Comparable {
    case commissioner
    case provider
    case voluntaryPartner = "voluntary-partner"
    case livedExperience = "lived-experience"
    case other

    package static let ids = allCases.map(\.rawValue)

    package var label: String {
        switch self {
        case .commissioner: return "Commissioner"
        case .provider: return "Provider"
        case .voluntaryPartner: return "Voluntary-sector partner"
        case .livedExperience: return "People with lived experience"
        case .other: return "Other"
        }
    }

    /// A perspective as a person types it: its ID or its label, in any letter case.
    package static func parse(_ text: String) -> Perspective? {
        let key = text.trimmingWhitespace().lowercased()
        return allCases.first { $0.rawValue == key || $0.label.lowercased() == key }
    }

    package static func < (a: Perspective, b: Perspective) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
