//! The watch folder, end to end with the real binary and models: wav, m4a and txt drops
//! become exactly one draft each, sources and audio are gone, permissions are private, a
//! corrupt file lands in failed/ with a report, and the control commands behave.

mod common;
mod daemon_common;

use daemon_common::*;
use std::fs;
use std::os::unix::fs::symlink;
use std::process::Command;

#[test]
fn drops_of_wav_m4a_and_txt_become_one_draft_each_and_leave_no_audio() {
    require_tool("ffmpeg");
    let mut env = Env::new("");
    env.start();
    let incoming = env.dir("incoming");
    // Completely written files only: hidden and partial names are left alone.
    fs::copy(fixture("audio/d02.wav"), incoming.join(".d02.wav")).unwrap();
    fs::copy(fixture("audio/d02.wav"), incoming.join("d02.wav.part")).unwrap();
    // A symlink is not ours: ignored, and its target untouched.
    let outside = env.dir("outside.wav");
    fs::copy(fixture("audio/d04.wav"), &outside).unwrap();
    symlink(&outside, incoming.join("link.wav")).unwrap();

    // wav at the top level (default format), arriving by rename as a sync tool does.
    fs::rename(incoming.join(".d02.wav"), incoming.join("d02.wav")).unwrap();
    // m4a made by ffmpeg directly in a format folder (written while we watch).
    fs::create_dir(incoming.join("birp")).unwrap();
    let ff = Command::new("ffmpeg")
        .args(["-loglevel", "error", "-y", "-i"])
        .arg(fixture("audio/d03.wav"))
        .args(["-c:a", "aac", "-b:a", "64k"])
        .arg(incoming.join("birp/d03.m4a"))
        .status()
        .unwrap();
    assert!(ff.success(), "ffmpeg failed");
    // A typed memo in a format folder named in another case.
    fs::create_dir(incoming.join("Dap")).unwrap();
    fs::write(
        incoming.join("Dap/notes.txt"),
        "Client reported better sleep this week. Practised grounding. Denies suicidal ideation. \
         Homework: sleep diary. Follow up in two weeks.",
    )
    .unwrap();

    let drafts = env.wait_drafts(3, 600);
    let names: Vec<String> = drafts
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names.iter().filter(|n| n.contains("_birp_")).count(),
        1,
        "{names:?}"
    );
    assert_eq!(
        names.iter().filter(|n| n.contains("_dap_")).count(),
        1,
        "{names:?}"
    );
    assert_eq!(
        names.iter().filter(|n| n.contains("_soap_")).count(),
        1,
        "{names:?}"
    );
    for d in &drafts {
        assert_eq!(mode(d), 0o600, "{}", d.display());
        let text = fs::read_to_string(d).unwrap();
        assert!(text.starts_with("---\n"), "{text}");
    }
    // Sources gone; the ignored things still there.
    assert!(!incoming.join("d02.wav").exists());
    assert!(!incoming.join("birp/d03.m4a").exists());
    assert!(!incoming.join("Dap/notes.txt").exists());
    assert!(incoming.join("d02.wav.part").exists());
    assert!(fs::symlink_metadata(incoming.join("link.wav"))
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(outside.exists());
    assert!(
        env.audio_in_state().is_empty(),
        "{:?}",
        env.audio_in_state()
    );
    assert!(env.spool_jobs().is_empty());

    // Private folders and files.
    for d in [
        "inbox",
        "incoming",
        "failed",
        "private",
        "state",
        "state/spool",
    ] {
        assert_eq!(mode(&env.dir(d)), 0o700, "{d}");
    }
    assert_eq!(mode(&env.dir("state/control.sock")), 0o600);
    assert_eq!(mode(&env.dir("state/daemon.lock")), 0o600);

    let s = env.status();
    assert_eq!(s["queue"], 0);
    assert_eq!(s["recording"], false);
    assert!(s["last_job"]["draft_ms"].as_u64().is_some(), "{s}");
    // Logs never carry memo text.
    let log = env.log();
    assert!(
        !log.contains("grounding") && !log.contains("sleep diary"),
        "memo text in the log"
    );
    let st = env.stop();
    assert!(st.success(), "{st}");
    assert!(!env.dir("state/control.sock").exists());
}

#[test]
fn a_corrupt_file_goes_to_failed_with_a_report_and_can_be_retried() {
    let mut env = Env::new("");
    env.start();
    let incoming = env.dir("incoming");
    fs::write(
        incoming.join("broken.wav"),
        b"RIFF\x10\x00\x00\x00WAVEthis is not audio",
    )
    .unwrap();
    let report = env.dir("failed/broken.wav.error.txt");
    wait_for(120, "the failure report", || report.exists().then_some(()));
    let text = fs::read_to_string(&report).unwrap();
    assert!(text.contains("Exit code: 5"), "{text}");
    assert!(text.contains("How to fix"), "{text}");
    assert!(text.contains("hushnote retry broken.wav"), "{text}");
    assert_eq!(mode(&report), 0o600);
    assert_eq!(mode(&env.dir("failed/broken.wav")), 0o600);
    assert!(!incoming.join("broken.wav").exists());
    assert!(env.drafts().is_empty());
    assert_eq!(env.status()["failed"], 1);

    // Retry: re-queued (and fails again, the bytes being what they are), never deleted.
    fs::remove_file(&report).unwrap();
    let out = env.run(&["retry", "broken.wav"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    wait_for(120, "the second failure report", || {
        report.exists().then_some(())
    });
    assert!(env.dir("failed/broken.wav").exists());
    let out = env.run(&["retry", "nothing-such.wav"]);
    assert_eq!(
        out.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // The daemon goes on: a good memo after the bad one still becomes a draft.
    fs::write(
        incoming.join("after.txt"),
        "Client discussed work stress. Homework is journaling.",
    )
    .unwrap();
    wait_for(300, "a draft after the failure", || {
        (env.drafts().len() == 1).then_some(())
    });
}

#[test]
fn commands_without_a_daemon_say_so_and_a_second_daemon_is_refused() {
    let mut env = Env::new("[capture]\ndevice = \"hushnote-test-no-such-device\"\n");
    for cmd in [
        &["status"][..],
        &["record"],
        &["stop"],
        &["cancel"],
        &["retry", "x.wav"],
    ] {
        let out = env.run(cmd);
        assert_eq!(out.status.code(), Some(8), "{cmd:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("not running") && err.contains("hushnote daemon"),
            "{err}"
        );
    }
    env.start();
    let second = env.run(&["daemon"]);
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    assert!(err.contains("already running"), "{err}");
    // No microphone: the daemon runs, status says why, record fails clearly.
    let s = env.status();
    assert_eq!(s["mic"]["available"], false, "{s}");
    assert!(
        s["mic"]["reason"]
            .as_str()
            .unwrap()
            .contains("hushnote-test-no-such-device"),
        "{s}"
    );
    let out = env.run(&["record"]);
    assert_eq!(
        out.status.code(),
        Some(9),
        "no microphone has its own exit code"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot record"));
    let out = env.run(&["record", "--format", "nonsense"]);
    assert_eq!(out.status.code(), Some(2));
    let out = env.run(&["stop"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("not recording"));
    assert!(env.stop().success());
}
