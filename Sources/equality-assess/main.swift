import Dispatch
import EqualityCommands
import FoundationEssentials
import Glibc

// Wire the standard streams to the command line and exit with its code: everything else lives
// in the EqualityCommands library. A closed pipe is reported as exit 74, not a crash.
signal(SIGPIPE, SIG_IGN)
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), context: .standardStreams()))
