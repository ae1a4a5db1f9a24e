import Foundation
import Synchronization

/// Ctrl-C during a backfill: the first SIGINT asks the backfill to stop after the page in flight
/// (the library checks between pages, and the HTTP client before each request and during
/// Retry-After or backoff waits, so every committed page stays and nothing new is asked); a second
/// one quits at once, which is still safe because a page and its resumption state commit together.
enum Interrupt {
    private static let requested = Atomic<Bool>(false)

    /// Whether Ctrl-C was pressed since `install()`.
    static var isRequested: Bool { requested.load(ordering: .relaxed) }

    static func install() {
        // A parent may have blocked SIGINT for its children (test runners do); Ctrl-C must still arrive.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        signal(SIGINT) { _ in
            // Only async-signal-safe work here: an atomic exchange, write(2) of a static string, _exit.
            if Interrupt.requested.exchange(true, ordering: .relaxed) { _exit(130) }
            let notice: StaticString = "\narxiv-bot: stopping after the current page (Ctrl-C again to quit now)\n"
            _ = write(STDERR_FILENO, notice.utf8Start, notice.utf8CodeUnitCount)
        }
    }
}
