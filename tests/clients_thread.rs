//! The golden thread for one client over three sessions, end to end with the real daemon,
//! models, watch folder and virtual microphone, each memo tied to the client a different way:
//! session 1 by `record --client jd01` (no spoken opener), session 2 through the client's
//! watch folder `incoming/jd01/`, session 3 by its spoken opener ("Client J D"). Each draft
//! carries the client, diagnoses, session facts and goal links; each signed note is filed under
//! notes/<client>/; the next draft shows the last signed note's plan items, each marked
//! mentioned or not; `hushnote history` lists them all. A memo in `incoming/jd01/dap/` whose
//! opener names another known client stays jd01's, in DAP, with a checklist line; `record
//! --client` with an unknown id records nothing.

mod common;
mod daemon_common;

use daemon_common::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn front_matter(md: &str) -> &str {
    let rest = md.strip_prefix("---\n").expect("front matter");
    &rest[..rest.find("\n---\n").expect("front matter end")]
}

fn sign(env: &Env, draft: &Path) -> PathBuf {
    let out = env.run(&["sign", draft.to_str().unwrap(), "--ack-risk"]);
    assert!(
        out.status.success(),
        "sign failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let notes = env.dir("notes/jd01");
    wait_for(10, "signed note under notes/jd01", || {
        let mut v: Vec<PathBuf> = fs::read_dir(&notes)
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "md"))
            .collect();
        v.sort();
        v.into_iter().find(|p| p.file_name() == draft.file_name())
    })
}

fn new_draft(env: &Env, before: &[PathBuf], n: usize) -> PathBuf {
    let drafts = env.wait_drafts(n, 600);
    drafts
        .into_iter()
        .find(|d| !before.contains(d))
        .expect("a new draft")
}

/// Speaks `text` into a WAV with espeak-ng.
fn speak(env: &Env, name: &str, text: &str) -> PathBuf {
    let wav = env.dir(name);
    let ok = Command::new("espeak-ng")
        .args(["-s", "150", "-w"])
        .arg(&wav)
        .arg(text)
        .status()
        .unwrap();
    assert!(ok.success(), "espeak-ng failed");
    wav
}

fn add_client(env: &Env, args: &[&str]) {
    let mut all = vec!["clients", "add"];
    all.extend_from_slice(args);
    let add = env.run(&all);
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
}

