//! The review backlog: drafts in the inbox waiting to be signed or discarded.
//!
//! `hushnote review` lists them (oldest first, with age, format and risk), `hushnote status`
//! shows the count and the oldest, and the daemon reminds once a day when drafts have waited
//! longer than `[notify] review_after_hours` — with counts only, never note text.

use crate::note::NoteFile;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// One draft awaiting review. Holds no note text.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct DraftSummary {
    pub path: PathBuf,
    pub file_name: String,
    pub id: Option<String>,
    /// `draft` or `final` (waiting for the daemon to sign it).
    pub status: String,
    pub format: Option<String>,
    pub client: Option<String>,
    /// When the memo was recorded (front matter `created`).
    pub created: Option<String>,
    /// Hours since `created` (or since the file was written, when `created` is unreadable).
    pub age_hours: f64,
    /// `present`, `denied` or `none`.
    pub risk: Option<String>,
    pub risk_flags: Vec<String>,
    pub risk_needs_review: bool,
    pub risk_reviewed: bool,
    /// Signing needs the risk acknowledged first.
    pub needs_risk_ack: bool,
}

/// Count and age of the backlog.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Backlog {
    pub drafts: usize,
    pub oldest_hours: Option<f64>,
}

/// Drafts in `inbox` (`*.md` with `status: draft` or `final`), oldest first. Files that are
/// not hushnote drafts (a note app's own files) are skipped.
pub fn list_drafts(inbox: &Path) -> std::io::Result<Vec<DraftSummary>> {
    let rd = match std::fs::read_dir(inbox) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let now = chrono::Local::now();
    let mut out = Vec::new();
    for e in rd.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !name.ends_with(".md") || name.ends_with(".private.md") {
            continue;
        }
        let path = e.path();
        let Ok(n) = NoteFile::read(&path) else {
            continue;
        };
        let status = n.status();
        if status != "draft" && status != "final" {
            continue;
        }
        let created = n.front.get("created");
        let age_hours = created
            .as_deref()
            .and_then(|c| chrono::DateTime::parse_from_rfc3339(c).ok())
            .map(|c| (now.fixed_offset() - c).num_seconds() as f64 / 3600.0)
            .or_else(|| {
                let m = e.metadata().ok()?.modified().ok()?;
                let secs = SystemTime::now().duration_since(m).ok()?.as_secs_f64();
                Some(secs / 3600.0)
            })
            .unwrap_or(0.0)
            .max(0.0);
        let needs_risk_ack = crate::sign::unreviewed_risk(&n, false).is_some();
        out.push(DraftSummary {
            id: n.draft_id(),
            file_name: name,
            status,
            format: n.front.get("format"),
            client: n.front.get("client"),
            created,
            age_hours,
            risk: n.front.get("risk"),
            risk_flags: n.front.get_list("risk_flags"),
            risk_needs_review: n.front.get_bool("risk_needs_review"),
            risk_reviewed: n.front.get_bool("risk_reviewed"),
            needs_risk_ack,
            path,
        });
    }
    out.sort_by(|a, b| b.age_hours.total_cmp(&a.age_hours));
    Ok(out)
}

/// The backlog's count and oldest age.
pub fn backlog(inbox: &Path) -> Backlog {
    let drafts = list_drafts(inbox).unwrap_or_default();
    Backlog {
        drafts: drafts.len(),
        oldest_hours: drafts.first().map(|d| d.age_hours),
    }
}

/// "2 days", "5 hours", "40 minutes".
pub fn human_age(hours: f64) -> String {
    if hours >= 48.0 {
        format!("{} days", (hours / 24.0).floor() as u64)
    } else if hours >= 24.0 {
        "1 day".to_string()
    } else if hours >= 2.0 {
        format!("{} hours", hours.floor() as u64)
    } else if hours >= 1.0 {
        "1 hour".to_string()
    } else {
        format!("{} minutes", (hours * 60.0).round() as u64)
    }
}

/// The daily reminder's text, when drafts have waited longer than `after_hours`: counts only.
/// "3 drafts awaiting review, oldest 2 days".
pub fn reminder(drafts: &[DraftSummary], after_hours: u32) -> Option<String> {
    let overdue = drafts
        .iter()
        .filter(|d| d.age_hours >= after_hours as f64)
        .count();
    if overdue == 0 {
        return None;
    }
    let oldest = drafts.first().map(|d| d.age_hours).unwrap_or(0.0);
    let n = drafts.len();
    Some(format!(
        "{n} draft{} awaiting review, oldest {}",
        if n == 1 { "" } else { "s" },
        human_age(oldest)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, status: &str, created: &str, risk: &str) {
        std::fs::write(
            dir.join(name),
            format!("---\nstatus: {status}\nformat: SOAP\ncreated: {created}\nrisk: {risk}\nrisk_flags: []\nrisk_needs_review: false\n---\n\n# x\n"),
        )
        .unwrap();
    }

    #[test]
    fn lists_drafts_oldest_first_and_skips_the_rest() {
        let t = tempfile::tempdir().unwrap();
        let d = t.path();
        let now = chrono::Local::now();
        let ago = |h: i64| (now - chrono::Duration::hours(h)).to_rfc3339();
        write(d, "a_0000aaaa.md", "draft", &ago(3), "none");
        write(d, "b_0000bbbb.md", "draft", &ago(50), "present");
        write(d, "c.md", "signed", &ago(90), "none");
        std::fs::write(d.join("notes.md"), "# my own note\n").unwrap();
        std::fs::write(d.join("x.private.md"), "---\nstatus: draft\n---\n").unwrap();
        let list = list_drafts(d).unwrap();
        let names: Vec<&str> = list.iter().map(|x| x.file_name.as_str()).collect();
        assert_eq!(names, ["b_0000bbbb.md", "a_0000aaaa.md"]);
        assert!(list[0].needs_risk_ack);
        assert_eq!(list[0].id.as_deref(), Some("0000bbbb"));
        assert!((list[0].age_hours - 50.0).abs() < 0.1);
        assert_eq!(
            reminder(&list, 24).as_deref(),
            Some("2 drafts awaiting review, oldest 2 days")
        );
        assert_eq!(reminder(&list, 72), None);
        let b = backlog(d);
        assert_eq!(b.drafts, 2);
    }

    #[test]
    fn ages_read_naturally() {
        assert_eq!(human_age(0.5), "30 minutes");
        assert_eq!(human_age(1.5), "1 hour");
        assert_eq!(human_age(30.0), "1 day");
        assert_eq!(human_age(73.0), "3 days");
    }
}
