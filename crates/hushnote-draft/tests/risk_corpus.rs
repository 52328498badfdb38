//! Risk rules measured on labelled corpora (issue 10): the shared development corpus
//! (tests/fixtures/corpus/shared) and this project's own development data
//! (tests/fixtures/corpus/own/*dev*.jsonl). Held-out files are never read here: the lead runs
//! them. The tables are printed (`cargo test --test risk_corpus -- --nocapture`).

use hushnote_draft::eval::risk::{measure, render, RiskReport};
use hushnote_draft::eval::{load_jsonl, LabelledMemo, LabelledSentence};
use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    // The crate dir at run time, so a test binary from a shared target dir reads this
    // checkout's fixtures.
    let crate_dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")));
    crate_dir.join("../../tests/fixtures/corpus")
}

/// Memos and sentences of the JSONL files in `dir` whose names contain `part` (never
/// "heldout"). A record with a `memo` field is a memo; one with `text` is a sentence.
fn load_part(dir: &Path, part: &str) -> (Vec<LabelledSentence>, Vec<LabelledMemo>) {
    let mut sentences = Vec::new();
    let mut memos = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return (sentences, memos);
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".jsonl") && name.contains(part) && !name.contains("heldout")
        })
        .collect();
    paths.sort();
    for p in paths {
        let text = std::fs::read_to_string(&p).unwrap();
        let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
        let v: serde_json::Value = serde_json::from_str(first).unwrap_or_default();
        if v.get("memo").is_some() {
            memos.extend(load_jsonl::<LabelledMemo>(&p).unwrap());
        } else if v.get("text").is_some() {
            sentences.extend(load_jsonl::<LabelledSentence>(&p).unwrap());
        }
    }
    (sentences, memos)
}

fn check(name: &str, r: &RiskReport) {
    println!("== {name} ==\n{}", render(r));
    assert!(
        r.false_reassurances.is_empty(),
        "{name}: false reassurances: {:?}",
        r.false_reassurances
            .iter()
            .map(|f| &f.id)
            .collect::<Vec<_>>()
    );
    if r.memos.total() > 0 {
        assert!(
            r.memos.accuracy() >= 0.95,
            "{name}: memo-level risk {}/{}",
            r.memos.correct(),
            r.memos.total()
        );
    }
    if r.sentences.total() > 0 {
        assert!(
            r.sentences.accuracy() >= 0.97,
            "{name}: sentence-level risk {}/{}",
            r.sentences.correct(),
            r.sentences.total()
        );
    }
    assert!(
        r.category_accuracy() >= 0.95,
        "{name}: per-category polarity {:.3}",
        r.category_accuracy()
    );
}

#[test]
fn shared_development_corpus_meets_the_issue_targets() {
    let dir = corpus_dir().join("shared");
    let memos: Vec<LabelledMemo> = load_jsonl(&dir.join("memos.jsonl")).unwrap();
    let sentences: Vec<LabelledSentence> = load_jsonl(&dir.join("risk_sentences.jsonl")).unwrap();
    let r = measure(&sentences, &memos);
    check("shared corpus", &r);
    assert_eq!(r.memos.correct(), 60, "memo-level risk must be 60/60");
}

#[test]
fn own_development_data_meets_the_issue_targets() {
    let (sentences, memos) = load_part(&corpus_dir().join("own"), "dev");
    if sentences.is_empty() && memos.is_empty() {
        println!("no own development data yet (tests/fixtures/corpus/own/*dev*.jsonl)");
        return;
    }
    check("own development data", &measure(&sentences, &memos));
}

/// The draft's front matter carries `risk_items`, and the Risk section lists every finding with
/// its polarity and the memo's own words, never writing "denies" the memo did not say.
#[test]
fn draft_lists_findings_and_risk_items() {
    use hushnote_draft::render::{AudioDisposal, RenderMeta};
    use hushnote_draft::{draft, DraftOptions, Format};
    let memo = "Session four, in office. He says some nights he wishes he could just not wake up, \
                no plan and no intent. No thoughts of hurting anyone. His cousin overdosed in \
                March. Plan: weekly sessions.";
    let doc = draft(
        memo,
        &Format::builtin("dap").unwrap(),
        None,
        &DraftOptions::default(),
    );
    let meta = RenderMeta {
        created: "2026-11-23T14:05:00+01:00".into(),
        memo_seconds: 30.0,
        whisper: None,
        llm: None,
        audio: AudioDisposal::Deleted,
        transcript_sha256: "ab".into(),
    };
    let md = doc.render(&meta);
    for line in [
        "risk: present\n",
        "risk_needs_review: true\n",
        "risk_items:\n  harm_to_others: denied\n  suicidal_ideation: present\n",
        "- suicidal ideation — passive wish to be dead: present: \"wishes he could just not wake up\"",
        "- suicidal ideation — plan: denied: \"no plan\"",
        "- harm to others — thoughts of harming others: denied: \"No thoughts of hurting anyone\"",
        "- substance use — overdose (someone else's): not the client's: \"overdosed\"",
    ] {
        assert!(md.contains(line), "missing {line:?} in\n{md}");
    }
    assert!(
        !md.contains("substance_use:"),
        "someone else's overdose is no item:\n{md}"
    );
    assert!(
        !md.to_lowercase().contains("denies"),
        "invented denial:\n{md}"
    );
}

/// A client-facing summary of a memo with abuse asks the clinician to check it before sharing
/// (FORMATS.md §5); a progress note of the same memo does not carry that line.
#[test]
fn client_summary_with_abuse_is_flagged() {
    use hushnote_draft::{draft, DraftOptions, Format};
    let memo = "She said her husband slapped her on Friday. We made a safety plan.";
    let summary = draft(
        memo,
        &Format::builtin("summary").unwrap(),
        None,
        &DraftOptions::default(),
    );
    let note = summary.note.risk.review_note.clone().unwrap_or_default();
    assert!(note.contains("summary is for the client"), "{note}");
    let soap = draft(
        memo,
        &Format::builtin("soap").unwrap(),
        None,
        &DraftOptions::default(),
    );
    let note = soap.note.risk.review_note.clone().unwrap_or_default();
    assert!(!note.contains("summary is for the client"), "{note}");
}
