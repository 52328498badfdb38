//! Note formats: the built-in six (DESIGN §6) and user formats from TOML files.
//!
//! A user format is one TOML file in the formats folder of the config directory (any file name
//! ending in `.toml`; files are read in name order):
//!
//! ```toml
//! # formats/couples.toml
//! name = "Couples"                     # used to pick the format and in the draft's front matter
//!
//! [[sections]]                         # one table per section, in the order of the note
//! name = "Presenting concerns"         # heading in the draft
//! description = "What each partner brought to the session."   # one line, guides the planner
//!
//! [[sections]]
//! name = "Plan"
//! description = "Homework and the next session."
//! ```
//!
//! A section may say which clause roles it takes (FORMATS.md §2; names as in
//! [`crate::roles::Role::as_str`], plus `safety_action` for safety plans, crisis lines and
//! protective-services reports):
//!
//! ```toml
//! [[sections]]
//! name = "What we did"
//! description = "Techniques and the client's response."
//! roles = ["intervention", "client_response"]
//! ```
//!
//! Clauses whose role a section declares go there by rule; the rest are placed from the
//! sections' names and descriptions (by the model, or the keyword planner). The built-in formats
//! declare roles for every section, so their clauses are always placed by rule.
//!
//! Every draft gets a `Risk` section of its own, so a format may not declare one.

use crate::roles::{Reading, Role};
use std::path::{Path, PathBuf};

/// One section of a note format.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    /// Heading as written in the draft, e.g. "Subjective".
    pub name: String,
    /// One line telling the planner (and the user) what belongs here.
    pub description: String,
    /// Clause roles this section takes (`client_report`, ..., `safety_action`); empty: decided
    /// from the name and description.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
}

/// The pseudo-role a section declares to take safety actions whatever their role.
pub const SAFETY_ACTION: &str = "safety_action";

/// The pseudo-role a section declares to take the client's agreements to a next step
/// ("agreed to call her sister"), which are otherwise the client's response.
pub const AGREEMENT: &str = "agreement";

/// The roles a section may declare beside the clause roles.
const PSEUDO_ROLES: [&str; 2] = [SAFETY_ACTION, AGREEMENT];

/// A note format.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Format {
    /// Name as in DESIGN §6 and in front matter: "SOAP", "DAP", ..., "summary".
    pub name: String,
    /// Sections in order (the Risk section is added to every draft separately).
    pub sections: Vec<Section>,
}

/// Section names no format may declare, because every draft writes them itself.
const RESERVED_SECTIONS: &[&str] = &["Risk", "Memo transcript"];

/// Why a format could not be found or loaded.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    #[error("unknown note format {name:?}; available formats: {}", .available.join(", "))]
    Unknown {
        name: String,
        available: Vec<String>,
    },
    #[error("cannot read note formats from {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "{} is not a valid format file: {message}; expected `name = \"...\"` and one \
         `[[sections]]` table with `name` and `description` per section",
        .path.display()
    )]
    Parse { path: PathBuf, message: String },
    #[error("{}: {message}", .path.display())]
    Invalid { path: PathBuf, message: String },
}

/// The TOML shape of a user format file (see the module docs).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FormatFile {
    name: String,
    #[serde(default)]
    sections: Vec<Section>,
}

fn section(name: &str, description: &str, roles: &[&str]) -> Section {
    Section {
        name: name.to_string(),
        description: description.to_string(),
        roles: roles.iter().map(|r| r.to_string()).collect(),
    }
}

