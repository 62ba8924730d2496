// Grid rank: synup-sections.md 4.4.

extension SynupOperationID {
  var gridRankOperation: Operation {
    let id = OperationID.synup(self)
    switch self {
    case .createGridReport:
      let business = ["businessName", "businessStreet", "businessCity", "businessCountry"].map {
        Field($0, .string, required: true, constraints: "non-blank", doc: "The business as the grid searches it.")
      }
      return Operation(
        id, "create", "grid-report", method: "POST", path: "/api/v4/create-grid-report", body: .json,
        fields: [
          SynupSectionFields.locationId,
          Field("keywords", .array(.string), required: true, constraints: "1-25, non-blank", doc: "One report each."),
        ] + business + [
          Field("businessState", .string, required: true, constraints: "may be empty", doc: "The business's state."),
          Field("latitude", .number, required: true, constraints: "-90..90, or a numeric string", doc: "Centre."),
          Field("longitude", .number, required: true, constraints: "-180..180, or a numeric string", doc: "Centre."),
          Field("distance", .number, required: true, constraints: "0 < distance <= 60", doc: "Centre to edge."),
          Field("distanceUnit", .string, required: true, allowedValues: ["mi", "km"], doc: "The distance's unit."),
          Field("gridSize", .integer, required: true, constraints: "3, 5 or 7", doc: "Points a side."),
        ],
        doc: "Start one rank-grid report per keyword; answers data.createGridrankReport {data: {reportIds}, errors}.")
    case .listGridReports:
      return Operation(
        id, "list", "grid-report", method: "GET", path: "/api/v4/locations/{locationId}/grid-reports",
        fields: [
          Field("searchString", .string, doc: "Only keywords containing this (any case)."),
          Field("gridSize", .integer, constraints: "3, 5 or 7", doc: "Only this grid size."),
          Field("fromDate", .string, constraints: "YYYY-MM-DD", doc: "Created on or after this day."),
          Field("toDate", .string, constraints: "YYYY-MM-DD", doc: "Created on or before this day."),
          Field(
            "sortField", .string, allowedValues: ["createdAt", "keyword", "averageRank"], doc: "Sort key (createdAt)."),
          Field("sortOrder", .string, allowedValues: ["desc", "asc"], doc: "Sort order (desc)."),
          Field("pageSize", .integer, constraints: "default 20, <= 100", doc: "Reports a page."),
          Field("page", .integer, constraints: "1-based, default 1", doc: "The page."),
        ],
        doc: "A location's grid reports; answers data.gridrankReportsByLocationId (all) and "
          + "data.allGridrankReports {reports, total} (a page).")
    case .getGridReport:
      return Operation(
        id, "get", "grid-report", method: "GET", path: "/api/v4/grid-report/{reportId}",
        doc: "A grid report with its ranks; answers data.gridrankReportById.")
    default:
      preconditionFailure("\(self) is not a grid-rank operation")
    }
  }
}
