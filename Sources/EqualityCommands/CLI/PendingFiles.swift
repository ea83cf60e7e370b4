import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// The temporary files an output is being written to, and what SIGINT, SIGTERM or SIGHUP does to
/// them. The handler runs in signal context, so everything it touches is set up before it can
/// run: a fixed table of paths in raw memory and atomic flags, and it calls only `unlink`,
/// `signal` and `raise` (async-signal-safe).
///
/// - While files are being written, a signal removes every registered temporary file and then
///   ends the process as the signal would have (so the shell sees "interrupted", not an exit code).
/// - While finished files are being renamed into place (`commit`), a signal waits until every
///   rename is done, so a report and its log are replaced together or not at all.
/// - A signal that was being ignored when the tool started (`nohup`, a background job) stays
///   ignored, and `ask`'s own Ctrl-C handling is left alone.
enum PendingFiles {
    static let slots = 8
    static let pathCapacity = 4_096

    /// `slots` paths of `pathCapacity` bytes each, NUL-terminated; a slot is live while its bit in
    /// `live` is set. Only the thread writing outputs changes a slot, and only while its bit is clear.
    nonisolated(unsafe) static let table = UnsafeMutablePointer<CChar>.allocate(capacity: slots * pathCapacity)
    static let live = Atomic<Int>(0)
    /// 0 writing (a signal removes the files and ends the process), 1 committing (a signal waits),
    /// 2 ending (a signal arrived while writing; the handler is removing the files).
    static let phase = Atomic<Int>(0)
    /// A signal that arrived during a commit, delivered once the commit is done.
    static let deferred = Atomic<Int32>(0)
    static let installed = Atomic<Bool>(false)

    static let handled: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Installs the handler for every handled signal whose disposition is still the default.
    static func install() {
        registering.withLock { _ in installOnce() }
    }

    private static func installOnce() {
        guard !installed.load(ordering: .sequentiallyConsistent) else { return }
        installed.store(true, ordering: .sequentiallyConsistent)
        // Touch every static the handler reads, so none is first initialised inside the handler.
        table.initialize(repeating: 0, count: slots * pathCapacity)
        _ = live.load(ordering: .sequentiallyConsistent)
        _ = phase.load(ordering: .sequentiallyConsistent)
        _ = deferred.load(ordering: .sequentiallyConsistent)
        for sig in handled {
            var current = sigaction()
            guard sigaction(sig, nil, &current) == 0, current.__sigaction_handler.sa_handler == nil else { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = handleSignal
            sigemptyset(&action.sa_mask)
            for other in handled { sigaddset(&action.sa_mask, other) }
            action.sa_flags = SA_RESTART
            sigaction(sig, &action, nil)
        }
    }

    /// Registers a temporary file; returns its slot, or nil when the path is too long or the
    /// table is full (the file is then written without the guarantee, as before).
    static func register(_ path: String) -> Int? {
        let bytes = Array(path.utf8)
        guard bytes.count < pathCapacity else { return nil }
        return registering.withLock { _ -> Int? in
            installOnce()
            let mask = live.load(ordering: .sequentiallyConsistent)
            guard let slot = (0..<slots).first(where: { mask & (1 << $0) == 0 }) else { return nil }
            let start = table + slot * pathCapacity
            for (i, byte) in bytes.enumerated() { start[i] = CChar(bitPattern: byte) }
            start[bytes.count] = 0
            live.bitwiseOr(1 << slot, ordering: .sequentiallyConsistent)
            return slot
        }
    }

    private static let registering = Mutex(())

    /// The file in `slot` is gone (renamed into place or removed): forget it.
    static func release(_ slot: Int?) {
        guard let slot else { return }
        live.bitwiseAnd(~(1 << slot), ordering: .sequentiallyConsistent)
    }

    /// Runs `body` (the renames) with signals held back; a signal that arrived meanwhile is
    /// delivered afterwards, once every rename is done.
    static func commit(_ body: () -> Void) {
        install()
        // One commit at a time (tests write from many threads; the tool from one).
        committing.withLock { _ in
            // A signal is already removing the files and ending the process: let it finish.
            while !phase.compareExchange(expected: 0, desired: 1, ordering: .sequentiallyConsistent).exchanged {
                pause()
            }
            body()
            phase.store(0, ordering: .sequentiallyConsistent)
            let pending = deferred.exchange(0, ordering: .sequentiallyConsistent)
            if pending != 0 { endProcess(pending) }
        }
    }

    private static let committing = Mutex(())

    /// Removes every registered temporary file (signal-safe).
    static func removeAll() {
        let mask = live.load(ordering: .sequentiallyConsistent)
        for slot in 0..<slots where mask & (1 << slot) != 0 { unlink(table + slot * pathCapacity) }
    }

    static func endProcess(_ sig: Int32) {
        removeAll()
        signal(sig, SIG_DFL)
        raise(sig)
    }
}

/// The signal handler: C calling convention, no captures, async-signal-safe calls only.
private let handleSignal: @convention(c) (Int32) -> Void = { sig in
    while true {
        if PendingFiles.phase.compareExchange(expected: 0, desired: 2, ordering: .sequentiallyConsistent).exchanged {
            PendingFiles.endProcess(sig)
            return
        }
        if PendingFiles.phase.load(ordering: .sequentiallyConsistent) == 2 { return }
        // Committing: leave the signal for the commit to deliver, unless it finished meanwhile.
        PendingFiles.deferred.store(sig, ordering: .sequentiallyConsistent)
        if PendingFiles.phase.load(ordering: .sequentiallyConsistent) == 1 { return }
    }
}
