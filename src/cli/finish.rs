//! Finishing a note: `sign`, `verify`, `export`, `amend`, `discard`, `review`. Each is a thin
//! shell over the library module that does the work (`sign`, `export`, `amend`, `review`), so
//! the daemon and the review page behave exactly as the commands do.

use crate::config::Config;
use crate::export::{self, clipboard};
use crate::note::NoteFile;
use crate::sign::{self, SignOptions};
use crate::{amend, exit, fsutil, review};
use anyhow::Context;
use hushnote_draft::checklist;
use std::path::{Path, PathBuf};

#[derive(Debug, clap::Args)]
pub struct SignArgs {
    /// The draft (in the inbox).
    pub draft: PathBuf,
    /// I have read the risk findings: sign a draft that has them.
    #[arg(long)]
    pub ack_risk: bool,
    /// Print one JSON object describing the result.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, clap::Args)]
pub struct VerifyArgs {
    /// Signed notes or addenda.
    #[arg(required = true)]
    pub notes: Vec<PathBuf>,
}

#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("what").required(true).multiple(true).args(["pdf", "txt", "clipboard"]))]
pub struct ExportArgs {
    /// A signed note (or a draft, exported marked "not signed").
    pub note: PathBuf,
    /// A PDF laid out as a clinical record (default file: beside the note, .pdf).
    #[arg(long, conflicts_with = "txt")]
    pub pdf: bool,
    /// Plain text for an EHR text box (default: printed).
    #[arg(long)]
    pub txt: bool,
    /// Write to this file instead.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Copy the plain text to the desktop clipboard.
    #[arg(long)]
    pub clipboard: bool,
}

#[derive(Debug, clap::Args)]
#[command(group = clap::ArgGroup::new("source").required(true).args(["text", "memo"]))]
pub struct AmendArgs {
    /// The signed note to amend (it is never changed).
    pub note: PathBuf,
    /// The addendum's text.
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// A dictated (audio) or typed addendum memo; audio is transcribed locally, then deleted.
    #[arg(long, value_name = "FILE")]
    pub memo: Option<PathBuf>,
    /// Keep the addendum memo's audio file.
    #[arg(long)]
    pub keep_audio: bool,
}

#[derive(Debug, clap::Args)]
pub struct DiscardArgs {
    /// The draft to delete, with every copy of its transcript.
    pub draft: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct ReviewArgs {
    /// One JSON array of drafts.
    #[arg(long)]
    pub json: bool,
}

/// Exit code for a refusal (unreviewed risk, tampered note, not a draft).
fn refusal_code(e: &sign::SignError) -> u8 {
    use sign::SignError as E;
    match e {
        E::UnreviewedRisk { .. } | E::AlreadySigned { .. } | E::NotADraft { .. } => exit::REFUSED,
        E::NoClinician { .. } | E::Config(_) => exit::CONFIG,
        E::Note(_) => exit::INPUT,
        E::Exists { .. } | E::Write { .. } | E::Delete { .. } => exit::FAILURE,
    }
}

fn print_checklist(c: &checklist::Checklist) {
    eprintln!("Before you sign (advice; nothing is filled in for you):");
    for line in checklist::lines(c) {
        eprintln!("  - {line}");
    }
}

pub fn sign(args: &SignArgs, cfg: &Config) -> anyhow::Result<u8> {
    // The checklist is advice: printed whether or not signing goes ahead.
    if let Ok(draft) = NoteFile::read(&args.draft) {
        if matches!(draft.status().as_str(), "draft" | "final") && !args.json {
            print_checklist(&draft.checklist());
        }
    }
    let opts = SignOptions {
        ack_risk: args.ack_risk,
    };
    match sign::sign_draft(cfg, &args.draft, &opts) {
        Ok(s) => {
            if args.json {
                println!("{}", serde_json::to_string(&s)?);
            } else {
                println!("{}", s.note.display());
                eprintln!(
                    "hushnote: signed (content sha256 {}); removed the draft and {} other file(s) holding its transcript",
                    s.content_sha256,
                    s.removed.len().saturating_sub(1)
                );
            }
            Ok(exit::OK)
        }
        Err(e) => {
            eprintln!("hushnote: {e}");
            Ok(refusal_code(&e))
        }
    }
}

pub fn verify(args: &VerifyArgs) -> anyhow::Result<u8> {
    let mut code = exit::OK;
    for n in &args.notes {
        match sign::verify_note(n) {
            Ok(v) => println!(
                "OK {}: {} signed by {} at {}, content sha256 {}",
                n.display(),
                v.kind,
                v.signed_by.as_deref().unwrap_or("(unknown)"),
                v.signed_at.as_deref().unwrap_or("(unknown)"),
                v.content_sha256
            ),
            Err(e) => {
                eprintln!("hushnote: {e}");
                code = match e {
                    sign::VerifyError::Note(_) => exit::INPUT,
                    _ => exit::REFUSED,
                };
            }
        }
    }
    Ok(code)
}

pub fn export(args: &ExportArgs) -> anyhow::Result<u8> {
    let printable = match export::Printable::from_file(&args.note) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("hushnote: {e}");
            return Ok(match e {
                export::ExportError::Verify(sign::VerifyError::Note(_))
                | export::ExportError::Note(_) => exit::INPUT,
                export::ExportError::Verify(_) => exit::REFUSED,
                export::ExportError::Pdf(_) => exit::FAILURE,
            });
        }
    };
    if args.pdf {
        let bytes = export::pdf::render(&printable)?;
        let dest = args
            .out
            .clone()
            .unwrap_or_else(|| args.note.with_extension("pdf"));
        write_out(&dest, &bytes)?;
        println!("{}", dest.display());
    }
    let text = export::txt::render(&printable);
    if args.txt {
        match &args.out {
            Some(dest) if !args.pdf => {
                write_out(dest, text.as_bytes())?;
                println!("{}", dest.display());
            }
            _ => print!("{text}"),
        }
    }
    if args.clipboard {
        match clipboard::copy(&text) {
            Ok(tool) => eprintln!("hushnote: the note's text is on the clipboard (via {tool})"),
            Err(e) => {
                eprintln!("hushnote: {e}");
                return Ok(exit::FAILURE);
            }
        }
    }
    Ok(exit::OK)
}

