//! The review page over real HTTP against a real daemon: one-time login, session cookie,
//! Host checking (DNS rebinding), Origin and CSRF on every state-changing request, security
//! headers, every route refused without a session, loopback only, and a taken port.

mod common;
mod daemon_common;
mod web_common;

use daemon_common::*;
use hushnote::web::routes::ROUTES;
use std::fs;
use web_common::*;

/// A draft as the drafter writes it (front matter, checklist, sections with provenance,
/// transcript); the end-to-end test makes real ones through the microphone.
const DRAFT: &str = "---\nstatus: draft\nformat: SOAP\ncreated: 2026-01-02T10:00:00Z\nrisk: none\nrisk_flags: []\nrisk_needs_review: false\n---\n\n# SOAP note — draft (2026-01-02 10:00)\n\n<!-- checklist -->\n> **Before you sign** — advice.\n>\n> - Not covered: duration.\n<!-- /checklist -->\n\n## Subjective\n\nClient reported work stress. <!-- memo:1 -->\n\n## Plan\n\nHomework is journaling. <!-- memo:2 -->\n\n## Risk\n\nNot addressed in memo: assess and document.\n\n## Memo transcript\n\n> Client reported work stress. Homework is journaling.\n";

fn started() -> (Env, u16) {
    let (mut env, port) = web_env("");
    env.start();
    wait_for(20, "the review page to listen", || {
        std::net::TcpStream::connect(("127.0.0.1", port)).ok()
    });
    (env, port)
}

#[test]
fn a_login_link_works_once_and_gives_a_strict_httponly_cookie() {
    let (mut env, port) = started();
    let host = format!("127.0.0.1:{port}");
    let url = login_url(&env);
    assert!(
        url.starts_with(&format!("http://127.0.0.1:{port}/login?token=")),
        "{url}"
    );
    let path = url.split_once(&host).unwrap().1;
    let r = http(port, "GET", path, &[("Host", &host)], b"");
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(r.header("location"), Some("/"));
    let cookie = r.header("set-cookie").unwrap();
    for attr in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(attr), "{cookie}");
    }
    // Single use.
    let again = http(port, "GET", path, &[("Host", &host)], b"");
    assert_eq!(again.status, 401);
    assert!(again.header("set-cookie").is_none());
    // Made-up and missing tokens.
    for p in ["/login?token=00", "/login"] {
        assert_eq!(
            http(port, "GET", p, &[("Host", &host)], b"").status,
            401,
            "{p}"
        );
    }
    // The session works, and every answer carries the security headers.
    let (cookie, csrf) = login(&env, port);
    let page = http(
        port,
        "GET",
        "/",
        &[("Host", &host), ("Cookie", &cookie)],
        b"",
    );
    assert_eq!(page.status, 200);
    assert_eq!(csrf.len(), 64);
    let csp = page.header("content-security-policy").unwrap();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert!(!page.text().contains("<script>"), "no inline script");
    assert!(!page.text().contains("style=\""), "no inline style");
    assert_eq!(page.header("x-frame-options"), Some("DENY"));
    assert_eq!(page.header("cache-control"), Some("no-store"));
    // Logout ends the session.
    let origin = format!("http://{host}");
    let out = http(
        port,
        "POST",
        "/logout",
        &[
            ("Host", &host),
            ("Cookie", &cookie),
            ("Origin", &origin),
            ("X-CSRF-Token", &csrf),
        ],
        b"",
    );
    assert_eq!(out.status, 200);
    let after = http(
        port,
        "GET",
        "/",
        &[("Host", &host), ("Cookie", &cookie)],
        b"",
    );
    assert_eq!(after.status, 401);
    assert!(env.stop().success());
}