#[test]
fn three_sessions_for_one_client() {
    require_tool("espeak-ng");
    let t0 = std::time::Instant::now();
    let mut env = Env::new("[clinician]\nname = \"Dr. Test\"\ncredentials = \"PhD\"\n");
    // Signed notes go under the test's own folder.
    let cfg = fs::read_to_string(&env.config).unwrap();
    let cfg = cfg.replacen(
        "[paths]\n",
        &format!("[paths]\nnotes = \"{}\"\n", env.dir("notes").display()),
        1,
    );
    fs::write(&env.config, cfg).unwrap();

    add_client(
        &env,
        &[
            "jd01",
            "--name",
            "J. D.",
            "--diagnosis",
            "F41.0=Panic disorder",
            "--goal",
            "Reduce panic attacks",
            "--objective",
            "1=Fewer than one panic attack a week",
            "--goal",
            "Ride the train to work without getting off early",
            "--goal",
            "Return to the gym",
        ],
    );
    add_client(&env, &["mk", "--name", "M. K."]);
    let list = env.run(&["clients", "list"]);
    assert!(String::from_utf8_lossy(&list.stdout).contains("jd01\tJ. D.\t3 goal(s)\tF41.0"));
    env.start();
    env.start_pulse();

    // Session 1: the virtual microphone, tied by `record --client` (the memo names nobody).
    let wav = speak(
        &env,
        "s1.wav",
        "Session one, in person, fifty minutes. She had five panic attacks this week. She left \
         the train early on Monday. Next steps. She will ride one stop further each day. She \
         will call her prescriber.",
    );
    let rec = env.run(&["record", "--client", "jd01"]);
    assert!(
        rec.status.success(),
        "{}",
        String::from_utf8_lossy(&rec.stderr)
    );
    assert!(
        String::from_utf8_lossy(&rec.stdout).contains("for client jd01"),
        "{}",
        String::from_utf8_lossy(&rec.stdout)
    );
    std::thread::sleep(std::time::Duration::from_millis(500));
    let st = env.status();
    assert_eq!(st["capture"]["client"], "jd01", "{st}");
    env.play(&wav);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let stop = env.run(&["stop"]);
    assert!(
        stop.status.success(),
        "{}",
        String::from_utf8_lossy(&stop.stderr)
    );
    let d1 = new_draft(&env, &[], 1);
    let md1 = fs::read_to_string(&d1).unwrap();
    let fm1 = front_matter(&md1);
    for line in [
        "client: jd01",
        "client_name: \"J. D.\"",
        "  - code: \"F41.0\"\n    description: \"Panic disorder\"",
        "session: {minutes: 50,",
    ] {
        assert!(fm1.contains(line), "missing {line:?} in\n{fm1}");
    }
    assert!(md1.contains("- Goal 1 — Reduce panic attacks"), "{md1}");
    assert!(md1.contains("- Goal 2 — Ride the train"), "{md1}");
    assert!(
        md1.contains("Goal 3 (Return to the gym) is not touched"),
        "{md1}"
    );
    assert!(
        !md1.contains("## Carried forward") && !md1.contains("**No client matched**"),
        "no signed note yet:\n{md1}"
    );
    let n1 = sign(&env, &d1);
    println!(
        "session 1 (microphone) drafted and signed at {:?}",
        t0.elapsed()
    );

    // Session 2: a typed memo in the client's folder; it names nobody either.
    let client_dir = env.dir("incoming/jd01");
    fs::create_dir(&client_dir).unwrap();
    let before = env.drafts();
    fs::write(
        client_dir.join("s2.txt"),
        "Session two, telehealth, fifty minutes. She rode the train one stop further each day \
         this week. She had fewer panic attacks, only two. PHQ nine fourteen. Plan: keep a \
         panic diary every evening.",
    )
    .unwrap();
    let d2 = new_draft(&env, &before, before.len() + 1);
    assert_eq!(mode(&d2), 0o600);
    assert!(
        client_dir.is_dir() && fs::read_dir(&client_dir).unwrap().next().is_none(),
        "the memo leaves the client folder, the folder stays"
    );
    let md2 = fs::read_to_string(&d2).unwrap();
    let fm2 = front_matter(&md2);
    for line in [
        "client: jd01",
        "session: {minutes: 50, modality: null, setting: telehealth, number: 2}",
        "measures: {phq9: 14}",
        "billing: {code: \"90834\"",
    ] {
        assert!(fm2.contains(line), "missing {line:?} in\n{fm2}");
    }
    let carried = &md2[md2.find("## Carried forward").expect("carried forward")..];
    let n1_name = n1.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        carried.contains(&format!("From the last signed note ({n1_name})")),
        "{carried}"
    );
    // The item as session 1's speech was heard (Whisper may hear "stop" as "top"), marked
    // as mentioned in session 2's memo.
    assert!(
        carried
            .to_lowercase()
            .lines()
            .any(|l| l.contains("ride one")
                && l.contains("further each day")
                && l.contains("— mentioned: \"")),
        "{carried}"
    );
    assert!(
        carried.contains("— not mentioned in this memo"),
        "{carried}"
    );
    assert!(
        md2.contains("- Goal 1 — Reduce panic attacks (progress)"),
        "{md2}"
    );
    let n2 = sign(&env, &d2);
    println!(
        "session 2 (incoming/jd01/) drafted and signed at {:?}",
        t0.elapsed()
    );

    // Session 3: typed at the top of the watch folder; the spoken opener names the client.
    let incoming = env.dir("incoming");
    let before = env.drafts();
    fs::write(
        incoming.join("s3.txt"),
        "Client J D, session three, in person, sixty minutes. She rode the \
         train the whole way to work twice. Plan: go to the gym once.",
    )
    .unwrap();
    let d3 = new_draft(&env, &before, before.len() + 1);
    let md3 = fs::read_to_string(&d3).unwrap();
    let fm3 = front_matter(&md3);
    assert!(fm3.contains("client: jd01"), "{md3}");
    assert!(fm3.contains("billing: {code: \"90837\""), "{md3}");
    let n2_name = n2.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        md3.contains(&format!("From the last signed note ({n2_name})")),
        "{md3}"
    );
    assert!(
        md3.contains("- Keep a panic diary every evening — not mentioned in this memo"),
        "{md3}"
    );
    assert!(md3.contains("- Goal 2 — Ride the train"), "{md3}");

    let hist = env.run(&["history", "jd01"]);
    let hist = String::from_utf8_lossy(&hist.stdout).into_owned();
    let lines: Vec<&str> = hist.lines().collect();
    assert_eq!(lines.len(), 3, "{hist}");
    assert!(
        lines[0].starts_with("signed\t") && lines[0].contains(&n1_name),
        "{hist}"
    );
    assert!(
        lines[1].starts_with("signed\t") && lines[1].contains(&n2_name),
        "{hist}"
    );
    let d3_name = d3.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        lines[2].starts_with("draft\t") && lines[2].contains(&d3_name),
        "{hist}"
    );

    // A format folder inside the client's folder; the opener names another known client:
    // the folder's client is kept (nothing guessed) and the checklist says so.
    let dap = env.dir("incoming/jd01/dap");
    fs::create_dir_all(&dap).unwrap();
    let before = env.drafts();
    fs::write(
        dap.join("s4.txt"),
        "Client M K, session four, in person. She rode the train to work.",
    )
    .unwrap();
    let d4 = new_draft(&env, &before, before.len() + 1);
    let md4 = fs::read_to_string(&d4).unwrap();
    let fm4 = front_matter(&md4);
    assert!(
        fm4.contains("client: jd01") && fm4.contains("format: DAP"),
        "{md4}"
    );
    let checklist = &md4[..md4.find("<!-- /checklist -->").expect("checklist")];
    assert!(
        checklist.contains("> - This memo was tied to client jd01 (J. D.)")
            && checklist.contains("its opening names client mk (M. K.); it was drafted for jd01."),
        "{md4}"
    );

    // A memo naming nobody known is drafted without a client, and says so.
    let before = env.drafts();
    fs::write(
        incoming.join("other.txt"),
        "Client Sam, session two, in person. Talked about his brother.",
    )
    .unwrap();
    let d5 = new_draft(&env, &before, before.len() + 1);
    let md5 = fs::read_to_string(&d5).unwrap();
    assert!(front_matter(&md5).contains("client: null"), "{md5}");
    assert!(md5.contains("**No client matched**"), "{md5}");

    // A folder that is neither a format nor a known client: left alone, said in the log.
    let stray = env.dir("incoming/nobody");
    fs::create_dir(&stray).unwrap();
    fs::write(stray.join("s6.txt"), "Client Sam, session three.").unwrap();
    wait_for(15, "the log to name the unrecognised folder", || {
        env.log()
            .contains("neither a note format folder")
            .then_some(())
    });
    assert!(stray.join("s6.txt").is_file());
    env.stop();
    println!("whole scenario: {:?}", t0.elapsed());
}

