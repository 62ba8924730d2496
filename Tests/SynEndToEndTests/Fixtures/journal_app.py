#!/usr/bin/env python3
"""An app under test for the request journal: it talks to `syn serve` as a
client of Synposter would, with nothing but the standard library.

    journal_app.py ORIGIN SYNPOSTER_API_KEY

It creates a profile with an Idempotency-Key, sends the same create again (a
retry), then lists profiles, and prints the status of each request.
"""

import json
import sys
import urllib.request


def send(origin, key, method, path, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(origin + path, data=data, method=method)
    request.add_header("x-api-key", key)
    if data is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    with urllib.request.urlopen(request) as response:
        return response.status


def main():
    origin, key = sys.argv[1], sys.argv[2]
    profile = {"name": "From the app", "externalId": "app-1"}
    for _ in range(2):
        print(send(origin, key, "POST", "/v1/profiles", profile, {"Idempotency-Key": "signup-app-1"}))
    print(send(origin, key, "GET", "/v1/profiles?limit=5"))


if __name__ == "__main__":
    main()
