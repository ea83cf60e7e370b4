// Framework data compiled into the binary (the EmbedData plugin, from embedded-files.txt), so it
// never looks for files at run time.

/// Every bundled framework file and example, in one list. A new framework version adds its
/// archived predecessor here (and to `embedded-files.txt`); nothing else in the code lists them.
/// `BundledCatalogueTests` checks every file in `Frameworks/archive/` is here.
package enum FrameworkCatalogue {
    package struct FrameworkFile: Sendable {
        package let id: String
        /// nil for the current version; the version an archived copy holds.
        package let archivedVersion: String?
        /// The file's path under `Frameworks/`.
        package let path: String
        /// Read when first asked for, so a run copies out only the files it uses.
        let load: @Sendable () -> [UInt8]
        package var bytes: [UInt8] { load() }
    }

    package struct Example: Sendable {
        /// The name `--example` takes.
        package let name: String
        /// The framework it answers.
        package let framework: String
        package let path: String
        let load: @Sendable () -> [UInt8]
        package var bytes: [UInt8] { load() }
    }

    /// Current versions first, in the order the tool lists them; then earlier versions, oldest first.
    package static let frameworks: [FrameworkFile] = [
        FrameworkFile(
            id: "commissioning-for-equality", archivedVersion: nil, path: "commissioning-for-equality.json",
            load: { PackageResources.commissioning_for_equality_json }),
        FrameworkFile(
            id: "voluntary-organisation-self-assessment", archivedVersion: nil,
            path: "voluntary-organisation-self-assessment.json",
            load: { PackageResources.voluntary_organisation_self_assessment_json }),
        FrameworkFile(
            id: "commissioning-for-equality", archivedVersion: "1.0.0",
            path: "archive/commissioning-for-equality-1.0.0.json",
            load: { PackageResources.commissioning_for_equality_1_0_0_json }),
        FrameworkFile(
            id: "voluntary-organisation-self-assessment", archivedVersion: "1.0.0",
            path: "archive/voluntary-organisation-self-assessment-1.0.0.json",
            load: { PackageResources.voluntary_organisation_self_assessment_1_0_0_json }),
        FrameworkFile(
            id: "commissioning-for-equality", archivedVersion: "1.1.0",
            path: "archive/commissioning-for-equality-1.1.0.json",
            load: { PackageResources.commissioning_for_equality_1_1_0_json }),
        FrameworkFile(
            id: "voluntary-organisation-self-assessment", archivedVersion: "1.1.0",
            path: "archive/voluntary-organisation-self-assessment-1.1.0.json",
            load: { PackageResources.voluntary_organisation_self_assessment_1_1_0_json }),
    ]

    /// Fictional example answer sets, one per framework, for `report --example`; the first is the default.
    package static let examples: [Example] = [
        Example(
            name: "commissioning", framework: "commissioning-for-equality", path: "examples/commissioning.json",
            load: { PackageResources.commissioning_json }),
        Example(
            name: "voluntary", framework: "voluntary-organisation-self-assessment", path: "examples/voluntary.json",
            load: { PackageResources.voluntary_json }),
    ]

    /// The message catalogue (en-GB, the source), its translations, the framework translations
    /// and the glossary, by path under `Frameworks/`. `BundledCatalogueTests` checks every file in
    /// `Frameworks/translations/` is here.
    package static let translations: [(path: String, load: @Sendable () -> [UInt8])] = [
        ("translations/messages.en-GB.json", { PackageResources.messages_en_GB_json }),
        ("translations/messages.cy.json", { PackageResources.messages_cy_json }),
        ("translations/commissioning-for-equality-1.2.0.cy.json", { PackageResources.commissioning_for_equality_1_2_0_cy_json }),
        (
            "translations/voluntary-organisation-self-assessment-1.2.0.cy.json",
            { PackageResources.voluntary_organisation_self_assessment_1_2_0_cy_json }
        ),
        ("translations/glossary.cy.json", { PackageResources.glossary_cy_json }),
        ("translations/easy-read.cy.json", { PackageResources.easy_read_cy_json }),
    ]

    /// Easy Read versions of every question and of the six answers.
    package static var easyRead: [UInt8] { PackageResources.easy_read_json }

    /// The Mulberry Symbols (CC BY-SA 4.0) printed beside Easy Read questions, by file name in `symbols/`.
    package static func symbol(_ file: String) -> [UInt8]? {
        switch file {
        case "hear_to.svg": return PackageResources.hear_to_svg
        case "concentrating_man.svg": return PackageResources.concentrating_man_svg
        case "group_work.svg": return PackageResources.group_work_svg
        case "correct_thought.svg": return PackageResources.correct_thought_svg
        default: return nil
        }
    }
}
