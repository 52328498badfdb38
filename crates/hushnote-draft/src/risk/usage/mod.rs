//! Substance use read by its published definitions, and intrusive harm thoughts named as such.
//!
//! FORMATS §3 makes `substance_use` *current risky use*, not any mention of a drink. The rules
//! here read a sentence the way the screening instruments do:
//! - **Low-risk drinking** (NIAAA, "Rethinking Drinking": no more than 4 drinks a day and 14 a
//!   week for men, 3 and 7 for women) stated as a quantity and frequency with no AUDIT marker
//!   of risky use is no present item; it is a denial when the memo frames it as no problem.
//!   AUDIT/AUDIT-C markers keep it present: binge amounts (item 3: six or more), daily or
//!   almost daily drinking (item 1), blackouts (item 8), morning drinking (item 6), failed
//!   duties (item 5), injury (item 9), others concerned (item 10), drink-driving.
//! - **Recovery context** (sober, clean, abstinent, in recovery, a use disorder, a lapse, a
//!   sponsor, rehab): there any use is a lapse and stays present (Marlatt's relapse model); a
//!   use "after fourteen months clean" ends the abstinence it names.
//! - **DSM-5 remission specifiers** ("alcohol use disorder, in early remission", "on
//!   maintenance therapy") make a diagnosis history, not current use.
//! - **A bare substance noun** with no use verb, amount, frequency or problem word around it
//!   ("asked about alcohol and other drugs", "psychoeducation on alcohol and sleep") is a topic,
//!   not use; an abstinence frame covers the nouns in its scope ("abstinent from alcohol",
//!   "alcohol-free").
//! - **Blackouts** (AUDIT item 8, "unable to remember what happened the night before because
//!   you had been drinking") however worded: "couldn't remember getting home", "no memory of
//!   the drive home", "doesn't remember the end of it" after drinking.
//! - **Intrusive harm thoughts** named by their clinical label ("ego-dystonic intrusive harm
//!   thoughts", "unwanted thoughts of hurting the baby"): harm to others, present with review,
//!   never homicidal (FORMATS §3, perinatal and harm OCD).
//!
//! One file per concern: `lists` (the word lists), `limits` (low-risk drinking and recovery
//! context), `illness` (a relapse of a mental illness), `adherence` (prescribed medicine taken), `mentions` (new mentions, gathered from `drinks`, `audit`, `intrusive` and
//! `not_use`), `not_use` (abstinence frames and topics), `reread` (findings re-read by
//! definition) and `asked` (a question's experiencer); the number and word helpers they share
//! stay here.

mod adherence;
mod asked;
mod audit;
mod drinks;
mod illness;
mod intrusive;
mod limits;
mod lists;
mod mentions;
mod not_use;
mod reread;

pub(crate) use adherence::medication_adherence;
pub(crate) use asked::{asked_client, topic_fragments_asked};
pub(crate) use illness::{illness_context, relapse_of_illness};
pub(crate) use limits::{memo_client_male, recovery_context, within_limits};
pub(crate) use mentions::mentions;
pub(crate) use not_use::{behavioural_only, names_substance, not_use, substance_cue, NotUse};
pub(crate) use reread::{kept_untouched, reason_for_care_denied, reread, use_before_abstinence};

use crate::risk::tokens::Tok;

/// Whether a word is a number said as a word or in digits ("six", "twelve", "3").
pub(crate) fn is_number(w: &str) -> bool {
    number(w).is_some()
}

fn number(w: &str) -> Option<f32> {
    Some(match w {
        "zero" | "0" | "nil" | "nought" => 0.0,
        "a" | "an" | "one" | "single" | "1" => 1.0,
        "two" | "couple" | "2" | "pair" => 2.0,
        "three" | "few" | "3" => 3.0,
        "four" | "4" => 4.0,
        "five" | "5" => 5.0,
        "six" | "several" | "6" => 6.0,
        "seven" | "7" => 7.0,
        "eight" | "8" => 8.0,
        "nine" | "9" => 9.0,
        "ten" | "10" => 10.0,
        "eleven" => 11.0,
        "twelve" | "dozen" => 12.0,
        "thirteen" | "fourteen" | "fifteen" | "sixteen" | "seventeen" | "eighteen" | "nineteen" => {
            15.0
        }
        "twenty" | "thirty" | "forty" | "fifty" => 20.0,
        _ => {
            let n: f32 = w.parse().ok()?;
            n
        }
    })
}

fn words(toks: &[Tok]) -> Vec<&str> {
    toks.iter().map(|t| t.norm.as_str()).collect()
}

fn has_seq(w: &[&str], p: &[&str]) -> bool {
    w.windows(p.len()).any(|x| x == p)
}
