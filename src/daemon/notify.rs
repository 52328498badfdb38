//! Desktop notifications over D-Bus (`org.freedesktop.Notifications`).
//!
//! A notification says only that a draft is ready and its format: never note or memo text,
//! since notifications are shown on screen and often logged by the desktop. Without a session
//! bus (a server, a test, `DBUS_SESSION_BUS_ADDRESS` unset) they are silently off.

use std::collections::HashMap;

/// Notifications on or off, decided once at start-up.
#[derive(Debug, Clone, Copy)]
pub struct Notifier {
    enabled: bool,
}

impl Notifier {
    /// On when configured (`[notify] desktop`) and a session bus is advertised.
    pub fn new(configured: bool) -> Self {
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some_and(|v| !v.is_empty());
        Self {
            enabled: configured && bus,
        }
    }

    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// "New SOAP draft ready", sent from a short-lived thread so a slow bus never delays a job.
    pub fn draft_ready(&self, format: &str) {
        if !self.enabled {
            return;
        }
        let summary = format!("New {format} draft ready");
        let _ = std::thread::Builder::new()
            .name("hushnote-notify".into())
            .spawn(move || {
                if let Err(e) = send(&summary, "Review it in your inbox before use.") {
                    tracing::debug!(error = %e, "desktop notification not shown");
                }
            });
    }

    /// The daily backlog reminder: "3 drafts awaiting review, oldest 2 days" (counts only).
    pub fn review_reminder(&self, summary: &str) {
        if !self.enabled {
            return;
        }
        let summary = summary.to_string();
        let _ = std::thread::Builder::new()
            .name("hushnote-notify".into())
            .spawn(move || {
                if let Err(e) = send(&summary, "Sign or discard them with `hushnote review`.") {
                    tracing::debug!(error = %e, "desktop notification not shown");
                }
            });
    }
}

fn send(summary: &str, body: &str) -> zbus::Result<()> {
    let conn = zbus::blocking::Connection::session()?;
    let hints: HashMap<&str, zbus::zvariant::Value<'_>> = HashMap::new();
    conn.call_method(
        Some("org.freedesktop.Notifications"),
        "/org/freedesktop/Notifications",
        Some("org.freedesktop.Notifications"),
        "Notify",
        &(
            "hushnote",
            0u32,
            "document-new",
            summary,
            body,
            Vec::<&str>::new(),
            hints,
            8000i32,
        ),
    )?;
    Ok(())
}
