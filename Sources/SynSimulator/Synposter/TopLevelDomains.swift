/// The top-level domains that make a word with a dot a URL without a scheme
/// (`synposter.io`, `example.com/path`): see docs/synposter-rules.md, "X URLs".
///
/// Every ASCII country-code TLD, the generic TLDs that predate 2012, and the
/// new generic TLDs seen most in tweets. twitter-text knows about 1,500; a
/// domain under one left out here weighs its length, as plain text does.
enum TopLevelDomains {
  /// Whether `label` (any case) is one of them, or a punycode `xn--…` one.
  static func contains(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
    guard label.allSatisfy(\.isASCII) else { return false }
    var scalars = String.UnicodeScalarView()
    scalars.append(contentsOf: label)
    let name = String(scalars).lowercased()
    return name.hasPrefix("xn--") ? name.count > 4 : all.contains(name)
  }

  private static let all = Set(
    [countryCodes, legacyGeneric, newGeneric].joined(separator: " ").split(whereSeparator: \.isWhitespace).map(
      String.init))

  private static let countryCodes = """
    ac ad ae af ag ai al am an ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs bt bv bw \
    by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et eu fi fj \
    fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir \
    is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml \
    mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr \
    ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st su sv sx sy sz tc td tf tg th \
    tj tk tl tm tn to tp tr tt tv tw tz ua ug uk um us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw
    """

  private static let legacyGeneric = """
    aero arpa asia biz cat com coop edu gov info int jobs mil mobi museum name net org post pro tel travel xxx
    """

  private static let newGeneric = """
    academy agency app art audio blog business cafe camp capital center chat city click cloud club codes \
    community company computer consulting dev design digital directory email energy expert finance fun games \
    gallery global group guide guru health host house inc ink institute international live llc love ltd media \
    money network news ninja one online page photo photography photos pics pizza plus press productions rocks \
    run school science services shop show site social software solutions space store studio systems team tech \
    technology today tools top video vip watch website wiki win work works world wtf xyz zone
    """
}
