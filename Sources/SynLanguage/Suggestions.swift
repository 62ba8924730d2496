/// "Did you mean ...?" for unknown verbs, nouns, fields, variables and
/// keywords: the candidates closest to a misspelled word.
public enum Suggestions {
  /// The candidates close to `word`, best first, at most three.
  ///
  /// Closeness is the Damerau-Levenshtein distance (optimal string
  /// alignment: insertions, deletions, substitutions and swaps of neighbours)
  /// between the lower-cased words. A candidate qualifies within
  /// `max(1, word.count / 3)` edits, so `profil` finds `profile`, `crate`
  /// `create` and `nmae` `name`; one that differs from `word` only in case
  /// (`externalid` for `externalId`) comes first. A candidate that would
  /// have to be rewritten entirely (`x` for `s`) is not suggested. Ties keep
  /// the order of `candidates`.
  public static func nearest(to word: String, among candidates: [String]) -> [String] {
    let target = Array(word.lowercased().unicodeScalars)
    let limit = max(1, target.count / 3)
    var ranked: [(candidate: String, distance: Int, order: Int)] = []
    var seen: Set<String> = []
    for (order, candidate) in candidates.enumerated() where candidate != word && seen.insert(candidate).inserted {
      let scalars = Array(candidate.lowercased().unicodeScalars)
      // A candidate that shares nothing with the word (`x` and `s`) is no suggestion.
      guard abs(scalars.count - target.count) <= limit,
        let distance = editDistance(target, scalars, limit: limit), distance < max(scalars.count, target.count)
      else { continue }
      ranked.append((candidate, distance, order))
    }
    ranked.sort { ($0.distance, $0.order) < ($1.distance, $1.order) }
    return ranked.prefix(3).map(\.candidate)
  }

  /// `"; did you mean 'profile'?"`, `"; did you mean 'a' or 'b'?"`,
  /// `"; did you mean 'a', 'b' or 'c'?"`, or `""` when nothing is close,
  /// ready to append to an error message.
  public static func didYouMean(_ word: String, among candidates: [String]) -> String {
    let quoted = nearest(to: word, among: candidates).map { "'\($0)'" }
    return quoted.isEmpty ? "" : "; did you mean \(quoted.joinedAsChoices())?"
  }

  /// The words a message's `didYouMean` part offers, best first (what a quick
  /// fix may put in place of the misspelled word); empty when it offers none.
  public static func offered(in message: String) -> [String] {
    guard let start = message.firstRange(of: "; did you mean "),
      let end = message[start.upperBound...].firstIndex(of: "?")
    else { return [] }
    return message[start.upperBound..<end].split(separator: "'", omittingEmptySubsequences: false)
      .enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
  }

  /// The optimal-string-alignment distance between `a` and `b`, or `nil`
  /// once it is sure to exceed `limit`.
  static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int? {
    guard !a.isEmpty else { return b.count <= limit ? b.count : nil }
    guard !b.isEmpty else { return a.count <= limit ? a.count : nil }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return nil }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count] <= limit ? previous[b.count] : nil
  }
}

extension [String] {
  /// `a`, `a or b`, `a, b or c`: the words as the choices a message offers.
  func joinedAsChoices() -> String {
    guard let last else { return "" }
    return count == 1 ? last : dropLast().joined(separator: ", ") + " or " + last
  }
}
