//! Clients: one TOML file per client in `<config dir>/clients/<id>.toml` (id, display name or
//! initials, diagnoses, numbered goals with measurable objectives, default format), and how a
//! memo is tied to one.
//!
//! A memo names its client by `--client ID` or by a spoken opener ("client J D", "for Jordan")
//! matched against the known clients only: exactly one known client must fit, or the memo is
//! drafted without a client. Nothing is guessed. Signed notes are filed per client under
//! `<notes>/<id>/` (by `sign`, from the draft's `client` front-matter key), which is where the
//! last signed note's plan is read back for "Carried forward".

use crate::config::Paths;
use crate::fsutil;
use hushnote_draft::goals::{ClientContext, Diagnosis, Goal, PreviousNote};
use std::path::{Path, PathBuf};

/// One client's file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Client {
    /// Folder-safe id: letters, digits, `-`, `_` (it names `notes/<id>/`).
    pub id: String,
    /// Display name or initials, as the notes should show it ("J. D.").
    pub name: String,
    /// Default note format for this client's memos (`None`: the configured default).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    #[serde(default)]
    pub diagnoses: Vec<Diagnosis>,
    #[serde(default)]
    pub goals: Vec<Goal>,
}

#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("cannot read client file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{path} is not a valid client file: {message}; fix it or move it out of the clients folder"
    )]
    Parse { path: PathBuf, message: String },
    #[error(
        "{path} says id = {id:?}, but the file name says otherwise; rename the file to {id}.toml"
    )]
    Mismatch { path: PathBuf, id: String },
    #[error("client id {0:?} is not usable: use 1-64 letters, digits, '-' or '_', not starting with '-' or '_'")]
    BadId(String),
    #[error("no client {id:?} in {dir}; `hushnote clients list` shows the known ones, `hushnote clients add` adds one")]
    NotFound { id: String, dir: PathBuf },
    #[error("client {id:?} already exists ({path}); edit that file instead")]
    Exists { id: String, path: PathBuf },
    #[error("cannot write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The clients folder.
pub fn dir(paths: &Paths) -> PathBuf {
    paths.config_dir.join("clients")
}

/// Whether `id` can name a client (and its notes folder).
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn parse(path: &Path, text: &str) -> Result<Client, ClientError> {
    let client: Client = toml::from_str(text).map_err(|e| ClientError::Parse {
        path: path.to_path_buf(),
        message: e.message().to_string(),
    })?;
    if !valid_id(&client.id) {
        return Err(ClientError::BadId(client.id));
    }
    if path.file_stem().and_then(|s| s.to_str()) != Some(client.id.as_str()) {
        return Err(ClientError::Mismatch {
            path: path.to_path_buf(),
            id: client.id,
        });
    }
    Ok(client)
}

/// Every client file in `dir`, sorted by id. A missing folder means no clients.
pub fn load_all(dir: &Path) -> Result<Vec<Client>, ClientError> {
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(ClientError::Read {
                path: dir.to_path_buf(),
                source,
            })
        }
    };
    let mut out = Vec::new();
    for e in rd.filter_map(Result::ok) {
        let path = e.path();
        let name = e.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || path.extension().and_then(|x| x.to_str()) != Some("toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).map_err(|source| ClientError::Read {
            path: path.clone(),
            source,
        })?;
        out.push(parse(&path, &text)?);
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(out)
}

/// One client by id.
pub fn load(dir: &Path, id: &str) -> Result<Client, ClientError> {
    if !valid_id(id) {
        return Err(ClientError::BadId(id.to_string()));
    }
    let path = dir.join(format!("{id}.toml"));
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&path, &text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(ClientError::NotFound {
            id: id.to_string(),
            dir: dir.to_path_buf(),
        }),
        Err(source) => Err(ClientError::Read { path, source }),
    }
}

/// Writes a new client file (0600, atomic); refuses to overwrite one.
pub fn add(dir: &Path, client: &Client) -> Result<PathBuf, ClientError> {
    if !valid_id(&client.id) {
        return Err(ClientError::BadId(client.id.clone()));
    }
    let path = dir.join(format!("{}.toml", client.id));
    let text = toml::to_string_pretty(client).map_err(|e| ClientError::Parse {
        path: path.clone(),
        message: e.to_string(),
    })?;
    fsutil::ensure_private_dir(dir).map_err(|source| ClientError::Write {
        path: dir.to_path_buf(),
        source,
    })?;
    match fsutil::write_private_new(&path, text.as_bytes()) {
        Ok(()) => Ok(path),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(ClientError::Exists {
            id: client.id.clone(),
            path,
        }),
        Err(source) => Err(ClientError::Write { path, source }),
    }
}

