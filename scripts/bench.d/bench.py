"""scripts/bench's measurements: syn against the budgets of DESIGN.md and against the
tools a user would pick instead, each figure a median of several runs, each ratio
measured side by side (runs interleaved, so a busy moment hurts both sides alike).
Writes the table to the "Budgets" section of docs/benchmarks.md.

    python3 scripts/bench.d/bench.py SYN_BINARY DOC [RUNS]
"""

import datetime
import os
import statistics
import subprocess
import sys
import tempfile
import time

import tools
import workloads

HERE = os.path.dirname(os.path.abspath(__file__))
CREATES = 100_000  # issue 21's interpreter and memory workload
SIZES = (25_000, 50_000, 100_000, 200_000)  # the linear-cost rows
SUPERLINEAR = 1.25
WRK = dict(threads=2, connections=64, seconds=3)  # the same for syn serve and nginx

# What limits a figure that misses its budget, as found by profiling (printed only then).
LIMITS = {
    "serve": "perf on POST: Hummingbird/NIO and the kernel's TCP path take about 70% of syn serve's CPU, "
    "the simulator 13% (JSON parse and print, the tenant's indexes growing); wrk shares the same cores; running "
    "each connection on its event loop instead of Swift's cooperative pool was slower (commit b4e7a20)",
    "interpreter": "some 5.1 us a create (perf, 2026-12-05, c110182): the simulator about 40% (its two indexes "
    "growing, the answer built as a JSONValue and printed, the body parsed), loading the script (parse and static "
    "check) a fifth, request building and sending a fifth; no single item left worth more than a few per cent; "
    "see docs/benchmarks.md, 'Where a create's time and memory go'",
    "memory": "24 MB is the binary and runtime; the parsed script keeps some 520 B a statement (syn check of the "
    "file: 76 MB) beside the simulator's ~300 B a profile; the whole file is checked before the first request, "
    "and parsing it twice to hold less was judged not worth 10% of the create rate; see docs/benchmarks.md, "
    "'Where a create's time and memory go'",
    "live": "syn's own CPU per request (some 45 us with start-up, a quarter of it the write syscall, the rest "
    "epoll, the read, NIO's HTTP decoding and the interpreter) adds to the server's time, which is all wrk -c1 "
    "waits for; the ratio drops when other work shares the 2 cores; see docs/benchmarks.md, 'Where the live "
    "backend's time goes'",
}


def median(values):
    return statistics.median(values)


def interleaved(runs, *measures):
    """Each measure run `runs` times, alternating; the lists of results."""
    results = [[] for _ in measures]
    for _ in range(runs):
        for index, measure in enumerate(measures):
            results[index].append(measure())
    return results


def paired_ratio(values, references):
    """The median of the per-round ratios value/reference, and their range: the two sides of a
    round run minutes apart at most, so a busy spell on the machine moves both alike."""
    ratios = sorted(v / r for v, r in zip(values, references))
    return median(ratios), ratios[0], ratios[-1]


def percent_cell(ratio):
    middle, low, high = ratio
    return f"{middle:.0%} ({low:.0%}-{high:.0%})"


def verdict(met, key):
    return "met" if met else "NOT MET: " + LIMITS.get(key, "not profiled yet")


def interpreter(syn, folder, runs):
    """Issue 21's workload: 100,000 `create profile` lines, creates/s and peak resident size."""
    script = workloads.create_script(folder, CREATES)
    (results,) = interleaved(runs, lambda: tools.timed([syn, "run", script]))
    wall, cpu = median([r.wall for r in results]), median([r.cpu for r in results])
    size = median([r.resident for r in results]) / 2**20
    rate = CREATES / wall
    return [[
        f"interpreter + in-process simulator: {CREATES:,} `create profile` lines",
        f"{rate:,.0f} creates/s ({wall:.2f} s, start-up included; {CREATES / cpu:,.0f} per CPU second)",
        "", "", ">= 200,000 creates/s", verdict(rate >= 200_000, "interpreter"),
    ], [
        f"memory: the same run, {CREATES:,} profiles in one tenant",
        f"{size:.0f} MB peak resident (script and simulator in one process)",
        "", "", "<= 80 MB", verdict(size <= 80, "memory"),
    ]]


