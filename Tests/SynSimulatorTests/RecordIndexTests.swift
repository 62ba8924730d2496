import Foundation
import Testing

@testable import SynSimulator

/// The hash indexes a record store finds records by: `SlotTable` on its own,
/// then through `RecordStore` by id and by unique key.
@Suite struct RecordIndexTests {
  /// Keys held outside the table, as a store holds its records.
  private struct Keys {
    var keys: [String?] = []
    var table = SlotTable()

    /// A hash that sends every key to one of four values: probes must walk past collisions,
    /// and the hash bits kept in the table cannot tell the keys apart.
    static func hash(_ key: String) -> Int { key.utf8.count % 4 }

    mutating func add(_ key: String) {
      keys.append(key)
      table.insert(keys.count - 1, hash: Self.hash(key))
    }

    mutating func remove(_ key: String) {
      guard let slot = slot(of: key) else { return }
      table.remove(slot, hash: Self.hash(key))
      keys[slot] = nil
    }

    func slot(of key: String) -> Int? {
      table.slot(hash: Self.hash(key)) { keys[$0] == key }
    }
  }

  @Test func findsEverySlotThroughCollisionsAndGrowth() {
    var keys = Keys()
    for number in 0..<1_000 { keys.add("k\(number)") }
    #expect(keys.table.count == 1_000)
    for number in 0..<1_000 { #expect(keys.slot(of: "k\(number)") == number) }
    #expect(keys.slot(of: "k1000") == nil)
    #expect(keys.slot(of: "") == nil)
  }

  @Test func aRemovedKeyIsGoneAndTheKeysProbedPastItStayFound() {
    var keys = Keys()
    for number in 0..<100 { keys.add("k\(number)") }
    for number in stride(from: 0, to: 100, by: 2) { keys.remove("k\(number)") }
    #expect(keys.table.count == 50)
    for number in 0..<100 {
      #expect(keys.slot(of: "k\(number)") == (number.isMultiple(of: 2) ? nil : number))
    }
    keys.remove("k0")
    #expect(keys.table.count == 50)
  }

  @Test func removalsAndInsertionsInTurnKeepTheTableUsable() {
    // Each removal leaves a marker; without dropping them when it fills, the
    // table would run out of empty buckets and a miss would probe forever.
    var keys = Keys()
    for round in 0..<5_000 {
      keys.add("k\(round)")
      keys.remove("k\(round)")
    }
    #expect(keys.table.count == 0)
    #expect(keys.slot(of: "k4999") == nil)
    keys.add("again")
    #expect(keys.slot(of: "again") == 5_000)
  }

  private static func id(_ number: UInt64) -> ResourceID {
    ResourceID(high: number &* 0x1_0000_0001, low: number)
  }

  private static func profile(_ number: UInt64, externalId: String?) -> Profile {
    Profile(
      id: id(number), sequence: Int(number), name: "p\(number)", externalId: externalId, metadata: nil,
      createdAt: .simulationStart, updatedAt: .simulationStart)
  }

  @Test func aStoreFindsRecordsByIdAndByUniqueKeyThroughChangesAndCompaction() throws {
    var store = RecordStore<Profile>()
    for number in 0..<300 as Range<UInt64> {
      _ = store.insert { _ in Self.profile(number, externalId: number.isMultiple(of: 3) ? nil : "e\(number)") }
    }
    // Deleting two thirds leaves more holes than records: the store compacts and re-indexes.
    for number in 0..<200 as Range<UInt64> { #expect(store.remove(Self.id(number)) != nil) }
    #expect(store.count == 100)
    #expect(store.remove(Self.id(5)) == nil)
    #expect(store[Self.id(5)] == nil)
    #expect(store.record(withUniqueKey: "e5") == nil)
    #expect(store.holdsOrHeld(Self.id(5)))
    for number in 200..<300 as Range<UInt64> {
      #expect(store[Self.id(number)]?.name == "p\(number)")
      #expect(store.record(withUniqueKey: "e\(number)")?.id == (number.isMultiple(of: 3) ? nil : Self.id(number)))
    }

    var renamed = try #require(store[Self.id(201)])
    renamed.externalId = "renamed"
    store.replace(renamed)
    #expect(store.record(withUniqueKey: "e201") == nil)
    #expect(store.record(withUniqueKey: "renamed")?.id == Self.id(201))
    renamed.externalId = nil
    store.replace(renamed)
    #expect(store.record(withUniqueKey: "renamed") == nil)
    #expect(store[Self.id(201)]?.externalId == nil)
  }

  @Test func aSavedStoreReadsBackWithItsIndexesAndRefusesASharedUniqueKey() throws {
    var store = RecordStore<Profile>()
    _ = store.insert { _ in Self.profile(1, externalId: "one") }
    _ = store.insert { _ in Self.profile(2, externalId: "two") }
    let saved = try JSONEncoder().encode(store)
    let read = try JSONDecoder().decode(RecordStore<Profile>.self, from: saved)
    #expect(read[Self.id(2)]?.name == "p2")
    #expect(read.record(withUniqueKey: "one")?.id == Self.id(1))

    let shared = String(decoding: saved, as: UTF8.self).replacingOccurrences(of: "\"two\"", with: "\"one\"")
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(RecordStore<Profile>.self, from: Data(shared.utf8)) }
  }
}

/// The chunked storage a record store keeps its records in.
@Suite struct ChunkedArrayTests {
  @Test func elementsKeepTheirOrderAcrossChunksAndCanBeReplaced() {
    var array = ChunkedArray<Int>()
    for number in 0..<10_000 { array.append(number) }
    #expect(array.count == 10_000)
    #expect(array.elementsEqual(0..<10_000))
    #expect(array.reversed().first == 9_999)
    array[4_096] = -1
    #expect(array[4_095] == 4_095 && array[4_096] == -1 && array[4_097] == 4_097)
    #expect(ChunkedArray([1, 2, 3]).elementsEqual([1, 2, 3]))
    #expect(ChunkedArray<Int>().isEmpty)
  }
}
