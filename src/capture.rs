//! Microphone capture: cpal input at the device's own rate and sample format → downmix →
//! [`StreamResampler`] to 16 kHz → [`SpeechDetector`] for hands-free stop.
//!
//! cpal's `Stream` is not `Send`, so each recording runs on its own thread that owns the
//! stream; the audio callback only converts samples and sends them over a channel. The memo
//! stays in memory: this module never writes audio anywhere.

use crate::config::CaptureConfig;
use crate::resample::{self, StreamResampler, TARGET_RATE};
use crate::vad::{frame_db, SpeechDetector, VadEvent};
use cpal::traits::{DeviceTrait, HostTrait, StreamTrait};
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, AtomicU8, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// No audio from the device for this long ends the recording with an error.
const STALL: Duration = Duration::from_secs(5);

#[derive(Debug, thiserror::Error)]
pub enum CaptureError {
    #[error("no audio input device found{0}; plug in a microphone, or check that PulseAudio/PipeWire is running (`hushnote devices` lists inputs)")]
    NoDevice(String),
    #[error("input device {name:?} not found; set [capture] device to one listed by `hushnote devices`, or to \"default\"")]
    UnknownDevice { name: String },
    #[error("cannot list audio input devices: {0}")]
    Devices(String),
    #[error("the microphone {name:?} cannot be opened: {message}; check it is not muted or used exclusively by another program")]
    Open { name: String, message: String },
    #[error("the microphone stopped sending audio ({0}); the recording was abandoned")]
    Stalled(String),
    #[error("resampling the microphone failed: {0}")]
    Resample(#[from] resample::ResampleError),
    #[error("the capture thread could not start: {0}")]
    Thread(String),
}

/// Why a recording ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    /// Silence after speech (hands-free stop).
    Silence,
    /// `hushnote stop` (or the toggle hotkey).
    Manual,
    /// Reached `[capture] max_seconds`.
    MaxLength,
    /// `hushnote cancel` (or shutdown with no speech yet): nothing is kept.
    Cancelled,
    /// No speech within `no_speech_timeout_seconds`: nothing is kept.
    NoSpeech,
}

impl StopReason {
    /// Whether the audio is a memo to transcribe.
    pub fn keeps_audio(self) -> bool {
        matches!(
            self,
            StopReason::Silence | StopReason::Manual | StopReason::MaxLength
        )
    }
}

/// A finished recording.
#[derive(Debug)]
pub struct Captured {
    /// 16 kHz mono; empty when nothing is kept.
    pub samples: Vec<f32>,
    pub reason: StopReason,
    pub speech_started: bool,
    /// When the stop was decided (latency starts here).
    pub stopped_at: Instant,
    pub stopped_unix_ms: u64,
    pub recorded_ms: u64,
    pub device: String,
    /// End offsets (samples) of the segments handed over during the recording.
    pub cuts: Vec<usize>,
}

/// Live figures of a recording, for `hushnote status`.
#[derive(Debug, Default)]
pub struct Meter {
    level_bits: AtomicU32,
    samples: AtomicU64,
    speech: AtomicBool,
    done: AtomicBool,
}

impl Meter {
    pub fn level_db(&self) -> f32 {
        f32::from_bits(self.level_bits.load(Ordering::Relaxed))
    }

    pub fn seconds(&self) -> f64 {
        self.samples.load(Ordering::Relaxed) as f64 / TARGET_RATE as f64
    }

    pub fn speech_started(&self) -> bool {
        self.speech.load(Ordering::Relaxed)
    }

    pub fn is_done(&self) -> bool {
        self.done.load(Ordering::Relaxed)
    }
}

const RUN: u8 = 0;
const STOP: u8 = 1;
const CANCEL: u8 = 2;

/// Handle to a running recording.
#[derive(Debug, Clone)]
pub struct Recording {
    control: Arc<AtomicU8>,
    pub meter: Arc<Meter>,
    pub device: String,
}

impl Recording {
    /// Stops and keeps the memo (if speech was heard).
    pub fn stop(&self) {
        let _ = self
            .control
            .compare_exchange(RUN, STOP, Ordering::SeqCst, Ordering::SeqCst);
    }

    /// Stops and keeps nothing.
    pub fn cancel(&self) {
        self.control.store(CANCEL, Ordering::SeqCst);
    }
}

