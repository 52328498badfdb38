//! Decoding memo files into mono f32 samples at their native rate.
//!
//! WAV goes through hound (exact, cheap); the compressed formats phone recorders produce
//! (m4a/AAC, mp3, flac, ogg/vorbis) go through symphonia. Channels are averaged to mono here,
//! so [`crate::resample`] only ever sees one channel.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;
use symphonia::core::audio::SampleBuffer;
use symphonia::core::codecs::{DecoderOptions, CODEC_TYPE_NULL};
use symphonia::core::errors::Error as SymError;
use symphonia::core::formats::FormatOptions;
use symphonia::core::io::MediaSourceStream;
use symphonia::core::meta::MetadataOptions;
use symphonia::core::probe::Hint;

/// Audio file extensions hushnote accepts.
pub const AUDIO_EXTENSIONS: &[&str] = &[
    "wav", "m4a", "mp4", "aac", "mp3", "flac", "ogg", "oga", "opus",
];

/// Decoded mono audio.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub mono: Vec<f32>,
    pub sample_rate: u32,
    pub channels: u16,
}

impl Decoded {
    pub fn seconds(&self) -> f64 {
        self.mono.len() as f64 / self.sample_rate.max(1) as f64
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DecodeError {
    #[error("{path}: file not found or unreadable ({source})")]
    Open {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: the file is empty (0 bytes); the recording was probably not saved — record it again or check the phone app's export")]
    Empty { path: String },
    #[error("{path}: unsupported audio format ({detail}); hushnote reads WAV, M4A/AAC, MP3, FLAC and Ogg Vorbis — convert it, e.g. `ffmpeg -i IN -ar 16000 -ac 1 OUT.wav`")]
    Unsupported { path: String, detail: String },
    #[error("{path}: the audio is corrupt or truncated ({detail}); if it came from a phone, copy it again once syncing has finished")]
    Corrupt { path: String, detail: String },
    #[error("{path}: the memo is {seconds:.0} s long, over the {max} s limit ([transcribe] max_seconds); split it, or raise the limit if this is intended")]
    TooLong {
        path: String,
        seconds: f64,
        max: u32,
    },
    #[error("{path}: the file holds no audio samples")]
    NoAudio { path: String },
}

/// Decodes `path` to mono, refusing anything longer than `max_seconds`.
pub fn decode_file(path: &Path, max_seconds: u32) -> Result<Decoded, DecodeError> {
    let p = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|source| DecodeError::Open {
        path: p.clone(),
        source,
    })?;
    if meta.len() == 0 {
        return Err(DecodeError::Empty { path: p });
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    // The decoders are third-party parsers of hostile bytes: symphonia 0.5 still panics on
    // some damaged files (the `decode_compressed` fuzz target found an ADTS length underflow,
    // upstream pdeljanov/Symphonia#509). A panic here is a corrupt file, not a dead daemon.
    let decoded = std::panic::catch_unwind(|| {
        if ext == "wav" && is_riff_wave(path) {
            decode_wav(path, &p, max_seconds)
        } else {
            decode_symphonia(path, &p, &ext, max_seconds)
        }
    })
    .unwrap_or_else(|_| {
        Err(DecodeError::Corrupt {
            path: p.clone(),
            detail: "the decoder failed on damaged data".into(),
        })
    })?;
    if decoded.mono.is_empty() {
        return Err(DecodeError::NoAudio { path: p });
    }
    Ok(decoded)
}

fn is_riff_wave(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 12];
    File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .map(|_| &head[0..4] == b"RIFF" && &head[8..12] == b"WAVE")
        .unwrap_or(false)
}

fn too_long(path: &str, frames: u64, rate: u32, max: u32) -> Option<DecodeError> {
    let seconds = frames as f64 / rate.max(1) as f64;
    (seconds > max as f64).then(|| DecodeError::TooLong {
        path: path.to_string(),
        seconds,
        max,
    })
}

fn decode_wav(path: &Path, p: &str, max_seconds: u32) -> Result<Decoded, DecodeError> {
    let corrupt = |e: hound::Error| DecodeError::Corrupt {
        path: p.to_string(),
        detail: e.to_string(),
    };
    let reader = hound::WavReader::open(path).map_err(|e| match e {
        hound::Error::Unsupported => DecodeError::Unsupported {
            path: p.to_string(),
            detail: "WAV sample format".into(),
        },
        other => corrupt(other),
    })?;
    let spec = reader.spec();
    if spec.channels == 0 || spec.sample_rate == 0 {
        return Err(DecodeError::Corrupt {
            path: p.to_string(),
            detail: "header declares no channels or a zero sample rate".into(),
        });
    }
    let ch = spec.channels as usize;
    let declared = reader.len() as usize;
    let declared_frames = reader.duration() as u64;
    let mut inner = reader.into_inner();
    let data = data_chunk(&mut inner, path).map_err(|e| DecodeError::Corrupt {
        path: p.to_string(),
        detail: e.to_string(),
    })?;
    // The length that counts is the audio the file holds, not what its header claims: a
    // header claiming an hour over 19 s of data is a truncated file, not a long memo.
    let present_frames = if data.declared == 0 {
        0
    } else {
        (declared_frames as u128 * data.present.min(data.declared) as u128 / data.declared as u128)
            as u64
    };
    if let Some(e) = too_long(p, present_frames, spec.sample_rate, max_seconds) {
        return Err(e);
    }
    if data.is_truncated() {
        let rate = spec.sample_rate as f64;
        return Err(DecodeError::Corrupt {
            path: p.to_string(),
            detail: format!(
                "the WAV header declares {:.1} s of audio but the file holds only {:.1} s",
                declared_frames as f64 / rate,
                present_frames as f64 / rate
            ),
        });
    }
    let interleaved: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => hound::WavReader::open(path)
            .map_err(corrupt)?
            .into_samples::<f32>()
            .collect::<Result<_, _>>()
            .map_err(corrupt)?,
        hound::SampleFormat::Int if spec.bits_per_sample == 16 => {
            match read_pcm16(inner, declared) {
                Ok(Some(samples)) => samples,
                Ok(None) => {
                    int_samples(hound::WavReader::open(path).map_err(corrupt)?).map_err(corrupt)?
                }
                Err(e) => {
                    return Err(DecodeError::Corrupt {
                        path: p.to_string(),
                        detail: e.to_string(),
                    })
                }
            }
        }
        hound::SampleFormat::Int => {
            int_samples(hound::WavReader::open(path).map_err(corrupt)?).map_err(corrupt)?
        }
    };
    if interleaved.len() < declared {
        return Err(DecodeError::Corrupt {
            path: p.to_string(),
            detail: format!("{} of {} samples present", interleaved.len(), declared),
        });
    }
    Ok(Decoded {
        mono: crate::resample::downmix(&interleaved, ch),
        sample_rate: spec.sample_rate,
        channels: spec.channels,
    })
}

/// A WAV file's data chunk: the bytes its header declares and the bytes the file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WavData {
    pub declared: u64,
    pub present: u64,
}