/// Lower-cased words of the memo's opening, dots dropped ("J.D." -> "jd"), single letters in a
/// row joined ("J D" -> "jd").
fn opening_words(transcript: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut letters = String::new();
    let flush = |letters: &mut String, out: &mut Vec<String>| {
        if !letters.is_empty() {
            out.push(std::mem::take(letters));
        }
    };
    for raw in transcript
        .split(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .filter(|w| !w.is_empty())
        .take(16)
    {
        let w: String = raw
            .chars()
            .filter(|c| *c != '.')
            .collect::<String>()
            .to_lowercase();
        if w.is_empty() {
            continue;
        }
        if w.chars().count() == 1 && w.chars().all(char::is_alphabetic) {
            letters.push_str(&w);
            continue;
        }
        flush(&mut letters, &mut out);
        out.push(w.trim_end_matches("'s").to_string());
    }
    flush(&mut letters, &mut out);
    out
}

/// What a spoken opener may call a client: its id, its full name, its first name and its
/// initials (all lower case, without dots or spaces).
fn spoken_names(c: &Client) -> Vec<String> {
    let mut names = vec![c.id.to_lowercase()];
    let parts: Vec<String> = c
        .name
        .split(|ch: char| ch.is_whitespace() || ch == '.')
        .filter(|p| !p.is_empty())
        .map(str::to_lowercase)
        .collect();
    if parts.len() > 1 {
        names.push(
            parts
                .iter()
                .map(|p| p.chars().next().unwrap_or(' '))
                .collect(),
        );
    }
    names.push(parts.concat());
    if let Some(first) = parts.first().filter(|p| p.chars().count() > 1) {
        names.push(first.clone());
    }
    names.retain(|n| !n.trim().is_empty());
    names
}

/// The known client a spoken opener names: "client J D", "for Jordan", "with Jordan", "client
/// jd01". Exactly one known client must fit; otherwise `None`.
pub fn match_spoken<'a>(clients: &'a [Client], transcript: &str) -> Option<&'a Client> {
    let words = opening_words(transcript);
    let mut found: Vec<&Client> = Vec::new();
    for pair in words.windows(2) {
        if !["client", "for", "with", "patient"].contains(&pair[0].as_str()) {
            continue;
        }
        for c in clients {
            if spoken_names(c).contains(&pair[1]) && !found.iter().any(|f| f.id == c.id) {
                found.push(c);
            }
        }
    }
    match found.as_slice() {
        [one] => Some(one),
        _ => None,
    }
}

/// Signed notes of this client, oldest first (by the front matter's recorded time).
pub fn signed_notes(notes: &Path, id: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(notes.join(id))
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().and_then(|x| x.to_str()) == Some("md")
                        && !p
                            .file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with('.'))
                })
                .collect()
        })
        .unwrap_or_default();
    // By recorded time: two notes of the same minute differ only by their random id, and the
    // front matter's times have whole seconds, so the file's own write time breaks a tie (a
    // signed note is written once, at signing, and never rewritten).
    out.sort_by_cached_key(|p| (created(p), written(p), p.clone()));
    out
}

/// Whether a note file is an addendum rather than a note (addenda carry no plan).
fn is_addendum(text: &str) -> bool {
    text.lines()
        .take(40)
        .any(|l| l.starts_with("kind: addendum") || l.starts_with("amends:"))
}

/// What the drafting crate needs about `client`: goals, diagnoses and the last signed note's plan.
pub fn context(client: &Client, paths: &Paths) -> ClientContext {
    let previous = signed_notes(&paths.notes, &client.id)
        .into_iter()
        .rev()
        .find_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            if is_addendum(&text) {
                return None;
            }
            Some(PreviousNote {
                name: p.file_name()?.to_string_lossy().into_owned(),
                plan: hushnote_draft::goals::plan_items(&text),
            })
        });
    ClientContext {
        id: client.id.clone(),
        display: client.name.clone(),
        diagnoses: client.diagnoses.clone(),
        goals: client.goals.clone(),
        previous,
    }
}

/// One line of `hushnote history`: a signed note or a draft of this client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub path: PathBuf,
    /// `signed` or `draft`.
    pub status: String,
}