/// What a recording needs from the config.
#[derive(Debug, Clone)]
pub struct CaptureSettings {
    pub device: String,
    pub silence_stop_seconds: f32,
    pub max_seconds: u32,
    pub no_speech_timeout_seconds: f32,
    /// Hand over a segment for early transcription once this much audio has accumulated...
    pub segment_min_seconds: f32,
    /// ...at a pause at least this long (a cut mid-word would cost accuracy).
    pub segment_pause_seconds: f32,
}

impl From<&CaptureConfig> for CaptureSettings {
    fn from(c: &CaptureConfig) -> Self {
        Self {
            device: c.device.clone(),
            silence_stop_seconds: c.silence_stop_seconds,
            max_seconds: c.max_seconds,
            no_speech_timeout_seconds: c.no_speech_timeout_seconds,
            segment_min_seconds: 8.0,
            // Shorter than the stop silence, or no segment would ever be cut before the stop.
            segment_pause_seconds: (c.silence_stop_seconds * 0.5).clamp(0.2, 0.6),
        }
    }
}

/// A finished stretch of a recording (16 kHz mono), cut at a pause so it can be transcribed
/// while the clinician goes on speaking; the memo's tail after the last cut is transcribed at
/// the stop. Segments live only in memory.
#[derive(Debug, Clone)]
pub struct Segment {
    /// 0, 1, 2... in recording order.
    pub index: usize,
    /// Sample range in the recording.
    pub start: usize,
    pub end: usize,
    pub samples: Vec<f32>,
}

/// An input device as listed by `hushnote devices`.
#[derive(Debug, Clone)]
pub struct DeviceInfo {
    pub name: String,
    pub is_default: bool,
    /// "48000 Hz, 2 ch, f32", or why the device cannot be used.
    pub detail: String,
}

/// Lists input devices.
pub fn list_devices() -> Result<Vec<DeviceInfo>, CaptureError> {
    let host = host("")?;
    let default = host.default_input_device().and_then(|d| d.name().ok());
    let devices = host
        .input_devices()
        .map_err(|e| CaptureError::Devices(e.to_string()))?;
    Ok(devices
        .map(|d| {
            let name = d.name().unwrap_or_else(|_| "(unnamed)".into());
            let detail = match d.default_input_config() {
                Ok(c) => format!(
                    "{} Hz, {} ch, {}",
                    c.sample_rate().0,
                    c.channels(),
                    c.sample_format()
                ),
                Err(e) => format!("unusable: {e}"),
            };
            DeviceInfo {
                is_default: default.as_deref() == Some(name.as_str()),
                name,
                detail,
            }
        })
        .collect())
}

/// The audio host, when there is anything for it to open (`wanted`: the device asked for, for
/// the message). Every way into cpal goes through here.
fn host(wanted: &str) -> Result<cpal::Host, CaptureError> {
    if !audio_stack_present() {
        // Asking ALSA anyway would print a screenful of "cannot find card" lines to stderr.
        let wanted = if is_default(wanted) {
            String::new()
        } else {
            format!("{wanted:?}: ")
        };
        return Err(CaptureError::NoDevice(format!(
            " ({wanted}no sound card in /proc/asound/cards and no PulseAudio or PipeWire server)"
        )));
    }
    Ok(cpal::default_host())
}

fn is_default(name: &str) -> bool {
    name.is_empty() || name.eq_ignore_ascii_case("default")
}

fn find_device(name: &str) -> Result<cpal::Device, CaptureError> {
    let host = host(name)?;
    if is_default(name) {
        return host.default_input_device().ok_or_else(|| {
            CaptureError::NoDevice(format!(" (audio system: {})", host.id().name()))
        });
    }
    host.input_devices()
        .map_err(|e| CaptureError::Devices(e.to_string()))?
        .find(|d| d.name().ok().as_deref() == Some(name))
        .ok_or_else(|| CaptureError::UnknownDevice {
            name: name.to_string(),
        })
}

/// Whether there is anything for ALSA to open: a sound card, a PulseAudio or PipeWire server
/// (ALSA's default device routes to them), or an ALSA configuration of the user's own. Off
/// Linux, cpal is asked directly.
fn audio_stack_present() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    let has_card = std::fs::read_to_string("/proc/asound/cards")
        .is_ok_and(|c| !c.trim().is_empty() && !c.contains("no soundcards"));
    let runtime = std::env::var_os("XDG_RUNTIME_DIR").map(std::path::PathBuf::from);
    let server = std::env::var_os("PULSE_SERVER").is_some()
        || runtime
            .as_ref()
            .is_some_and(|r| r.join("pulse/native").exists() || r.join("pipewire-0").exists());
    let own_config = std::path::Path::new("/etc/asound.conf").exists()
        || std::env::var_os("HOME")
            .is_some_and(|h| std::path::Path::new(&h).join(".asoundrc").exists());
    has_card || server || own_config
}

