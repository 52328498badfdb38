//! One daemon per state folder: an exclusive `flock` on `<state>/daemon.lock`, held for the
//! daemon's life. The kernel drops it when the process dies however it dies, so a restart after
//! `kill -9` is never refused, while a second daemon can never run two workers on one job.

use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, Write};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::AsRawFd;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error("another hushnote daemon is already running{pid} (it holds {path}); stop it first (`systemctl --user stop hushnote`), or use a different [paths] state folder")]
    AlreadyRunning { path: PathBuf, pid: String },
    #[error("cannot lock {path}: {source}; check that the state folder is writable")]
    Io { path: PathBuf, source: io::Error },
}

/// Held while the daemon runs; dropping it releases the lock.
#[derive(Debug)]
pub struct DaemonLock {
    _file: File,
}

pub fn acquire(state: &Path) -> Result<DaemonLock, LockError> {
    let path = state.join("daemon.lock");
    let io_err = |source| LockError::Io {
        path: path.clone(),
        source,
    };
    // std opens with O_CLOEXEC, so engine workers never inherit (and keep) the lock.
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&path)
        .map_err(io_err)?;
    // SAFETY: flock on a file descriptor we own; no memory is shared with the kernel.
    let rc = unsafe { libc::flock(file.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) };
    if rc != 0 {
        let e = io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::EWOULDBLOCK) {
            let mut pid = String::new();
            let _ = file.read_to_string(&mut pid);
            let pid = pid.trim();
            return Err(LockError::AlreadyRunning {
                path,
                pid: if pid.is_empty() {
                    String::new()
                } else {
                    format!(" (pid {pid})")
                },
            });
        }
        return Err(io_err(e));
    }
    file.set_len(0).map_err(io_err)?;
    file.rewind().map_err(io_err)?;
    writeln!(file, "{}", std::process::id()).map_err(io_err)?;
    Ok(DaemonLock { _file: file })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_lock_is_refused_and_released_on_drop() {
        let t = tempfile::tempdir().unwrap();
        let a = acquire(t.path()).unwrap();
        let e = acquire(t.path()).unwrap_err();
        assert!(e.to_string().contains("already running"), "{e}");
        assert!(
            e.to_string().contains(&std::process::id().to_string()),
            "{e}"
        );
        drop(a);
        acquire(t.path()).unwrap();
    }
}
