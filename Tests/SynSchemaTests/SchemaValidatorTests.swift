import SynJSON
import SynSchema
import Testing

/// The schema validator finds every violation and names where it is, or
/// `expect body conforms` and the conformance tests prove nothing.
@Suite struct SchemaValidatorTests {
  let validator = SchemaValidator(
    components: JSONObject([
      .init(
        key: "Thing",
        value: [
          "type": "object", "required": ["id", "kind"], "additionalProperties": false,
          "properties": [
            "id": ["type": "string", "format": "uuid"], "kind": ["type": "string", "enum": ["a", "b"]],
            "count": ["type": ["integer", "null"]], "tags": ["type": "array", "items": ["type": "string"]],
            "at": ["type": "string", "format": "date-time"], "name": ["type": "string", "minLength": 1],
          ],
        ])
    ]))
  let thing: JSONValue = ["$ref": "#/components/schemas/Thing"]

  func problems(_ value: JSONValue, _ schema: JSONValue) -> [String] {
    validator.violations(of: value, against: schema).map(\.description)
  }

  @Test func acceptsAConformingValue() {
    let value: JSONValue = [
      "id": "00000000-0000-4000-8000-000000000000", "kind": "a", "count": nil, "tags": ["x"],
      "at": "2026-01-01T00:00:00Z", "name": "n",
    ]
    #expect(problems(value, thing).isEmpty)
  }

  @Test func namesThePathAndBothSidesOfEveryViolation() {
    let value: JSONValue = [
      "id": "nope", "count": 1.5, "tags": ["x", 1], "extra": true, "at": "yesterday", "name": "",
    ]
    #expect(
      problems(value, thing) == [
        ".kind: expected a value, actual missing",
        ".id: expected a uuid, actual \"nope\"",
        ".count: expected integer or null, actual 1.5",
        ".tags[1]: expected string, actual 1",
        ".extra: not declared by the schema, actual true",
        ".at: expected a date-time, actual \"yesterday\"",
        ".name: expected at least 1 characters, actual \"\"",
      ])
    #expect(
      problems(["id": "00000000-0000-4000-8000-000000000000", "kind": "c"], thing) == [
        ".kind: expected one of [\"a\",\"b\"], actual \"c\""
      ])
  }

  @Test func keysThatAreNotIdentifiersAreQuotedInThePath() {
    let schema: JSONValue = ["type": "object", "properties": ["a b": ["type": "string"]]]
    #expect(problems(["a b": 1], schema) == [#".["a b"]: expected string, actual 1"#])
  }

  @Test func anyOfReportsTheClosestAlternative() {
    let schema: JSONValue = [
      "anyOf": [
        ["type": "object", "required": ["data"], "properties": ["data": ["type": "string"]]],
        ["type": "object", "required": ["errors", "code", "message"]],
      ]
    ]
    #expect(problems(["data": 1], schema) == [".data: expected string, actual 1"])
    #expect(problems(["data": "ok"], schema).isEmpty)
    #expect(problems("x", ["anyOf": [["type": "null"], ["const": "y"]]]) == [#".: expected null, actual "x""#])
  }

  @Test func anUnresolvedReferenceIsAViolationNotAPass() {
    #expect(
      problems(1, ["$ref": "#/components/schemas/Nothing"]) == [
        ".: the schema's reference #/components/schemas/Nothing does not resolve"
      ])
  }

  @Test func longValuesAreCutShort() throws {
    let long = JSONValue.string(String(repeating: "x", count: 100))
    let problem = try #require(problems(long, ["type": "integer"]).first)
    #expect(problem.hasSuffix("...") && problem.count < 90)
  }
}
