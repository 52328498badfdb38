//! Issue 12 end to end with the real binary and models: sign, verify, export (PDF, text,
//! clipboard), amend (typed and dictated), discard, review, and the daemon signing a draft the
//! clinician marked `status: final`. Every refusal is exercised.

mod common;
mod daemon_common;

use daemon_common::*;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const CLINICIAN: &str = "[clinician]\nname = \"Dr. Ana Ruiz\"\ncredentials = \"PsyD\"\n";

/// An Env whose config also sets `[paths] notes` (Env writes `[paths]` itself).
fn env(extra: &str) -> Env {
    let env = Env::new(extra);
    let text = fs::read_to_string(&env.config).unwrap();
    let notes = format!("[paths]\nnotes = \"{}\"\n", env.dir("notes").display());
    fs::write(&env.config, text.replacen("[paths]\n", &notes, 1)).unwrap();
    env
}

fn ok(out: &Output, what: &str) -> String {
    assert!(
        out.status.success(),
        "{what} failed ({}): {}{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Drafts a typed memo with `hushnote process` (real Llama model); returns the draft's path.
fn draft(env: &Env, name: &str, text: &str) -> PathBuf {
    let memo = env.dir(name);
    fs::write(&memo, text).unwrap();
    let out = env.run(&["process", "--json", memo.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&ok(&out, "process")).unwrap();
    PathBuf::from(v["draft"].as_str().unwrap())
}

fn front(text: &str, key: &str) -> Option<String> {
    let fm = text.strip_prefix("---\n")?.split("\n---\n").next()?;
    fm.lines()
        .find_map(|l| l.strip_prefix(&format!("{key}: ")))
        .map(|v| v.trim_matches('"').to_string())
}

/// Replaces a front matter line in a draft (as a note app would save it).
fn edit_front(path: &Path, from: &str, to: &str) {
    let t = fs::read_to_string(path).unwrap();
    assert!(t.contains(from), "{from:?} not in {}", path.display());
    fs::write(path, t.replacen(from, to, 1)).unwrap();
}

/// Every file under the sandbox holding `needle` (the config excluded).
fn holding(env: &Env, needle: &str) -> Vec<PathBuf> {
    files_under(env.root.path())
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "config.toml"))
        .filter(|p| fs::read(p).is_ok_and(|b| String::from_utf8_lossy(&b).contains(needle)))
        .collect()
}

fn sign(env: &Env, draft: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["sign", draft.to_str().unwrap()];
    args.extend_from_slice(extra);
    env.run(&args)
}

/// A memo with words found nowhere else, so copies of it can be searched for.
const MEMO: &str =
    "Client discussed her quarrel with the landlord Zebulon about the broken boiler. \
She seemed sad. We practiced paced breathing for ten minutes. Homework is a sleep diary. \
Next session in one week.";

#[test]
fn sign_writes_a_clean_read_only_note_and_leaves_no_transcript_anywhere() {
    let env = env(CLINICIAN);
    let d = draft(&env, "memo.txt", MEMO);
    let draft_text = fs::read_to_string(&d).unwrap();
    assert!(draft_text.contains("<!-- checklist -->"), "{draft_text}");
    assert!(
        draft_text.contains("\u{201c}seemed sad\u{201d}"),
        "{draft_text}"
    );
    // Copies the pipeline keeps in other places: a transcript kept in failed/ by an earlier
    // failed attempt (with its report), and a typed memo kept by delete_text_sources = false.
    fs::create_dir_all(env.dir("failed")).unwrap();
    fs::write(env.dir("failed/memo.transcript.txt"), MEMO).unwrap();
    fs::write(env.dir("failed/memo.transcript.txt.error.txt"), "report").unwrap();
    fs::create_dir_all(env.dir("incoming/.done")).unwrap();
    fs::write(env.dir("incoming/.done/memo.txt"), MEMO).unwrap();
    // An unrelated file in failed/ stays.
    fs::write(env.dir("failed/other.transcript.txt"), "Another memo.").unwrap();
    fs::remove_file(env.dir("memo.txt")).ok();

    let out = sign(&env, &d, &[]);
    let note = PathBuf::from(ok(&out, "sign").trim());
    // The checklist is printed.
    let err = stderr(&out);
    assert!(err.contains("Before you sign"), "{err}");
    assert!(err.contains("seemed sad"), "{err}");

    assert!(note.starts_with(env.dir("notes")), "{}", note.display());
    assert_eq!(mode(&note), 0o400);
    let text = fs::read_to_string(&note).unwrap();
    assert_eq!(front(&text, "status").as_deref(), Some("signed"));
    assert_eq!(front(&text, "signed_by").as_deref(), Some("Dr. Ana Ruiz"));
    assert_eq!(front(&text, "credentials").as_deref(), Some("PsyD"));
    assert!(front(&text, "signed_at").is_some());
    assert!(front(&text, "draft_id").is_some());
    let hash = front(&text, "content_sha256").unwrap();
    assert_eq!(hash.len(), 64);
    for gone in [
        "<!--",
        "## Memo transcript",
        "Before you sign",
        "\u{2014} draft (",
    ] {
        assert!(!text.contains(gone), "{gone:?} left in\n{text}");
    }
    assert!(
        text.contains("Zebulon"),
        "the note keeps its sentences: {text}"
    );

    // The draft and every copy of the transcript are gone; the unrelated file is not.
    assert!(!d.exists());
    for p in [
        "failed/memo.transcript.txt",
        "failed/memo.transcript.txt.error.txt",
        "incoming/.done/memo.txt",
    ] {
        assert!(!env.dir(p).exists(), "{p} survived signing");
    }
    assert!(env.dir("failed/other.transcript.txt").exists());
    // The memo's words survive only in the signed note, never as the transcript.
    assert_eq!(holding(&env, "Zebulon"), std::slice::from_ref(&note));
    assert!(holding(&env, MEMO).is_empty());
    assert!(holding(&env, "landlord Zebulon about the broken boiler. She seemed").is_empty());

    // verify: the hash checks out.
    let v = ok(&env.run(&["verify", note.to_str().unwrap()]), "verify");
    assert!(v.contains(&hash) && v.contains("Dr. Ana Ruiz"), "{v}");

    // Signing the signed note again is refused; it never changes.
    let before = fs::read(&note).unwrap();
    let again = sign(&env, &note, &["--ack-risk"]);
    assert_eq!(code(&again), 10, "{}", stderr(&again));
    assert!(
        stderr(&again).contains("already signed"),
        "{}",
        stderr(&again)
    );
    assert_eq!(fs::read(&note).unwrap(), before);
}

#[test]
fn a_tampered_note_is_refused_by_verify_export_and_amend() {
    let env = env(CLINICIAN);
    let d = draft(&env, "m.txt", MEMO);
    let note = PathBuf::from(ok(&sign(&env, &d, &[]), "sign").trim());
    let tampered = env.dir("tampered.md");
    let t = fs::read_to_string(&note)
        .unwrap()
        .replacen("Zebulon", "Zebedee", 1);
    fs::write(&tampered, t).unwrap();
    let out = env.run(&["verify", tampered.to_str().unwrap()]);
    assert_eq!(code(&out), 10);
    let e = stderr(&out);
    assert!(
        e.contains("changed after signing") && e.contains("addendum"),
        "{e}"
    );
    let out = env.run(&["export", tampered.to_str().unwrap(), "--txt"]);
    assert_eq!(code(&out), 10, "{}", stderr(&out));
    assert!(out.stdout.is_empty());
    let out = env.run(&["amend", tampered.to_str().unwrap(), "--text", "Late entry."]);
    assert_eq!(code(&out), 10, "{}", stderr(&out));
    // A draft is not a signed note.
    let d2 = draft(&env, "m2.txt", "Client slept well. Plan is to continue.");
    let out = env.run(&["verify", d2.to_str().unwrap()]);
    assert_eq!(code(&out), 10);
    assert!(
        stderr(&out).contains("not a signed note"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn unreviewed_risk_blocks_signing_until_acknowledged() {
    let env = env(CLINICIAN);
    let memo = common::memo_text("d05");
    let a = draft(&env, "a.txt", &memo);
    let b = draft(&env, "b.txt", &memo);
    let before = fs::read(&a).unwrap();
    let out = sign(&env, &a, &[]);
    assert_eq!(code(&out), 10);
    let e = stderr(&out);
    assert!(
        e.contains("risk: present (") && e.contains("suicidal_ideation"),
        "{e}"
    );
    assert!(
        e.contains("--ack-risk") && e.contains("risk_reviewed: true"),
        "{e}"
    );
    assert_eq!(
        fs::read(&a).unwrap(),
        before,
        "a refused draft is untouched"
    );
    assert!(!env.dir("notes").exists() || files_under(&env.dir("notes")).is_empty());

    // --ack-risk signs, and the note records the review.
    let note = PathBuf::from(ok(&sign(&env, &a, &["--ack-risk"]), "sign --ack-risk").trim());
    let t = fs::read_to_string(&note).unwrap();
    assert_eq!(front(&t, "risk_reviewed").as_deref(), Some("true"));
    assert!(t.contains("## Risk"), "{t}");
    // risk_reviewed: true in the front matter (the note app's way) signs too.
    edit_front(
        &b,
        "status: draft\n",
        "status: draft\nrisk_reviewed: true\n",
    );
    ok(&sign(&env, &b, &[]), "sign after risk_reviewed");
}

#[test]
fn signing_needs_a_clinician_and_a_draft() {
    let env = env("");
    let d = draft(&env, "m.txt", "Client slept well. Plan is to continue.");
    let out = sign(&env, &d, &[]);
    assert_eq!(code(&out), 3);
    assert!(
        stderr(&out).contains("[clinician] name"),
        "{}",
        stderr(&out)
    );
    assert!(d.exists());
    let plain = env.dir("plain.md");
    fs::write(&plain, "# My own note\n").unwrap();
    let out = sign(&env, &plain, &[]);
    assert_eq!(code(&out), 5);
    assert!(stderr(&out).contains("no front matter"), "{}", stderr(&out));
    let out = sign(&env, &env.dir("missing.md"), &[]);
    assert_eq!(code(&out), 5);
}

#[test]
fn export_pdf_text_and_clipboard() {
    let env = env(CLINICIAN);
    let d = draft(&env, "m.txt", MEMO);
    let note = PathBuf::from(ok(&sign(&env, &d, &[]), "sign").trim());
    let hash = front(&fs::read_to_string(&note).unwrap(), "content_sha256").unwrap();

    // Plain text: headings as plain lines, no Markdown, no comments.
    let txt = ok(
        &env.run(&["export", note.to_str().unwrap(), "--txt"]),
        "export --txt",
    );
    for bad in ["<!--", "**", "## ", "# ", "\n> ", "---"] {
        assert!(!txt.contains(bad), "{bad:?} in\n{txt}");
    }
    assert!(txt.starts_with("SOAP progress note ("), "{txt}");
    assert!(
        txt.contains("\nSubjective\n") && txt.contains("\nPlan\n"),
        "{txt}"
    );
    assert!(txt.contains("Zebulon"));
    assert!(
        txt.contains("Electronically signed by Dr. Ana Ruiz, PsyD on "),
        "{txt}"
    );
    assert!(txt.contains(&hash));
    let out_txt = env.dir("out/note.txt");
    fs::create_dir_all(env.dir("out")).unwrap();
    ok(
        &env.run(&[
            "export",
            note.to_str().unwrap(),
            "--txt",
            "--out",
            out_txt.to_str().unwrap(),
        ]),
        "export --txt --out",
    );
    assert_eq!(fs::read_to_string(&out_txt).unwrap(), txt);
    assert_eq!(mode(&out_txt), 0o600);

    // PDF: text through pdftotext, fonts embedded, page 1 rendered.
    require_tool("pdftotext");
    let pdf = env.dir("out/note.pdf");
    ok(
        &env.run(&[
            "export",
            note.to_str().unwrap(),
            "--pdf",
            "--out",
            pdf.to_str().unwrap(),
        ]),
        "export --pdf",
    );
    let bytes = fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let t = Command::new("pdftotext")
        .arg("-layout")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let t = String::from_utf8_lossy(&t.stdout);
    for want in [
        "SOAP progress note",
        "Client:",
        "Format: SOAP",
        "Subjective",
        "Zebulon",
        "Electronically signed",
        "Dr. Ana Ruiz, PsyD",
        "Page 1 of 1",
        hash.as_str(),
    ] {
        assert!(t.contains(want), "{want:?} not in the PDF text:\n{t}");
    }
    let fonts = Command::new("pdffonts").arg(&pdf).output().unwrap();
    let fonts = String::from_utf8_lossy(&fonts.stdout);
    assert!(fonts.lines().count() >= 4, "two fonts: {fonts}");
    // Subset to the glyphs used: a one-page note is small (the full faces are ~1.4 MB).
    assert!(bytes.len() < 150_000, "{} bytes", bytes.len());
    for line in fonts.lines().skip(2) {
        let cols: Vec<&str> = line.split_whitespace().collect();
        // name type encoding emb sub uni ...: every font embedded.
        assert!(
            cols.iter().rev().nth(4) == Some(&"yes"),
            "not embedded: {line}\n{fonts}"
        );
    }
    let png = env.dir("out/page");
    let r = Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&pdf)
        .arg(&png)
        .status()
        .unwrap();
    assert!(r.success());
    let png = env.dir("out/page.png");
    assert!(fs::metadata(&png).unwrap().len() > 5_000);
    if let Some(keep) = std::env::var_os("HUSHNOTE_KEEP_PDF") {
        fs::copy(&pdf, PathBuf::from(&keep).join("note.pdf")).unwrap();
        fs::copy(&png, PathBuf::from(&keep).join("note-page1.png")).unwrap();
    }
    // The default PDF path is beside the note.
    let out = ok(
        &env.run(&["export", note.to_str().unwrap(), "--pdf"]),
        "export --pdf",
    );
    assert_eq!(out.trim(), note.with_extension("pdf").display().to_string());

    // Clipboard: none on a headless machine, said plainly.
    let out = Command::new(common::bin())
        .arg("--config")
        .arg(&env.config)
        .args(["export", note.to_str().unwrap(), "--clipboard"])
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(code(&out), 1);
    let e = stderr(&out);
    assert!(
        e.contains("no desktop clipboard") && e.contains("--out FILE"),
        "{e}"
    );
    // With an X11 display, through xclip (a stand-in that keeps what it is given).
    let bin_dir = env.dir("fakebin");
    fs::create_dir_all(&bin_dir).unwrap();
    let got = env.dir("clipboard.txt");
    let xclip = bin_dir.join("xclip");
    fs::write(&xclip, format!("#!/bin/sh\ncat > '{}'\n", got.display())).unwrap();
    fs::set_permissions(&xclip, fs::Permissions::from_mode(0o755)).unwrap();
    let out = Command::new(common::bin())
        .arg("--config")
        .arg(&env.config)
        .args(["export", note.to_str().unwrap(), "--clipboard"])
        .env_remove("WAYLAND_DISPLAY")
        .env("DISPLAY", ":99")
        .env("PATH", format!("{}:/usr/bin:/bin", bin_dir.display()))
        .output()
        .unwrap();
    ok(&out, "export --clipboard");
    assert!(stderr(&out).contains("via xclip"), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&got).unwrap(), txt);

    // A draft exports too, marked as unsigned and without transcript or checklist.
    let d2 = draft(&env, "m2.txt", "Client slept well. Plan is to continue.");
    let t2 = ok(
        &env.run(&["export", d2.to_str().unwrap(), "--txt"]),
        "export draft",
    );
    assert!(t2.contains("DRAFT \u{2014} not signed"), "{t2}");
    assert!(
        !t2.contains("Before you sign") && !t2.contains("Memo transcript"),
        "{t2}"
    );
}

#[test]
fn amend_adds_a_signed_addendum_and_never_changes_the_note() {
    let env = env(CLINICIAN);
    let d = draft(&env, "m.txt", MEMO);
    let note = PathBuf::from(ok(&sign(&env, &d, &[]), "sign").trim());
    let before = fs::read(&note).unwrap();
    let hash = front(&String::from_utf8_lossy(&before), "content_sha256").unwrap();

    let out = env.run(&[
        "amend",
        note.to_str().unwrap(),
        "--text",
        "Late entry: client called to confirm the next appointment.",
    ]);
    let add = PathBuf::from(ok(&out, "amend --text").trim());
    assert_eq!(fs::read(&note).unwrap(), before, "the signed note changed");
    assert_eq!(mode(&add), 0o400);
    let a = fs::read_to_string(&add).unwrap();
    assert_eq!(front(&a, "kind").as_deref(), Some("addendum"));
    assert_eq!(front(&a, "amends_sha256").as_deref(), Some(hash.as_str()));
    assert_eq!(
        front(&a, "amends").as_deref(),
        note.file_name().and_then(|n| n.to_str())
    );
    assert_eq!(front(&a, "signed_by").as_deref(), Some("Dr. Ana Ruiz"));
    assert!(a.contains("Late entry: client called"), "{a}");
    ok(
        &env.run(&["verify", add.to_str().unwrap()]),
        "verify addendum",
    );
    let txt = ok(
        &env.run(&["export", add.to_str().unwrap(), "--txt"]),
        "export addendum",
    );
    assert!(txt.contains(&format!("SHA-256 {hash}")), "{txt}");

    // Dictated: the same transcription as `hushnote transcribe` (real Whisper), audio deleted.
    let wav = env.dir("addendum.wav");
    fs::copy(common::fixture("jfk.wav"), &wav).unwrap();
    let out = env.run(&[
        "amend",
        note.to_str().unwrap(),
        "--memo",
        wav.to_str().unwrap(),
    ]);
    let add2 = PathBuf::from(ok(&out, "amend --memo").trim());
    let a2 = fs::read_to_string(&add2).unwrap().to_lowercase();
    assert!(a2.contains("ask not what your country"), "{a2}");
    assert!(!wav.exists(), "the addendum's audio was kept");
    assert_eq!(fs::read(&note).unwrap(), before);

    // Refusals: no text, an addendum of an addendum, a draft.
    let out = env.run(&["amend", note.to_str().unwrap(), "--text", "  "]);
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    let out = env.run(&["amend", add.to_str().unwrap(), "--text", "x"]);
    assert_eq!(code(&out), 10, "{}", stderr(&out));
    let out = env.run(&["amend", note.to_str().unwrap()]);
    assert_eq!(code(&out), 2, "--text or --memo is required");
}

#[test]
fn discard_deletes_the_draft_and_its_transcript_copies_only() {
    let env = env(CLINICIAN);
    let d = draft(&env, "m.txt", MEMO);
    fs::create_dir_all(env.dir("failed")).unwrap();
    fs::write(env.dir("failed/m.transcript.txt"), MEMO).unwrap();
    let keep = draft(&env, "k.txt", "Client slept well. Plan is to continue.");
    fs::remove_file(env.dir("m.txt")).ok();
    let out = ok(&env.run(&["discard", d.to_str().unwrap()]), "discard");
    assert!(out.contains("removed 2 file(s)"), "{out}");
    assert!(!d.exists() && !env.dir("failed/m.transcript.txt").exists());
    assert!(holding(&env, "Zebulon").is_empty());
    assert!(keep.exists(), "another draft was touched");
    // A signed note is never discarded.
    let note = PathBuf::from(ok(&sign(&env, &keep, &[]), "sign").trim());
    let out = env.run(&["discard", note.to_str().unwrap()]);
    assert_eq!(code(&out), 10);
    assert!(note.exists());
}

#[test]
fn review_lists_drafts_oldest_first_with_age_format_and_risk() {
    let env = env(CLINICIAN);
    let out = ok(&env.run(&["review"]), "review (empty)");
    assert!(out.contains("no drafts awaiting review"), "{out}");
    let risky = draft(&env, "r.txt", &common::memo_text("d05"));
    let old = draft(&env, "o.txt", &common::memo_text("d02"));
    // The second draft was recorded three days ago.
    let t = fs::read_to_string(&old).unwrap();
    let created = front(&t, "created").unwrap();
    let three_days_ago = (chrono_like_days_ago(3)).to_string();
    fs::write(&old, t.replacen(&created, &three_days_ago, 1)).unwrap();

    let v: serde_json::Value =
        serde_json::from_str(&ok(&env.run(&["review", "--json"]), "review --json")).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["path"], old.display().to_string());
    assert!(list[0]["age_hours"].as_f64().unwrap() > 71.0);
    assert_eq!(list[0]["format"], "SOAP");
    assert_eq!(list[1]["needs_risk_ack"], true);
    assert_eq!(list[1]["risk"], "present");
    let human = ok(&env.run(&["review"]), "review");
    assert!(
        human.starts_with("2 draft(s) awaiting review, oldest 3 days"),
        "{human}"
    );
    assert!(human.contains("RISK"), "{human}");
    assert!(
        !human.contains("thoughts of ending"),
        "no note text in the list: {human}"
    );
    drop(risky);
}

/// RFC 3339 time `days` ago, from `date` (no chrono in the tests).
fn chrono_like_days_ago(days: u32) -> String {
    let out = Command::new("date")
        .args(["-d", &format!("{days} days ago"), "+%Y-%m-%dT%H:%M:%S%:z"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn the_daemon_signs_a_draft_marked_final_and_status_counts_the_backlog() {
    let mut env = env(CLINICIAN);
    let d = draft(&env, "m.txt", MEMO);
    let risky = draft(&env, "r.txt", &common::memo_text("d05"));
    env.start();
    let s = env.status();
    assert_eq!(s["drafts"], 2, "{s}");
    assert!(s["oldest_draft_hours"].as_f64().is_some());
    let human = ok(&env.run(&["status"]), "status");
    assert!(human.contains("drafts: 2 awaiting review"), "{human}");

    // The clinician marks both final in their note app: the plain one is signed, the one with
    // unreviewed risk is not, and status says why.
    edit_front(&d, "status: draft\n", "status: final\n");
    edit_front(&risky, "status: draft\n", "status: final\n");
    let note = wait_for(30, "the daemon to sign the final draft", || {
        files_under(&env.dir("notes"))
            .into_iter()
            .find(|p| p.extension().is_some_and(|e| e == "md"))
    });
    wait_for(10, "the draft to be removed", || {
        (!d.exists()).then_some(())
    });
    ok(
        &env.run(&["verify", note.to_str().unwrap()]),
        "verify daemon-signed",
    );
    let notice = wait_for(10, "a notice about the risky draft", || {
        let s = env.status();
        s["notice"]
            .as_str()
            .filter(|n| n.contains("not signed"))
            .map(str::to_string)
    });
    assert!(notice.contains("risk_reviewed: true"), "{notice}");
    assert!(risky.exists());
    assert_eq!(env.status()["drafts"], 1);
    assert!(!env.log().contains("Zebulon"), "note text in the log");
    env.stop();
}

#[test]
fn a_voice_memo_is_drafted_signed_and_its_transcript_is_gone() {
    let env = env(CLINICIAN);
    let wav = env.dir("d02.wav");
    fs::copy(common::fixture("audio/d02.wav"), &wav).unwrap();
    let out = env.run(&["process", "--json", wav.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&ok(&out, "process d02.wav")).unwrap();
    let d = PathBuf::from(v["draft"].as_str().unwrap());
    let draft_text = fs::read_to_string(&d).unwrap();
    let transcript: String = draft_text
        .split("## Memo transcript\n\n")
        .nth(1)
        .unwrap()
        .lines()
        .map(|l| l.trim_start_matches("> "))
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        transcript.to_lowercase().contains("partner"),
        "{transcript}"
    );
    let note = PathBuf::from(ok(&sign(&env, &d, &[]), "sign").trim());
    let text = fs::read_to_string(&note).unwrap();
    assert!(
        !text.contains("## Memo transcript") && !text.contains("<!--"),
        "{text}"
    );
    assert!(holding(&env, transcript.trim()).is_empty());
    // The audio went at transcription; nothing but the note and the config remain.
    let left: Vec<PathBuf> = files_under(env.root.path())
        .into_iter()
        .filter(|p| p.file_name().is_some_and(|n| n != "config.toml"))
        .collect();
    assert_eq!(
        left,
        std::slice::from_ref(&note),
        "files left besides the note"
    );
    ok(&env.run(&["verify", note.to_str().unwrap()]), "verify");
}

#[test]
fn the_daily_reminder_gives_counts_only() {
    let mut env = env(&format!(
        "{CLINICIAN}\n[notify]\ndesktop = true\nreview_after_hours = 24\n"
    ));
    let d = draft(&env, "m.txt", MEMO);
    let t = fs::read_to_string(&d).unwrap();
    let created = front(&t, "created").unwrap();
    fs::write(&d, t.replacen(&created, &chrono_like_days_ago(2), 1)).unwrap();
    let (address, bus) = private_bus(env.root.path());
    env.dbus = Some(address);
    env.start();
    let seen = wait_for(20, "the reminder on the bus", || {
        let t = fs::read_to_string(&bus.out).unwrap_or_default();
        t.contains("awaiting review").then_some(t)
    });
    assert!(
        seen.contains("1 draft awaiting review, oldest 2 days"),
        "{seen}"
    );
    assert!(
        !seen.contains("Zebulon") && !seen.contains("boiler"),
        "{seen}"
    );
    // Once a day: a restart does not remind again.
    env.stop();
    env.start();
    std::thread::sleep(std::time::Duration::from_secs(2));
    let t = fs::read_to_string(&bus.out).unwrap_or_default();
    assert_eq!(t.matches("awaiting review").count(), 1, "{t}");
    env.stop();
    drop(bus);
}
