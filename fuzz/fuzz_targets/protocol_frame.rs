//! Worker protocol frames (`hushnote_protocol::read_frame`) for all four message types: a
//! length field must never make the reader allocate more than the bytes that arrived.
#![no_main]
use hushnote_protocol::{
    bytes_to_samples, read_frame, write_frame, LlamaRequest, LlamaResponse, WhisperRequest,
    WhisperResponse,
};
use libfuzzer_sys::fuzz_target;
use serde::{de::DeserializeOwned, Serialize};

fn frames<T: DeserializeOwned + Serialize>(data: &[u8]) {
    let mut r = data;
    for _ in 0..8 {
        match read_frame::<_, T>(&mut r) {
            Ok(Some((header, payload))) => {
                let _ = bytes_to_samples(&payload);
                let mut out = Vec::new();
                write_frame(&mut out, &header, &payload).expect("a frame read can be written");
                let mut again = &out[..];
                let (_, p2): (T, Vec<u8>) = read_frame(&mut again)
                    .expect("own frame reads back")
                    .expect("not EOF");
                assert_eq!(p2, payload);
            }
            Ok(None) => return,
            Err(e) => return drop(e.to_string()),
        }
    }
}

fuzz_target!(|data: &[u8]| {
    frames::<WhisperRequest>(data);
    frames::<WhisperResponse>(data);
    frames::<LlamaRequest>(data);
    frames::<LlamaResponse>(data);
});
