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

Corpus mode, `scripts/eval.sh --corpus [DIR[:TAG]...]`, measures the labelled corpora
(tests/fixtures/corpus/*/README.md): per format, clauses and key facts in an allowed section and
key-fact coverage; session facts (precision and recall per fact type, for memos with a `session`
label, the shared ones from DIR_session_labels.jsonl beside the folder); risk confusion matrices
at sentence and memo level and per category; every false reassurance. Default groups: the shared development corpus, our own dev set and our own
held-out set (printed apart; never read the held-out misses while writing rules). The built-in
formats are placed by clause role without the model, so corpus-eval's library planner is what
the binary ships; `--binary` also drafts every memo with `hushnote draft` and scores those drafts
(with draft times), and `--planner model` makes the binary ask the model about every clause, to
measure the model alone. `--misses` lists misplaced clauses and facts that disagree with their labels (development
groups only).
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

SECTIONS = {
    "SOAP": ["Subjective", "Objective", "Assessment", "Plan"],
    "DAP": ["Data", "Assessment", "Plan"],
    "BIRP": ["Behavior", "Intervention", "Response", "Plan"],
    "GIRP": ["Goals", "Intervention", "Response", "Plan"],
    "PIE": ["Problem", "Intervention", "Evaluation"],
    "iCARE": ["Identifiers", "Chief concerns and history", "Assessment and analysis",
              "Risk and crisis", "Engagement and next steps"],
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


CORPUS_DEFAULT = ["tests/fixtures/corpus/shared", "tests/fixtures/corpus/own:dev",
                  "tests/fixtures/corpus/own:heldout"]


def corpus_memos(group):
    """The labelled memos of a group `DIR`, `DIR:TAG` or file."""
    path, _, tag = group.partition(":") if not os.path.exists(group) else (group, "", "")
    files = ([os.path.join(path, f) for f in sorted(os.listdir(path))] if os.path.isdir(path)
             else [path])
    files = [f for f in files if f.endswith(".jsonl") and "memo" in os.path.basename(f).lower()
             and tag.lower() in os.path.basename(f).lower()]
    return [json.loads(l) for f in files for l in open(f) if l.strip()]


def corpus_mode(args, root):
    groups = args.corpus or CORPUS_DEFAULT
    tool = args.corpus_eval or os.path.join(
        os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target")), "release", "corpus-eval")
    ok = True
    for g in groups:
        held_out = "heldout" in g.lower()
        cmd = [tool] + (["--misses"] if args.misses and not held_out else []) + [g]
        r = subprocess.run(cmd, cwd=root, capture_output=True, text=True)
        print(r.stdout, end="")
        if r.returncode != 0:
            print(r.stderr, file=sys.stderr)
            ok = False
        if args.binary:
            ok &= corpus_binary(args, root, tool, g, held_out)
    sys.exit(0 if ok else 1)


def corpus_binary(args, root, tool, group, held_out):
    """Drafts each memo of the group with the real binary and scores where its clauses went."""
    work = tempfile.mkdtemp(prefix="hushnote-corpus-")
    cfg = os.path.join(work, "config.toml")
    with open(cfg, "w") as f:
        f.write("[paths]\n" + "".join(f'{k} = "{work}/{k}"\n' for k in
                                       ["inbox", "incoming", "failed", "private", "state"]))
    env = dict(os.environ)
    if args.planner == "model":
        env["HUSHNOTE_PLANNER"] = "model"
    drafts = os.path.join(work, "drafts")
    os.makedirs(drafts)
    times = []
    for m in corpus_memos(group):
        src = os.path.join(work, f"{m['id']}.txt")
        open(src, "w").write(m["memo"])
        t = time.monotonic()
        r = subprocess.run([args.bin, "--config", cfg, "draft", "--format", m["format"], src],
                           capture_output=True, text=True, env=env)
        times.append(time.monotonic() - t)
        if r.returncode != 0:
            print(f"{m['id']}: draft failed ({r.returncode}): {r.stderr.strip()}", file=sys.stderr)
            return False
        open(os.path.join(drafts, f"{m['id']}.md"), "w").write(r.stdout)
    cmd = [tool, "--drafts", drafts] + (["--misses"] if args.misses and not held_out else [])
    r = subprocess.run(cmd + [group], cwd=root, capture_output=True, text=True)
    # Only the sections part: the risk report does not depend on the binary.
    print(r.stdout.split("### Risk")[0].replace(
        "drafts written by the binary", f"drafts written by the binary, planner {args.planner}"),
        end="")
    if times:
        print(f"draft time per memo (one process each, cold): median "
              f"{statistics.median(times):.2f} s, max {max(times):.2f} s\n")
    shutil.rmtree(work, ignore_errors=True)
    return r.returncode == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.environ.get("HUSHNOTE_BIN", "target/release/hushnote"))
    ap.add_argument("--rate", type=int, default=0, help="resample the audio to this rate first")
    ap.add_argument("--text", action="store_true", help="draft from the reference text, not audio")
    ap.add_argument("--memos", help="memos JSON (default tests/fixtures/memos.json)")
    ap.add_argument("--tts", action="store_true",
                    help="speak each memo with espeak-ng instead of reading <id>.wav")
    ap.add_argument("--corpus", nargs="*", metavar="DIR[:TAG]",
                    help="measure the labelled corpora (default: shared, own dev, own held-out)")
    ap.add_argument("--corpus-eval", help="the corpus-eval binary (default: the release build)")
    ap.add_argument("--binary", action="store_true",
                    help="corpus mode: also draft every memo with the real binary")
    ap.add_argument("--planner", choices=["shipped", "model"], default="shipped",
                    help="corpus mode with --binary: 'model' asks the model about every clause")
    ap.add_argument("--misses", action="store_true",
                    help="corpus mode: list misplaced clauses (development groups only)")
    args = ap.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    if args.corpus is not None:
        corpus_mode(args, root)
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