impl WavData {
    /// Fewer bytes than declared, or audio after a header whose size was never filled in
    /// (a recorder still writing, or one that died before it could).
    pub fn is_truncated(&self) -> bool {
        self.present < self.declared || (self.declared == 0 && self.present > 0)
    }
}

/// The data chunk of the WAV file at `path`, `r` positioned at its first byte (where hound
/// leaves its reader); `r` is left there.
fn data_chunk<R: Read + Seek>(r: &mut R, path: &Path) -> std::io::Result<WavData> {
    let start = r.stream_position()?;
    if start < 4 {
        return Err(std::io::Error::other("no data chunk header"));
    }
    r.seek(SeekFrom::Start(start - 4))?;
    let mut size = [0u8; 4];
    r.read_exact(&mut size)?;
    let len = std::fs::metadata(path)?.len();
    Ok(WavData {
        declared: u32::from_le_bytes(size) as u64,
        present: len.saturating_sub(start),
    })
}

/// The data chunk of a WAV file, or None when its header cannot be read (yet): the watch
/// folder uses it to wait for a file whose writer has not finished.
pub fn wav_data(path: &Path) -> Option<WavData> {
    let mut inner = hound::WavReader::open(path).ok()?.into_inner();
    data_chunk(&mut inner, path).ok()
}

