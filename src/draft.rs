//! Drafting: the Llama worker plans which memo clause goes to which section, and the
//! `hushnote-draft` crate composes, checks and renders the note (DESIGN §2, grounded drafting).
//!
//! The model only ever answers "clause k → section S" under a GBNF grammar; the words of the
//! note are the clinician's own. A model failure therefore degrades structure, never content:
//! an unusable answer falls back to the keyword planner, and a crashed worker is retried once
//! before the memo is handed back to the caller, intact, as an error.

use crate::config::{Config, Paths};
use crate::models::{self, ModelKind, ModelRef};
use crate::worker::{Worker, WorkerError, WorkerKind};
use crate::{exit, fsutil};
use hushnote_draft::{plan, Assignment, Clause, DraftOptions, Format};
use hushnote_protocol::{
    GenerateOptions, LlamaRequest, LlamaResponse, WorkerErrorKind, PROTOCOL_VERSION,
};
use std::time::Instant;

/// Clauses planned per model call. Small batches keep prompts short (speed on 2 cores) and let
/// a memo of any length be drafted in parts instead of overflowing the context.
const CLAUSES_PER_CALL: usize = 12;

/// Whether the memo's audio is gone (front matter `audio_deleted`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AudioDeleted {
    Yes,
    No(String),
}

/// One memo to draft.
#[derive(Debug, Clone)]
pub struct DraftRequest {
    /// Short id, unique per memo; ends the draft's file name, so a resumed job finds its draft.
    pub id: String,
    pub transcript: String,
    /// Format name; `None` = `[draft] format`.
    pub format: Option<String>,
    pub memo_seconds: f64,
    pub audio_deleted: AudioDeleted,
    pub created: chrono::DateTime<chrono::Local>,
    /// True for audio memos (front matter then names the Whisper model).
    pub from_audio: bool,
    /// The client the memo was tied to outright (`record --client`, an `incoming/<id>/`
    /// folder); `None`: the drafter's `--client`, else the memo's spoken opener.
    pub client: Option<String>,
}

/// A rendered draft, ready for [`crate::pipeline::deliver`].
#[derive(Debug, Clone)]
pub struct DraftOutput {
    pub id: String,
    /// `YYYY-MM-DD_HHMM_<format>_<id>`
    pub file_stem: String,
    pub markdown: String,
    pub private_markdown: Option<String>,
    pub format: String,
    pub risk: String,
    pub risk_flags: Vec<String>,
    /// Category → present | denied | history, as in the draft's front matter.
    pub risk_items: std::collections::BTreeMap<String, String>,
    pub draft_ms: u64,
    /// "rules", "model" or "fallback".
    pub planner: String,
}

#[derive(Debug, thiserror::Error)]
pub enum DraftError {
    #[error(transparent)]
    Worker(#[from] WorkerError),
    #[error("the drafting model could not be loaded: {0}; run `hushnote models verify`")]
    ModelLoad(String),
    #[error("the drafting model failed: {0}")]
    Engine(String),
}

/// A known client with what the drafting crate needs about it.
type ChosenClient = (crate::clients::Client, hushnote_draft::goals::ClientContext);

/// The checklist line for a memo tied to `chosen` outright whose opener names `spoken`.
fn opener_conflict(chosen: &crate::clients::Client, spoken: &crate::clients::Client) -> String {
    format!(
        "This memo was tied to client {} ({}) by `record --client` or its incoming/{}/ folder, \
         but its opening names client {} ({}); it was drafted for {}. Check which client it is \
         for before signing.",
        chosen.id, chosen.name, chosen.id, spoken.id, spoken.name, chosen.id
    )
}

/// A fresh short id for a memo: time-ordered and unique enough for one clinician's inbox.
pub fn new_id() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mixed = fsutil::sha256_bytes(format!("{nanos}:{}", std::process::id()).as_bytes());
    mixed[..8].to_string()
}

/// The Llama worker (started lazily, kept warm) plus drafting settings.
pub struct Drafter {
    cfg: Config,
    model: ModelRef,
    user_formats: Vec<Format>,
    /// Folders, for the clients' files and their signed notes (goals, carried-forward plan).
    paths: Paths,
    /// The client named by `--client` (else the memo's spoken opener decides).
    client_id: Option<String>,
    worker: Option<Worker>,
    pub load_ms: u64,
}

