import EqualityAssess
import Foundation

// Parse, dispatch, map errors to exit codes: everything else lives in the EqualityAssess library.
let context = CommandContext(
    environment: ProcessInfo.processInfo.environment,
    stdoutIsTerminal: isatty(STDOUT_FILENO) == 1,
    out: { FileHandle.standardOutput.write(Data($0.utf8)) },
    err: { FileHandle.standardError.write(Data($0.utf8)) })
context.stderrIsTerminal = isatty(STDERR_FILENO) == 1
context.readLine = { Swift.readLine(strippingNewline: true) }
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), context: context))
