extension Statement {
  /// The `$variables` this statement reads (not those of its block's body), in source order,
  /// `$env` and `$last` included.
  public var variableReferences: [VariableReference] {
    switch kind {
    case .request(let request): request.positionals.flatMap(\.variableReferences) + request.items.variableReferences
    case .send(let request):
      request.path.variableReferences + request.items.variableReferences
        + (request.body?.variableReferences ?? [])
    case .expect(.check(let subject, _, let predicate)), .expect(.each(let subject, _, _, let predicate)):
      (subject.value?.variableReferences ?? []) + (predicate.value?.variableReferences ?? [])
    case .expect(.error), .expect(.conforms): []
    case .assign(_, let value), .set(_, let value), .include(let value), .repeat(let value, _):
      value.variableReferences
    case .forEach(_, .value(let value), _), .forEach(_, .csv(let value), _), .forEach(_, .json(let value), _):
      value.variableReferences
    case .backend(_, let url): url?.variableReferences ?? []
    case .print(let values): values.flatMap(\.variableReferences)
    case .show(let value), .skip(let value), .fail(let value): value?.variableReferences ?? []
    case .mock(.seed(let value)), .mock(.save(let value)), .mock(.load(let value)), .mock(.clock(.set(let value))):
      value.variableReferences
    case .mock(.usage(let items)), .mock(.authorize(let items)), .mock(.finish(let items)), .mock(.review(let items)),
      .mock(.feedback(let items)), .mock(.webhook(let items)), .mock(.deliveries(let items)),
      .mock(.requests(let items)), .mock(.listing(let items)):
      items.variableReferences
    case .mock(.reset), .mock(.plan), .mock(.clock(.advance)), .mock(.fault): []
    case .use, .finally, .sleep: []
    }
  }

  /// The variable this statement binds for what follows or for its body:
  /// `let NAME`, `as NAME`, `for NAME`, and `i` for `repeat`.
  public var boundVariable: String? {
    switch kind {
    case .assign(let name, _), .forEach(let name, _, _): name
    case .request(let request): request.binding
    case .send(let request): request.binding
    case .repeat: "i"
    default: nil
    }
  }
}

extension Value {
  /// The `$variables` this value reads.
  public var variableReferences: [VariableReference] {
    switch self {
    case .variable(let reference): [reference]
    case .string(let string): string.variableReferences
    case .json(let template): template.variableReferences
    case .rawString, .bareWord, .responsePath, .regex: []
    }
  }
}

extension InterpolatedString {
  var variableReferences: [VariableReference] {
    parts.compactMap { part in
      if case .variable(let reference) = part { reference } else { nil }
    }
  }
}

extension JSONTemplate {
  var variableReferences: [VariableReference] {
    switch self {
    case .constant, .responsePath, .marker: []
    case .variable(let reference): [reference]
    case .array(let elements): elements.flatMap(\.variableReferences)
    case .object(let members, _): members.flatMap(\.value.variableReferences)
    }
  }
}

extension [Item] {
  var variableReferences: [VariableReference] {
    flatMap(\.value.variableReferences)
  }
}

extension Expectation.Subject {
  fileprivate var value: Value? {
    if case .value(let value) = self { value } else { nil }
  }
}

extension Expectation.Predicate {
  fileprivate var value: Value? {
    switch self {
    case .compare(_, let value), .contains(let value), .startsWith(let value), .endsWith(let value),
      .matches(let value), .memberOf(let value), .count(_, let value):
      value
    case .exists, .isType, .statusClass: nil
    }
  }
}
