import Foundation
import FrameworkData
import Testing

@testable import EqualityCore

/// The catalogue of compiled-in frameworks and examples is the one list: it holds every file in
/// `Frameworks/archive/` and the current frameworks, and each entry says truly what it holds.
@Suite struct BundledCatalogueTests {
    @Test func everyArchivedFrameworkFileIsInTheCatalogue() throws {
        let folder = Support.packageRoot.appendingPathComponent("Frameworks/archive")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
        #expect(!files.isEmpty)
        let listed = Set(FrameworkCatalogue.frameworks.map(\.path))
        for file in files {
            #expect(listed.contains("archive/" + file), "Frameworks/archive/\(file) is not in FrameworkCatalogue")
        }
        #expect(listed.filter { $0.hasPrefix("archive/") }.count == files.count)
    }

    @Test func eachEntryHoldsTheFileItNamesAndTheVersionItSays() throws {
        for entry in FrameworkCatalogue.frameworks {
            let onDisk = try Data(contentsOf: Support.packageRoot.appendingPathComponent("Frameworks/" + entry.path))
            #expect(Array(onDisk) == entry.bytes, "\(entry.path) differs from what is compiled in")
            let framework = try FrameworkLoader.load(entry.bytes, file: entry.path, sources: BundledData.sources())
            #expect(framework.id == entry.id)
            if let version = entry.archivedVersion {
                #expect(framework.version.description == version, "\(entry.path) holds \(framework.version)")
                #expect(entry.path == "archive/\(entry.id)-\(version).json")
            } else {
                #expect(entry.path == "\(entry.id).json")
            }
        }
        for example in FrameworkCatalogue.examples {
            let onDisk = try Data(contentsOf: Support.packageRoot.appendingPathComponent("Frameworks/" + example.path))
            #expect(Array(onDisk) == example.bytes)
            #expect(BundledData.frameworkIDs.contains(example.framework))
            #expect(String(decoding: example.bytes, as: UTF8.self).contains("\"\(example.framework)\""))
        }
        #expect(BundledData.frameworkIDs == ["commissioning-for-equality", "voluntary-organisation-self-assessment"])
        #expect(BundledData.archivedVersions("commissioning-for-equality") == ["1.0.0", "1.1.0"])
    }
}
