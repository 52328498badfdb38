//! Resampling to Whisper's 16 kHz mono with rubato's FFT resampler (band-limited, so a
//! 48 kHz microphone does not alias into the speech band as linear interpolation would).
//!
//! [`StreamResampler`] takes audio in arbitrary pieces (microphone callbacks) and compensates
//! the resampler's delay, so that N input samples become exactly `N * 16000 / rate` output
//! samples, aligned in time. [`to_16k`] is the one-shot form for decoded files.

use rubato::{FftFixedIn, Resampler};

/// Whisper's sample rate.
pub const TARGET_RATE: u32 = 16_000;

/// Frames per processing chunk at the input rate: ~20 ms at 48 kHz, small enough for live input.
const CHUNK_IN: usize = 1024;

#[derive(Debug, thiserror::Error)]
pub enum ResampleError {
    #[error("unsupported sample rate {0} Hz (expected 1 kHz to 768 kHz); re-export the file at 16, 44.1 or 48 kHz")]
    Rate(u32),
    #[error("resampler failed: {0}")]
    Engine(String),
}

/// Downmixes interleaved frames to mono by averaging the channels.
pub fn downmix(interleaved: &[f32], channels: usize) -> Vec<f32> {
    if channels <= 1 {
        return interleaved.to_vec();
    }
    interleaved
        .chunks_exact(channels)
        .map(|f| f.iter().sum::<f32>() / channels as f32)
        .collect()
}

/// Resamples a whole mono signal to 16 kHz.
pub fn to_16k(mono: &[f32], rate: u32) -> Result<Vec<f32>, ResampleError> {
    let mut r = StreamResampler::new(rate)?;
    let mut out = r.push(mono)?;
    out.extend(r.finish()?);
    Ok(out)
}

/// Incremental mono resampler to 16 kHz.
pub struct StreamResampler {
    rate_in: u32,
    inner: Option<FftFixedIn<f32>>,
    pending: Vec<f32>,
    /// Output samples still to drop at the start (the resampler's delay).
    skip: usize,
    consumed: u64,
    produced: u64,
}

impl StreamResampler {
    pub fn new(rate_in: u32) -> Result<Self, ResampleError> {
        if !(1_000..=768_000).contains(&rate_in) {
            return Err(ResampleError::Rate(rate_in));
        }
        let inner = if rate_in == TARGET_RATE {
            None
        } else {
            Some(
                FftFixedIn::<f32>::new(rate_in as usize, TARGET_RATE as usize, CHUNK_IN, 2, 1)
                    .map_err(|e| ResampleError::Engine(e.to_string()))?,
            )
        };
        let skip = inner.as_ref().map(|r| r.output_delay()).unwrap_or(0);
        Ok(Self {
            rate_in,
            inner,
            pending: Vec::new(),
            skip,
            consumed: 0,
            produced: 0,
        })
    }

    pub fn input_rate(&self) -> u32 {
        self.rate_in
    }

    /// Feeds mono samples; returns whatever 16 kHz output is ready.
    pub fn push(&mut self, mono: &[f32]) -> Result<Vec<f32>, ResampleError> {
        self.consumed += mono.len() as u64;
        let Some(r) = self.inner.as_mut() else {
            self.produced += mono.len() as u64;
            return Ok(mono.to_vec());
        };
        self.pending.extend_from_slice(mono);
        let mut out = Vec::new();
        let mut start = 0;
        while self.pending.len() - start >= r.input_frames_next() {
            let n = r.input_frames_next();
            let chunk = r
                .process(&[&self.pending[start..start + n]], None)
                .map_err(|e| ResampleError::Engine(e.to_string()))?;
            start += n;
            out.extend_from_slice(&chunk[0]);
        }
        self.pending.drain(..start);
        Ok(self.emit_raw(out))
    }

