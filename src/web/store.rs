//! The files behind the page: drafts in the inbox, failed memos and their reports, signed
//! notes. Names in URLs are checked to be plain file names inside those folders.

use super::draftdoc::{DocError, DraftDoc};
use crate::fsutil;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no such draft (it may have been signed or discarded); go back to the inbox")]
    NoDraft,
    #[error("no such note")]
    NoNote,
    #[error("this draft changed on disk since the page loaded it; the page reloads it so nothing is overwritten")]
    Conflict,
    #[error(transparent)]
    Doc(#[from] DocError),
    #[error("cannot read or write {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A plain name (no folder, no hidden file): the only ids a URL may carry.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 200
        && !id.starts_with('.')
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// A signed note's id: its path under the notes folder, `client~name` for a note in a
/// client's folder (one level), without `.md`.
pub fn note_id(notes: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(notes).unwrap_or(path);
    let rel = rel.to_string_lossy();
    rel.strip_suffix(".md").unwrap_or(&rel).replace('/', "~")
}

#[derive(Debug, Clone)]
pub struct DraftItem {
    pub id: String,
    pub format: String,
    pub created: String,
    pub age: String,
    pub summary: String,
    pub risk: bool,
    pub risk_review: bool,
}

#[derive(Debug, Clone)]
pub struct FailedItem {
    pub name: String,
    pub report: String,
}

#[derive(Debug, Clone)]
pub struct NoteItem {
    pub id: String,
    pub format: String,
    /// Signing date and time as written in the note.
    pub signed: String,
    pub title: String,
}

#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct NoteQuery {
    pub from: Option<String>,
    pub to: Option<String>,
    pub format: Option<String>,
}

/// The draft file for an id, if it exists.
pub fn draft_path(inbox: &Path, id: &str) -> Result<PathBuf, StoreError> {
    if !valid_id(id) {
        return Err(StoreError::NoDraft);
    }
    let p = inbox.join(format!("{id}.md"));
    if p.is_file() {
        Ok(p)
    } else {
        Err(StoreError::NoDraft)
    }
}

/// The draft's text and the hash the page sends back with an edit.
pub fn read_draft(inbox: &Path, id: &str) -> Result<(String, String), StoreError> {
    let p = draft_path(inbox, id)?;
    let text = fs::read_to_string(&p).map_err(io(&p))?;
    let hash = fsutil::sha256_bytes(text.as_bytes());
    Ok((text, hash))
}

/// Replaces one section, unless the file changed since the page read it (`expected` hash).
/// Returns the new hash.
pub fn save_section(
    inbox: &Path,
    id: &str,
    expected: &str,
    section: &str,
    lines: &[String],
) -> Result<String, StoreError> {
    let p = draft_path(inbox, id)?;
    let (text, hash) = read_draft(inbox, id)?;
    if !super::auth::tokens_equal(&hash, expected) {
        return Err(StoreError::Conflict);
    }
    let new = DraftDoc::parse(&text).with_section(section, lines)?;
    fsutil::write_private_atomic(&p, new.as_bytes()).map_err(io(&p))?;
    Ok(fsutil::sha256_bytes(new.as_bytes()))
}

/// Drafts awaiting review, oldest first (`hushnote review`'s list), with the summary line.
pub fn list_drafts(inbox: &Path) -> Vec<DraftItem> {
    let list = crate::review::list_drafts(inbox).unwrap_or_default();
    list.into_iter()
        .filter_map(|d| {
            let id = d.file_name.strip_suffix(".md")?.to_string();
            if !valid_id(&id) {
                return None;
            }
            let summary = fs::read_to_string(&d.path)
                .map(|t| DraftDoc::parse(&t).summary())
                .unwrap_or_default();
            let summary = match d.client.as_deref().filter(|c| !c.is_empty()) {
                Some(c) if summary.is_empty() => c.to_string(),
                Some(c) => format!("{c} — {summary}"),
                None => summary,
            };
            Some(DraftItem {
                id,
                format: d.format.unwrap_or_else(|| "?".into()),
                created: d.created.unwrap_or_default(),
                age: crate::review::human_age(d.age_hours),
                summary,
                risk: d.risk.as_deref() == Some("present"),
                risk_review: d.risk_needs_review,
            })
        })
        .collect()
}

/// How many drafts the inbox holds (cheap: names only; polled by the page).
pub fn count_drafts(inbox: &Path) -> usize {
    md_files(inbox).len()
}

/// `(stem, path)` of every visible `.md` file in a folder.
fn md_files(dir: &Path) -> Vec<(String, PathBuf)> {
    let Ok(rd) = fs::read_dir(dir) else {
        return Vec::new();
    };
    rd.filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".md")?.to_string();
            (valid_id(&stem) && e.file_type().is_ok_and(|t| t.is_file())).then(|| (stem, e.path()))
        })
        .collect()
}

/// Memos in `failed/` that have a report, with the report.
pub fn list_failed(failed: &Path) -> Vec<FailedItem> {
    const SUFFIX: &str = ".error.txt";
    let Ok(rd) = fs::read_dir(failed) else {
        return Vec::new();
    };
    let mut out: Vec<(SystemTime, FailedItem)> = rd
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let memo = name.strip_suffix(SUFFIX)?.to_string();
            if !failed.join(&memo).exists() {
                return None;
            }
            let report = fs::read_to_string(e.path()).ok()?;
            let when = e.metadata().and_then(|m| m.modified()).ok()?;
            Some((when, FailedItem { name: memo, report }))
        })
        .collect();
    out.sort_by_key(|a| a.0);
    out.into_iter().map(|(_, f)| f).collect()
}

