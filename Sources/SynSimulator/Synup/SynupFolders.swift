import SynJSON

/// A folder of locations (UUID). Folders nest; `root` is level 0 and every
/// other folder sits below it. A location is in exactly one folder.
struct SynupFolder: Sendable, Codable {
  static let rootName = "root"

  let id: ResourceID
  /// Normalised (see `normalizedName`).
  var name: String
  /// Nil only for root.
  var parentId: ResourceID?
  let createdAt: Timestamp

  var isRoot: Bool { parentId == nil }

  /// Folder names are lower-cased and every character but `a–z 0–9 _ -` and
  /// space becomes `_` (decision 13: on create, add and rename alike).
  static func normalizedName(_ name: String) -> String {
    String(
      name.lowercased().unicodeScalars.map { scalar -> Character in
        switch scalar {
        case "a"..."z", "0"..."9", "_", "-", " ": Character(scalar)
        default: "_"
        }
      })
  }
}

/// The account's folders in creation order, root first.
struct SynupFolderStore: Sendable {
  private(set) var all: [SynupFolder]

  init(rootID: ResourceID, createdAt: Timestamp) {
    all = [SynupFolder(id: rootID, name: SynupFolder.rootName, parentId: nil, createdAt: createdAt)]
  }

  var root: SynupFolder { all[0] }

  func folder(_ id: ResourceID) -> SynupFolder? {
    all.first { $0.id == id }
  }

  /// The folder called `name`, compared after normalisation (so in any case).
  func folder(named name: String) -> SynupFolder? {
    let normalized = SynupFolder.normalizedName(name)
    return all.first { $0.name == normalized }
  }

  func children(of id: ResourceID) -> [SynupFolder] {
    all.filter { $0.parentId == id }
  }

  /// 0 for root, 1 for its children, …
  func level(of folder: SynupFolder) -> Int {
    var level = 0
    var parent = folder.parentId
    while let id = parent {
      level += 1
      parent = self.folder(id)?.parentId
    }
    return level
  }

  /// The folder and everything below it, depth first.
  func subtree(of id: ResourceID) -> [SynupFolder] {
    guard let top = folder(id) else { return [] }
    return [top] + children(of: id).flatMap { subtree(of: $0.id) }
  }

  mutating func insert(_ folder: SynupFolder) {
    all.append(folder)
  }

  mutating func rename(_ id: ResourceID, to name: String) {
    guard let index = all.firstIndex(where: { $0.id == id }) else { return }
    all[index].name = name
  }

  /// Deletes a folder; its subfolders move up to its parent (decision 15).
  mutating func remove(_ id: ResourceID) {
    guard let index = all.firstIndex(where: { $0.id == id }) else { return }
    let parent = all[index].parentId
    all.remove(at: index)
    for child in all.indices where all[child].parentId == id {
      all[child].parentId = parent
    }
  }
}

/// Saved as its folders; root must come first.
extension SynupFolderStore: Codable {
  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    all = try container.decode([SynupFolder].self)
    guard all.first?.isRoot == true, all.dropFirst().allSatisfy({ !$0.isRoot }) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "the folders must start with root, alone at the top")
    }
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(all)
  }
}
