//! The CTranslate2 importer (`hushnote::models::ct2::import_ct2_with`) on a model folder
//! built from the input: `kind byte | u16 LE tokenizer length | tokenizer | model.bin`.
//! kind % 3: 0 tokenizer.json, 1 vocabulary.txt, 2 neither; kind / 3 % 3 picks f16/q8_0/q5_1.
#![no_main]
use hushnote::models::ct2::{import_ct2_with, Quantize};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if data.len() < 3 {
        return;
    }
    let kind = data[0];
    let n = u16::from_le_bytes([data[1], data[2]]) as usize;
    let rest = &data[3..];
    let (tok, model) = rest.split_at(n.min(rest.len()));
    let dir = hushnote_fuzz::scratch().join("ct2");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("model folder");
    match kind % 3 {
        0 => std::fs::write(dir.join("tokenizer.json"), tok).expect("write"),
        1 => std::fs::write(dir.join("vocabulary.txt"), tok).expect("write"),
        _ => {}
    }
    std::fs::write(dir.join("model.bin"), model).expect("write");
    let q = Quantize::ALL[(kind / 3 % 3) as usize];
    let dst = hushnote_fuzz::scratch().join("out.bin");
    match import_ct2_with(&dir, &dst, q) {
        Ok(s) => assert!(s.bytes > 0 && s.tensors > 0),
        Err(e) => drop(e.to_string()),
    }
});