#[test]
fn no_route_answers_without_a_session() {
    let (mut env, port) = started();
    let host = format!("127.0.0.1:{port}");
    fs::write(env.dir("inbox/d1.md"), DRAFT).unwrap();
    let bogus = format!("hushnote_session_{port}={}", "ab".repeat(32));
    let mut paths: Vec<(&str, String)> = ROUTES
        .iter()
        .map(|(m, p)| (*m, p.replace("{id}", "d1")))
        .collect();
    paths.push(("GET", "/no/such/route".into()));
    paths.push(("GET", "/favicon.ico".into()));
    for (method, path) in &paths {
        for cookie in [None, Some(bogus.as_str())] {
            let mut h = vec![("Host", host.as_str())];
            if let Some(c) = cookie {
                h.push(("Cookie", c));
            }
            let r = http(port, method, path, &h, b"{}");
            assert_eq!(
                r.status,
                401,
                "{method} {path} with {cookie:?}: {}",
                r.text()
            );
            assert!(
                !r.text().contains("work stress"),
                "{method} {path} leaked note text"
            );
            assert_eq!(r.header("x-frame-options"), Some("DENY"));
        }
    }
    // The draft is untouched.
    assert_eq!(fs::read_to_string(env.dir("inbox/d1.md")).unwrap(), DRAFT);
    // ...and with a session, every GET page answers.
    let (cookie, _) = login(&env, port);
    for (method, path) in paths.iter().filter(|(m, p)| {
        *m == "GET"
            && !p.contains("pdf")
            && !p.contains("txt")
            && !p.contains("note/")
            && !p.contains("no/such")
            && !p.contains("favicon")
    }) {
        let r = http(
            port,
            method,
            path,
            &[("Host", &host), ("Cookie", &cookie)],
            b"",
        );
        assert_eq!(r.status, 200, "{method} {path}: {}", r.text());
    }
    assert!(env.stop().success());
}

#[test]
fn only_the_loopback_host_and_port_are_answered() {
    let (mut env, port) = started();
    let (cookie, _) = login(&env, port);
    for host in [
        format!("evil.example:{port}"),
        format!("127.0.0.1:{}", port.wrapping_add(1)),
        "127.0.0.1".to_string(),
        "localhost".to_string(),
        format!("127.0.0.2:{port}"),
    ] {
        let r = http(
            port,
            "GET",
            "/",
            &[("Host", &host), ("Cookie", &cookie)],
            b"",
        );
        assert_eq!(r.status, 421, "Host {host} must be refused");
    }
    let r = http(port, "GET", "/", &[("Cookie", &cookie)], b"");
    assert_eq!(r.status, 421, "no Host header");
    // A rebinding page cannot even spend a login token: the Host check comes first.
    let url = login_url(&env);
    let path = url.split_once(&format!(":{port}")).unwrap().1;
    let evil = format!("evil.example:{port}");
    assert_eq!(http(port, "GET", path, &[("Host", &evil)], b"").status, 421);
    let ok = format!("localhost:{port}");
    assert_eq!(http(port, "GET", path, &[("Host", &ok)], b"").status, 303);
    let r = http(port, "GET", "/", &[("Host", &ok), ("Cookie", &cookie)], b"");
    assert_eq!(r.status, 200);
    // Bound to 127.0.0.1 only (/proc/net/tcp: local address 0100007F:PORT, listening).
    let tcp = fs::read_to_string("/proc/net/tcp").unwrap();
    let ours: Vec<&str> = tcp
        .lines()
        .filter(|l| {
            let f: Vec<&str> = l.split_whitespace().collect();
            f.len() > 3 && f[1].ends_with(&format!(":{port:04X}")) && f[3] == "0A"
        })
        .collect();
    assert_eq!(ours.len(), 1, "{ours:?}");
    assert!(
        ours[0]
            .split_whitespace()
            .nth(1)
            .unwrap()
            .starts_with("0100007F:"),
        "{ours:?}"
    );
    assert!(!fs::read_to_string("/proc/net/tcp6")
        .unwrap_or_default()
        .contains(&format!(
            ":{port:04X} 00000000000000000000000000000000:0000 0A"
        )));
    assert!(env.stop().success());
}