/// True when a WAV file's header promises more than the file holds yet: a RIFF size or a
/// data chunk beyond the end of the file, a data size never filled in, or not even a whole
/// RIFF header. A writer that has not finished leaves a file like this; the watch folder
/// waits for it instead of taking it in pieces. False for anything that is not a WAV.
pub fn wav_looks_incomplete(path: &Path) -> bool {
    let Ok(mut f) = File::open(path) else {
        return false;
    };
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    let mut head = [0u8; 12];
    if f.read_exact(&mut head).is_err() {
        return len > 0;
    }
    if &head[0..4] != b"RIFF" || &head[8..12] != b"WAVE" {
        return false;
    }
    let riff = u32::from_le_bytes([head[4], head[5], head[6], head[7]]) as u64;
    riff + 8 > len || wav_data(path).is_some_and(|d| d.is_truncated())
}

/// Integer samples of any width through hound, scaled to -1..1.
fn int_samples<R: std::io::Read>(reader: hound::WavReader<R>) -> Result<Vec<f32>, hound::Error> {
    let scale = 1.0 / (1u64 << (reader.spec().bits_per_sample.saturating_sub(1))) as f32;
    reader
        .into_samples::<i32>()
        .map(|s| s.map(|v| v as f32 * scale))
        .collect()
}

/// The data chunk of a 16-bit PCM file in one read, `r` positioned at its start (where hound
/// leaves it). hound's per-sample reader costs ~20 ns a sample, 17 ms for a 19 s 44.1 kHz
/// memo; this is ~1 ms. `None` when the samples are stored wider than 2 bytes (16 valid bits
/// in a 24/32-bit container), which hound's reader handles. A short file gives fewer samples
/// than declared, which the caller reports.
fn read_pcm16<R: Read + Seek>(mut r: R, declared: usize) -> std::io::Result<Option<Vec<f32>>> {
    let start = r.stream_position()?;
    if start < 4 {
        return Ok(None);
    }
    // The data chunk's size field is the four bytes before its data.
    r.seek(SeekFrom::Start(start - 4))?;
    let mut size = [0u8; 4];
    r.read_exact(&mut size)?;
    if u32::from_le_bytes(size) as usize != declared * 2 {
        return Ok(None);
    }
    let mut raw = Vec::with_capacity(declared * 2);
    r.take(declared as u64 * 2).read_to_end(&mut raw)?;
    Ok(Some(
        raw.chunks_exact(2)
            .map(|b| i16::from_le_bytes([b[0], b[1]]) as f32 / 32_768.0)
            .collect(),
    ))
}

