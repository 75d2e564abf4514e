#!/usr/bin/env python3
"""Drives the peer benchmark (benchmarks/peer/run.sh calls it; see the README there).

Starts the Node pages server, runs each walker in its own process against it, checks that every
walker read every route and element with the expected number of requests, and writes one JSON file:

  warm       per round (how the server answers Accept-Encoding) and walker: every walk's wall time,
             the median and min-max of the last KEEP walks, requests and body bytes on the wire
  cold       per walker: whole-process wall times of "fetch page 1 of 50 and exit", several runs
             interleaved, plus the set-up / first-call split each Java process reports
  coldStart  ColdStartProbe runs (client-first and split orders), class-loading counts by origin
             (-Xlog:class+load) for the client and the plain program, and a JFR execution profile of the
             client's cold process
"""
import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
JAVA_WALK = "dev.dynamicroutes.benchmarks.PeerWalk"
JAVA_PROBE = "dev.dynamicroutes.benchmarks.ColdStartProbe"
# the same heap for both Java walkers (as the JMH paging benchmark), so GC sizing does not pick a winner
WARM_JVM = ["-Xms1g", "-Xmx1g"]

WALKERS = {
    "ts-sdk": "official TypeScript SDK (npm cloudflare, client.aiGateway.dynamicRouting.list looped by page)",
    "client": "this client (listRoutesPaginator(...).routes(), maxRetries(0))",
    "plain": "plain Java loop (java.net.http HTTP/1.1 + Jackson readTree)",
}
COLD_PROGRAMS = {
    "ts-sdk": "official TypeScript SDK: new Cloudflare(...), one dynamicRouting.list",
    "client": "this client: builder()...build(), one listRoutes",
    "plain": "plain Java: HttpClient + ObjectMapper, one GET + readTree",
    "client-appcds": "this client, with an AppCDS archive (-XX:SharedArchiveFile, user-side option)",
    "plain-appcds": "plain Java, with an AppCDS archive (-XX:SharedArchiveFile)",
}
ROUNDS = {
    "when-asked": "server gzips when the client asks (as Cloudflare's API)",
    "never": "server never compresses (every client reads the same bytes)",
}


def run(cmd, pin, timeout=600):
    started = time.perf_counter()
    done = subprocess.run(pin + cmd, capture_output=True, text=True, timeout=timeout)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-4000:]}")
    # the program's result is its last JSON line; the JVM may log after it (e.g. CDS archive warnings)
    last = [line for line in done.stdout.splitlines() if line.startswith("{")][-1]
    return json.loads(last), elapsed


