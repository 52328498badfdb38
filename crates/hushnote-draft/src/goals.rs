//! The golden thread: which of the client's treatment goals this memo bears on, and which plan
//! items from the client's last signed note it picks up again.
//!
//! A goal is linked to a memo clause only when they share a distinctive word (not "reduce",
//! "daily", "client", ...) or the clause names the goal ("goal two"); the clause is quoted
//! verbatim beside the goal, so every link can be checked and none is invented. Progress and
//! setback words in a linked clause ("fewer", "down from"; "worse", "relapsed") label the link.
//! Carried-forward plan items are marked mentioned only with the clause that mentions them.

use crate::clauses::Clause;
use crate::text::{fold, words};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// A diagnosis on the client's record.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Diagnosis {
    pub code: String,
    pub description: String,
}

/// A numbered treatment goal with its measurable objectives.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Goal {
    pub number: u32,
    pub text: String,
    #[serde(default)]
    pub objectives: Vec<String>,
}

/// The client's last signed note, as far as continuity needs it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PreviousNote {
    /// The signed note's file name, so the reviewer can open it.
    pub name: String,
    /// Its plan items (homework, next-session intentions, referrals), one per line.
    pub plan: Vec<String>,
}

/// What the draft knows about the client it is for.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ClientContext {
    pub id: String,
    pub display: String,
    pub diagnoses: Vec<Diagnosis>,
    pub goals: Vec<Goal>,
    pub previous: Option<PreviousNote>,
}

/// Which way the memo's words about a goal point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Progress,
    Setback,
    Mentioned,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Progress => "progress",
            Direction::Setback => "setback",
            Direction::Mentioned => "mentioned",
        }
    }
}

/// A memo clause quoted as evidence.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Quote {
    pub clause: usize,
    pub text: String,
}

/// One goal the memo touches, with the words that bear on it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GoalLink {
    pub goal: u32,
    pub goal_text: String,
    pub direction: Direction,
    pub quotes: Vec<Quote>,
}

/// One plan item from the last signed note and whether this memo mentions it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Carried {
    pub item: String,
    pub mentioned: Option<Quote>,
}

/// Goal links, untouched goals and carried-forward items for one memo.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct GoalReport {
    pub links: Vec<GoalLink>,
    /// Goal numbers the memo does not touch (for the checklist).
    pub untouched: Vec<u32>,
    pub carried: Vec<Carried>,
    /// The signed note the items came from.
    pub previous: Option<String>,
}

/// Links the memo's clauses to the client's goals and last plan.
pub fn analyse(client: &ClientContext, clauses: &[Clause]) -> GoalReport {
    let clause_words: Vec<BTreeSet<String>> = clauses.iter().map(|c| keywords(&c.text)).collect();
    let mut report = GoalReport::default();
    for goal in &client.goals {
        let mut goal_words = keywords(&goal.text);
        for o in &goal.objectives {
            goal_words.extend(keywords(o));
        }
        let quotes: Vec<Quote> = clauses
            .iter()
            .zip(&clause_words)
            .filter(|(c, w)| names_goal(&c.text, goal.number) || shares(&goal_words, w))
            .map(|(c, _)| Quote {
                clause: c.id,
                text: c.text.clone(),
            })
            .collect();
        if quotes.is_empty() {
            report.untouched.push(goal.number);
            continue;
        }
        report.links.push(GoalLink {
            goal: goal.number,
            goal_text: goal.text.clone(),
            direction: direction(goal, &quotes),
            quotes,
        });
    }
    if let Some(prev) = &client.previous {
        report.previous = Some(prev.name.clone());
        for item in &prev.plan {
            let want = keywords(item);
            let needed = want.len().min(2);
            let best = clauses
                .iter()
                .zip(&clause_words)
                .map(|(c, w)| (shared_words(&want, w), c))
                .filter(|((exact, all), _)| needed > 0 && *exact >= 1 && *all >= needed)
                .max_by_key(|((exact, all), c)| (*all, *exact, std::cmp::Reverse(c.id)));
            report.carried.push(Carried {
                item: item.clone(),
                mentioned: best.map(|(_, c)| Quote {
                    clause: c.id,
                    text: c.text.clone(),
                }),
            });
        }
    }
    report
}

