//! The control socket: how `hushnote record/stop/cancel/status/retry` talk to the daemon.
//!
//! # Protocol (JSON lines)
//!
//! The daemon listens on the Unix socket `<paths.state>/control.sock` (mode 0600, in a 0700
//! folder, so only its owner can connect). A client connects, writes **one request line**
//! (a JSON object followed by `\n`), reads **one response line**, and closes.
//!
//! Requests (the `cmd` field selects the command):
//!
//! | request | meaning |
//! |---|---|
//! | `{"cmd":"record"}` | start recording a memo from the microphone (config's default format) |
//! | `{"cmd":"record","format":"BIRP"}` | ...drafted as BIRP (any built-in or user format, case-insensitive) |
//! | `{"cmd":"record","client":"jd01"}` | ...for this known client (its default format unless `format` is given); an unknown id records nothing |
//! | `{"cmd":"record","toggle":true}` | stop if recording, else start (bind this to a hotkey) |
//! | `{"cmd":"stop"}` | stop recording now; the memo is transcribed and drafted |
//! | `{"cmd":"cancel"}` | stop recording and keep nothing |
//! | `{"cmd":"status"}` | the daemon's state (see below) |
//! | `{"cmd":"retry","file":"memo.m4a"}` | re-queue a memo from the `failed/` folder (a name in it) |
//! | `{"cmd":"open"}` | a one-time login URL for the review page (`url` in the answer) |
//!
//! Every response has `ok` (bool) and `code` (the `hushnote` exit code the command should
//! end with: 0 on success, see `exit.rs`), a human `message`, and for `status` a `status`
//! object:
//!
//! ```json
//! {"ok":true,"code":0,"message":"recording started (SOAP)"}
//! {"ok":false,"code":5,"message":"unknown note format \"XYZ\"; ..."}
//! {"ok":true,"code":0,"message":"idle","status":{
//!    "pid":1234,"recording":true,
//!    "capture":{"elapsed_s":4.2,"level_dbfs":-31.5,"speech_started":true,"format":"SOAP"},
//!    "queue":1,"job":{"id":"3fa2c1d0","source":"memo.m4a","stage":"transcribing"},
//!    "mic":{"available":true,"reason":null,"device":"default"},
//!    "last_job":{"id":"…","format":"SOAP","recorded_ms":31000,"stop_to_draft_ms":2900,
//!                "asr_ms":2100,"draft_ms":650,"write_ms":3},
//!    "notice":null,"failed":0,"engines_warm":true,"watch":{"enabled":true,"folder":"…"}}}
//! ```
//!
//! Unknown commands or malformed lines get `{"ok":false,"code":2,...}`. Neither requests
//! nor responses ever carry memo or note text.

use super::status::StatusReport;
use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Longest request line accepted (requests are tiny; this bounds a misbehaving client).
pub const MAX_LINE: usize = 64 * 1024;

/// The socket's path under the state folder.
pub fn socket_path(state: &Path) -> PathBuf {
    state.join("control.sock")
}

/// One request line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "cmd", rename_all = "lowercase", deny_unknown_fields)]
pub enum Request {
    Record {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        format: Option<String>,
        #[serde(default)]
        toggle: bool,
        /// A known client's id (`hushnote clients list`); None = the memo's spoken opener.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        client: Option<String>,
    },
    Stop,
    Cancel,
    Status,
    Retry {
        file: String,
    },
    /// A one-time login URL for the review page (`hushnote open`).
    Open,
}

