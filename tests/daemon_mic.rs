//! A real virtual microphone (PulseAudio null sink + remap source, DESIGN §5): `record`,
//! a fixture memo played into it, hands-free stop on silence, a draft in the inbox; cancel and
//! the no-speech timeout keep nothing.

mod common;
mod daemon_common;

use daemon_common::*;
use std::time::Duration;

#[test]
fn a_memo_spoken_into_the_virtual_microphone_becomes_a_draft() {
    let mut env = Env::new(
        "[capture]\nsilence_stop_seconds = 1.5\nno_speech_timeout_seconds = 3.0\nmax_seconds = 120\n",
    );
    env.start_pulse();
    env.start();
    let s = env.status();
    assert_eq!(s["mic"]["available"], true, "{s}\n{}", env.log());

    // Cancel keeps nothing.
    let out = env.run(&["record"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(env.status()["recording"], true);
    let out = env.run(&["cancel"]);
    assert!(out.status.success());
    wait_for(10, "the recording to end", || {
        (env.status()["recording"] == false).then_some(())
    });
    assert!(env.spool_jobs().is_empty());

    // No speech within the timeout: nothing kept, and status says so.
    let out = env.run(&["record"]);
    assert!(out.status.success());
    wait_for(20, "the no-speech timeout", || {
        let s = env.status();
        (s["recording"] == false).then_some(())
    });
    let notice = env.status()["notice"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(notice.contains("no speech"), "{notice}");
    assert!(env.spool_jobs().is_empty());

    // The hotkey path: toggle starts; the memo ends by silence on its own.
    let out = env.run(&["record", "--toggle", "--format", "girp"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::thread::sleep(Duration::from_millis(300));
    let s = env.status();
    assert_eq!(s["recording"], true, "{s}");
    assert_eq!(s["capture"]["format"], "GIRP");
    env.play(&fixture("audio/d01.wav"));
    wait_for(30, "the hands-free stop", || {
        (env.status()["recording"] == false).then_some(())
    });
    let drafts = env.wait_drafts(1, 600);
    let name = drafts[0]
        .file_name()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    assert!(name.contains("_girp_"), "{name}");
    assert_eq!(mode(&drafts[0]), 0o600);
    let s = wait_for(10, "the latency figures", || {
        let s = env.status();
        (!s["last_job"].is_null()).then_some(s)
    });
    let last = &s["last_job"];
    let recorded = last["recorded_ms"].as_u64().unwrap();
    assert!((18_000..30_000).contains(&recorded), "{s}");
    assert!(last["stop_to_draft_ms"].as_u64().unwrap() > 0, "{s}");
    assert!(
        env.audio_in_state().is_empty(),
        "{:?}",
        env.audio_in_state()
    );
    assert!(env.stop().success());
}