/// A built-in section: name, description, and the roles FORMATS.md §2 recommends for it.
type Builtin<'a> = (&'a str, &'a str, &'a [&'a str]);

fn format(name: &str, sections: &[Builtin<'_>]) -> Format {
    Format {
        name: name.to_string(),
        sections: sections.iter().map(|(n, d, r)| section(n, d, r)).collect(),
    }
}

const PLAN_DESC: &str = "Next steps: homework, follow-up, referrals and the next session.";
const INTERVENTION_DESC: &str =
    "What the clinician did: techniques, skills practised, topics explored.";
const RESPONSE_DESC: &str = "How the client responded in session: engagement, ratings, change.";
/// Forward-looking roles: the next session, homework, referrals and other providers.
const NEXT: &[&str] = &["plan", "coordination"];

impl Format {
    /// The seven built-in formats (DESIGN §6 and iCARE), each section with the clause roles
    /// FORMATS.md §2 recommends for it (every role in exactly one section per format).
    pub fn builtins() -> Vec<Format> {
        vec![
            format(
                "SOAP",
                &[
                    (
                        "Subjective",
                        "What the client reported: concerns, events, symptoms, own words.",
                        &["client_report", "risk_statement"],
                    ),
                    (
                        "Objective",
                        "What the clinician observed and did: presentation, scores, session facts, interventions.",
                        &[
                            "session_facts",
                            "clinician_observation",
                            "measure",
                            "intervention",
                            "client_response",
                        ],
                    ),
                    (
                        "Assessment",
                        "The clinician's view: impression, progress, goals, risk level.",
                        &["assessment", "goal_link", "risk_formulation"],
                    ),
                    ("Plan", PLAN_DESC, NEXT),
                ],
            ),
            format(
                "DAP",
                &[
                    (
                        "Data",
                        "What happened: what the client reported, what was observed and done.",
                        &[
                            "session_facts",
                            "client_report",
                            "clinician_observation",
                            "measure",
                            "intervention",
                            "client_response",
                            "risk_statement",
                        ],
                    ),
                    (
                        "Assessment",
                        "The clinician's view: progress, themes, goals, risk level.",
                        &["assessment", "goal_link", "risk_formulation"],
                    ),
                    ("Plan", PLAN_DESC, NEXT),
                ],
            ),
            format(
                "BIRP",
                &[
                    (
                        "Behavior",
                        "The client's presentation and report: mood, symptoms, events.",
                        &[
                            "session_facts",
                            "client_report",
                            "clinician_observation",
                            "measure",
                            "risk_statement",
                        ],
                    ),
                    (
                        "Intervention",
                        INTERVENTION_DESC,
                        &["intervention", "goal_link"],
                    ),
                    (
                        "Response",
                        RESPONSE_DESC,
                        &["client_response", "assessment", "risk_formulation"],
                    ),
                    ("Plan", PLAN_DESC, NEXT),
                ],
            ),
            format(
                "GIRP",
                &[
                    (
                        "Goals",
                        "The treatment or session goals addressed, and what the client brought.",
                        &["goal_link"],
                    ),
                    (
                        "Intervention",
                        INTERVENTION_DESC,
                        &["session_facts", "intervention"],
                    ),
                    (
                        "Response",
                        RESPONSE_DESC,
                        &[
                            "client_report",
                            "clinician_observation",
                            "measure",
                            "client_response",
                            "assessment",
                            "risk_statement",
                            "risk_formulation",
                        ],
                    ),
                    ("Plan", PLAN_DESC, NEXT),
                ],
            ),
            format(
                "PIE",
                &[
                    (
                        "Problem",
                        "The presenting problem or focus of the session, as reported.",
                        &[
                            "client_report",
                            "clinician_observation",
                            "measure",
                            "goal_link",
                            "risk_statement",
                        ],
                    ),
                    (
                        "Intervention",
                        INTERVENTION_DESC,
                        &["session_facts", "intervention"],
                    ),
                    (
                        "Evaluation",
                        "How the client responded, progress toward goals, and next steps.",
                        &[
                            "client_response",
                            "assessment",
                            "risk_formulation",
                            "plan",
                            "coordination",
                        ],
                    ),
                ],
            ),
            format(
                "iCARE",
                &[
                    (
                        "Identifiers",
                        "Who, when and how: client, session number, modality, duration, attendees.",
                        &["session_facts"],
                    ),
                    (
                        "Chief concerns and history",
                        "The presenting concern in the client's words, events since last session, history.",
                        &["client_report"],
                    ),
                    (
                        "Assessment and analysis",
                        "Observations, measures, formulation, impression and progress.",
                        &["clinician_observation", "measure", "assessment"],
                    ),
                    (
                        "Risk and crisis",
                        "Risk disclosures and denials, means, protective factors, risk level, safety actions.",
                        &["risk_statement", "risk_formulation", SAFETY_ACTION],
                    ),
                    (
                        "Engagement and next steps",
                        "Interventions, engagement and response, homework, next session, referrals.",
                        &[
                            "intervention",
                            "client_response",
                            "goal_link",
                            "plan",
                            "coordination",
                        ],
                    ),
                ],
            ),
            format(
                "summary",
                &[
                    (
                        "Focus",
                        "What the session was about, in plain language.",
                        &["session_facts", "intervention", "goal_link"],
                    ),
                    (
                        "Key themes",
                        "The main things talked about and noticed.",
                        &[
                            "client_report",
                            "clinician_observation",
                            "measure",
                            "client_response",
                            "assessment",
                        ],
                    ),
                    (
                        "Agreed actions",
                        "What client and clinician agreed to do next.",
                        &["plan", "coordination", SAFETY_ACTION, AGREEMENT],
                    ),
                    (
                        "Concerns",
                        "Anything to keep an eye on, in plain language.",
                        &["risk_statement", "risk_formulation"],
                    ),
                ],
            ),
        ]
    }

    /// The section that takes a clause read as `reading`, by the sections' declared roles: a
    /// safety action goes where `safety_action` is declared, a risk formulation where
    /// `risk_formulation` is (else with `risk_statement`), everything else where its role is.
    /// `None` when no section declares the role: the planner then decides by name and
    /// description.
    pub fn section_for(&self, reading: Reading) -> Option<usize> {
        let mut wanted: Vec<&str> = Vec::with_capacity(3);
        // A risk statement stays a risk statement even when it mentions a safety step.
        let risk = matches!(reading.role, Role::RiskStatement | Role::RiskFormulation);
        if reading.safety && !risk {
            wanted.push(SAFETY_ACTION);
        }
        if reading.agreement && reading.role == Role::ClientResponse {
            wanted.push(AGREEMENT);
        }
        wanted.push(reading.role.as_str());
        if reading.role == Role::RiskFormulation {
            wanted.push(Role::RiskStatement.as_str());
        }
        wanted.iter().find_map(|w| {
            self.sections
                .iter()
                .position(|s| s.roles.iter().any(|r| r.eq_ignore_ascii_case(w)))
        })
    }

    /// A built-in format by name, case-insensitively ("soap", "SOAP", "Summary").
    pub fn builtin(name: &str) -> Result<Format, FormatError> {
        Self::lookup(name, &[])
    }

    /// Finds a format among the user's formats and the built-ins, case-insensitively.
    ///
    /// User formats cannot shadow built-ins ([`Format::load_dir`] refuses that), so the order of
    /// the search does not matter.
    pub fn lookup(name: &str, user: &[Format]) -> Result<Format, FormatError> {
        let wanted = name.trim();
        let builtins = Self::builtins();
        builtins
            .iter()
            .chain(user.iter())
            .find(|f| f.name.eq_ignore_ascii_case(wanted))
            .cloned()
            .ok_or_else(|| FormatError::Unknown {
                name: name.to_string(),
                available: builtins
                    .iter()
                    .chain(user.iter())
                    .map(|f| f.name.clone())
                    .collect(),
            })
    }

    /// Loads every `*.toml` user format in `dir`, in file-name order.
    ///
    /// A missing folder means "no user formats", not an error, so a fresh install works.
    pub fn load_dir(dir: &Path) -> Result<Vec<Format>, FormatError> {
        let io = |source| FormatError::Io {
            path: dir.to_path_buf(),
            source,
        };
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io(e)),
        };
        let mut paths = Vec::new();
        for entry in entries {
            let path = entry.map_err(io)?.path();
            if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
                paths.push(path);
            }
        }
        paths.sort();

        let mut formats: Vec<(PathBuf, Format)> = Vec::new();
        for path in paths {
            let text = std::fs::read_to_string(&path).map_err(|source| FormatError::Io {
                path: path.clone(),
                source,
            })?;
            let format = Self::parse_toml(&text, &path)?;
            if let Some((other, _)) = formats
                .iter()
                .find(|(_, f)| f.name.eq_ignore_ascii_case(&format.name))
            {
                return Err(FormatError::Invalid {
                    path,
                    message: format!(
                        "format name {:?} is already defined in {}; give one of them another name",
                        format.name,
                        other.display()
                    ),
                });
            }
            formats.push((path, format));
        }
        Ok(formats.into_iter().map(|(_, f)| f).collect())
    }

    /// Parses and validates one user format; `path` only names the file in errors.
    pub fn parse_toml(text: &str, path: &Path) -> Result<Format, FormatError> {
        let file: FormatFile = toml::from_str(text).map_err(|e| FormatError::Parse {
            path: path.to_path_buf(),
            message: e.message().to_string(),
        })?;
        let invalid = |message: String| FormatError::Invalid {
            path: path.to_path_buf(),
            message,
        };
        let format = Format {
            name: file.name.trim().to_string(),
            sections: file
                .sections
                .into_iter()
                .map(|s| Section {
                    name: s.name.trim().to_string(),
                    description: s.description.trim().to_string(),
                    roles: s.roles.iter().map(|r| r.trim().to_string()).collect(),
                })
                .collect(),
        };
        check_line("format name", &format.name).map_err(invalid)?;
        if let Some(b) = Self::builtins()
            .into_iter()
            .find(|b| b.name.eq_ignore_ascii_case(&format.name))
        {
            return Err(invalid(format!(
                "format name {:?} is a built-in format; give yours another name",
                b.name
            )));
        }
        if format.sections.is_empty() {
            return Err(invalid(
                "the format has no sections; add at least one [[sections]] table with a name \
                 and a description"
                    .to_string(),
            ));
        }
        for (i, s) in format.sections.iter().enumerate() {
            check_line(&format!("name of section {}", i + 1), &s.name).map_err(invalid)?;
            check_line(
                &format!("description of section {:?}", s.name),
                &s.description,
            )
            .map_err(invalid)?;
            if let Some(r) = RESERVED_SECTIONS
                .iter()
                .find(|r| r.eq_ignore_ascii_case(&s.name))
            {
                return Err(invalid(format!(
                    "section {:?} is reserved: every draft adds its own {r} section; remove it \
                     from the format",
                    s.name
                )));
            }
            if let Some(bad) = s.roles.iter().find(|r| {
                Role::parse(r).is_none() && !PSEUDO_ROLES.iter().any(|p| r.eq_ignore_ascii_case(p))
            }) {
                let known: Vec<&str> = Role::ALL
                    .iter()
                    .map(|r| r.as_str())
                    .chain(PSEUDO_ROLES)
                    .collect();
                return Err(invalid(format!(
                    "section {:?} lists an unknown role {bad:?}; roles are: {}",
                    s.name,
                    known.join(", ")
                )));
            }
            if format.sections[..i]
                .iter()
                .any(|o| o.name.eq_ignore_ascii_case(&s.name))
            {
                return Err(invalid(format!(
                    "section {:?} appears twice; section names must differ",
                    s.name
                )));
            }
        }
        Ok(format)
    }

    /// The draft's title, e.g. "SOAP progress note"; the client-facing summary is no progress note.
    pub fn title(&self) -> String {
        if self.name.eq_ignore_ascii_case("summary") {
            "Session summary".to_string()
        } else {
            format!("{} progress note", self.name)
        }
    }
}

