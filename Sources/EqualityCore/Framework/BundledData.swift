import FrameworkData
import SourceRegisterData
import Synchronization

/// The frameworks, examples and source register compiled into the binary, so it runs from
/// anywhere with no data files beside it.
package enum BundledData {
    /// The bundled frameworks, by ID, in the order the tool lists them (the first is the default).
    package static let frameworkIDs = FrameworkCatalogue.frameworks.filter { $0.archivedVersion == nil }.map(\.id)

    static func frameworkBytes(_ id: String) -> [UInt8]? {
        FrameworkCatalogue.frameworks.first { $0.id == id && $0.archivedVersion == nil }?.bytes
    }

    /// Earlier bundled versions still read, so answer files made with them keep working: by ID, version.
    static func archivedFrameworkBytes(_ id: String, version: String) -> [UInt8]? {
        FrameworkCatalogue.frameworks.first { $0.id == id && $0.archivedVersion == version }?.bytes
    }

    /// The earlier versions of a bundled framework that can still be read, oldest first.
    package static func archivedVersions(_ id: String) -> [String] {
        FrameworkCatalogue.frameworks.compactMap {
            $0.id == id ? $0.archivedVersion.flatMap(SemanticVersion.init) : nil
        }
        .sorted().map(\.description)
    }

    /// A bundled framework at an earlier version, or nil when that version is not kept.
    package static func framework(_ id: String, version: String) throws(ToolError) -> Framework? {
        guard let file = FrameworkCatalogue.frameworks.first(where: { $0.id == id && $0.archivedVersion == version })
        else { return nil }
        return try cached("\(id)@\(version)") { () throws(ToolError) in
            try FrameworkLoader.load(file.bytes, file: "Frameworks/\(file.path)", sources: try sources())
        }
    }

    /// A bundled framework decoded and validated once per process, under `key`.
    private static func cached(_ key: String, _ load: () throws(ToolError) -> Framework) throws(ToolError)
        -> Framework
    {
        if let known = decodedFrameworks.withLock({ $0[key] }) { return try known.get() }
        let result: Result<Framework, ToolError>
        do throws(ToolError) { result = .success(try load()) } catch { result = .failure(error) }
        decodedFrameworks.withLock { $0[key] = result }
        return try result.get()
    }

    /// Example answer sets by name (`commissioning`, `voluntary`); the first is the default.
    package static let exampleNames = FrameworkCatalogue.examples.map(\.name)

    /// The example that answers a bundled framework, if any.
    package static func exampleName(forFramework id: String) -> String? {
        FrameworkCatalogue.examples.first { $0.framework == id }?.name
    }

    static func exampleBytes(_ name: String) -> [UInt8]? {
        FrameworkCatalogue.examples.first { $0.name == name }?.bytes
    }

    static var sourceRegisterBytes: [UInt8] { EmbeddedSourceRegister.bytes }

    /// The bundled source register, decoded once; a failure here is a build defect, caught by the tests.
    package static func sources() throws(ToolError) -> SourceRegister {
        try decodedSources.get()
    }

    private static let decodedSources: Result<SourceRegister, ToolError> = {
        do throws(ToolError) {
            return .success(try SourceRegister.decode(sourceRegisterBytes, file: "seeds/sources.json"))
        } catch { return .failure(error) }
    }()

    /// A bundled framework by ID, decoded and validated once per process.
    package static func framework(_ id: String) throws(ToolError) -> Framework? {
        guard let bytes = frameworkBytes(id) else { return nil }
        return try cached(id) { () throws(ToolError) in
            try FrameworkLoader.load(bytes, file: "Frameworks/\(id).json", sources: try sources())
        }
    }

    private static let decodedFrameworks = Mutex<[String: Result<Framework, ToolError>]>([:])

    /// A bundled framework by ID, or a framework file by path.
    package static func resolveFramework(_ reference: String) throws(ToolError) -> Framework {
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
