import SynHTTP
import SynJSON

/// The `/v1/posts` endpoints (spec 1.4).
extension TenantState {
  /// POST /v1/posts, checked in this order: 400 (the body), 404 (accounts),
  /// 400 `text_too_long`, 409 `account_not_active`, 429 `post_limit_reached`.
  /// Then one quota unit per target is reserved, and an immediate post is
  /// published before the 201.
  mutating func createPost(_ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let draft = try NewPost(RequestBody.object(request.body), now: now)
    var targetAccounts: [Account] = []
    for id in draft.accountIDs {
      guard let account = accounts[id] else {
        throw APIError(
          status: 404, code: "not_found", message: "No connected account with id \(id.text)", field: "accountIds")
      }
      targetAccounts.append(account)
    }
    for account in targetAccounts { try checkTextLength(draft.tweets, on: account) }
    if let inactive = targetAccounts.first(where: { $0.status != .active }) {
      throw APIError(
        status: 409, code: "account_not_active",
        message: "Account \(inactive.id.text) is \(inactive.status.rawValue): reconnect it first",
        context: [
          .init(key: "accountId", value: .string(inactive.id.text)),
          .init(key: "status", value: .string(inactive.status.rawValue)),
        ])
    }
    try checkPostQuota(for: targetAccounts.count)
    let charge = billing.charge(targetAccounts.count, at: now)
    var targets = targetAccounts.map(PostTarget.init)
    if draft.scheduledAt == nil { publish(draft.tweets, to: &targets, at: now, charge: charge) }
    let id = newID()
    let post = posts.insert { sequence in
      Post(
        id: id, sequence: sequence, tweets: draft.tweets, scheduledAt: draft.scheduledAt, createdAt: now,
        updatedAt: now, targets: targets, charge: charge)
    }
    return .json(201, post.json)
  }

  /// GET /v1/posts: newest first, filtered by `profileId`, `accountId` and `status`.
  mutating func listPosts(_ request: HTTPRequest) throws(APIError) -> HTTPResponse {
    let fields = RequestFields(query: request.query)
    let profileId = try fields.string("profileId").map { text throws(APIError) in
      try fields.resourceID(text, of: "profileId")
    }
    let accountId = try fields.string("accountId").map { text throws(APIError) in
      try fields.resourceID(text, of: "accountId")
    }
    let status = try fields.string("status").map { text throws(APIError) in
      guard let status = Post.Status(rawValue: text) else {
        throw .validation(
          field: "status", "status must be one of \(Post.Status.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      return status
    }
    let page = try PageRequest(request.query)
    var isIncluded: ((Post) -> Bool)?
    if profileId != nil || accountId != nil || status != nil {
      isIncluded = { post in
        (profileId.map { profile in post.targets.contains { $0.profileId == profile } } ?? true)
          && (accountId.map(post.goesTo) ?? true) && (status.map { post.status == $0 } ?? true)
      }
    }
    let (matches, total) = posts.page(page, where: isIncluded)
    return .json(200, page.listBody(matches.map(\.json), total: total))
  }

  /// GET /v1/posts/{id}
  func getPost(_ id: Substring) throws(APIError) -> HTTPResponse {
    guard let resourceID = ResourceID(id), let post = posts[resourceID] else { throw .postNotFound(id) }
    return .json(200, post.json)
  }

  /// DELETE /v1/posts/{id}: a scheduled post is canceled, its targets
  /// refunded and its record removed; a failed or canceled one is removed;
  /// anything published is 409 `post_already_published`.
  mutating func deletePost(_ id: Substring) throws(APIError) -> HTTPResponse {
    guard let resourceID = ResourceID(id), let post = posts[resourceID] else { throw .postNotFound(id) }
    switch post.status {
    case .scheduled:
      billing.refund(post.targets.count { $0.status == .pending }, chargedIn: post.charge)
    case .failed, .canceled:
      break
    case .publishing, .published, .partial:
      throw APIError(
        status: 409, code: "post_already_published",
        message: "Post \(id) is \(post.status.rawValue): published posts cannot be deleted")
    }
    _ = posts.remove(resourceID)
    return .noContent
  }

  /// 400 `text_too_long` when a tweet's text is over the account's platform limit.
  private func checkTextLength(_ tweets: [TweetContent], on account: Account) throws(APIError) {
    let platform = account.platform
    for (index, tweet) in tweets.enumerated() {
      guard let text = tweet.text else { continue }
      let length = platform.weightedLength(of: text)
      guard length > platform.textLimit else { continue }
      throw APIError(
        status: 400, code: "text_too_long",
        message: "The text is \(length) weighted characters long; X takes up to \(platform.textLimit)",
        field: tweets.count == 1 ? "text" : "threadItems[\(index)].text",
        context: [
          .init(key: "accountId", value: .string(account.id.text)),
          .init(key: "platform", value: .string(platform.rawValue)),
          .init(key: "limit", value: .int(platform.textLimit)),
          .init(key: "length", value: .int(length)),
        ])
    }
  }

  /// 429 `post_limit_reached` unless `count` more posts fit in the period: all or nothing.
  private func checkPostQuota(for count: Int) throws(APIError) {
    let plan = billing.plan
    let used = billing.postsUsed(at: now)
    guard used + count > plan.postLimit else { return }
    throw APIError(
      status: 429, code: "post_limit_reached",
      message: "The \(plan.rawValue) plan allows \(plan.postLimit) posts\(plan.isPaid ? " a month" : ""); "
        + "\(used) are used and this request needs \(count)",
      context: [
        .init(key: "used", value: .int(used)),
        .init(key: "limit", value: .int(plan.postLimit)),
        .init(key: "plan", value: .string(plan.rawValue)),
        .init(key: "upgradeUrl", value: .string(TenantState.upgradeURL)),
      ])
  }
}

extension APIError {
  static func postNotFound(_ id: Substring) -> APIError {
    .notFound("No post with id \(id)")
  }
}
