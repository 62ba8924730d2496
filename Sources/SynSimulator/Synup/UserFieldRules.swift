/// The rules for a user's fields, shared by create and update (spec 4).
/// Lengths count Unicode code points; blank means empty or only whitespace.
enum UserFieldRules {
  static let maximumNameLength = 60

  /// SY81000 missing, SY81003 malformed, SY81024 used by a user other than `owner`.
  static func email(_ email: String, holder: Int?, owner: Int?) -> [SynupFieldError] {
    if email.isBlank {
      return [SynupFieldError("SY81000", "Email is mandatory", key: "email", value: email)]
    }
    if !isWellFormedEmail(email) {
      return [SynupFieldError("SY81003", "Invalid email format", key: "email", value: email)]
    }
    if let holder, holder != owner {
      return [SynupFieldError("SY81024", "This email has already been taken", key: "email", value: email)]
    }
    return []
  }

  /// SY81009 missing, SY81007 longer than 60.
  static func firstName(_ name: String) -> [SynupFieldError] {
    if name.isBlank {
      return [SynupFieldError("SY81009", "First name is mandatory", key: "firstName", value: name)]
    }
    if name.unicodeScalars.count > maximumNameLength {
      return [
        SynupFieldError(
          "SY81007", "First name cannot be more than \(maximumNameLength) characters", key: "firstName", value: name)
      ]
    }
    return []
  }

  /// SY81008 longer than 60; a last name may be left out.
  static func lastName(_ name: String?) -> [SynupFieldError] {
    guard let name, name.unicodeScalars.count > maximumNameLength else { return [] }
    return [
      SynupFieldError(
        "SY81008", "Last name cannot be more than \(maximumNameLength) characters", key: "lastName", value: name)
    ]
  }

  /// SY81057 unless `roleId` is the id of one of the account's roles.
  static func role(_ roleId: String, in account: SynupAccount) -> Result<SynupRole, SynupFieldError> {
    guard let id = RelayID(roleId, as: .customRole), let role = account.role(id) else {
      return .failure(SynupFieldError("SY81057", "Invalid role passed", key: "roleId", value: roleId))
    }
    return .success(role)
  }

  /// `local@domain.tld`: one `@`, no blanks, a dot inside the domain.
  static func isWellFormedEmail(_ email: String) -> Bool {
    let parts = email.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !email.contains(where: \.isWhitespace) else { return false }
    let domain = parts[1]
    guard let dot = domain.lastIndex(of: ".") else { return false }
    return dot != domain.startIndex && domain.index(after: dot) != domain.endIndex
  }
}

extension String {
  /// Empty or only whitespace.
  var isBlank: Bool {
    allSatisfy(\.isWhitespace)
  }
}