/// One response line.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Response {
    pub ok: bool,
    /// Exit code for the CLI (`exit.rs`): 0 on success.
    pub code: u8,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusReport>,
    /// For `open`: the review page's one-time login URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Response {
    pub fn ok(message: impl Into<String>) -> Self {
        Self {
            ok: true,
            code: crate::exit::OK,
            message: message.into(),
            status: None,
            url: None,
        }
    }

    pub fn err(code: u8, message: impl Into<String>) -> Self {
        Self {
            ok: false,
            code,
            message: message.into(),
            status: None,
            url: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ControlError {
    #[error("the hushnote daemon is not running (no control socket at {socket}); start it with `hushnote daemon` or `systemctl --user start hushnote`")]
    NoDaemon { socket: PathBuf },
    #[error("the hushnote daemon did not answer on {socket}: {source}; check `journalctl --user -u hushnote`")]
    Io {
        socket: PathBuf,
        source: std::io::Error,
    },
    #[error("the hushnote daemon sent an answer this version does not understand: {0}; are the daemon and this command the same version?")]
    Protocol(String),
}

/// Sends one request and waits for its response (blocking; for the CLI).
pub fn request(state: &Path, req: &Request) -> Result<Response, ControlError> {
    let socket = socket_path(state);
    let io = |source| ControlError::Io {
        socket: socket.clone(),
        source,
    };
    let mut stream = match UnixStream::connect(&socket) {
        Ok(s) => s,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused
            ) =>
        {
            return Err(ControlError::NoDaemon { socket })
        }
        Err(e) => return Err(io(e)),
    };
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .map_err(io)?;
    let mut line = serde_json::to_string(req).map_err(|e| ControlError::Protocol(e.to_string()))?;
    line.push('\n');
    stream.write_all(line.as_bytes()).map_err(io)?;
    let mut answer = String::new();
    BufReader::new(std::io::Read::take(stream, 16 * MAX_LINE as u64))
        .read_line(&mut answer)
        .map_err(io)?;
    if answer.trim().is_empty() {
        return Err(ControlError::Protocol("empty answer".into()));
    }
    serde_json::from_str(answer.trim()).map_err(|e| ControlError::Protocol(e.to_string()))
}

/// Parses a request line.
pub fn parse_request(line: &str) -> Result<Request, serde_json::Error> {
    parse_request_line(line.as_bytes())
}

/// Parses a request line as the raw bytes a client sent: invalid UTF-8 is a usage error like
/// any other malformed line (the fuzz target `control_line` drives this).
pub fn parse_request_line(line: &[u8]) -> Result<Request, serde_json::Error> {
    let value: serde_json::Value = serde_json::from_slice(line.trim_ascii())?;
    reject_unknown_fields(&value)?;
    serde_json::from_value(value)
}

/// A field the command does not take is refused, not ignored: a client that misspells
/// `format` would otherwise record in the default format without a word (serde's
/// `deny_unknown_fields` does not reach the commands without fields of a tagged enum).
fn reject_unknown_fields(value: &serde_json::Value) -> Result<(), serde_json::Error> {
    let Some(obj) = value.as_object() else {
        return Ok(());
    };
    let Some(cmd) = obj.get("cmd").and_then(|c| c.as_str()) else {
        return Ok(());
    };
    let allowed: &[&str] = match cmd {
        "record" => &["cmd", "format", "toggle", "client"],
        "retry" => &["cmd", "file"],
        _ => &["cmd"],
    };
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(serde::de::Error::custom(format!(
            "unknown field `{k}` for the command \"{cmd}\" (it takes: {})",
            allowed.join(", ")
        ))),
        None => Ok(()),
    }
}

/// The answer to a line that is not a request.
pub fn bad_request(e: &serde_json::Error) -> Response {
    Response::err(
        crate::exit::USAGE,
        format!("bad request ({e}); see the protocol in src/daemon/control.rs"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_round_trip_in_the_documented_shape() {
        let r = parse_request(r#"{"cmd":"record","format":"BIRP","toggle":true}"#).unwrap();
        assert_eq!(
            r,
            Request::Record {
                format: Some("BIRP".into()),
                toggle: true,
                client: None,
            }
        );
        let r = Request::Record {
            format: None,
            toggle: false,
            client: Some("jd01".into()),
        };
        let line = serde_json::to_string(&r).unwrap();
        assert_eq!(line, r#"{"cmd":"record","toggle":false,"client":"jd01"}"#);
        assert_eq!(parse_request(&line).unwrap(), r);
        assert_eq!(parse_request(r#"{"cmd":"stop"}"#).unwrap(), Request::Stop);
        assert_eq!(
            parse_request(r#"{"cmd":"record"}"#).unwrap(),
            Request::Record {
                format: None,
                toggle: false,
                client: None,
            }
        );
        assert_eq!(
            serde_json::to_string(&Request::Retry {
                file: "a.wav".into()
            })
            .unwrap(),
            r#"{"cmd":"retry","file":"a.wav"}"#
        );
    }

    #[test]
    fn bad_lines_get_a_usage_error() {
        let e = parse_request("nonsense").unwrap_err();
        assert_eq!(bad_request(&e).code, crate::exit::USAGE);
        assert!(parse_request(r#"{"cmd":"dance"}"#).is_err());
    }

    #[test]
    fn unknown_fields_and_invalid_utf8_are_refused() {
        for line in [
            r#"{"cmd":"status","verbose":true}"#,
            r#"{"cmd":"stop","now":1}"#,
            r#"{"cmd":"record","fromat":"BIRP"}"#,
            r#"{"cmd":"retry","file":"a.wav","force":true}"#,
        ] {
            let e = parse_request(line).unwrap_err();
            assert!(e.to_string().contains("unknown field"), "{line}: {e}");
        }
        let e = parse_request_line(b"{\"cmd\":\"st\xffatus\"}\n").unwrap_err();
        assert_eq!(bad_request(&e).code, crate::exit::USAGE);
        assert_eq!(
            parse_request_line(b"  {\"cmd\":\"status\"}\r\n").unwrap(),
            Request::Status
        );
    }

    #[test]
    fn no_socket_means_no_daemon() {
        let t = tempfile::tempdir().unwrap();
        assert!(matches!(
            request(t.path(), &Request::Status),
            Err(ControlError::NoDaemon { .. })
        ));
    }
}
