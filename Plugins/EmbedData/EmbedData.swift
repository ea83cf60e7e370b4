import PackagePlugin

/// Compiles a target's data files into it as string literals, which the compiler reads in
/// moments, where SwiftPM's `embedInCode` writes byte-array literals that took over a minute to
/// compile. The files are listed, one path a line relative to the target, in the target's
/// `embedded-files.txt`; each becomes `PackageResources.<file name>` (`[UInt8]`), as before.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let list = target.directoryURL.appending(path: "embedded-files.txt")
        let paths = try String(contentsOf: list, encoding: .utf8).split(separator: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        let inputs = paths.map { target.directoryURL.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(paths.count) data files in \(target.name)",
                executable: try context.tool(named: "EmbedTool").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: [list] + inputs,
                outputFiles: [output])
        ]
    }
}