/// Writes an export file atomically, 0600 (it holds the note).
fn write_out(dest: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    fsutil::write_private_atomic(dest, bytes)
        .with_context(|| format!("cannot write {}", dest.display()))
}

pub fn amend(args: &AmendArgs, cfg: &Config) -> anyhow::Result<u8> {
    let text = match (&args.text, &args.memo) {
        (Some(t), _) => t.clone(),
        (None, Some(memo)) => amend::memo_text(cfg, memo)?,
        (None, None) => return Err(exit::BadInput("give --text or --memo".into()).into()),
    };
    match amend::amend_note(cfg, &args.note, &text) {
        Ok(a) => {
            println!("{}", a.addendum.display());
            eprintln!(
                "hushnote: addendum signed (content sha256 {}); it amends {} (sha256 {}), which is unchanged",
                a.content_sha256,
                a.amends.display(),
                a.amends_sha256
            );
            if let (Some(memo), false) = (&args.memo, args.keep_audio) {
                if crate::pipeline::memo_kind(memo) == Some(crate::pipeline::MemoKind::Audio) {
                    if let Err(e) = std::fs::remove_file(memo) {
                        eprintln!("hushnote: the memo's audio could not be deleted: {e}");
                    }
                }
            }
            Ok(exit::OK)
        }
        Err(e) => {
            eprintln!("hushnote: {e}");
            Ok(match e {
                amend::AmendError::Verify(sign::VerifyError::Note(_)) => exit::INPUT,
                amend::AmendError::NoClinician => exit::CONFIG,
                amend::AmendError::Empty => exit::INPUT,
                amend::AmendError::Sign(_) => exit::FAILURE,
                _ => exit::REFUSED,
            })
        }
    }
}

pub fn discard(args: &DiscardArgs, cfg: &Config) -> anyhow::Result<u8> {
    match sign::discard_draft(cfg, &args.draft) {
        Ok(d) => {
            println!(
                "discarded {}; removed {} file(s) in all",
                args.draft.display(),
                d.removed.len()
            );
            if let Some(p) = d.private_note_kept {
                println!("the private note {} was kept", p.display());
            }
            Ok(exit::OK)
        }
        Err(e) => {
            eprintln!("hushnote: {e}");
            Ok(refusal_code(&e))
        }
    }
}

pub fn review(args: &ReviewArgs, cfg: &Config) -> anyhow::Result<u8> {
    let paths = cfg.paths()?;
    let drafts = review::list_drafts(&paths.inbox)
        .with_context(|| format!("cannot read the inbox {}", paths.inbox.display()))?;
    if args.json {
        println!("{}", serde_json::to_string(&drafts)?);
        return Ok(exit::OK);
    }
    if drafts.is_empty() {
        println!("no drafts awaiting review in {}", paths.inbox.display());
        return Ok(exit::OK);
    }
    println!(
        "{} draft(s) awaiting review, oldest {}:",
        drafts.len(),
        review::human_age(drafts[0].age_hours)
    );
    for d in &drafts {
        let risk = match (d.needs_risk_ack, d.risk.as_deref()) {
            (true, _) => "RISK: review, then sign with --ack-risk",
            (false, Some("present")) => "risk reviewed",
            (false, Some("denied")) => "risk denied",
            _ => "no risk",
        };
        println!(
            "  {:>10}  {:<8} {:<40} {}",
            review::human_age(d.age_hours),
            d.format.as_deref().unwrap_or("?"),
            risk,
            d.path.display()
        );
    }
    Ok(exit::OK)
}