impl Drafter {
    pub fn from_config(cfg: &Config, paths: &Paths) -> anyhow::Result<Self> {
        let catalog = models::Catalog::builtin()?;
        let model = models::resolve(&catalog, &paths.models, &cfg.draft.model, ModelKind::Llm)?;
        let formats_dir = cfg
            .draft
            .formats_dir
            .clone()
            .unwrap_or_else(|| paths.config_dir.join("formats"));
        let user_formats = Format::load_dir(&formats_dir)?;
        Ok(Self {
            cfg: cfg.clone(),
            model,
            user_formats,
            paths: paths.clone(),
            client_id: None,
            worker: None,
            load_ms: 0,
        })
    }

    /// Ties the next drafts to this client (`--client`) instead of the spoken opener.
    pub fn set_client(&mut self, id: Option<String>) {
        self.client_id = id;
    }

    pub fn model(&self) -> &ModelRef {
        &self.model
    }

    /// Resolves a format name (built-in or user) or the configured default.
    pub fn format(&self, name: Option<&str>) -> anyhow::Result<Format> {
        let name = name.unwrap_or(&self.cfg.draft.format);
        Format::lookup(name, &self.user_formats).map_err(|e| exit::BadInput(e.to_string()).into())
    }

    /// Loads the model and runs the planning prompt's fixed part (instructions and the
    /// worked example for `format`) once, so the worker's prefix cache holds it: the memo that
    /// follows pays only for its own sentences (measured: first draft ~2.4 s cold, ~1 s warm).
    /// The daemon calls it when a recording starts, while the clinician is still speaking.
    pub fn prewarm(&mut self, format: &Format) -> Result<(), DraftError> {
        let probe = hushnote_draft::clauses::split_clauses("Session memo.");
        self.generate(GenerateOptions {
            messages: plan::prompt(format, &probe),
            grammar: None,
            max_tokens: 1,
            temperature: 0.0,
            seed: 0,
        })
        .map(drop)
    }

    pub fn release(&mut self) {
        self.worker = None;
    }

    pub fn is_warm(&self) -> bool {
        self.worker.is_some()
    }

    pub fn worker_pid(&self) -> Option<u32> {
        self.worker.as_ref().map(Worker::pid)
    }

    fn worker(&mut self) -> Result<&mut Worker, DraftError> {
        if self.worker.is_none() {
            let mut w = Worker::spawn(WorkerKind::Llama)?;
            let req = LlamaRequest::Load {
                protocol: PROTOCOL_VERSION,
                model_path: self.model.path.display().to_string(),
                n_ctx: self.cfg.draft.n_ctx,
                threads: Config::threads(self.cfg.draft.threads),
                // Offload everything when the worker was built with `cuda`; a CPU build ignores it.
                gpu_layers: 999,
            };
            match w.request::<_, LlamaResponse>(&req, &[])? {
                LlamaResponse::Loaded { load_ms, .. } => self.load_ms = load_ms,
                LlamaResponse::Error { message, .. } => return Err(DraftError::ModelLoad(message)),
                other => return Err(DraftError::Engine(format!("unexpected answer: {other:?}"))),
            }
            self.worker = Some(w);
        }
        self.worker
            .as_mut()
            .ok_or_else(|| DraftError::Engine("worker vanished".into()))
    }

    /// One planning call about the clauses at `numbers` (1-based positions in `clauses`).
    fn plan_call(
        &mut self,
        format: &Format,
        clauses: &[Clause],
        numbers: &[usize],
    ) -> Result<Option<String>, DraftError> {
        self.generate(GenerateOptions {
            messages: plan::prompt(format, clauses),
            grammar: Some(plan::grammar_for(format, numbers)),
            max_tokens: plan::max_tokens(numbers.len()),
            temperature: 0.0,
            seed: 0,
        })
    }

