//! `hushnote open`: the review page in the default browser, through a one-time login link
//! that the daemon issues over its 0600 control socket.

use crate::config::Config;
use crate::daemon::control::{self, ControlError, Request};
use crate::exit;

#[derive(Debug, clap::Args)]
pub struct OpenArgs {
    /// Print the one-time login URL instead of opening a browser (scripts, remote desktops).
    #[arg(long)]
    pub print_url: bool,
}

pub fn open(args: &OpenArgs, cfg: &Config) -> anyhow::Result<u8> {
    let paths = cfg.paths()?;
    let r = match control::request(&paths.state, &Request::Open) {
        Ok(r) => r,
        Err(e @ ControlError::NoDaemon { .. }) => {
            eprintln!("hushnote: {e}");
            return Ok(exit::NO_DAEMON);
        }
        Err(e) => return Err(e.into()),
    };
    let url = match (r.ok, r.url) {
        (true, Some(url)) => url,
        _ => {
            eprintln!("hushnote: {}", r.message);
            return Ok(if r.code == exit::OK {
                exit::FAILURE
            } else {
                r.code
            });
        }
    };
    if args.print_url {
        println!("{url}");
        return Ok(exit::OK);
    }
    // xdg-open hands the URL to the desktop's browser; it is never put on a command line of a
    // shell, and the link works once, so a copy in the process list is already spent.
    match std::process::Command::new("xdg-open")
        .arg(&url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
    {
        Ok(s) if s.success() => {
            println!("opened the review page in your browser");
            Ok(exit::OK)
        }
        _ => {
            eprintln!(
                "hushnote: could not start a browser (xdg-open); open this link yourself within two minutes:\n{url}"
            );
            Ok(exit::FAILURE)
        }
    }
}
