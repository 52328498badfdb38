//! The durable job spool: one folder per memo under `<state>/spool`, so that a memo survives
//! anything (a crash, `kill -9`, a power cut) and ends as exactly one draft.
//!
//! A job folder is built under a hidden `.new-<name>` folder (job.json first, then the memo's
//! bytes moved in) and renamed to `<created ms>-<id>` once complete, so the folder name orders
//! jobs by arrival. The dropped file leaves `incoming/` only by that move (a rename, or
//! copy + fsync + unlink across filesystems), so at every moment exactly one of the two places
//! owns the bytes; [`Spool::recover`] finishes or undoes an intake that a crash interrupted.
//!
//! Stages: `queued` (memo bytes here) → `transcribed` (`transcript.json` stored durably, and
//! only then the audio deleted) → `delivered` (draft in the inbox; the folder is removed next).
//! Drafts are delivered idempotently per job id (`pipeline::deliver`), so repeating the last
//! stage after a crash never makes a second draft.

use crate::fsutil;
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::{self, Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

const META: &str = "job.json";
const TRANSCRIPT: &str = "transcript.json";
const MIC_AUDIO: &str = "audio.wav";
const NEW_PREFIX: &str = ".new-";
/// Prefix of a finished job's folder while it is being removed (see [`Job::remove`]).
const DONE_PREFIX: &str = ".done-";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An audio file dropped in the watch folder.
    Audio,
    /// A typed memo (.txt, .md) dropped in the watch folder.
    Text,
    /// A microphone recording.
    Mic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stage {
    Queued,
    Transcribed,
    Delivered,
}

/// `job.json`. Holds no memo text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct JobMeta {
    pub id: String,
    /// The memo's original file name (or `microphone`), for reports and logs.
    pub source: String,
    /// Note format chosen by a format subfolder or `record --format`; None = the client's
    /// default format, else the config's.
    pub format: Option<String>,
    /// Client id chosen by `record --client` or an `incoming/<client-id>/` folder; None = the
    /// memo's spoken opener decides. Absent in jobs spooled by older versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client: Option<String>,
    pub kind: Kind,
    /// RFC 3339, local time.
    pub created: String,
    pub stage: Stage,
    /// Where the memo was taken from (used only to recover an interrupted intake).
    #[serde(default)]
    pub origin: Option<PathBuf>,
    /// Extension of the memo file in the job folder.
    #[serde(default)]
    pub ext: Option<String>,
    /// Length of a microphone recording.
    #[serde(default)]
    pub recorded_ms: Option<u64>,
    /// When the recording stopped, or the file was taken (ms since the epoch): latency base.
    #[serde(default)]
    pub stopped_unix_ms: Option<u64>,
    /// Microphone memos: the recording's key and where it was cut into segments that were
    /// transcribed during the recording (in memory only; after a restart the whole recording
    /// is transcribed again).
    #[serde(default)]
    pub rec: Option<String>,
    #[serde(default)]
    pub cuts: Vec<usize>,
    /// A kept transcript queued again (`hushnote retry`): the facts of the memo it came from,
    /// for the draft's front matter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<MemoFacts>,
}

/// A model as the draft's front matter records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelFacts {
    pub name: String,
    pub sha256: String,
}

impl From<&crate::models::ModelRef> for ModelFacts {
    fn from(m: &crate::models::ModelRef) -> Self {
        Self {
            name: m.name.clone(),
            sha256: m.sha256.clone(),
        }
    }
}

impl ModelFacts {
    /// For front matter only (the file is not needed to name a model that already ran).
    pub fn to_model_ref(&self) -> crate::models::ModelRef {
        crate::models::ModelRef {
            name: self.name.clone(),
            path: PathBuf::new(),
            sha256: self.sha256.clone(),
        }
    }
}

