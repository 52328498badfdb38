//! Who may talk to the review page: a one-time login token (from `hushnote open`, over the
//! 0600 control socket) buys a session cookie; every request must name this machine's
//! loopback address as its Host, and every state-changing request must come from this
//! origin and carry the session's CSRF token. Secrets are kept only as sha256 digests and
//! compared in constant time.

use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use subtle::ConstantTimeEq;

/// How long a login link works (it is also single-use).
pub const LOGIN_TTL: Duration = Duration::from_secs(120);
/// A session idle this long must log in again (`hushnote open`).
pub const SESSION_IDLE: Duration = Duration::from_secs(12 * 3600);
/// Login links not yet used; more are refused until some expire (bounds memory).
const MAX_PENDING: usize = 64;
/// Open sessions; the oldest is dropped beyond this.
const MAX_SESSIONS: usize = 64;

/// The header state-changing requests carry the CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("the system random source failed ({0}); cannot make a login token")]
    Random(getrandom::Error),
    #[error("too many unused login links; wait two minutes and run `hushnote open` again")]
    TooManyPending,
}

/// What a valid session gives a handler.
#[derive(Debug, Clone)]
pub struct Session {
    /// Per-session CSRF token, embedded in every page for the page's own requests.
    pub csrf: String,
}

struct Live {
    csrf: String,
    last_seen: Instant,
    created: Instant,
}

/// Login tokens and sessions, in memory only (a daemon restart logs everyone out).
pub struct Auth {
    port: u16,
    pending: Mutex<Vec<([u8; 32], Instant)>>,
    sessions: Mutex<HashMap<[u8; 32], Live>>,
}

impl Auth {
    pub fn new(port: u16) -> Self {
        Self {
            port,
            pending: Mutex::new(Vec::new()),
            sessions: Mutex::new(HashMap::new()),
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The session cookie's name (per port, so two daemons on one machine never share one).
    pub fn cookie_name(&self) -> String {
        format!("hushnote_session_{}", self.port)
    }

    /// A fresh single-use login token, valid for [`LOGIN_TTL`].
    pub fn issue_login(&self) -> Result<String, AuthError> {
        let token = random_hex()?;
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        pending.retain(|(_, t)| t.elapsed() < LOGIN_TTL);
        if pending.len() >= MAX_PENDING {
            return Err(AuthError::TooManyPending);
        }
        pending.push((digest(&token), Instant::now()));
        Ok(token)
    }

    /// Exchanges a login token for a new session: `(cookie value, session)`. The token is
    /// spent whether or not it was still valid.
    pub fn redeem(&self, token: &str) -> Option<(String, Session)> {
        let d = digest(token);
        let found = {
            let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
            // Look at every entry, so the time taken says nothing about which one matched.
            let mut hit = None;
            for (i, (p, _)) in pending.iter().enumerate() {
                if bool::from(p.ct_eq(&d)) {
                    hit = Some(i);
                }
            }
            hit.map(|i| pending.swap_remove(i))
        };
        let (_, issued) = found?;
        if issued.elapsed() >= LOGIN_TTL {
            return None;
        }
        let id = random_hex().ok()?;
        let csrf = random_hex().ok()?;
        let mut sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        sessions.retain(|_, s| s.last_seen.elapsed() < SESSION_IDLE);
        if sessions.len() >= MAX_SESSIONS {
            if let Some(oldest) = sessions
                .iter()
                .min_by_key(|(_, s)| s.created)
                .map(|(k, _)| *k)
            {
                sessions.remove(&oldest);
            }
        }
        let now = Instant::now();
        sessions.insert(
            digest(&id),
            Live {
                csrf: csrf.clone(),
                last_seen: now,
                created: now,
            },
        );
        Some((id, Session { csrf }))
    }

    /// The session a cookie value belongs to, if it is live.
    pub fn session(&self, cookie: &str) -> Option<Session> {
        // Keyed by the digest, so the lookup's timing depends on the digest, not the secret.
        let mut sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        let live = sessions.get_mut(&digest(cookie))?;
        if live.last_seen.elapsed() >= SESSION_IDLE {
            return None;
        }
        live.last_seen = Instant::now();
        Some(Session {
            csrf: live.csrf.clone(),
        })
    }

    /// Ends a session (logout).
    pub fn end(&self, cookie: &str) {
        self.sessions
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&digest(cookie));
    }

    /// The Host header must name this server exactly: a page on another name that resolves to
    /// 127.0.0.1 (DNS rebinding) is refused.
    pub fn host_ok(&self, host: Option<&str>) -> bool {
        let Some(host) = host else { return false };
        host == format!("127.0.0.1:{}", self.port) || host == format!("localhost:{}", self.port)
    }

    /// A state-changing request's Origin must be this server (browsers always send it on a
    /// POST made by fetch or a form).
    pub fn origin_ok(&self, origin: Option<&str>) -> bool {
        let Some(origin) = origin else { return false };
        origin == format!("http://127.0.0.1:{}", self.port)
            || origin == format!("http://localhost:{}", self.port)
    }

    /// Set-Cookie value for a new session.
    pub fn set_cookie(&self, id: &str) -> String {
        format!(
            "{}={id}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}",
            self.cookie_name(),
            SESSION_IDLE.as_secs()
        )
    }

    /// Set-Cookie value that removes the session cookie.
    pub fn clear_cookie(&self) -> String {
        format!(
            "{}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0",
            self.cookie_name()
        )
    }

    /// This server's session cookie in a Cookie header.
    pub fn cookie_from<'a>(&self, header: Option<&'a str>) -> Option<&'a str> {
        let name = self.cookie_name();
        header?.split(';').find_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            (k == name).then_some(v)
        })
    }
}

