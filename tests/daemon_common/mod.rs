//! Shared harness for the daemon integration tests: a private set of folders and config per
//! test, the real release binary, and helpers to poll the daemon and inspect what it left.
#![allow(dead_code)]

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

// Re-exported so a daemon test needs only `use daemon_common::*`; not every test uses both.
#[allow(unused_imports)]
pub use crate::common::{bin, fixture};

pub const AUDIO_EXTS: &[&str] = &[
    "wav", "m4a", "mp4", "aac", "mp3", "flac", "ogg", "oga", "opus",
];

/// Fails (never skips) when a tool the test needs is missing.
pub fn require_tool(name: &str) {
    let found = Command::new("sh")
        .arg("-c")
        .arg(format!("command -v {name}"))
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        found,
        "`{name}` is required by this test but not installed; run scripts/test.sh (it installs pulseaudio, pulseaudio-utils and ffmpeg) or `apt-get install {name}`"
    );
}

pub fn mode(p: &Path) -> u32 {
    fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
}

/// Polls `f` every 50 ms until it returns Some, or panics after `secs` with `what`.
pub fn wait_for<T>(secs: u64, what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(
            Instant::now() < deadline,
            "timed out after {secs} s waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Every file below `dir` (recursively, symlinks not followed).
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(rd) = fs::read_dir(dir) else {
        return out;
    };
    for e in rd.filter_map(Result::ok) {
        let p = e.path();
        match e.file_type() {
            Ok(t) if t.is_dir() => out.extend(files_under(&p)),
            Ok(_) => out.push(p),
            Err(_) => {}
        }
    }
    out
}

/// pids whose parent is `pid`.
pub fn children_of(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    for e in fs::read_dir("/proc").unwrap().filter_map(Result::ok) {
        let Ok(child) = e.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(stat) = fs::read_to_string(e.path().join("stat")) else {
            continue;
        };
        // pid (comm) state ppid ...; comm may hold spaces, so split after the last ')'.
        let Some(rest) = stat.rsplit_once(')').map(|(_, r)| r) else {
            continue;
        };
        if rest.split_whitespace().nth(1).and_then(|p| p.parse().ok()) == Some(pid) {
            out.push(child);
        }
    }
    out
}

pub fn alive(pid: u32) -> bool {
    // A zombie is dead for our purposes.
    fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            s.rsplit_once(')')
                .and_then(|(_, r)| r.split_whitespace().next().map(|st| st != "Z"))
                .unwrap_or(false)
        })
        .unwrap_or(false)
}

/// One test's world: folders, config, runtime dir, and a daemon.
pub struct Env {
    pub root: tempfile::TempDir,
    pub config: PathBuf,
    pub runtime: PathBuf,
    pub daemon: Option<Child>,
    /// Session bus address given to the daemon (None: no session bus).
    pub dbus: Option<String>,
    pulse: bool,
}

impl Env {
    /// `extra` is appended to the config (TOML tables other than [paths]).
    pub fn new(extra: &str) -> Self {
        let root = tempfile::tempdir().unwrap();
        let r = root.path();
        let runtime = r.join("run");
        fs::create_dir(&runtime).unwrap();
        fs::set_permissions(&runtime, fs::Permissions::from_mode(0o700)).unwrap();
        let config = r.join("config.toml");
        let text = format!(
            "[paths]\ninbox = \"{0}/inbox\"\nincoming = \"{0}/incoming\"\nfailed = \"{0}/failed\"\n\
             private = \"{0}/private\"\nstate = \"{0}/state\"\n\n{extra}\n",
            r.display()
        );
        let text = if text.contains("[notify]") {
            text
        } else {
            format!("{text}\n[notify]\ndesktop = false\n")
        };
        let text = if text.contains("[watch]") {
            text
        } else {
            format!("{text}\n[watch]\nsettle_ms = 300\n")
        };
        fs::write(&config, text).unwrap();
        Self {
            root,
            config,
            runtime,
            daemon: None,
            dbus: None,
            pulse: false,
        }
    }

    pub fn dir(&self, name: &str) -> PathBuf {
        self.root.path().join(name)
    }

    pub fn log_path(&self) -> PathBuf {
        self.dir("daemon.log")
    }

    fn command(&self) -> Command {
        let mut c = Command::new(bin());
        c.arg("--config")
            .arg(&self.config)
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .env_remove("HUSHNOTE_CONFIG")
            .env("HUSHNOTE_LOG", "hushnote=debug");
        if let Some(a) = &self.dbus {
            c.env("DBUS_SESSION_BUS_ADDRESS", a);
        }
        c
    }

