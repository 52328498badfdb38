//! `hushnote clients add | list | show ID` and `hushnote history ID`.

use crate::clients::{self, Client};
use crate::config::Config;
use crate::exit;
use clap::{Args, Subcommand};
use hushnote_draft::goals::{Diagnosis, Goal};

#[derive(Debug, Subcommand)]
pub enum ClientsCommand {
    /// Add a client file (<config dir>/clients/ID.toml); edit it later for more detail.
    Add(AddArgs),
    /// List the known clients.
    List,
    /// Show one client's diagnoses and goals.
    Show(IdArg),
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Folder-safe id (letters, digits, '-', '_'); signed notes go to notes/ID/.
    pub id: String,
    /// Display name or initials, as notes should show it ("J. D.").
    #[arg(long)]
    pub name: String,
    /// A diagnosis as CODE=DESCRIPTION ("F41.0=Panic disorder"); repeat for more.
    #[arg(long = "diagnosis", value_name = "CODE=DESCRIPTION")]
    pub diagnoses: Vec<String>,
    /// A treatment goal; repeat for more (numbered 1, 2, ... in order).
    #[arg(long = "goal", value_name = "TEXT")]
    pub goals: Vec<String>,
    /// A measurable objective for goal N, as N=TEXT; repeat for more.
    #[arg(long = "objective", value_name = "N=TEXT")]
    pub objectives: Vec<String>,
    /// Default note format for this client's memos.
    #[arg(long)]
    pub format: Option<String>,
}

#[derive(Debug, Args)]
pub struct IdArg {
    pub id: String,
}

fn bad(msg: String) -> anyhow::Error {
    exit::BadInput(msg).into()
}

pub fn run(cmd: &ClientsCommand, cfg: &Config) -> anyhow::Result<u8> {
    let paths = cfg.paths()?;
    let dir = clients::dir(&paths);
    match cmd {
        ClientsCommand::Add(a) => {
            let diagnoses = a
                .diagnoses
                .iter()
                .map(|d| {
                    let (code, desc) = d.split_once('=').ok_or_else(|| {
                        bad(format!("--diagnosis {d:?}: write it as CODE=DESCRIPTION"))
                    })?;
                    Ok(Diagnosis {
                        code: code.trim().to_string(),
                        description: desc.trim().to_string(),
                    })
                })
                .collect::<anyhow::Result<Vec<_>>>()?;
            let mut goals: Vec<Goal> = a
                .goals
                .iter()
                .enumerate()
                .map(|(i, g)| Goal {
                    number: i as u32 + 1,
                    text: g.trim().to_string(),
                    objectives: Vec::new(),
                })
                .collect();
            for o in &a.objectives {
                let (n, text) = o
                    .split_once('=')
                    .and_then(|(n, t)| Some((n.trim().parse::<u32>().ok()?, t)))
                    .ok_or_else(|| bad(format!("--objective {o:?}: write it as N=TEXT")))?;
                let goal = goals
                    .iter_mut()
                    .find(|g| g.number == n)
                    .ok_or_else(|| bad(format!("--objective {o:?}: there is no goal {n}")))?;
                goal.objectives.push(text.trim().to_string());
            }
            let client = Client {
                id: a.id.clone(),
                name: a.name.clone(),
                format: a.format.clone(),
                diagnoses,
                goals,
            };
            let path = clients::add(&dir, &client).map_err(|e| bad(e.to_string()))?;
            println!("added client {} ({})", client.id, path.display());
        }
        ClientsCommand::List => {
            let all = clients::load_all(&dir).map_err(|e| exit::BadInput(e.to_string()))?;
            if all.is_empty() {
                println!(
                    "no clients yet in {} (`hushnote clients add ID --name NAME`)",
                    dir.display()
                );
            }
            for c in all {
                println!(
                    "{}\t{}\t{} goal(s)\t{}",
                    c.id,
                    c.name,
                    c.goals.len(),
                    c.diagnoses
                        .iter()
                        .map(|d| d.code.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
            }
        }
        ClientsCommand::Show(IdArg { id }) => {
            let c = clients::load(&dir, id).map_err(|e| bad(e.to_string()))?;
            println!("{} — {}", c.id, c.name);
            if let Some(f) = &c.format {
                println!("format: {f}");
            }
            println!("diagnoses:");
            for d in &c.diagnoses {
                println!("  {} {}", d.code, d.description);
            }
            println!("goals:");
            for g in &c.goals {
                println!("  {}. {}", g.number, g.text);
                for o in &g.objectives {
                    println!("     - {o}");
                }
            }
        }
    }
    Ok(0)
}

/// `hushnote history ID`: the client's signed notes, then its drafts, each oldest first.
pub fn history(args: &IdArg, cfg: &Config) -> anyhow::Result<u8> {
    let paths = cfg.paths()?;
    clients::load(&clients::dir(&paths), &args.id).map_err(|e| bad(e.to_string()))?;
    let entries = clients::history(&paths, &args.id);
    if entries.is_empty() {
        println!("no notes or drafts for {} yet", args.id);
    }
    for e in entries {
        println!("{}\t{}", e.status, e.path.display());
    }
    Ok(0)
}