#[test]
fn record_for_an_unknown_client_records_nothing() {
    let mut env = Env::new("");
    add_client(&env, &["jd01", "--name", "J. D."]);
    let pid = env.start();
    env.start_pulse();
    let out = env.run(&["record", "--client", "nosuch"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(
        err.contains("no client \"nosuch\"") && err.contains("`hushnote clients list`"),
        "{err}"
    );
    let st = env.status();
    assert_eq!(st["recording"], false, "{st}");
    assert!(env.spool_jobs().is_empty() && env.drafts().is_empty());
    assert!(!env.log().contains("recording started"), "{}", env.log());
    // The same request for a known client does record (the refusal was the client's).
    let ok = env.run(&["record", "--client", "jd01"]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    assert_eq!(env.status()["recording"], true);
    // Record start warms Whisper only: the built-in default format never asks the model.
    wait_for(60, "the engines warmed for the recording", || {
        env.log().contains("engines loaded").then_some(())
    });
    let workers: Vec<String> = children_of(pid)
        .into_iter()
        .filter_map(|c| fs::read_to_string(format!("/proc/{c}/comm")).ok())
        .map(|c| c.trim().to_string())
        .collect();
    assert!(
        workers.iter().any(|w| w.starts_with("hushnote-whisp")),
        "{workers:?}"
    );
    assert!(
        !workers.iter().any(|w| w.starts_with("hushnote-llama")),
        "{workers:?}"
    );
    let cancel = env.run(&["cancel"]);
    assert!(cancel.status.success());
    env.stop();
}

/// A job in the spool when the daemon died (`kill -9`, power cut) is resumed at the next start
/// from its job.json alone, so it must keep its client: here a typed memo spooled from
/// `incoming/jd01/`, written as the daemon writes it, whose words name nobody.
#[test]
fn a_job_resumed_after_a_crash_keeps_its_client() {
    let mut env = Env::new("");
    add_client(
        &env,
        &["jd01", "--name", "J. D.", "--goal", "Reduce panic attacks"],
    );
    let job = env.dir("state/spool/1764633600000-c11e0001");
    fs::create_dir_all(&job).unwrap();
    fs::write(
        job.join("job.json"),
        r#"{"id":"c11e0001","source":"s.txt","format":null,"client":"jd01","kind":"text",
            "created":"2026-12-02T00:00:00+00:00","stage":"queued","origin":null,"ext":"txt",
            "recorded_ms":null,"stopped_unix_ms":1764633600000,"rec":null,"cuts":[]}"#,
    )
    .unwrap();
    fs::write(
        job.join("memo.txt"),
        "Session four, fifty minutes. She had fewer panic attacks this week.",
    )
    .unwrap();
    env.start();
    let drafts = env.wait_drafts(1, 120);
    let md = fs::read_to_string(&drafts[0]).unwrap();
    assert!(front_matter(&md).contains("client: jd01"), "{md}");
    assert!(
        md.contains("- Goal 1 — Reduce panic attacks (progress)"),
        "{md}"
    );
    assert!(drafts[0].to_string_lossy().ends_with("_c11e0001.md"));
    env.stop();
}
