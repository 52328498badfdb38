#!/usr/bin/env python3
"""Speech-recognition benchmark: hushnote (whisper.cpp) against faster-whisper (CTranslate2) on
the same tiny.en weights, over the fixture memos at 48 kHz, 44.1 kHz and with office noise at
~10 dB SNR, plus jfk.wav. Prints WER and real-time factor (engine seconds / audio seconds,
model load excluded, models kept loaded across files).

Run through scripts/bench.sh, which builds hushnote, installs the models and a pinned
faster-whisper into a venv, then runs this file with the venv's Python.

Timing on a shared machine is noisy: every configuration runs --repeats times, interleaved
(repeat 1 of every configuration, then repeat 2, ...), and the minimum per file is reported.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import wave
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
JFK_TEXT = ("And so my fellow Americans, ask not what your country can do for you, "
            "ask what you can do for your country.")

# ----------------------------------------------------------------------------------------------
# WER: the same normalisation as tests/transcribe.rs (lower case, no punctuation, number words
# as digits, "twenty five" -> 25), applied to both engines.
# ----------------------------------------------------------------------------------------------

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def normalize(s: str) -> list[str]:
    cleaned = "".join(c if (c.isalnum() or c == "'") else " " for c in s.lower())
    out: list[str] = []
    for w in cleaned.split():
        w = w.strip("'")
        if w in UNITS:
            n = UNITS.index(w)
            if out and out[-1].isdigit():
                t = int(out[-1])
                if t >= 20 and t % 10 == 0 and 0 < n < 10:
                    out[-1] = str(t + n)
                    continue
            out.append(str(n))
        elif w in TENS:
            out.append(str((TENS.index(w) + 2) * 10))
        elif w:
            out.append(w)
    return out


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    r, h = normalize(reference), normalize(hypothesis)
    prev = list(range(len(h) + 1))
    for i in range(1, len(r) + 1):
        cur = [i] + [0] * len(h)
        for j in range(1, len(h) + 1):
            cur[j] = min(prev[j - 1] + (r[i - 1] != h[j - 1]), prev[j] + 1, cur[j - 1] + 1)
        prev = cur
    return prev[len(h)], len(r)


def clinical_prompt() -> str:
    """hushnote's built-in vocabulary prompt, read from the source so both engines get it."""
    src = (ROOT / "src" / "transcribe.rs").read_text()
    m = re.search(r'pub const CLINICAL_PROMPT: &str = "(.*?)";', src, re.S)
    if not m:
        sys.exit("bench: cannot find CLINICAL_PROMPT in src/transcribe.rs")
    return re.sub(r"\\\n\s*", "", m.group(1))

# ----------------------------------------------------------------------------------------------
# Audio sets, made at run time
# ----------------------------------------------------------------------------------------------


@dataclass
class Clip:
    set: str
    id: str
    path: Path
    reference: str
    seconds: float


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    with wave.open(str(path), "rb") as w:
        if w.getsampwidth() != 2:
            sys.exit(f"bench: {path} is not 16-bit PCM")
        x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)
        x = x.reshape(-1, w.getnchannels()).mean(axis=1) / 32768.0
        return x, w.getframerate()


