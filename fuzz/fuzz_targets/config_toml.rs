//! The configuration file (`hushnote::config::Config::load`: TOML, then validation, then
//! folder resolution). Deep nesting and invalid UTF-8 must give a clean error.
#![no_main]
use hushnote::config::Config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let path = hushnote_fuzz::scratch_file("hushnote.toml", data);
    match Config::load(Some(&path)) {
        Ok(cfg) => drop(cfg.paths().map(|_| ()).map_err(|e| e.to_string())),
        Err(e) => drop(e.to_string()),
    }
});
