#!/usr/bin/env python3
"""Start-up benchmark: Sijil against a bare Qt Widgets window, measured in the same run.

Issue goal: time to the first shown main window and resident memory at most 2x those of a bare
Qt Widgets window (bench/startup/bare_window.cpp).

Both programs report through the same code (bench/startup/FirstFrameReporter.h): at the first
exposed frame of their main window they print one JSON line with the milliseconds since this
script's CLOCK_MONOTONIC timestamp taken just before fork/exec (SIJIL_BENCH_T0_NS), their peak
resident set (VmHWM) and their resident set at that moment (VmRSS), then quit.

How the run is made fair:
  * one Xvfb server is started once for the whole run, so its own start-up is not measured;
  * the programs alternate (bare, sijil, then sijil, bare, ...) so that drift in the machine's
    state (caches, CPU frequency) falls on both equally;
  * the first run of each program is a warm-up (page cache, fontconfig cache) and is discarded;
  * Sijil starts on a data folder already holding one account, so what is measured is its normal
    start-up path: the sign-in page, not the one-time "create site administrator" page.

The verdicts are informational: the exit status is 0 whatever the ratios, 1 when a program failed
to run or to report, 2 on a wrong command line.
"""

import argparse
import json
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

GOAL = 2.0
BENCH_USER = "benchuser"
# Only ever used on a throw-away data folder; long enough and varied enough for the policy.
BENCH_PASSWORD = "Start-up bench 42!"


class BenchError(Exception):
    """A program could not be run or did not report a measurement."""


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sijil", required=True, help="the Sijil desktop program (sijil)")
    p.add_argument("--sijilctl", required=True, help="the command-line companion (sijilctl)")
    p.add_argument("--bare", required=True, help="the bare window peer (bench_bare_window)")
    p.add_argument("--runs", type=int, default=15,
                   help="runs per program, the first of each being a discarded warm-up "
                        "(default 15, at least 2)")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds one run may take before it counts as a failure (default 60)")
    p.add_argument("--platform", choices=["auto", "xvfb", "offscreen"], default="auto",
                   help="auto: Xvfb if installed, else offscreen (said in the output)")
    p.add_argument("--json", help="also write the results to this file")
    args = p.parse_args(argv)
    if args.runs < 2:
        p.error("--runs must be at least 2 (the first run of each program is discarded)")
    for name in ("sijil", "sijilctl", "bare"):
        path = getattr(args, name)
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            p.error(f"--{name}: {path} is not an executable file")
    return args


