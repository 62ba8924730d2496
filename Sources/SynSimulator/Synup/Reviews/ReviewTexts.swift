/// The synthetic review texts of synup-sections.md Appendix A.4.
enum ReviewTexts {
  static let authors = [
    "Alex Johnson", "Priya Nair", "Sam Carter", "Maria Lopez", "Chen Wei", "Fatima Khan", "Tom Becker", "Aisha Bello",
    "Lucas Moreau", "Emma Thompson", "Diego Ruiz", "Hannah Kim",
  ]

  /// Three lines per rating, index 0 for rating 1.
  private static let lines = [
    ["Very poor experience, would not return.", "Nobody answered our questions.", "The worst visit I have had here."],
    [
      "Not great this time, the order was wrong.", "Slow service and little attention.",
      "Disappointed compared to my last visit.",
    ],
    [
      "It was fine, nothing special.", "Average visit; some things could improve.",
      "Okay service but the wait was long.",
    ],
    [
      "Very good overall, a short wait at the counter.", "Solid service and fair prices.",
      "Nice place, would visit again.",
    ],
    [
      "Fantastic experience from start to finish.", "Friendly staff and quick service, highly recommend.",
      "Best in town, we keep coming back.",
    ],
  ]

  static func line(rating: Int, index: Int) -> String {
    lines[rating - 1][index]
  }
}