#[test]
fn state_changes_need_this_origin_and_the_session_csrf_token() {
    let (mut env, port) = started();
    let host = format!("127.0.0.1:{port}");
    let origin = format!("http://{host}");
    fs::write(env.dir("inbox/d1.md"), DRAFT).unwrap();
    let (cookie, csrf) = login(&env, port);
    let r = http(
        port,
        "GET",
        "/draft/d1",
        &[("Host", &host), ("Cookie", &cookie)],
        b"",
    );
    assert_eq!(r.status, 200);
    let page = r.text();
    let hash = page
        .split("data-hash=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .unwrap()
        .to_string();
    let body = format!(
        r#"{{"section":"Subjective","lines":["Client reported severe work stress.","<!-- memo:9 --> # x"],"hash":"{hash}"}}"#
    );
    let post = |h: &[(&str, &str)]| {
        let mut all = vec![
            ("Host", host.as_str()),
            ("Cookie", cookie.as_str()),
            ("Content-Type", "application/json"),
        ];
        all.extend_from_slice(h);
        http(port, "POST", "/api/draft/d1/section", &all, body.as_bytes())
    };
    let wrong = "0".repeat(64);
    let other_session = {
        let (_, other) = login(&env, port);
        other
    };
    for (why, h) in [
        ("no CSRF token", vec![("Origin", origin.as_str())]),
        (
            "a wrong CSRF token",
            vec![
                ("Origin", origin.as_str()),
                ("X-CSRF-Token", wrong.as_str()),
            ],
        ),
        (
            "another session's token",
            vec![
                ("Origin", origin.as_str()),
                ("X-CSRF-Token", other_session.as_str()),
            ],
        ),
        ("no Origin", vec![("X-CSRF-Token", csrf.as_str())]),
        (
            "another Origin",
            vec![
                ("Origin", "http://evil.example"),
                ("X-CSRF-Token", csrf.as_str()),
            ],
        ),
        (
            "a null Origin",
            vec![("Origin", "null"), ("X-CSRF-Token", csrf.as_str())],
        ),
    ] {
        let r = post(&h);
        assert_eq!(r.status, 403, "{why}: {}", r.text());
        assert_eq!(
            fs::read_to_string(env.dir("inbox/d1.md")).unwrap(),
            DRAFT,
            "{why}"
        );
    }
    // The right origin and token: saved, atomically, 0600, front matter and provenance kept.
    let ok = [("Origin", origin.as_str()), ("X-CSRF-Token", csrf.as_str())];
    let r = post(&ok);
    assert_eq!(r.status, 200, "{}", r.text());
    let saved = fs::read_to_string(env.dir("inbox/d1.md")).unwrap();
    assert!(
        saved.starts_with("---\nstatus: draft\nformat: SOAP\n"),
        "{saved}"
    );
    assert!(
        saved.contains("Client reported severe work stress. <!-- memo:1 -->\n"),
        "{saved}"
    );
    assert!(
        saved.contains("&lt;!-- memo:9 --> # x\n"),
        "typed text cannot forge provenance: {saved}"
    );
    assert!(
        saved.contains("## Plan\n\nHomework is journaling. <!-- memo:2 -->"),
        "{saved}"
    );
    assert_eq!(mode(&env.dir("inbox/d1.md")), 0o600);
    // The same edit again carries the old hash: the file changed, so 409 and nothing written.
    let r = post(&ok);
    assert_eq!(r.status, 409, "{}", r.text());
    assert_eq!(fs::read_to_string(env.dir("inbox/d1.md")).unwrap(), saved);
    // Nothing of the note went to the log.
    let log = env.log();
    assert!(
        !log.contains("work stress") && !log.contains("journaling"),
        "{log}"
    );
    assert!(env.stop().success());
}

#[test]
fn a_taken_port_is_a_clear_error_and_the_daemon_still_runs() {
    let holder = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = holder.local_addr().unwrap().port();
    let mut env = Env::new(&format!("[web]\nport = {port}\n"));
    env.start();
    let out = env.run(&["open", "--print-url"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!("port {port}"))
            && err.contains("taken")
            && err.contains("[web] port"),
        "{err}"
    );
    assert!(
        env.log().contains("taken by another program"),
        "{}",
        env.log()
    );
    assert!(env.status()["pid"].as_u64().is_some());
    assert!(env.stop().success());
    drop(holder);
    // Turned off: `open` says so.
    let mut env = Env::new("[web]\nenabled = false\n");
    env.start();
    let out = env.run(&["open", "--print-url"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("enabled = false"));
    assert!(env.stop().success());
}
