#!/usr/bin/env python3
"""Check the schema of a labelled corpus folder (memos*.jsonl, risk_sentences*.jsonl).

Usage: scripts/validate_corpus.py DIR [DIR ...]

Checks, per FORMATS.md in tests/fixtures/corpus/shared:
  memos:     ids unique; format known; every clause text an exact substring of the memo,
             clauses in memo order and non-overlapping; role known; sections non-empty, no
             duplicates, each a section of the format and allowed for the role (FORMATS.md §2,
             including the ★ alternatives and the safety-action placement in iCARE/summary);
             risk consistent with risk_items (rule 8); facts 5-8 literal substrings;
             forbidden 2-4 words absent from the memo; optional `session` object well typed.
  sentences: ids unique; risk consistent with items (rule 8); optional note is a string.
Exit status 0 when every file passes, 1 otherwise. Prints one line per problem (ids only,
never memo text beyond the offending clause).
"""

import json
import re
import sys
from pathlib import Path

SECTIONS = {
    "SOAP": ["Subjective", "Objective", "Assessment", "Plan"],
    "DAP": ["Data", "Assessment", "Plan"],
    "BIRP": ["Behavior", "Intervention", "Response", "Plan"],
    "GIRP": ["Goals", "Intervention", "Response", "Plan"],
    "PIE": ["Problem", "Intervention", "Evaluation"],
    "iCARE": [
        "Identifiers",
        "Chief concerns and history",
        "Assessment and analysis",
        "Risk and crisis",
        "Engagement and next steps",
    ],
    "summary": ["Focus", "Key themes", "Agreed actions", "Concerns"],
}

ID, CH, AN, RC, EN = SECTIONS["iCARE"]

# role -> format -> sections a clause of that role may be filed under (union of the
# recommended section, the ★ alternatives and, for risk_statement, both the disclosure and
# the formulation rows of the FORMATS.md §2 table).
ALLOWED = {
    "session_facts": {
        "SOAP": {"Objective"}, "DAP": {"Data"}, "BIRP": {"Behavior"},
        "GIRP": {"Intervention", "Response"}, "PIE": {"Intervention", "Problem"},
        "iCARE": {ID}, "summary": {"Focus"},
    },
    "client_report": {
        "SOAP": {"Subjective"}, "DAP": {"Data"}, "BIRP": {"Behavior"},
        "GIRP": {"Response", "Goals"}, "PIE": {"Problem"}, "iCARE": {CH},
        "summary": {"Key themes"},
    },
    "clinician_observation": {
        "SOAP": {"Objective"}, "DAP": {"Data"}, "BIRP": {"Behavior"}, "GIRP": {"Response"},
        "PIE": {"Problem"}, "iCARE": {AN}, "summary": {"Key themes"},
    },
    "measure": {
        "SOAP": {"Objective"}, "DAP": {"Data"}, "BIRP": {"Behavior"},
        "GIRP": {"Response", "Goals"}, "PIE": {"Problem", "Evaluation"}, "iCARE": {AN},
        "summary": {"Key themes"},
    },
    "intervention": {
        "SOAP": {"Objective", "Plan"}, "DAP": {"Data"}, "BIRP": {"Intervention"},
        "GIRP": {"Intervention"}, "PIE": {"Intervention"}, "iCARE": {EN, AN},
        "summary": {"Focus", "Key themes"},
    },
    "client_response": {
        "SOAP": {"Objective", "Assessment"}, "DAP": {"Data", "Assessment"},
        "BIRP": {"Response"}, "GIRP": {"Response"}, "PIE": {"Evaluation"}, "iCARE": {EN},
        "summary": {"Key themes"},
    },
    "assessment": {
        "SOAP": {"Assessment"}, "DAP": {"Assessment"}, "BIRP": {"Response"},
        "GIRP": {"Response"}, "PIE": {"Evaluation", "Problem"}, "iCARE": {AN},
        "summary": {"Key themes"},
    },
    "goal_link": {
        "SOAP": {"Assessment", "Plan"}, "DAP": {"Assessment", "Plan"},
        "BIRP": {"Intervention", "Response"}, "GIRP": {"Goals"}, "PIE": {"Problem"},
        "iCARE": {EN, AN}, "summary": {"Focus"},
    },
    "risk_statement": {
        "SOAP": {"Subjective", "Assessment"}, "DAP": {"Data", "Assessment"},
        "BIRP": {"Behavior", "Response"}, "GIRP": {"Response"},
        "PIE": {"Problem", "Evaluation"}, "iCARE": {RC}, "summary": {"Concerns"},
    },
    "plan": {
        "SOAP": {"Plan"}, "DAP": {"Plan"}, "BIRP": {"Plan"}, "GIRP": {"Plan"},
        "PIE": {"Evaluation"}, "iCARE": {EN}, "summary": {"Agreed actions"},
    },
    "coordination": {
        "SOAP": {"Plan"}, "DAP": {"Plan"}, "BIRP": {"Plan", "Intervention"},
        "GIRP": {"Plan", "Intervention"}, "PIE": {"Evaluation", "Intervention"},
        "iCARE": {EN}, "summary": {"Agreed actions"},
    },
}

