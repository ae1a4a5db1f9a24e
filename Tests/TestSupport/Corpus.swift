import Foundation
import Testing

/// The whole fixture corpus (`../shared/fixtures/arxiv` or another copy), named by the
/// `ARXIV_FIXTURES` environment variable. Tests over it carry the `.corpus` trait, so without the
/// variable they are skipped with a note instead of failing or passing on nothing.
public enum Corpus {
    public static let variable = "ARXIV_FIXTURES"

    /// The folder `ARXIV_FIXTURES` names (relative to the working directory), or nil when unset.
    public static let folder: FixtureFolder? = {
        guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else { return nil }
        return FixtureFolder(root: URL(fileURLWithPath: value).standardizedFileURL,
                             hint: "\(variable) must name a copy of the whole corpus (../shared/fixtures/arxiv)")
    }()

    /// Every corpus file below a folder, or none when the corpus is not set.
    public static func files(under folder: String) -> [String] { self.folder?.files(under: folder) ?? [] }

    /// The corpus, or a thrown `MissingFixture` naming the variable (for tests already gated by `.corpus`).
    public static func required() throws -> FixtureFolder {
        guard let folder else { throw MissingFixture(path: "$\(variable)", hint: "set it to the corpus folder") }
        return folder
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs a test or suite only when `ARXIV_FIXTURES` names a corpus folder.
    public static var corpus: Self {
        .enabled(if: Corpus.folder != nil, "full corpus: set ARXIV_FIXTURES=../shared/fixtures/arxiv to run")
    }
}
