//! Voice-activity detection by frame energy against an adaptive noise floor.
//!
//! Used twice along the line: to stop a microphone memo after the speaker falls silent
//! ([`SpeechDetector`], streaming), and to trim silence before and after speech in a memo
//! ([`speech_bounds`]) so Whisper spends no time on it. Energy against a tracked noise floor is
//! robust for a close-talking memo (speech is 20–40 dB above a room), costs nothing, and needs
//! no model.

/// 30 ms at 16 kHz.
pub const FRAME: usize = 480;
const FRAME_SECONDS: f32 = FRAME as f32 / 16_000.0;

/// Speech must be this far above the noise floor...
const OVER_FLOOR_DB: f32 = 10.0;
/// ...and above this absolute level (dBFS), so digital silence plus dither is never "speech".
const ABS_MIN_DB: f32 = -50.0;
/// Consecutive loud frames before speech counts as begun (rejects clicks and bumps).
const ONSET_FRAMES: usize = 5;

/// Mean power of a frame in dBFS.
pub fn frame_db(frame: &[f32]) -> f32 {
    if frame.is_empty() {
        return -100.0;
    }
    let p = frame.iter().map(|s| s * s).sum::<f32>() / frame.len() as f32;
    10.0 * (p + 1e-10).log10()
}

/// What the detector concluded after a frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VadEvent {
    /// Nothing changed.
    None,
    /// Speech has begun (reported once).
    SpeechStarted,
    /// Speech had begun and then `silence_stop` of silence followed.
    SilenceAfterSpeech,
}

/// Streaming detector for 16 kHz mono audio, fed in any chunk size.
#[derive(Debug, Clone)]
pub struct SpeechDetector {
    floor_db: f32,
    silence_stop_frames: usize,
    pending: Vec<f32>,
    loud_run: usize,
    quiet_run: usize,
    started: bool,
    stopped: bool,
    frames: usize,
    last_db: f32,
}

impl SpeechDetector {
    pub fn new(silence_stop_seconds: f32) -> Self {
        Self {
            floor_db: -60.0,
            silence_stop_frames: (silence_stop_seconds / FRAME_SECONDS).ceil().max(1.0) as usize,
            pending: Vec::with_capacity(FRAME),
            loud_run: 0,
            quiet_run: 0,
            started: false,
            stopped: false,
            frames: 0,
            last_db: -100.0,
        }
    }

    pub fn speech_started(&self) -> bool {
        self.started
    }

    /// Level of the last frame, dBFS (for `hushnote status`).
    pub fn level_db(&self) -> f32 {
        self.last_db
    }

    /// Length of the current run of non-speech frames, in seconds (the daemon cuts a memo
    /// into segments at such pauses to transcribe while the clinician is still speaking).
    pub fn quiet_seconds(&self) -> f32 {
        self.quiet_run as f32 * FRAME_SECONDS
    }

    /// Seconds of audio seen.
    pub fn seconds(&self) -> f32 {
        self.frames as f32 * FRAME_SECONDS
    }

    /// Feeds samples; returns the most important event they caused.
    pub fn push(&mut self, samples: &[f32]) -> VadEvent {
        let mut event = VadEvent::None;
        self.pending.extend_from_slice(samples);
        let mut start = 0;
        while self.pending.len() - start >= FRAME {
            let db = frame_db(&self.pending[start..start + FRAME]);
            start += FRAME;
            match self.frame(db) {
                VadEvent::None => {}
                e @ VadEvent::SilenceAfterSpeech => event = e,
                e @ VadEvent::SpeechStarted => {
                    if event == VadEvent::None {
                        event = e
                    }
                }
            }
        }
        self.pending.drain(..start);
        event
    }

