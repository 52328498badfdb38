//! m4a/AAC, mp3, flac, ogg/vorbis (and non-RIFF .wav) through symphonia
//! (`hushnote::decode::decode_file`). The first byte picks the file extension.
#![no_main]
use hushnote::decode::decode_file;
use libfuzzer_sys::fuzz_target;

const EXT: &[&str] = &[
    "m4a", "mp3", "flac", "ogg", "aac", "opus", "mp4", "oga", "wav",
];

fuzz_target!(init: hushnote_fuzz::allow_caught_panics(), |data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let ext = EXT[pick as usize % EXT.len()];
    let path = hushnote_fuzz::scratch_file(&format!("memo.{ext}"), bytes);
    match decode_file(&path, 600) {
        Ok(d) => {
            assert!(!d.mono.is_empty() && d.sample_rate > 0);
            assert!(d.seconds() <= 600.0 + 1.0, "over max_seconds: {}", d.seconds());
        }
        Err(e) => drop(e.to_string()),
    }
});
