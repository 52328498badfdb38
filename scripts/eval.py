#!/usr/bin/env python3
"""Draft-quality evaluation over the fixture memos (scripts/eval.sh runs this).

For each memo in tests/fixtures/memos.json (or --memos FILE), the audio
(tests/fixtures/audio/<id>.wav, or a copy at --rate; with --tts, the memo spoken by espeak-ng)
goes through `hushnote process --format F --json` into a scratch inbox. Per memo and in total it prints: required sections present, key-fact coverage,
words in the draft's sentences that are not in the transcript (an invention proxy), forbidden
words found outside the transcript section, risk polarity right or wrong, the transcript's
WER against the memo text (audio only), and timings.

scripts/heldout/memos.json holds twelve memos written after the drafting rules were built (all
six formats, every risk polarity): `scripts/eval.sh --memos scripts/heldout/memos.json --text`
checks that the rules generalise; `--tts --rate 44100` runs them as (robotic) speech.
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile

SECTIONS = {
    "SOAP": ["Subjective", "Objective", "Assessment", "Plan"],
    "DAP": ["Data", "Assessment", "Plan"],
    "BIRP": ["Behavior", "Intervention", "Response", "Plan"],
    "GIRP": ["Goals", "Intervention", "Response", "Plan"],
    "PIE": ["Problem", "Intervention", "Evaluation"],
    "summary": ["Focus", "Key themes", "Agreed actions", "Concerns"],
}
NUM = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
# Words the composer itself may add (glue, not content).
GLUE = {"client", "clinician", "and", "the", "reported", "session", "memo", "not", "addressed", "in"}


def words(s):
    out = []
    for w in re.findall(r"[a-z0-9']+", s.lower()):
        out.append(NUM.get(w, w))
    return out


def norm(s):
    return " ".join(words(s))


def body_of(draft):
    return draft.split("\n## Memo transcript")[0]


def transcript_of(draft):
    t = draft.split("\n## Memo transcript", 1)[1]
    return "\n".join(l.lstrip("> ") for l in t.splitlines())


def sentences(draft):
    """Draft sentences (those carrying a provenance comment), comments removed."""
    out = []
    for line in body_of(draft).splitlines():
        if "<!-- memo:" in line:
            out.append(re.sub(r"<!--.*?-->", "", line).strip(" -*\""))
    return out


def word_errors(ref, hyp):
    """(word edits, reference words) between two texts."""
    r, h = words(ref), words(hyp)
    d = list(range(len(h) + 1))
    for i, rw in enumerate(r, 1):
        prev, d[0] = d[0], i
        for j, hw in enumerate(h, 1):
            prev, d[j] = d[j], min(d[j] + 1, d[j - 1] + 1, prev + (rw != hw))
    return d[len(h)], len(r)


def word_error_rate(ref, hyp):
    errors, n = word_errors(ref, hyp)
    return errors / max(1, n)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.environ.get("HUSHNOTE_BIN", "target/release/hushnote"))
    ap.add_argument("--rate", type=int, default=0, help="resample the audio to this rate first")
    ap.add_argument("--text", action="store_true", help="draft from the reference text, not audio")
    ap.add_argument("--memos", help="memos JSON (default tests/fixtures/memos.json)")
    ap.add_argument("--tts", action="store_true",
                    help="speak each memo with espeak-ng instead of reading <id>.wav")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    memos = json.load(open(args.memos or os.path.join(root, "tests/fixtures/memos.json")))
    work = tempfile.mkdtemp(prefix="hushnote-eval-")
    cfg = os.path.join(work, "config.toml")
    with open(cfg, "w") as f:
        f.write("[paths]\n" + "".join(f'{k} = "{work}/{k}"\n' for k in
                                       ["inbox", "incoming", "failed", "private", "state"]))
    rows, totals = [], {"word_errors": 0, "ref_words": 0, "asr_ms": 0, "audio_s": 0.0, "facts": 0, "facts_hit": 0, "invented": 0, "forbidden": 0,
                        "risk_ok": 0, "sections_ok": 0}
    draft_ms, total_ms = [], []
    for m in memos:
        mid, fmt = m["id"], m["format"]
        if args.text:
            src = os.path.join(work, f"{mid}.txt")
            open(src, "w").write(m["memo"])
        elif args.tts:
            wav = os.path.join(work, f"{mid}.tts.wav")
            subprocess.run(["espeak-ng", "-v", "en-us", "-s", "165", "-w", wav, m["memo"]],
                           check=True)
            src = os.path.join(work, f"{mid}.wav")
            subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-i", wav, "-ar",
                            str(args.rate or 44100), src], check=True)
        else:
            wav = os.path.join(root, "tests/fixtures/audio", f"{mid}.wav")
            src = os.path.join(work, f"{mid}.wav")
            if args.rate:
                subprocess.run(["ffmpeg", "-y", "-loglevel", "error", "-i", wav, "-ar",
                                str(args.rate), src], check=True)
            else:
                shutil.copy(wav, src)
        r = subprocess.run([args.bin, "--config", cfg, "process", "--json", "--format", fmt, src],
                           capture_output=True, text=True)
        if r.returncode != 0:
            print(f"{mid}: process failed ({r.returncode}): {r.stderr.strip()}", file=sys.stderr)
            sys.exit(1)
        out = json.loads(r.stdout)
        draft = open(out["draft"]).read()
        body = body_of(draft)
        heads = re.findall(r"^## (.+)$", draft, re.M)
        want = SECTIONS[fmt] + ["Risk", "Memo transcript"]
        sections_ok = heads == want
        nbody = norm(body)
        hit = [f for f in m["facts"] if norm(f) in nbody]
        tw = set(words(transcript_of(draft)))
        invented = sorted({w for s in sentences(draft) for w in words(s)} - tw - GLUE)
        forbidden = [w for w in m["forbidden"] if w.lower() in body.lower()]
        risk_ok = out["risk"] == m["risk"]
        wer = "-" if args.text else f"{word_error_rate(m['memo'], transcript_of(draft)):.1%}"
        if not args.text:
            errors, ref_words = word_errors(m["memo"], transcript_of(draft))
            totals["word_errors"] += errors; totals["ref_words"] += ref_words
            totals["asr_ms"] += out["timings"]["asr_ms"]; totals["audio_s"] += out["audio_seconds"]
        totals["facts"] += len(m["facts"]); totals["facts_hit"] += len(hit)
        totals["invented"] += len(invented); totals["forbidden"] += len(forbidden)
        totals["risk_ok"] += risk_ok; totals["sections_ok"] += sections_ok
        draft_ms.append(out["timings"]["draft_ms"]); total_ms.append(out["timings"]["total_ms"])
        rows.append((mid, fmt, "yes" if sections_ok else "NO", f"{len(hit)}/{len(m['facts'])}",
                     ",".join(invented) or "-", ",".join(forbidden) or "-",
                     f"{out['risk']} ({'ok' if risk_ok else 'WRONG, want ' + m['risk']})",
                     out["planner"], wer, out["timings"]["asr_ms"], out["timings"]["draft_ms"],
                     out["timings"]["total_ms"], out["audio_seconds"]))
    hdr = ("memo", "format", "sections", "facts", "words not in memo", "forbidden", "risk",
           "planner", "WER", "asr ms", "draft ms", "total ms", "audio s")
    print("| " + " | ".join(hdr) + " |")
    print("|" + "---|" * len(hdr))
    for r in rows:
        print("| " + " | ".join(str(x) for x in r) + " |")
    n = len(memos)
    cov = totals["facts_hit"] / totals["facts"]
    print(f"\nsections right {totals['sections_ok']}/{n}; risk right {totals['risk_ok']}/{n}; "
          f"key-fact coverage {cov:.1%}; words not in memo {totals['invented']}; "
          f"forbidden words {totals['forbidden']}; draft ms median {statistics.median(draft_ms):.0f} "
          f"(max {max(draft_ms)}); total ms median {statistics.median(total_ms):.0f}")
    if not args.text:
        print(f"WER over all memos {totals['word_errors'] / max(1, totals['ref_words']):.1%} "
              f"({totals['word_errors']} of {totals['ref_words']} words); transcription "
              f"real-time factor {totals['asr_ms'] / 1000 / max(1e-9, totals['audio_s']):.3f} "
              f"(one process per memo: includes starting the Whisper worker and loading the model)")
    shutil.rmtree(work, ignore_errors=True)
    ok = (totals["sections_ok"] == n and totals["risk_ok"] == n and totals["forbidden"] == 0
          and cov >= 0.9)
    print("targets met" if ok else "TARGETS MISSED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