/// What a voice memo's transcript must carry to its draft once the audio is gone: kept beside
/// a transcript in `failed/` as `<name>.memo.json` (0600), and in the job of a retry. Holds no
/// memo text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MemoFacts {
    /// Length of the recording.
    pub memo_seconds: f64,
    /// The Whisper model that made the transcript.
    pub whisper: Option<ModelFacts>,
    /// When the memo arrived (RFC 3339): the draft's `created`.
    pub created: String,
    /// Whether the audio was deleted once the transcript was stored.
    pub audio_deleted: bool,
    /// Why the audio was kept (when it was).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audio_kept_reason: Option<String>,
}

/// What a microphone memo brings besides its samples.
#[derive(Debug, Clone, Default)]
pub struct MicInfo {
    pub format: Option<String>,
    /// `record --client`.
    pub client: Option<String>,
    pub recorded_ms: u64,
    pub stopped_unix_ms: u64,
    pub rec: Option<String>,
    pub cuts: Vec<usize>,
}

/// `transcript.json`: the memo in words, the only form kept once the audio is gone.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredTranscript {
    pub text: String,
    pub audio_seconds: f64,
    pub asr_ms: u64,
    pub from_audio: bool,
    /// Segments transcribed during the recording (0: transcribed whole after the stop).
    #[serde(default)]
    pub segments: usize,
    /// The Whisper model that made it (None for typed memos, and in spools written before
    /// this field: then the configured model is named).
    #[serde(default)]
    pub whisper: Option<ModelFacts>,
    /// Why the audio was kept although the memo was transcribed (None: deleted).
    #[serde(default)]
    pub audio_kept_reason: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SpoolError {
    #[error("cannot take {path} into the job spool {spool}: {source}; check that both folders are writable and the disk is not full")]
    Take {
        path: PathBuf,
        spool: PathBuf,
        source: io::Error,
    },
    #[error("cannot write to the job spool {spool}: {source}; check that it is writable and the disk is not full")]
    Write { spool: PathBuf, source: io::Error },
    #[error("job {dir} is damaged: {message}")]
    Damaged { dir: PathBuf, message: String },
}

/// The spool folder.
#[derive(Debug, Clone)]
pub struct Spool {
    dir: PathBuf,
}

/// One job folder and its metadata.
#[derive(Debug, Clone)]
pub struct Job {
    pub dir: PathBuf,
    pub meta: JobMeta,
}

/// Milliseconds since the epoch.
pub fn now_ms() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// A short random id (8 hex digits): ends the draft's file name.
pub fn new_id() -> String {
    let mut b = [0u8; 4];
    let ok = fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut b));
    if ok.is_err() {
        // Fallback: time and pid mixed; unique enough for one user's memos.
        let x = (now_ms() as u32) ^ std::process::id().rotate_left(16);
        b = x.to_le_bytes();
    }
    hex::encode(b)
}