def scaling(syn, folder, runs):
    """The create script at each of SIZES lines: time and memory per size. Cost grows linearly when
    neither the time per create nor the resident size per profile (over a one-line script's) grows
    from one size to the next by more than SUPERLINEAR times; a step that does fails."""
    scripts = [workloads.create_script(folder, size) for size in SIZES]
    baseline_script = workloads.one_line_script(folder)
    measured = interleaved(runs, *[lambda script=script: tools.timed([syn, "run", script])
                                   for script in scripts + [baseline_script]])
    walls = [median([r.wall for r in results]) for results in measured[:-1]]
    sizes = [median([r.resident for r in results]) for results in measured[:-1]]
    baseline = median([r.resident for r in measured[-1]])
    per_create = [wall / creates for wall, creates in zip(walls, SIZES)]
    per_profile = [(size - baseline) / creates for size, creates in zip(sizes, SIZES)]
    rows = []
    for index, creates in enumerate(SIZES):
        cell = (f"{walls[index]:.2f} s, {per_create[index] * 1e6:.2f} us/create, {sizes[index] / 2**20:.0f} MB "
                f"({per_profile[index]:,.0f} B a profile over a one-line script's {baseline / 2**20:.0f} MB)")
        ratio, met = "", True
        if index > 0:
            time_step = per_create[index] / per_create[index - 1]
            memory_step = per_profile[index] / per_profile[index - 1]
            ratio = f"time {time_step:.2f}x, memory {memory_step:.2f}x per create at {SIZES[index - 1]:,}"
            met = time_step <= SUPERLINEAR and memory_step <= SUPERLINEAR
        rows.append([
            f"linear cost: {creates:,} `create profile` lines", cell, "", ratio,
            f"each step <= {SUPERLINEAR}x the last, per create", verdict(met, "scaling"),
        ])
    return rows


def startup(syn, folder, runs):
    script = workloads.one_line_script(folder)
    syn_times, curl_times = interleaved(
        runs * 4, lambda: tools.timed([syn, "run", script]).wall, lambda: tools.timed(["curl", "--version"]).wall)
    ratio, low, high = paired_ratio(syn_times, curl_times)
    return [
        "start-up: `syn run` of a one-line script",
        f"{median(syn_times) * 1000:.1f} ms", f"`curl --version` {median(curl_times) * 1000:.1f} ms",
        f"{ratio:.2f}x ({low:.2f}-{high:.2f}x)", "<= 1.5x", verdict(ratio <= 1.5, "startup"),
    ]


def serve(syn, folder, runs):
    """GET and POST on syn serve, against nginx serving the same profile as a static file."""
    with tools.Serve(syn) as server:
        key = server.tenant("growth")
        profile = tools.http("POST", f"{server.origin}/v1/profiles", {"name": "bench", "externalId": "x"}, key)
        path = f"/v1/profiles/{profile['id']}"
        body = subprocess.run(["curl", "-s", "-H", f"x-api-key: {key}", server.origin + path],
                              capture_output=True, check=True).stdout
        with tools.Nginx(os.path.join(folder, "nginx"), {path: body}, os.path.join(HERE, "nginx.conf")) as nginx:

            def get():
                return tools.wrk(server.origin + path, headers=[f"x-api-key: {key}"], **WRK)

            def post():
                # A fresh Growth tenant per run: no profile cap, every body new, every run alike.
                env = dict(os.environ, SYN_KEY=server.tenant("growth"))
                return tools.wrk(server.origin, script=os.path.join(HERE, "post.lua"), env=env, **WRK)

            def reference():
                return tools.wrk(nginx.origin + path, **WRK)

            gets, posts, statics = interleaved(runs, get, post, reference)
    static_rate, static_p99 = median([r[0] for r in statics]), median([r[1] for r in statics])
    rows = []
    for name, results in (("GET /v1/profiles/{id}", gets), ("POST /v1/profiles (unique bodies)", posts)):
        rate, p99 = median([r[0] for r in results]), median([r[1] for r in results])
        failed = sum(r[2] for r in results)
        ratio = paired_ratio([r[0] for r in results], [r[0] for r in statics])
        rows.append([
            f"`syn serve` {name}",
            f"{rate:,.0f} req/s, p99 {p99:.2f} ms" + (f", {failed} non-2xx" if failed else ""),
            f"nginx static JSON {static_rate:,.0f} req/s, p99 {static_p99:.2f} ms",
            percent_cell(ratio), ">= 50%", verdict(ratio[0] >= 0.5 and not failed, "serve"),
        ])
    return rows


def live(syn, folder, runs):
    """A sequential script through the live backend, against wrk -t1 -c1 on the same server."""
    script = workloads.live_script(folder)
    with tools.Serve(syn) as server:
        profile = tools.http("POST", f"{server.origin}/v1/profiles", {"name": "bench"}, server.key)
        url = f"{server.origin}/v1/profiles/{profile['id']}"

        def run():
            return tools.timed([syn, "run", script, "--backend", "live", "--base-url", server.origin]).wall

        def reference():
            return tools.wrk(url, threads=1, connections=1, seconds=3, headers=[f"x-api-key: {server.key}"])[0]

        times, rates = interleaved(runs, run, reference)
    rate, wrk_rate = 2000 / median(times), median(rates)
    ratio = paired_ratio([2000 / time for time in times], rates)
    return [
        "live backend: 2,000 sequential requests against `syn serve`",
        f"{rate:,.0f} req/s ({median(times):.2f} s, start-up included)",
        f"`wrk -t1 -c1` {wrk_rate:,.0f} req/s", percent_cell(ratio), ">= 70%", verdict(ratio[0] >= 0.7, "live"),
    ]


