//! The YAML front matter of drafts and signed notes, kept line for line.
//!
//! hushnote writes its front matter itself (`hushnote_draft::render`): top-level `key: value`
//! lines, a few nested blocks (`models:`), double-quoted strings. A clinician's note app may
//! add keys of its own. So this is not a YAML library: it keeps every top-level entry as the
//! exact lines it came with, reads the scalars hushnote needs, and changes only the keys it
//! sets. Everything else goes back out untouched, in order.

use hushnote_draft::render::yaml_scalar;

/// One top-level entry: its key and its lines (the `key:` line and any indented lines below).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    key: String,
    lines: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FrontMatter {
    entries: Vec<Entry>,
}

impl FrontMatter {
    /// Parses the lines between the `---` fences. Lines before the first key (comments) are kept
    /// with an empty key.
    pub fn parse(text: &str) -> Self {
        let mut entries: Vec<Entry> = Vec::new();
        for line in text.lines() {
            let top = !line.starts_with([' ', '\t', '-', '#']) && !line.trim().is_empty();
            match line.split_once(':').filter(|_| top) {
                Some((key, _)) => entries.push(Entry {
                    key: key.trim().to_string(),
                    lines: vec![line.to_string()],
                }),
                None => match entries.last_mut() {
                    Some(e) => e.lines.push(line.to_string()),
                    None => entries.push(Entry {
                        key: String::new(),
                        lines: vec![line.to_string()],
                    }),
                },
            }
        }
        Self { entries }
    }

    /// The raw value text of a top-level key (after `key:`, trimmed), if present.
    pub fn raw(&self, key: &str) -> Option<&str> {
        let e = self.entries.iter().find(|e| e.key == key)?;
        let first = e.lines.first()?;
        first.split_once(':').map(|(_, v)| v.trim())
    }

    /// A scalar value, unquoted. `None` when absent, empty or `null`.
    pub fn get(&self, key: &str) -> Option<String> {
        let raw = self.raw(key)?;
        let v = unquote(strip_comment(raw));
        (!v.is_empty() && v != "null" && v != "~").then_some(v)
    }

    /// A boolean value (`true`/`yes`/`on`, case-insensitive).
    pub fn get_bool(&self, key: &str) -> bool {
        self.get(key)
            .is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "true" | "yes" | "on"))
    }

    /// A flow list (`[a, b]`) of plain or quoted scalars.
    pub fn get_list(&self, key: &str) -> Vec<String> {
        let Some(raw) = self.raw(key) else {
            return Vec::new();
        };
        let inner = strip_comment(raw)
            .trim()
            .trim_start_matches('[')
            .trim_end_matches(']');
        inner
            .split(',')
            .map(|s| unquote(s.trim()))
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// Sets `key` to an already-formatted YAML value, replacing the entry in place or adding it
    /// at the end.
    pub fn set_raw(&mut self, key: &str, value: &str) {
        let lines = vec![format!("{key}: {value}")];
        match self.entries.iter_mut().find(|e| e.key == key) {
            Some(e) => e.lines = lines,
            None => self.entries.push(Entry {
                key: key.to_string(),
                lines,
            }),
        }
    }

    /// Sets `key` to a string, quoted when YAML needs it.
    pub fn set_str(&mut self, key: &str, value: &str) {
        self.set_raw(key, &yaml_scalar(value));
    }

    pub fn remove(&mut self, key: &str) {
        self.entries.retain(|e| e.key != key);
    }

    /// The front matter text, without the fences, ending in a newline.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for e in &self.entries {
            for l in &e.lines {
                out.push_str(l);
                out.push('\n');
            }
        }
        out
    }
}

/// Drops a trailing ` # comment`: after a quoted string's closing quote, or after ` #` in a
/// plain scalar.
fn strip_comment(v: &str) -> &str {
    let b = v.as_bytes();
    match b.first() {
        Some(b'"') => {
            let mut i = 1;
            while i < b.len() {
                match b[i] {
                    b'\\' => i += 2,
                    b'"' => return &v[..=i],
                    _ => i += 1,
                }
            }
            v
        }
        Some(b'\'') => {
            let mut i = 1;
            while i < b.len() {
                if b[i] == b'\'' {
                    if b.get(i + 1) == Some(&b'\'') {
                        i += 2;
                        continue;
                    }
                    return &v[..=i];
                }
                i += 1;
            }
            v
        }
        _ => match v.find(" #") {
            Some(i) => v[..i].trim_end(),
            None => v,
        },
    }
}

/// A plain, single-quoted or double-quoted YAML scalar's value.
pub fn unquote(v: &str) -> String {
    let v = v.trim();
    if let Some(inner) = v.strip_prefix('\'').and_then(|s| s.strip_suffix('\'')) {
        return inner.replace("''", "'");
    }
    let Some(inner) = v.strip_prefix('"').and_then(|s| s.strip_suffix('"')) else {
        return v.to_string();
    };
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let hex: String = chars.by_ref().take(4).collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const FM: &str = "status: draft\nformat: SOAP\nrisk_flags: [suicidal_ideation, \"self harm\"]\nrisk_needs_review: false\nmodels:\n  whisper:\n    name: tiny\n  llm: null\ntranscript_sha256: \"ab\\\"c\"\nclient: 'O''Neil' # initials\n";

    #[test]
    fn reads_scalars_lists_and_quotes() {
        let f = FrontMatter::parse(FM);
        assert_eq!(f.get("status").as_deref(), Some("draft"));
        assert_eq!(f.get("transcript_sha256").as_deref(), Some("ab\"c"));
        assert_eq!(f.get("client").as_deref(), Some("O'Neil"));
        assert_eq!(f.get_list("risk_flags"), ["suicidal_ideation", "self harm"]);
        assert!(!f.get_bool("risk_needs_review"));
        assert_eq!(f.get("models"), None);
        assert_eq!(f.get("missing"), None);
    }

    #[test]
    fn round_trips_and_edits_in_place() {
        let mut f = FrontMatter::parse(FM);
        assert_eq!(f.render(), FM);
        f.set_str("status", "signed");
        f.set_str("signed_by", "Dr. A: B");
        f.remove("client");
        let out = f.render();
        assert!(out.starts_with("status: signed\nformat: SOAP\n"), "{out}");
        assert!(out.contains("models:\n  whisper:\n    name: tiny\n  llm: null\n"));
        assert!(out.ends_with("signed_by: \"Dr. A: B\"\n"), "{out}");
        assert!(!out.contains("client"));
    }
}