impl Spool {
    /// Opens (creating, 0700) `<state>/spool`.
    pub fn open(state: &Path) -> Result<Self, SpoolError> {
        let dir = state.join("spool");
        fsutil::ensure_private_dir(&dir).map_err(|source| SpoolError::Write {
            spool: dir.clone(),
            source,
        })?;
        Ok(Self { dir })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn write_err(&self, source: io::Error) -> SpoolError {
        SpoolError::Write {
            spool: self.dir.clone(),
            source,
        }
    }

    /// Finishes or undoes intakes that a crash interrupted (`.new-*` folders): a folder that
    /// holds the complete memo while the original is gone becomes a job; otherwise the
    /// original is still where it was, and the partial folder is removed.
    pub fn recover(&self) -> Result<usize, SpoolError> {
        let mut finished = 0;
        for entry in fs::read_dir(&self.dir).map_err(|e| self.write_err(e))? {
            let entry = entry.map_err(|e| self.write_err(e))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            // A finished job whose removal a crash interrupted: already delivered.
            if name.starts_with(DONE_PREFIX) {
                fs::remove_dir_all(entry.path()).map_err(|e| self.write_err(e))?;
                continue;
            }
            let Some(final_name) = name.strip_prefix(NEW_PREFIX) else {
                continue;
            };
            let dir = entry.path();
            let keep = match read_meta(&dir) {
                Ok(meta) => {
                    let payload = payload_path(&dir, &meta).filter(|p| p.is_file());
                    match (payload, &meta.origin) {
                        (None, _) => false,
                        (Some(_), None) => true,
                        (Some(p), Some(origin)) => match fs::symlink_metadata(origin) {
                            // Both exist: an interrupted cross-filesystem copy (same bytes,
                            // original intact), unless a new file of that name has arrived.
                            Ok(o) => fs::metadata(&p).map(|m| m.len()).ok() != Some(o.len()),
                            Err(_) => true,
                        },
                    }
                }
                Err(_) => false,
            };
            if keep {
                fs::rename(&dir, self.dir.join(final_name)).map_err(|e| self.write_err(e))?;
                finished += 1;
                tracing::info!(
                    job = final_name,
                    "recovered a memo whose intake was interrupted"
                );
            } else {
                fs::remove_dir_all(&dir).map_err(|e| self.write_err(e))?;
            }
        }
        fsutil::sync_dir(&self.dir).map_err(|e| self.write_err(e))?;
        Ok(finished)
    }

    /// Every complete job, in the order to run them: jobs already transcribed first (they
    /// hold no audio and are nearly done), then by arrival.
    pub fn jobs(&self) -> Result<Vec<Job>, SpoolError> {
        let mut jobs = Vec::new();
        for entry in fs::read_dir(&self.dir).map_err(|e| self.write_err(e))? {
            let entry = entry.map_err(|e| self.write_err(e))?;
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') || !entry.path().is_dir() {
                continue;
            }
            let dir = entry.path();
            match read_meta(&dir) {
                Ok(mut meta) => {
                    if meta.stage == Stage::Queued && dir.join(TRANSCRIPT).is_file() {
                        // The transcript was stored but the stage not yet recorded.
                        meta.stage = Stage::Transcribed;
                    }
                    jobs.push(Job { dir, meta });
                }
                Err(e) => {
                    tracing::error!(job = %dir.display(), error = %e, "skipping a damaged job folder; move it aside by hand")
                }
            }
        }
        jobs.sort_by(|a, b| {
            let rank = |j: &Job| (j.meta.stage == Stage::Queued) as u8;
            (rank(a), a.dir.file_name()).cmp(&(rank(b), b.dir.file_name()))
        });
        Ok(jobs)
    }

    /// Number of complete jobs.
    pub fn len(&self) -> usize {
        fs::read_dir(&self.dir)
            .map(|rd| {
                rd.filter_map(Result::ok)
                    .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                    .count()
            })
            .unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn begin(&self, meta: &JobMeta) -> Result<(PathBuf, String), SpoolError> {
        let created = now_ms();
        let name = format!("{created:013}-{}", meta.id);
        let tmp = self.dir.join(format!("{NEW_PREFIX}{name}"));
        fsutil::ensure_private_dir(&tmp).map_err(|e| self.write_err(e))?;
        fsutil::write_private_atomic(&tmp.join(META), &to_json(meta)?)
            .map_err(|e| self.write_err(e))?;
        Ok((tmp, name))
    }

    fn finish(&self, tmp: &Path, name: &str, meta: JobMeta) -> Result<Job, SpoolError> {
        let dir = self.dir.join(name);
        fs::rename(tmp, &dir).map_err(|e| self.write_err(e))?;
        fsutil::sync_dir(&self.dir).map_err(|e| self.write_err(e))?;
        Ok(Job { dir, meta })
    }

    /// Moves a dropped file into a new job, drafted in `format` for `client` (None: decided
    /// later, see [`JobMeta`]). On success the file is gone from where it was.
    pub fn take_file(
        &self,
        src: &Path,
        format: Option<String>,
        client: Option<String>,
        kind: Kind,
    ) -> Result<Job, SpoolError> {
        self.take_kept(src, format, client, kind, None)
    }

    /// [`Spool::take_file`] for a kept transcript with the facts of its memo: the job keeps
    /// the memo's arrival time as its `created`.
    pub fn take_kept(
        &self,
        src: &Path,
        format: Option<String>,
        client: Option<String>,
        kind: Kind,
        facts: Option<MemoFacts>,
    ) -> Result<Job, SpoolError> {
        let ext = src
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .filter(|e| !e.is_empty() && e.chars().all(|c| c.is_ascii_alphanumeric()))
            .unwrap_or_else(|| "bin".into());
        let meta = JobMeta {
            id: new_id(),
            source: src
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "memo".into()),
            format,
            client,
            kind,
            created: facts
                .as_ref()
                .map(|f| f.created.clone())
                .unwrap_or_else(|| chrono::Local::now().to_rfc3339()),
            stage: Stage::Queued,
            origin: Some(src.to_path_buf()),
            ext: Some(ext.clone()),
            recorded_ms: None,
            stopped_unix_ms: Some(now_ms()),
            rec: None,
            cuts: Vec::new(),
            facts,
        };
        let (tmp, name) = self.begin(&meta)?;
        let dest = tmp.join(format!("memo.{ext}"));
        if let Err(source) = move_file(src, &dest) {
            let _ = fs::remove_dir_all(&tmp);
            return Err(SpoolError::Take {
                path: src.to_path_buf(),
                spool: self.dir.clone(),
                source,
            });
        }
        self.finish(&tmp, &name, meta)
    }

