// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "arxiv-bot",
    // Linux only (Debian/Ubuntu): the libxml2 shim and the glibc calls are Linux-specific, and no
    // macOS build is checked, so no Apple platform is declared.
    products: [
        .executable(name: "arxiv-bot", targets: ["arxiv-bot"]),
        .library(name: "PaperKit", targets: ["PaperKit"]),
        .library(name: "PaperServer", targets: ["PaperServer"]),
    ],
    // Versions are pinned to a minor release: Package.resolved stays out of the repository.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
        // Test-only: an independent RFC 4180 reader to check our CSV output.
        .package(url: "https://github.com/yaslab/CSV.swift", .upToNextMinor(from: "2.5.2")),
        // `serve`: HTTP server; only PaperServer depends on it, so PaperKit stays free of NIO.
        .package(url: "https://github.com/hummingbird-project/hummingbird", .upToNextMinor(from: "2.28.1")),
        .package(url: "https://github.com/apple/swift-log", .upToNextMinor(from: "1.16.2")),
        .package(url: "https://github.com/apple/swift-http-types", .upToNextMinor(from: "1.8.0")),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", .upToNextMinor(from: "2.13.0")),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "PaperKit",
            dependencies: ["CSQLite", "CCurl", "CLibXML2"]
        ),
        .target(
            name: "PaperServer",
            dependencies: [
                "PaperKit", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "arxiv-bot",
            dependencies: ["PaperKit", "PaperServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "arxiv-bot-bench", dependencies: ["PaperKit"]),
        // Shared by the test targets: fixture lookup, a local HTTP server on 127.0.0.1, gzip, bulk files
        // made from real records, the FTS5 rebuild check.
        .target(name: "TestSupport", dependencies: ["PaperKit"], path: "Tests/TestSupport"),
        .testTarget(name: "PaperKitTests", dependencies: [
            "PaperKit", "TestSupport", .product(name: "CSV", package: "CSV.swift"),
        ], exclude: ["Reports/Golden"]),
        // The server on port 0, in process.
        .testTarget(name: "PaperServerTests", dependencies: [
            "PaperServer", "PaperKit", "TestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        // Runs the built binary end to end; depending on the executable makes `swift test` build it.
        .testTarget(name: "ArxivBotCLITests", dependencies: ["arxiv-bot", "PaperKit", "TestSupport"]),
    ]
)
