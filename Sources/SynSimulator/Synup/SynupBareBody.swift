import SynHTTP
import SynJSON

/// The fields of a write that takes a bare object (synup-sections.md 2.1):
/// the body's top-level object, or the object under `input` when that is its
/// only key (old clients wrap everything), plus the query string, which
/// create-GMB-listing also reads. Unknown keys are ignored; each route
/// answers a missing or mistyped field in its own error form.
struct SynupBareBody: Sendable {
  let fields: JSONObject
  let query: SynupQueryParameters

  init(_ request: HTTPRequest) throws(SynupFailure) {
    query = SynupQueryParameters(request.query)
    guard !request.body.isEmpty else {
      fields = JSONObject()
      return
    }
    let body: JSONValue
    do {
      body = try RequestBody.value(request.body)
    } catch {
      throw .badRequest(error.message)
    }
    guard let object = body.objectValue else { throw .badRequest("Request body must be a JSON object") }
    if object.count == 1, let inner = object["input"]?.objectValue {
      fields = inner
    } else {
      fields = object
    }
  }

  subscript(key: String) -> JSONValue? {
    fields[key]
  }
}