# Safety actions (safety plan, means restriction, hotline, reports, duty-to-warn consults) keep
# their role but may go to Risk and crisis in iCARE and to Concerns in a summary.
SAFETY_EXTRA = {"iCARE": {RC}, "summary": {"Concerns", "Agreed actions"}}
SAFETY_ROLES = {"intervention", "client_response", "coordination", "plan"}

CATEGORIES = {
    "suicidal_ideation", "self_harm", "homicidal_ideation", "harm_to_others", "abuse",
    "violence", "substance_use",
}
CONTEXT = {"access_to_means"}
POLARITY = {"present", "denied"}
RISK = {"present", "denied", "none"}
MODALITIES = {"individual", "couples", "family", "group"}
SETTINGS = {"telehealth", "in person"}
MEASURES = {"phq9", "gad7", "pcl5", "ybocs", "audit", "cssrs_screen"}


def derive_risk(items):
    """FORMATS.md §4 rule 8: any present category wins, then any denied; context never counts."""
    cats = {k: v for k, v in items.items() if k in CATEGORIES}
    if "present" in cats.values():
        return "present"
    if "denied" in cats.values():
        return "denied"
    return "none"


def check_items(where, items, problems):
    if not isinstance(items, dict):
        problems.append(f"{where}: items must be an object")
        return
    for k, v in items.items():
        if k not in CATEGORIES | CONTEXT:
            problems.append(f"{where}: unknown risk category {k!r}")
        if v not in POLARITY:
            problems.append(f"{where}: {k} has polarity {v!r}, want present|denied")


def check_session(where, s, problems):
    if not isinstance(s, dict):
        problems.append(f"{where}: session must be an object")
        return
    known = {"minutes", "modality", "setting", "number", "attendees", "measures"}
    for k in s:
        if k not in known:
            problems.append(f"{where}: unknown session key {k!r}")
    for k in ("minutes", "number"):
        v = s.get(k)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v <= 0):
            problems.append(f"{where}: session.{k} must be a positive int or null")
    if s.get("modality") not in MODALITIES | {None}:
        problems.append(f"{where}: session.modality {s.get('modality')!r} invalid")
    if s.get("setting") not in SETTINGS | {None}:
        problems.append(f"{where}: session.setting {s.get('setting')!r} invalid")
    att = s.get("attendees", [])
    if not isinstance(att, list) or not all(isinstance(a, str) and a for a in att):
        problems.append(f"{where}: session.attendees must be a list of strings")
    meas = s.get("measures", {})
    if not isinstance(meas, dict):
        problems.append(f"{where}: session.measures must be an object")
        return
    for k, v in meas.items():
        if k not in MEASURES:
            problems.append(f"{where}: unknown measure {k!r}")
        elif k == "cssrs_screen":
            if v not in ("positive", "negative"):
                problems.append(f"{where}: cssrs_screen must be positive|negative")
        elif not isinstance(v, int) or isinstance(v, bool) or v < 0:
            problems.append(f"{where}: measure {k} must be a non-negative int")


