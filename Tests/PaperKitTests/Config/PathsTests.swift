import Testing
@testable import PaperKit

struct PathsTests {
    @Test(arguments: [
        ("/a/b/config.json", "/a/b"), ("config.json", ""), ("/config.json", "/"), ("dir/config.json", "dir"),
    ])
    func folder(file: String, folder: String) {
        #expect(Paths.folder(of: file) == folder)
    }

    @Test(arguments: [
        // explicit --db, configured database, config file, expected
        ("cli.db", "data/p.db", "/etc/bot/config.json", "cli.db"),
        ("/tmp/x.db", nil, "config.json", "/tmp/x.db"),
        (nil, "data/p.db", "/etc/bot/config.json", "/etc/bot/data/p.db"),
        (nil, "/var/p.db", "/etc/bot/config.json", "/var/p.db"),
        (nil, "~/p.db", "/etc/bot/config.json", "/home/u/p.db"),
        (nil, nil, "/etc/bot/config.json", "/etc/bot/papers.db"),
        (nil, nil, "config.json", "papers.db"),
        (nil, nil, "/config.json", "/papers.db"),
        ("", "p.db", "sub/config.json", "sub/p.db"),
    ] as [(String?, String?, String, String)])
    func databasePrecedence(explicit: String?, configured: String?, configFile: String, expected: String) {
        #expect(Paths.database(explicit: explicit, configured: configured, configFile: configFile, home: "/home/u") == expected)
    }

    @Test func promptFileIsRelativeToTheConfigFolder() {
        #expect(Paths.promptFile("ai_summary_prompt.txt", configFile: "/etc/bot/config.json") == "/etc/bot/ai_summary_prompt.txt")
        #expect(Paths.promptFile("/abs/p.txt", configFile: "/etc/bot/config.json") == "/abs/p.txt")
        #expect(Paths.promptFile("p.txt", configFile: "config.json") == "p.txt")
    }
}
