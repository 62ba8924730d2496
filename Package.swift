// swift-tools-version: 6.0
import PackageDescription

let strictSwift6: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  // A module's members are visible only where that module is imported, not through another import.
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "syn",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "syn", targets: ["syn"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    // Imported directly by SynLive and SynServer, so declared here rather than reached through the two above.
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    // Ordered JSON with exact numbers: the value type every other layer speaks.
    .target(name: "SynJSON", swiftSettings: strictSwift6),
    // HTTP-shaped request/response values and the Backend protocol.
    .target(name: "SynHTTP", dependencies: ["SynJSON"], swiftSettings: strictSwift6),
    // One operation table per API: the single source of endpoints.
    .target(name: "SynCatalog", swiftSettings: strictSwift6),
    // The simulator core: (tenant, request) -> response, plus the /_sim control plane.
    .target(name: "SynSimulator", dependencies: ["SynJSON", "SynHTTP", "SynCatalog"], swiftSettings: strictSwift6),
    // Lexer, parser, AST and diagnostics of the syn language.
    .target(name: "SynLanguage", dependencies: ["SynJSON", "SynHTTP"], swiftSettings: strictSwift6),
    // The documented answers of every operation: /openapi.json, and the validator of `expect body conforms`.
    .target(name: "SynSchema", dependencies: ["SynJSON", "SynCatalog"], swiftSettings: strictSwift6),
    // Interpreter, sessions, expectations and the test runner; the command line injects both backends.
    .target(
      name: "SynRuntime",
      dependencies: ["SynJSON", "SynHTTP", "SynCatalog", "SynLanguage", "SynSchema"],
      swiftSettings: strictSwift6
    ),
    // libedit (Debian libedit-dev), through a module map and a shim of non-variadic wrappers.
    .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"]), .brew(["libedit"])]),
    // The interactive prompt: line editor, completion engine, history, meta-commands.
    .target(
      name: "SynREPL",
      dependencies: ["CEditLine", "SynRuntime", "SynLanguage", "SynCatalog", "SynSchema", "SynJSON", "SynHTTP"],
      swiftSettings: strictSwift6
    ),
    // `syn lsp`: a language server over stdio (JSON-RPC by hand on SynJSON; docs/lsp.md says why).
    .target(
      name: "SynLanguageServer",
      dependencies: ["SynJSON", "SynHTTP", "SynLanguage", "SynRuntime", "SynCatalog", "SynREPL"],
      swiftSettings: strictSwift6
    ),
    // The live backend: HTTPRequest over the wire with its own keep-alive HTTP/1.1 client on NIO (timeouts, retries).
    .target(
      name: "SynLive",
      dependencies: [
        "SynHTTP", "SynJSON",
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ],
      swiftSettings: strictSwift6
    ),
    // `syn serve`: the simulator core behind Hummingbird 2.
    .target(
      name: "SynServer",
      dependencies: [
        "SynHTTP", "SynJSON", "SynCatalog", "SynSimulator", "SynSchema",
        .product(name: "AsyncHTTPClient", package: "async-http-client"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        .product(name: "NIOHTTPTypesHTTP1", package: "swift-nio-extras"),
      ],
      swiftSettings: strictSwift6
    ),
    .executableTarget(
      name: "syn",
      dependencies: [
        "SynRuntime",
        "SynREPL",
        "SynLive",
        "SynServer",
        "SynSimulator",
        "SynLanguageServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSwift6
    ),

    // What several test targets share: tenant sign-up, a run on the in-process simulator.
    .target(
      name: "SynTestSupport", dependencies: ["SynHTTP", "SynSimulator", "SynRuntime"], path: "Tests/SynTestSupport",
      swiftSettings: strictSwift6),
    .testTarget(name: "SynJSONTests", dependencies: ["SynJSON"], swiftSettings: strictSwift6),
    .testTarget(name: "SynCatalogTests", dependencies: ["SynCatalog"], swiftSettings: strictSwift6),
    .testTarget(
      name: "SynLanguageTests", dependencies: ["SynLanguage"], exclude: ["Fixtures"], swiftSettings: strictSwift6),
    // The schemas and their validator, and the simulator's every answer checked against them.
    .testTarget(
      name: "SynSchemaTests",
      dependencies: ["SynSchema", "SynCatalog", "SynHTTP", "SynJSON", "SynSimulator", "SynTestSupport"],
      swiftSettings: strictSwift6),
    .testTarget(
      name: "SynSimulatorTests", dependencies: ["SynSimulator", "SynCatalog", "SynHTTP", "SynJSON", "SynTestSupport"],
      swiftSettings: strictSwift6),
    .testTarget(
      name: "SynRuntimeTests", dependencies: ["SynRuntime", "SynSimulator", "SynTestSupport"],
      swiftSettings: strictSwift6),
    .testTarget(
      name: "SynREPLTests",
      dependencies: ["SynREPL", "SynRuntime", "SynCatalog", "SynJSON", "SynHTTP", "SynTestSupport"],
      swiftSettings: strictSwift6),
    .testTarget(
      name: "SynLanguageServerTests", dependencies: ["SynLanguageServer", "SynJSON", "SynLanguage"],
      swiftSettings: strictSwift6),
    .testTarget(
      name: "SynLiveTests",
      dependencies: [
        "SynLive", "SynHTTP",
        .product(name: "NIOHTTP1", package: "swift-nio"),
        .product(name: "NIOPosix", package: "swift-nio"),
      ],
      swiftSettings: strictSwift6),
    .testTarget(
      name: "SynServerTests",
      dependencies: [
        "SynServer", "SynLive", "SynHTTP", "SynJSON", "SynTestSupport", "SynSimulator",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
      ],
      swiftSettings: strictSwift6),
    // Drives the built `syn` binary: output, diagnostics and exit codes.
    .testTarget(
      name: "SynEndToEndTests", dependencies: ["syn", "SynJSON", "SynHTTP"], exclude: ["Fixtures"],
      swiftSettings: strictSwift6),
  ],
  swiftLanguageModes: [.v6]
)