def check_memo(d, problems):
    mid = d.get("id", "?")
    for key in ("id", "format", "memo", "clauses", "risk", "risk_items", "facts", "forbidden"):
        if key not in d:
            problems.append(f"{mid}: missing key {key!r}")
            return
    fmt, memo = d["format"], d["memo"]
    if fmt not in SECTIONS:
        problems.append(f"{mid}: unknown format {fmt!r}")
        return
    pos = 0
    for i, cl in enumerate(d["clauses"]):
        where = f"{mid} clause {i}"
        text, role, secs = cl.get("text", ""), cl.get("role"), cl.get("sections", [])
        if not text:
            problems.append(f"{where}: empty text")
            continue
        at = memo.find(text, pos)
        if at < 0:
            if text in memo:
                problems.append(f"{where}: out of order or overlapping: {text!r}")
            else:
                problems.append(f"{where}: not a substring of the memo: {text!r}")
        else:
            pos = at + len(text)
        if role not in ALLOWED:
            problems.append(f"{where}: unknown role {role!r}")
            continue
        if not secs or len(set(secs)) != len(secs):
            problems.append(f"{where}: sections empty or duplicated")
        allowed = set(ALLOWED[role][fmt])
        if role in SAFETY_ROLES:
            allowed |= SAFETY_EXTRA.get(fmt, set())
        for s in secs:
            if s not in SECTIONS[fmt]:
                problems.append(f"{where}: {s!r} is not a {fmt} section")
            elif s not in allowed:
                problems.append(f"{where}: role {role} may not go to {s!r} in {fmt}")
    check_items(mid, d["risk_items"], problems)
    if d["risk"] not in RISK:
        problems.append(f"{mid}: risk {d['risk']!r} invalid")
    elif isinstance(d["risk_items"], dict) and d["risk"] != derive_risk(d["risk_items"]):
        problems.append(f"{mid}: risk {d['risk']} but risk_items give {derive_risk(d['risk_items'])}")
    facts = d["facts"]
    if not 5 <= len(facts) <= 8:
        problems.append(f"{mid}: {len(facts)} facts, want 5-8")
    for f in facts:
        if f not in memo:
            problems.append(f"{mid}: fact not a substring: {f!r}")
    forb = d["forbidden"]
    if not 2 <= len(forb) <= 4:
        problems.append(f"{mid}: {len(forb)} forbidden words, want 2-4")
    for w in forb:
        if re.search(r"\b" + re.escape(w) + r"\b", memo, re.IGNORECASE):
            problems.append(f"{mid}: forbidden word present in memo: {w!r}")
    if "session" in d:
        check_session(mid, d["session"], problems)


def check_sentence(d, problems):
    sid = d.get("id", "?")
    for key in ("id", "text", "risk", "items"):
        if key not in d:
            problems.append(f"{sid}: missing key {key!r}")
            return
    if not d["text"].strip():
        problems.append(f"{sid}: empty text")
    check_items(sid, d["items"], problems)
    if d["risk"] not in RISK:
        problems.append(f"{sid}: risk {d['risk']!r} invalid")
    elif isinstance(d["items"], dict) and d["risk"] != derive_risk(d["items"]):
        problems.append(f"{sid}: risk {d['risk']} but items give {derive_risk(d['items'])}")
    if "note" in d and not isinstance(d["note"], str):
        problems.append(f"{sid}: note must be a string")


def load(path, problems):
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}:{n}: invalid JSON ({e.msg})")
    return rows


def validate_dir(folder):
    problems = []
    seen = {}
    files = sorted(folder.glob("memos*.jsonl")) + sorted(folder.glob("risk_sentences*.jsonl"))
    if not files:
        problems.append(f"{folder}: no memos*.jsonl or risk_sentences*.jsonl")
    for path in files:
        rows = load(path, problems)
        is_memo = path.name.startswith("memos")
        counts = {}
        for d in rows:
            rid = d.get("id")
            if rid in seen:
                problems.append(f"{path.name}: id {rid} duplicated (also in {seen[rid]})")
            seen[rid] = path.name
            (check_memo if is_memo else check_sentence)(d, problems)
            counts[d.get("risk")] = counts.get(d.get("risk"), 0) + 1
        extra = ""
        if is_memo:
            fmts = {}
            for d in rows:
                fmts[d.get("format")] = fmts.get(d.get("format"), 0) + 1
            extra = " formats " + ", ".join(f"{k} {v}" for k, v in sorted(fmts.items(), key=str))
        print(
            f"{folder}/{path.name}: {len(rows)} rows; "
            + ", ".join(f"{k} {counts.get(k, 0)}" for k in ("present", "denied", "none"))
            + extra
        )
    return problems


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    bad = 0
    for arg in argv[1:]:
        folder = Path(arg)
        if not folder.is_dir():
            print(f"{arg}: not a folder", file=sys.stderr)
            bad += 1
            continue
        for p in validate_dir(folder):
            print(f"  FAIL {p}")
            bad += 1
    print("OK" if not bad else f"{bad} problem(s)")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
