import SynJSON

/// Creating and reading grid reports (synup-sections.md 4.4).
extension SynupAccount {
  /// `POST /create-grid-report`: one report a keyword, in keyword order.
  mutating func createGridReports(_ body: SynupBareBody, at now: Timestamp) throws(SynupFailure) -> JSONValue {
    guard let locationID = body["locationId"]?.stringValue else {
      return ["data": nil, "errors": "locationId is required"]
    }
    let location = try self.location(named: locationID, startingWork: true, at: now)
    let request: GridReportRequest
    do {
      request = try GridReportRequest(body)
    } catch {
      return ["data": nil, "errors": .string(error.message)]
    }
    let ids = request.keywords.map { keyword in
      let report = GridReport(
        id: mintUUID("gridReport"), locationNumber: location.number, keyword: keyword, business: request.business,
        latitude: request.latitude, longitude: request.longitude, distance: request.distance, unit: request.unit,
        gridSize: request.gridSize, createdAt: now)
      gridReports.insert(report)
      return JSONValue.string(report.id.text)
    }
    return ["data": ["reportIds": .array(ids)], "errors": nil]
  }

  /// `GET /grid-report/{reportId}`.
  func gridReport(id text: Substring) throws(SynupFailure) -> JSONValue {
    guard let report = gridReports.report(try SynupIDs.uuid(String(text))) else { throw .resourceNotFound }
    return report.json
  }

  /// `GET /locations/{locationId}/grid-reports`: both members of section 7 #1,
  /// every match under S2's field and one page of them under the SDK's.
  func gridReports(locationID: Substring, _ query: SynupQueryParameters, at now: Timestamp) throws(SynupFailure)
    -> JSONObject
  {
    let location = try self.location(inPath: locationID, at: now)
    let filter = try GridReportFilter(query)
    let page = try SynupPageNumber(query, perPage: "pageSize", defaultSize: 20, maximum: 100)
    let matches = filter.sorted(gridReports.all.filter { $0.locationNumber == location.number && filter.admits($0) })
      .map(\.json)
    return JSONObject([
      .init(key: "gridrankReportsByLocationId", value: .array(matches)),
      .init(
        key: "allGridrankReports",
        value: ["reports": page.answer(matches)["records"] ?? [], "total": .int(matches.count)]),
    ])
  }
}
