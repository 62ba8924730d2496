// swift-tools-version:5.4
// libFuzzer targets for syn's parsers and simulator; built and run by
// scripts/fuzz, never by CI or the root package.
//
// Why this manifest looks the way it does:
// - Tools version 5.4: from 5.5 on, SwiftPM renames an executable's entry
//   point (`FuzzJSON_main`) and points `main` at it, which clashes with the
//   `main` libFuzzer brings. Before 5.5 it links the executable as is.
// - The root package exports no library products, so the library targets
//   are the root's own sources, reached through the symlinks in Sources/,
//   with the root's dependency edges for the modules the fuzzers need.
// - Tools 5.4 predates Swift 6 language mode and package access, so the
//   root's settings are given as compiler flags.
import PackageDescription

let strictSwift6: [SwiftSetting] = [
  .unsafeFlags([
    "-swift-version", "6", "-package-name", "syn",
    "-enable-upcoming-feature", "ExistentialAny",
    "-enable-upcoming-feature", "InternalImportsByDefault",
    "-enable-upcoming-feature", "MemberImportVisibility",
  ])
]

// gold, the default linker, warns about a symbol of the address sanitizer.
let lld: [LinkerSetting] = [.unsafeFlags(["-use-ld=lld"])]

let package = Package(
  name: "SynFuzz",
  targets: [
    .target(name: "SynJSON", swiftSettings: strictSwift6),
    .target(name: "SynHTTP", dependencies: ["SynJSON"], swiftSettings: strictSwift6),
    .target(name: "SynCatalog", swiftSettings: strictSwift6),
    .target(name: "SynSimulator", dependencies: ["SynJSON", "SynHTTP", "SynCatalog"], swiftSettings: strictSwift6),
    .target(name: "SynLanguage", dependencies: ["SynJSON"], swiftSettings: strictSwift6),
    .target(
      name: "SynRuntime",
      dependencies: ["SynJSON", "SynHTTP", "SynCatalog", "SynLanguage"],
      swiftSettings: strictSwift6),
    .systemLibrary(name: "CEditLine", pkgConfig: "libedit"),
    .target(
      name: "SynREPL",
      dependencies: ["CEditLine", "SynRuntime", "SynLanguage", "SynCatalog", "SynJSON", "SynHTTP"],
      swiftSettings: strictSwift6),

    // One executable per fuzz target; each exports LLVMFuzzerTestOneInput.
    .target(name: "FuzzSupport", swiftSettings: strictSwift6),
    .executableTarget(
      name: "FuzzJSON", dependencies: ["FuzzSupport", "SynJSON"], swiftSettings: strictSwift6, linkerSettings: lld),
    .executableTarget(
      name: "FuzzLanguage", dependencies: ["FuzzSupport", "SynLanguage", "SynREPL", "SynJSON"],
      swiftSettings: strictSwift6, linkerSettings: lld),
    .executableTarget(
      name: "FuzzSimulator", dependencies: ["FuzzSupport", "SynSimulator", "SynHTTP", "SynJSON"],
      swiftSettings: strictSwift6, linkerSettings: lld),
  ]
)
