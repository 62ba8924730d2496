// swift-tools-version: 6.0
import PackageDescription

let strictSwift6: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "syn",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "syn", targets: ["syn"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // Ordered JSON with exact numbers: the value type every other layer speaks.
    .target(name: "SynJSON", swiftSettings: strictSwift6),
    // HTTP-shaped request/response values and the Backend protocol.
    .target(name: "SynHTTP", dependencies: ["SynJSON"], swiftSettings: strictSwift6),
    // One operation table per API: the single source of endpoints.
    .target(name: "SynCatalog", swiftSettings: strictSwift6),
    // The simulator core: (tenant, request) -> response, plus the /_sim control plane.
    .target(name: "SynSimulator", dependencies: ["SynJSON", "SynHTTP"], swiftSettings: strictSwift6),
    // Lexer, parser, AST and diagnostics of the syn language.
    .target(name: "SynLanguage", dependencies: ["SynJSON"], swiftSettings: strictSwift6),
    // Interpreter, sessions, expectations and the test runner.
    .target(
      name: "SynRuntime",
      dependencies: ["SynJSON", "SynHTTP", "SynCatalog", "SynLanguage", "SynSimulator"],
      swiftSettings: strictSwift6
    ),
    .executableTarget(
      name: "syn",
      dependencies: [
        "SynRuntime",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSwift6
    ),

    .testTarget(name: "SynJSONTests", dependencies: ["SynJSON"], swiftSettings: strictSwift6),
    .testTarget(name: "SynCatalogTests", dependencies: ["SynCatalog"], swiftSettings: strictSwift6),
    .testTarget(name: "SynLanguageTests", dependencies: ["SynLanguage"], swiftSettings: strictSwift6),
    .testTarget(
      name: "SynSimulatorTests", dependencies: ["SynSimulator", "SynHTTP", "SynJSON"], swiftSettings: strictSwift6),
    .testTarget(name: "SynRuntimeTests", dependencies: ["SynRuntime"], swiftSettings: strictSwift6),
    // Drives the built `syn` binary: output, diagnostics and exit codes.
    .testTarget(
      name: "SynEndToEndTests", dependencies: ["syn", "SynJSON"], exclude: ["Fixtures"], swiftSettings: strictSwift6),
  ],
  swiftLanguageModes: [.v6]
)
