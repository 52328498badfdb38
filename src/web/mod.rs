//! The review page: record, inbox, draft view, sign, export, signed notes, served by the
//! daemon on `127.0.0.1:[web] port` from its tokio runtime.
//!
//! [`auth`] decides who may ask; [`routes`] answers; [`pages`] writes the HTML; the page's
//! script and style are compiled in ([`assets`]), so it works with no network. The page
//! drives the recorder through the daemon's own control socket, exactly as `hushnote record`
//! does, and reads and writes the inbox like the note app does (atomic 0600 files).

pub mod assets;
pub mod auth;
pub mod draftdoc;
pub mod finish;
pub mod pages;
pub mod routes;
pub mod store;

use crate::config::{Config, Paths, WebConfig};
use auth::Auth;
use std::sync::{Arc, Mutex};

#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("the review page is turned off ([web] enabled = false in the config)")]
    Disabled,
    #[error("the review page could not start: port {port} on 127.0.0.1 is taken by another program; set [web] port to a free port in the config and restart the daemon")]
    PortTaken { port: u16 },
    #[error("the review page could not start on 127.0.0.1:{port}: {source}")]
    Bind { port: u16, source: std::io::Error },
    #[error("the review page is not running yet; try again in a moment")]
    NotStarted,
    #[error(transparent)]
    Auth(#[from] auth::AuthError),
}

enum State {
    Disabled,
    NotStarted,
    Running,
    Failed { port_taken: bool, message: String },
}

/// The daemon's handle on the page: starts it and issues login links for `hushnote open`.
#[derive(Clone)]
pub struct Handle {
    auth: Arc<Auth>,
    enabled: bool,
    state: Arc<Mutex<State>>,
}

/// What the page's handlers need from the daemon.
pub struct App {
    pub auth: Arc<Auth>,
    pub cfg: Config,
    pub paths: Paths,
    /// Formats offered in the picker (built-in and the user's), the default first.
    pub formats: Vec<String>,
}

impl Handle {
    pub fn new(cfg: &WebConfig) -> Self {
        Self {
            auth: Arc::new(Auth::new(cfg.port)),
            enabled: cfg.enabled,
            state: Arc::new(Mutex::new(if cfg.enabled {
                State::NotStarted
            } else {
                State::Disabled
            })),
        }
    }

    /// Binds 127.0.0.1:port and serves the page on `rt`. A port that is taken is logged
    /// and remembered (for `hushnote open`); the daemon runs on without the page.
    pub fn start(
        &self,
        rt: &tokio::runtime::Runtime,
        cfg: &Config,
        paths: &Paths,
        user_formats: &[String],
    ) {
        if !self.enabled {
            return;
        }
        let port = self.auth.port();
        let bound = std::net::TcpListener::bind(("127.0.0.1", port))
            .and_then(|l| l.set_nonblocking(true).map(|()| l))
            .and_then(|l| {
                let _guard = rt.enter();
                tokio::net::TcpListener::from_std(l)
            });
        let listener = match bound {
            Ok(l) => l,
            Err(e) => {
                let port_taken = e.kind() == std::io::ErrorKind::AddrInUse;
                let err = if port_taken {
                    WebError::PortTaken { port }
                } else {
                    WebError::Bind { port, source: e }
                };
                tracing::error!("{err}");
                *self.lock() = State::Failed {
                    port_taken,
                    message: err.to_string(),
                };
                return;
            }
        };
        let mut formats = vec![cfg.draft.format.clone()];
        for f in hushnote_draft::Format::builtins()
            .into_iter()
            .map(|f| f.name)
            .chain(user_formats.iter().cloned())
        {
            if !formats.iter().any(|g| g.eq_ignore_ascii_case(&f)) {
                formats.push(f);
            }
        }
        let app = Arc::new(App {
            auth: Arc::clone(&self.auth),
            cfg: cfg.clone(),
            paths: paths.clone(),
            formats,
        });
        let router = routes::router(app);
        *self.lock() = State::Running;
        tracing::info!(
            port,
            "review page on http://127.0.0.1:{port}/ (`hushnote open`)"
        );
        let state = Arc::clone(&self.state);
        rt.spawn(async move {
            if let Err(e) = axum::serve(listener, router).await {
                tracing::error!(error = %e, "the review page stopped");
                *state.lock().unwrap_or_else(|e| e.into_inner()) = State::Failed {
                    port_taken: false,
                    message: format!("the review page stopped: {e}"),
                };
            }
        });
    }

    /// A one-time login URL (single use, valid two minutes) for `hushnote open`.
    pub fn login_url(&self) -> Result<String, WebError> {
        match &*self.lock() {
            State::Disabled => return Err(WebError::Disabled),
            State::NotStarted => return Err(WebError::NotStarted),
            State::Failed {
                port_taken,
                message,
            } => {
                return Err(if *port_taken {
                    WebError::PortTaken {
                        port: self.auth.port(),
                    }
                } else {
                    WebError::Bind {
                        port: self.auth.port(),
                        source: std::io::Error::other(message.clone()),
                    }
                })
            }
            State::Running => {}
        }
        let token = self.auth.issue_login()?;
        Ok(format!(
            "http://127.0.0.1:{}/login?token={token}",
            self.auth.port()
        ))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }
}
