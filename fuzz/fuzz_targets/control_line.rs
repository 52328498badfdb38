//! One control-socket request line, as raw bytes from a client
//! (`hushnote::daemon::control::parse_request_line`). A request that parses must survive a
//! round trip; one that does not gets the usage answer.
#![no_main]
use hushnote::daemon::control::{bad_request, parse_request, parse_request_line, Request};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match parse_request_line(data) {
        Ok(req) => {
            let line = serde_json::to_string(&req).expect("requests serialize");
            let back: Request = parse_request(&line).expect("own output parses");
            assert_eq!(back, req);
        }
        Err(e) => {
            let r = bad_request(&e);
            assert!(!r.ok && r.code != 0);
        }
    }
});
