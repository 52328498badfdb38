//! Supervision of engine worker processes.
//!
//! Whisper and Llama each run in their own process (DESIGN §2: one ggml per process, and an
//! engine may abort). This module spawns a worker binary, exchanges framed messages with it
//! (`hushnote-protocol`), and turns a crash, an abort or a hang-up into a typed error the caller
//! can retry. It never sees transcript text beyond passing it through.

use hushnote_protocol::{read_frame, write_frame, FrameError};
use serde::{de::DeserializeOwned, Serialize};
use std::collections::VecDeque;
use std::io::{BufRead, BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex};

/// Which engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkerKind {
    Whisper,
    Llama,
}

impl WorkerKind {
    pub fn binary_name(self) -> &'static str {
        match self {
            WorkerKind::Whisper => "hushnote-whisper-worker",
            WorkerKind::Llama => "hushnote-llama-worker",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum WorkerError {
    #[error("engine worker {path} not found; build it with `cargo build --release --workspace` (scripts/run.sh does) or set HUSHNOTE_WORKER_DIR to the folder holding it")]
    NotFound { path: PathBuf },
    #[error("cannot start engine worker {path}: {source}")]
    Spawn {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the {name} engine stopped unexpectedly ({status}){detail}; the memo is kept and can be retried")]
    Crashed {
        name: &'static str,
        status: String,
        detail: String,
    },
    #[error("the {name} engine sent something unexpected: {source}")]
    Protocol {
        name: &'static str,
        source: FrameError,
    },
}

impl WorkerError {
    /// True when trying again with a fresh worker may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            WorkerError::Crashed { .. } | WorkerError::Protocol { .. }
        )
    }
}

/// Where worker binaries live: `$HUSHNOTE_WORKER_DIR`, else beside the running executable.
pub fn worker_dir() -> PathBuf {
    if let Some(d) = std::env::var_os("HUSHNOTE_WORKER_DIR") {
        return PathBuf::from(d);
    }
    std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .unwrap_or_else(|| PathBuf::from("."))
}

/// A running worker process. Dropping it kills the process.
pub struct Worker {
    kind: WorkerKind,
    child: Child,
    stdin: BufWriter<ChildStdin>,
    stdout: BufReader<ChildStdout>,
    stderr_tail: Arc<Mutex<VecDeque<String>>>,
}

impl Worker {
    pub fn spawn(kind: WorkerKind) -> Result<Self, WorkerError> {
        let path = worker_dir().join(kind.binary_name());
        if !path.exists() {
            return Err(WorkerError::NotFound { path });
        }
        let mut child = Command::new(&path)
            // On an assertion ggml would run gdb on itself to print a backtrace: seconds of
            // debugger text ("[Inferior 1 (process N) detached]") in the daemon's log and in
            // the error the user reads, instead of the assertion that explains the crash.
            .env("GGML_NO_BACKTRACE", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|source| WorkerError::Spawn {
                path: path.clone(),
                source,
            })?;
        let (Some(stdin), Some(stdout), Some(stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            let _ = child.kill();
            return Err(WorkerError::Spawn {
                path,
                source: std::io::Error::other("worker pipes missing"),
            });
        };
        // Keep the last few stderr lines (engine diagnostics such as GGML_ASSERT; workers never
        // print memo text) to explain a crash.
        let tail = Arc::new(Mutex::new(VecDeque::new()));
        let t2 = Arc::clone(&tail);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Ok(mut q) = t2.lock() {
                    if q.len() == 4 {
                        q.pop_front();
                    }
                    q.push_back(line.chars().take(300).collect());
                }
            }
        });
        Ok(Self {
            kind,
            child,
            stdin: BufWriter::new(stdin),
            stdout: BufReader::new(stdout),
            stderr_tail: tail,
        })
    }

    pub fn kind(&self) -> WorkerKind {
        self.kind
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    fn name(&self) -> &'static str {
        match self.kind {
            WorkerKind::Whisper => "Whisper",
            WorkerKind::Llama => "Llama",
        }
    }

    /// Sends one request and waits for its response.
    pub fn request<Q: Serialize, A: DeserializeOwned>(
        &mut self,
        req: &Q,
        payload: &[u8],
    ) -> Result<A, WorkerError> {
        let name = self.name();
        if let Err(e) = write_frame(&mut self.stdin, req, payload) {
            return Err(self.crash_or(e, name));
        }
        match read_frame::<_, A>(&mut self.stdout) {
            Ok(Some((resp, _))) => Ok(resp),
            Ok(None) => Err(self.crashed()),
            Err(e) => Err(self.crash_or(e, name)),
        }
    }

    fn crash_or(&mut self, e: FrameError, name: &'static str) -> WorkerError {
        match e {
            FrameError::Io(_) => self.crashed(),
            other => WorkerError::Protocol {
                name,
                source: other,
            },
        }
    }

    fn crashed(&mut self) -> WorkerError {
        let status = match self.child.wait() {
            Ok(s) => describe_status(s),
            Err(e) => format!("status unknown: {e}"),
        };
        // Give the stderr reader a moment to collect the last words.
        std::thread::sleep(std::time::Duration::from_millis(50));
        let detail = self
            .stderr_tail
            .lock()
            .ok()
            .and_then(|q| q.iter().rev().find(|l| !l.trim().is_empty()).cloned())
            .map(|l| format!(": {l}"))
            .unwrap_or_default();
        WorkerError::Crashed {
            name: self.name(),
            status,
            detail,
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn describe_status(s: ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    if let Some(sig) = s.signal() {
        let name = match sig {
            libc::SIGABRT => " (SIGABRT: an engine assertion failed)",
            libc::SIGKILL => " (SIGKILL: killed, possibly out of memory)",
            libc::SIGSEGV => " (SIGSEGV)",
            _ => "",
        };
        format!("killed by signal {sig}{name}")
    } else {
        format!("exit code {}", s.code().unwrap_or(-1))
    }
}
