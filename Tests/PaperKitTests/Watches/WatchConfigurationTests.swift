import Foundation
import Testing
import TestSupport
@testable import PaperKit

/// `watches` in config.json: read strictly, every problem an error naming its key path (exit 78).
struct WatchConfigurationTests {
    func load(_ json: String) throws -> Configuration {
        try Configuration.decode(data: Data(json.utf8), source: "config.json")
    }

    @Test func theIssuesExampleLoads() throws {
        let c = try load("""
            {"watches": {
              "spec-decoding": {"query": "speculative decoding OR \\"draft model\\"", "categories": ["cs.CL", "cs.LG"]},
              "tao-xie":       {"authors": ["Tao Xie"]},
              "moe-systems":   {"query": "mixture of experts", "min_score": 2, "exclude": ["survey"], "types": ["new", "cross"]}
            }}
            """)
        #expect(c.watches.map(\.name) == ["moe-systems", "spec-decoding", "tao-xie"])
        let moe = try c.watches.named("moe-systems")
        #expect(moe.minScore == 2 && moe.exclude == ["survey"] && moe.types == [.new, .cross])
        #expect(moe.searchText == "mixture of experts -\"survey\"")
        #expect(try c.watches.named("tao-xie").authors == ["Tao Xie"])
        #expect(try c.watches.named("spec-decoding").categories == ["cs.CL", "cs.LG"])
        #expect(c.warnings.isEmpty)
        #expect(throws: WatchError.unknown(name: "nope", known: ["moe-systems", "spec-decoding", "tao-xie"])) { try c.watches.named("nope") }
    }

    @Test func theSeedConfigurationHasNoWatches() throws {
        let seed = try Configuration.load(from: Fixtures.seedConfigPath())
        #expect(seed.watches.isEmpty)
    }

    @Test(arguments: [
        (#"{"watches": {"Spec Decoding": {"query": "x"}}}"#, "watches.Spec Decoding", "lowercase letters"),
        (#"{"watches": {"-a": {"query": "x"}}}"#, "watches.-a", "lowercase letters"),
        (#"{"watches": {"a": {"query": "x", "categoris": ["cs.AI"]}}}"#, "watches.a.categoris", "not a watch field"),
        (#"{"watches": {"a": {"categories": ["cs.AI"]}}}"#, "watches.a", "give it a query, authors, or both"),
        (#"{"watches": {"a": {"query": "(( ))"}}}"#, "watches.a.query", "no word to search for"),
        (#"{"watches": {"a": {"query": "x", "categories": ["Computer Science"]}}}"#, "watches.a.categories[0]", "not an arXiv category"),
        (#"{"watches": {"a": {"query": "x", "types": ["newest"]}}}"#, "watches.a.types[0]", "must be one of"),
        (#"{"watches": {"a": {"query": "x", "min_score": -1}}}"#, "watches.a.min_score", "at least 0"),
        (#"{"watches": {"a": {"authors": []}}}"#, "watches.a", "give it a query"),
        (#"{"watches": {"a": {"authors": [""]}}}"#, "watches.a.authors[0]", "is empty"),
        (#"{"watches": {"a": "x"}}"#, "watches.a", "must be an object"),
        (#"{"watches": []}"#, "watches", "must be an object"),
    ])
    func aBadWatchIsAConfigErrorNamingTheKey(json: String, key: String, words: String) throws {
        do {
            _ = try load(json)
            Issue.record("\(json) should be refused")
        } catch let error as ConfigError {
            #expect(error.exitCode == .config)
            #expect(error.message.contains(key), "\(error.message)")
            #expect(error.message.contains(words), "\(error.message)")
        }
    }

    @Test func theQueryCommandSaysTheSame() {
        var watch = Watch(name: "w", query: "mixture of experts")
        watch.authors = ["Tao Xie", "O'Neil"]
        watch.categories = ["cs.LG"]
        watch.minScore = 2
        watch.exclude = ["survey"]
        #expect(watch.commandLine == #"arxiv-bot query 'mixture of experts -"survey"' --category cs.LG --author 'Tao Xie' --author 'O'\''Neil' --min-score 2.0"#)
        let request = watch.request(sort: .score, limit: 7)
        #expect(request.text == "mixture of experts -\"survey\"" && request.sort == .score && request.limit == 7)
        #expect(request.filter.categories == ["cs.LG"] && request.filter.authors == ["Tao Xie", "O'Neil"] && request.filter.minScore == 2)
    }

    @Test func initWritesWatchesThatReadBack() throws {
        var configuration = Configuration()
        var watch = Watch(name: "moe-systems", query: "mixture of experts")
        watch.authors = ["Tao Xie"]
        watch.minScore = 2.5
        watch.exclude = ["survey"]
        watch.types = [.new]
        configuration.watches = [watch, Watch(name: "rl", query: "reinforcement learning")]
        let read = try Configuration.decode(data: StarterConfiguration.data(for: configuration), source: "config.json")
        #expect(read.watches == configuration.watches)
        let empty = String(decoding: StarterConfiguration.data(), as: UTF8.self)
        #expect(empty.contains("\"watches\": {},\n"))
    }
}
