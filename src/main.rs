//! The `hushnote` command. It links neither engine: Whisper and Llama run in worker
//! processes (see `hushnote::worker`).

use clap::Parser;
use hushnote::cli::{Cli, Command};
use hushnote::config::Config;
use hushnote::exit;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The daemon reports what it does (ids, stages, timings; never memo text); one-off
    // commands stay quiet unless asked.
    let filter = match (&cli.command, cli.verbose) {
        (_, true) => "hushnote=debug",
        (Command::Daemon, false) => "hushnote=info",
        _ => "hushnote=warn",
    };
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("HUSHNOTE_LOG")
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(filter)),
        )
        // File names come from whoever drops a file: escape them so no name forges a line.
        .with_ansi(false)
        .with_writer(hushnote::logging::stderr)
        .init();
    match run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("hushnote: {}", hushnote::logging::escape(&format!("{e:#}")));
            ExitCode::from(exit::code_for(&e))
        }
    }
}

fn run(cli: &Cli) -> anyhow::Result<u8> {
    let cfg = Config::load(cli.config.as_deref())?;
    match &cli.command {
        Command::Transcribe(args) => hushnote::cli::transcribe::run(args, &cfg),
        Command::Process(args) => hushnote::cli::process::run_process(args, &cfg),
        Command::Draft(args) => hushnote::cli::process::run_draft(args, &cfg),
        Command::Models(cmd) => hushnote::cli::models::run(cmd, &cfg),
        Command::Daemon => hushnote::cli::daemon::daemon(&cfg),
        Command::Record(args) => hushnote::cli::daemon::record(args, &cfg),
        Command::Stop => hushnote::cli::daemon::stop(&cfg),
        Command::Cancel => hushnote::cli::daemon::cancel(&cfg),
        Command::Status(args) => hushnote::cli::daemon::status(args, &cfg),
        Command::Retry(args) => hushnote::cli::daemon::retry(args, &cfg),
        Command::Devices => hushnote::cli::daemon::devices(),
        Command::Clients(cmd) => hushnote::cli::clients::run(cmd, &cfg),
        Command::History(args) => hushnote::cli::clients::history(args, &cfg),
        Command::Sign(args) => hushnote::cli::finish::sign(args, &cfg),
        Command::Verify(args) => hushnote::cli::finish::verify(args),
        Command::Export(args) => hushnote::cli::finish::export(args),
        Command::Amend(args) => hushnote::cli::finish::amend(args, &cfg),
        Command::Discard(args) => hushnote::cli::finish::discard(args, &cfg),
        Command::Review(args) => hushnote::cli::finish::review(args, &cfg),
        Command::Open(args) => hushnote::cli::web::open(args, &cfg),
    }
}
