//! Configuration, one table per concern. Every command takes `--config FILE`; otherwise
//! `$HUSHNOTE_CONFIG`, otherwise `$XDG_CONFIG_HOME/hushnote/config.toml`, otherwise defaults.
//! `config/hushnote.example.toml` is the annotated reference.

use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config file {path} is not valid: {message}\n  compare it with config/hushnote.example.toml")]
    Parse { path: PathBuf, message: String },
    #[error("cannot work out your home folder; set [paths] explicitly in the config file")]
    NoHome,
    #[error("config value {key} = {value} is out of range: {why}")]
    Invalid {
        key: &'static str,
        value: String,
        why: &'static str,
    },
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub paths: PathsConfig,
    pub transcribe: TranscribeConfig,
    pub draft: DraftConfig,
    pub capture: CaptureConfig,
    pub watch: WatchConfig,
    pub notify: NotifyConfig,
    pub web: WebConfig,
    pub clinician: ClinicianConfig,
    pub sign: SignConfig,
    /// Where the file was read from (None = built-in defaults).
    #[serde(skip)]
    pub source: Option<PathBuf>,
}

/// Folders. Empty = the default under `~/HushNote` or the XDG folders.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct PathsConfig {
    pub inbox: Option<PathBuf>,
    pub incoming: Option<PathBuf>,
    pub failed: Option<PathBuf>,
    pub private: Option<PathBuf>,
    /// Spool, socket and job state.
    pub state: Option<PathBuf>,
    /// Model files (default `$XDG_DATA_HOME/hushnote/models`).
    pub models: Option<PathBuf>,
    /// Signed notes and addenda (default `~/HushNote/notes`).
    pub notes: Option<PathBuf>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TranscribeConfig {
    /// Catalog name or path of a ggml Whisper model.
    pub model: String,
    /// 0 = all cores.
    pub threads: u32,
    pub language: String,
    /// Extra words for the vocabulary prompt (names of clinics, local services, modalities).
    pub vocabulary: Vec<String>,
    /// Replace the built-in clinical vocabulary prompt instead of extending it.
    pub replace_prompt: bool,
    /// Longest memo accepted, in seconds.
    pub max_seconds: u32,
    pub flash_attn: bool,
    /// Trim leading/trailing silence before transcription (faster, same words).
    pub trim_silence: bool,
    /// 1 = greedy decoding; 5 = beam search, for noisy rooms (fewer dropped sentences at low
    /// signal-to-noise, about 2.5x the transcription time).
    pub beam_size: u32,
}

