/// The version of arxiv-bot, in one place: `arxiv-bot --version` prints it, the default
/// User-Agent carries it, and `scripts/package` names the tarball after it.
public enum ArxivBotVersion {
    /// Semantic version of this build, e.g. `0.1.0`.
    public static let current = "0.1.0"
}