def state_save(syn, folder, runs):
    """`syn serve --state` holding about 100,000 profiles (wrk's unique POSTs for three seconds):
    its resident size, then the peak while `POST /_sim/snapshot` writes the file."""
    state = os.path.join(folder, "state.json")
    with tools.Serve(syn, "--state", state) as server:
        key = server.tenant("growth")
        tools.wrk(server.origin, script=os.path.join(HERE, "post.lua"), env=dict(os.environ, SYN_KEY=key),
                  threads=2, connections=64, seconds=3)
        profiles = tools.http("GET", f"{server.origin}/v1/profiles?limit=1", key=key)["pagination"]["total"]

        def save():
            before = server.resident_bytes()
            server.reset_peak()
            tools.http("POST", f"{server.origin}/_sim/snapshot", {}, key)
            return before, server.peak_bytes()

        (saves,) = interleaved(runs, save)
    growth = median([peak / before for before, peak in saves])
    before, peak = median([s[0] for s in saves]) / 2**20, median([s[1] for s in saves]) / 2**20
    return [
        f"state save: `POST /_sim/snapshot` of {profiles:,} profiles",
        f"peak {peak:.0f} MB over {before:.0f} MB resident, {os.path.getsize(state) / 2**20:.0f} MB file",
        "", f"{growth:.2f}x", "<= 1.2x", verdict(growth <= 1.2, "save"),
    ]


def acceptance(syn, folder, runs):
    """One 1,000-request acceptance test, as a .syn file and as a Tavern file, against one syn serve."""
    syn_test = workloads.acceptance_syn(folder)
    tavern_folder = os.path.join(folder, "tavern")
    os.makedirs(tavern_folder)
    workloads.acceptance_tavern(tavern_folder)
    python = os.path.join(os.environ["BENCH_VENV"], "bin", "python")
    with tools.Serve(syn) as server:

        def run_syn():
            return tools.timed([syn, "test", syn_test, "--backend", "live", "--base-url", server.origin]).wall

        def run_tavern():
            # A fresh Growth tenant per run: all 500 profiles of a run in one account, as Tavern has one key.
            env = dict(os.environ, SYN_BASE=server.origin, SYN_KEY=server.tenant("growth"))
            command = [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", tavern_folder]
            return tools.timed(command, env=env).wall

        # At most 3 runs: Tavern takes some 15 s a run on 2 cores.
        syn_times, tavern_times = interleaved(min(runs, 3), run_syn, run_tavern)
    ratio = paired_ratio(tavern_times, syn_times)[0]
    return [
        "acceptance test: 100 cases, 1,000 requests, `syn test --backend live`",
        f"{median(syn_times):.2f} s", f"Tavern {tavern_version(python)} + pytest {median(tavern_times):.2f} s",
        f"syn {ratio:.1f}x faster" if ratio >= 1 else f"syn {1 / ratio:.1f}x slower", "(none)", "",
    ]


def tavern_version(python):
    return subprocess.run([python, "-c", "import tavern; print(tavern.__version__)"],
                          capture_output=True, text=True).stdout.strip()


def write_section(doc, rows, runs, started, seconds):
    load = os.getloadavg()[0]
    lines = [
        "## Budgets (scripts/bench)",
        "",
        f"Made by `scripts/bench` on {started:%Y-%m-%d %H:%M} UTC, {os.environ['BENCH_SOURCE']}, release build, "
        f"{os.cpu_count()} cores, load average {load:.1f} at start, in {seconds:.0f} s. Each figure is the "
        f"median of {runs} runs (start-up: {runs * 4}, Tavern: {min(runs, 3)}). Runs are interleaved, a round of syn "
        f"and its reference at a time; a ratio is the median of the rounds' ratios, their range in brackets. wrk: {WRK['threads']} threads, {WRK['connections']} connections, "
        f"{WRK['seconds']} s a run. The table is replaced on each run (git keeps the earlier ones).",
        "",
        "| measure | syn | reference | ratio | budget | verdict |",
        "|---|---|---|---|---|---|",
    ]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    section = "\n".join(lines) + "\n"
    text = open(doc).read() if os.path.exists(doc) else "# Benchmarks\n"
    start = text.find("## Budgets (scripts/bench)")
    if start >= 0:
        end = text.find("\n## ", start + 1)
        text = text[:start] + section + ("\n" + text[end + 1:] if end >= 0 else "")
    else:
        first = text.find("\n## ")
        text = (text[:first + 1] + section + "\n" + text[first + 1:]) if first >= 0 else text.rstrip() + "\n\n" + section
    with open(doc, "w") as file:
        file.write(text)


def main():
    syn, doc = os.path.abspath(sys.argv[1]), sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    started, clock = datetime.datetime.now(datetime.timezone.utc), time.perf_counter()
    rows = []
    with tempfile.TemporaryDirectory(prefix="syn-bench-") as folder:
        for measure in (interpreter, scaling, startup, serve, live, state_save, acceptance):
            print(f"bench: {measure.__name__} ...", file=sys.stderr, flush=True)
            result = measure(syn, folder, runs)
            for row in result if isinstance(result[0], list) else [result]:
                rows.append(row)
                print("  " + " | ".join(cell for cell in row if cell), file=sys.stderr, flush=True)
    write_section(doc, rows, runs, started, time.perf_counter() - clock)


if __name__ == "__main__":
    main()
