//! `hushnote daemon`, and the commands that talk to it over the control socket:
//! `record`, `stop`, `cancel`, `status`, `retry`; plus `devices`.

use crate::config::Config;
use crate::daemon::control::{self, ControlError, Request, Response};
use crate::daemon::status;
use crate::exit;

#[derive(Debug, clap::Args)]
pub struct RecordArgs {
    /// Note format for this memo (SOAP, DAP, BIRP, GIRP, PIE, iCARE, summary, or a user format).
    #[arg(long, value_name = "F")]
    pub format: Option<String>,
    /// Stop if recording, else start (bind this to a hotkey).
    #[arg(long)]
    pub toggle: bool,
    /// Draft this memo for a known client (`hushnote clients list`), with its goals, diagnoses,
    /// last signed plan and default format.
    #[arg(long, value_name = "ID")]
    pub client: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    /// Machine-readable status (one JSON object).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct RetryArgs {
    /// A memo in the failed folder (its name, or its path there).
    pub file: String,
}

/// `hushnote daemon`: runs in the foreground until SIGTERM/SIGINT.
pub fn daemon(cfg: &Config) -> anyhow::Result<u8> {
    crate::daemon::run(cfg)
}

/// Sends a request; prints the answer's message; returns its exit code.
fn send(cfg: &Config, req: &Request, quiet_ok: bool) -> anyhow::Result<(u8, Option<Response>)> {
    let paths = cfg.paths()?;
    match control::request(&paths.state, req) {
        Ok(r) => {
            if !r.ok {
                eprintln!("hushnote: {}", r.message);
            } else if !quiet_ok {
                println!("{}", r.message);
            }
            Ok((r.code, Some(r)))
        }
        Err(e @ ControlError::NoDaemon { .. }) => {
            eprintln!("hushnote: {e}");
            Ok((exit::NO_DAEMON, None))
        }
        Err(e) => Err(e.into()),
    }
}

pub fn record(args: &RecordArgs, cfg: &Config) -> anyhow::Result<u8> {
    let req = Request::Record {
        format: args.format.clone(),
        toggle: args.toggle,
        client: args.client.clone(),
    };
    Ok(send(cfg, &req, false)?.0)
}

pub fn stop(cfg: &Config) -> anyhow::Result<u8> {
    Ok(send(cfg, &Request::Stop, false)?.0)
}

pub fn cancel(cfg: &Config) -> anyhow::Result<u8> {
    Ok(send(cfg, &Request::Cancel, false)?.0)
}

pub fn retry(args: &RetryArgs, cfg: &Config) -> anyhow::Result<u8> {
    Ok(send(
        cfg,
        &Request::Retry {
            file: args.file.clone(),
        },
        false,
    )?
    .0)
}

pub fn status(args: &StatusArgs, cfg: &Config) -> anyhow::Result<u8> {
    let (code, resp) = send(cfg, &Request::Status, true)?;
    if let Some(s) = resp.and_then(|r| r.status) {
        if args.json {
            println!("{}", serde_json::to_string(&s)?);
        } else {
            println!("{}", status::render(&s));
        }
    }
    Ok(code)
}

/// `hushnote devices`: audio inputs cpal can record from.
pub fn devices() -> anyhow::Result<u8> {
    let list = crate::capture::list_devices()?;
    if list.is_empty() {
        eprintln!("hushnote: no audio input devices found; plug in a microphone, or check that PulseAudio/PipeWire is running");
        return Ok(exit::NO_MIC);
    }
    for d in list {
        let mark = if d.is_default { " (default)" } else { "" };
        println!("{}{mark}\t{}", d.name, d.detail);
    }
    Ok(exit::OK)
}