    /// Runs `hushnote ARGS` to completion.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command().args(args).output().unwrap()
    }

    /// Starts the daemon and waits for its control socket.
    pub fn start(&mut self) -> u32 {
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(self.log_path())
            .unwrap();
        let sock = self.dir("state/control.sock");
        let _ = fs::remove_file(&sock);
        let child = self
            .command()
            .arg("daemon")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap();
        let pid = child.id();
        self.daemon = Some(child);
        wait_for(60, "the daemon's control socket", || {
            if let Some(c) = self.daemon.as_mut() {
                if let Ok(Some(status)) = c.try_wait() {
                    panic!("the daemon exited early ({status}); log:\n{}", self.log());
                }
            }
            sock.exists().then_some(())
        });
        pid
    }

    pub fn log(&self) -> String {
        fs::read_to_string(self.log_path()).unwrap_or_default()
    }

    /// `kill -9` the daemon; returns the pids of its children at that moment.
    pub fn kill9(&mut self) -> Vec<u32> {
        let mut c = self.daemon.take().expect("daemon running");
        let kids = children_of(c.id());
        c.kill().unwrap();
        c.wait().unwrap();
        kids
    }

    /// SIGTERM the daemon and wait for it to exit.
    pub fn stop(&mut self) -> std::process::ExitStatus {
        let mut c = self.daemon.take().expect("daemon running");
        // SAFETY: signalling our own child process.
        unsafe { libc::kill(c.id() as i32, libc::SIGTERM) };
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(s) = c.try_wait().unwrap() {
                return s;
            }
            if Instant::now() > deadline {
                let _ = c.kill();
                panic!("the daemon ignored SIGTERM for 15 s; log:\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn status(&self) -> serde_json::Value {
        let out = self.run(&["status", "--json"]);
        assert!(
            out.status.success(),
            "status failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    }

    pub fn drafts(&self) -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = fs::read_dir(self.dir("inbox"))
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e == "md"))
                    .collect()
            })
            .unwrap_or_default();
        v.sort();
        v
    }

    /// Waits until `n` drafts are in the inbox and the queue is empty.
    pub fn wait_drafts(&self, n: usize, secs: u64) -> Vec<PathBuf> {
        wait_for(secs, &format!("{n} draft(s) in the inbox"), || {
            let d = self.drafts();
            assert!(d.len() <= n, "more drafts than memos: {d:?}");
            let failed = files_under(&self.dir("failed"));
            assert!(
                failed.is_empty(),
                "unexpected failure: {failed:?}\n{}",
                self.log()
            );
            (d.len() == n && self.spool_jobs().is_empty()).then_some(d)
        })
    }

    pub fn spool_jobs(&self) -> Vec<PathBuf> {
        fs::read_dir(self.dir("state/spool"))
            .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default()
    }

    /// Audio files anywhere under the state folder (the spool included).
    pub fn audio_in_state(&self) -> Vec<PathBuf> {
        files_under(&self.dir("state"))
            .into_iter()
            .filter(|p| {
                p.extension().is_some_and(|e| {
                    AUDIO_EXTS.contains(&e.to_string_lossy().to_ascii_lowercase().as_str())
                }) || p.to_string_lossy().contains(".part")
            })
            .collect()
    }

    /// Starts a private PulseAudio with a null sink `memo_sink` and a virtual microphone
    /// `virtual_mic` (its monitor) as the default source (DESIGN §5).
    pub fn start_pulse(&mut self) {
        require_tool("pulseaudio");
        require_tool("pactl");
        require_tool("paplay");
        let ok = Command::new("pulseaudio")
            .args([
                "-D",
                "-n",
                "--exit-idle-time=-1",
                "--load=module-native-protocol-unix",
                "--load=module-null-sink sink_name=memo_sink",
                "--load=module-remap-source master=memo_sink.monitor source_name=virtual_mic",
            ])
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(ok.success(), "pulseaudio did not start");
        self.pulse = true;
        let ok = Command::new("pactl")
            .args(["set-default-source", "virtual_mic"])
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .status()
            .unwrap();
        assert!(ok.success(), "pactl set-default-source failed");
    }

    /// Plays a file into the virtual microphone (blocks until played).
    pub fn play(&self, file: &Path) {
        let ok = Command::new("paplay")
            .arg("--device=memo_sink")
            .arg(file)
            .env("XDG_RUNTIME_DIR", &self.runtime)
            .status()
            .unwrap();
        assert!(ok.success(), "paplay failed");
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        if let Some(mut c) = self.daemon.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
        if self.pulse {
            let _ = Command::new("pulseaudio")
                .arg("--kill")
                .env("XDG_RUNTIME_DIR", &self.runtime)
                .stderr(Stdio::null())
                .status();
        }
    }
}

/// The models folder the release binary uses by default (`$XDG_DATA_HOME/hushnote/models`),
/// where scripts/setup.sh installs the default models.
pub fn default_models_dir() -> PathBuf {
    std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").expect("HOME is set")).join(".local/share")
        })
        .join("hushnote/models")
}

/// A private D-Bus session bus (its own dbus-daemon) watched by dbus-monitor, so a test sees
/// the desktop notifications the daemon sends; both processes end when this is dropped.
pub struct Bus {
    pid: i32,
    monitor: Child,
    /// What dbus-monitor saw on the notifications interface.
    pub out: PathBuf,
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.monitor.kill();
        let _ = self.monitor.wait();
        // SAFETY: signalling the dbus-daemon this test started.
        unsafe { libc::kill(self.pid, libc::SIGTERM) };
    }
}

/// Starts a [`Bus`] writing its log under `dir`; returns the bus address for `Env::dbus`.
pub fn private_bus(dir: &Path) -> (String, Bus) {
    require_tool("dbus-daemon");
    require_tool("dbus-monitor");
    let out = Command::new("dbus-daemon")
        .args(["--session", "--fork", "--print-address=1", "--print-pid=1"])
        .output()
        .unwrap();
    assert!(out.status.success(), "dbus-daemon did not start");
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    let address = lines.next().unwrap().to_string();
    let pid: i32 = lines.next().unwrap().trim().parse().unwrap();
    let log = dir.join("dbus-monitor.txt");
    let monitor = Command::new("dbus-monitor")
        .args([
            "--address",
            &address,
            "interface='org.freedesktop.Notifications'",
        ])
        .stdout(fs::File::create(&log).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    (
        address,
        Bus {
            pid,
            monitor,
            out: log,
        },
    )
}
