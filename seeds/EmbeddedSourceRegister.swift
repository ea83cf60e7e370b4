// The source register compiled into the binary, so reports can list sources without data files.
public enum EmbeddedSourceRegister {
    public static var bytes: [UInt8] { PackageResources.sources_json }
}
