import SynJSON

/// The simulator's category table (spec 4 decision: a small built-in one
/// holding the evidenced `SubCategory:20`). A location's primary category and
/// its additional categories are subcategories of this table; the rows that
/// are not primary may only be additional (synup-sections.md 4.2).
struct SubCategory: Sendable {
  let number: Int
  let name: String
  let categoryId: Int
  let categoryName: String
  /// Whether a location may have it as its primary category (`subCategoryId`).
  var isPrimary = true

  static let all: [SubCategory] = [
    SubCategory(number: 1, name: "Auto Repair", categoryId: 1, categoryName: "Automotive"),
    SubCategory(number: 2, name: "Car Dealer", categoryId: 1, categoryName: "Automotive"),
    SubCategory(number: 20, name: "Restaurant", categoryId: 2, categoryName: "Food & Dining"),
    SubCategory(number: 21, name: "Cafe", categoryId: 2, categoryName: "Food & Dining"),
    SubCategory(number: 22, name: "Bakery", categoryId: 2, categoryName: "Food & Dining"),
    SubCategory(number: 23, name: "Bar", categoryId: 2, categoryName: "Food & Dining"),
    SubCategory(number: 24, name: "Catering", categoryId: 2, categoryName: "Food & Dining", isPrimary: false),
    SubCategory(number: 25, name: "Food Delivery", categoryId: 2, categoryName: "Food & Dining", isPrimary: false),
    SubCategory(number: 40, name: "Dentist", categoryId: 3, categoryName: "Health & Medical"),
    SubCategory(number: 41, name: "Doctor", categoryId: 3, categoryName: "Health & Medical"),
    SubCategory(number: 42, name: "Pharmacy", categoryId: 3, categoryName: "Health & Medical"),
    SubCategory(number: 60, name: "Plumber", categoryId: 4, categoryName: "Home Services"),
    SubCategory(number: 61, name: "Electrician", categoryId: 4, categoryName: "Home Services"),
    SubCategory(number: 80, name: "Clothing Store", categoryId: 5, categoryName: "Shopping"),
    SubCategory(number: 81, name: "Grocery Store", categoryId: 5, categoryName: "Shopping"),
    SubCategory(number: 100, name: "Accountant", categoryId: 6, categoryName: "Professional Services"),
    SubCategory(number: 101, name: "Lawyer", categoryId: 6, categoryName: "Professional Services"),
  ]

  private static let byNumber = Dictionary(uniqueKeysWithValues: all.map { ($0.number, $0) })

  static func named(_ number: Int) -> SubCategory? {
    byNumber[number]
  }

  var id: RelayID { RelayID(.subCategory, number) }

  /// An entry of `GET /sub-categories`, keys in the evidenced order.
  var json: JSONValue {
    ["databaseId": .int(number), "id": .string(id.text), "name": .string(name), "primary": .bool(isPrimary)]
  }
}
