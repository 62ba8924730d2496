extension HTMLReport {
  /// The page's whole style, inline so the file stands alone; readable printed and in dark mode.
  static let style = """
    :root { color-scheme: light dark; --pass: #1a7f37; --fail: #cf222e; --skip: #9a6700; --muted: #6e7781; }
    body { font: 15px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem 1.5rem; }
    h1 { margin: 0 0 .2rem; font-size: 1.6rem; }
    h2 { font-size: 1.15rem; margin: 1.6rem 0 .5rem; }
    h3 { font-size: .95rem; margin: .8rem 0 .3rem; }
    .meta, .time, .where, .reason { color: var(--muted); }
    .time { font-weight: normal; font-size: .85em; }
    .summary { display: flex; gap: 1rem; margin: 1rem 0; }
    .count { border: 1px solid var(--muted); border-radius: 6px; padding: .4rem 1rem; min-width: 5rem; }
    .count dt { font-size: .8rem; text-transform: uppercase; color: var(--muted); }
    .count dd { margin: 0; font-size: 1.8rem; font-weight: 600; }
    .count.passed dd { color: var(--pass); } .count.failed dd { color: var(--fail); }
    .count.skipped dd { color: var(--skip); }
    .chart { max-width: 100%; height: auto; font-size: 12px; }
    .chart text { fill: currentColor; }
    .bar.passed rect { fill: var(--pass); } .bar.failed rect { fill: var(--fail); }
    .bar.skipped rect { fill: var(--skip); }
    .case { border-left: 4px solid var(--muted); margin: .4rem 0; padding: .2rem .8rem; }
    .case.passed { border-color: var(--pass); } .case.failed { border-color: var(--fail); }
    .case.skipped { border-color: var(--skip); }
    .case summary { cursor: pointer; }
    .badge { font-size: .75rem; font-weight: 700; letter-spacing: .04em; }
    .passed > summary .badge { color: var(--pass); } .failed .badge { color: var(--fail); }
    .skipped > summary .badge { color: var(--skip); }
    .steps { list-style: none; padding-left: .5rem; margin: .4rem 0; }
    .steps li { white-space: pre-wrap; }
    .steps .mark { display: inline-block; width: 1.2em; font-weight: 700; }
    .steps .passed .mark { color: var(--pass); } .steps .failed { color: var(--fail); }
    .steps .skipped .mark { color: var(--skip); } .steps .not-run { color: var(--muted); }
    .cleanup .not-deleted { color: var(--fail); } .cleanup .already-gone { color: var(--muted); }
    pre { background: rgba(127, 127, 127, .12); padding: .6rem; overflow-x: auto; white-space: pre-wrap; }
    """
}
