//! The page's HTML, written by hand: every value from a file is escaped; there is no inline
//! script or style (the Content-Security-Policy forbids both), only `/static/app.js` and
//! `/static/app.css`, which the daemon serves itself.

use super::draftdoc::DraftDoc;
use super::store::{DraftItem, FailedItem, NoteItem, NoteQuery};
use std::fmt::Write as _;

/// HTML-escapes text for element content and quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The frame around every page: navigation, the recorder, and the page's data attributes.
pub fn layout(title: &str, csrf: &str, formats: &[String], body_attrs: &str, main: &str) -> String {
    let mut opts = String::new();
    for f in formats {
        let _ = write!(opts, "<option value=\"{0}\">{0}</option>", esc(f));
    }
    format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{csrf}">
<title>{title} · hushnote</title>
<link rel="stylesheet" href="/static/app.css">
<script src="/static/app.js" defer></script>
</head>
<body {body_attrs}>
<header class="top">
<a class="brand" href="/">hushnote</a>
<nav><a href="/" id="nav-inbox">Inbox <span id="draft-count" class="count"></span></a><a href="/notes">Signed notes</a></nav>
<div class="recorder" id="recorder">
<label class="sr" for="format">Note format</label>
<select id="format" title="Note format">{opts}</select>
<button id="record" class="rec" type="button" aria-keyshortcuts="r" title="Record / stop (r)">● Record</button>
<meter id="level" min="-60" max="0" low="-45" high="-10" optimum="-20" value="-60" title="Input level"></meter>
<span id="elapsed" class="elapsed">0:00</span>
<span id="rec-status" class="rec-status" role="status" aria-live="polite"></span>
</div>
</header>
<main>
{main}
</main>
<footer class="keys">Keys: <kbd>r</kbd> record / stop · <kbd>n</kbd> next draft · <kbd>s</kbd> sign · <kbd>Esc</kbd> cancel an edit</footer>
</body></html>
"#,
        csrf = esc(csrf),
        title = esc(title),
    )
}

pub fn inbox(drafts: &[DraftItem], failed: &[FailedItem]) -> String {
    let mut m = String::new();
    let _ = write!(
        m,
        "<h1>Drafts awaiting review <span class=\"count\">{}</span></h1>",
        drafts.len()
    );
    if drafts.is_empty() {
        m.push_str(
            "<p class=\"empty\">No drafts. Press <kbd>r</kbd> or Record to dictate a memo.</p>",
        );
    } else {
        m.push_str("<table class=\"drafts\"><thead><tr><th>Age</th><th>Format</th><th>Summary</th><th>Risk</th></tr></thead><tbody>");
        for d in drafts {
            let badge = if d.risk {
                "<span class=\"badge risk\">Risk</span>"
            } else if d.risk_review {
                "<span class=\"badge check\">Check wording</span>"
            } else {
                "<span class=\"badge ok\">None found</span>"
            };
            let summary = if d.summary.is_empty() {
                "(no summary)".to_string()
            } else {
                esc(&d.summary)
            };
            let _ = write!(
                m,
                "<tr><td class=\"age\">{}</td><td>{}</td><td><a class=\"draft-link\" href=\"/draft/{}\">{}</a></td><td>{}</td></tr>",
                esc(&d.age),
                esc(&d.format),
                esc(&d.id),
                summary,
                badge
            );
        }
        m.push_str("</tbody></table>");
    }
    if !failed.is_empty() {
        let _ = write!(
            m,
            "<h2>Memos that could not be drafted <span class=\"count\">{}</span></h2><ul class=\"failed\">",
            failed.len()
        );
        for f in failed {
            let _ = write!(
                m,
                "<li><div class=\"failed-head\"><b>{0}</b> <button type=\"button\" class=\"retry\" data-file=\"{0}\">Retry</button></div><pre class=\"report\">{1}</pre></li>",
                esc(&f.name),
                esc(&f.report)
            );
        }
        m.push_str("</ul>");
    }
    m
}