    /// Flushes the tail; the total output is exactly `ceil(consumed * 16000 / rate_in)` samples.
    pub fn finish(&mut self) -> Result<Vec<f32>, ResampleError> {
        if self.inner.is_none() {
            return Ok(Vec::new());
        }
        let expected = (self.consumed * TARGET_RATE as u64).div_ceil(self.rate_in as u64);
        let mut tail = std::mem::take(&mut self.pending);
        let mut out = Vec::new();
        // Feed the remainder, then silence, until the delayed samples have all come out.
        for _ in 0..64 {
            if self.produced >= expected {
                break;
            }
            let Some(r) = self.inner.as_mut() else {
                break;
            };
            let chunk = if tail.is_empty() {
                r.process_partial(None::<&[&[f32]]>, None)
            } else {
                r.process_partial(Some(&[&tail[..]]), None)
            }
            .map_err(|e| ResampleError::Engine(e.to_string()))?;
            tail.clear();
            let fresh = self.emit_raw(chunk.into_iter().next().unwrap_or_default());
            out.extend(fresh);
        }
        let excess = self.produced.saturating_sub(expected) as usize;
        out.truncate(out.len().saturating_sub(excess));
        self.produced = self.produced.min(expected);
        Ok(out)
    }

    fn emit_raw(&mut self, mut raw: Vec<f32>) -> Vec<f32> {
        let drop = self.skip.min(raw.len());
        self.skip -= drop;
        raw.drain(..drop);
        self.produced += raw.len() as u64;
        raw
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(freq: f32, rate: u32, secs: f32) -> Vec<f32> {
        let n = (rate as f32 * secs) as usize;
        (0..n)
            .map(|i| (2.0 * std::f32::consts::PI * freq * i as f32 / rate as f32).sin() * 0.5)
            .collect()
    }

    /// Correlation-based amplitude of `freq` in a 16 kHz signal.
    fn tone_amplitude(x: &[f32], freq: f32) -> f32 {
        let (mut s, mut c) = (0.0f64, 0.0f64);
        for (i, v) in x.iter().enumerate() {
            let ph = 2.0 * std::f64::consts::PI * freq as f64 * i as f64 / 16_000.0;
            s += *v as f64 * ph.sin();
            c += *v as f64 * ph.cos();
        }
        (2.0 * (s * s + c * c).sqrt() / x.len() as f64) as f32
    }

    #[test]
    fn length_is_exact_for_common_rates() {
        for rate in [8_000u32, 16_000, 22_050, 44_100, 48_000, 96_000] {
            let x = sine(440.0, rate, 1.37);
            let y = to_16k(&x, rate).unwrap();
            let expect = (x.len() as u64 * 16_000).div_ceil(rate as u64) as usize;
            assert_eq!(y.len(), expect, "rate {rate}");
        }
    }

    #[test]
    fn speech_band_tone_survives_and_is_time_aligned() {
        let x = sine(1000.0, 48_000, 1.0);
        let y = to_16k(&x, 48_000).unwrap();
        let amp = tone_amplitude(&y[1600..14400], 1000.0);
        assert!((amp - 0.5).abs() < 0.02, "amplitude {amp}");
        // Delay compensated: the zero crossing at t=0 stays near sample 0.
        let expected = sine(1000.0, 16_000, 1.0);
        let err: f32 = y[100..1000]
            .iter()
            .zip(&expected[100..1000])
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f32::max);
        // A one-sample misalignment would show as ~0.2 here; the FFT filter's ripple is smaller.
        assert!(err < 0.1, "max error {err}");
    }

    #[test]
    fn tone_above_nyquist_is_removed_not_aliased() {
        // 11 kHz at 48 kHz would alias to 5 kHz with naive decimation.
        let x = sine(11_000.0, 48_000, 1.0);
        let y = to_16k(&x, 48_000).unwrap();
        assert!(tone_amplitude(&y[1600..14400], 5_000.0) < 0.01);
        let rms = (y[1600..14400].iter().map(|v| v * v).sum::<f32>() / 12800.0).sqrt();
        assert!(rms < 0.02, "rms {rms}");
    }

    #[test]
    fn streaming_in_odd_pieces_equals_one_shot() {
        let x = sine(300.0, 44_100, 0.9);
        let whole = to_16k(&x, 44_100).unwrap();
        let mut r = StreamResampler::new(44_100).unwrap();
        let mut pieces = Vec::new();
        for c in x.chunks(377) {
            pieces.extend(r.push(c).unwrap());
        }
        pieces.extend(r.finish().unwrap());
        assert_eq!(pieces.len(), whole.len());
        let max = pieces
            .iter()
            .zip(&whole)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f32::max);
        assert!(max < 1e-4, "max diff {max}");
    }

    #[test]
    fn downmix_averages_channels() {
        assert_eq!(downmix(&[1.0, 0.0, 0.5, 0.5], 2), vec![0.5, 0.5]);
    }

    #[test]
    fn absurd_rate_is_refused() {
        assert!(StreamResampler::new(0).is_err());
    }
}
