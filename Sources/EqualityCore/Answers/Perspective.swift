/// Whose view an answer set gives. Co-production means hearing several on one exercise: the
/// commissioner, the provider, the voluntary organisations that know the people it is for, and
/// those people themselves (`livedExperience`).
public enum Perspective: String, Sendable, CaseIterable, Comparable {
    case commissioner
    case provider
    case voluntaryPartner = "voluntary-partner"
    case livedExperience = "lived-experience"
    case other

    public static let ids = allCases.map(\.rawValue)

    public var label: String {
        switch self {
        case .commissioner: return "Commissioner"
        case .provider: return "Provider"
        case .voluntaryPartner: return "Voluntary-sector partner"
        case .livedExperience: return "People with lived experience"
        case .other: return "Other"
        }
    }

    public static func < (a: Perspective, b: Perspective) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
