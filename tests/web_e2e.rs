//! The review page in a real headless browser (Debian's chromium + chromium-driver, driven
//! over WebDriver): record a memo through the virtual microphone, see its draft appear, edit
//! a sentence, sign with the risk acknowledgement, download the PDF and find the edited
//! sentence in it (pdftotext). Saves the README's screenshots (docs/screenshots/) and
//! measures the inbox page with 50 drafts.

mod common;
mod daemon_common;
mod web_common;

use daemon_common::*;
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Instant;
use web_common::*;

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";
const EDITED: &str = "Client described a marked improvement in sleep hygiene this week.";

/// A chromedriver process and one browser session.
struct Browser {
    driver: Child,
    base: String,
    sid: String,
    _profile: tempfile::TempDir,
}

impl Browser {
    fn start(downloads: &Path) -> Self {
        require_tool("chromium");
        require_tool("chromedriver");
        let port = free_port();
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let base = format!("http://127.0.0.1:{port}");
        wait_for(30, "chromedriver", || {
            ureq::get(&format!("{base}/status"))
                .call()
                .ok()
                .and_then(|r| r.into_string().ok())
                .and_then(|t| serde_json::from_str::<Value>(&t).ok())
                .filter(|v| v["value"]["ready"] == true)
        });
        let profile = tempfile::tempdir().unwrap();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    "--window-size=1280,800",
                    format!("--user-data-dir={}", profile.path().display()),
                ],
                "prefs": {
                    "download.default_directory": downloads.display().to_string(),
                    "download.prompt_for_download": false,
                },
            },
        }}});
        let r = post(&format!("{base}/session"), caps);
        let sid = r["value"]["sessionId"].as_str().unwrap().to_string();
        Self {
            driver,
            base,
            sid,
            _profile: profile,
        }
    }

    fn url(&self, p: &str) -> String {
        format!("{}/session/{}{p}", self.base, self.sid)
    }
    fn go(&self, url: &str) {
        post(&self.url("/url"), json!({ "url": url }));
    }
    fn current(&self) -> String {
        get(&self.url("/url"))["value"]
            .as_str()
            .unwrap()
            .to_string()
    }
    fn find(&self, css: &str) -> Option<String> {
        let r = ureq::post(&self.url("/element"))
            .set("Content-Type", "application/json")
            .send_string(&json!({"using": "css selector", "value": css}).to_string());
        match r {
            Ok(r) => serde_json::from_str::<Value>(&r.into_string().unwrap()).unwrap()["value"]
                [ELEMENT]
                .as_str()
                .map(str::to_string),
            Err(_) => None,
        }
    }
    fn wait(&self, secs: u64, css: &str) -> String {
        let deadline = Instant::now() + std::time::Duration::from_secs(secs);
        loop {
            if let Some(el) = self.find(css) {
                return el;
            }
            if Instant::now() > deadline {
                let page = get(&self.url("/source"))["value"].clone();
                panic!(
                    "timed out after {secs} s waiting for {css} at {}; page:\n{page}",
                    self.current()
                );
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
    fn click(&self, el: &str) {
        post(&self.url(&format!("/element/{el}/click")), json!({}));
    }
    fn clear(&self, el: &str) {
        post(&self.url(&format!("/element/{el}/clear")), json!({}));
    }
    fn keys(&self, el: &str, text: &str) {
        post(
            &self.url(&format!("/element/{el}/value")),
            json!({ "text": text }),
        );
    }
    fn text(&self, el: &str) -> String {
        get(&self.url(&format!("/element/{el}/text")))["value"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }
    fn js(&self, script: &str) -> Value {
        post(
            &self.url("/execute/sync"),
            json!({"script": script, "args": []}),
        )["value"]
            .clone()
    }
    fn resize(&self, w: u32, h: u32) {
        post(&self.url("/window/rect"), json!({"width": w, "height": h}));
    }
    fn screenshot(&self, to: &Path) {
        let b64 = get(&self.url("/screenshot"))["value"]
            .as_str()
            .unwrap()
            .to_string();
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::write(to, base64(&b64)).unwrap();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = ureq::delete(&self.url("")).call();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

fn post(url: &str, body: Value) -> Value {
    let sent = ureq::post(url)
        .set("Content-Type", "application/json")
        .send_string(&body.to_string());
    match sent {
        Ok(r) => serde_json::from_str(&r.into_string().unwrap()).unwrap(),
        Err(ureq::Error::Status(code, r)) => panic!(
            "WebDriver {url}: {code} {}",
            r.into_string().unwrap_or_default()
        ),
        Err(e) => panic!("WebDriver {url}: {e}"),
    }
}

fn get(url: &str) -> Value {
    match ureq::get(url).call() {
        Ok(r) => serde_json::from_str(&r.into_string().unwrap()).unwrap(),
        Err(ureq::Error::Status(code, r)) => panic!(
            "WebDriver {url}: {code} {}",
            r.into_string().unwrap_or_default()
        ),
        Err(e) => panic!("WebDriver {url}: {e}"),
    }
}

/// Standard base64 (WebDriver screenshots).
fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let clean: Vec<u8> = s
        .bytes()
        .filter(|c| !c.is_ascii_whitespace() && *c != b'=')
        .collect();
    let mut out = Vec::with_capacity(clean.len() * 3 / 4);
    for chunk in clean.chunks(4) {
        let v: Vec<u32> = chunk.iter().map(|&c| val(c) as u32).collect();
        let n = v
            .iter()
            .enumerate()
            .fold(0u32, |a, (i, x)| a | (x << (18 - 6 * i)));
        out.push((n >> 16) as u8);
        if v.len() > 2 {
            out.push((n >> 8) as u8);
        }
        if v.len() > 3 {
            out.push(n as u8);
        }
    }
    out
}

fn screenshots_dir() -> PathBuf {
    fixture("")
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("docs/screenshots")
}

#[test]
fn record_review_edit_sign_and_export_in_a_real_browser() {
    require_tool("pdftotext");
    let (mut env, port) = web_env(
        "[capture]\nsilence_stop_seconds = 1.5\nno_speech_timeout_seconds = 20.0\nmax_seconds = 120\n\n[clinician]\nname = \"Dr. Ana Ruiz\"\ncredentials = \"PsyD\"\n",
    );
    let notes = env.dir("notes");
    let cfg = fs::read_to_string(&env.config).unwrap();
    fs::write(
        &env.config,
        cfg.replace(
            "[paths]\n",
            &format!("[paths]\nnotes = \"{}\"\n", notes.display()),
        ),
    )
    .unwrap();
    env.start_pulse();
    env.start();
    let downloads = env.dir("downloads");
    fs::create_dir_all(&downloads).unwrap();
    let b = Browser::start(&downloads);

    // Log in with the one-time link; the URL bar ends at / (the token is gone from it).
    b.go(&login_url(&env));
    b.wait(10, "#record");
    assert_eq!(b.current(), format!("http://127.0.0.1:{port}/"));

    // Record through the page: pick SOAP, press Record, speak, and let silence stop it.
    b.js("document.getElementById('format').value = 'SOAP';");
    b.click(&b.wait(5, "#record"));
    wait_for(15, "the page to show the recording", || {
        (b.text(&b.find("#record")?).contains("Stop")).then_some(())
    });
    env.play(&fixture("audio/d05.wav"));
    wait_for(30, "the silence stop", || {
        (env.status()["recording"] == false).then_some(())
    });
    // The inbox reloads by itself when the draft lands.
    let link = b.wait(600, "a.draft-link");
    let t0 = Instant::now();
    assert!(
        b.find(".badge.risk").is_some(),
        "the d05 memo has risk statements"
    );
    b.screenshot(&screenshots_dir().join("inbox.png"));

    // Draft view: risk on top, provenance highlighting both ways.
    b.click(&link);
    b.wait(10, "section.findings.present");
    let sentence = b.wait(5, ".note .s[data-memo]");
    b.js("document.querySelector('.note .s[data-memo]').dispatchEvent(new MouseEvent('mouseenter'));");
    let lit =
        b.js("return Array.from(document.querySelectorAll('.c.hl')).map(e => e.dataset.clause)");
    let memo = b.js("return document.querySelector('.note .s[data-memo]').dataset.memo");
    assert_eq!(
        lit.as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_string())
            .collect::<Vec<_>>()
            .join(" "),
        memo.as_str().unwrap(),
        "hovering a note sentence lights its memo clauses"
    );
    b.screenshot(&screenshots_dir().join("draft-top.png"));
    // The note beside the memo, a sentence pointed at: its memo clause lights up.
    b.js("document.querySelector('.columns').scrollIntoView(); window.scrollBy(0, -130);");
    b.js("document.querySelector('.note .s[data-memo]').dispatchEvent(new MouseEvent('mouseenter'));");
    b.screenshot(&screenshots_dir().join("draft.png"));
    let _ = sentence;
    b.js("document.querySelector('.note .s[data-memo]').dispatchEvent(new MouseEvent('mouseleave'));");
    b.js("document.querySelector('.c[data-clause]').dispatchEvent(new MouseEvent('mouseenter'));");
    assert!(
        b.find(".note .s.hl").is_some()
            || b.js("return document.querySelectorAll('.s[data-memo]').length")
                .as_u64()
                == Some(0)
    );
    b.js("document.querySelector('.c[data-clause]').dispatchEvent(new MouseEvent('mouseleave'));");

    // Edit the first sentence of the first section.
    let draft_file = env.drafts()[0].clone();
    b.click(&b.wait(5, "section.sec button.edit"));
    let ta = b.wait(5, "section.sec form.editor textarea");
    let old: String = b
        .js("return document.querySelector('section.sec form.editor textarea').value")
        .as_str()
        .unwrap()
        .to_string();
    let mut lines: Vec<String> = old.lines().map(str::to_string).collect();
    lines[0] = EDITED.to_string();
    b.clear(&ta);
    b.keys(&ta, &lines.join("\n"));
    b.click(&b.wait(5, "section.sec form.editor button[type=submit]"));
    wait_for(10, "the edit on disk", || {
        fs::read_to_string(&draft_file)
            .ok()
            .filter(|t| t.contains(EDITED))
            .map(|_| ())
    });
    assert_eq!(mode(&draft_file), 0o600);
    let saved = fs::read_to_string(&draft_file).unwrap();
    assert!(
        saved.starts_with("---\nstatus: draft\n"),
        "front matter kept"
    );
    assert!(
        saved.contains(&format!("{EDITED} <!-- memo:")),
        "provenance kept: {saved}"
    );
    b.wait(10, "#sign");
    wait_for(10, "the page to show the saved edit", || {
        b.js("return document.body.innerText")
            .as_str()
            .filter(|t| t.contains(EDITED))
            .map(|_| ())
    });

    // Sign: refused until the risk is acknowledged, then signed.
    b.js("window.scrollTo(0, 0)");
    b.click(&b.wait(5, "#sign"));
    let msg = b.text(&b.wait(5, "#draft-msg"));
    assert!(msg.contains("risk"), "{msg}");
    assert!(
        draft_file.exists(),
        "not signed without the acknowledgement"
    );
    b.click(&b.wait(5, "#ack-risk"));
    b.click(&b.wait(5, "#sign"));
    wait_for(20, "the signed note page", || {
        b.current().contains("/note/").then_some(())
    });
    assert!(!draft_file.exists(), "the draft is gone once signed");

    // Download the PDF through the page and read it back.
    b.click(&b.wait(10, "a[href$='/pdf']"));
    let pdf = wait_for(30, "the PDF download", || {
        fs::read_dir(&downloads)
            .ok()?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == "pdf"))
    });
    let out = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains(EDITED),
        "the PDF holds the edited sentence: {text}"
    );
    assert!(text.contains("Ana Ruiz"), "{text}");
    eprintln!(
        "draft appeared -> signed -> PDF: {:.1} s",
        t0.elapsed().as_secs_f64()
    );

    // Signed notes list finds it by format and date.
    b.go(&format!("http://127.0.0.1:{port}/notes?format=SOAP"));
    b.wait(10, "table.notes a");

    // Inbox with 50 drafts: the page's load time, measured by the browser.
    let sample = saved.replace(EDITED, "Client reported better sleep.");
    for i in 0..50 {
        fs::write(
            env.dir(&format!("inbox/2026-01-01_{i:02}_soap_bench.md")),
            &sample,
        )
        .unwrap();
    }
    let mut loads = Vec::new();
    for _ in 0..7 {
        b.go(&format!("http://127.0.0.1:{port}/"));
        b.wait(10, "table.drafts");
        let ms = wait_for(10, "navigation timing", || {
            b.js("const n = performance.getEntriesByType('navigation')[0]; return n && n.loadEventEnd > 0 ? [n.responseEnd - n.requestStart, n.loadEventEnd - n.startTime] : null")
                .as_array()
                .map(|a| (a[0].as_f64().unwrap(), a[1].as_f64().unwrap()))
        });
        loads.push(ms);
    }
    let rows = b.js("return document.querySelectorAll('table.drafts tbody tr').length");
    assert_eq!(rows.as_u64(), Some(50));
    loads.sort_by(|a, b| a.1.total_cmp(&b.1));
    let (server, full) = loads[loads.len() / 2];
    eprintln!("inbox of 50 drafts: server response {server:.1} ms, full page load {full:.1} ms (median of 7)");
    assert!(full < 1000.0, "the inbox took {full} ms to load");

    // Narrow window: one column, still readable.
    b.resize(420, 800);
    b.go(&format!("http://127.0.0.1:{port}/"));
    b.click(&b.wait(10, "a.draft-link"));
    b.wait(10, "section.findings");
    b.screenshot(&screenshots_dir().join("draft-narrow.png"));
    drop(b);
    assert!(env.stop().success());
}
