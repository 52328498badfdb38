//! `hushnote models list | pull | verify | import-ct2`

use crate::config::Config;
use crate::exit;
use crate::models::{self, pull, Catalog};
use anyhow::Context;
use std::path::PathBuf;

#[derive(Debug, clap::Subcommand)]
pub enum ModelsCommand {
    /// What is installed and what is available.
    List,
    /// Fetch a model (or `--defaults`), verify its sha256, install it. Needs the network.
    Pull {
        /// Catalog names.
        names: Vec<String>,
        /// The default Whisper and drafting models (what set-up installs).
        #[arg(long)]
        defaults: bool,
    },
    /// Check installed models against their pinned sha256.
    Verify {
        /// Catalog names (default: every installed model).
        names: Vec<String>,
    },
    /// Convert a CTranslate2 (faster-whisper) Whisper model folder to whisper.cpp format.
    #[command(name = "import-ct2")]
    ImportCt2 {
        /// Folder holding model.bin, config.json and tokenizer.json.
        dir: PathBuf,
        /// Name to use with `--model` / `[transcribe] model`.
        #[arg(long)]
        name: String,
        /// Weight format: f16 (as converted), or q8_0 / q5_1 (quantized like whisper.cpp's
        /// `quantize`: smaller, and faster on CPUs).
        #[arg(long, value_name = "TYPE", default_value = "f16")]
        quantize: models::ct2::Quantize,
    },
}

pub fn run(cmd: &ModelsCommand, cfg: &Config) -> anyhow::Result<u8> {
    let catalog = Catalog::builtin()?;
    let dir = cfg.paths()?.models;
    match cmd {
        ModelsCommand::List => {
            println!("Models folder: {}", dir.display());
            println!(
                "{:<30} {:<8} {:>9}  {:<10} licence",
                "name", "kind", "size", "status"
            );
            for m in &catalog.models {
                let path = dir.join(&m.file);
                let status = match std::fs::metadata(&path) {
                    Ok(meta) if m.accepts_size(meta.len()) => "installed",
                    Ok(_) => "damaged",
                    Err(_) => "available",
                };
                let dflt = if m.default { " (default)" } else { "" };
                println!(
                    "{:<30} {:<8} {:>7} MB  {:<10} {}{}",
                    m.name,
                    m.kind.to_string(),
                    m.size / 1_000_000,
                    status,
                    m.licence,
                    dflt
                );
            }
            // Converted models.
            if let Ok(rd) = std::fs::read_dir(&dir) {
                for e in rd.filter_map(Result::ok) {
                    let f = e.file_name().to_string_lossy().to_string();
                    let known = catalog.models.iter().any(|m| m.file == f);
                    if !known && f.starts_with("ggml-") && f.ends_with(".bin") {
                        let name = f.trim_start_matches("ggml-").trim_end_matches(".bin");
                        println!(
                            "{:<30} {:<8} {:>9}  {:<10} (imported)",
                            name, "whisper", "", "installed"
                        );
                    }
                }
            }
            Ok(exit::OK)
        }
        ModelsCommand::Pull { names, defaults } => {
            let mut wanted: Vec<&models::CatalogEntry> = Vec::new();
            if *defaults {
                wanted.extend(catalog.models.iter().filter(|m| m.default));
            }
            for n in names {
                wanted.push(
                    catalog
                        .get(n)
                        .ok_or_else(|| models::ModelError::Unknown { name: n.clone() })?,
                );
            }
            if wanted.is_empty() {
                anyhow::bail!("name a model (see `hushnote models list`) or pass --defaults");
            }
            for m in wanted {
                match pull::pull(m, &dir, atty_stderr())
                    .map_err(|e| models::ModelError::Catalog(e.to_string()))?
                {
                    pull::PullOutcome::AlreadyInstalled => {
                        println!("{}: already installed and verified", m.name)
                    }
                    pull::PullOutcome::Fetched { from } => {
                        println!("{}: installed from {from} (sha256 verified)", m.name)
                    }
                }
            }
            Ok(exit::OK)
        }
        ModelsCommand::Verify { names } => {
            let mut code = exit::OK;
            for m in &catalog.models {
                if !names.is_empty() && !names.contains(&m.name) {
                    continue;
                }
                let path = dir.join(&m.file);
                if !path.exists() {
                    if !names.is_empty() {
                        println!(
                            "{}: not installed (`hushnote models pull {}`)",
                            m.name, m.name
                        );
                        code = exit::MODEL;
                    }
                    continue;
                }
                if pull::verify(m, &path).with_context(|| format!("reading {}", path.display()))? {
                    println!("{}: OK", m.name);
                } else {
                    println!(
                        "{}: CHECKSUM MISMATCH — delete {} and run `hushnote models pull {}`",
                        m.name,
                        path.display(),
                        m.name
                    );
                    code = exit::MODEL;
                }
            }
            Ok(code)
        }
        ModelsCommand::ImportCt2 {
            dir: src,
            name,
            quantize,
        } => {
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
            {
                anyhow::bail!("--name may contain letters, digits, '.', '-' and '_' only");
            }
            crate::fsutil::ensure_private_dir(&dir)?;
            let dest = dir.join(format!("ggml-{name}.bin"));
            let s = models::ct2::import_ct2_with(src, &dest, *quantize)?;
            println!(
                "converted {} → {} ({quantize}, {} tensors, {} bytes, sha256 {})\nuse it with `--model {name}` or `[transcribe] model = \"{name}\"`",
                src.display(),
                dest.display(),
                s.tensors,
                s.bytes,
                s.sha256
            );
            Ok(exit::OK)
        }
    }
}

fn atty_stderr() -> bool {
    use std::io::IsTerminal;
    std::io::stderr().is_terminal()
}