    /// One generation, retried once with a fresh worker if the engine dies. `None` when the
    /// worker refuses the request (too long even in parts): the caller plans by keywords.
    fn generate(&mut self, opts: GenerateOptions) -> Result<Option<String>, DraftError> {
        let req = LlamaRequest::Generate(opts);
        let mut attempt = 0;
        loop {
            attempt += 1;
            let result = self
                .worker()
                .and_then(|w| Ok(w.request::<_, LlamaResponse>(&req, &[])?));
            match result {
                Ok(LlamaResponse::Generated {
                    text, truncated, ..
                }) => {
                    // A truncated answer still helps: resolve() uses its complete lines.
                    if truncated {
                        tracing::debug!("planner answer truncated at max_tokens");
                    }
                    return Ok(Some(text));
                }
                Ok(LlamaResponse::Error { kind, message }) => {
                    return match kind {
                        // Too long for the context even in parts: plan by keywords instead
                        // (structure degrades, content does not).
                        WorkerErrorKind::ContextOverflow | WorkerErrorKind::BadRequest => {
                            tracing::warn!(%message, "planner refused the request; using the keyword planner");
                            Ok(None)
                        }
                        WorkerErrorKind::ModelLoad | WorkerErrorKind::NotLoaded => {
                            Err(DraftError::ModelLoad(message))
                        }
                        WorkerErrorKind::Engine => Err(DraftError::Engine(message)),
                    };
                }
                Ok(other) => {
                    return Err(DraftError::Engine(format!("unexpected answer: {other:?}")))
                }
                Err(DraftError::Worker(e)) if e.is_retryable() && attempt < 2 => {
                    tracing::warn!(error = %e, "Llama worker failed; retrying once with a fresh worker");
                    self.worker = None;
                }
                Err(e) => {
                    self.worker = None;
                    return Err(e);
                }
            }
        }
    }

    /// Plans every clause, in batches, and merges the batches into one assignment.
    fn plan(&mut self, format: &Format, clauses: &[Clause]) -> Result<Assignment, DraftError> {
        // Every clause placed by its role (always so for the built-in formats): no model call,
        // and the roles are read over the whole memo, as `scripts/eval.sh --corpus` measures.
        // HUSHNOTE_PLANNER=model (measurement only: `eval.sh --corpus --binary --planner model`)
        // asks the model about every clause and trusts its answer.
        let model_only = std::env::var("HUSHNOTE_PLANNER").is_ok_and(|v| v == "model");
        if !model_only && !plan::needs_model(format, clauses) {
            return Ok(plan::hybrid(None, format, clauses));
        }
        let mut merged = Assignment {
            sections: vec![Vec::new(); format.sections.len()],
            fallback: false,
        };
        for batch in clauses.chunks(CLAUSES_PER_CALL) {
            // Renumber 1..k so the prompt and grammar stay small; map back afterwards.
            let local: Vec<Clause> = batch
                .iter()
                .enumerate()
                .map(|(i, c)| Clause {
                    id: i + 1,
                    ..c.clone()
                })
                .collect();
            // Rules place every clause whose role a section declares (all clauses of a built-in
            // format); the model is asked only about the clauses no rule places, and not run at
            // all when there are none.
            let a = if model_only {
                let all: Vec<usize> = (1..=local.len()).collect();
                let answer = self.plan_call(format, &local, &all)?;
                plan::resolve(answer.as_deref(), format, &local)
            } else if plan::needs_model(format, &local) {
                let answer = self.plan_call(format, &local, &plan::uncued(format, &local))?;
                let a = plan::hybrid(answer.as_deref(), format, &local);
                merged.fallback |= answer.is_none();
                a
            } else {
                plan::hybrid(None, format, &local)
            };
            merged.fallback |= a.fallback;
            for (s, ids) in a.sections.iter().enumerate() {
                if let Some(target) = merged.sections.get_mut(s) {
                    target.extend(ids.iter().filter_map(|&i| batch.get(i - 1).map(|c| c.id)));
                }
            }
        }
        for s in &mut merged.sections {
            s.sort_unstable();
        }
        Ok(merged)
    }

    /// The memo's client with its goals and last signed plan: the one named outright (`id`:
    /// the request's, else `--client`), else the known client the memo's spoken opener names
    /// ("client J D"); `None` when no known client fits. A client file that cannot be read is
    /// reported in the log (by path, never memo text) and the memo is drafted without a client.
    /// The second value is a checklist line when the opener names a different known client
    /// than the one named outright: that one is kept, nothing is guessed.
    fn client_for(
        &self,
        id: Option<&str>,
        transcript: &str,
    ) -> (Option<ChosenClient>, Option<String>) {
        let dir = crate::clients::dir(&self.paths);
        let known = || match crate::clients::load_all(&dir) {
            Ok(k) => Some(k),
            Err(e) => {
                tracing::warn!(error = %e, "client files unreadable; drafting without a client");
                None
            }
        };
        if let Some(id) = id.or(self.client_id.as_deref()) {
            let client = match crate::clients::load(&dir, id) {
                Ok(c) => c,
                Err(e) => {
                    tracing::warn!(error = %e, "the memo's client is not usable; drafting without a client");
                    return (None, None);
                }
            };
            let conflict = known()
                .as_deref()
                .and_then(|k| crate::clients::match_spoken(k, transcript))
                .filter(|spoken| spoken.id != client.id)
                .map(|spoken| opener_conflict(&client, spoken));
            let ctx = crate::clients::context(&client, &self.paths);
            return (Some((client, ctx)), conflict);
        }
        let Some(known) = known() else {
            return (None, None);
        };
        let Some(client) = crate::clients::match_spoken(&known, transcript).cloned() else {
            return (None, None);
        };
        let ctx = crate::clients::context(&client, &self.paths);
        (Some((client, ctx)), None)
    }

