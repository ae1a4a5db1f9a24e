import Testing
@testable import PaperKit

struct ArxivIDTests {
    @Test(arguments: [
        ("2601.03043", "2601.03043", nil),
        ("2601.03043v2", "2601.03043", 2),
        ("arXiv:2601.03043v12", "2601.03043", 12),
        ("oai:arXiv.org:2508.13167v1", "2508.13167", 1),
        ("https://arxiv.org/abs/2601.03043", "2601.03043", nil),
        ("http://arxiv.org/abs/hep-th/9901001v1", "hep-th/9901001", 1),
        ("https://arxiv.org/pdf/2601.03043v2.pdf", "2601.03043", 2),
        ("https://arxiv.org/abs/2601.03043v2?context=cs", "2601.03043", 2),
        ("https://arxiv.org/html/2601.03043v1#S3", "2601.03043", 1),
        ("arXiv:hep-th/9901001", "hep-th/9901001", nil),
        ("cs/9808001", "cs/9808001", nil),
        ("cmp-lg/9808001v3", "cmp-lg/9808001", 3),
        ("math.AG/0101001", "math/0101001", nil),
        ("0704.0001", "0704.0001", nil),
        (" 2601.03043 ", "2601.03043", nil),
    ] as [(String, String, Int?)])
    func parsesEverySpelling(input: String, id: String, version: Int?) throws {
        let parsed = try #require(ArxivID.parse(input))
        #expect(parsed.id.rawValue == id)
        #expect(parsed.version == version)
    }

    @Test(arguments: ["", "abc", "2601.030", "2601.0304356", "https://arxiv.org/api/errors#incorrect_id_format_for_abc",
                      "hep-th/99", "26010.3043", "v2"])
    func rejectsNonIDs(input: String) {
        #expect(ArxivID.parse(input) == nil)
    }

    @Test func oldStyleArchivesStayDistinct() {
        #expect(ArxivID("cs/9808001") != ArxivID("cmp-lg/9808001"))
    }
}
