//! Command-line interface: argument definitions and one module per command group.

pub mod clients;
pub mod daemon;
pub mod finish;
pub mod models;
pub mod process;
pub mod transcribe;
pub mod web;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "hushnote",
    version,
    about = "Local, private voice-to-note drafting for therapists"
)]
pub struct Cli {
    /// Config file (default: $HUSHNOTE_CONFIG, else ~/.config/hushnote/config.toml).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// More log output (never includes memo text).
    #[arg(short, long, global = true)]
    pub verbose: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Transcribe audio files (wav, m4a, mp3, flac, ogg) to text, locally.
    Transcribe(transcribe::TranscribeArgs),
    /// Turn one memo (audio or text) into a draft in the inbox; the audio is deleted.
    Process(process::ProcessArgs),
    /// Draft a note from transcript text (a file or standard input) and print it.
    Draft(process::DraftArgs),
    /// List, fetch, verify and convert models.
    #[command(subcommand)]
    Models(models::ModelsCommand),
    /// Run the background daemon (microphone memos and the watch folder) in the foreground.
    Daemon,
    /// Start recording a memo (the daemon must be running).
    Record(daemon::RecordArgs),
    /// Stop recording; the memo is transcribed and drafted.
    Stop,
    /// Stop recording and keep nothing.
    Cancel,
    /// What the daemon is doing.
    Status(daemon::StatusArgs),
    /// Queue a memo from the failed folder again.
    Retry(daemon::RetryArgs),
    /// List audio input devices.
    Devices,
    /// Add, list and show clients (goals and diagnoses for the golden thread).
    #[command(subcommand)]
    Clients(clients::ClientsCommand),
    /// A client's signed notes, then its drafts, each oldest first.
    History(clients::IdArg),
    /// Sign a reviewed draft: the clean note goes to [paths] notes (read-only), the draft and
    /// every copy of its memo transcript are deleted.
    Sign(finish::SignArgs),
    /// Check signed notes and addenda against their content hash.
    Verify(finish::VerifyArgs),
    /// Export a note as PDF or plain text, or copy it to the clipboard.
    Export(finish::ExportArgs),
    /// Add a signed addendum to a signed note (the note itself never changes).
    Amend(finish::AmendArgs),
    /// Delete a draft and every copy of its memo transcript, without signing.
    Discard(finish::DiscardArgs),
    /// List drafts awaiting review, oldest first, with age, format and risk.
    Review(finish::ReviewArgs),
    /// Open the review page (record, review, sign) in the browser; the daemon serves it.
    Open(web::OpenArgs),
}