/// The words a plan item shares with a clause: exactly, and in all counting near matches
/// (one letter apart, the longer word four letters or more). A dictated plan and the next
/// memo are both transcripts: "ride one top further" (Whisper's "top" for "stop") and "rode
/// the train one stop further" are the same item.
fn shared_words(want: &BTreeSet<String>, clause: &BTreeSet<String>) -> (usize, usize) {
    let exact = want.intersection(clause).count();
    let near = want
        .iter()
        .filter(|w| !clause.contains(*w) && clause.iter().any(|c| one_apart(w, c)))
        .count();
    (exact, exact + near)
}

/// Whether two words are one insertion, deletion or substitution apart, the longer of them
/// four letters or more.
fn one_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() < 4 || long.len() - short.len() > 1 || short == long {
        return false;
    }
    let prefix = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    }
}

/// A goal and a clause share a distinctive word.
fn shares(goal: &BTreeSet<String>, clause: &BTreeSet<String>) -> bool {
    goal.intersection(clause).next().is_some()
}

/// "goal two", "goal 2", "second goal".
fn names_goal(text: &str, number: u32) -> bool {
    let ws: Vec<String> = words(text).iter().map(|w| fold(w.text)).collect();
    ws.windows(2).any(|p| {
        (p[0] == "goal"
            && crate::grounding::number_word(&p[1]).or(p[1].parse().ok()) == Some(number))
            || (p[1] == "goal"
                && crate::grounding::number_word(&p[0]) == Some(number)
                && p[0].ends_with(['t', 'd', 'h']))
    })
}

/// Words that say the client is doing better or worse whatever the goal.
const PROGRESS: &[&str] = &[
    "improved",
    "improving",
    "improvement",
    "better",
    "progress",
    "managed",
    "calmer",
    "easier",
];
const SETBACK: &[&str] = &[
    "worse",
    "worsening",
    "worsened",
    "relapse",
    "relapsed",
    "lapse",
    "setback",
    "harder",
    "struggled",
    "struggling",
    "missed",
    "skipped",
];
/// Words of less and more: progress or setback depending on which way the goal aims
/// ("fewer panic attacks" is progress toward "reduce panic attacks", "fewer gym days" a setback
/// for "return to the gym").
const LESS: &[&str] = &["fewer", "less", "decreased", "reduced", "dropped", "lower"];
const MORE: &[&str] = &["increased", "higher", "rose", "risen"];
/// A word just before a direction word that turns it off ("did not improve", "no better").
const NEGATORS: &[&str] = &[
    "not", "no", "never", "didn't", "hasn't", "haven't", "wasn't", "isn't", "don't", "doesn't",
    "nothing",
];

/// Which way a goal aims, read from its text and objectives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Aim {
    Lower,
    Raise,
    Unknown,
}

fn aim(goal: &Goal) -> Aim {
    let mut text = goal.text.clone();
    for o in &goal.objectives {
        text.push(' ');
        text.push_str(o);
    }
    let ws: Vec<String> = words(&text).iter().map(|w| fold(w.text)).collect();
    let lower = ws.iter().any(|w| {
        [
            "reduce",
            "decrease",
            "lower",
            "fewer",
            "less",
            "stop",
            "quit",
            "eliminate",
            "under",
            "below",
            "minimize",
            "minimise",
        ]
        .contains(&w.as_str())
    });
    let raise = ws.iter().any(|w| {
        [
            "increase", "improve", "return", "resume", "build", "raise", "gain", "start", "above",
        ]
        .contains(&w.as_str())
    });
    match (lower, raise) {
        (true, false) => Aim::Lower,
        (false, true) => Aim::Raise,
        _ => Aim::Unknown,
    }
}

