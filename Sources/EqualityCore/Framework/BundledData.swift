import FrameworkData
import SourceRegisterData

/// The frameworks, examples and source register compiled into the binary, so it runs from
/// anywhere with no data files beside it.
public enum BundledData {
    public static let frameworkIDs = ["commissioning-for-equality", "voluntary-organisation-self-assessment"]

    static func frameworkBytes(_ id: String) -> [UInt8]? {
        switch id {
        case "commissioning-for-equality": return EmbeddedFrameworks.commissioning
        case "voluntary-organisation-self-assessment": return EmbeddedFrameworks.voluntary
        default: return nil
        }
    }

    /// Earlier bundled versions still read, so answer files made with them keep working: by ID, version.
    static func archivedFrameworkBytes(_ id: String, version: String) -> [UInt8]? {
        switch (id, version) {
        case ("commissioning-for-equality", "1.0.0"): return EmbeddedFrameworks.commissioning_1_0_0
        case ("voluntary-organisation-self-assessment", "1.0.0"): return EmbeddedFrameworks.voluntary_1_0_0
        case ("commissioning-for-equality", "1.1.0"): return EmbeddedFrameworks.commissioning_1_1_0
        case ("voluntary-organisation-self-assessment", "1.1.0"): return EmbeddedFrameworks.voluntary_1_1_0
        default: return nil
        }
    }

    /// The versions of a bundled framework that can still be read, oldest first (the current one last).
    public static func archivedVersions(_ id: String) -> [String] {
        ["1.0.0", "1.1.0"].filter { archivedFrameworkBytes(id, version: $0) != nil }
    }

    /// A bundled framework at an earlier version, or nil when that version is not kept.
    public static func framework(_ id: String, version: String) throws(ToolError) -> Framework? {
        guard let bytes = archivedFrameworkBytes(id, version: version) else { return nil }
        return try FrameworkLoader.load(bytes, file: "Frameworks/archive/\(id)-\(version).json", sources: try sources())
    }

    /// Example answer sets: `commissioning` and `voluntary`.
    public static let exampleNames = ["commissioning", "voluntary"]

    static func exampleBytes(_ name: String) -> [UInt8]? {
        switch name {
        case "commissioning": return EmbeddedExamples.commissioning
        case "voluntary": return EmbeddedExamples.voluntary
        default: return nil
        }
    }

    static var sourceRegisterBytes: [UInt8] { EmbeddedSourceRegister.bytes }

    /// The bundled source register, decoded once; a failure here is a build defect, caught by the tests.
    public static func sources() throws(ToolError) -> SourceRegister {
        try decodedSources.get()
    }

    private static let decodedSources: Result<SourceRegister, ToolError> = {
        do throws(ToolError) {
            return .success(try SourceRegister.decode(sourceRegisterBytes, file: "seeds/sources.json"))
        } catch { return .failure(error) }
    }()

    public static func framework(_ id: String) throws(ToolError) -> Framework? {
        guard let bytes = frameworkBytes(id) else { return nil }
        return try FrameworkLoader.load(bytes, file: "Frameworks/\(id).json", sources: try sources())
    }

    /// A bundled framework by ID, or a framework file by path.
    public static func resolveFramework(_ reference: String) throws(ToolError) -> Framework {
        if let bundled = try framework(reference) { return bundled }
        if !reference.contains("/") && !reference.hasSuffix(".json") {
            var message =
                "is not a bundled framework (bundled: \(frameworkIDs.joined(separator: ", "))) and not a .json path"
            if let near = Spelling.nearest(to: reference, in: frameworkIDs) { message += "; did you mean \"\(near)\"?" }
            throw ToolError(.usage, file: reference, message)
        }
        return try FrameworkLoader.load(try InputFile.read(reference), file: reference, sources: try sources())
    }
}
