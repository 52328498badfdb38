//! WAV through hound and the one-pass 16-bit reader (`hushnote::decode::decode_file`).
//! Lying headers (huge data length, zero channels, absurd rates) must give a clean error.
#![no_main]
use hushnote::decode::decode_file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: hushnote_fuzz::allow_caught_panics(), |data: &[u8]| {
    let path = hushnote_fuzz::scratch_file("memo.wav", data);
    match decode_file(&path, 600) {
        Ok(d) => {
            assert!(!d.mono.is_empty() && d.sample_rate > 0);
            assert!(d.seconds() <= 600.0 + 1.0, "over max_seconds: {}", d.seconds());
        }
        Err(e) => drop(e.to_string()),
    }
});
