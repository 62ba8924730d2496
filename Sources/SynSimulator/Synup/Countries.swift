import SynJSON

/// The countries and states a location may be in (spec 4 decision: a small
/// built-in table with US and its states, CA, GB, AU and IN), by ISO 3166 code.
enum Countries {
  /// The countries in the order `GET /countries` lists them; a country's
  /// `databaseId` is its place here, from 1 (synup-sections.md A.3).
  static let names: [(iso: String, name: String)] = [
    ("US", "United States"), ("CA", "Canada"), ("GB", "United Kingdom"), ("AU", "Australia"), ("IN", "India"),
  ]

  /// `GET /countries` (synup-sections.md 4.2): each country with its states
  /// sorted by code, numbered `State:N` on across countries; the simulator
  /// requires city, state and postal code everywhere, so all three flags are true.
  static let supported: JSONValue = {
    var stateNumber = 0
    return .array(
      names.enumerated().map { index, country in
        let databaseId = index + 1
        let states = (Countries.states[country.iso] ?? [:]).sorted { $0.key < $1.key }.map { iso, name in
          stateNumber += 1
          let state: JSONValue = [
            "countryId": .int(databaseId), "id": .string(RelayID(.state, stateNumber).text), "iso": .string(iso),
            "name": .string(name),
          ]
          return state
        }
        return [
          "databaseId": .int(databaseId), "id": .string(RelayID(.country, databaseId).text),
          "iso": .string(country.iso), "name": .string(country.name), "states": .array(states), "hasCity": true,
          "stateRequired": true, "hasPostalCode": true,
        ]
      })
  }()

  /// State names by country code, then by state code (ISO 3166-2 without the country prefix).
  static let states: [String: [String: String]] = [
    "US": [
      "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
      "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
      "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
      "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
      "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
      "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
      "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
      "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
      "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
      "WI": "Wisconsin", "WY": "Wyoming",
    ],
    "CA": [
      "AB": "Alberta", "BC": "British Columbia", "MB": "Manitoba", "NB": "New Brunswick",
      "NL": "Newfoundland and Labrador", "NS": "Nova Scotia", "NT": "Northwest Territories", "NU": "Nunavut",
      "ON": "Ontario", "PE": "Prince Edward Island", "QC": "Quebec", "SK": "Saskatchewan", "YT": "Yukon",
    ],
    "GB": ["ENG": "England", "NIR": "Northern Ireland", "SCT": "Scotland", "WLS": "Wales"],
    "AU": [
      "ACT": "Australian Capital Territory", "NSW": "New South Wales", "NT": "Northern Territory",
      "QLD": "Queensland", "SA": "South Australia", "TAS": "Tasmania", "VIC": "Victoria",
      "WA": "Western Australia",
    ],
    "IN": [
      "AN": "Andaman and Nicobar Islands", "AP": "Andhra Pradesh", "AR": "Arunachal Pradesh", "AS": "Assam",
      "BR": "Bihar", "CH": "Chandigarh", "CT": "Chhattisgarh", "DH": "Dadra and Nagar Haveli and Daman and Diu",
      "DL": "Delhi", "GA": "Goa", "GJ": "Gujarat", "HR": "Haryana", "HP": "Himachal Pradesh",
      "JK": "Jammu and Kashmir", "JH": "Jharkhand", "KA": "Karnataka", "KL": "Kerala", "LA": "Ladakh",
      "LD": "Lakshadweep", "MP": "Madhya Pradesh", "MH": "Maharashtra", "MN": "Manipur", "ML": "Meghalaya",
      "MZ": "Mizoram", "NL": "Nagaland", "OR": "Odisha", "PY": "Puducherry", "PB": "Punjab", "RJ": "Rajasthan",
      "SK": "Sikkim", "TN": "Tamil Nadu", "TG": "Telangana", "TR": "Tripura", "UP": "Uttar Pradesh",
      "UT": "Uttarakhand", "WB": "West Bengal",
    ],
  ]
}
