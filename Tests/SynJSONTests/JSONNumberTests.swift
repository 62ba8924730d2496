import SynJSON
import Testing

@Suite struct JSONNumberTests {
  @Test(arguments: [
    "0", "-0", "1", "-1", "10", "1234567890", "12345678901234567890123", "0.5", "-0.5", "1.50", "0.000",
    "1e5", "1E5", "1e+5", "1e-5", "1.5e10", "-0.0e-0", "0e0", "1e007", "123.456E-789",
  ])
  func acceptsValidLiterals(_ text: String) {
    #expect(JSONNumber.isValidLiteral(text))
    #expect(JSONNumber(text: text)?.text == text)
  }

  @Test(arguments: [
    "", "-", "+1", "01", "-01", "00", "1.", ".5", "-.5", "1.e5", "1e", "1e+", "1e-", "e5", "0x10", "1_000",
    " 1", "1 ", "Infinity", "-Infinity", "NaN", "inf", "1.5.2", "1e5e5", "--1", "1,0", "١",
  ])
  func rejectsInvalidLiterals(_ text: String) {
    #expect(!JSONNumber.isValidLiteral(text))
    #expect(JSONNumber(text: text) == nil)
  }

  @Test(arguments: [
    ("1", "1.0"), ("1", "1e0"), ("1", "10e-1"), ("1", "0.1E1"), ("1.0", "1.000"), ("-0", "0"), ("0", "0.0e10"),
    ("-0.0", "0e-5"), ("100", "1e2"), ("100", "1E+2"), ("0.001", "1e-3"), ("-2.5", "-25e-1"),
    ("12345678901234567890", "1234567890123456789e1"), ("12345678901234567890", "12345678901234567890.000"),
    ("1e99999999999999999999999", "10e99999999999999999999998"),
  ])
  func equalByValue(_ left: String, _ right: String) {
    #expect(number(left) == number(right))
    #expect(number(right) == number(left))
    #expect(number(left).hashValue == number(right).hashValue)
    #expect(!(number(left) < number(right)))
    #expect(!(number(right) < number(left)))
  }

  @Test(arguments: [
    ("12345678901234567890", "12345678901234567891"), ("1", "1.0000000000000000000001"), ("0", "1e-999"),
    ("-1", "1"), ("-2", "-1"), ("0.1", "0.2"), ("9", "10"), ("1e2", "1e3"), ("-1e3", "-1e2"), ("-0.5", "0"),
    ("99999999999999999999", "100000000000000000000"), ("1e99999999999999999999998", "1e99999999999999999999999"),
    ("1e-99999999999999999999999", "1e-99999999999999999999998"), ("123", "1234"), ("0.5", "1"),
  ])
  func orderedByValue(_ smaller: String, _ larger: String) {
    #expect(number(smaller) != number(larger))
    #expect(number(smaller) < number(larger))
    #expect(number(larger) > number(smaller))
    #expect(!(number(larger) < number(smaller)))
  }

  @Test func keepsTextExactly() {
    #expect(number("1.50").text == "1.50")
    #expect(number("1E+2").description == "1E+2")
    #expect(JSONNumber(42).text == "42")
    #expect(JSONNumber(-7).text == "-7")
    let literal: JSONNumber = 5
    #expect(literal.text == "5")
  }

  @Test func intValue() {
    #expect(number("42").intValue == 42)
    #expect(number("-42").intValue == -42)
    #expect(number("-0").intValue == 0)
    #expect(number("3.0").intValue == 3)
    #expect(number("3e2").intValue == 300)
    #expect(number("2500e-2").intValue == 25)
    #expect(number("9223372036854775807").intValue == Int.max)
    #expect(number("-9223372036854775808").intValue == Int.min)
    #expect(number("9223372036854775808").intValue == nil)
    #expect(number("-9223372036854775809").intValue == nil)
    #expect(number("3.5").intValue == nil)
    #expect(number("1e-1").intValue == nil)
    #expect(number("1e30").intValue == nil)
    #expect(number("1e99999999999999999999").intValue == nil)
  }

  @Test func isInteger() {
    #expect(number("3").isInteger)
    #expect(number("3.000").isInteger)
    #expect(number("1e30").isInteger)
    #expect(number("12345678901234567890123").isInteger)
    #expect(number("-0.0").isInteger)
    #expect(!number("3.5").isInteger)
    #expect(!number("1e-1").isInteger)
    #expect(!number("12345678901234567890.5").isInteger)
  }

  @Test func doubleValue() {
    #expect(number("1.5").doubleValue == 1.5)
    #expect(number("-2e3").doubleValue == -2000)
    #expect(number("0.1").doubleValue == 0.1)
    #expect(number("1e400").doubleValue == .infinity)
    #expect(number("-1e400").doubleValue == -.infinity)
    #expect(number("1e-400").doubleValue == 0)
  }

  @Test(arguments: [
    (1.5, "1.5"), (3.0, "3"), (-3.0, "-3"), (0.0, "0"), (-0.0, "0"), (0.1, "0.1"), (1e-5, "1e-05"),
    (1e16, "1e+16"), (123456.0, "123456"), (1.7976931348623157e308, "1.7976931348623157e+308"),
    (Double.leastNonzeroMagnitude, "5e-324"),
  ])
  func fromDouble(_ value: Double, _ expected: String) {
    let converted = JSONNumber(value)
    #expect(JSONNumber(finite: value)?.text == expected)
    #expect(converted.text == expected)
    #expect(JSONNumber.isValidLiteral(converted.text))
    #expect(converted.doubleValue == value)
  }

  @Test func fromNonFiniteDouble() {
    #expect(JSONNumber(finite: Double.infinity) == nil)
    #expect(JSONNumber(finite: -Double.infinity) == nil)
    #expect(JSONNumber(finite: Double.nan) == nil)
  }

  @Test func sorting() {
    let sorted = ["10", "-1", "1e2", "0.5", "-0", "2", "1.0E-1"].map(number).sorted().map(\.text)
    #expect(sorted == ["-1", "-0", "1.0E-1", "0.5", "2", "10", "1e2"])
  }
}
