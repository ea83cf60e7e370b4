// Framework data compiled into the binary (SwiftPM `.embedInCode`), so it never looks for files at run time.
public enum EmbeddedFrameworks {
    public static var commissioning: [UInt8] { PackageResources.commissioning_for_equality_json }
    public static var voluntary: [UInt8] { PackageResources.voluntary_organisation_self_assessment_json }
    /// Easy Read versions of every question and of the six answers.
    public static var easyRead: [UInt8] { PackageResources.easy_read_json }
    /// The Mulberry Symbols (CC BY-SA 4.0) printed beside Easy Read questions, by file name in `symbols/`.
    public static func symbol(_ file: String) -> [UInt8]? {
        switch file {
        case "hear_to.svg": return PackageResources.hear_to_svg
        case "concentrating_man.svg": return PackageResources.concentrating_man_svg
        case "group_work.svg": return PackageResources.group_work_svg
        case "correct_thought.svg": return PackageResources.correct_thought_svg
        default: return nil
        }
    }

    /// Earlier versions, kept so that answer files made with them still load (for `compare`).
    public static var commissioning_1_0_0: [UInt8] { PackageResources.commissioning_for_equality_1_0_0_json }
    public static var voluntary_1_0_0: [UInt8] { PackageResources.voluntary_organisation_self_assessment_1_0_0_json }
    public static var commissioning_1_1_0: [UInt8] { PackageResources.commissioning_for_equality_1_1_0_json }
    public static var voluntary_1_1_0: [UInt8] { PackageResources.voluntary_organisation_self_assessment_1_1_0_json }
}

// Fictional example answer sets, one per framework, for `report --example`.
public enum EmbeddedExamples {
    public static var commissioning: [UInt8] { PackageResources.commissioning_json }
    public static var voluntary: [UInt8] { PackageResources.voluntary_json }
}
