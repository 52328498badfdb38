//! Measures the drafting rules on labelled corpora (run by `scripts/eval.sh --corpus`).
//!
//! ```text
//! corpus-eval [--misses] [--drafts DIR] PATH...
//! ```
//!
//! Each PATH is a corpus folder (its `*memos*.jsonl` and `*sentences*.jsonl` files), a folder
//! with a tag (`DIR:heldout`: only the files whose names contain the tag), or one file. For each
//! it prints section placement per format (clauses and key facts in an allowed section, key-fact
//! coverage), the session-fact table for the memos that carry a `session` label (in the memo or
//! in `DIR_session_labels.jsonl` beside the folder: [`hushnote_draft::eval::facts`]) and the
//! risk report ([`hushnote_draft::eval::risk::report`]). `--drafts DIR`
//! scores drafts written by the real binary (`DIR/<memo id>.md`) instead of drafting with the
//! library, which also reports its drafting time; `--misses` lists every misplaced clause and
//! fact and every session fact that disagrees with its label (for development sets only).

use hushnote_draft::eval::{self, facts, sections, LabelledMemo, LabelledSentence};
use hushnote_draft::Format;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

struct Args {
    misses: bool,
    drafts: Option<PathBuf>,
    paths: Vec<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        misses: false,
        drafts: None,
        paths: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--misses" => args.misses = true,
            "--drafts" => {
                args.drafts = Some(
                    it.next()
                        .map(PathBuf::from)
                        .ok_or("--drafts needs a folder")?,
                )
            }
            "-h" | "--help" => return Err(String::new()),
            _ if a.starts_with("--") => return Err(format!("unknown option {a}")),
            _ => args.paths.push(PathBuf::from(a)),
        }
    }
    if args.paths.is_empty() {
        return Err("name at least one corpus folder or file".to_string());
    }
    Ok(args)
}

/// What a PATH (`DIR`, `DIR:TAG` or a file) stands for.
struct CorpusFiles {
    /// The corpus folder (the file's folder for a file), where side labels are looked up.
    dir: PathBuf,
    memos: Vec<PathBuf>,
    sentences: Vec<PathBuf>,
}

/// The memo files and sentence files a PATH (`DIR`, `DIR:TAG` or a file) stands for.
fn corpus_files(path: &Path) -> Result<CorpusFiles, String> {
    let spec = path.to_string_lossy();
    let (path, tag) = match spec.rsplit_once(':') {
        Some((dir, tag)) if Path::new(dir).is_dir() => (Path::new(dir), Some(tag.to_lowercase())),
        _ => (path, None),
    };
    let files = if path.is_dir() {
        let mut v: Vec<PathBuf> = std::fs::read_dir(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
            .collect();
        v.sort();
        v
    } else {
        vec![path.to_path_buf()]
    };
    let name = |p: &PathBuf| {
        p.file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default()
    };
    let tagged = |p: &&PathBuf| tag.as_ref().is_none_or(|t| name(p).contains(t.as_str()));
    let memos = files
        .iter()
        .filter(tagged)
        .filter(|p| name(p).contains("memo"))
        .cloned()
        .collect();
    let sentences = files
        .iter()
        .filter(tagged)
        .filter(|p| name(p).contains("sentence"))
        .cloned()
        .collect();
    let dir = if path.is_dir() {
        path.to_path_buf()
    } else {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    };
    Ok(CorpusFiles {
        dir,
        memos,
        sentences,
    })
}

fn run(args: &Args) -> Result<(), String> {
    for path in &args.paths {
        let files = corpus_files(path)?;
        let mut memos: Vec<LabelledMemo> = Vec::new();
        for f in &files.memos {
            memos.extend(eval::load_jsonl::<LabelledMemo>(f).map_err(|e| e.to_string())?);
        }
        let mut sentences: Vec<LabelledSentence> = Vec::new();
        for f in &files.sentences {
            sentences.extend(eval::load_jsonl::<LabelledSentence>(f).map_err(|e| e.to_string())?);
        }
        println!(
            "## {} ({} memos, {} risk sentences)\n",
            path.display(),
            memos.len(),
            sentences.len()
        );
        if !memos.is_empty() {
            let mut times: Vec<f64> = Vec::new();
            let report = sections::evaluate(&memos, |m| {
                let format = Format::builtin(&m.format).ok()?;
                let started = std::time::Instant::now();
                let placed = match &args.drafts {
                    Some(dir) => {
                        let md = std::fs::read_to_string(dir.join(format!("{}.md", m.id))).ok()?;
                        Some(sections::placement_from_markdown(&m.memo, &md))
                    }
                    None => Some(sections::place_with_library(m, &format)),
                };
                times.push(started.elapsed().as_secs_f64() * 1000.0);
                placed
            });
            let how = if args.drafts.is_some() {
                "drafts written by the binary"
            } else {
                "library planner"
            };
            println!("### Sections ({how})\n\n{}", report.table());
            if args.drafts.is_none() && !times.is_empty() {
                times.sort_by(f64::total_cmp);
                println!(
                    "Library drafting time per memo (split, roles, risk, compose; one process, \
                     after the first memo compiles the rules): median {:.1} ms, max {:.1} ms\n",
                    times[times.len() / 2],
                    times[times.len() - 1]
                );
            }
            if args.misses && !report.misses.is_empty() {
                println!("Misplaced:\n{}", report.miss_list());
            }
            // Facts come from the library either way; with --drafts only sections are asked.
            if args.drafts.is_none() {
                let labels = facts::side_labels(&files.dir).map_err(|e| e.to_string())?;
                let report = facts::measure(&memos, &labels);
                if report.memos > 0 {
                    println!("### Session facts\n\n{}", report.table());
                    if args.misses && !report.misses.is_empty() {
                        println!(
                            "Facts that disagree with their labels:\n{}",
                            report.miss_list()
                        );
                    }
                }
            }
        }
        if !memos.is_empty() || !sentences.is_empty() {
            println!("### Risk\n\n{}", eval::risk::report(&sentences, &memos));
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("corpus-eval: {e}");
            }
            eprintln!("usage: corpus-eval [--misses] [--drafts DIR] CORPUS_DIR_OR_FILE...");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("corpus-eval: {e}");
            ExitCode::FAILURE
        }
    }
}
