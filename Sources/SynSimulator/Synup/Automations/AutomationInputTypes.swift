/// The input type of the temporary-close automation (synup-sections.md 4.11).
extension SynupInputTypes {
  static let createFlowFromRecipe = SynupInputType.mutation(
    "CreateFlowFromRecipeInput",
    [
      .required("name", .string), .required("startDate", .string), .required("startTime", .string),
      .required("endDate", .string), .required("locationId", .id),
    ])
}
