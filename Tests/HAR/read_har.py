"""Reads a HAR file that `syn --record` wrote with haralyzer, a HAR 1.2 reader,
and prints what it understood as one JSON line for SynEndToEndTests to check.
Fails (exit 1) when haralyzer cannot read a field HAR 1.2 requires."""

import json
import sys

from haralyzer import HarParser


def main(path: str) -> None:
    with open(path, encoding="utf-8") as file:
        parser = HarParser(json.load(file))
    summary = {
        "version": parser.version,
        "creator": parser.creator["name"],
        "pages": [],
    }
    for page in parser.pages:
        entries = []
        for entry in page.entries:
            # Every attribute HAR 1.2 requires of an entry, read through haralyzer's own accessors.
            request, response = entry.request, entry.response
            entries.append(
                {
                    "method": request.method,
                    "url": request.url,
                    "query": {item["name"]: item["value"] for item in request.queryString},
                    "requestText": request.text,
                    "status": response.status,
                    "statusText": response.statusText,
                    "mimeType": response.mimeType,
                    "size": response.contentSize,
                    "text": response.text,
                    "time": entry.time,
                    "started": entry.startTime.isoformat(),
                    "wait": entry.timings["wait"],
                    "statement": entry.get("_statement"),
                    "source": entry.get("_source"),
                }
            )
        summary["pages"].append({"id": page.page_id, "title": page.title, "entries": entries})
    print(json.dumps(summary))


if __name__ == "__main__":
    main(sys.argv[1])
