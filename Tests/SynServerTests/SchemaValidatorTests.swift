import SynJSON
import Testing

/// The tests' schema checker finds what it must, or conformance tests prove nothing.
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
          ],
        ])
    ]))
  let thing: JSONValue = ["$ref": "#/components/schemas/Thing"]

  @Test func acceptsAConformingValue() {
    let value: JSONValue = ["id": "00000000-0000-4000-8000-000000000000", "kind": "a", "count": nil, "tags": ["x"]]
    #expect(validator.problems(value, thing).isEmpty)
  }

  @Test func reportsEachKindOfMismatch() {
    let value: JSONValue = ["id": "nope", "count": 1.5, "tags": [1], "extra": true]
    let problems = validator.problems(value, thing)
    #expect(problems.contains("$: kind is missing"))
    #expect(problems.contains("$: extra is not declared"))
    #expect(problems.contains("$.id: nope is not a uuid"))
    #expect(problems.contains { $0.hasPrefix("$.count: 1.5 is not of type") })
    #expect(problems.contains { $0.hasPrefix("$.tags[0]: 1 is not of type") })
    #expect(!validator.problems(["id": "00000000-0000-4000-8000-000000000000", "kind": "c"], thing).isEmpty)
    #expect(!validator.problems("x", ["anyOf": [["type": "null"], ["const": "y"]]]).isEmpty)
  }
}