fn decode_symphonia(
    path: &Path,
    p: &str,
    ext: &str,
    max_seconds: u32,
) -> Result<Decoded, DecodeError> {
    let file = File::open(path).map_err(|source| DecodeError::Open {
        path: p.to_string(),
        source,
    })?;
    let mss = MediaSourceStream::new(Box::new(file), Default::default());
    let mut hint = Hint::new();
    if !ext.is_empty() {
        hint.with_extension(ext);
    }
    let probed = symphonia::default::get_probe()
        .format(
            &hint,
            mss,
            &FormatOptions::default(),
            &MetadataOptions::default(),
        )
        .map_err(|e| match e {
            SymError::Unsupported(what) => DecodeError::Unsupported {
                path: p.to_string(),
                detail: what.to_string(),
            },
            other => DecodeError::Corrupt {
                path: p.to_string(),
                detail: other.to_string(),
            },
        })?;
    let mut format = probed.format;
    let track = format
        .tracks()
        .iter()
        .find(|t| t.codec_params.codec != CODEC_TYPE_NULL)
        .ok_or_else(|| DecodeError::NoAudio {
            path: p.to_string(),
        })?;
    let track_id = track.id;
    let params = track.codec_params.clone();
    let declared_frames = params.n_frames;
    if let (Some(n), Some(rate)) = (declared_frames, params.sample_rate) {
        if let Some(e) = too_long(p, n, rate, max_seconds) {
            return Err(e);
        }
    }
    let mut decoder = symphonia::default::get_codecs()
        .make(&params, &DecoderOptions::default())
        .map_err(|e| DecodeError::Unsupported {
            path: p.to_string(),
            detail: e.to_string(),
        })?;

    let mut mono = Vec::new();
    let mut rate = params.sample_rate.unwrap_or(0);
    let mut channels = params.channels.map(|c| c.count() as u16).unwrap_or(0);
    let mut bad_packets = 0usize;
    let mut good_packets = 0usize;
    let mut buf: Option<SampleBuffer<f32>> = None;
    loop {
        let packet = match format.next_packet() {
            Ok(pk) => pk,
            Err(SymError::IoError(e)) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
            Err(SymError::ResetRequired) => break,
            Err(e) => {
                return Err(DecodeError::Corrupt {
                    path: p.to_string(),
                    detail: e.to_string(),
                })
            }
        };
        if packet.track_id() != track_id {
            continue;
        }
        match decoder.decode(&packet) {
            Ok(audio) => {
                good_packets += 1;
                let spec = *audio.spec();
                rate = spec.rate;
                channels = spec.channels.count() as u16;
                let needed = audio.capacity() as u64;
                let sb = match &mut buf {
                    Some(b) if b.capacity() as u64 >= needed => b,
                    _ => buf.insert(SampleBuffer::<f32>::new(needed, spec)),
                };
                sb.copy_interleaved_ref(audio);
                mono.extend(crate::resample::downmix(
                    sb.samples(),
                    channels.max(1) as usize,
                ));
                if let Some(e) = too_long(p, mono.len() as u64, rate, max_seconds) {
                    return Err(e);
                }
            }
            // A few damaged packets are survivable (symphonia's own advice); many are not.
            Err(SymError::DecodeError(_)) => bad_packets += 1,
            Err(SymError::IoError(_)) => break,
            Err(e) => {
                return Err(DecodeError::Corrupt {
                    path: p.to_string(),
                    detail: e.to_string(),
                })
            }
        }
    }
    if bad_packets > 0 && bad_packets * 10 > good_packets.max(1) {
        return Err(DecodeError::Corrupt {
            path: p.to_string(),
            detail: format!("{bad_packets} undecodable packets"),
        });
    }
    // A container that declares its length tells us when the data stops early.
    if let Some(n) = declared_frames {
        if n > 0 && (mono.len() as u64) < n * 9 / 10 {
            return Err(DecodeError::Corrupt {
                path: p.to_string(),
                detail: format!("{} of {} declared frames present", mono.len(), n),
            });
        }
    }
    if rate == 0 {
        return Err(DecodeError::NoAudio {
            path: p.to_string(),
        });
    }
    Ok(Decoded {
        mono,
        sample_rate: rate,
        channels,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_wav(path: &Path, rate: u32, channels: u16, frames: usize) {
        let spec = hound::WavSpec {
            channels,
            sample_rate: rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::create(path, spec).unwrap();
        for i in 0..frames * channels as usize {
            w.write_sample(((i % 100) as i16 - 50) * 100).unwrap();
        }
        w.finalize().unwrap();
    }

    #[test]
    fn stereo_wav_is_downmixed() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("a.wav");
        write_wav(&f, 44_100, 2, 4410);
        let a = decode_file(&f, 600).unwrap();
        assert_eq!(a.mono.len(), 4410);
        assert_eq!(a.sample_rate, 44_100);
        assert_eq!(a.channels, 2);
    }

    #[test]
    fn sixteen_bit_pcm_is_read_exactly_as_hound_reads_it() {
        let d = tempfile::tempdir().unwrap();
        let f = d.path().join("s.wav");
        write_wav(&f, 48_000, 2, 3000);
        let expected: Vec<f32> = hound::WavReader::open(&f)
            .unwrap()
            .into_samples::<i16>()
            .map(|s| s.unwrap() as f32 / 32_768.0)
            .collect::<Vec<_>>()
            .chunks_exact(2)
            .map(|f| (f[0] + f[1]) / 2.0)
            .collect();
        assert_eq!(decode_file(&f, 600).unwrap().mono, expected);
        // Positioned reads only: the bulk reader must not depend on the header's length.
        let mut r = hound::WavReader::open(&f).unwrap().into_inner();
        let at = r.stream_position().unwrap();
        assert_eq!(read_pcm16(&mut r, 6000).unwrap().unwrap().len(), 6000);
        // A size field that does not match 2 bytes a sample: left to hound.
        r.seek(SeekFrom::Start(at)).unwrap();
        assert!(read_pcm16(&mut r, 4000).unwrap().is_none());
    }

    #[test]
    fn empty_truncated_garbage_and_long_files_get_their_own_errors() {
        let d = tempfile::tempdir().unwrap();
        let empty = d.path().join("e.wav");
        std::fs::write(&empty, b"").unwrap();
        assert!(matches!(
            decode_file(&empty, 600),
            Err(DecodeError::Empty { .. })
        ));

        let full = d.path().join("t.wav");
        write_wav(&full, 16_000, 1, 16_000);
        let bytes = std::fs::read(&full).unwrap();
        let cut = d.path().join("cut.wav");
        std::fs::write(&cut, &bytes[..bytes.len() / 2]).unwrap();
        let e = decode_file(&cut, 600).unwrap_err();
        assert!(matches!(e, DecodeError::Corrupt { .. }), "{e}");
        assert!(e.to_string().contains("declares 1.0 s"), "{e}");
        assert!(wav_data(&cut).unwrap().is_truncated());
        assert!(!wav_data(&full).unwrap().is_truncated());
        assert!(wav_looks_incomplete(&cut));
        assert!(!wav_looks_incomplete(&full));
        let junk_wav = d.path().join("broken.wav");
        std::fs::write(&junk_wav, b"RIFF\x10\x00\x00\x00WAVEthis is not audio").unwrap();
        assert!(
            !wav_looks_incomplete(&junk_wav),
            "junk is junk, not a file in progress"
        );

        let junk = d.path().join("j.mp3");
        std::fs::write(&junk, vec![0x5au8; 4096]).unwrap();
        let e = decode_file(&junk, 600).unwrap_err();
        assert!(
            matches!(
                e,
                DecodeError::Unsupported { .. } | DecodeError::Corrupt { .. }
            ),
            "{e}"
        );

        // A header claiming an hour over half a second of data: truncated, not too long.
        let mut liar = bytes[..44 + 16_000].to_vec();
        let hour: u32 = 16_000 * 2 * 3600;
        liar[40..44].copy_from_slice(&hour.to_le_bytes());
        liar[4..8].copy_from_slice(&(hour + 36).to_le_bytes());
        let lie = d.path().join("hour.wav");
        std::fs::write(&lie, &liar).unwrap();
        let e = decode_file(&lie, 600).unwrap_err();
        assert!(matches!(e, DecodeError::Corrupt { .. }), "{e}");
        assert!(
            e.to_string()
                .contains("declares 3600.0 s of audio but the file holds only 0.5 s"),
            "{e}"
        );

        let long = d.path().join("l.wav");
        write_wav(&long, 8_000, 1, 8_000 * 3);
        assert!(matches!(
            decode_file(&long, 2),
            Err(DecodeError::TooLong { .. })
        ));
    }
}