/// Signed notes (and addenda) in `notes`, newest first, filtered by date and format.
pub fn list_notes(notes: &Path, q: &NoteQuery) -> Vec<NoteItem> {
    let mut out: Vec<NoteItem> = Vec::new();
    let mut files = md_files(notes);
    if let Ok(rd) = fs::read_dir(notes) {
        for e in rd.filter_map(Result::ok) {
            let name = e.file_name().to_string_lossy().into_owned();
            if valid_id(&name) && e.file_type().is_ok_and(|t| t.is_dir()) {
                files.extend(
                    md_files(&e.path())
                        .into_iter()
                        .map(|(stem, p)| (format!("{name}~{stem}"), p)),
                );
            }
        }
    }
    for (id, path) in files {
        let Ok(text) = fs::read_to_string(&path) else {
            continue;
        };
        let doc = DraftDoc::parse(&text);
        let signed = doc
            .get("signed_at")
            .or_else(|| doc.get("amended_at"))
            .or_else(|| doc.get("created"))
            .unwrap_or("")
            .to_string();
        let format = doc.get("format").unwrap_or("").to_string();
        let day = signed.get(..10).unwrap_or("");
        if q.from.as_deref().is_some_and(|f| !f.is_empty() && day < f)
            || q.to.as_deref().is_some_and(|t| !t.is_empty() && day > t)
            || q.format
                .as_deref()
                .is_some_and(|f| !f.is_empty() && !format.eq_ignore_ascii_case(f))
        {
            continue;
        }
        out.push(NoteItem {
            id,
            format,
            signed,
            title: doc.title.clone(),
        });
    }
    out.sort_by(|a, b| b.signed.cmp(&a.signed).then_with(|| a.id.cmp(&b.id)));
    out
}

/// A signed note's path, if it exists.
pub fn note_path(notes: &Path, id: &str) -> Result<PathBuf, StoreError> {
    let parts: Vec<&str> = id.split('~').collect();
    if parts.len() > 2 || !parts.iter().all(|p| valid_id(p)) {
        return Err(StoreError::NoNote);
    }
    let p = notes.join(format!("{}.md", parts.join("/")));
    if p.is_file() {
        Ok(p)
    } else {
        Err(StoreError::NoNote)
    }
}

/// A note's front matter pairs and its body.
pub fn read_note(notes: &Path, id: &str) -> Result<(Vec<(String, String)>, String), StoreError> {
    let p = note_path(notes, id)?;
    let text = fs::read_to_string(&p).map_err(io(&p))?;
    let doc = DraftDoc::parse(&text);
    let body = match text
        .strip_prefix("---\n")
        .and_then(|r| r.split_once("\n---\n"))
    {
        Some((_, body)) => body.to_string(),
        None => text.clone(),
    };
    Ok((doc.front, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_plain_names() {
        assert!(valid_id("2026-01-01_1000_soap_ab12"));
        for bad in ["", "../x", ".hidden", "a/b", "a b", "a%2f"] {
            assert!(!valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn drafts_are_listed_oldest_first_and_edits_refuse_a_stale_hash() {
        let t = tempfile::tempdir().unwrap();
        let d = |created: &str, risk: &str| {
            format!("---\nstatus: draft\nformat: SOAP\ncreated: {created}\nrisk: {risk}\n---\n\n# T\n\n## Subjective\n\nLow mood. <!-- memo:1 -->\n\n## Memo transcript\n\n> Low mood.\n")
        };
        fs::write(t.path().join("b.md"), d("2026-01-02T10:00:00Z", "none")).unwrap();
        fs::write(t.path().join("a.md"), d("2026-01-03T10:00:00Z", "present")).unwrap();
        fs::write(t.path().join(".tmp.md"), "x").unwrap();
        let l = list_drafts(t.path());
        assert_eq!(
            l.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            ["b", "a"]
        );
        assert!(l[1].risk && !l[0].risk);
        assert_eq!(l[0].summary, "Low mood.");
        let (_, hash) = read_draft(t.path(), "a").unwrap();
        let new = save_section(
            t.path(),
            "a",
            &hash,
            "Subjective",
            &["Very low mood.".into()],
        )
        .unwrap();
        assert!(matches!(
            save_section(t.path(), "a", &hash, "Subjective", &["x".into()]),
            Err(StoreError::Conflict)
        ));
        let (text, h2) = read_draft(t.path(), "a").unwrap();
        assert_eq!(h2, new);
        assert!(text.contains("Very low mood. <!-- memo:1 -->"));
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(t.path().join("a.md"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
        assert!(matches!(
            read_draft(t.path(), "../a"),
            Err(StoreError::NoDraft)
        ));
        assert_eq!(note_id(t.path(), &t.path().join("c1/n.md")), "c1~n");
        fs::create_dir(t.path().join("c1")).unwrap();
        fs::write(
            t.path().join("c1/n.md"),
            "---\nstatus: signed\nformat: DAP\nsigned_at: 2026-01-05T10:00:00Z\n---\n\n# N\n",
        )
        .unwrap();
        assert!(note_path(t.path(), "c1~n").is_ok());
        assert!(note_path(t.path(), "c1~..~n").is_err());
        let q = NoteQuery {
            from: Some("2026-01-04".into()),
            to: None,
            format: Some("DAP".into()),
        };
        assert_eq!(list_notes(t.path(), &q).len(), 1);
        let q = NoteQuery {
            from: Some("2026-01-06".into()),
            to: None,
            format: None,
        };
        assert_eq!(list_notes(t.path(), &q).len(), 0);
    }
}
