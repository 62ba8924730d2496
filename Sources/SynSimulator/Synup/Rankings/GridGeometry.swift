import Foundation

/// Where a grid report's points lie (synup-sections.md 4.4): a square of
/// gridSize² points whose corners lie D km from the centre on the diagonals,
/// on a spherical Earth of radius 6371 km.
struct GridGeometry {
  /// Kilometres a degree of latitude spans.
  static let kilometresPerDegree = 111.19492664455873

  struct Point {
    let i: Int
    let j: Int
    let latitude: Double
    let longitude: Double
  }

  /// Rows from south to north (i = −k first), points from west to east within a row.
  let points: [Point]

  init(report: GridReport) {
    let floored = Double(report.distanceInKilometres)
    let kilometres = floored == 0 ? report.exactKilometres : floored
    let half = (report.gridSize - 1) / 2
    let step = kilometres / 2.0.squareRoot() / Double(half)
    let longitudeDegree = Self.kilometresPerDegree * cos(report.latitude * .pi / 180)
    points = (-half...half).flatMap { i in
      (-half...half).map { j in
        Point(
          i: i, j: j, latitude: report.latitude + Double(i) * step / Self.kilometresPerDegree,
          longitude: report.longitude + Double(j) * step / longitudeDegree)
      }
    }
  }
}
