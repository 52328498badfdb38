//! The golden thread for one client over three sessions, end to end with the real daemon,
//! models, watch folder and virtual microphone: the memo's spoken opener ("client J D") ties it
//! to a known client; the draft carries the client, diagnoses, session facts, billing and goal
//! links; each signed note is filed under notes/<client>/; the next draft shows the last signed
//! note's plan items, each marked mentioned or not; `hushnote history` lists them all.

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

#[test]
fn three_sessions_for_one_client() {
    require_tool("espeak-ng");
    let mut env = Env::new("[clinician]\nname = \"Dr. Test\"\ncredentials = \"PhD\"\n");
    // Signed notes go under the test's own folder.
    let cfg = fs::read_to_string(&env.config).unwrap();
    let cfg = cfg.replacen(
        "[paths]\n",
        &format!("[paths]\nnotes = \"{}\"\n", env.dir("notes").display()),
        1,
    );
    fs::write(&env.config, cfg).unwrap();

    let add = env.run(&[
        "clients",
        "add",
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
    ]);
    assert!(
        add.status.success(),
        "{}",
        String::from_utf8_lossy(&add.stderr)
    );
    let list = env.run(&["clients", "list"]);
    assert!(String::from_utf8_lossy(&list.stdout).contains("jd01\tJ. D.\t3 goal(s)\tF41.0"));
    env.start();

    // Session 1: a typed memo through the watch folder.
    let incoming = env.dir("incoming");
    fs::write(
        incoming.join("s1.txt"),
        "Client J D, session one, in person, fifty minutes. She had five panic attacks this \
         week and got off the train two stops early on Monday. PHQ nine fourteen. We did \
         interoceptive exposure with straw breathing. Plan: keep a panic diary every evening, \
         ride one stop further each day, and call her prescriber about the medication.",
    )
    .unwrap();
    let d1 = new_draft(&env, &[], 1);
    let md1 = fs::read_to_string(&d1).unwrap();
    let fm1 = front_matter(&md1);
    for line in [
        "client: jd01",
        "client_name: \"J. D.\"",
        "  - code: \"F41.0\"\n    description: \"Panic disorder\"",
        "session: {minutes: 50, modality: null, setting: in_person, number: 1}",
        "measures: {phq9: 14}",
        "billing: {code: \"90834\"",
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
        !md1.contains("## Carried forward"),
        "no signed note yet:\n{md1}"
    );
    let n1 = sign(&env, &d1);

    // Session 2: spoken into the virtual microphone.
    env.start_pulse();
    let wav = env.dir("s2.wav");
    let ok = Command::new("espeak-ng")
        .args(["-s", "150", "-w"])
        .arg(&wav)
        .arg(
            "Client J D. Session two, telehealth, fifty minutes. She kept the panic diary every \
             evening. She had fewer panic attacks this week, only two. She has not called her \
             prescriber yet.",
        )
        .status()
        .unwrap();
    assert!(ok.success(), "espeak-ng failed");
    let before = env.drafts();
    let rec = env.run(&["record"]);
    assert!(
        rec.status.success(),
        "{}",
        String::from_utf8_lossy(&rec.stderr)
    );
    std::thread::sleep(std::time::Duration::from_millis(500));
    env.play(&wav);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let stop = env.run(&["stop"]);
    assert!(
        stop.status.success(),
        "{}",
        String::from_utf8_lossy(&stop.stderr)
    );
    let d2 = new_draft(&env, &before, before.len() + 1);
    let md2 = fs::read_to_string(&d2).unwrap();
    assert!(front_matter(&md2).contains("client: jd01"), "{md2}");
    let carried = &md2[md2.find("## Carried forward").expect("carried forward")..];
    let n1_name = n1.file_name().unwrap().to_string_lossy().into_owned();
    assert!(carried.contains(&n1_name), "{carried}");
    assert!(
        carried.contains("- Keep a panic diary every evening — mentioned: \""),
        "{carried}"
    );
    assert!(
        carried.contains("- Ride one stop further each day — not mentioned in this memo"),
        "{carried}"
    );
    assert!(
        md2.contains("- Goal 1 — Reduce panic attacks (progress)"),
        "{md2}"
    );
    let n2 = sign(&env, &d2);

    // Session 3: typed again; carried forward now comes from the second note.
    let before = env.drafts();
    fs::write(
        incoming.join("s3.txt"),
        "Client J D, session three, in person, sixty minutes. She rode the \
         train the whole way to work twice. Plan: go to the gym once.",
    )
    .unwrap();
    let d3 = new_draft(&env, &before, before.len() + 1);
    let md3 = fs::read_to_string(&d3).unwrap();
    assert!(
        front_matter(&md3).contains("billing: {code: \"90837\""),
        "{md3}"
    );
    let n2_name = n2.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        md3.contains(&format!("From the last signed note ({n2_name})")),
        "{md3}"
    );
    assert!(md3.contains("- Goal 2 — Ride the train"), "{md3}");

    // A memo naming nobody known is drafted without a client, and says so.
    let before = env.drafts();
    fs::write(
        incoming.join("other.txt"),
        "Client Sam, session two, in person. Talked about his brother.",
    )
    .unwrap();
    let d4 = new_draft(&env, &before, before.len() + 1);
    let md4 = fs::read_to_string(&d4).unwrap();
    assert!(front_matter(&md4).contains("client: null"), "{md4}");
    assert!(md4.contains("**No client matched**"), "{md4}");

    let hist = env.run(&["history", "jd01"]);
    let hist = String::from_utf8_lossy(&hist.stdout).into_owned();
    let lines: Vec<&str> = hist.lines().collect();
    assert_eq!(lines.len(), 3, "{hist}");
    assert!(
        lines[0].starts_with("signed\t") && lines[1].starts_with("signed\t"),
        "{hist}"
    );
    assert!(lines[2].starts_with("draft\t"), "{hist}");
    env.stop();
}