/// Progress, setback or only mentioned, from the quoted words and the goal's aim. Mixed
/// signals, or none, are "mentioned": a wrong label is worse than a plain one.
fn direction(goal: &Goal, quotes: &[Quote]) -> Direction {
    let aim = aim(goal);
    let mut progress = false;
    let mut setback = false;
    for q in quotes {
        let ws: Vec<String> = words(&q.text).iter().map(|w| fold(w.text)).collect();
        for (i, w) in ws.iter().enumerate() {
            let w = w.as_str();
            let negated = ws[i.saturating_sub(2)..i]
                .iter()
                .any(|n| NEGATORS.contains(&n.as_str()));
            if negated {
                continue;
            }
            let next = ws.get(i + 1).map(String::as_str);
            let to_or_from = matches!(next, Some("from" | "to"));
            let less = LESS.contains(&w) || (w == "down" && to_or_from);
            let more = MORE.contains(&w) || (w == "up" && to_or_from);
            progress |=
                PROGRESS.contains(&w) || (less && aim == Aim::Lower) || (more && aim == Aim::Raise);
            setback |=
                SETBACK.contains(&w) || (more && aim == Aim::Lower) || (less && aim == Aim::Raise);
        }
    }
    match (progress, setback) {
        (true, false) => Direction::Progress,
        (false, true) => Direction::Setback,
        _ => Direction::Mentioned,
    }
}

/// Words that say nothing about *which* goal or plan item: function words, and the verbs and
/// time words every goal and plan uses.
const GENERIC: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "to",
    "of",
    "in",
    "on",
    "at",
    "for",
    "with",
    "by",
    "from",
    "up",
    "down",
    "out",
    "into",
    "over",
    "about",
    "as",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "they",
    "them",
    "his",
    "her",
    "their",
    "him",
    "i",
    "we",
    "you",
    "your",
    "our",
    "my",
    "me",
    "us",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "not",
    "no",
    "yes",
    "do",
    "does",
    "did",
    "done",
    "has",
    "have",
    "had",
    "get",
    "got",
    "go",
    "going",
    "said",
    "say",
    "says",
    "reports",
    "report",
    "reported",
    "client",
    "pt",
    "patient",
    "session",
    "sessions",
    "next",
    "week",
    "weeks",
    "weekly",
    "daily",
    "day",
    "days",
    "time",
    "times",
    "each",
    "every",
    "per",
    "one",
    "two",
    "three",
    "four",
    "five",
    "plan",
    "goal",
    "goals",
    "objective",
    "reduce",
    "reduced",
    "increase",
    "improve",
    "improved",
    "less",
    "more",
    "fewer",
    "than",
    "least",
    "most",
    "all",
    "some",
    "any",
    "continue",
    "keep",
    "practice",
    "practise",
    "use",
    "using",
    "try",
    "able",
    "so",
    "then",
    "also",
    "just",
    "very",
    "what",
    "when",
    "how",
    "which",
    "who",
    "if",
    "again",
    "today",
    "tomorrow",
    "now",
    "still",
    "much",
    "many",
    "new",
    "work",
    "home",
    "without",
    "instead",
    "after",
    "before",
    "under",
    "below",
    "above",
    "twice",
    "once",
    "there",
    "here",
    "lower",
    "higher",
    "symptom",
    "level",
    "better",
    "worse",
    "manage",
    "manag",
];

/// Distinctive words of a text, lightly stemmed ("attacks" and "attack" agree).
pub(crate) fn keywords(text: &str) -> BTreeSet<String> {
    words(text)
        .iter()
        .map(|w| stem(&fold(w.text)))
        .filter(|w| w.len() >= 3 && !GENERIC.contains(&w.as_str()))
        .filter(|w| {
            !w.chars().all(|c| c.is_ascii_digit()) && crate::grounding::number_word(w).is_none()
        })
        .collect()
}

fn stem(w: &str) -> String {
    let w = w.trim_end_matches("'s");
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.len() >= 4 && !(suffix == "s" && base.ends_with('s')) {
                return base.to_string();
            }
        }
    }
    w.to_string()
}

/// Section names whose lines are plan items.
fn is_plan_heading(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.contains("plan") || n.contains("agreed actions") || n.contains("next steps")
}

/// The plan items of a signed (or draft) note's Markdown: the lines of its plan-like sections
/// (Plan; Agreed actions; Engagement and next steps), without provenance comments.
pub fn plan_items(markdown: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut in_plan = false;
    for line in markdown.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            in_plan = is_plan_heading(h.trim());
            continue;
        }
        if !in_plan {
            continue;
        }
        let mut text = line
            .trim()
            .trim_start_matches(['-', '*'])
            .trim()
            .to_string();
        while let Some(start) = text.find("<!--") {
            let end = text[start..]
                .find("-->")
                .map_or(text.len(), |e| start + e + 3);
            text.replace_range(start..end, "");
        }
        let text = text.trim().trim_start_matches('\\').to_string();
        if text.is_empty() || text == crate::compose::NOT_ADDRESSED {
            continue;
        }
        items.extend(split_items(&text));
    }
    items
}

