//! A typed memo file (`hushnote::pipeline::read_text_memo`) drafted in every built-in format
//! by the keyword planner: no panic, nothing lost, transcript verbatim.
#![no_main]
use hushnote_draft::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = hushnote_fuzz::scratch_file("memo.txt", data);
    let Ok(text) = hushnote::pipeline::read_text_memo(&path) else {
        return;
    };
    for format in Format::builtins() {
        hushnote_fuzz::check_draft(&text, &format, None);
    }
});
