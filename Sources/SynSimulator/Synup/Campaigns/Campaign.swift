import SynJSON

/// A review campaign (synup-sections.md 4.5): its customers' message times are derived (G7).
struct Campaign: Sendable, Codable {
  let id: ResourceID
  let locationNumber: Int
  let name: String
  let screening: Bool
  /// The templates and SDK details as sent, by key.
  let templates: JSONObject
  let createdAt: Timestamp
  var customers: [CampaignCustomer] = []
}

/// An invited customer, and the feedback `mock feedback` gave.
struct CampaignCustomer: Sendable, Codable {
  struct Feedback: Sendable, Codable {
    let rating: Int
    let response: String?
    let at: Timestamp
  }

  let name: String
  let email: String?
  let phone: String?
  let addedAt: Timestamp
  var feedback: Feedback?

  /// G7's `k`: the email, else the phone.
  var key: String { email ?? phone ?? "" }
}

/// The account's campaigns in creation order.
struct CampaignStore: Sendable, Codable {
  private(set) var all: [Campaign] = []

  func index(of id: ResourceID) -> Int? {
    all.firstIndex { $0.id == id }
  }

  mutating func insert(_ campaign: Campaign) {
    all.append(campaign)
  }

  mutating func add(_ customers: [CampaignCustomer], toCampaignAt index: Int) {
    all[index].customers += customers
  }

  mutating func setFeedback(_ feedback: CampaignCustomer.Feedback, campaignAt index: Int, customerAt position: Int) {
    all[index].customers[position].feedback = feedback
  }
}
