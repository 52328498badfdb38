//! Note formats: the built-in six (DESIGN §6) and user formats from TOML files.

/// One section of a note format.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    /// Heading as written in the draft, e.g. "Subjective".
    pub name: String,
    /// One line telling the planner (and the user) what belongs here.
    pub description: String,
}

/// A note format.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Format {
    /// Name as in DESIGN §6 and in front matter: "SOAP", "DAP", ..., "summary".
    pub name: String,
    /// Sections in order (the Risk section is added to every draft separately).
    pub sections: Vec<Section>,
}
