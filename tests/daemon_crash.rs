//! Jobs survive `kill -9`: killed during transcription and during drafting, a restarted
//! daemon ends every memo as exactly one draft, with no audio left and no orphan workers.

mod common;
mod daemon_common;

use daemon_common::*;
use std::fs;
use std::time::Duration;

/// A longer memo (four fixtures back to back, ~75 s, three Whisper windows) so transcription
/// takes seconds even on a machine faster than the 2-core one the tests were written on.
fn long_memo(dest: &std::path::Path) {
    let mut samples = Vec::new();
    let mut spec = None;
    for i in [1, 3, 5, 2] {
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
    std::thread::sleep(Duration::from_millis(1000));
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

/// Issue 4's acceptance scenario: six memos (wav, m4a and text) and a corrupt file dropped
/// together, the daemon killed with SIGKILL while it works through them, then restarted: six
/// drafts, one per memo, the corrupt file and its report in `failed/`, no audio left anywhere.
#[test]
fn a_backlog_of_six_memos_and_a_corrupt_file_survives_kill_9() {
    require_tool("ffmpeg");
    let mut env = Env::new("");
    let staging = env.dir("staging");
    fs::create_dir_all(&staging).unwrap();
    let mut names = Vec::new();
    for i in 1..=6 {
        let src = fixture(&format!("audio/d0{i}.wav"));
        let name = match i {
            2 => {
                let out = staging.join("d02.m4a");
                let ok = std::process::Command::new("ffmpeg")
                    .args(["-loglevel", "error", "-y", "-i"])
                    .arg(&src)
                    .args(["-ar", "44100", "-c:a", "aac", "-b:a", "96k"])
                    .arg(&out)
                    .status()
                    .unwrap()
                    .success();
                assert!(ok, "ffmpeg could not make the m4a");
                "d02.m4a".to_string()
            }
            4 => {
                let text = common::memo_text("d04");
                fs::write(staging.join("d04.txt"), text).unwrap();
                "d04.txt".to_string()
            }
            _ => {
                fs::copy(&src, staging.join(format!("d0{i}.wav"))).unwrap();
                format!("d0{i}.wav")
            }
        };
        names.push(name);
    }
    fs::write(
        staging.join("broken.wav"),
        b"RIFF\x10\x00\x00\x00WAVEjunkjunkjunk",
    )
    .unwrap();
    names.push("broken.wav".into());

    env.start();
    // Drop all seven at once (renames within one file system: each appears complete).
    for n in &names {
        fs::rename(staging.join(n), env.dir(&format!("incoming/{n}"))).unwrap();
    }
    // Kill it mid-backlog: after the first draft, while later memos are still queued.
    wait_for(600, "the first draft", || {
        (!env.drafts().is_empty()).then_some(())
    });
    let done_before = env.drafts().len();
    assert!(
        done_before < 6,
        "the backlog finished before it could be interrupted"
    );
    let kids = env.kill9();
    assert_workers_die(&kids);

    env.start();
    // (Not `wait_drafts`: that one treats anything in failed/ as an error.)
    wait_for(900, "six drafts and an empty queue", || {
        let d = env.drafts();
        assert!(d.len() <= 6, "more drafts than memos: {d:?}");
        (d.len() == 6 && env.spool_jobs().is_empty()).then_some(())
    });
    wait_for(60, "the corrupt file's report", || {
        env.dir("failed/broken.wav.error.txt")
            .exists()
            .then_some(())
    });
    // Settled: nothing more appears.
    std::thread::sleep(Duration::from_secs(3));
    let drafts = env.drafts();
    assert_eq!(drafts.len(), 6, "{drafts:?}");
    // One draft per memo: each draft's transcript names a different memo.
    let mut firsts: Vec<String> = drafts
        .iter()
        .map(|d| {
            let text = fs::read_to_string(d).unwrap();
            let t = text
                .split("## Memo transcript")
                .nth(1)
                .unwrap()
                .to_lowercase();
            t.split_whitespace().take(4).collect::<Vec<_>>().join(" ")
        })
        .collect();
    firsts.sort();
    firsts.dedup();
    assert_eq!(firsts.len(), 6, "duplicate drafts: {firsts:?}");
    let failed = files_under(&env.dir("failed"));
    assert!(env.dir("failed/broken.wav").exists(), "{failed:?}");
    assert_eq!(failed.len(), 2, "{failed:?}");
    assert!(files_under(&env.dir("incoming")).is_empty());
    assert!(env.spool_jobs().is_empty(), "{:?}", env.spool_jobs());
    assert!(
        env.audio_in_state().is_empty(),
        "{:?}",
        env.audio_in_state()
    );
    let kids = children_of(env.daemon.as_ref().unwrap().id());
    env.kill9();
    assert_workers_die(&kids);
}