    /// Drafts a note from a transcript. `whisper` is the model that made the transcript.
    pub fn draft(
        &mut self,
        req: &DraftRequest,
        whisper: Option<&ModelRef>,
    ) -> anyhow::Result<DraftOutput> {
        let t = Instant::now();
        if req.transcript.trim().is_empty() {
            return Err(exit::NoSpeech("memo".into()).into());
        }
        let (client, conflict) = self.client_for(req.client.as_deref(), &req.transcript);
        let client_format = client.as_ref().and_then(|(c, _)| c.format.clone());
        let format = self.format(req.format.as_deref().or(client_format.as_deref()))?;
        let opts = DraftOptions {
            private_markers: self.cfg.draft.private_markers.clone(),
        };
        let prepared = hushnote_draft::prepare(&req.transcript, &opts);
        let assignment = if prepared.clauses.is_empty() {
            None
        } else {
            Some(self.plan(&format, &prepared.clauses)?)
        };
        let doc = prepared.compose(&format, assignment);
        let to_ref = |m: &ModelRef| hushnote_draft::render::ModelRef {
            name: m.name.clone(),
            sha256: m.sha256.clone(),
        };
        let meta = hushnote_draft::render::RenderMeta {
            created: req
                .created
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            memo_seconds: req.memo_seconds,
            whisper: whisper.map(to_ref),
            llm: Some(to_ref(&self.model)),
            audio: match &req.audio_deleted {
                AudioDeleted::Yes => hushnote_draft::render::AudioDisposal::Deleted,
                AudioDeleted::No(reason) => hushnote_draft::render::AudioDisposal::Kept {
                    reason: reason.clone(),
                },
            },
            transcript_sha256: fsutil::sha256_bytes(req.transcript.as_bytes()),
        };
        let mut markdown = hushnote_draft::goals::annotate(
            &doc.render(&meta),
            &doc.clauses,
            &hushnote_draft::facts::extract(&doc.clauses),
            client.as_ref().map(|(_, ctx)| ctx),
        );
        if let Some(line) = conflict {
            markdown = hushnote_draft::checklist::add_lines(&markdown, &[line]);
        }
        let private_markdown = doc.render_private(&meta);
        let key: String = format
            .name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<String>()
            .to_ascii_lowercase();
        Ok(DraftOutput {
            id: req.id.clone(),
            file_stem: format!("{}_{}_{}", req.created.format("%Y-%m-%d_%H%M"), key, req.id),
            markdown,
            private_markdown,
            format: format.name.clone(),
            risk: doc.risk.polarity.as_str().to_string(),
            risk_flags: doc.risk.flags.clone(),
            risk_items: doc
                .risk
                .items
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().to_string()))
                .collect(),
            draft_ms: t.elapsed().as_millis() as u64,
            planner: doc.note.planner.as_str().to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clients::tests::client;
    use hushnote_draft::checklist::{END_MARK, START_MARK};

    #[test]
    fn an_opener_naming_another_client_adds_one_line_to_the_checklist_block() {
        let draft = format!(
            "---\nclient: jd01\n---\n{START_MARK}\n> **Before you sign**\n>\n> - Covered: plan.\n\
             {END_MARK}\n\n# SOAP note\n"
        );
        let line = opener_conflict(&client("jd01", "J. D."), &client("mk", "M. <K>"));
        let out = hushnote_draft::checklist::add_lines(&draft, &[line]);
        let block = &out[out.find(START_MARK).unwrap()..out.find(END_MARK).unwrap()];
        assert!(block.contains(
            "> - Covered: plan.\n> - This memo was tied to client jd01 (J. D.) by `record \
             --client` or its incoming/jd01/ folder"
        ));
        assert!(block.contains("names client mk (M. &lt;K>); it was drafted for jd01."));
        assert_eq!(out.matches(END_MARK).count(), 1);
        assert!(out.ends_with(&format!("{END_MARK}\n\n# SOAP note\n")));
    }
}
