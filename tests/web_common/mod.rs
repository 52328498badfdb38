//! Shared by the review-page tests: a free loopback port, a daemon serving the page on it, a
//! raw HTTP/1.1 client (every header exactly as written: Host and Origin are what is tested),
//! and logging in through `hushnote open --print-url`.
#![allow(dead_code)]

use crate::daemon_common::Env;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// A port nothing listens on now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A daemon whose review page is on a free port.
pub fn web_env(extra: &str) -> (Env, u16) {
    let port = free_port();
    let env = Env::new(&format!("[web]\nport = {port}\n{extra}"));
    (env, port)
}

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// One request; `headers` are sent as given (include Host yourself).
pub fn http(port: u16, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> Reply {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    s.write_all(req.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("an HTTP answer");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .expect("a status line");
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Reply {
        status,
        headers,
        body,
    }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(nl) = b.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let n = usize::from_str_radix(String::from_utf8_lossy(&b[..nl]).trim(), 16).unwrap_or(0);
        if n == 0 {
            return out;
        }
        out.extend_from_slice(&b[nl + 2..nl + 2 + n]);
        b = &b[nl + 2 + n + 2..];
    }
}

/// `hushnote open --print-url`'s URL.
pub fn login_url(env: &Env) -> String {
    let out = env.run(&["open", "--print-url"]);
    assert!(
        out.status.success(),
        "open --print-url failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        env.log()
    );
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

/// A logged-in session: (cookie header value, CSRF token).
pub fn login(env: &Env, port: u16) -> (String, String) {
    let url = login_url(env);
    let path = url.split_once(&format!(":{port}")).unwrap().1.to_string();
    let host = format!("127.0.0.1:{port}");
    let r = http(port, "GET", &path, &[("Host", &host)], b"");
    assert_eq!(r.status, 303, "{r:?}");
    let set = r
        .header("set-cookie")
        .expect("a session cookie")
        .to_string();
    let cookie = set.split(';').next().unwrap().to_string();
    let page = http(
        port,
        "GET",
        "/",
        &[("Host", &host), ("Cookie", &cookie)],
        b"",
    );
    assert_eq!(page.status, 200, "{}", page.text());
    let text = page.text();
    let csrf = text
        .split("name=\"csrf-token\" content=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .expect("the page carries its CSRF token")
        .to_string();
    (cookie, csrf)
}