impl Default for TranscribeConfig {
    fn default() -> Self {
        Self {
            model: "tiny.en-q8_0".into(),
            threads: 0,
            language: "en".into(),
            vocabulary: Vec::new(),
            replace_prompt: false,
            max_seconds: 600,
            flash_attn: false,
            trim_silence: true,
            beam_size: 1,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DraftConfig {
    /// Default note format (SOAP, DAP, BIRP, GIRP, PIE, iCARE, summary, or a user format).
    pub format: String,
    /// Catalog name or path of a GGUF instruction model.
    pub model: String,
    pub threads: u32,
    pub n_ctx: u32,
    /// Spoken markers after which the rest of the memo is a private psychotherapy note.
    pub private_markers: Vec<String>,
    /// How long the engines stay loaded after the last job, in seconds.
    pub keep_warm_seconds: u64,
    /// Folder of user formats (`*.toml`); default `<config dir>/formats`.
    pub formats_dir: Option<PathBuf>,
}

impl Default for DraftConfig {
    fn default() -> Self {
        Self {
            format: "SOAP".into(),
            model: "smollm2-135m-instruct-q4_1".into(),
            threads: 0,
            n_ctx: 2048,
            private_markers: vec!["private note".into(), "process note".into()],
            keep_warm_seconds: 600,
            formats_dir: None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CaptureConfig {
    /// Input device name as listed by `hushnote devices`, or "default".
    pub device: String,
    /// Once speech has begun, stop after this much silence.
    pub silence_stop_seconds: f32,
    /// Hard cap: a memo is not a session recording.
    pub max_seconds: u32,
    /// No speech within this long cancels the recording and keeps nothing.
    pub no_speech_timeout_seconds: f32,
}

impl Default for CaptureConfig {
    fn default() -> Self {
        Self {
            device: "default".into(),
            silence_stop_seconds: 2.5,
            max_seconds: 180,
            no_speech_timeout_seconds: 15.0,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WatchConfig {
    pub enabled: bool,
    /// Delete a text memo once its draft is in the inbox (audio is always deleted).
    pub delete_text_sources: bool,
    /// A file must keep the same size this long before it is taken (phone sync writes slowly).
    pub settle_ms: u64,
}

impl Default for WatchConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            delete_text_sources: true,
            settle_ms: 1000,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct NotifyConfig {
    /// Desktop notification when a draft is ready (never contains note text).
    pub desktop: bool,
    /// Once a day, say how many drafts have waited longer than this (counts only).
    pub review_after_hours: u32,
}

impl Default for NotifyConfig {
    fn default() -> Self {
        Self {
            desktop: true,
            review_after_hours: 24,
        }
    }
}

/// Who signs: written into every signed note and addendum.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ClinicianConfig {
    /// "Dr. Ana Ruiz"; signing refuses to run without it.
    pub name: String,
    /// "PsyD, LMFT".
    pub credentials: String,
}

/// Signing.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SignConfig {
    /// Keep the memo transcript in the signed note (by default it is removed, and every copy of
    /// it deleted).
    pub keep_transcript: bool,
}

/// The review page the daemon serves on 127.0.0.1 (`hushnote open`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WebConfig {
    pub enabled: bool,
    /// Loopback port; fixed so bookmarks and `hushnote open` agree.
    pub port: u16,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            enabled: true,
            port: 7717,
        }
    }
}

/// Folders resolved to absolute paths.
#[derive(Debug, Clone)]
pub struct Paths {
    pub inbox: PathBuf,
    pub incoming: PathBuf,
    pub failed: PathBuf,
    pub private: PathBuf,
    pub state: PathBuf,
    pub models: PathBuf,
    pub notes: PathBuf,
    pub config_dir: PathBuf,
}

impl Config {
    /// Loads the config: `explicit`, else `$HUSHNOTE_CONFIG`, else the XDG file if it exists,
    /// else built-in defaults. A file named explicitly must exist.
    pub fn load(explicit: Option<&Path>) -> Result<Self, ConfigError> {
        let env = std::env::var_os("HUSHNOTE_CONFIG").map(PathBuf::from);
        let path = match explicit.map(Path::to_path_buf).or(env) {
            Some(p) => Some(p),
            None => default_config_file().filter(|p| p.exists()),
        };
        let mut cfg = match &path {
            Some(p) => {
                let text = std::fs::read_to_string(p).map_err(|source| ConfigError::Read {
                    path: p.clone(),
                    source,
                })?;
                Self::parse(&text, p)?
            }
            None => Self::default(),
        };
        cfg.source = path;
        cfg.validate()?;
        Ok(cfg)
    }

    pub fn parse(text: &str, path: &Path) -> Result<Self, ConfigError> {
        toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_path_buf(),
            message: e.message().to_string(),
        })
    }

    fn validate(&self) -> Result<(), ConfigError> {
        let c = &self.capture;
        if !(0.3..=30.0).contains(&c.silence_stop_seconds) {
            return Err(ConfigError::Invalid {
                key: "capture.silence_stop_seconds",
                value: c.silence_stop_seconds.to_string(),
                why: "use 0.3 to 30 seconds",
            });
        }
        if c.max_seconds == 0 || c.max_seconds > 3600 {
            return Err(ConfigError::Invalid {
                key: "capture.max_seconds",
                value: c.max_seconds.to_string(),
                why: "use 1 to 3600 seconds",
            });
        }
        if !(1..=8).contains(&self.transcribe.beam_size) {
            return Err(ConfigError::Invalid {
                key: "transcribe.beam_size",
                value: self.transcribe.beam_size.to_string(),
                why: "use 1 (greedy, the default) to 8 beams; 5 helps in noisy rooms",
            });
        }
        if self.notify.review_after_hours == 0 {
            return Err(ConfigError::Invalid {
                key: "notify.review_after_hours",
                value: "0".into(),
                why: "use at least 1 hour (24 = remind about drafts older than a day)",
            });
        }
        if self.transcribe.max_seconds == 0 {
            return Err(ConfigError::Invalid {
                key: "transcribe.max_seconds",
                value: "0".into(),
                why: "must be at least 1",
            });
        }
        Ok(())
    }

    /// Resolves every folder; defaults are `~/HushNote/{inbox,incoming,failed,private}`,
    /// `$XDG_STATE_HOME/hushnote` and `$XDG_DATA_HOME/hushnote/models`.
    pub fn paths(&self) -> Result<Paths, ConfigError> {
        let home = directories::BaseDirs::new().ok_or(ConfigError::NoHome)?;
        let root = home.home_dir().join("HushNote");
        let p = &self.paths;
        let pick =
            |v: &Option<PathBuf>, dflt: PathBuf| v.as_deref().map(expand_tilde).unwrap_or(dflt);
        let state_default = home
            .state_dir()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| home.home_dir().join(".local/state"))
            .join("hushnote");
        let config_dir = self
            .source
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_else(|| home.config_dir().join("hushnote"));
        Ok(Paths {
            inbox: pick(&p.inbox, root.join("inbox")),
            incoming: pick(&p.incoming, root.join("incoming")),
            failed: pick(&p.failed, root.join("failed")),
            private: pick(&p.private, root.join("private")),
            state: pick(&p.state, state_default),
            models: pick(&p.models, home.data_dir().join("hushnote/models")),
            notes: pick(&p.notes, root.join("notes")),
            config_dir,
        })
    }

    /// Threads for an engine: the configured number, or all cores.
    pub fn threads(configured: u32) -> u32 {
        if configured > 0 {
            configured
        } else {
            std::thread::available_parallelism()
                .map(|n| n.get() as u32)
                .unwrap_or(2)
        }
    }
}

/// `$XDG_CONFIG_HOME/hushnote/config.toml`.
pub fn default_config_file() -> Option<PathBuf> {
    directories::BaseDirs::new().map(|b| b.config_dir().join("hushnote/config.toml"))
}

fn expand_tilde(p: &Path) -> PathBuf {
    match p.strip_prefix("~") {
        Ok(rest) => directories::BaseDirs::new()
            .map(|b| b.home_dir().join(rest))
            .unwrap_or_else(|| p.to_path_buf()),
        Err(_) => p.to_path_buf(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_config_parses_and_matches_defaults_where_unset() {
        let text = include_str!("../config/hushnote.example.toml");
        let cfg = Config::parse(text, Path::new("example.toml")).unwrap();
        assert_eq!(cfg.capture.silence_stop_seconds, 2.5);
        assert_eq!(cfg.draft.format, "SOAP");
        assert_eq!(
            cfg.transcribe.beam_size,
            Config::default().transcribe.beam_size
        );
        cfg.validate().unwrap();
    }

    #[test]
    fn unknown_key_is_an_error_naming_it() {
        let e = Config::parse("[capture]\nsilence_stop = 2\n", Path::new("c.toml")).unwrap_err();
        assert!(e.to_string().contains("silence_stop"), "{e}");
    }

    #[test]
    fn out_of_range_values_are_refused() {
        let cfg = Config::parse(
            "[capture]\nsilence_stop_seconds = 0.0\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert!(cfg.validate().is_err());
        let cfg = Config::parse("[transcribe]\nbeam_size = 0\n", Path::new("c.toml")).unwrap();
        let e = cfg.validate().unwrap_err().to_string();
        assert!(e.contains("transcribe.beam_size"), "{e}");
        let cfg = Config::parse("[transcribe]\nbeam_size = 5\n", Path::new("c.toml")).unwrap();
        cfg.validate().unwrap();
        assert_eq!(cfg.transcribe.beam_size, 5);
    }
}