    /// Spools a microphone memo (16 kHz mono) as a 0600 WAV, deleted once transcribed.
    pub fn add_mic(&self, samples: &[f32], info: MicInfo) -> Result<Job, SpoolError> {
        let meta = JobMeta {
            id: new_id(),
            source: "microphone".into(),
            format: info.format,
            client: info.client,
            kind: Kind::Mic,
            created: chrono::Local::now().to_rfc3339(),
            stage: Stage::Queued,
            origin: None,
            ext: Some("wav".into()),
            recorded_ms: Some(info.recorded_ms),
            stopped_unix_ms: Some(info.stopped_unix_ms),
            rec: info.rec,
            cuts: info.cuts,
            facts: None,
        };
        let (tmp, name) = self.begin(&meta)?;
        if let Err(e) = write_wav(&tmp.join(MIC_AUDIO), samples) {
            let _ = fs::remove_dir_all(&tmp);
            return Err(self.write_err(e));
        }
        self.finish(&tmp, &name, meta)
    }
}

impl Job {
    /// The memo's bytes (audio or text) while the job holds them.
    pub fn payload(&self) -> Option<PathBuf> {
        payload_path(&self.dir, &self.meta).filter(|p| p.is_file())
    }

    pub fn transcript_path(&self) -> PathBuf {
        self.dir.join(TRANSCRIPT)
    }

    /// Reads a microphone memo's samples.
    pub fn read_mic_audio(&self) -> anyhow::Result<Vec<f32>> {
        let path = self.dir.join(MIC_AUDIO);
        let reader = hound::WavReader::open(&path).map_err(|e| {
            anyhow::anyhow!("cannot read the spooled recording {}: {e}", path.display())
        })?;
        reader
            .into_samples::<f32>()
            .collect::<Result<Vec<f32>, _>>()
            .map_err(|e| {
                anyhow::anyhow!("the spooled recording {} is damaged: {e}", path.display())
            })
    }

    /// Stores the transcript durably, records the stage, and only then deletes the audio.
    pub fn store_transcript(&mut self, t: &StoredTranscript) -> Result<(), SpoolError> {
        let err = |source| SpoolError::Write {
            spool: self.dir.clone(),
            source,
        };
        let json = serde_json::to_vec(t).map_err(|e| err(io::Error::other(e)))?;
        fsutil::write_private_atomic(&self.transcript_path(), &json).map_err(err)?;
        self.meta.stage = Stage::Transcribed;
        self.save()?;
        self.delete_audio()
    }

    /// Deletes the job's audio (never its text memo), durably.
    pub fn delete_audio(&self) -> Result<(), SpoolError> {
        if self.meta.kind == Kind::Text {
            return Ok(());
        }
        if let Some(p) = self.payload() {
            fs::remove_file(&p)
                .and_then(|()| fsutil::sync_dir(&self.dir))
                .map_err(|source| SpoolError::Write {
                    spool: self.dir.clone(),
                    source,
                })?;
        }
        Ok(())
    }

