"""Processes scripts/bench measures: timed runs, `syn serve`, nginx and wrk."""

import collections
import grp
import json
import os
import pwd
import re
import socket
import subprocess
import tempfile
import time
import urllib.request


Run = collections.namedtuple("Run", "wall cpu resident")


def timed(command, env=None, expect_code=0):
    """Wall time and CPU time (s) and peak resident size (bytes) of one run; stdout is discarded.

    The size is GNU time's: this process's own rusage would not do, as a child started by vfork
    or fork starts its peak from the parent's (the bench's Python, grown by the scripts it wrote)."""
    with tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as report:
        start = time.perf_counter()
        process = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", report.name] + list(command),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        errors = process.stderr.read().decode(errors="replace")
        process.stderr.close()
        if process.returncode != expect_code:
            raise SystemExit(f"bench: {' '.join(command)} exited {process.returncode}\n{errors[-2000:]}")
        resident = int(report.read().split()[-1]) * 1024
    return Run(elapsed, usage.ru_utime + usage.ru_stime, resident)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def http(method, url, body=None, key=None):
    """One request; the parsed JSON answer."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("content-type", "application/json")
    if key:
        request.add_header("x-api-key", key)
    with urllib.request.urlopen(request) as answer:
        return json.loads(answer.read() or b"null")


class Serve:
    """`syn serve --port 0` for the length of a `with` block: its origin and ready tenant's key."""

    def __init__(self, syn, *options):
        self.syn = syn
        self.options = list(options)

    def __enter__(self):
        command = [self.syn, "serve", "--port", "0"] + self.options
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        for line in self.process.stdout:
            if line.startswith("port: "):
                self.origin = f"http://127.0.0.1:{line.split()[1]}"
            if line.startswith("tenant: "):
                self.key = re.search(r"SYNPOSTER_API_KEY=(\S+)", line).group(1)
                return self
        raise SystemExit("bench: syn serve stopped before printing its port and tenant")

    def tenant(self, plan):
        """A new tenant's Synposter key."""
        return http("POST", f"{self.origin}/_sim/tenants", {"plan": plan})["synposterKey"]

    def resident_bytes(self):
        return self._status("VmRSS")

    def peak_bytes(self):
        """The peak resident size since the start or the last `reset_peak()`."""
        return self._status("VmHWM")

    def reset_peak(self):
        with open(f"/proc/{self.process.pid}/clear_refs", "w") as clear:
            clear.write("5")  # Linux: resets the peak resident size to the current one

    def _status(self, field):
        with open(f"/proc/{self.process.pid}/status") as status:
            return int(re.search(field + r":\s+(\d+) kB", status.read()).group(1)) * 1024

    def __exit__(self, *_):
        self.process.terminate()
        self.process.wait(timeout=10)


class Nginx:
    """nginx serving `files` ({url path: bytes}) from a private folder and port, as the current user."""

    def __init__(self, folder, files, config):
        self.folder, self.files, self.config = folder, files, config

    def __enter__(self):
        root = os.path.join(self.folder, "root")
        for path, content in self.files.items():
            target = os.path.join(root, path.lstrip("/"))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as file:
                file.write(content)
        port = free_port()
        with open(self.config) as template:
            text = template.read()
        user, group = pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name
        for name, value in (("user", user), ("group", group), ("dir", self.folder), ("root", root), ("port", str(port))):
            text = text.replace("{" + name + "}", value)
        config = os.path.join(self.folder, "nginx.conf")
        with open(config, "w") as file:
            file.write(text)
        nginx = "/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else "nginx"
        # -e: the start-up error log too stays private (the default one is under /var/log).
        self.process = subprocess.Popen([nginx, "-e", os.path.join(self.folder, "error.log"), "-c", config])
        self.origin = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.1):
                    return self
            except OSError:
                time.sleep(0.05)
        raise SystemExit("bench: nginx did not start; see " + os.path.join(self.folder, "error.log"))

    def __exit__(self, *_):
        self.process.terminate()
        self.process.wait(timeout=10)


def wrk(url, threads, connections, seconds, headers=(), script=None, env=None):
    """requests/s, p99 latency (ms) and non-2xx count of one wrk run."""
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", script]
    out = subprocess.run(command + [url], capture_output=True, text=True, env=env, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    value, unit = re.search(r"^\s+99%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    failed = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return rate, p99, int(failed.group(1)) if failed else 0