/// Constant-time equality of two tokens (lengths are not secret).
pub fn tokens_equal(a: &str, b: &str) -> bool {
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

fn digest(s: &str) -> [u8; 32] {
    Sha256::digest(s.as_bytes()).into()
}

/// 32 random bytes from the OS, as 64 hex digits.
fn random_hex() -> Result<String, AuthError> {
    let mut b = [0u8; 32];
    getrandom::getrandom(&mut b).map_err(AuthError::Random)?;
    Ok(hex::encode(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_login_token_works_once() {
        let a = Auth::new(7717);
        let t = a.issue_login().unwrap();
        let (cookie, s) = a.redeem(&t).unwrap();
        assert!(a.redeem(&t).is_none(), "a spent token must not work again");
        assert_eq!(a.session(&cookie).unwrap().csrf, s.csrf);
        assert!(a.session("nonsense").is_none());
        a.end(&cookie);
        assert!(a.session(&cookie).is_none());
    }

    #[test]
    fn host_and_origin_must_be_this_loopback_server() {
        let a = Auth::new(7717);
        assert!(a.host_ok(Some("127.0.0.1:7717")));
        assert!(a.host_ok(Some("localhost:7717")));
        for bad in [
            "evil.example:7717",
            "127.0.0.1:80",
            "127.0.0.1",
            "localhost",
        ] {
            assert!(!a.host_ok(Some(bad)), "{bad}");
        }
        assert!(!a.host_ok(None));
        assert!(a.origin_ok(Some("http://127.0.0.1:7717")));
        assert!(!a.origin_ok(Some("http://evil.example:7717")));
        assert!(!a.origin_ok(Some("null")));
        assert!(!a.origin_ok(None));
    }

    #[test]
    fn cookie_is_found_by_this_ports_name_only() {
        let a = Auth::new(7717);
        assert_eq!(
            a.cookie_from(Some("x=1; hushnote_session_7717=abc; y=2")),
            Some("abc")
        );
        assert_eq!(a.cookie_from(Some("hushnote_session_7718=abc")), None);
        assert!(a
            .set_cookie("abc")
            .contains("HttpOnly; SameSite=Strict; Path=/"));
    }

    #[test]
    fn csrf_comparison() {
        assert!(tokens_equal("abc", "abc"));
        assert!(!tokens_equal("abc", "abd"));
        assert!(!tokens_equal("abc", "abcd"));
    }
}
