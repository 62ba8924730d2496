#!/usr/bin/env python3
"""An HTTP server syn did not write: a reverse proxy in front of `syn serve`.

It forwards each request to UPSTREAM and sends the answer back the way some
real servers do, chosen with --mode (comma-separated, combinable):

  chunked  the body in several Transfer-Encoding: chunked chunks, no Content-Length
  close    Connection: close, and the socket closed after every answer
  delay    every answer held back --delay-ms milliseconds
  drift    a JSON object's top-level "id" answered as the number 42, as an API
           that drifted from its documentation might

Like a real API it has no simulator control plane: /_sim answers 404.
It listens on 127.0.0.1 on an ephemeral port and prints "port: N" once ready.
Only the standard library is used.
"""

import argparse
import http.client
import http.server
import json
import signal
import sys
import time
import urllib.parse

MODES = {"chunked", "close", "delay", "drift"}
# Headers about one connection, not the message (RFC 9110 section 7.6.1), and the body's framing, which is redone.
HOP_BY_HOP = {
    "connection", "keep-alive", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade",
    "content-length",
}
CHUNK_COUNT = 3


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--upstream", required=True, help="origin to forward to, e.g. http://127.0.0.1:8080")
    parser.add_argument("--mode", default="", help="comma-separated: chunked, close, delay, drift")
    parser.add_argument("--delay-ms", type=int, default=150, help="how long delay holds each answer back")
    arguments = parser.parse_args()
    arguments.modes = {mode for mode in arguments.mode.split(",") if mode}
    unknown = arguments.modes - MODES
    if unknown:
        parser.error("unknown mode: " + ", ".join(sorted(unknown)))
    return arguments


def drifted(body):
    """The body with a top-level "id" turned into 42; any other body as it was."""
    try:
        value = json.loads(body)
    except ValueError:
        return body
    if not isinstance(value, dict) or "id" not in value:
        return body
    value["id"] = 42
    return json.dumps(value, separators=(",", ":")).encode()


def make_handler(upstream, modes, delay_seconds):
    target = urllib.parse.urlsplit(upstream)

    class ProxyHandler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive unless mode close says otherwise
        server_version = "foreign-proxy"

        def do_request(self):
            body = self.read_body()
            if self.path == "/_sim" or self.path.startswith(("/_sim/", "/_sim?")):
                answer = json.dumps({"error": "not_found", "message": "no such route"}).encode()
                self.answer(404, [("Content-Type", "application/json")], answer)
                return
            connection = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            try:
                headers = {name: value for name, value in self.headers.items() if name.lower() not in HOP_BY_HOP}
                connection.request(self.command, self.path, body=body, headers=headers)
                response = connection.getresponse()
                answer = response.read()
                headers = [(name, value) for name, value in response.getheaders() if name.lower() not in HOP_BY_HOP]
                self.answer(response.status, headers, answer)
            finally:
                connection.close()

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_request

        def read_body(self):
            length = int(self.headers.get("Content-Length") or 0)
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                return self.read_chunked_body()
            return self.rfile.read(length) if length else None

        def read_chunked_body(self):
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0], 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailer fields
                    return body
                body += self.rfile.read(size)
                self.rfile.readline()

        def answer(self, status, headers, body):
            if "drift" in modes:
                body = drifted(body)
            if "delay" in modes:
                time.sleep(delay_seconds)
            # Some answers never have a body, whatever the mode.
            bodiless = self.command == "HEAD" or status in (204, 304) or 100 <= status < 200
            chunked = "chunked" in modes and not bodiless
            self.send_response(status)
            for name, value in headers:
                if name.lower() not in ("date", "server"):  # send_response wrote its own
                    self.send_header(name, value)
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
            elif not bodiless:
                self.send_header("Content-Length", str(len(body)))
            if "close" in modes:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            if chunked:
                self.write_chunks(body)
            elif not bodiless:
                self.wfile.write(body)
            self.wfile.flush()

        def write_chunks(self, body):
            size = max(1, -(-len(body) // CHUNK_COUNT))
            for start in range(0, len(body), size):
                part = body[start:start + size]
                self.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
                self.wfile.flush()
                time.sleep(0.005)  # separate writes, so the client sees the parts arrive one by one
            self.wfile.write(b"0\r\n\r\n")

        def log_message(self, format, *args):
            pass  # quiet: the test reads only the port line

    return ProxyHandler


def main():
    # A test runner may start this with SIGTERM blocked (the mask is inherited): unblock it, so that stopping works.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    arguments = parse_arguments()
    handler = make_handler(arguments.upstream, arguments.modes, arguments.delay_ms / 1000)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    print("port: %d" % server.server_address[1], flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