pub fn draft(id: &str, doc: &DraftDoc) -> String {
    let mut m = String::new();
    let risk = doc.risk_present();
    let _ = write!(
        m,
        "<div class=\"draft-head\"><h1>{}</h1><div class=\"actions\">",
        esc(&doc.title)
    );
    if risk {
        m.push_str("<label class=\"ack\"><input type=\"checkbox\" id=\"ack-risk\"> I have reviewed the risk statements</label>");
    }
    let _ = write!(
        m,
        "<button type=\"button\" id=\"sign\" class=\"primary\" aria-keyshortcuts=\"s\" title=\"Sign (s)\">Sign</button>\
         <a class=\"button\" id=\"export-pdf\" href=\"/draft/{0}/pdf\" download>Export PDF</a>\
         <button type=\"button\" id=\"copy-text\">Copy as text</button>\
         <button type=\"button\" id=\"discard\" class=\"danger\">Discard</button></div></div>\
         <p id=\"draft-msg\" class=\"msg\" role=\"status\" aria-live=\"polite\"></p>",
        esc(id)
    );
    // Risk findings first.
    let risk_section = doc.sections.iter().find(|s| s.name == "Risk");
    let _ = write!(
        m,
        "<section class=\"findings {}\"><h2>Risk findings</h2>",
        if risk { "present" } else { "none" }
    );
    for p in &doc.preamble {
        let _ = write!(m, "<p class=\"warning\">{}</p>", esc(&p.replace("**", "")));
    }
    if let Some(r) = risk_section {
        m.push_str("<ul>");
        for l in &r.lines {
            let _ = write!(
                m,
                "<li>{}</li>",
                sentence(l.text.trim_start_matches("- "), &l.memo)
            );
        }
        m.push_str("</ul>");
    }
    m.push_str("</section>");
    if !doc.checklist.is_empty() {
        m.push_str("<section class=\"checklist\"><h2>Before you sign</h2><ul>");
        for c in &doc.checklist {
            let _ = write!(m, "<li>{}</li>", esc(&c.replace("**", "")));
        }
        m.push_str("</ul></section>");
    }
    m.push_str("<div class=\"columns\"><article class=\"note\">");
    for s in doc.sections.iter().filter(|s| s.editable()) {
        let _ = write!(
            m,
            "<section class=\"sec\" data-section=\"{0}\"><h2>{0} <button type=\"button\" class=\"edit\" title=\"Edit this section\">Edit</button></h2><div class=\"sentences\">",
            esc(&s.name)
        );
        for l in &s.lines {
            let _ = write!(m, "<p>{}</p>", sentence(&l.text, &l.memo));
        }
        for a in &s.asides {
            let a = a.trim_start_matches('>').trim().replace("**", "");
            if !a.is_empty() {
                let _ = write!(m, "<p class=\"aside\">{}</p>", esc(&a.replace("&lt;", "<")));
            }
        }
        let text: Vec<&str> = s.lines.iter().map(|l| l.text.as_str()).collect();
        let _ = write!(
            m,
            "</div><form class=\"editor\" hidden><label class=\"sr\">{0}</label><textarea rows=\"{1}\" aria-label=\"{0}\">{2}</textarea>\
             <div class=\"editor-buttons\"><button type=\"submit\" class=\"primary\">Save</button> <button type=\"button\" class=\"cancel\">Cancel</button> <span class=\"hint\">One sentence per line.</span></div></form></section>",
            esc(&s.name),
            (text.len() + 1).clamp(3, 16),
            esc(&text.join("\n"))
        );
    }
    m.push_str("</article><aside class=\"memo\"><h2>Memo transcript</h2><p class=\"transcript\">");
    let t = &doc.transcript;
    let mut at = 0;
    for c in doc.clauses() {
        if c.start >= at && c.end <= t.len() {
            m.push_str(&esc(&t[at..c.start]));
            let _ = write!(
                m,
                "<span class=\"c\" id=\"memo-{0}\" data-clause=\"{0}\" tabindex=\"0\">{1}</span>",
                c.id,
                esc(&t[c.start..c.end])
            );
            at = c.end;
        }
    }
    m.push_str(&esc(&t[at.min(t.len())..]));
    m.push_str("</p></aside></div>");
    m
}

/// A note sentence that points at the memo clauses it came from.
fn sentence(text: &str, memo: &[usize]) -> String {
    if memo.is_empty() {
        return format!("<span class=\"s\">{}</span>", esc(text));
    }
    let ids: Vec<String> = memo.iter().map(usize::to_string).collect();
    format!(
        "<span class=\"s\" tabindex=\"0\" data-memo=\"{}\">{}</span>",
        ids.join(" "),
        esc(text)
    )
}