/// One plan sentence as its items: "Plan: practice breathing daily, ride one stop further, and
/// call the prescriber." is three. A leading "Plan:"/"Homework:" label goes; a piece of one
/// word stays with the item before it.
fn split_items(sentence: &str) -> Vec<String> {
    let mut text = sentence.trim().trim_end_matches('.').trim();
    for label in [
        "plan is to",
        "plan:",
        "homework:",
        "next steps:",
        "next step:",
        "plan is",
    ] {
        if text.len() >= label.len() && text[..label.len()].eq_ignore_ascii_case(label) {
            text = text[label.len()..].trim();
            break;
        }
    }
    let mut items: Vec<String> = Vec::new();
    for piece in text.split([',', ';']) {
        let piece = piece.trim();
        let piece = piece
            .strip_prefix("and ")
            .or_else(|| piece.strip_prefix("then "))
            .unwrap_or(piece)
            .trim();
        if piece.is_empty() {
            continue;
        }
        match items.last_mut() {
            Some(last) if piece.split_whitespace().count() < 2 => {
                last.push_str(", ");
                last.push_str(piece);
            }
            _ => items.push(piece.to_string()),
        }
    }
    items
        .into_iter()
        .map(|i| {
            let mut c = i.chars();
            match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => i,
            }
        })
        .collect()
}

/// The draft's "Goals" and "Carried forward" sections (Markdown, provenance comments kept).
pub fn render_body(client: &ClientContext, report: &GoalReport) -> String {
    let mut out = String::new();
    let prov = |clause: usize| format!(" <!-- memo:{clause} -->");
    let q = |s: &str| s.replace('<', "&lt;").replace(['\n', '\r'], " ");
    out.push_str("## Goals\n\n");
    if client.goals.is_empty() {
        out.push_str("No treatment goals on file for this client.\n");
    }
    for link in &report.links {
        for (k, quote) in link.quotes.iter().enumerate() {
            if k == 0 {
                let _ = write!(
                    out,
                    "- Goal {} — {} ({}): ",
                    link.goal,
                    q(&link.goal_text),
                    link.direction.as_str()
                );
            } else {
                out.push_str("  - also: ");
            }
            let _ = writeln!(out, "\"{}\"{}", q(&quote.text), prov(quote.clause));
        }
    }
    if !client.goals.is_empty() && report.links.is_empty() {
        out.push_str("The memo does not touch any treatment goal.\n");
    }
    out.push('\n');
    if let Some(prev) = &report.previous {
        out.push_str("## Carried forward\n\n");
        let _ = writeln!(out, "From the last signed note ({}):\n", q(prev));
        if report.carried.is_empty() {
            out.push_str("That note has no plan items.\n");
        }
        for c in &report.carried {
            match &c.mentioned {
                Some(m) => {
                    let _ = writeln!(
                        out,
                        "- {} — mentioned: \"{}\"{}",
                        q(&c.item),
                        q(&m.text),
                        prov(m.clause)
                    );
                }
                None => {
                    let _ = writeln!(out, "- {} — not mentioned in this memo", q(&c.item));
                }
            }
        }
        out.push('\n');
    }
    out
}

