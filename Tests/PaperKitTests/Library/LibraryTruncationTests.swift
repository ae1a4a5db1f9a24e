import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// A library file cut off anywhere (a partial download, a sync in progress) is read up to the
/// cut or refused with a `LibraryError`; the readers never trap, loop or throw anything else.
struct LibraryTruncationTests {
    @Test(arguments: ["bbt-arxiv-identifiers-460.bib", "bbt-arxiv-identifiers-460.biblatex.bib",
                      "bbt-arxiv-identifiers-460.zotero.json", "bbt-arxiv-categories-extra-2483.bib"])
    func everyPrefixIsReadOrRefused(_ name: String) throws {
        let bytes = Array(try Data(contentsOf: Fixtures.whole.url("library/" + name)))
        let whole = try LibraryReader.read(String(decoding: bytes, as: UTF8.self), file: name)
        var read = 0, refused = 0
        for cut in stride(from: 1, to: bytes.count, by: 7) {
            let text = String(decoding: bytes[..<cut], as: UTF8.self)
            do {
                let contents = try LibraryReader.read(text, file: name)
                #expect(contents.entries.count <= whole.entries.count)
                #expect(Set(contents.arxivIDs).isSubset(of: Set(whole.arxivIDs)) || contents.format == .idList)
                read += 1
            } catch let error as LibraryError {
                #expect(error.exitCode == .dataError && error.message.hasPrefix(name + ":"))
                refused += 1
            }
        }
        #expect(refused > 0)
        // A cut JSON document is no JSON; a cut file of several BibTeX entries keeps the whole ones.
        #expect(read > 0 || whole.format == .json || whole.entries.count == 1, "read \(read), refused \(refused)")
    }
}
