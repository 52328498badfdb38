//! The desktop clipboard, through the tool the desktop provides: `wl-copy` on Wayland, `xclip`
//! or `xsel` on X11. No clipboard library is linked: these tools own the selection after we
//! exit (X11 clipboards vanish with the process that set them), and a headless machine simply
//! has none, which is said plainly.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

#[derive(Debug, thiserror::Error)]
pub enum ClipboardError {
    #[error("no desktop clipboard here: {why}. Write the text to a file with --out FILE, or print it (`hushnote export NOTE --txt`) and copy it yourself")]
    Unavailable { why: String },
    #[error("{tool} failed to take the text: {detail}")]
    Tool { tool: String, detail: String },
}

/// A clipboard tool and its arguments.
struct Tool {
    program: &'static str,
    args: &'static [&'static str],
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|d: PathBuf| {
            let p = d.join(program);
            p.is_file()
                && std::fs::metadata(&p)
                    .map(|m| std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o111 != 0)
                    .unwrap_or(false)
        })
    })
}

fn set(var: &str) -> bool {
    std::env::var_os(var).is_some_and(|v| !v.is_empty())
}

/// The tool for this session's display, or why there is none.
fn pick() -> Result<Tool, ClipboardError> {
    let wayland = set("WAYLAND_DISPLAY");
    let x11 = set("DISPLAY");
    if wayland && on_path("wl-copy") {
        return Ok(Tool {
            program: "wl-copy",
            args: &[],
        });
    }
    if x11 && on_path("xclip") {
        return Ok(Tool {
            program: "xclip",
            args: &["-selection", "clipboard", "-in"],
        });
    }
    if x11 && on_path("xsel") {
        return Ok(Tool {
            program: "xsel",
            args: &["--clipboard", "--input"],
        });
    }
    let why = match (wayland, x11) {
        (false, false) => {
            "no graphical session (neither WAYLAND_DISPLAY nor DISPLAY is set)".to_string()
        }
        (true, _) => "Wayland session without wl-copy (install wl-clipboard)".to_string(),
        (false, true) => "X11 session without xclip or xsel (install one of them)".to_string(),
    };
    Err(ClipboardError::Unavailable { why })
}

/// Copies `text` to the desktop clipboard. Returns the tool used.
pub fn copy(text: &str) -> Result<&'static str, ClipboardError> {
    let tool = pick()?;
    let err = |detail: String| ClipboardError::Tool {
        tool: tool.program.to_string(),
        detail,
    };
    // stdout and stderr are not piped: xclip and xsel fork a child that keeps serving the
    // selection, and a pipe held by it would never reach end-of-file.
    let mut child = Command::new(tool.program)
        .args(tool.args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| err(e.to_string()))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(text.as_bytes())
            .map_err(|e| err(e.to_string()))?;
    }
    let status = child.wait().map_err(|e| err(e.to_string()))?;
    if !status.success() {
        return Err(err(status.to_string()));
    }
    Ok(tool.program)
}
