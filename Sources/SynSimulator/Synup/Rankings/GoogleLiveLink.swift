extension DataSeed {
  /// G1's Google live link of location `locationNumber`:
  /// `https://maps.google.com/maps?cid=<cid>`, cid = 10¹⁸ + H("cid", L) mod 9·10¹⁸ (19 digits).
  func googleLiveLink(locationNumber: Int) -> String {
    let cid = 1_000_000_000_000_000_000 + hash("cid", String(locationNumber)) % 9_000_000_000_000_000_000
    return "https://maps.google.com/maps?cid=\(cid)"
  }
}
