/// G7 (synup-sections.md 5.4): when each message of a campaign's customer was
/// delivered, opened and clicked, and which follow-ups went out; every time is
/// shown only once it is at or before `now`.
struct CampaignMessages: Sendable {
  let emailDeliveredAt: Timestamp?
  let smsDeliveredAt: Timestamp?
  let emailLastOpenedAt: Timestamp?
  let emailLastClickedAt: Timestamp?
  let smsOpenedAt: Timestamp?
  /// The follow-ups sent so far: when each was sent.
  let followUps: [Timestamp]
  /// Whether the follow-ups went by email (else by SMS).
  let followUpsByEmail: Bool

  static let deliveryDelay = 60
  private static let followUpDelays = [2 * 86_400, 5 * 86_400]

  init(_ customer: CampaignCustomer, campaign: ResourceID, seed: DataSeed, now: Timestamp) {
    let key = customer.key
    let campaignText = campaign.text
    func hash(_ label: String) -> UInt64 { seed.hash(label, campaignText, key) }
    func unit(_ label: String) -> Double { seed.unit(label, campaignText, key) }
    func shown(_ time: Timestamp?) -> Timestamp? { time.flatMap { $0 <= now ? $0 : nil } }

    let delivered = customer.addedAt.adding(seconds: Self.deliveryDelay)
    let emailDelivered = customer.email == nil ? nil : delivered
    let opened = emailDelivered.flatMap {
      unit("open") < 0.6 ? $0.adding(seconds: 3600 + Int(hash("open") % 169_200)) : nil
    }
    var clicked = opened.flatMap { unit("click") < 0.5 ? $0.adding(seconds: Int(hash("click") % 3600)) : nil }
    if let feedback = customer.feedback, clicked.map({ $0 > feedback.at }) ?? true { clicked = feedback.at }
    let smsDelivered = customer.phone == nil ? nil : delivered
    emailDeliveredAt = shown(emailDelivered)
    smsDeliveredAt = shown(smsDelivered)
    emailLastOpenedAt = shown(opened)
    emailLastClickedAt = shown(clicked)
    smsOpenedAt = shown(
      smsDelivered.flatMap { unit("smsopen") < 0.7 ? $0.adding(seconds: Int(hash("smsopen") % 7200)) : nil })
    var sendTime = customer.addedAt
    followUps = Self.followUpDelays.compactMap { delay in
      sendTime = sendTime.adding(seconds: delay)
      let answeredBefore = customer.feedback.map { $0.at <= sendTime } ?? false
      return !answeredBefore && sendTime <= now ? sendTime : nil
    }
    followUpsByEmail = customer.email != nil
  }

  /// When follow-up `index` (0 or 1) was delivered, once it is.
  func followUpDelivered(_ index: Int, now: Timestamp) -> Timestamp? {
    guard index < followUps.count else { return nil }
    let delivered = followUps[index].adding(seconds: Self.deliveryDelay)
    return delivered <= now ? delivered : nil
  }

  /// Messages delivered by email and by SMS, follow-ups included.
  func sent(now: Timestamp) -> (emails: Int, sms: Int) {
    let followUpCount = followUps.indices.filter { followUpDelivered($0, now: now) != nil }.count
    return (
      (emailDeliveredAt == nil ? 0 : 1) + (followUpsByEmail ? followUpCount : 0),
      (smsDeliveredAt == nil ? 0 : 1) + (followUpsByEmail ? 0 : followUpCount)
    )
  }
}
