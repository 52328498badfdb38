//! Issue 11: nothing lost, ever. Each test reproduces a defect or a rough edge found by
//! hostile inputs, with the real binary, the real models and (where it matters) the real
//! daemon; each failed before its fix.

mod common;
mod daemon_common;

use daemon_common::*;
use std::fs;
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

const WHISPER_FILE: &str = "ggml-tiny.en-q8_0.bin";
const LLM_FILE: &str = "SmolLM2-135M-Instruct.Q4_1.gguf";

/// A models folder holding only the files named, as symlinks to the installed models.
fn partial_models(env: &Env, files: &[&str]) -> PathBuf {
    let dir = env.dir("models");
    fs::create_dir_all(&dir).unwrap();
    for f in files {
        link_model(&dir, f);
    }
    dir
}

fn link_model(dir: &Path, file: &str) {
    let src = default_models_dir().join(file);
    assert!(
        src.is_file(),
        "{} missing: run scripts/setup.sh",
        src.display()
    );
    std::os::unix::fs::symlink(&src, dir.join(file)).unwrap();
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Top-level front-matter value of `key`.
fn fm(draft: &str, key: &str) -> Option<String> {
    let body = draft.strip_prefix("---\n")?;
    let end = body.find("\n---\n")?;
    body[..end]
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{key}: ")))
        .map(|v| v.trim_matches('"').to_string())
}

fn facts(path: &Path) -> serde_json::Value {
    let mut p = path.as_os_str().to_owned();
    p.push(".memo.json");
    let p = PathBuf::from(p);
    assert_eq!(mode(&p), 0o600, "{}", p.display());
    serde_json::from_slice(&fs::read(&p).unwrap()).unwrap()
}

/// The draft's front matter says what the kept transcript's facts say.
fn assert_front_matter_from(draft: &str, f: &serde_json::Value) {
    let secs = f["memo_seconds"].as_f64().unwrap();
    assert!(secs > 5.0, "{f}");
    assert_eq!(
        fm(draft, "memo_seconds"),
        Some(format!("{secs:.1}")),
        "{draft}"
    );
    assert_eq!(
        fm(draft, "audio_deleted").as_deref(),
        Some("true"),
        "{draft}"
    );
    assert!(!draft.contains("audio_kept_reason"), "{draft}");
    let whisper = &f["whisper"];
    assert!(
        draft.contains(&format!(
            "  whisper:\n    name: {}\n    sha256: \"{}\"",
            whisper["name"].as_str().unwrap(),
            whisper["sha256"].as_str().unwrap()
        )),
        "{draft}"
    );
    // `created` is when the memo arrived (to the second), not when it was retried.
    let arrived = chrono_secs(f["created"].as_str().unwrap());
    assert_eq!(
        chrono_secs(&fm(draft, "created").unwrap()),
        arrived,
        "{draft}"
    );
}

/// "2026-12-01T21:05:03.123+00:00" -> "2026-12-01T21:05:03" (local offset kept aside).
fn chrono_secs(s: &str) -> String {
    s.get(..19).unwrap_or(s).to_string()
}

/// Defect 1 exactly as reported, then defect 4 through `hushnote process`.
#[test]
fn two_memos_of_the_same_name_keep_both_transcripts_and_their_facts() {
    let env = Env::new("");
    let models = partial_models(&env, &[WHISPER_FILE]);
    let cfg = fs::read_to_string(&env.config).unwrap().replacen(
        "[paths]\n",
        &format!("[paths]\nmodels = \"{}\"\n", models.display()),
        1,
    );
    fs::write(&env.config, cfg).unwrap();
    let mut memos = Vec::new();
    for (dir, fixture_name) in [("work", "d01"), ("day2", "d02")] {
        let d = env.dir(dir);
        fs::create_dir(&d).unwrap();
        let memo = d.join("memo.wav");
        fs::copy(fixture(&format!("audio/{fixture_name}.wav")), &memo).unwrap();
        let out = env.run(&["process", memo.to_str().unwrap()]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(4), "{err}");
        assert!(err.contains("the transcript was kept in"), "{err}");
        memos.push(memo);
    }
    let first = env.dir("failed/memo.transcript.txt");
    let second = env.dir("failed/memo-2.transcript.txt");
    let (t1, t2) = (
        fs::read_to_string(&first).unwrap().to_lowercase(),
        fs::read_to_string(&second).unwrap().to_lowercase(),
    );
    assert_ne!(t1, t2, "two memos, two transcripts");
    for (t, id) in [(&t1, "d01"), (&t2, "d02")] {
        let reference = common::memo_text(id).to_lowercase();
        let shared = reference
            .split_whitespace()
            .filter(|w| w.len() > 6 && t.contains(*w))
            .count();
        assert!(shared >= 3, "transcript of {id} does not match it: {t}");
    }
    // The audio went only because its transcript was safe.
    assert!(memos.iter().all(|m| !m.exists()));
    for kept in [&first, &second] {
        assert_eq!(mode(kept), 0o600);
        let report = fs::read_to_string(format!("{}.error.txt", kept.display())).unwrap();
        assert!(report.contains("Exit code: 4"), "{report}");
    }
    let f2 = facts(&second);
    assert_eq!(f2["audio_deleted"], true, "{f2}");
    assert_eq!(f2["whisper"]["name"], "tiny.en-q8_0", "{f2}");

    // With the drafting model back, the kept transcript drafts as the voice memo it was.
    link_model(&models, LLM_FILE);
    let out = env.run(&["process", "--json", second.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let draft = fs::read_to_string(v["draft"].as_str().unwrap()).unwrap();
    assert_front_matter_from(&draft, &f2);
}

/// Defect 4 through the daemon: a voice memo fails after its audio is deleted; `hushnote
/// retry` of its transcript drafts with the memo's length, Whisper model and arrival time.
#[test]
fn a_retried_transcript_carries_its_memos_facts_to_the_draft() {
    let mut env = Env::new("");
    let models = partial_models(&env, &[WHISPER_FILE]);
    let cfg = fs::read_to_string(&env.config).unwrap().replacen(
        "[paths]\n",
        &format!("[paths]\nmodels = \"{}\"\n", models.display()),
        1,
    );
    fs::write(&env.config, cfg).unwrap();
    env.start();
    fs::copy(fixture("audio/d06.wav"), env.dir("incoming/d06.wav")).unwrap();
    let kept = env.dir("failed/d06.transcript.txt");
    wait_for(90, "the kept transcript's report", || {
        env.dir("failed/d06.transcript.txt.error.txt")
            .exists()
            .then_some(())
    });
    assert!(env.audio_in_state().is_empty());
    let f = facts(&kept);
    assert_eq!(env.status()["failed"], 1, "the facts file is not a memo");
    // Later, with the drafting model installed:
    std::thread::sleep(Duration::from_millis(1100));
    link_model(&models, LLM_FILE);
    let out = env.run(&["retry", "d06.transcript.txt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let drafts = env.wait_drafts(1, 90);
    let draft = fs::read_to_string(&drafts[0]).unwrap();
    assert_front_matter_from(&draft, &f);
    assert!(files_under(&env.dir("failed")).is_empty());
}

/// A WAV written into incoming/ in chunks 1–3 s apart (longer than settle_ms), once by a
/// writer that closes the file between chunks and once by one that holds it open.
#[test]
fn a_slowly_written_memo_is_taken_once_whole() {
    let mut env = Env::new("[watch]\nsettle_ms = 1000\n");
    env.start();
    let bytes = fs::read(fixture("audio/d01.wav")).unwrap();
    let gaps = [1.2, 2.6, 1.0, 3.0, 1.5];
    let chunk = bytes.len().div_ceil(gaps.len() + 1);
    let writers: Vec<_> = [("closing.wav", true), ("open.wav", false)]
        .into_iter()
        .map(|(name, reopen)| {
            let path = env.dir("incoming").join(name);
            let bytes = bytes.clone();
            std::thread::spawn(move || {
                let open = || {
                    fs::OpenOptions::new()
                        .create(true)
                        .append(true)
                        .open(&path)
                        .unwrap()
                };
                let mut held = (!reopen).then(open);
                for (i, piece) in bytes.chunks(chunk).enumerate() {
                    match held.as_mut() {
                        Some(f) => f.write_all(piece).unwrap(),
                        None => open().write_all(piece).unwrap(),
                    }
                    if let Some(g) = gaps.get(i) {
                        std::thread::sleep(Duration::from_secs_f64(*g));
                    }
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let drafts = env.wait_drafts(2, 120);
    assert_eq!(drafts.len(), 2);
    let log = env.log();
    assert_eq!(
        log.matches("memo taken from the watch folder").count(),
        2,
        "{log}"
    );
    assert!(log.contains("waiting for a memo"), "{log}");
    for d in &drafts {
        let text = fs::read_to_string(d).unwrap();
        let secs: f64 = fm(&text, "memo_seconds").unwrap().parse().unwrap();
        assert!((secs - 18.9).abs() < 0.2, "whole memo drafted: {secs} s");
    }
}

/// Defect 3: a file name cannot forge a log line; and a typed memo of NUL bytes is refused.
#[test]
fn a_forged_name_stays_on_its_own_log_line_and_nul_memos_are_refused() {
    let mut env = Env::new("");
    env.start();
    let forged = "evil\n2026-12-01T00:00:00Z ERROR forged.wav";
    fs::copy(fixture("audio/d03.wav"), env.dir("incoming").join(forged)).unwrap();
    fs::write(env.dir("incoming/nul.txt"), vec![0u8; 512]).unwrap();
    wait_for(90, "the draft and the refused memo", || {
        (env.drafts().len() == 1 && env.dir("failed/nul.txt.error.txt").exists()).then_some(())
    });
    let log = env.log();
    assert!(
        !log.lines()
            .any(|l| l.starts_with("2026-12-01T00:00:00Z ERROR")),
        "a forged line in the log:\n{log}"
    );
    assert!(
        log.contains(r"evil\n2026-12-01T00:00:00Z ERROR forged.wav"),
        "{log}"
    );
    let report = fs::read_to_string(env.dir("failed/nul.txt.error.txt")).unwrap();
    assert!(report.contains("NUL bytes"), "{report}");
    assert!(report.contains("Exit code: 5"), "{report}");
    assert_eq!(fs::read(env.dir("failed/nul.txt")).unwrap(), vec![0u8; 512]);
    assert_eq!(env.drafts().len(), 1, "no draft of NUL bytes");
    // The engines run without ggml's gdb backtrace, which would fill an engine's last words
    // (the error the user reads) with "[Inferior 1 (process N) detached]".
    let pid = env.daemon.as_ref().unwrap().id();
    let workers = children_of(pid);
    assert!(
        !workers.is_empty(),
        "the Whisper worker stays warm after a memo"
    );
    for w in workers {
        let environ = fs::read(format!("/proc/{w}/environ")).unwrap();
        assert!(
            environ
                .split(|b| *b == 0)
                .any(|v| v == b"GGML_NO_BACKTRACE=1"),
            "worker {w} runs with ggml's gdb backtrace"
        );
    }
    // The same through `hushnote process`: refused, and the file left as it was.
    let nul = env.dir("nul2.txt");
    fs::write(&nul, b"Client\0\0\0").unwrap();
    let out = env.run(&["process", nul.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(5), "{}", stderr(&out));
    assert!(stderr(&out).contains("NUL bytes"), "{}", stderr(&out));
    assert!(nul.exists());
}

/// One request line to the daemon's socket, raw; its one answer line.
fn ask(env: &Env, line: &[u8]) -> serde_json::Value {
    let mut s = UnixStream::connect(env.dir("state/control.sock")).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
    s.write_all(line).unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    serde_json::from_str(answer.trim())
        .unwrap_or_else(|e| panic!("no JSON answer to {line:?} ({e}): {answer:?}"))
}

#[test]
fn the_socket_answers_bad_lines_and_refuses_unknown_fields() {
    let mut env = Env::new("");
    env.start();
    let a = ask(&env, b"{\"cmd\":\"sta\xfftus\"}\n");
    assert_eq!(
        (a["ok"].as_bool(), a["code"].as_u64()),
        (Some(false), Some(2)),
        "{a}"
    );
    for line in [
        &br#"{"cmd":"status","verbose":true}"#[..],
        br#"{"cmd":"record","fromat":"BIRP"}"#,
    ] {
        let mut l = line.to_vec();
        l.push(b'\n');
        let a = ask(&env, &l);
        assert_eq!(a["ok"], false, "{a}");
        assert_eq!(a["code"], 2, "{a}");
        assert!(
            a["message"].as_str().unwrap().contains("unknown field"),
            "{a}"
        );
    }
    let a = ask(&env, b"{\"cmd\":\"status\"}\n");
    assert_eq!(a["ok"], true, "{a}");
    assert!(env.daemon.as_mut().unwrap().try_wait().unwrap().is_none());
}

/// The inbox made read-only by its owner stays read-only (hushnote says so; it does not
/// quietly change it back).
#[test]
fn an_inbox_made_read_only_by_its_owner_is_respected_and_reported() {
    let mut env = Env::new("");
    let inbox = env.dir("inbox");
    fs::create_dir(&inbox).unwrap();
    fs::set_permissions(&inbox, fs::Permissions::from_mode(0o500)).unwrap();
    env.start();
    assert_eq!(mode(&inbox), 0o500);
    assert!(env.log().contains("read-only (mode 0500)"), "{}", env.log());
    let notice = env.status()["notice"].as_str().unwrap_or("").to_string();
    assert!(notice.contains("read-only (mode 0500)"), "{notice}");
    fs::write(
        env.dir("incoming/typed.txt"),
        "Client discussed sleep. Homework is a sleep diary.",
    )
    .unwrap();
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        // root writes through any mode: the draft lands and the mode is still the owner's.
        env.wait_drafts(1, 60);
    } else {
        let report = env.dir("failed/typed.txt.error.txt");
        wait_for(60, "the report", || report.exists().then_some(()));
        let r = fs::read_to_string(&report).unwrap();
        assert!(r.contains("read-only (mode 0500)"), "{r}");
    }
    assert_eq!(mode(&inbox), 0o500);
}

/// A WAV header claiming an hour over 19 s of audio: reported as truncated, with the real
/// length, and the file left where it was.
#[test]
fn a_wav_header_claiming_an_hour_is_reported_as_truncated() {
    let env = Env::new("");
    let mut bytes = fs::read(fixture("audio/d01.wav")).unwrap();
    let data_at = bytes.windows(4).position(|w| w == b"data").unwrap();
    let hour: u32 = 48_000 * 2 * 3600;
    bytes[data_at + 4..data_at + 8].copy_from_slice(&hour.to_le_bytes());
    bytes[4..8].copy_from_slice(&(hour + data_at as u32).to_le_bytes());
    let liar = env.dir("liar.wav");
    fs::write(&liar, &bytes).unwrap();
    let out = env.run(&["process", liar.to_str().unwrap()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(
        err.contains("declares 3600.0 s of audio but the file holds only 18.9 s"),
        "{err}"
    );
    assert!(!err.contains("3600 s long"), "{err}");
    assert!(liar.exists());
}

/// A drafting model corrupted in place with its old mtime put back: the cached checksum no
/// longer vouches for it, so no draft names a sha256 the file does not have.
#[test]
fn a_model_corrupted_under_its_old_mtime_is_caught() {
    let env = Env::new("");
    let models = partial_models(&env, &[WHISPER_FILE]);
    let llm = models.join(LLM_FILE);
    fs::copy(default_models_dir().join(LLM_FILE), &llm).unwrap();
    let cfg = fs::read_to_string(&env.config).unwrap().replacen(
        "[paths]\n",
        &format!("[paths]\nmodels = \"{}\"\n", models.display()),
        1,
    );
    fs::write(&env.config, cfg).unwrap();
    let memo = env.dir("typed.txt");
    fs::write(&memo, "Client discussed sleep. Homework is a sleep diary.").unwrap();
    let out = env.run(&["process", memo.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let mtime = fs::metadata(&llm).unwrap().modified().unwrap();
    {
        let mut f = fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&llm)
            .unwrap();
        let at = fs::metadata(&llm).unwrap().len() / 2;
        let mut b = [0u8; 1];
        f.seek(SeekFrom::Start(at)).unwrap();
        f.read_exact(&mut b).unwrap();
        f.seek(SeekFrom::Start(at)).unwrap();
        f.write_all(&[b[0] ^ 0x5a]).unwrap();
        f.set_modified(mtime).unwrap();
    }
    assert_eq!(fs::metadata(&llm).unwrap().modified().unwrap(), mtime);
    let out = env.run(&["process", memo.to_str().unwrap()]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("does not match the catalog checksum"), "{err}");
    assert_eq!(files_under(&env.dir("inbox")).len(), 1, "no second draft");
}

/// A Whisper model file that makes the engine abort while loading: one clear model error,
/// no retry that aborts again, no debugger text.
#[test]
fn a_corrupted_whisper_model_gives_one_clear_error() {
    let env = Env::new("");
    let bad = env.dir("ggml-broken.bin");
    let mut bytes = fs::read(default_models_dir().join(WHISPER_FILE)).unwrap();
    corrupt_whisper(&mut bytes);
    fs::write(&bad, &bytes).unwrap();
    let out = env.run(&[
        "transcribe",
        "--model",
        bad.to_str().unwrap(),
        fixture("jfk.wav").to_str().unwrap(),
    ]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("model file is probably damaged"), "{err}");
    assert_eq!(err.matches("SIGABRT").count(), 1, "{err}");
    assert!(!err.contains("Inferior"), "{err}");
    assert!(
        !err.contains("retrying"),
        "retried a model that cannot load: {err}"
    );
}

/// The state folder unusable (here: its spool replaced by a file, as root cannot be
/// refused by permissions): the memo stays in incoming/, `status` says why, and once the
/// folder is fixed the memo is drafted.
#[test]
fn a_state_folder_that_cannot_take_memos_shows_in_status() {
    let mut env = Env::new("");
    env.start();
    let spool = env.dir("state/spool");
    fs::remove_dir_all(&spool).unwrap();
    fs::write(&spool, b"").unwrap();
    let memo = env.dir("incoming/typed.txt");
    fs::write(&memo, "Client discussed sleep. Homework is a sleep diary.").unwrap();
    let problem = wait_for(30, "the problem in status", || {
        env.status()["watch"]["problem"]
            .as_str()
            .map(str::to_string)
    });
    assert!(problem.contains("cannot take memos"), "{problem}");
    let text = String::from_utf8(env.run(&["status"]).stdout).unwrap();
    assert!(text.contains("PROBLEM: cannot take memos"), "{text}");
    assert!(memo.exists(), "the memo stays where it was");
    let log = env.log();
    assert_eq!(
        log.matches("cannot take a memo from the watch folder")
            .count(),
        1,
        "said once, not every few seconds:\n{log}"
    );
    fs::remove_file(&spool).unwrap();
    fs::create_dir(&spool).unwrap();
    fs::set_permissions(&spool, fs::Permissions::from_mode(0o700)).unwrap();
    env.wait_drafts(1, 60);
    assert!(env.status()["watch"]["problem"].is_null());
}

/// Damages a ggml Whisper file so that whisper.cpp aborts while loading it: the mel filter
/// count after the header (80) becomes -1, and the C++ vector sized by it throws
/// `std::length_error`, which nothing catches (SIGABRT).
fn corrupt_whisper(bytes: &mut [u8]) {
    assert_eq!(&bytes[0..4], &0x6767_6d6c_u32.to_le_bytes(), "a ggml file");
    assert_eq!(bytes[48..52], 80i32.to_le_bytes(), "80 mel filters");
    bytes[48..52].copy_from_slice(&(-1i32).to_le_bytes());
}