/// Checks that the configured input can be used, without opening it; returns its name.
pub fn probe(device: &str) -> Result<String, CaptureError> {
    let d = find_device(device)?;
    let name = d.name().unwrap_or_else(|_| device.to_string());
    d.default_input_config().map_err(|e| CaptureError::Open {
        name: name.clone(),
        message: e.to_string(),
    })?;
    Ok(name)
}

enum Chunk {
    Data(Vec<f32>),
    Error(String),
}

struct Opened {
    stream: cpal::Stream,
    rate: u32,
    channels: usize,
    rx: mpsc::Receiver<Chunk>,
    name: String,
}

fn open(device: &str) -> Result<Opened, CaptureError> {
    let d = find_device(device)?;
    let name = d.name().unwrap_or_else(|_| device.to_string());
    let open_err = |message: String| CaptureError::Open {
        name: name.clone(),
        message,
    };
    let supported = d
        .default_input_config()
        .map_err(|e| open_err(e.to_string()))?;
    let config: cpal::StreamConfig = supported.config();
    let (tx, rx) = mpsc::channel();
    use cpal::SampleFormat as F;
    let stream = match supported.sample_format() {
        F::F32 => build::<f32>(&d, &config, tx),
        F::F64 => build::<f64>(&d, &config, tx),
        F::I8 => build::<i8>(&d, &config, tx),
        F::I16 => build::<i16>(&d, &config, tx),
        F::I32 => build::<i32>(&d, &config, tx),
        F::I64 => build::<i64>(&d, &config, tx),
        F::U8 => build::<u8>(&d, &config, tx),
        F::U16 => build::<u16>(&d, &config, tx),
        F::U32 => build::<u32>(&d, &config, tx),
        F::U64 => build::<u64>(&d, &config, tx),
        other => return Err(open_err(format!("unsupported sample format {other}"))),
    }
    .map_err(|e| open_err(e.to_string()))?;
    stream.play().map_err(|e| open_err(e.to_string()))?;
    Ok(Opened {
        stream,
        rate: config.sample_rate.0,
        channels: config.channels as usize,
        rx,
        name,
    })
}

fn build<T>(
    device: &cpal::Device,
    config: &cpal::StreamConfig,
    tx: mpsc::Sender<Chunk>,
) -> Result<cpal::Stream, cpal::BuildStreamError>
where
    T: cpal::SizedSample,
    f32: cpal::FromSample<T>,
{
    let tx_err = tx.clone();
    device.build_input_stream(
        config,
        move |data: &[T], _: &cpal::InputCallbackInfo| {
            let v: Vec<f32> = data
                .iter()
                .map(|s| <f32 as cpal::FromSample<T>>::from_sample_(*s))
                .collect();
            let _ = tx.send(Chunk::Data(v));
        },
        move |err| {
            let _ = tx_err.send(Chunk::Error(err.to_string()));
        },
        None,
    )
}

/// Starts recording on a dedicated thread. Returns once the device is open (or failed to
/// open); `on_segment` gets each finished stretch during the recording, and `on_done` the
/// result when the recording ends, by whatever cause.
pub fn start(
    settings: CaptureSettings,
    mut on_segment: impl FnMut(Segment) + Send + 'static,
    on_done: impl FnOnce(Result<Captured, CaptureError>) + Send + 'static,
) -> Result<Recording, CaptureError> {
    let control = Arc::new(AtomicU8::new(RUN));
    let meter = Arc::new(Meter::default());
    meter
        .level_bits
        .store((-100.0f32).to_bits(), Ordering::Relaxed);
    let (ready_tx, ready_rx) = mpsc::sync_channel::<Result<String, CaptureError>>(1);
    let (c2, m2) = (Arc::clone(&control), Arc::clone(&meter));
    std::thread::Builder::new()
        .name("hushnote-capture".into())
        .spawn(move || {
            let opened = match open(&settings.device) {
                Ok(o) => o,
                Err(e) => {
                    let _ = ready_tx.send(Err(e));
                    return;
                }
            };
            let _ = ready_tx.send(Ok(opened.name.clone()));
            let result = record(&settings, &opened, &c2, &m2, &mut on_segment);
            drop(opened.stream);
            m2.done.store(true, Ordering::SeqCst);
            on_done(result);
        })
        .map_err(|e| CaptureError::Thread(e.to_string()))?;
    let device = ready_rx
        .recv_timeout(Duration::from_secs(15))
        .map_err(|_| CaptureError::Thread("the microphone did not open within 15 s".into()))??;
    Ok(Recording {
        control,
        meter,
        device,
    })
}