/// Adds the golden thread to a rendered draft: `client`, `diagnoses` and the session facts to
/// its front matter, "Goals" and "Carried forward" (or a line saying no client was matched)
/// before its Risk section, and to the "Before you sign" checklist one line per goal the memo
/// does not touch, the count of plan items not mentioned, or that no client was matched (the
/// checklist block is dropped at signing). Everything added is read from the memo or the
/// client's file.
pub fn annotate(
    markdown: &str,
    clauses: &[Clause],
    facts: &crate::facts::SessionFacts,
    client: Option<&ClientContext>,
) -> String {
    use crate::render::{yaml_quoted, yaml_scalar};
    let mut fm = String::new();
    match client {
        Some(c) => {
            let _ = writeln!(fm, "client: {}", yaml_scalar(&c.id));
            let _ = writeln!(fm, "client_name: {}", yaml_quoted(&c.display));
            if c.diagnoses.is_empty() {
                fm.push_str("diagnoses: []\n");
            } else {
                fm.push_str("diagnoses:\n");
                for d in &c.diagnoses {
                    let _ = writeln!(
                        fm,
                        "  - code: {}\n    description: {}",
                        yaml_quoted(&d.code),
                        yaml_quoted(&d.description)
                    );
                }
            }
        }
        None => fm.push_str("client: null\n"),
    }
    fm.push_str(&crate::facts::front_matter(facts));
    let mut body = String::new();
    let todo = match client {
        Some(c) => {
            let report = analyse(c, clauses);
            body.push_str(&render_body(c, &report));
            checklist_lines(c, &report)
        }
        None => {
            body.push_str(
                "> **No client matched** — this memo was drafted without a client (no goals, no \
             carried-forward plan). To tie a memo to a client, say \"client\" and a known \
             client's initials, name or id at its start (`hushnote clients list`).\n\n",
            );
            vec![NO_CLIENT_LINE.to_string()]
        }
    };
    let mut out = String::with_capacity(markdown.len() + fm.len() + body.len());
    // The front matter ends at the first "\n---\n" after the opening fence.
    let fm_end = markdown
        .strip_prefix("---\n")
        .and_then(|rest| rest.find("\n---\n"))
        .map(|i| i + 4 + 1);
    let (head, tail) = match fm_end {
        Some(i) => (&markdown[..i], &markdown[i..]),
        None => ("", markdown),
    };
    out.push_str(head);
    if fm_end.is_some() {
        out.push_str(&fm);
    }
    match tail.find("\n## Risk\n") {
        Some(i) => {
            out.push_str(&tail[..=i]);
            out.push_str(&body);
            out.push_str(&tail[i + 1..]);
        }
        None => {
            out.push_str(tail);
            out.push('\n');
            out.push_str(&body);
        }
    }
    crate::checklist::add_lines(&out, &todo)
}

/// The checklist line of a memo drafted without a client.
pub const NO_CLIENT_LINE: &str =
    "No client matched: no treatment goals or carried-forward plan were checked for this memo.";

