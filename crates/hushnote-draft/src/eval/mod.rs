//! Measuring the drafting rules on labelled corpora (`scripts/eval.sh --corpus`).
//!
//! The corpora are JSON Lines in the schema of `tests/fixtures/corpus/shared/README.md`:
//! memos with clause roles, allowed sections, risk per category and key facts; and single
//! risk sentences. Loading lives here; each measurement lives in the submodule named after
//! what it measures, so the figures printed are the ones the product's own code produces.

pub mod facts;
pub mod risk;
pub mod sections;

use std::collections::BTreeMap;
use std::path::Path;

/// One labelled clause of a corpus memo: an exact substring of the memo.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct LabelledClause {
    pub text: String,
    pub role: String,
    /// Allowed sections for the memo's format; the first is recommended.
    pub sections: Vec<String>,
}

/// One labelled memo.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct LabelledMemo {
    pub id: String,
    pub format: String,
    pub memo: String,
    #[serde(default)]
    pub clauses: Vec<LabelledClause>,
    /// `present | denied | none`.
    pub risk: String,
    /// Category → `present | denied`.
    #[serde(default)]
    pub risk_items: BTreeMap<String, String>,
    #[serde(default)]
    pub facts: Vec<String>,
    #[serde(default)]
    pub forbidden: Vec<String>,
    /// Optional session-fact labels (minutes, modality, measures, ...), kept as raw JSON.
    #[serde(default)]
    pub session: Option<serde_json::Value>,
}

/// One labelled risk sentence.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct LabelledSentence {
    pub id: String,
    pub text: String,
    pub risk: String,
    #[serde(default)]
    pub items: BTreeMap<String, String>,
    #[serde(default)]
    pub note: Option<String>,
}

/// Why a corpus file could not be read; names the file and the line so it can be fixed.
#[derive(Debug, thiserror::Error)]
pub enum CorpusError {
    #[error("cannot read corpus file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("{path} line {line} is not a valid corpus record: {source}")]
    Parse {
        path: String,
        line: usize,
        source: serde_json::Error,
    },
}

/// Reads a JSON Lines file of records, skipping blank lines.
pub fn load_jsonl<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Vec<T>, CorpusError> {
    let text = std::fs::read_to_string(path).map_err(|source| CorpusError::Read {
        path: path.display().to_string(),
        source,
    })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|source| CorpusError::Parse {
                path: path.display().to_string(),
                line: i + 1,
                source,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_corpus_loads() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/corpus/shared");
        let memos: Vec<LabelledMemo> = load_jsonl(&dir.join("memos.jsonl")).unwrap();
        let sentences: Vec<LabelledSentence> =
            load_jsonl(&dir.join("risk_sentences.jsonl")).unwrap();
        assert_eq!(memos.len(), 60);
        assert_eq!(sentences.len(), 300);
        for m in &memos {
            for c in &m.clauses {
                assert!(m.memo.contains(&c.text), "{}: clause not in memo", m.id);
            }
        }
    }
}