fn record(
    s: &CaptureSettings,
    o: &Opened,
    control: &AtomicU8,
    meter: &Meter,
    on_segment: &mut dyn FnMut(Segment),
) -> Result<Captured, CaptureError> {
    let mut resampler = StreamResampler::new(o.rate)?;
    let mut vad = SpeechDetector::new(s.silence_stop_seconds);
    let max_samples = s.max_seconds as usize * TARGET_RATE as usize;
    let no_speech_samples = (s.no_speech_timeout_seconds * TARGET_RATE as f32) as usize;
    let mut out: Vec<f32> = Vec::with_capacity(TARGET_RATE as usize * 60);
    let mut last_data = Instant::now();
    let mut last_error = String::new();
    let mut cuts: Vec<usize> = Vec::new();
    let segment_min = (s.segment_min_seconds * TARGET_RATE as f32) as usize;
    let reason = loop {
        match o.rx.recv_timeout(Duration::from_millis(50)) {
            Ok(Chunk::Data(v)) => {
                last_data = Instant::now();
                let mono = resample::downmix(&v, o.channels);
                let r = resampler.push(&mono)?;
                if !r.is_empty() {
                    meter
                        .level_bits
                        .store(frame_db(&r).to_bits(), Ordering::Relaxed);
                }
                let event = vad.push(&r);
                out.extend_from_slice(&r);
                meter.samples.store(out.len() as u64, Ordering::Relaxed);
                meter.speech.store(vad.speech_started(), Ordering::Relaxed);
                if event == VadEvent::SilenceAfterSpeech {
                    break StopReason::Silence;
                }
                // Cut in the middle of a pause once enough speech has accumulated.
                let quiet = vad.quiet_seconds();
                let start = cuts.last().copied().unwrap_or(0);
                if vad.speech_started()
                    && quiet >= s.segment_pause_seconds
                    && out.len() - start >= segment_min
                {
                    let end = out.len() - (quiet * 0.5 * TARGET_RATE as f32) as usize;
                    if end > start {
                        on_segment(Segment {
                            index: cuts.len(),
                            start,
                            end,
                            samples: out[start..end].to_vec(),
                        });
                        cuts.push(end);
                    }
                }
            }
            Ok(Chunk::Error(e)) => {
                // Over- and underruns are reported here too; only a silent device is fatal.
                tracing::debug!(error = %e, "input stream reported an error");
                last_error = e;
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                return Err(CaptureError::Stalled("the audio stream closed".into()))
            }
        }
        if last_data.elapsed() > STALL {
            let why = if last_error.is_empty() {
                format!("nothing for {} s", STALL.as_secs())
            } else {
                last_error
            };
            return Err(CaptureError::Stalled(why));
        }
        match control.load(Ordering::SeqCst) {
            STOP => break StopReason::Manual,
            CANCEL => break StopReason::Cancelled,
            _ => {}
        }
        if out.len() >= max_samples {
            break StopReason::MaxLength;
        }
        if !vad.speech_started() && out.len() >= no_speech_samples {
            break StopReason::NoSpeech;
        }
    };
    let stopped_at = Instant::now();
    let stopped_unix_ms = crate::daemon::spool::now_ms();
    let recorded_ms = (out.len() as u64 * 1000) / TARGET_RATE as u64;
    // A manual stop before any speech keeps nothing either: there is no memo to draft.
    let reason = if reason == StopReason::Manual && !vad.speech_started() {
        StopReason::NoSpeech
    } else {
        reason
    };
    if reason.keeps_audio() {
        out.extend(resampler.finish()?);
    } else {
        // Overwrite before freeing: the memo must not linger in freed memory longer than needed.
        out.iter_mut().for_each(|x| *x = 0.0);
        out = Vec::new();
    }
    Ok(Captured {
        samples: out,
        reason,
        speech_started: vad.speech_started(),
        stopped_at,
        stopped_unix_ms,
        recorded_ms,
        device: o.name.clone(),
        cuts: if reason.keeps_audio() {
            cuts
        } else {
            Vec::new()
        },
    })
}
