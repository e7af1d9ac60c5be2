import Dashboard
import Dispatch
#if canImport(Glibc)
import Glibc
#endif
import Foundation
import ProgressModel

/// Runs the dashboard in the terminal: draw, read, update, carry out the effects, until quit.
public struct DashboardLoop {
    /// Reads the data again (for `R`).
    public var reload: () -> Result<Tally, Error>
    /// Writes the current view to files in a format, returning their paths (for `e`); run in the
    /// background.
    public var export: @Sendable (DashboardState, ExportKind) -> Result<[String], Error>

    public init(reload: @escaping () -> Result<Tally, Error>,
                export: @escaping @Sendable (DashboardState, ExportKind) -> Result<[String], Error>) {
        self.reload = reload
        self.export = export
    }

    /// Returns the exit status: 0 after `q`, 128 + the signal after Ctrl-C or SIGTERM.
    public func run(_ initial: DashboardState, terminal: Terminal) -> Int32 {
        var state = initial
        let size = terminal.size
        state = Dashboard.update(state, .resize(width: size.width, height: size.height)).0
        terminal.draw(DashboardView.render(state))
        let background = Background()
        background.prepare(for: state)
        let exports = Exports()
        // An export under way is finished before the dashboard ends, so that none is left half written.
        defer { exports.waitUntilDone() }
        while Signals.stopRequested == 0 {
            if let ready = background.take() { state = Dashboard.update(state, ready).0 }
            if let written = exports.take() {
                state = Dashboard.update(state, written).0
                terminal.draw(DashboardView.render(state))
            }
            let event: DashboardEvent
            switch terminal.read() {
            case .none: continue
            case .hangup: return 128 + SIGHUP
            case .key(let key): event = .key(key)
            case .resize(let width, let height): event = .resize(width: width, height: height)
            }
            var (next, effects) = Dashboard.update(state, event)
            while !effects.isEmpty {
                let effect = effects.removeFirst()
                switch effect {
                case .quit:
                    return 0
                case .reload:
                    terminal.draw(DashboardView.render(next))
                    let result = reload()
                    let (reloaded, more) = Dashboard.update(next, (try? result.get()).map { .loaded($0) }
                                                            ?? .loadFailed(failureText(result)))
                    next = reloaded
                    effects += more
                    background.prepare(for: next)
                case .export(let kind):
                    exports.start(next, kind, export)
                }
            }
            state = next
            terminal.draw(DashboardView.render(state))
        }
        return 128 + Signals.stopRequested
    }

    /// Work done while the user reads the screen: the firm locator, so that firm lists open
    /// at once.
    final class Background: @unchecked Sendable {
        private let lock = NSLock()
        private var ready: DashboardEvent?

        func prepare(for state: DashboardState) {
            let tally = state.tally, generation = state.generation
            DispatchQueue.global(qos: .utility).async {
                let locator = FirmLocator(tally: tally)
                self.lock.withLock { self.ready = .prepared(locator, generation: generation) }
            }
        }

        func take() -> DashboardEvent? {
            lock.withLock {
                defer { ready = nil }
                return ready
            }
        }
    }

    /// Exports written on a queue of their own while keys keep working; each result waits
    /// here, as an event, for the loop to take it.
    final class Exports: @unchecked Sendable {
        private let queue = DispatchQueue(label: "srdi.export", qos: .userInitiated)
        private let running = DispatchGroup()
        private let lock = NSLock()
        private var results: [DashboardEvent] = []

        func start(_ state: DashboardState, _ kind: ExportKind,
                   _ export: @escaping @Sendable (DashboardState, ExportKind) -> Result<[String], Error>) {
            queue.async(group: running) {
                let event: DashboardEvent
                switch export(state, kind) {
                case .success(let paths): event = .exported(paths: paths)
                case .failure(let error): event = .exportFailed(String(describing: error))
                }
                self.lock.withLock { self.results.append(event) }
            }
        }

        func take() -> DashboardEvent? {
            lock.withLock { results.isEmpty ? nil : results.removeFirst() }
        }

        func waitUntilDone() { running.wait() }
    }

    private func failureText(_ result: Result<Tally, Error>) -> String {
        if case .failure(let error) = result { return String(describing: error) }
        return ""
    }
}