class Display:
    """One display server shared by every run: Xvfb, or Qt's offscreen platform as a fallback."""

    def __init__(self, choice):
        self.choice = choice
        self.process = None
        self.log = None
        self.env = {}
        self.description = ""
        self.note = ""

    def __enter__(self):
        xvfb = shutil.which("Xvfb")
        if self.choice in ("auto", "xvfb") and xvfb:
            try:
                self._start_xvfb(xvfb)
                return self
            except BenchError as e:
                if self.choice == "xvfb":
                    raise
                self.note = f"Xvfb failed to start ({e}). "
        elif self.choice == "xvfb":
            raise BenchError("--platform xvfb, but Xvfb is not installed (package xvfb)")
        elif self.choice == "auto":
            self.note = "Xvfb is not installed (package xvfb). "
        self.note += ("Measured with QT_QPA_PLATFORM=offscreen, which paints into memory and "
                      "does not expose a window the way a display server does: the times are "
                      "indicative only.")
        self.env = {"QT_QPA_PLATFORM": "offscreen"}
        self.description = "offscreen (no display server)"
        return self

    def _start_xvfb(self, xvfb):
        # -displayfd: Xvfb picks a free display number and writes it once it accepts clients,
        # which is both the collision-free choice and the readiness signal.
        read_end, write_end = os.pipe()
        # A file, not a pipe: nobody reads Xvfb's chatter during the run, and a full pipe would
        # block the server in the middle of a measurement.
        self.log = tempfile.TemporaryFile()
        try:
            self.process = subprocess.Popen(
                [xvfb, "-displayfd", str(write_end), "-screen", "0", "1920x1080x24",
                 "-nolisten", "tcp", "-noreset"],
                pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                stderr=self.log, start_new_session=True)
            os.close(write_end)
            write_end = -1
            number = b""
            deadline = time.monotonic() + 15
            while not number.endswith(b"\n"):
                left = deadline - time.monotonic()
                ready, _, _ = select.select([read_end], [], [], max(left, 0))
                if not ready:
                    raise BenchError("no display number after 15 s")
                chunk = os.read(read_end, 64)
                if not chunk:
                    self.process.wait(timeout=5)
                    self.log.seek(0)
                    err = self.log.read().decode(errors="replace").strip()
                    raise BenchError(err.splitlines()[-1] if err else "exited")
                number += chunk
        except BenchError:
            self._stop()
            raise
        finally:
            if write_end >= 0:
                os.close(write_end)
            os.close(read_end)
        display = ":" + number.decode().strip()
        self.env = {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        self.description = f"Xvfb {display} (1920x1080x24)"

    def _stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.log:
            self.log.close()
        self.process = None
        self.log = None

    def __exit__(self, *exc):
        self._stop()
        return False


def base_environment(display_env):
    env = dict(os.environ)
    # Nothing from the caller's session may change what is measured.
    for name in ("WAYLAND_DISPLAY", "DISPLAY", "QT_QPA_PLATFORM", "SIJIL_DATA_DIR",
                 "SIJIL_SITE_CONFIG", "SIJIL_BENCH_T0_NS", "SIJIL_BENCH_FIRST_FRAME",
                 "SESSION_MANAGER", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "QT_SCALE_FACTOR",
                 "QT_LOGGING_RULES"):
        env.pop(name, None)
    env["LANG"] = "C.UTF-8"
    env.update(display_env)
    return env


def prepare_sijil(sijilctl, work, env):
    """A data folder holding one account, and a site file, as on a deployed workstation."""
    data_dir = os.path.join(work, "data")
    site = os.path.join(work, "site.json")
    with open(site, "w", encoding="utf-8") as f:
        json.dump({"facility": {"id": "BENCH-01", "name": "Banc d'essai"},
                   "session": {"idleLockMinutes": 5}}, f)
    common = [sijilctl, "--data-dir", data_dir, "--site-config", site]
    add = subprocess.run(
        common + ["users", "add", BENCH_USER, "--name", "Bench User", "--role", "physician",
                  "--password-stdin"],
        input=BENCH_PASSWORD + "\n", capture_output=True, text=True, env=env, timeout=120)
    if add.returncode != 0:
        raise BenchError(f"seeding the account failed (exit {add.returncode}): "
                         f"{add.stderr.strip()}")
    listed = subprocess.run(common + ["users", "list", "--json"], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, env=env, timeout=60)
    if listed.returncode != 0 or [u.get("username") for u in json.loads(listed.stdout)] != [
            BENCH_USER]:
        raise BenchError(f"the seeded data folder does not hold exactly {BENCH_USER}: "
                         f"{listed.stdout.strip()} {listed.stderr.strip()}")
    return ["--data-dir", data_dir, "--site-config", site]


def run_once(name, command, env, timeout):
    """Starts one program, returns its measurement (a dict) or raises BenchError."""
    env = dict(env)
    env["SIJIL_BENCH_FIRST_FRAME"] = "1"
    env["SIJIL_BENCH_T0_NS"] = str(time.monotonic_ns())  # CLOCK_MONOTONIC, as in the program
    proc = subprocess.Popen(command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        raise BenchError(
            f"{name}: no first-frame report within {timeout:.0f} s (is FirstFrameReporter "
            f"installed, and does the main window ever appear?){tail(err)}")
    except BaseException:  # Ctrl-C: leave no program behind on the display
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        raise
    if proc.returncode != 0:
        raise BenchError(f"{name}: exit status {proc.returncode}{tail(err)}")
    for line in reversed(out.decode(errors="replace").splitlines()):
        line = line.strip()
        if not line.startswith("{"):
            continue
        try:
            m = json.loads(line)
        except ValueError:
            continue
        if not isinstance(m, dict) or "firstFrameMs" not in m:
            continue
        if not (m["firstFrameMs"] > 0 and m["vmHwmKiB"] > 0 and m["vmRssKiB"] > 0):
            raise BenchError(f"{name}: implausible measurement {line}")
        if m.get("t0Source") != "env":
            raise BenchError(f"{name}: did not time from SIJIL_BENCH_T0_NS: {line}")
        return m
    raise BenchError(f"{name}: exited without a first-frame report{tail(err)}")


def tail(stderr_bytes, lines=8):
    text = stderr_bytes.decode(errors="replace").strip()
    if not text:
        return ""
    return "\n  stderr: " + "\n          ".join(text.splitlines()[-lines:])


def p90(values):
    """Nearest-rank 90th percentile: a value that was actually measured."""
    ordered = sorted(values)
    rank = max(1, -(-9 * len(ordered) // 10))  # ceil(0.9 n)
    return ordered[rank - 1]


def summarise(samples):
    times = [s["firstFrameMs"] for s in samples]
    return {
        "samples": samples,
        "firstFrameMs": {"median": statistics.median(times), "p90": p90(times),
                         "min": min(times), "max": max(times)},
        "vmHwmMiB": {"median": statistics.median(s["vmHwmKiB"] for s in samples) / 1024},
        "vmRssMiB": {"median": statistics.median(s["vmRssKiB"] for s in samples) / 1024},
    }


def verdict(ratio):
    return "PASS" if ratio <= GOAL else "MISS"


def print_table(result):
    bare, sijil = result["programs"]["bare"], result["programs"]["sijil"]
    ratios = result["ratios"]
    n = result["measuredRuns"]
    print(f"Start-up: Sijil against a bare Qt Widgets window, {n} measured run{'s' * (n != 1)} "
          f"each (after 1 warm-up), display: {result['display']}")
    if result["note"]:
        print(f"NOTE: {result['note']}")
    rows = [
        ("first frame, median (ms)", bare["firstFrameMs"]["median"],
         sijil["firstFrameMs"]["median"], ratios["firstFrameMedian"], True),
        ("first frame, p90 (ms)", bare["firstFrameMs"]["p90"], sijil["firstFrameMs"]["p90"],
         ratios["firstFrameP90"], False),
        ("peak RSS VmHWM, median (MiB)", bare["vmHwmMiB"]["median"], sijil["vmHwmMiB"]["median"],
         ratios["peakRssMedian"], True),
        ("RSS at first frame, median (MiB)", bare["vmRssMiB"]["median"],
         sijil["vmRssMiB"]["median"], ratios["rssMedian"], False),
    ]
    print(f"{'':34}{'bare':>10}{'sijil':>10}{'sijil/bare':>12}{'goal':>8}  verdict")
    for label, b, s, r, goal in rows:
        tail_cells = f"{'<= ' + format(GOAL, '.1f'):>8}  {verdict(r)}" if goal else ""
        print(f"{label:34}{b:10.1f}{s:10.1f}{r:12.2f}{tail_cells}")


def main(argv):
    args = parse_args(argv)
    work = tempfile.mkdtemp(prefix="sijil-bench-startup-")
    try:
        with Display(args.platform) as display:
            env = base_environment(display.env)
            sijil_args = prepare_sijil(args.sijilctl, work, env)
            programs = {"bare": [args.bare], "sijil": [args.sijil] + sijil_args}
            samples = {"bare": [], "sijil": []}
            for i in range(args.runs):
                order = ["bare", "sijil"] if i % 2 == 0 else ["sijil", "bare"]
                for name in order:
                    m = run_once(name, programs[name], env, args.timeout)
                    if i > 0:  # run 0 of each program is the warm-up
                        samples[name].append(m)
            result = {
                "display": display.description,
                "note": display.note,
                "runs": args.runs,
                "measuredRuns": args.runs - 1,
                "goal": GOAL,
                "programs": {name: summarise(s) for name, s in samples.items()},
            }
    except BenchError as e:
        print(f"run_startup.py: {e}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)

    bare, sijil = result["programs"]["bare"], result["programs"]["sijil"]
    result["ratios"] = {
        "firstFrameMedian": sijil["firstFrameMs"]["median"] / bare["firstFrameMs"]["median"],
        "firstFrameP90": sijil["firstFrameMs"]["p90"] / bare["firstFrameMs"]["p90"],
        "peakRssMedian": sijil["vmHwmMiB"]["median"] / bare["vmHwmMiB"]["median"],
        "rssMedian": sijil["vmRssMiB"]["median"] / bare["vmRssMiB"]["median"],
    }
    result["verdicts"] = {
        "firstFrame": verdict(result["ratios"]["firstFrameMedian"]),
        "peakRss": verdict(result["ratios"]["peakRssMedian"]),
    }
    print_table(result)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=2)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
