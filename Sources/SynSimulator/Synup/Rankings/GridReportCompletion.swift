import SynJSON

/// How a grid report completes (synup-sections.md 5.3): at its due time, or
/// now through `mock finish`. Its ranks are computed then (G9) and stored, and
/// `rankings.gridrank_report_ready` is emitted, exactly once.
extension SynupAccount {
  /// The earliest report still processing whose due time is at or before `time`.
  func nextGridReportEvent(through time: Timestamp) -> SynupDueEvent? {
    gridReports.pendingIndices.lazy.map { index in
      let report = self.gridReports.all[index]
      return SynupDueEvent(due: report.dueAt, kind: .gridReport, order: index, key: report.id.text)
    }.filter { $0.due <= time }.min()
  }

  mutating func applyGridReportEvent(_ event: SynupDueEvent) {
    completeGridReport(at: event.order, time: event.due)
  }

  /// `mock finish kind=grid-report [id=…]`: completes the pending reports (only `id` when given) now, in creation order.
  mutating func finishGridReports(id: String?, at now: Timestamp) -> [JSONValue] {
    gridReports.pendingIndices.filter { id == nil || gridReports.all[$0].id.text == id?.lowercased() }.map { index in
      completeGridReport(at: index, time: now)
      return ["kind": "grid-report", "id": .string(gridReports.all[index].id.text), "status": "COMPLETED"]
    }
  }

  private mutating func completeGridReport(at index: Int, time: Timestamp) {
    let report = gridReports.all[index]
    let ranks = GridGeometry(report: report).points.map { dataSeed.gridRank(report: report, i: $0.i, j: $0.j) }
    gridReports.complete(at: index, ranks: ranks, time: time)
    let completed = gridReports.all[index]
    outbox.emit(
      "rankings.gridrank_report_ready", locationNumber: report.locationNumber,
      data: completed.readyEventData(on: time), at: time)
  }
}

extension GridReport {
  /// The event's `data`: the shares are fractions here (S9), the API's percentages ÷ 100 to 4 decimals.
  func readyEventData(on time: Timestamp) -> JSONValue {
    let fraction = { (best: Int) -> JSONValue in
      .shortest(
        Self.rounded(Double((ranks ?? []).filter { $0 <= best }.count) / Double(gridSize * gridSize), places: 4))
    }
    return [
      "report_id": .string(id.text), "engine": "LOCALFALCON", "snapshot_date": .string(time.synupDay),
      "geo": [
        "latitude": .shortest(latitude), "longitude": .shortest(longitude), "grid_size": .int(gridSize),
        "grid_distance": .shortest(distance), "grid_distance_unit": .string(unit.rawValue),
      ],
      "average_rank": averageRank.map(JSONValue.shortest) ?? .null, "top_one_share": fraction(3),
      "top_two_share": fraction(10),
    ]
  }
}

extension DataSeed {
  /// G9: the rank at point (i, j) of `report`, from its location, keyword and
  /// the ISO week it was created in: better near the centre, 100 when not found.
  func gridRank(report: GridReport, i: Int, j: Int) -> Int {
    let location = String(report.locationNumber)
    let keyword = SynupKeyword.normalised(report.keyword)
    let week = RankingCalendar.isoWeek(of: report.createdAt)
    let value =
      1 + Int(hash("gridbase", location, keyword) % 5) + 3 * max(abs(i), abs(j))
      + Int(hash("grid", location, keyword, week, String(i), String(j)) % 6)
    return value > 20 ? 100 : value
  }
}