class Server:
    def __init__(self, pages, gzip, pin):
        self.proc = subprocess.Popen(pin + ["node", os.path.join(HERE, "pages-server.mjs"), "--pages", pages,
                                            "--gzip", gzip], stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line:
            sys.exit("the pages server did not start")
        self.port = json.loads(line)["port"]
        self.base_url = f"http://127.0.0.1:{self.port}/client/v4"

    def stats(self):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__stats") as r:
            return json.load(r)

    def close(self):
        self.proc.terminate()
        self.proc.wait(10)


def walker_cmd(walker, mode, base_url, jar, walks=None, jvm=None):
    extra = [] if walks is None else [str(walks)]
    if walker == "ts-sdk":
        return ["node", os.path.join(HERE, "ts-sdk-walk.mjs"), mode, base_url] + extra
    jvm = (WARM_JVM if mode == "warm" else []) + (jvm or [])
    return ["java"] + jvm + ["-cp", jar, JAVA_WALK, mode, walker, base_url] + extra


def check(what, actual, expected):
    if actual != expected:
        sys.exit(f"{what}: expected {expected}, got {actual}")


def warm_round(args, manifest, gzip, pin):
    server = Server(args.pages, gzip, pin)
    rows = []
    try:
        for walker in WALKERS:
            server.stats()  # reset
            out, _ = run(walker_cmd(walker, "warm", server.base_url, args.jar, args.walks), pin)
            stats = server.stats()
            check(f"{walker} routes per walk", out["routes"], manifest["routes"])
            check(f"{walker} elements per walk", out["elements"], manifest["routes"] * manifest["elementsPerRoute"])
            check(f"{walker} requests", stats["requests"], args.walks * manifest["pages"])
            kept = out["walkMillis"][-args.keep:]
            rows.append({
                "round": gzip, "walker": walker, "runtime": out.get("runtime"),
                "walkMillis": out["walkMillis"], "median": statistics.median(kept), "min": min(kept), "max": max(kept),
                "requestsPerWalk": stats["requests"] // args.walks,
                "wireBytesPerWalk": {k: v // args.walks for k, v in stats["bodyBytes"].items()},
                "acceptEncoding": stats["acceptEncoding"],
            })
            print(f"  warm [{gzip}] {walker}: median {rows[-1]['median']:.1f} ms "
                  f"(min {rows[-1]['min']:.1f}, max {rows[-1]['max']:.1f})", file=sys.stderr)
    finally:
        server.close()
    return rows


def cold_runs(args, manifest, pin):
    server = Server(args.pages, "when-asked", pin)
    runs = collections.defaultdict(list)
    order = list(COLD_PROGRAMS)
    with tempfile.TemporaryDirectory() as archives:
        try:
            # what a user can do without any library change: an application class-data archive per program,
            # written by one training run (JDK 13+ dynamic AppCDS)
            appcds = {}
            for walker in ("client", "plain"):
                archive = os.path.join(archives, f"{walker}.jsa")
                run(walker_cmd(walker, "cold", server.base_url, args.jar, jvm=[f"-XX:ArchiveClassesAtExit={archive}"]),
                    pin)
                appcds[f"{walker}-appcds"] = walker_cmd(walker, "cold", server.base_url, args.jar,
                                                        jvm=[f"-XX:SharedArchiveFile={archive}"])
            for i in range(args.cold_runs):
                for program in order[i % len(order):] + order[:i % len(order)]:  # rotate who goes first
                    cmd = appcds.get(program) or walker_cmd(program, "cold", server.base_url, args.jar)
                    out, millis = run(cmd, pin)
                    check(f"{program} cold routes", out["routes"], manifest["perPage"])
                    runs[program].append({"processMillis": millis,
                                          **{k: v for k, v in out.items() if k.endswith("Millis")}})
            probes = []
            for order_name in ("client-first", "split"):
                for _ in range(args.probe_runs):
                    out, millis = run(["java", "-cp", args.jar, JAVA_PROBE, server.base_url,
                                       os.path.join(args.pages, "page-1.json"), order_name], pin)
                    out["processMillis"] = millis
                    probes.append(out)
            loading = {walker: class_loading(walker, server.base_url, args.jar, pin) for walker in ("client", "plain")}
            profile = jfr_profile(server.base_url, args.jar, pin, args.probe_runs)
        finally:
            server.close()
    rows = []
    for walker, samples in runs.items():
        process = [s["processMillis"] for s in samples]
        rows.append({"walker": walker, "runs": samples, "median": statistics.median(process),
                     "min": min(process), "max": max(process)})
    return rows, probes, loading, profile


ORIGINS = [  # (label, regex on the class name), first match wins
    ("Jackson", r"^com\.fasterxml\.jackson\."),
    ("Feign", r"^feign\."),
    ("SLF4J", r"^org\.slf4j\."),
    ("this library (client, elements, generated models)", r"^dev\.dynamicroutes\.(client|element|error|graph|pagination|generated)\."),
    ("java.net.http (JDK)", r"^(java\.net\.http|jdk\.internal\.net\.http)\."),
    ("other JDK", r"^(java|javax|jdk|sun|com\.sun)\."),
]


def class_loading(walker, base_url, jar, pin):
    """One cold process with -Xlog:class+load: classes by origin, and how many came from the CDS archive."""
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "classes.log")
        run(["java", f"-Xlog:class+load=info:file={log}", "-cp", jar, JAVA_WALK, "cold", walker, base_url], pin)
        by_origin = collections.Counter()
        shared = collections.Counter()
        total = 0
        with open(log) as f:
            for line in f:
                m = re.search(r"\] (\S+) source: (.*)$", line)
                if not m:
                    continue
                name, source = m.groups()
                total += 1
                origin = next((label for label, rx in ORIGINS if re.match(rx, name)), "other")
                by_origin[origin] += 1
                if "shared objects file" in source:
                    shared[origin] += 1
    return {"total": total, "byOrigin": dict(by_origin), "fromCdsArchive": dict(shared)}


# Inclusive markers for the JFR profile of the client's cold process: (label, frame "class.method").
JFR_MARKERS = [
    ("DynamicRoutesClient.builder()...build()", "dev.dynamicroutes.client.DynamicRoutesClient$Builder.build"),
    ("  RouteJson.newObjectMapper()", "dev.dynamicroutes.element.RouteJson.newObjectMapper"),
    ("  java.net.http HttpClient start", "jdk.internal.net.http.HttpClientBuilderImpl.build"),
    ("    default SSLContext", "javax.net.ssl.SSLContext.getDefault"),
    ("  Feign target (builder, contract, proxy)", "feign.Feign$Builder.target"),
    ("    Feign contract parsing", "feign.Contract$BaseContract.parseAndValidateMetadata"),
    ("  SLF4J start", "org.slf4j.LoggerFactory.getLogger"),
    ("first listRoutes", "dev.dynamicroutes.client.DynamicRoutesClient.listRoutes"),
    ("  java.net.http send", "jdk.internal.net.http.HttpClientImpl.send"),
    ("  ResponseDecoder.decode", "dev.dynamicroutes.client.ResponseDecoder.decode"),
    ("    Jackson deserializer construction", "com.fasterxml.jackson.databind.deser.DeserializerCache._createAndCacheValueDeserializer"),
    ("  typed route decoding", "dev.dynamicroutes.element.RouteCodec"),
    ("class loading (anywhere in main)", "java.lang.ClassLoader.loadClass"),
]


def jfr_profile(base_url, jar, pin, runs):
    """JFR execution samples of the client's cold process (main thread, inside main): inclusive share per marker.

    JFR samples threads running Java code only (not the VM's own class loading and linking), so the shares
    are of Java execution, and JFR's own start slows the process; read them beside ColdStartProbe's wall times.
    """
    counts = collections.Counter()
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(runs):
            rec = os.path.join(tmp, f"cold-{i}.jfr")
            # deep Jackson and Feign stacks: JFR's default depth (64) would cut `main` off most samples
            run(["java", "-XX:FlightRecorderOptions:stackdepth=2048",
                 f"-XX:StartFlightRecording=filename={rec},settings=profile", "-Xlog:jfr=warning", "-cp", jar,
                 JAVA_WALK, "cold", "client", base_url], pin)
            printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "2048", "--events", "jdk.ExecutionSample", rec],
                                     capture_output=True, text=True, check=True).stdout
            for event in json.loads(printed)["recording"]["events"]:
                values = event["values"]
                if values["sampledThread"]["javaName"] != "main":
                    continue
                frames = {f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
                          for f in values["stackTrace"]["frames"]}
                if f"{JAVA_WALK}.main" not in frames:
                    continue
                total += 1
                for label, frame in JFR_MARKERS:
                    if frame in frames:
                        counts[label] += 1
    return {"runs": runs, "mainThreadSamples": total,
            "markers": [{"label": label, "samples": counts[label]} for label, _ in JFR_MARKERS]}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", required=True)
    p.add_argument("--pages", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--walks", type=int, default=40)
    p.add_argument("--keep", type=int, default=20)
    p.add_argument("--cold-runs", type=int, default=5)
    p.add_argument("--probe-runs", type=int, default=3)
    p.add_argument("--pin", default="", help="command prefix for every process, e.g. 'taskset -c 0,1'")
    args = p.parse_args()
    pin = args.pin.split()
    args.jar = os.path.abspath(args.jar)
    with open(os.path.join(args.pages, "manifest.json")) as f:
        manifest = json.load(f)
    load_start = os.getloadavg()
    warm = []
    for gzip in ROUNDS:
        warm += warm_round(args, manifest, gzip, pin)
    cold, probes, loading, profile = cold_runs(args, manifest, pin)
    result = {
        "date": time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime()),
        "cpus": os.cpu_count(), "loadStart": [round(x, 2) for x in load_start],
        "loadEnd": [round(x, 2) for x in os.getloadavg()],
        "config": {"routes": manifest["routes"], "perPage": manifest["perPage"], "requestsPerWalk": manifest["pages"],
                   "elementsPerRoute": manifest["elementsPerRoute"], "walks": args.walks, "kept": args.keep,
                   "coldRuns": args.cold_runs, "probeRuns": args.probe_runs, "warmJvmOptions": WARM_JVM},
        "walkers": WALKERS, "coldPrograms": COLD_PROGRAMS, "rounds": ROUNDS,
        "warm": warm, "cold": cold, "coldStart": {"probes": probes, "classLoading": loading, "jfr": profile},
    }
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
