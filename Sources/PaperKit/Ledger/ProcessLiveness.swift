import Foundation

/// Whether the process that opened a ledger row still runs, so a row left `running` by a process
/// that is gone can be told from one whose import is under way.
enum ProcessLiveness {
    /// True when `pid` names a live process on this machine. A row without a pid (written before
    /// schema 007) counts as gone. A reused pid can make a dead run look alive until that process
    /// ends; the cost is a row shown as running, never data lost.
    static func isRunning(_ pid: Int?) -> Bool {
        guard let pid, pid > 0, let id = pid_t(exactly: pid) else { return false }
        if id == getpid() { return true }
        return kill(id, 0) == 0 || errno == EPERM
    }
}
