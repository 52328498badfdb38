//! Models: the sha256-pinned catalog (`models/catalog.toml`), where model files live, and
//! fetching them. Nothing here runs at memo time except [`resolve`], which only looks at the
//! disk: no network is ever touched outside `hushnote models pull` and set-up.

pub mod catalog;
pub mod ct2;
pub mod pull;

pub use catalog::{Catalog, CatalogEntry, ModelKind, Source};

use std::path::{Path, PathBuf};

/// A model chosen for a job: what the draft's front matter records.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ModelRef {
    pub name: String,
    pub path: PathBuf,
    /// sha256 of the file (from the catalog when it is a catalog model that verified at pull
    /// time; computed otherwise).
    pub sha256: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("model `{name}` is not installed (expected {path}); fetch it with `hushnote models pull {name}` (or run scripts/run.sh)")]
    NotInstalled { name: String, path: PathBuf },
    #[error(
        "`{name}` is neither a model in the catalog nor a model file; see `hushnote models list`"
    )]
    Unknown { name: String },
    #[error("`{name}` is a {actual} model, but a {wanted} model is needed here")]
    WrongKind {
        name: String,
        actual: ModelKind,
        wanted: ModelKind,
    },
    #[error("cannot read model file {path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("model catalog is invalid: {0}")]
    Catalog(String),
}

/// Resolves a configured model (catalog name, a converted model's name, or a path) to a file
/// on disk. Catalog models are checked by size here (cheap); `hushnote models verify` and
/// `pull` check the sha256.
pub fn resolve(
    catalog: &Catalog,
    models_dir: &Path,
    name_or_path: &str,
    wanted: ModelKind,
) -> Result<ModelRef, ModelError> {
    if let Some(entry) = catalog.get(name_or_path) {
        if entry.kind != wanted {
            return Err(ModelError::WrongKind {
                name: entry.name.clone(),
                actual: entry.kind,
                wanted,
            });
        }
        let path = models_dir.join(&entry.file);
        let ok = std::fs::metadata(&path)
            .map(|m| entry.accepts_size(m.len()))
            .unwrap_or(false);
        if !ok {
            return Err(ModelError::NotInstalled {
                name: entry.name.clone(),
                path,
            });
        }
        let sha256 = pull::installed_sha256(entry, &path).map_err(|source| ModelError::Io {
            path: path.clone(),
            source,
        })?;
        return Ok(ModelRef {
            name: entry.name.clone(),
            path,
            sha256,
        });
    }
    // A converted model (`models import-ct2 --name NAME`) lives as ggml-NAME.bin.
    let converted = models_dir.join(format!("ggml-{name_or_path}.bin"));
    let path = if wanted == ModelKind::Whisper && converted.is_file() {
        converted
    } else {
        PathBuf::from(name_or_path)
    };
    if !path.is_file() {
        return Err(ModelError::Unknown {
            name: name_or_path.to_string(),
        });
    }
    let sha256 = pull::cached_sha256(&path).map_err(|source| ModelError::Io {
        path: path.clone(),
        source,
    })?;
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .map(|s| s.trim_start_matches("ggml-").to_string())
        .unwrap_or_else(|| name_or_path.to_string());
    Ok(ModelRef { name, path, sha256 })
}
