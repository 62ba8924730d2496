import SynJSON

/// What a location's writer controls, checked by the rules of spec 4. The
/// simulator derives the rest (ids, folder, lifecycle, dates, geo).
struct LocationFields: Sendable, Codable {
  static let nameLengths = 2...150
  static let minimumDescriptionLength = 200
  static let phoneDigits = 10
  static let maximumAdditionalCategories = 9
  /// The 15 payment methods Synup accepts (names not evidenced: a decision).
  static let paymentMethods = [
    "AMERICAN_EXPRESS", "ANDROID_PAY", "APPLE_PAY", "CASH", "CHECK", "DEBIT", "DINERS_CLUB", "DISCOVER",
    "FINANCING", "GOOGLE_PAY", "INVOICE", "MASTERCARD", "PAYPAL", "TRAVELERS_CHECK", "VISA",
  ]

  var name = ""
  /// Nil when left out or blank, so blank store ids never collide.
  var storeId: String?
  var street = ""
  var city = ""
  var postalCode = ""
  /// Digits only: `(415) 555-1239` is kept as `4155551239`.
  var phone = ""
  var countryIso = ""
  var stateIso = ""
  var description = ""
  var subCategory = 0
  var additionalCategoryIds: [Int] = []
  var paymentMethods: [String] = []
  var businessHours: [BusinessHours] = []
  /// The location's own tags, without `all`.
  var tags: [String] = []
  /// The fields the simulator only keeps and prints (`LocationDetail`), as coerced.
  var details = JSONObject()