pub fn notes(items: &[NoteItem], q: &NoteQuery, formats: &[String]) -> String {
    let mut m = String::from("<h1>Signed notes</h1>");
    let mut opts = String::from("<option value=\"\">Any format</option>");
    for f in formats {
        let sel = if q.format.as_deref() == Some(f.as_str()) {
            " selected"
        } else {
            ""
        };
        let _ = write!(opts, "<option value=\"{0}\"{1}>{0}</option>", esc(f), sel);
    }
    let _ = write!(
        m,
        "<form class=\"search\" method=\"get\" action=\"/notes\">\
         <label>From <input type=\"date\" name=\"from\" value=\"{}\"></label>\
         <label>To <input type=\"date\" name=\"to\" value=\"{}\"></label>\
         <label>Format <select name=\"format\">{opts}</select></label>\
         <button type=\"submit\">Search</button></form>",
        esc(q.from.as_deref().unwrap_or("")),
        esc(q.to.as_deref().unwrap_or(""))
    );
    if items.is_empty() {
        m.push_str("<p class=\"empty\">No signed notes match.</p>");
        return m;
    }
    m.push_str("<table class=\"notes\"><thead><tr><th>Signed</th><th>Format</th><th>Note</th><th>Export</th></tr></thead><tbody>");
    for n in items {
        let _ = write!(
            m,
            "<tr><td>{}</td><td>{}</td><td><a href=\"/note/{2}\">{3}</a></td><td><a href=\"/note/{2}/pdf\" download>PDF</a> · <a href=\"/note/{2}/txt\" download>Text</a></td></tr>",
            esc(&n.signed),
            esc(&n.format),
            esc(&n.id),
            esc(if n.title.is_empty() { &n.id } else { &n.title })
        );
    }
    m.push_str("</tbody></table>");
    m
}

/// A signed note, read-only, with export links and the amend form.
pub fn note(id: &str, body: &str, meta: &[(String, String)]) -> String {
    let mut m = String::new();
    let _ = write!(
        m,
        "<div class=\"draft-head\"><h1>Signed note</h1><div class=\"actions\">\
         <a class=\"button\" href=\"/note/{0}/pdf\" download>Export PDF</a>\
         <a class=\"button\" href=\"/note/{0}/txt\" download>Export text</a></div></div><dl class=\"meta\">",
        esc(id)
    );
    for (k, v) in meta {
        let _ = write!(
            m,
            "<dt>{}</dt><dd>{}</dd>",
            esc(k),
            esc(v.trim_matches('"'))
        );
    }
    m.push_str("</dl><article class=\"note signed\">");
    m.push_str(&markdown(body));
    let _ = write!(
        m,
        "</article><section class=\"amend\"><h2>Amend</h2><p>A signed note never changes; an addendum with its own time, author and hash is added.</p>\
         <form id=\"amend\" data-note=\"{}\"><textarea rows=\"4\" aria-label=\"Addendum\" required></textarea><button type=\"submit\" class=\"primary\">Add addendum</button></form>\
         <p id=\"draft-msg\" class=\"msg\" role=\"status\" aria-live=\"polite\"></p></section>",
        esc(id)
    );
    m
}

/// Just enough Markdown for a note: headings, list items, quotes and paragraphs; comments
/// dropped; everything escaped.
pub fn markdown(body: &str) -> String {
    let mut m = String::new();
    let mut in_comment = false;
    for line in body.lines() {
        let l = line.trim();
        if in_comment {
            in_comment = !l.contains("-->");
            continue;
        }
        if l.starts_with("<!--") && !l.contains("-->") {
            in_comment = true;
            continue;
        }
        let l = strip_comments(l);
        let l = l.trim();
        if l.is_empty() {
            continue;
        }
        let text = |s: &str| esc(&s.replace("&lt;", "<").replace("**", ""));
        if let Some(h) = l.strip_prefix("## ") {
            let _ = write!(m, "<h2>{}</h2>", text(h));
        } else if let Some(h) = l.strip_prefix("# ") {
            let _ = write!(m, "<h3>{}</h3>", text(h));
        } else if let Some(i) = l.strip_prefix("- ") {
            let _ = write!(m, "<p class=\"li\">• {}</p>", text(i));
        } else if let Some(q) = l.strip_prefix('>') {
            let _ = write!(m, "<blockquote>{}</blockquote>", text(q.trim()));
        } else {
            let _ = write!(m, "<p>{}</p>", text(l.trim_start_matches('\\')));
        }
    }
    m
}

fn strip_comments(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("<!--") {
        out.push_str(&rest[..i]);
        match rest[i..].find("-->") {
            Some(j) => rest = &rest[i + j + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// What a browser without a session sees.
pub fn no_session() -> String {
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>hushnote</title></head><body>\
     <h1>Not signed in</h1><p>Open the review page from a terminal with <code>hushnote open</code> \
     (or <code>hushnote open --print-url</code>); each link works once.</p></body></html>"
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_markdown() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
        let h = markdown("---\n## Plan\n\nSleep &lt;b> better. <!-- memo:3 -->\n- \"quote\"\n");
        assert!(h.contains("<h2>Plan</h2>"));
        assert!(h.contains("<p>Sleep &lt;b&gt; better.</p>"), "{h}");
        assert!(!h.contains("memo:3"));
    }
}
