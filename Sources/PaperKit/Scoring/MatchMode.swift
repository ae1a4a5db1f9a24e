/// How a keyword is found in a text.
public enum MatchMode: String, Sendable, Equatable, CaseIterable {
    /// Whole words and phrases, case-insensitive, plural "s"/"es" tolerated (the default).
    case word
    /// The old Python bot exactly: `keyword.lower() in text.lower()`, so "RL" matches "world".
    case substring
}
