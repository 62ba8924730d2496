"""A small webhook receiver for the end-to-end tests: answers Synup's verification
handshake with HMAC-SHA256(secret, nonce) in hex, checks each delivery's
X-Synup-Signature (sha256=base64(HMAC-SHA256(secret, raw body))), and writes one
JSON line per request it got to --log. Prints `port: N` once it listens."""
import argparse
import base64
import hashlib
import hmac
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
import signal

# The test process may start this server from a thread that blocks SIGTERM, and a
# child inherits blocked signals: the test's stop (SIGTERM) would never arrive.
signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})

parser = argparse.ArgumentParser()
parser.add_argument("--secret", required=True)
parser.add_argument("--log", required=True)
arguments = parser.parse_args()
secret = arguments.secret.encode()


class Receiver(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        message = json.loads(body)
        if message.get("event") == "endpoint.verification":
            answer = hmac.new(secret, message["nonce"].encode(), hashlib.sha256).hexdigest()
            record = {"event": "endpoint.verification"}
        else:
            expected = "sha256=" + base64.b64encode(hmac.new(secret, body, hashlib.sha256).digest()).decode()
            record = {
                "event": message.get("event"),
                "signatureValid": self.headers.get("X-Synup-Signature") == expected,
                "userAgent": self.headers.get("User-Agent"),
                "body": message,
            }
            answer = "ok"
        with open(arguments.log, "a") as log:
            log.write(json.dumps(record) + "\n")
        payload = answer.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *_):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
print(f"port: {server.server_address[1]}", flush=True)
server.serve_forever()
