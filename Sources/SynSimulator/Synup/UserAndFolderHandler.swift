import SynJSON

/// POST /users/add_user_and_folder → `addUserAndFolder` (synup-sections.md
/// 4.3): create a user, create a folder, move locations into it and assign
/// it to the user, each step with the rules and codes of its own route.
extension SynupAccount {
  /// All steps happen or none do: they run on a copy of the account, kept only
  /// when every one succeeds. A failure answers the first failing step's errors.
  mutating func addUserAndFolder(_ input: SynupInput, at now: Timestamp) throws(SynupFailure) -> PayloadOutcome {
    var draft = self
    let outcome = try draft.performUserAndFolderSteps(input, at: now)
    if case .success = outcome { self = draft }
    return outcome
  }

  /// `userId` names an existing user instead of a new one; `locale`,
  /// `socialProfileIds` and `isDefaultFolder` change nothing visible.
  private mutating func performUserAndFolderSteps(_ input: SynupInput, at now: Timestamp) throws(SynupFailure)
    -> PayloadOutcome
  {
    var user: SynupUser
    if let idText = input.string("userId") {
      guard let found = users.user(try SynupIDs.relayID(idText, as: .user)) else {
        return .rejected([SynupFieldError("SY81019", "User not found", key: "userId", value: idText)])
      }
      user = found
    } else {
      do {
        user = try insertUser(input, at: now)
      } catch {
        return .rejected(error.errors)
      }
    }
    let folder: SynupFolder
    do {
      folder = try insertFolder(input, at: now)
    } catch {
      return .rejected(error.errors)
    }
    if case .rejected(let errors) = try addLocationsToFolder(input, at: now) {
      return .rejected(errors)
    }
    user.assign(.folder(folder.id), adding: true)
    users.replace(user)
    // `locationCount` is null even when locations moved in: the evidenced schema types it `null`.
    let folderJSON: JSONValue = ["id": .string(folder.id.text), "name": .string(folder.name), "locationCount": nil]
    return .success(["user": json(user, .userAndFolder), "folder": folderJSON])
  }
}