/// A name or description must be one non-empty line: it becomes a heading or a prompt line.
fn check_line(what: &str, value: &str) -> Result<(), String> {
    if value.is_empty() {
        return Err(format!("the {what} is empty; write one line of text"));
    }
    if value.chars().any(char::is_control) {
        return Err(format!(
            "the {what} must be a single line without control characters"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(f: &Format) -> Vec<&str> {
        f.sections.iter().map(|s| s.name.as_str()).collect()
    }

    #[test]
    fn builtins_have_design_headings() {
        let expect: &[(&str, &[&str])] = &[
            ("SOAP", &["Subjective", "Objective", "Assessment", "Plan"]),
            ("DAP", &["Data", "Assessment", "Plan"]),
            ("BIRP", &["Behavior", "Intervention", "Response", "Plan"]),
            ("GIRP", &["Goals", "Intervention", "Response", "Plan"]),
            ("PIE", &["Problem", "Intervention", "Evaluation"]),
            (
                "iCARE",
                &[
                    "Identifiers",
                    "Chief concerns and history",
                    "Assessment and analysis",
                    "Risk and crisis",
                    "Engagement and next steps",
                ],
            ),
            (
                "summary",
                &["Focus", "Key themes", "Agreed actions", "Concerns"],
            ),
        ];
        assert_eq!(Format::builtins().len(), expect.len());
        for (name, sections) in expect {
            let f = Format::builtin(name).unwrap();
            assert_eq!(f.name, *name);
            assert_eq!(names(&f), *sections);
            for s in &f.sections {
                assert!(!s.description.is_empty() && !s.description.contains('\n'));
            }
        }
    }

    #[test]
    fn builtin_lookup_is_case_insensitive() {
        assert_eq!(Format::builtin("soap").unwrap().name, "SOAP");
        assert_eq!(Format::builtin(" Birp ").unwrap().name, "BIRP");
        assert_eq!(Format::builtin("SUMMARY").unwrap().name, "summary");
    }

    #[test]
    fn unknown_format_lists_available_names() {
        let err = Format::builtin("SOAPY").unwrap_err().to_string();
        assert!(err.contains("SOAPY"), "{err}");
        for n in ["SOAP", "DAP", "BIRP", "GIRP", "PIE", "iCARE", "summary"] {
            assert!(err.contains(n), "{err}");
        }
    }

    fn tmpdir(tag: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "hushnote-formats-{tag}-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    const COUPLES: &str = r#"
name = "Couples"
[[sections]]
name = "Presenting concerns"
description = "What each partner brought."
[[sections]]
name = "Plan"
description = "Homework and next session."
"#;

    #[test]
    fn user_format_loads_and_is_found() {
        let dir = tmpdir("ok");
        std::fs::write(dir.join("couples.toml"), COUPLES).unwrap();
        std::fs::write(dir.join("notes.txt"), "not a format").unwrap();
        let user = Format::load_dir(&dir).unwrap();
        assert_eq!(user.len(), 1);
        assert_eq!(names(&user[0]), ["Presenting concerns", "Plan"]);
        assert_eq!(Format::lookup("couples", &user).unwrap().name, "Couples");
        let err = Format::lookup("family", &user).unwrap_err().to_string();
        assert!(err.contains("Couples") && err.contains("SOAP"), "{err}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn missing_dir_is_no_formats() {
        let dir = std::env::temp_dir().join("hushnote-formats-does-not-exist-xyz");
        assert!(Format::load_dir(&dir).unwrap().is_empty());
    }

    fn invalid(text: &str) -> String {
        Format::parse_toml(text, Path::new("/cfg/formats/bad.toml"))
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn invalid_formats_name_the_file_and_the_fix() {
        let e = invalid("name = \"X\"\n");
        assert!(e.contains("bad.toml") && e.contains("no sections"), "{e}");
        let e = invalid("name = \"X\"\nsections = []\n");
        assert!(e.contains("no sections"), "{e}");
        let e = invalid(
            "name = \"X\"\n[[sections]]\nname = \"A\"\ndescription = \"a\"\n\
             [[sections]]\nname = \"a\"\ndescription = \"b\"\n",
        );
        assert!(e.contains("bad.toml") && e.contains("twice"), "{e}");
        let e = invalid("name = \"X\"\n[[sections]]\nname = \"risk\"\ndescription = \"r\"\n");
        assert!(e.contains("bad.toml") && e.contains("reserved"), "{e}");
        let e = invalid("name = \"X\"\n[[sections]]\nname = \"A\"\n");
        assert!(e.contains("bad.toml") && e.contains("description"), "{e}");
        let e = invalid("name = \"X\"\n[[sections]]\nname = \"A\"\ndescription = \"\"\n");
        assert!(e.contains("empty"), "{e}");
        let e = invalid("nam = \"X\"\n");
        assert!(e.contains("bad.toml"), "{e}");
        let e = invalid("name = \"soap\"\n[[sections]]\nname = \"A\"\ndescription = \"a\"\n");
        assert!(e.contains("built-in"), "{e}");
        let e = invalid("name = \"X\"\n[[sections]]\nname = \"A\\nB\"\ndescription = \"a\"\n");
        assert!(e.contains("single line"), "{e}");
    }

    #[test]
    fn duplicate_user_format_names_are_refused() {
        let dir = tmpdir("dup");
        std::fs::write(dir.join("a.toml"), COUPLES).unwrap();
        std::fs::write(dir.join("b.toml"), COUPLES.replace("Couples", "couples")).unwrap();
        let e = Format::load_dir(&dir).unwrap_err().to_string();
        assert!(e.contains("b.toml") && e.contains("a.toml"), "{e}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn every_builtin_places_every_role_exactly_once() {
        for f in Format::builtins() {
            for role in Role::ALL {
                let declared = f
                    .sections
                    .iter()
                    .filter(|s| s.roles.iter().any(|r| r == role.as_str()))
                    .count();
                assert_eq!(declared, 1, "{} {}", f.name, role.as_str());
                let reading = Reading {
                    role,
                    safety: false,
                    cued: true,
                    agreement: false,
                };
                assert!(f.section_for(reading).is_some());
            }
        }
    }

    #[test]
    fn role_table_follows_the_section_guide() {
        let at = |format: &str, role: Role, safety: bool| {
            let f = Format::builtin(format).unwrap();
            let i = f
                .section_for(Reading {
                    role,
                    safety,
                    cued: true,
                    agreement: false,
                })
                .unwrap();
            f.sections[i].name.clone()
        };
        assert_eq!(at("SOAP", Role::ClientReport, false), "Subjective");
        assert_eq!(at("SOAP", Role::Intervention, false), "Objective");
        assert_eq!(at("SOAP", Role::RiskFormulation, false), "Assessment");
        assert_eq!(at("BIRP", Role::Assessment, false), "Response");
        assert_eq!(at("GIRP", Role::ClientReport, false), "Response");
        assert_eq!(at("PIE", Role::Plan, false), "Evaluation");
        assert_eq!(
            at("iCARE", Role::Intervention, false),
            "Engagement and next steps"
        );
        assert_eq!(at("iCARE", Role::Intervention, true), "Risk and crisis");
        assert_eq!(at("summary", Role::RiskStatement, false), "Concerns");
        assert_eq!(at("summary", Role::Plan, true), "Agreed actions");
        // A safety step done in session is an agreed action in a client summary
        // (FORMATS.md §2), a risk statement stays with the concerns.
        assert_eq!(at("summary", Role::Intervention, true), "Agreed actions");
        assert_eq!(at("summary", Role::RiskStatement, true), "Concerns");
        assert_eq!(at("iCARE", Role::RiskStatement, true), "Risk and crisis");
        // The client agreeing to a next step is their response, filed under what was agreed
        // in a client summary and with the response elsewhere.
        let agreed = |format: &str| {
            let f = Format::builtin(format).unwrap();
            let i = f
                .section_for(Reading {
                    role: Role::ClientResponse,
                    safety: false,
                    cued: true,
                    agreement: true,
                })
                .unwrap();
            f.sections[i].name.clone()
        };
        assert_eq!(agreed("summary"), "Agreed actions");
        assert_eq!(agreed("BIRP"), "Response");
        assert_eq!(agreed("PIE"), "Evaluation");
        assert_eq!(at("summary", Role::ClientResponse, false), "Key themes");
    }

    #[test]
    fn user_sections_may_declare_roles() {
        let f = Format::parse_toml(
            "name = \"Brief\"\n[[sections]]\nname = \"Story\"\ndescription = \"a\"\n\
             roles = [\"client_report\", \"risk_statement\"]\n\
             [[sections]]\nname = \"Next\"\ndescription = \"b\"\n",
            Path::new("brief.toml"),
        )
        .unwrap();
        let r = |role| Reading {
            role,
            safety: false,
            cued: true,
            agreement: false,
        };
        assert_eq!(f.section_for(r(Role::ClientReport)), Some(0));
        assert_eq!(f.section_for(r(Role::RiskFormulation)), Some(0));
        assert_eq!(f.section_for(r(Role::Plan)), None);
        let e = invalid(
            "name = \"X\"\n[[sections]]\nname = \"A\"\ndescription = \"a\"\nroles = [\"feelings\"]\n",
        );
        assert!(e.contains("feelings") && e.contains("client_report"), "{e}");
    }

    #[test]
    fn titles() {
        assert_eq!(
            Format::builtin("soap").unwrap().title(),
            "SOAP progress note"
        );
        assert_eq!(
            Format::builtin("summary").unwrap().title(),
            "Session summary"
        );
    }
}