  /// Applies the fields `input` sends, checking each against its rule, in
  /// field order; returns the broken rules (all of them).
  mutating func apply(_ input: SynupInput) -> [SynupFieldError] {
    var errors: [SynupFieldError] = []
    if input.has("name") {
      name = input.string("name") ?? ""
      errors += LocationFields.checkName(name)
    }
    if input.has("storeId") { storeId = input.string("storeId").flatMap { $0.isBlank ? nil : $0 } }
    if input.has("street") {
      street = input.string("street") ?? ""
      errors += LocationFields.checkPresence(street, "street", "SY10011", "Street")
    }
    if input.has("city") {
      city = input.string("city") ?? ""
      errors += LocationFields.checkPresence(city, "city", "SY10012", "City")
    }
    if input.has("postalCode") {
      postalCode = input.string("postalCode") ?? ""
      errors += LocationFields.checkPresence(postalCode, "postalCode", "SY10013", "Postal code")
    }
    if input.has("phone") {
      let given = input.string("phone") ?? ""
      phone = String(given.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
      errors += LocationFields.checkPhone(given, digits: phone)
    }
    errors += applyPlace(input)
    if input.has("description") {
      description = input.string("description") ?? ""
      if description.isBlank || description.unicodeScalars.count < LocationFields.minimumDescriptionLength {
        errors.append(
          SynupFieldError(
            "SY10005", "Description should be at least \(LocationFields.minimumDescriptionLength) characters long",
            key: "description", value: description))
      }
    }
    errors += applyCategories(input)
    errors += applyLists(input)
    for detail in LocationDetail.all where input.has(detail.name) {
      details[detail.name] = input.value(detail.name) ?? .null
    }
    if let ownerEmail = input.string("ownerEmail"), !UserFieldRules.isWellFormedEmail(ownerEmail) {
      errors.append(SynupFieldError("SY10006", "Owner email is invalid", key: "ownerEmail", value: ownerEmail))
    }
    return errors
  }

  /// Country (SY10009), then the state within it (SY10010), whenever either is sent.
  private mutating func applyPlace(_ input: SynupInput) -> [SynupFieldError] {
    guard input.has("countryIso") || input.has("stateIso") else { return [] }
    if input.has("countryIso") { countryIso = (input.string("countryIso") ?? "").uppercased() }
    if input.has("stateIso") { stateIso = (input.string("stateIso") ?? "").uppercased() }
    if countryIso.isBlank {
      return [SynupFieldError("SY10009", "Country can't be blank", key: "countryIso", value: countryIso)]
    }
    guard let states = Countries.states[countryIso] else {
      return [SynupFieldError("SY10009", "Country is invalid", key: "countryIso", value: countryIso)]
    }
    if stateIso.isBlank {
      return [SynupFieldError("SY10010", "State can't be blank", key: "stateIso", value: stateIso)]
    }
    guard states[stateIso] != nil else {
      return [SynupFieldError("SY10010", "State is invalid for \(countryIso)", key: "stateIso", value: stateIso)]
    }
    return []
  }

  /// The primary subcategory (SY10024 blank, SY10025 unknown or additional-only) and up to nine
  /// additional ones (SY10026), all from the category table.
  private mutating func applyCategories(_ input: SynupInput) -> [SynupFieldError] {
    var errors: [SynupFieldError] = []
    if input.has("subCategoryId") {
      let text = input.string("subCategoryId") ?? ""
      if text.isBlank {
        errors.append(
          SynupFieldError("SY10024", "Primary subcategory can't be blank", key: "subCategoryId", value: text))
      } else if let id = RelayID(text, as: .subCategory), SubCategory.named(id.number)?.isPrimary == true {
        subCategory = id.number
      } else {
        errors.append(SynupFieldError("SY10025", "Primary subcategory is invalid", key: "subCategoryId", value: text))
      }
    }
    if input.has("additionalCategoryIds") {
      additionalCategoryIds =
        input.value("additionalCategoryIds")?.arrayValue?.compactMap(\.numberValue?.intValue) ?? []
      if additionalCategoryIds.count > LocationFields.maximumAdditionalCategories {
        errors.append(
          SynupFieldError(
            "SY10026", "Cannot add more than \(LocationFields.maximumAdditionalCategories) additional categories",
            key: "additionalCategoryIds", value: String(additionalCategoryIds.count)))
      }
      for number in additionalCategoryIds where SubCategory.named(number) == nil {
        errors.append(
          SynupFieldError(
            "SY10025", "Additional category is invalid", key: "additionalCategoryIds", value: String(number)))
      }
    }
    return errors
  }

  /// Payment methods (SY10016), business hours and tags.
  private mutating func applyLists(_ input: SynupInput) -> [SynupFieldError] {
    var errors: [SynupFieldError] = []
    if input.has("paymentMethods") {
      paymentMethods = input.strings("paymentMethods") ?? []
      for method in paymentMethods where !LocationFields.paymentMethods.contains(method) {
        errors.append(SynupFieldError("SY10016", "Invalid payment method", key: "paymentMethods", value: method))
      }
    }
    if input.has("businessHours") {
      switch BusinessHours.parse(input.value("businessHours")?.arrayValue ?? []) {
      case .success(let hours): businessHours = hours
      case .failure(let violations): errors += violations.errors
      }
    }
    if input.has("tags") {
      switch TagRules.locationTags(input.strings("tags") ?? []) {
      case .success(let names): tags = names
      case .failure(let violations): errors += violations.errors
      }
    }
    return errors
  }

  /// SY10001: present, 2–150 characters.
  private static func checkName(_ name: String) -> [SynupFieldError] {
    if name.isBlank {
      return [SynupFieldError("SY10001", "Name can't be blank", key: "name", value: name)]
    }
    guard nameLengths.contains(name.unicodeScalars.count) else {
      return [
        SynupFieldError(
          "SY10001", "Name should be between \(nameLengths.lowerBound) and \(nameLengths.upperBound) characters",
          key: "name", value: name)
      ]
    }
    return []
  }

  /// `<Label> can't be blank`, the evidenced wording of SY10011.
  private static func checkPresence(_ value: String, _ key: String, _ code: String, _ label: String)
    -> [SynupFieldError]
  {
    value.isBlank ? [SynupFieldError(code, "\(label) can't be blank", key: key, value: value)] : []
  }

  /// SY10015: present, and 10 digits once everything but digits is dropped.
  private static func checkPhone(_ given: String, digits: String) -> [SynupFieldError] {
    if given.isBlank {
      return [SynupFieldError("SY10015", "Phone can't be blank", key: "phone", value: given)]
    }
    guard digits.count == phoneDigits else {
      return [SynupFieldError("SY10015", "Phone number is invalid", key: "phone", value: given)]
    }
    return []
  }
}

/// A location field the simulator keeps and prints unchanged, with what it
/// prints when never set.
struct LocationDetail: Sendable {
  let name: String
  let type: SynupInputValueType
  let unset: JSONValue

  static let all: [LocationDetail] =
    ["street1", "ownerEmail", "ownerName", "tagline", "googleAdsPhone"].map(text)
    + [
      "bizUrl", "facebookUrl", "twitterUrl", "linkedinUrl", "instagramUrl", "pinterestUrl", "youtubeUrl",
      "tiktokUrl", "googleplusUrl", "bookingUrl", "offeringsUrl", "reservationUrl",
    ].map(text)
    + [
      LocationDetail(name: "yearOfIncorporation", type: .int, unset: .null),
      LocationDetail(name: "hideAddress", type: .boolean, unset: false),
      LocationDetail(name: "temporarilyClosed", type: .boolean, unset: false),
      LocationDetail(name: "additionalPhones", type: .list(.string), unset: []),
      LocationDetail(name: "videos", type: .list(.json), unset: []),
      LocationDetail(name: "placeActionLinks", type: .list(.json), unset: []),
    ]

  private static func text(_ name: String) -> LocationDetail {
    LocationDetail(name: name, type: .string, unset: .null)
  }
}

extension LocationFields {
  /// The value of detail `name` to print: as set, or its unset value.
  func detail(_ name: String) -> JSONValue {
    if let value = details[name], !value.isNull { return value }
    return LocationDetail.all.first { $0.name == name }?.unset ?? .null
  }
}
