import SynJSON

/// A rank-grid report (synup-sections.md 4.4, 5.1): one keyword searched at
/// every point of a square grid around a centre. It is PROCESSING until its
/// due time (or `mock finish`), when its ranks are computed (G9) and stored.
struct GridReport: Sendable, Codable {
  enum DistanceUnit: String, Sendable, Codable {
    case mi, km
  }

  /// The business the grid searches for, as sent.
  struct Business: Sendable, Codable {
    let name: String
    let street: String
    let city: String
    let state: String
    let country: String
  }

  let id: ResourceID
  let locationNumber: Int
  /// As sent, trimmed.
  let keyword: String
  let business: Business
  let latitude: Double
  let longitude: Double
  /// `gridDistance`: the distance as sent, in `unit`.
  let distance: Double
  let unit: DistanceUnit
  /// Points a side: 3, 5 or 7.
  let gridSize: Int
  let createdAt: Timestamp
  var completedAt: Timestamp?
  /// One rank a point, rows south to north, points west to east; nil while processing.
  var ranks: [Int]?

  /// When it completes by itself: gridSize² × 10 s after creation (5.3).
  var dueAt: Timestamp { createdAt.adding(seconds: gridSize * gridSize * 10) }

  /// `gridDistanceInKm`: the distance in km, floored.
  var distanceInKilometres: Int { Int(exactKilometres.rounded(.down)) }

  var exactKilometres: Double { distance * (unit == .mi ? 1.609344 : 1) }

  var averageRank: Double? { ranks.map { Self.rounded(Double($0.reduce(0, +)) / Double($0.count), places: 2) } }

  /// The percentage of points ranked within `best` (`topOneShare` ≤ 3, `topTwoShare` ≤ 10), 2 decimals.
  func share(within best: Int) -> Double? {
    ranks.map { ranks in Self.rounded(Double(ranks.filter { $0 <= best }.count * 100) / Double(ranks.count), places: 2)
    }
  }

  /// The object of 4.4, keys in the evidenced order.
  var json: JSONValue {
    let points = GridGeometry(report: self).points
    return [
      "id": .string(id.text), "locationId": .string(String(locationNumber)),
      "accountId": .string(String(SynupAccount.number)), "keyword": .string(keyword),
      "businessName": .string(business.name), "businessStreet": .string(business.street),
      "businessCity": .string(business.city), "businessState": .string(business.state),
      "businessCountry": .string(business.country), "gridSize": .int(gridSize), "gridDistance": .shortest(distance),
      "gridDistanceUnit": .string(unit.rawValue), "gridDistanceInKm": .int(distanceInKilometres),
      "ranks": .array(
        zip(ranks ?? [], points).map { rank, point in
          ["rank": .int(rank), "latitude": .shortest(point.latitude), "longitude": .shortest(point.longitude)]
        }),
      "averageRank": averageRank.map(JSONValue.shortest) ?? .null,
      "topOneShare": share(within: 3).map(JSONValue.shortest) ?? .null,
      "topTwoShare": share(within: 10).map(JSONValue.shortest) ?? .null,
      "status": .string(ranks == nil ? "PROCESSING" : "COMPLETED"), "latitude": .shortest(latitude),
      "longitude": .shortest(longitude), "placeId": nil, "createdAt": .string(createdAt.synupEpochMilliseconds),
    ]
  }

  /// `value` rounded half away from zero to `places` decimals.
  static func rounded(_ value: Double, places: Int) -> Double {
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    return (value * scale).rounded() / scale
  }
}

extension JSONValue {
  /// A JSON number in shortest round-trip form.
  static func shortest(_ value: Double) -> JSONValue {
    .number(JSONNumber(value))
  }
}