/// The client's signed notes, then the drafts in the inbox that name the client; each oldest first.
pub fn history(paths: &Paths, id: &str) -> Vec<HistoryEntry> {
    let mut out: Vec<HistoryEntry> = signed_notes(&paths.notes, id)
        .into_iter()
        .map(|path| HistoryEntry {
            path,
            status: "signed".into(),
        })
        .collect();
    let want = format!("client: {id}");
    if let Ok(rd) = std::fs::read_dir(&paths.inbox) {
        let mut drafts: Vec<PathBuf> = rd
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().and_then(|x| x.to_str()) == Some("md"))
            .filter(|p| {
                std::fs::read_to_string(p).is_ok_and(|t| {
                    t.split("\n---\n")
                        .next()
                        .is_some_and(|fm| fm.lines().any(|l| l == want))
                })
            })
            .collect();
        drafts.sort();
        out.extend(drafts.into_iter().map(|path| HistoryEntry {
            path,
            status: "draft".into(),
        }));
    }
    // Signed notes first, then drafts awaiting review; each oldest first by the recording time
    // in the front matter (file names carry only the minute).
    out.sort_by_cached_key(|e| {
        (
            e.status != "signed",
            created(&e.path),
            written(&e.path),
            e.path.file_name().map(|n| n.to_owned()),
        )
    });
    out
}

/// The `created:` value of a note's front matter, or "" when it has none.
/// When the file was last written (None when unreadable): the tie-break for notes whose
/// recorded times fall in the same second.
fn written(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn created(path: &Path) -> String {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| {
            t.lines().take_while(|l| !l.is_empty()).find_map(|l| {
                l.strip_prefix("created: ")
                    .map(|v| v.trim_matches('"').to_string())
            })
        })
        .unwrap_or_default()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A client with an id and a name only (also used by other modules' tests).
    pub(crate) fn client(id: &str, name: &str) -> Client {
        Client {
            id: id.into(),
            name: name.into(),
            format: None,
            diagnoses: vec![],
            goals: vec![],
        }
    }

    #[test]
    fn ids() {
        assert!(valid_id("jd01"));
        assert!(valid_id("j-d_2"));
        for bad in ["", "../x", ".hidden", "-x", "a b", "é"] {
            assert!(!valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn spoken_openers_match_known_clients_only() {
        let known = [client("jd01", "Jordan Diaz"), client("mk", "M. K.")];
        let m = |t: &str| match_spoken(&known, t).map(|c| c.id.as_str());
        assert_eq!(m("Client J D. Session six, telehealth."), Some("jd01"));
        assert_eq!(m("client J.D., session six"), Some("jd01"));
        assert_eq!(m("This one is for Jordan, fifty minutes."), Some("jd01"));
        assert_eq!(m("Session with Jordan Diaz today."), Some("jd01"));
        assert_eq!(m("Client M K, in person."), Some("mk"));
        assert_eq!(
            m("Client Sam, session two."),
            None,
            "unknown: never guessed"
        );
        assert_eq!(m("Session for forty minutes with her mom."), None);
        // Two known clients fit: nothing is chosen.
        let two = [client("jd01", "Jordan Diaz"), client("jd02", "Jordan Dee")];
        assert_eq!(match_spoken(&two, "For Jordan, session two."), None);
        // Named late in a long memo: not an opener.
        let late = format!("{} for Jordan.", "word ".repeat(30));
        assert_eq!(m(&late), None);
    }

    #[test]
    fn files_round_trip_and_refuse_overwrite() {
        let tmp = std::env::temp_dir().join(format!("hushnote-clients-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        let mut c = client("jd01", "J. D.");
        c.diagnoses.push(Diagnosis {
            code: "F41.0".into(),
            description: "Panic disorder".into(),
        });
        c.goals.push(Goal {
            number: 1,
            text: "Reduce panic attacks".into(),
            objectives: vec!["Fewer than one a week".into()],
        });
        let path = add(&tmp, &c).unwrap();
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(load(&tmp, "jd01").unwrap(), c);
        assert_eq!(load_all(&tmp).unwrap(), vec![c.clone()]);
        assert!(matches!(add(&tmp, &c), Err(ClientError::Exists { .. })));
        assert!(matches!(
            load(&tmp, "nobody"),
            Err(ClientError::NotFound { .. })
        ));
        std::fs::write(tmp.join("other.toml"), "id = \"jd01\"\nname = \"x\"\n").unwrap();
        assert!(matches!(load_all(&tmp), Err(ClientError::Mismatch { .. })));
        std::fs::remove_dir_all(&tmp).unwrap();
    }
}