    fn frame(&mut self, db: f32) -> VadEvent {
        self.frames += 1;
        self.last_db = db;
        // Track the floor: fall fast to quieter frames, rise slowly (3 dB/s) so a long
        // utterance does not become "noise".
        // The first frame seeds the floor, so steady room noise at the start of a recording is
        // taken as noise, not speech.
        if self.frames == 1 || db < self.floor_db {
            self.floor_db = db;
        } else {
            self.floor_db += 0.1;
        }
        // Before the first frames there is no floor estimate; speech is judged absolutely.
        let floor = self.floor_db.max(-90.0);
        let loud = db > ABS_MIN_DB && db > floor + OVER_FLOOR_DB;
        if loud {
            self.loud_run += 1;
            self.quiet_run = 0;
        } else {
            self.loud_run = 0;
            self.quiet_run += 1;
        }
        if !self.started && self.loud_run >= ONSET_FRAMES {
            self.started = true;
            return VadEvent::SpeechStarted;
        }
        if self.started && !self.stopped && self.quiet_run >= self.silence_stop_frames {
            self.stopped = true;
            return VadEvent::SilenceAfterSpeech;
        }
        VadEvent::None
    }
}

/// Sample range holding speech in a whole 16 kHz memo, padded by `pad_seconds` each side;
/// `None` when there is no speech at all (silence only).
pub fn speech_bounds(samples: &[f32], pad_seconds: f32) -> Option<(usize, usize)> {
    let dbs: Vec<f32> = samples.chunks(FRAME).map(frame_db).collect();
    if dbs.is_empty() {
        return None;
    }
    // Noise floor: the 10th percentile frame (a memo is rarely more than 90 % speech).
    let mut sorted = dbs.clone();
    sorted.sort_by(f32::total_cmp);
    let floor = sorted[sorted.len() / 10];
    let loud: Vec<bool> = dbs
        .iter()
        .map(|&d| d > ABS_MIN_DB && d > floor + OVER_FLOOR_DB)
        .collect();
    // First and last runs of ONSET_FRAMES/2 loud frames (shorter blips are clicks).
    let run = (ONSET_FRAMES / 2).max(1);
    let first =
        (0..loud.len().saturating_sub(run - 1)).find(|&i| loud[i..i + run].iter().all(|&l| l))?;
    let last = (run - 1..loud.len())
        .rev()
        .find(|&i| loud[i + 1 - run..=i].iter().all(|&l| l))?;
    let pad = (pad_seconds * 16_000.0) as usize;
    let start = (first * FRAME).saturating_sub(pad);
    let end = ((last + 1) * FRAME + pad).min(samples.len());
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(secs: f32, amp: f32) -> Vec<f32> {
        (0..(secs * 16_000.0) as usize)
            .map(|i| (i as f32 * 0.2).sin() * amp)
            .collect()
    }

    fn noise(secs: f32, amp: f32) -> Vec<f32> {
        // Deterministic pseudo-noise.
        let mut x = 12345u32;
        (0..(secs * 16_000.0) as usize)
            .map(|_| {
                x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((x >> 16) as f32 / 32_768.0 - 1.0) * amp
            })
            .collect()
    }

    #[test]
    fn silence_after_speech_is_detected_after_the_configured_time() {
        let mut d = SpeechDetector::new(1.0);
        assert_eq!(d.push(&noise(1.0, 0.002)), VadEvent::None);
        assert_eq!(d.push(&tone(1.0, 0.3)), VadEvent::SpeechStarted);
        assert_eq!(d.push(&noise(0.8, 0.002)), VadEvent::None);
        assert_eq!(d.push(&noise(0.3, 0.002)), VadEvent::SilenceAfterSpeech);
    }

    #[test]
    fn steady_noise_alone_never_starts_speech() {
        let mut d = SpeechDetector::new(1.0);
        for _ in 0..10 {
            assert_eq!(d.push(&noise(1.0, 0.02)), VadEvent::None);
        }
        assert!(!d.speech_started());
    }

    #[test]
    fn bounds_find_the_speech_and_none_for_silence() {
        let mut x = noise(2.0, 0.001);
        x.extend(tone(3.0, 0.3));
        x.extend(noise(2.0, 0.001));
        let (s, e) = speech_bounds(&x, 0.25).unwrap();
        assert!((s as i64 - 28_000).abs() < 1_000, "start {s}");
        assert!((e as i64 - 84_000).abs() < 1_000, "end {e}");
        assert!(speech_bounds(&noise(3.0, 0.001), 0.25).is_none());
        assert!(speech_bounds(&vec![0.0; 16_000], 0.25).is_none());
    }
}
