import Foundation

// The floor for process start-up: Foundation linked and used, as equality-assess links it.
print(ProcessInfo.processInfo.processIdentifier > 0 ? "hello" : "")
