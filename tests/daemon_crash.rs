//! Jobs survive `kill -9`: killed during transcription and during drafting, a restarted
//! daemon ends every memo as exactly one draft, with no audio left and no orphan workers.

mod daemon_common;

use daemon_common::*;
use std::fs;
use std::time::Duration;

/// A longer memo (two fixtures back to back, ~40 s) so transcription takes a while.
fn long_memo(dest: &std::path::Path) {
    let mut samples = Vec::new();
    let mut spec = None;
    for i in [1, 3] {
        let mut r = hound::WavReader::open(fixture(&format!("audio/d0{i}.wav"))).unwrap();
        spec = Some(r.spec());
        samples.extend(r.samples::<i16>().map(Result::unwrap));
    }
    let tmp = dest.with_extension("part");
    let mut w = hound::WavWriter::create(&tmp, spec.unwrap()).unwrap();
    for s in samples {
        w.write_sample(s).unwrap();
    }
    w.finalize().unwrap();
    fs::rename(tmp, dest).unwrap();
}

fn assert_workers_die(kids: &[u32]) {
    wait_for(10, "the engine workers to die with the daemon", || {
        kids.iter().all(|&p| !alive(p)).then_some(())
    });
}

fn stage(env: &Env) -> Option<String> {
    env.status()["job"]["stage"].as_str().map(str::to_string)
}

#[test]
fn kill_9_during_transcription_then_restart_gives_exactly_one_draft() {
    let mut env = Env::new("");
    env.start();
    long_memo(&env.dir("incoming/long.wav"));
    wait_for(120, "transcription to start", || {
        (stage(&env).as_deref() == Some("transcribing")).then_some(())
    });
    // Let the Whisper worker get going, then pull the plug.
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(
        stage(&env).as_deref(),
        Some("transcribing"),
        "transcription finished too fast to test"
    );
    let kids = env.kill9();
    assert!(!kids.is_empty(), "no engine worker was running");
    assert_workers_die(&kids);
    // The job owns the audio; the incoming entry is gone; nothing drafted yet.
    assert!(!env.dir("incoming/long.wav").exists());
    assert_eq!(env.spool_jobs().len(), 1);
    assert!(env.drafts().is_empty());

    env.start();
    let drafts = env.wait_drafts(1, 900);
    assert_eq!(drafts.len(), 1);
    assert!(
        env.audio_in_state().is_empty(),
        "{:?}",
        env.audio_in_state()
    );
    assert!(files_under(&env.dir("failed")).is_empty());
    // Stays at one.
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(env.drafts().len(), 1);
    let kids = children_of(env.daemon.as_ref().unwrap().id());
    env.kill9();
    assert_workers_die(&kids);
}

#[test]
fn kill_9_during_drafting_then_restart_gives_exactly_one_draft() {
    let mut env = Env::new("");
    env.start();
    // d06 has clauses no keyword rule places, so drafting runs the model and takes a while.
    fs::copy(fixture("audio/d06.wav"), env.dir("incoming/.d06.wav")).unwrap();
    fs::rename(env.dir("incoming/.d06.wav"), env.dir("incoming/d06.wav")).unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(600);
    loop {
        let s = env.status();
        if s["job"]["stage"] == "drafting" {
            break;
        }
        assert!(
            env.drafts().is_empty(),
            "drafting finished before it could be interrupted"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "drafting never started"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let kids = env.kill9();
    assert_workers_die(&kids);
    // Transcribed: the audio is already gone, the transcript is in the spool.
    assert!(
        env.audio_in_state().is_empty(),
        "{:?}",
        env.audio_in_state()
    );
    let jobs = env.spool_jobs();
    assert_eq!(jobs.len(), 1);
    assert!(jobs[0].join("transcript.json").exists());
    assert_eq!(mode(&jobs[0].join("transcript.json")), 0o600);

    env.start();
    let drafts = env.wait_drafts(1, 600);
    assert_eq!(drafts.len(), 1);
    assert!(env.audio_in_state().is_empty());
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(env.drafts().len(), 1);
}
