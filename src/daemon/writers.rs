//! Is anyone still writing this file? The watch folder must never take a memo that a phone
//! sync, a network share or a recorder still has open for writing: a stable size over
//! `settle_ms` is not proof, because a writer may pause longer than that between chunks.
//!
//! The kernel answers exactly through a read lease (`fcntl(F_SETLEASE, F_RDLCK)`): it is
//! granted only when no process, of any user, has the file open for writing. The lease is
//! dropped at once (it exists only to ask), and the signal a lease break would send
//! (SIGIO, whose default action ends the process) is ignored. A lease needs the caller to own
//! the file and a filesystem that supports leases (not NFS or SMB); where it cannot be taken
//! the answer comes from `/proc/*/fdinfo` instead: any file descriptor of a process we can
//! see (ours, or all when running as root) open on the same inode with write access.

use std::fs::{self, File};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::os::unix::io::AsRawFd;
use std::path::Path;
use std::sync::Once;

/// Whether some process has `path` open for writing. Errs on the side of "yes" only where
/// the kernel said so; `false` when nothing shows a writer.
pub fn open_for_writing(path: &Path) -> bool {
    match lease_says(path) {
        Some(answer) => answer,
        None => proc_says(path),
    }
}

/// Some(true/false) from a read lease; None when no lease can be taken here.
fn lease_says(path: &Path) -> Option<bool> {
    static IGNORE_SIGIO: Once = Once::new();
    IGNORE_SIGIO.call_once(|| {
        // SAFETY: setting a signal's disposition to SIG_IGN has no preconditions; nothing in
        // hushnote uses SIGIO, whose default action would end the daemon if a writer opened
        // the file during the microseconds the lease is held.
        unsafe {
            libc::signal(libc::SIGIO, libc::SIG_IGN);
        }
    });
    // O_NOFOLLOW: never a symlink swapped in; O_NONBLOCK: never wait on a FIFO.
    let file = File::options()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .open(path)
        .ok()?;
    let fd = file.as_raw_fd();
    // SAFETY: fd is a valid open descriptor owned by `file` for the duration of both calls.
    let r = unsafe { libc::fcntl(fd, libc::F_SETLEASE, libc::F_RDLCK) };
    if r == 0 {
        // SAFETY: as above.
        unsafe { libc::fcntl(fd, libc::F_SETLEASE, libc::F_UNLCK) };
        return Some(false);
    }
    match std::io::Error::last_os_error().raw_os_error() {
        // EAGAIN (EWOULDBLOCK): the file is open for writing somewhere.
        Some(libc::EAGAIN) => Some(true),
        // EACCES/EPERM (not our file), EINVAL (no lease support here, e.g. NFS).
        _ => None,
    }
}

/// Looks through `/proc/<pid>/fd` for a descriptor on the same file opened for writing.
fn proc_says(path: &Path) -> bool {
    let Ok(target) = fs::metadata(path) else {
        return false;
    };
    let (dev, ino) = (target.dev(), target.ino());
    let Ok(procs) = fs::read_dir("/proc") else {
        return false;
    };
    for p in procs.filter_map(Result::ok) {
        let name = p.file_name();
        let Some(pid) = name
            .to_str()
            .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        let Ok(fds) = fs::read_dir(format!("/proc/{pid}/fd")) else {
            continue;
        };
        for fd in fds.filter_map(Result::ok) {
            // metadata() follows the magic link to the open file itself.
            let Ok(m) = fs::metadata(fd.path()) else {
                continue;
            };
            if m.dev() != dev || m.ino() != ino {
                continue;
            }
            let info = fs::read_to_string(format!(
                "/proc/{pid}/fdinfo/{}",
                fd.file_name().to_string_lossy()
            ))
            .unwrap_or_default();
            if writable_flags(&info) {
                return true;
            }
        }
    }
    false
}

/// `flags:` in an fdinfo file (octal) opens for writing (O_WRONLY or O_RDWR).
fn writable_flags(fdinfo: &str) -> bool {
    fdinfo
        .lines()
        .find_map(|l| l.strip_prefix("flags:"))
        .and_then(|f| u32::from_str_radix(f.trim(), 8).ok())
        .is_some_and(|flags| flags & libc::O_ACCMODE as u32 != libc::O_RDONLY as u32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_file_held_open_for_writing_is_seen_and_a_closed_one_is_not() {
        let t = tempfile::tempdir().unwrap();
        let p = t.path().join("memo.wav");
        let mut w = File::create(&p).unwrap();
        w.write_all(b"RIFF").unwrap();
        assert!(open_for_writing(&p));
        assert!(proc_says(&p), "the /proc fallback sees it too");
        let r = File::open(&p).unwrap();
        drop(w);
        assert!(!open_for_writing(&p), "a reader is not a writer");
        assert!(!proc_says(&p));
        drop(r);
        assert!(!open_for_writing(&p));
    }

    #[test]
    fn fdinfo_flags_are_read_as_octal() {
        assert!(writable_flags("pos:\t0\nflags:\t0100001\nmnt_id:\t1\n"));
        assert!(writable_flags("flags:\t02\n"));
        assert!(!writable_flags("pos:\t0\nflags:\t0100000\n"));
        assert!(!writable_flags("nothing here"));
    }
}