    pub fn load_transcript(&self) -> Result<StoredTranscript, SpoolError> {
        let bytes = fs::read(self.transcript_path()).map_err(|e| SpoolError::Damaged {
            dir: self.dir.clone(),
            message: format!("transcript unreadable: {e}"),
        })?;
        serde_json::from_slice(&bytes).map_err(|e| SpoolError::Damaged {
            dir: self.dir.clone(),
            message: format!("transcript unreadable: {e}"),
        })
    }

    pub fn set_stage(&mut self, stage: Stage) -> Result<(), SpoolError> {
        self.meta.stage = stage;
        self.save()
    }

    fn save(&self) -> Result<(), SpoolError> {
        fsutil::write_private_atomic(&self.dir.join(META), &to_json(&self.meta)?).map_err(
            |source| SpoolError::Write {
                spool: self.dir.clone(),
                source,
            },
        )
    }

    /// Removes the finished job's folder, durably. The folder is first renamed out of the
    /// queue (`.done-*`, one atomic step), so a kill -9 during the removal never leaves a
    /// half-deleted job (a transcript without its `job.json`) that reads as damaged and blocks
    /// the queue; `recover` clears what such a kill left.
    pub fn remove(self) -> Result<(), SpoolError> {
        let err = |source| SpoolError::Write {
            spool: self.dir.clone(),
            source,
        };
        let (Some(parent), Some(name)) = (self.dir.parent(), self.dir.file_name()) else {
            return fs::remove_dir_all(&self.dir).map_err(err);
        };
        let done = parent.join(format!("{DONE_PREFIX}{}", name.to_string_lossy()));
        fs::rename(&self.dir, &done)
            .and_then(|()| fsutil::sync_dir(parent))
            .and_then(|()| fs::remove_dir_all(&done))
            .and_then(|()| fsutil::sync_dir(parent))
            .map_err(err)
    }
}

fn to_json(meta: &JobMeta) -> Result<Vec<u8>, SpoolError> {
    serde_json::to_vec_pretty(meta).map_err(|e| SpoolError::Damaged {
        dir: PathBuf::new(),
        message: e.to_string(),
    })
}

fn read_meta(dir: &Path) -> Result<JobMeta, SpoolError> {
    let bytes = fs::read(dir.join(META)).map_err(|e| SpoolError::Damaged {
        dir: dir.to_path_buf(),
        message: format!("job.json unreadable: {e}"),
    })?;
    serde_json::from_slice(&bytes).map_err(|e| SpoolError::Damaged {
        dir: dir.to_path_buf(),
        message: format!("job.json unreadable: {e}"),
    })
}

fn payload_path(dir: &Path, meta: &JobMeta) -> Option<PathBuf> {
    match meta.kind {
        Kind::Mic => Some(dir.join(MIC_AUDIO)),
        Kind::Audio | Kind::Text => meta.ext.as_ref().map(|e| dir.join(format!("memo.{e}"))),
    }
}

/// Moves a file: rename within a filesystem, else copy + fsync + unlink. The result is 0600
/// and appears under `dest` only when complete.
pub fn move_file(src: &Path, dest: &Path) -> io::Result<()> {
    let meta = fs::symlink_metadata(src)?;
    if !meta.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    let dest_dir = dest.parent().unwrap_or(Path::new("."));
    let src_dir = src.parent().unwrap_or(Path::new("."));
    match fs::rename(src, dest) {
        Ok(()) => {
            fs::set_permissions(dest, fs::Permissions::from_mode(0o600))?;
            fsutil::sync_dir(dest_dir)?;
            return fsutil::sync_dir(src_dir);
        }
        Err(e) if e.raw_os_error() == Some(libc::EXDEV) => {}
        Err(e) => return Err(e),
    }
    let part = dest_dir.join(".copy.part");
    {
        let mut from = fs::File::open(src)?;
        let mut to = fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&part)?;
        io::copy(&mut from, &mut to)?;
        to.flush()?;
        to.sync_all()?;
    }
    fs::rename(&part, dest)?;
    fsutil::sync_dir(dest_dir)?;
    fs::remove_file(src)?;
    fsutil::sync_dir(src_dir)
}

