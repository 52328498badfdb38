//! A user note format (`hushnote_draft::Format::parse_toml`); a format that loads is then
//! used to draft a fixed memo, since its names reach the prompt, grammar and Markdown.
#![no_main]
use hushnote_draft::Format;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

const MEMO: &str = "Client reports poor sleep and low mood. We practiced paced breathing. \
                    She denies suicidal ideation. Plan: sleep diary, next session in a week.";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Format::parse_toml(text, Path::new("fuzz.toml")) {
        Ok(format) => {
            let _ = format.title();
            let _ = Format::lookup(&format.name, std::slice::from_ref(&format));
            hushnote_fuzz::check_draft(MEMO, &format, None);
        }
        Err(e) => drop(e.to_string()),
    }
});
