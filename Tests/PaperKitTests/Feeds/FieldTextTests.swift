import Testing
@testable import PaperKit

struct FieldTextTests {
    @Test(arguments: [
        ("  Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies", "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"),
        ("a\t\tb\r\nc ", "a b c"),
        ("already clean", "already clean"),
        ("“quoted” — dash", "“quoted” — dash"),
        ("non\u{00A0}breaking\u{2009}thin", "non breaking thin"),
        ("", ""),
        ("   ", ""),
    ])
    func foldsWhitespace(input: String, expected: String) {
        #expect(FieldText.fold(input) == expected)
        #expect(FieldText.fold(input) == input.normalizingWhitespace())
    }

    @Test func controlCharactersAreDroppedNotStored() {
        #expect(FieldText.fold("Escaped \u{1B}[31mred\u{1B}[0m title\u{07} with a\u{0}bell\u{7F}") == "Escaped [31mred[0m title with abell")
        #expect(FieldText.clean("\u{1B}\tTeX Ren\\'e\u{08}") == "TeX René")
    }

    @Test(arguments: [
        ("Zeyu Ren, Ling Yue, Ran Li", ["Zeyu Ren", "Ling Yue", "Ran Li"]),
        ("Jonathan A. Karr Jr., Benjamin F. Herbst", ["Jonathan A. Karr Jr.", "Benjamin F. Herbst"]),
        ("Ileana Streinu and Louis Theran", ["Ileana Streinu", "Louis Theran"]),
        ("A. Smith, B. Jones, and C. Doe", ["A. Smith", "B. Jones", "C. Doe"]),
        ("Gemma Team, Sherif El Abd", ["Gemma Team", "Sherif El Abd"]),
        (#"Ren\'e Dost, Pieter Kok"#, ["René Dost", "Pieter Kok"]),
    ])
    func splitsAuthorLists(input: String, names: [String]) {
        #expect(AuthorList.split(input).map(\.name) == names)
    }

    @Test func keepsParenthesisedAffiliationsWithCommas() {
        let authors = AuthorList.split("B. L. Larsen (Center for Macroscopic Quantum States), P. Abiuso (IQOQI Vienna, Austrian Academy of Sciences, Austria), U. L. Andersen")
        #expect(authors.map(\.name) == ["B. L. Larsen", "P. Abiuso", "U. L. Andersen"])
        #expect(authors[1].affiliations == ["IQOQI Vienna, Austrian Academy of Sciences, Austria"])
        #expect(authors[2].affiliations.isEmpty)
    }

    @Test(arguments: [
        ("Mon, 27 Jul 2026 00:00:00 -0400", "2026-07-27"),
        ("Mon, 30 Dec 2024 00:00:00 -0500", "2024-12-30"),
        ("Mon, 2 Apr 2007 19:18:42 GMT", "2007-04-02"),
        ("2025-08-20T04:00:19.866337+00:00", "2025-08-20"),
    ])
    func daysFromDates(input: String, day: String) {
        #expect(FeedDates.day(input)?.description == day)
    }

    @Test(arguments: [("cs.AI", true), ("hep-th", true), ("cond-mat.stat-mech", true), ("q-bio.NC", true),
                      ("math-ph", true), ("astro-ph.CO", true), ("E.1; E.4; I.2.6", false), ("53D10, 53D15", false),
                      ("I.2.7", false), ("", false), ("cs.", false), ("-cs", false), ("a--b", false), ("hep-", false),
                      ("CS.AI", false), ("cs.AI.x", false), ("cs.A1", false)])
    func recognisesArxivCategoryCodes(term: String, isCode: Bool) {
        #expect(Category.isWellFormed(term) == isCode)
    }
}