/// Writes 16 kHz mono f32 samples as a 0600 WAV, complete and fsynced before it has its name.
fn write_wav(dest: &Path, samples: &[f32]) -> io::Result<()> {
    let dir = dest.parent().unwrap_or(Path::new("."));
    let part = dir.join(".audio.wav.part");
    let file = fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&part)?;
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: crate::resample::TARGET_RATE,
        bits_per_sample: 32,
        sample_format: hound::SampleFormat::Float,
    };
    let mut w = hound::WavWriter::new(io::BufWriter::new(file), spec).map_err(io::Error::other)?;
    for s in samples {
        w.write_sample(*s).map_err(io::Error::other)?;
    }
    w.finalize().map_err(io::Error::other)?;
    fs::File::open(&part)?.sync_all()?;
    fs::rename(&part, dest)?;
    fsutil::sync_dir(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mode(p: &Path) -> u32 {
        fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_taken_file_moves_into_a_private_job_and_the_transcript_replaces_the_audio() {
        let t = tempfile::tempdir().unwrap();
        let spool = Spool::open(&t.path().join("state")).unwrap();
        let src = t.path().join("memo.WAV");
        fs::write(&src, b"RIFF....").unwrap();
        let mut job = spool
            .take_file(&src, Some("BIRP".into()), Some("jd01".into()), Kind::Audio)
            .unwrap();
        assert!(!src.exists());
        assert_eq!(mode(spool.dir()), 0o700);
        assert_eq!(mode(&job.dir), 0o700);
        let payload = job.payload().unwrap();
        assert!(payload.ends_with("memo.wav"));
        assert_eq!(mode(&payload), 0o600);
        job.store_transcript(&StoredTranscript {
            text: "hello".into(),
            audio_seconds: 1.0,
            asr_ms: 5,
            from_audio: true,
            segments: 0,
            whisper: None,
            audio_kept_reason: None,
        })
        .unwrap();
        assert!(job.payload().is_none());
        let again = spool.jobs().unwrap();
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].meta.stage, Stage::Transcribed);
        assert_eq!(again[0].meta.format.as_deref(), Some("BIRP"));
        assert_eq!(again[0].meta.client.as_deref(), Some("jd01"));
        assert_eq!(again[0].load_transcript().unwrap().text, "hello");
        again.into_iter().next().unwrap().remove().unwrap();
        assert!(spool.is_empty());
    }

    #[test]
    fn transcribed_jobs_run_first_then_arrival_order() {
        let t = tempfile::tempdir().unwrap();
        let spool = Spool::open(t.path()).unwrap();
        let a = spool.add_mic(&[0.0; 160], MicInfo::default()).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(3));
        let mut b = spool.add_mic(&[0.1; 160], MicInfo::default()).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(3));
        let c = spool.add_mic(&[0.2; 160], MicInfo::default()).unwrap();
        assert_eq!(a.read_mic_audio().unwrap().len(), 160);
        assert_eq!(mode(&a.payload().unwrap()), 0o600);
        b.store_transcript(&StoredTranscript {
            text: "x".into(),
            audio_seconds: 0.01,
            asr_ms: 1,
            from_audio: true,
            segments: 0,
            whisper: None,
            audio_kept_reason: None,
        })
        .unwrap();
        let ids: Vec<String> = spool
            .jobs()
            .unwrap()
            .into_iter()
            .map(|j| j.meta.id)
            .collect();
        assert_eq!(ids, vec![b.meta.id, a.meta.id, c.meta.id]);
    }

    #[test]
    fn an_interrupted_intake_is_finished_or_undone() {
        let t = tempfile::tempdir().unwrap();
        let spool = Spool::open(&t.path().join("s")).unwrap();
        // Crash after job.json, before the move: the original is still in place.
        let src = t.path().join("a.txt");
        fs::write(&src, b"typed memo").unwrap();
        let meta = JobMeta {
            id: "aaaa0001".into(),
            source: "a.txt".into(),
            format: None,
            client: None,
            kind: Kind::Text,
            created: String::new(),
            stage: Stage::Queued,
            origin: Some(src.clone()),
            ext: Some("txt".into()),
            recorded_ms: None,
            stopped_unix_ms: None,
            rec: None,
            cuts: Vec::new(),
            facts: None,
        };
        let (tmp, _) = spool.begin(&meta).unwrap();
        assert_eq!(spool.recover().unwrap(), 0);
        assert!(!tmp.exists() && src.exists());
        assert!(spool.jobs().unwrap().is_empty());
        // Crash after the move, before the folder got its final name.
        let (tmp, _) = spool.begin(&meta).unwrap();
        move_file(&src, &tmp.join("memo.txt")).unwrap();
        assert_eq!(spool.recover().unwrap(), 1);
        let jobs = spool.jobs().unwrap();
        assert_eq!(jobs.len(), 1);
        assert!(jobs[0].payload().is_some());
        // A finished job leaves the queue in one step, and a removal a kill -9 cut short
        // (a transcript left without its job.json) is cleared at start, never read as a job.
        let job = jobs.into_iter().next().unwrap();
        job.remove().unwrap();
        assert!(spool.jobs().unwrap().is_empty());
        let cut_short = spool.dir().join(format!("{DONE_PREFIX}1-aaaa0002"));
        fs::create_dir_all(&cut_short).unwrap();
        fs::write(cut_short.join("transcript.json"), b"{}").unwrap();
        assert!(spool.jobs().unwrap().is_empty());
        assert_eq!(spool.recover().unwrap(), 0);
        assert!(!cut_short.exists());
    }

    #[test]
    fn a_job_spooled_before_clients_existed_still_loads_and_a_client_survives_a_restart() {
        let t = tempfile::tempdir().unwrap();
        let spool = Spool::open(t.path()).unwrap();
        // job.json as an older version wrote it: no `client` field.
        let old = spool.dir().join("0001700000000000-0ld0j0b1");
        fs::create_dir(&old).unwrap();
        fs::write(
            old.join(META),
            br#"{"id":"0ld0j0b1","source":"memo.m4a","format":"SOAP","kind":"audio",
                "created":"2026-01-05T10:00:00+01:00","stage":"transcribed",
                "origin":null,"ext":"m4a","recorded_ms":null,"stopped_unix_ms":1700000000000,
                "rec":null,"cuts":[]}"#,
        )
        .unwrap();
        // A microphone memo recorded with `record --client jd01`.
        let mic = spool
            .add_mic(
                &[0.0; 16],
                MicInfo {
                    client: Some("jd01".into()),
                    ..MicInfo::default()
                },
            )
            .unwrap();
        // As the runner finds them after a restart (`kill -9` included): from disk.
        let jobs = spool.jobs().unwrap();
        let find = |id: &str| jobs.iter().find(|j| j.meta.id == id).unwrap();
        let old = find("0ld0j0b1");
        assert_eq!(old.meta.client, None);
        assert_eq!(old.meta.format.as_deref(), Some("SOAP"));
        assert_eq!(old.meta.stage, Stage::Transcribed);
        assert_eq!(find(&mic.meta.id).meta.client.as_deref(), Some("jd01"));
        // No `client` key is written for a job without one (older versions read it as before).
        let json = String::from_utf8(to_json(&old.meta).unwrap()).unwrap();
        assert!(!json.contains("client"), "{json}");
    }

    #[test]
    fn a_transcript_on_disk_means_transcribed_even_if_job_json_lags() {
        let t = tempfile::tempdir().unwrap();
        let spool = Spool::open(t.path()).unwrap();
        let job = spool.add_mic(&[0.0; 16], MicInfo::default()).unwrap();
        fs::write(
            job.transcript_path(),
            br#"{"text":"t","audio_seconds":0.0,"asr_ms":0,"from_audio":true}"#,
        )
        .unwrap();
        assert_eq!(spool.jobs().unwrap()[0].meta.stage, Stage::Transcribed);
    }
}
