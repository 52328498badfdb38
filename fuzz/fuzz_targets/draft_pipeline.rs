//! The drafting pipeline from arbitrary text: prepare (private split, clauses, risk) → plan
//! with an arbitrary model answer → compose (grounding) → render. The input is
//! `format byte | transcript | 0xFF | model output`; must never panic, lose a clause, or
//! change the transcript in the draft.
#![no_main]
use hushnote_draft::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let (memo, answer) = match rest.iter().position(|&b| b == 0xFF) {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let Ok(memo) = std::str::from_utf8(memo) else {
        return;
    };
    let answer = answer.map(String::from_utf8_lossy);
    let formats = Format::builtins();
    let format = &formats[pick as usize % formats.len()];
    hushnote_fuzz::check_draft(memo, format, answer.as_deref());
});
