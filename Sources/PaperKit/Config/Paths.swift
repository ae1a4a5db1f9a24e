import Foundation

/// Pure path rules: paths written in a config file are relative to that file's folder, not to the
/// working directory, so `arxiv-bot --config ~/bot/config.json` works from anywhere.
public enum Paths {
    /// The folder part of a file path: `"a/b/config.json"` → `"a/b"`, `"config.json"` → `""`, `"/x"` → `"/"`.
    public static func folder(of file: String) -> String {
        guard let slash = file.lastIndex(of: "/") else { return "" }
        if slash == file.startIndex { return "/" }
        return String(file[..<slash])
    }

    /// `path` if absolute, `~/...` expanded with `home`, otherwise joined to the folder of `configFile`.
    public static func resolve(_ path: String, relativeToFolderOf configFile: String,
                               home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        if path.hasPrefix("/") { return path }
        if let home, path == "~" || path.hasPrefix("~/") { return join(home, String(path.dropFirst(2))) }
        return join(folder(of: configFile), path)
    }

    /// The database to open: an explicit `--db` (as given, relative to the working directory) wins,
    /// then `database` from the config file, then `papers.db`, both relative to the config file's folder.
    public static func database(explicit: String?, configured: String?, configFile: String,
                                home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        return resolve(configured ?? "papers.db", relativeToFolderOf: configFile, home: home)
    }

    /// The AI summary prompt file, relative to the config file's folder.
    public static func promptFile(_ configured: String, configFile: String,
                                  home: String? = ProcessInfo.processInfo.environment["HOME"]) -> String {
        resolve(configured, relativeToFolderOf: configFile, home: home)
    }

    private static func join(_ folder: String, _ path: String) -> String {
        if folder.isEmpty { return path }
        if path.isEmpty { return folder }
        return folder.hasSuffix("/") ? folder + path : folder + "/" + path
    }
}
