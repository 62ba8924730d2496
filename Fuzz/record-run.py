"""Reads one libFuzzer log, prints its figures and adds them as a row to the
table that ends docs/fuzzing.md. Called by scripts/fuzz:

    record-run.py LOG TARGET SECONDS CRASHES DOC COMMAND

SECONDS is how long the target ran (less than asked when it crashed).
"""
import datetime
import re
import sys

log_path, target, seconds, crashes, doc_path, command = sys.argv[1:7]
log = open(log_path, errors="replace").read()


def stat(name):
    found = re.search(rf"^stat::{name}:\s+(\d+)", log, re.MULTILINE)
    return int(found.group(1)) if found else None


# The last progress line holds the final coverage: "#N ... cov: C ft: F corp: U/SIZE ..."
progress = re.findall(r"^#(\d+)\s.*?cov: (\d+) ft: (\d+) corp: (\d+)/", log, re.MULTILINE)
last = progress[-1] if progress else ("?", "?", "?", "?")
executions = stat("number_of_executed_units") or last[0]
per_second = stat("average_exec_per_sec")
peak_rss = stat("peak_rss_mb")

print(
    f"{target}: {executions} executions ({per_second} /s) in {seconds} s, cov {last[1]}, ft {last[2]}, "
    f"corpus {last[3]}, peak RSS {peak_rss} MB, crashes {crashes}"
)

shown = f"{executions:,}" if isinstance(executions, int) else executions
row = (
    f"| {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} | `{command}` | {target} | {seconds} s | "
    f"{shown} | {per_second} | {last[1]} | {last[2]} | {last[3]} | {peak_rss} MB | {crashes} |"
)
header = (
    "## Runs\n\n"
    "| date (UTC) | command | target | time | executions | exec/s | cov | ft | corpus | peak RSS | crashes |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|\n"
)
try:
    text = open(doc_path).read()
except FileNotFoundError:
    text = "# Fuzzing\n\n"
if "## Runs" not in text:
    text = text.rstrip() + "\n\n" + header
open(doc_path, "w").write(text.rstrip("\n") + "\n" + row + "\n")
