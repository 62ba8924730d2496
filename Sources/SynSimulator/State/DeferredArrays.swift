import Synchronization

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A store whose records can be written one at a time: `StateDocument.write`
/// encodes them after the rest of the document, so a save never holds the
/// encoded form of every record at once.
protocol DeferredElements: Sendable {
  /// Calls `body` with each record, in the order the array is saved in.
  func forEachElement<Failure: Error>(_ body: (any Encodable) throws(Failure) -> Void) throws(Failure)
}

/// Set in an encoder's `userInfo` by `StateDocument.write`: a large store
/// encodes a placeholder string here instead of its records, and the writer
/// puts the records in the placeholder's place as it writes the file.
final class DeferredArrays: Sendable {
  static let userInfoKey = CodingUserInfoKey(rawValue: "syn.deferredArrays")!

  /// Random per save, so no string the state holds can pass for a placeholder.
  private let nonce: String
  private let pending = Mutex<[any DeferredElements]>([])

  init() {
    var generator = SystemRandomNumberGenerator()
    nonce = (0..<2).map { _ in String(generator.next() as UInt64, radix: 16) }.joined(separator: "-")
  }

  /// The placeholder that stands for `elements` in the encoded document.
  func placeholder(for elements: some DeferredElements) -> String {
    pending.withLock { list in
      list.append(elements)
      return "\(prefix)\(list.count - 1)"
    }
  }

  /// `"syn-deferred-NONCE-`: how each placeholder begins, quote included, as the encoder writes it.
  var quotedPrefix: [UInt8] { Array("\"\(prefix)".utf8) }

  /// The elements placeholder `index` stands for.
  func elements(at index: Int) -> any DeferredElements {
    pending.withLock { $0[index] }
  }

  private var prefix: String { "syn-deferred-\(nonce)-" }
}

extension Encoder {
  /// The deferral of the save under way, when the store should leave its records to it.
  var deferredArrays: DeferredArrays? {
    userInfo[DeferredArrays.userInfoKey] as? DeferredArrays
  }
}

/// A plain array of records, written one at a time.
struct DeferredArray<Element: Encodable & Sendable>: DeferredElements {
  let elements: [Element]

  func forEachElement<Failure: Error>(_ body: (any Encodable) throws(Failure) -> Void) throws(Failure) {
    for element in elements { try body(element) }
  }
}