/// A goal's text cut to about `max` characters at a word boundary, for one checklist line.
fn short(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let mut out = String::new();
    for w in text.split(' ') {
        if out.chars().count() + 1 + w.chars().count() > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_empty() {
        out = text.chars().take(max).collect();
    }
    out.push('\u{2026}');
    out
}

/// Checklist lines: one per goal not touched (its number and short text from the client's
/// file, never memo words), then the count of carried items not mentioned.
pub fn checklist_lines(client: &ClientContext, report: &GoalReport) -> Vec<String> {
    let mut lines = Vec::new();
    for n in &report.untouched {
        if let Some(g) = client.goals.iter().find(|g| g.number == *n) {
            lines.push(format!(
                "Goal {n} ({}) is not touched by this memo.",
                short(&g.text, 60)
            ));
        }
    }
    let open = report
        .carried
        .iter()
        .filter(|c| c.mentioned.is_none())
        .count();
    if open > 0 {
        lines.push(format!(
            "{open} plan item(s) from the last signed note are not mentioned (see Carried forward)."
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clauses::split_clauses;

    fn client() -> ClientContext {
        ClientContext {
            id: "jd".into(),
            display: "J. D.".into(),
            diagnoses: vec![Diagnosis {
                code: "F41.0".into(),
                description: "Panic disorder".into(),
            }],
            goals: vec![
                Goal {
                    number: 1,
                    text: "Reduce panic attacks".into(),
                    objectives: vec!["Fewer than one panic attack a week for four weeks".into()],
                },
                Goal {
                    number: 2,
                    text: "Ride the train to work without leaving early".into(),
                    objectives: vec![],
                },
                Goal {
                    number: 3,
                    text: "Lower OCD symptoms".into(),
                    objectives: vec!["Y-BOCS under 16".into()],
                },
            ],
            previous: Some(PreviousNote {
                name: "2026-11-20_1500_SOAP_ab12cd34.md".into(),
                plan: vec![
                    "Practice the straw breathing daily.".into(),
                    "Ride one stop further each day this week.".into(),
                    "Call Dr. Patel about the medication.".into(),
                ],
            }),
        }
    }

    #[test]
    fn goals_link_with_quotes_and_direction() {
        let memo = "Session six. She had fewer panic attacks this week, two instead of five. \
                    She did the straw breathing twice. Y-BOCS twenty, down from twenty-eight.";
        let clauses = split_clauses(memo);
        let r = analyse(&client(), &clauses);
        assert_eq!(r.links.len(), 2, "{r:?}");
        assert_eq!(r.links[0].goal, 1);
        assert_eq!(r.links[0].direction, Direction::Progress);
        assert_eq!(r.links[0].quotes[0].clause, 2);
        assert_eq!(r.links[1].goal, 3);
        assert_eq!(r.links[1].direction, Direction::Progress);
        assert!(r.links[1].quotes[0].text.contains("Y-BOCS twenty"));
        assert_eq!(r.untouched, vec![2]);
        for l in &r.links {
            for q in &l.quotes {
                assert!(memo.contains(&q.text));
            }
        }
    }

    /// The one link of a one-clause memo: (goal, direction), after checking that every quote
    /// is a clause of the memo, verbatim.
    fn link_of(client: &ClientContext, memo: &str) -> Vec<(u32, Direction)> {
        let clauses = split_clauses(memo);
        let r = analyse(client, &clauses);
        for l in &r.links {
            assert!(!l.quotes.is_empty(), "a link without quoted words: {l:?}");
            for q in &l.quotes {
                assert!(!q.text.trim().is_empty() && memo.contains(&q.text), "{q:?}");
                assert_eq!(clauses[q.clause - 1].text, q.text);
            }
        }
        r.links.iter().map(|l| (l.goal, l.direction)).collect()
    }

    fn with_gym_goal() -> ClientContext {
        let mut c = client();
        c.goals.push(Goal {
            number: 4,
            text: "Return to the gym".into(),
            objectives: vec!["Gym at least three times a week".into()],
        });
        c
    }

    #[test]
    fn progress_wordings_link_to_their_goal() {
        use Direction::*;
        let c = with_gym_goal();
        for (memo, want) in [
            (
                "Panic attacks are down to one a week from four.",
                (1, Progress),
            ),
            (
                "She managed the train to work every day this week.",
                (2, Progress),
            ),
            ("Y-BOCS sixteen, improved from twenty-two.", (3, Progress)),
            ("Y-BOCS eighteen, down from twenty-four.", (3, Progress)),
            (
                "Gym attendance increased to two days this week.",
                (4, Progress),
            ),
        ] {
            assert_eq!(link_of(&c, memo), vec![want], "{memo}");
        }
    }

    #[test]
    fn setback_wordings_link_to_their_goal() {
        use Direction::*;
        let c = with_gym_goal();
        for (memo, want) in [
            (
                "The panic attacks were worse this week, four of them.",
                (1, Setback),
            ),
            (
                "She got off the train early twice, a setback after last month.",
                (2, Setback),
            ),
            ("Y-BOCS up from eighteen to twenty-four.", (3, Setback)),
            (
                "Fewer gym visits this week, one instead of three.",
                (4, Setback),
            ),
            ("Panic attacks did not improve.", (1, Mentioned)),
        ] {
            assert_eq!(link_of(&c, memo), vec![want], "{memo}");
        }
    }

    #[test]
    fn direction_words_alone_link_nothing() {
        let c = with_gym_goal();
        for memo in [
            "Worse this week.",
            "Things are better overall, she says.",
            "She woke up at three and could not get back to sleep.",
            "Her blood pressure was lower at the GP.",
            "Her migraine symptoms were worse.",
        ] {
            assert_eq!(link_of(&c, memo), vec![], "{memo}");
        }
        // "up" alone is not a setback: she woke up with a panic attack is only mentioned.
        assert_eq!(
            link_of(&c, "She woke up at three with a panic attack."),
            vec![(1, Direction::Mentioned)]
        );
    }

    #[test]
    fn nothing_linked_without_shared_words() {
        let clauses = split_clauses("We talked about her sister's wedding and the weather.");
        let r = analyse(&client(), &clauses);
        assert!(r.links.is_empty());
        assert_eq!(r.untouched, vec![1, 2, 3]);
    }

    #[test]
    fn goal_named_by_number_and_setback() {
        let clauses =
            split_clauses("On goal two, it got worse: he left the platform after one stop.");
        let r = analyse(&client(), &clauses);
        assert_eq!(r.links.len(), 1);
        assert_eq!(r.links[0].goal, 2);
        assert_eq!(r.links[0].direction, Direction::Setback);
    }

    #[test]
    fn a_plan_item_heard_one_letter_off_is_still_the_same_item() {
        assert!(one_apart("top", "stop"));
        assert!(one_apart("ride", "rode"));
        assert!(!one_apart("top", "tip"), "three letters: too short to tell");
        assert!(!one_apart("diary", "diary"));
        assert!(!one_apart("walk", "chalk"));
        let want = keywords("She will ride one top further each day");
        let clause = keywords("She rode the train one stop further each day this week");
        let (exact, all) = shared_words(&want, &clause);
        assert!(exact >= 1 && all >= 2, "{want:?} {clause:?}");
        let unrelated = keywords("She called the prescriber about her dose");
        assert_eq!(shared_words(&want, &unrelated).0, 0);
    }

    #[test]
    fn carried_forward_marks_mentioned_items_with_their_clause() {
        let clauses = split_clauses(
            "She did the straw breathing every morning. She has not called anyone yet.",
        );
        let r = analyse(&client(), &clauses);
        assert_eq!(r.carried.len(), 3);
        assert_eq!(r.carried[0].mentioned.as_ref().map(|q| q.clause), Some(1));
        assert!(r.carried[1].mentioned.is_none());
        assert!(r.carried[2].mentioned.is_none());
        let md = render_body(&client(), &r);
        assert!(md.contains("## Carried forward"));
        assert!(md.contains(
            "- Practice the straw breathing daily. — mentioned: \"She did the straw breathing every morning.\" <!-- memo:1 -->"
        ));
        assert!(
            md.contains("- Ride one stop further each day this week. — not mentioned in this memo")
        );
        let lines = checklist_lines(&client(), &r);
        assert!(
            lines.iter().any(|l| l.contains("2 plan item(s)")),
            "{lines:?}"
        );
    }

    #[test]
    fn plan_items_from_a_signed_note() {
        let md = "---\nstatus: signed\n---\n\n# SOAP\n\n## Assessment\n\nImproving. <!-- memo:3 -->\n\n\
                  ## Plan\n\nPractice the straw breathing daily. <!-- memo:4 -->\nCall Dr. Patel. <!-- memo:5,6 -->\n\n\
                  ## Risk\n\nNo risk.\n";
        assert_eq!(
            plan_items(md),
            ["Practice the straw breathing daily", "Call Dr. Patel"]
        );
        let listed = "## Plan\n\nPlan: keep a panic diary every evening, ride one stop further, and call her prescriber. <!-- memo:7 -->\n";
        assert_eq!(
            plan_items(listed),
            [
                "Keep a panic diary every evening",
                "Ride one stop further",
                "Call her prescriber"
            ]
        );
        let empty = "## Plan\n\nNot addressed in memo.\n";
        assert!(plan_items(empty).is_empty());
    }

    #[test]
    fn annotate_adds_front_matter_and_sections_before_risk() {
        let memo = "Client J D, session six, telehealth, fifty minutes. She had fewer panic \
                    attacks. PHQ nine fourteen, down from seventeen. She did the straw breathing.";
        let doc = crate::draft(
            memo,
            &crate::Format::builtin("soap").unwrap(),
            None,
            &crate::DraftOptions::default(),
        );
        let meta = crate::RenderMeta {
            created: "2026-11-23T14:05:00+01:00".into(),
            memo_seconds: 30.0,
            whisper: None,
            llm: None,
            audio: crate::AudioDisposal::Deleted,
            transcript_sha256: "ff".into(),
        };
        let md = doc.render(&meta);
        let facts = crate::facts::extract(&doc.clauses);
        let out = annotate(&md, &doc.clauses, &facts, Some(&client()));
        let fm = &out[..out[4..].find("\n---\n").unwrap() + 4];
        for line in [
            "client: jd",
            "client_name: \"J. D.\"",
            "diagnoses:\n  - code: \"F41.0\"\n    description: \"Panic disorder\"",
            "session: {minutes: 50, modality: null, setting: telehealth, number: 6}",
            "measures: {phq9: 14}",
            "billing: {code: \"90834\", rule: \"90834: psychotherapy 38–52 min (50 min)\"}",
        ] {
            assert!(fm.contains(line), "missing {line:?} in\n{fm}");
        }
        let goals = out.find("## Goals").unwrap();
        let carried = out.find("## Carried forward").unwrap();
        let risk = out.find("\n## Risk\n").unwrap();
        assert!(goals < carried && carried < risk, "{out}");
        assert!(out.contains("- Goal 1 — Reduce panic attacks (progress): \"She had fewer panic attacks.\" <!-- memo:2 -->"), "{out}");
        let none = annotate(&md, &doc.clauses, &facts, None);
        assert!(none.contains("client: null\n"));
        assert!(none.contains("**No client matched**"));
        assert!(!none.contains("## Goals"));
        assert!(checklist_block(&none).contains(NO_CLIENT_LINE), "{none}");
    }

    /// The text between the checklist marks.
    fn checklist_block(md: &str) -> &str {
        use crate::checklist::{END_MARK, START_MARK};
        let start = md.find(START_MARK).expect("a checklist block");
        let end = md.find(END_MARK).expect("the block's end");
        &md[start..end]
    }

    fn annotated(memo: &str, client: &ClientContext) -> String {
        let doc = crate::draft(
            memo,
            &crate::Format::builtin("dap").unwrap(),
            None,
            &crate::DraftOptions::default(),
        );
        let meta = crate::RenderMeta {
            created: "2026-11-23T14:05:00+01:00".into(),
            memo_seconds: 30.0,
            whisper: None,
            llm: None,
            audio: crate::AudioDisposal::Deleted,
            transcript_sha256: "ff".into(),
        };
        let facts = crate::facts::extract(&doc.clauses);
        annotate(&doc.render(&meta), &doc.clauses, &facts, Some(client))
    }

    #[test]
    fn untouched_goals_are_checklist_lines_with_number_and_goal_text_only() {
        let mut c = client();
        c.goals.push(Goal {
            number: 4,
            text: "Return to part-time work at the library within three months, with \
                   supervisor support and a graded schedule"
                .into(),
            objectives: vec![],
        });
        let memo = "Session seven. She had fewer panic attacks, two this week. She said the \
                    neighbours were loud and she felt tired.";
        let out = annotated(memo, &c);
        let block = checklist_block(&out);
        assert!(
            block.contains(
                "> - Goal 2 (Ride the train to work without leaving early) is not touched by \
                 this memo.\n"
            ),
            "{block}"
        );
        assert!(
            block.contains("> - Goal 3 (Lower OCD symptoms) is not touched by this memo.\n"),
            "{block}"
        );
        // A long goal is cut at a word boundary; goal 1 is touched, so it has no line.
        assert!(
            block.contains(
                "> - Goal 4 (Return to part-time work at the library within three months,\u{2026}) \
                 is not touched"
            ),
            "{block}"
        );
        assert!(!block.contains("Goal 1 ("), "{block}");
        assert!(
            block.contains("3 plan item(s) from the last signed note"),
            "{block}"
        );
        // One line per untouched goal, none of the memo's words, and none outside the block.
        assert_eq!(block.matches("is not touched by this memo").count(), 3);
        for memo_words in ["neighbours", "tired", "fewer panic"] {
            assert!(!block.contains(memo_words), "{memo_words} in {block}");
        }
        assert_eq!(
            out.matches("is not touched by this memo").count(),
            3,
            "{out}"
        );
        assert!(!out.contains("Before signing:"), "{out}");
    }

    #[test]
    fn all_goals_touched_adds_no_goal_line() {
        let mut c = client();
        c.previous = None;
        let memo = "Session eight. Fewer panic attacks. She rode the train to work and stayed. \
                    Y-BOCS eighteen, down from twenty.";
        let out = annotated(memo, &c);
        assert!(!out.contains("is not touched"), "{out}");
        assert!(!out.contains("plan item(s)"), "{out}");
    }
}