def write_wav(path: Path, x: np.ndarray, rate: int) -> None:
    pcm = np.clip(np.round(x * 32767.0), -32768, 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def active_level(x: np.ndarray, rate: int) -> float:
    """Mean power over active 20 ms frames (within 40 dB of the loudest): a simple stand-in for
    ITU-T P.56 active speech level, so pauses do not lower the speech level."""
    n = int(rate * 0.02)
    frames = x[: len(x) // n * n].reshape(-1, n)
    p = (frames ** 2).mean(axis=1)
    active = p[p > p.max() * 1e-4]
    return float(active.mean())


def sox(*args: str) -> None:
    subprocess.run(["sox", "-R", "-q", *args], check=True)


def make_sets(tmp: Path, snr_db: float) -> list[Clip]:
    memos = json.loads((FIXTURES / "memos.json").read_text())
    clips: list[Clip] = []
    originals = []
    for m in memos:
        src = FIXTURES / "audio" / f"{m['id']}.wav"
        x, rate = read_wav(src)
        originals.append((m, src, x, rate))
        clips.append(Clip("48k", m["id"], src, m["memo"], len(x) / rate))
    # 44.1 kHz copies (sox's high-quality resampler, as a phone app would record).
    for m, src, x, rate in originals:
        dst = tmp / f"{m['id']}-44k.wav"
        sox("-G", str(src), "-r", "44100", str(dst), "rate", "-v")
        y, r = read_wav(dst)
        clips.append(Clip("44.1k", m["id"], dst, m["memo"], len(y) / r))
    # Office noise at snr_db: ventilation rumble (brown noise), broadband hiss (pink noise) and
    # distant babble (three other memos, shifted and summed), scaled together so the active
    # speech level is snr_db above the noise. sox -R makes the noise repeatable.
    for k, (m, src, x, rate) in enumerate(originals):
        dur = len(x) / rate
        parts = []
        for kind in ("brownnoise", "pinknoise"):
            f = tmp / f"{kind}-{k}.wav"
            sox("-n", "-r", str(rate), "-b", "16", "-c", "1", str(f), "synth", f"{dur:.3f}", kind,
                "vol", "0.5")
            parts.append(np.resize(read_wav(f)[0], len(x)))
        babble = np.zeros(len(x))
        others = [o for o in originals if o[0]["id"] != m["id"]]
        for j, (_, _, y, _) in enumerate(others[:3]):
            y = np.roll(np.resize(y, len(x)), (j + 1) * rate // 3)
            babble += y / math.sqrt(np.mean(y ** 2) + 1e-12)
        noise = []
        for part, share in zip((*parts, babble), (0.45, 0.2, 0.35)):
            noise.append(part / math.sqrt(np.mean(part ** 2) + 1e-12) * math.sqrt(share))
        noise = np.sum(noise, axis=0)
        gain = math.sqrt(active_level(x, rate) / (np.mean(noise ** 2) * 10 ** (snr_db / 10)))
        y = x + noise * gain
        peak = np.max(np.abs(y))
        if peak > 0.99:
            y *= 0.99 / peak
        dst = tmp / f"{m['id']}-office{snr_db:g}dB.wav"
        write_wav(dst, y, rate)
        clips.append(Clip(f"noise{snr_db:g}dB", m["id"], dst, m["memo"], dur))
    jfk = FIXTURES / "jfk.wav"
    y, r = read_wav(jfk)
    clips.append(Clip("jfk", "jfk", jfk, JFK_TEXT, len(y) / r))
    return clips

# ----------------------------------------------------------------------------------------------
# Engines
# ----------------------------------------------------------------------------------------------


@dataclass
class Config:
    label: str
    engine: str  # "hushnote" | "faster-whisper"
    threads: int
    model: str = "f16"  # hushnote: f16 | q8_0 | q5_1; faster-whisper: compute type
    flash_attn: bool = False
    trim_silence: bool = True
    tuning: str = ""  # HUSHNOTE_WHISPER_TUNING
    lever: str = ""
    # filled in by runs: file path -> list of seconds; texts from the first run
    times: dict = field(default_factory=dict)
    texts: dict = field(default_factory=dict)
    loads: list = field(default_factory=list)
    # CPU seconds (all threads) per run over every file, model load excluded
    cpu: list = field(default_factory=list)


class Hushnote:
    def __init__(self, binary: str, models: dict[str, Path], tmp: Path):
        self.binary, self.models, self.tmp = binary, models, tmp

    def run(self, cfg: Config, clips: list[Clip]) -> None:
        conf = self.tmp / f"hushnote-{abs(hash(cfg.label))}.toml"
        conf.write_text("[transcribe]\n"
                        f"flash_attn = {str(cfg.flash_attn).lower()}\n"
                        f"trim_silence = {str(cfg.trim_silence).lower()}\n")
        env = dict(os.environ, HUSHNOTE_LOG="hushnote=debug",
                   HUSHNOTE_WHISPER_TUNING=cfg.tuning)
        cmd = [self.binary, "--config", str(conf), "transcribe", "--json",
               "--threads", str(cfg.threads), "--model", str(self.models[cfg.model]),
               *[str(c.path) for c in clips]]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        p = subprocess.run(cmd, env=env, capture_output=True, text=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        # hushnote waits for its worker, so the worker's CPU time is counted here too.
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        if p.returncode not in (0, 7):  # 7: a file had no speech
            sys.exit(f"bench: {' '.join(cmd)} failed ({p.returncode}):\n{p.stderr}")
        if "ignoring HUSHNOTE_WHISPER_TUNING" in p.stderr:
            sys.exit(f"bench: tuning {cfg.tuning!r} was refused:\n{p.stderr}")
        lines = [json.loads(line) for line in p.stdout.splitlines() if line.strip()]
        if len(lines) != len(clips):
            sys.exit(f"bench: expected {len(clips)} results, got {len(lines)}:\n{p.stderr}")
        for c, r in zip(clips, lines):
            if "error" in r:
                sys.exit(f"bench: {c.path}: {r['error']}")
            cfg.times.setdefault(str(c.path), []).append(r["elapsed_ms"] / 1000.0)
            cfg.texts.setdefault(str(c.path), r["text"])
        m = re.search(r"load_ms=(\d+)", re.sub(r"\x1b\[[0-9;]*m", "", p.stderr))
        load = int(m.group(1)) / 1000.0 if m else 0.0
        if m:
            cfg.loads.append(load)
        # Loading is mostly one thread reading the file: its wall time stands for its CPU time.
        cfg.cpu.append(max(cpu - load, 0.0))


class FasterWhisper:
    """faster-whisper models, loaded once each and kept loaded for the whole benchmark."""

    def __init__(self, ct2_dir: str, prompt: str, beam: int):
        from faster_whisper import WhisperModel  # imported here: only the venv has it
        self.WhisperModel, self.ct2_dir, self.prompt, self.beam = WhisperModel, ct2_dir, prompt, beam
        self.loaded: dict = {}

    def model(self, cfg: Config):
        key = (cfg.model, cfg.threads)
        if key not in self.loaded:
            t = time.perf_counter()
            # A local folder and local_files_only: never a model hub.
            m = self.WhisperModel(self.ct2_dir, device="cpu", compute_type=cfg.model,
                                  cpu_threads=cfg.threads, num_workers=1,
                                  local_files_only=True)
            cfg.loads.append(time.perf_counter() - t)
            self.loaded[key] = m
        return self.loaded[key]

    def run(self, cfg: Config, clips: list[Clip]) -> None:
        model = self.model(cfg)
        cpu = 0.0
        for c in clips:
            t = time.perf_counter()
            c0 = time.process_time()
            segments, _ = model.transcribe(
                str(c.path), language="en", beam_size=self.beam, best_of=1,
                initial_prompt=self.prompt or None, condition_on_previous_text=False,
                vad_filter=False)
            text = " ".join(s.text.strip() for s in segments)  # decoding happens here
            cfg.times.setdefault(str(c.path), []).append(time.perf_counter() - t)
            cpu += time.process_time() - c0
            cfg.texts.setdefault(str(c.path), text)
        cfg.cpu.append(cpu)

# ----------------------------------------------------------------------------------------------
# Report
# ----------------------------------------------------------------------------------------------


def summarize(cfg: Config, clips: list[Clip], set_name: str) -> tuple[float, float]:
    sel = [c for c in clips if c.set == set_name]
    errs = words = 0
    secs = audio = 0.0
    for c in sel:
        e, n = word_errors(c.reference, cfg.texts[str(c.path)])
        errs, words = errs + e, words + n
        secs += min(cfg.times[str(c.path)])
        audio += c.seconds
    return 100.0 * errs / max(words, 1), secs / audio


def load_avg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--hushnote", required=True, help="hushnote binary")
    ap.add_argument("--ct2", required=True, help="CTranslate2 tiny.en folder")
    ap.add_argument("--model", action="append", default=[], metavar="KIND=PATH",
                    help="ggml models for hushnote: f16=PATH, q8_0=PATH, q5_1=PATH")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--snr", type=float, default=10.0)
    ap.add_argument("--levers", action="store_true",
                    help="also measure each speed lever on its own")
    ap.add_argument("--fw-beam", type=int, default=1,
                    help="faster-whisper beam size (1 = greedy, as hushnote)")
    ap.add_argument("--no-prompt-fw", action="store_true",
                    help="run faster-whisper without hushnote's vocabulary prompt")
    ap.add_argument("--json", metavar="FILE", help="also write every measurement here")
    ap.add_argument("--recommended", default="q8_0:",
                    help="MODEL:TUNING of the hushnote row the levers start from; the "
                         "default, q8_0 with no tuning, is what hushnote ships "
                         "(TUNING as in HUSHNOTE_WHISPER_TUNING)")
    ap.add_argument("--only", metavar="REGEX",
                    help="run only the configurations whose label matches")
    ap.add_argument("--sets", metavar="LIST",
                    help="comma-separated audio sets to run (48k,44.1k,noise10dB,jfk)")
    args = ap.parse_args()

    models = {}
    for m in args.model:
        k, _, v = m.partition("=")
        models[k] = Path(v)
    if "f16" not in models:
        sys.exit("bench: pass --model f16=PATH")
    for p in models.values():
        if not p.is_file():
            sys.exit(f"bench: model {p} missing")

    T = args.threads
    rec_model, _, rec_tuning = args.recommended.partition(":")
    configs = [
        Config("hushnote f16", "hushnote", T, "f16", lever="baseline"),
        Config(" ".join(["hushnote", rec_model, rec_tuning,
                         "(default)" if args.recommended == "q8_0:" else "(candidate)"]
                        ).replace("  ", " "),
               "hushnote", T, rec_model,
               tuning=rec_tuning, lever="recommended"),
        Config("faster-whisper float32", "faster-whisper", T, "float32"),
        Config("faster-whisper int8", "faster-whisper", T, "int8"),
    ]
    if args.levers:
        other = 1 if T != 1 else 2
        configs += [
            Config("(a) q8_0 weights", "hushnote", T, "q8_0", lever="a"),
            Config("(a) q5_1 weights", "hushnote", T, "q5_1", lever="a"),
            Config("(b) flash attention", "hushnote", T, "f16", flash_attn=True, lever="b"),
            Config(f"(c) {other} thread(s)", "hushnote", other, "f16", lever="c"),
            Config(f"(c) {other} thread(s), recommended", "hushnote", other, rec_model,
                   tuning=rec_tuning, lever="c"),
            Config("(d) silence trimming off", "hushnote", T, "f16", trim_silence=False,
                   lever="d"),
            Config("(d) audio_ctx fitting off", "hushnote", T, "f16",
                   tuning="fit_audio_ctx=0", lever="d"),
            Config("(e) temperature fallback off", "hushnote", T, "f16",
                   tuning="temperature_inc=0", lever="e"),
            Config("(e) no_timestamps", "hushnote", T, "f16", tuning="no_timestamps=1",
                   lever="e"),
            Config("(e) single_segment", "hushnote", T, "f16", tuning="single_segment=1",
                   lever="e"),
            Config("(b) flash attention, recommended", "hushnote", T, rec_model,
                   flash_attn=True, tuning=rec_tuning, lever="b"),
            Config("(f) beam search, 5 beams, recommended", "hushnote", T, rec_model,
                   tuning=",".join(t for t in (rec_tuning, "beam_size=5") if t), lever="f"),
        ]
    if args.only:
        configs = [c for c in configs if re.search(args.only, c.label)]
    for c in configs:
        if c.engine == "hushnote" and c.model not in models:
            sys.exit(f"bench: no {c.model} model given (--model {c.model}=PATH)")

    tmp = Path(tempfile.mkdtemp(prefix="hushnote-bench-"))
    try:
        clips = make_sets(tmp, args.snr)
        if args.sets:
            wanted = set(args.sets.split(","))
            clips = [c for c in clips if c.set in wanted]
            if not clips:
                sys.exit(f"bench: no audio set among {args.sets}")
        sets = list(dict.fromkeys(c.set for c in clips))
        prompt = "" if args.no_prompt_fw else clinical_prompt()
        hn = Hushnote(args.hushnote, models, tmp)
        fw = FasterWhisper(args.ct2, prompt, args.fw_beam)
        loads = [load_avg()]
        started = time.time()
        for r in range(args.repeats):
            for cfg in configs:
                (hn if cfg.engine == "hushnote" else fw).run(cfg, clips)
                print(f"  repeat {r + 1}/{args.repeats}: {cfg.label} done "
                      f"(load average {load_avg()})", file=sys.stderr, flush=True)
            loads.append(load_avg())
            # A table after every repeat: a run cut short on a busy machine still reports.
            if r + 1 < args.repeats:
                print(f"\n--- after repeat {r + 1} of {args.repeats} ---", flush=True)
            report(args, configs, clips, sets, loads, started, r + 1)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)



def report(args, configs, clips, sets, loads, started, done: int) -> None:
    T = args.threads
    ncpu = os.cpu_count()
    try:
        ncpu_allowed = len(os.sched_getaffinity(0))
    except AttributeError:
        ncpu_allowed = ncpu
    audio = {s: sum(c.seconds for c in clips if c.set == s) for s in sets}
    print()
    print(f"hushnote ASR benchmark — tiny.en on the same weights; {ncpu} cores "
          f"({ncpu_allowed} usable), {T} thread(s) per engine unless a row says otherwise")
    print(f"audio: " + ", ".join(f"{s} {sum(1 for c in clips if c.set == s)} files "
                                  f"{audio[s]:.0f} s" for s in sets))
    print(f"RTF = engine seconds / audio seconds (decode + resample + transcribe, model load "
          f"excluded), minimum per file over {done} interleaved runs; WER after "
          f"lower-casing, stripping punctuation, number words -> digits")
    print("CPU/audio = CPU seconds of all the engine's threads per audio second over every file "
          "(minimum over runs): the work done, much less sensitive to other load than RTF, "
          "but it counts threads spinning at barriers")
    print(f"faster-whisper {fw_version()}: beam {args.fw_beam}, "
          f"{'no prompt' if args.no_prompt_fw else 'same vocabulary prompt as hushnote'}, "
          f"vad_filter off; hushnote: greedy, vocabulary prompt, trim + audio_ctx fitting")
    print(f"load average (1/5/15 min) before and after each repeat: {' | '.join(loads)}; "
          f"took {time.time() - started:.0f} s")
    print()
    w = max([48] + [len(c.label) for c in configs])
    head = f"| {'configuration':<{w}} |" + "".join(f" {s + ' WER':>13} | {'RTF':>6} |" for s in sets)
    head += " CPU/audio | load s |"
    print(head)
    print("|" + "-" * (w + 2) + "|" + ("-" * 15 + "|" + "-" * 8 + "|") * len(sets) + "-" * 11 + "|"
          + "-" * 8 + "|")
    results = []
    for cfg in configs:
        row = f"| {cfg.label:<{w}} |"
        rec = {"label": cfg.label, "engine": cfg.engine, "threads": cfg.threads,
               "model": cfg.model, "flash_attn": cfg.flash_attn,
               "trim_silence": cfg.trim_silence, "tuning": cfg.tuning, "sets": {}}
        for s in sets:
            wer, rtf = summarize(cfg, clips, s)
            row += f" {wer:>12.1f}% | {rtf:>6.3f} |"
            rec["sets"][s] = {"wer": wer, "rtf": rtf}
        total_audio = sum(c.seconds for c in clips)
        cpu = min(cfg.cpu) / total_audio if cfg.cpu else float("nan")
        load = min(cfg.loads) if cfg.loads else float("nan")
        row += f" {cpu:>9.3f} | {load:>6.2f} |"
        rec["load_s"] = load
        rec["cpu_per_audio_s"] = cpu
        rec["texts"] = cfg.texts
        rec["times"] = cfg.times
        print(row)
        results.append(rec)
    if args.json:
        Path(args.json).write_text(json.dumps({
            "cores": ncpu, "threads": T, "repeats": done, "loadavg": loads,
            "audio_seconds": audio, "results": results}, indent=1))
    sys.stdout.flush()


def fw_version() -> str:
    try:
        import faster_whisper, ctranslate2
        return f"{faster_whisper.__version__} (CTranslate2 {ctranslate2.__version__})"
    except Exception:  # noqa: BLE001 - only for the header line
        return "?"


if __name__ == "__main__":
    main()
