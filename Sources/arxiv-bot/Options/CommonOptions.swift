import ArgumentParser
import PaperKit

/// `--config` and `--db`, accepted by every subcommand.
struct CommonOptions: ParsableArguments {
    @Option(help: "The configuration file.")
    var config = "config.json"

    @Option(help: "The SQLite history (default: `database` in the configuration, else papers.db next to it).")
    var db: String?

    /// Loads the configuration, then opens the store; prints the configuration's warnings.
    /// Loads the configuration, lets `check` refuse it before anything is written, then opens (or
    /// creates) the store.
    func openWorkspace(check: (Configuration) throws -> Void = { _ in }) throws -> Workspace {
        let workspace = try Console.run { try Workspace(configPath: config, databasePath: db, check: check) }
        workspace.configuration.warnings.forEach { Console.warn($0) }
        return workspace
    }

    /// Like `openWorkspace`, for commands that only read: a missing database is an error, not a new file.
    func openExistingWorkspace(check: (Configuration) throws -> Void = { _ in }) throws -> Workspace {
        let workspace = try Console.run { try Workspace(configPath: config, databasePath: db, mustExist: true, check: check) }
        workspace.configuration.warnings.forEach { Console.warn($0) }
        return workspace
    }
}
