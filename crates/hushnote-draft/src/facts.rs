//! Session facts read from the memo, never assumed: duration, modality (individual, couples,
//! family, group), setting (telehealth or in person), session number, intake, who else attended,
//! and standard measures with their scores; and a billing code only when those facts support it.
//!
//! Every rule asks for the words that state the fact in the way a session is described ("Session
//! six, telehealth, fifty minutes."; "fifty-minute session"; "PHQ nine fourteen, down from
//! seventeen"), so that a number elsewhere in the memo ("forty minutes of exposure", "sleeping
//! two hours", "family session next week") is not read as one. A fact stated two different ways
//! is dropped: a wrong duration or score is worse than none. Each fact keeps the memo's words it
//! came from and its clause number, so the draft can show why it says what it says.

mod number;
#[cfg(test)]
mod tests_numbers;
mod tokens;

use crate::clauses::Clause;
use tokens::{tokenize, Tok};

/// How the session was held, as the memo names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Modality {
    Individual,
    Couples,
    Family,
    Group,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Individual => "individual",
            Modality::Couples => "couples",
            Modality::Family => "family",
            Modality::Group => "group",
        }
    }
}

/// Where the session took place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Setting {
    Telehealth,
    InPerson,
}

impl Setting {
    pub fn as_str(self) -> &'static str {
        match self {
            Setting::Telehealth => "telehealth",
            Setting::InPerson => "in_person",
        }
    }
}

/// One fact with the memo words that state it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fact<T> {
    pub value: T,
    /// The clause (1-based, as in provenance comments) the words are in.
    pub clause: usize,
    /// The memo's words, verbatim.
    pub quote: String,
}

/// The standard measures hushnote reads (the ones payers and treatment plans ask about).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum MeasureKind {
    Phq9,
    Gad7,
    Pcl5,
    Ybocs,
    Audit,
    Cssrs,
}

impl MeasureKind {
    /// Front-matter key ("phq9").
    pub fn key(self) -> &'static str {
        match self {
            MeasureKind::Phq9 => "phq9",
            MeasureKind::Gad7 => "gad7",
            MeasureKind::Pcl5 => "pcl5",
            MeasureKind::Ybocs => "ybocs",
            MeasureKind::Audit => "audit",
            MeasureKind::Cssrs => "cssrs",
        }
    }

    /// The name as clinicians write it ("PHQ-9").
    pub fn name(self) -> &'static str {
        match self {
            MeasureKind::Phq9 => "PHQ-9",
            MeasureKind::Gad7 => "GAD-7",
            MeasureKind::Pcl5 => "PCL-5",
            MeasureKind::Ybocs => "Y-BOCS",
            MeasureKind::Audit => "AUDIT",
            MeasureKind::Cssrs => "C-SSRS screen",
        }
    }

    /// The highest possible total: a score above it is a mishearing, not a score.
    fn max(self) -> u32 {
        match self {
            MeasureKind::Phq9 => 27,
            MeasureKind::Gad7 => 21,
            MeasureKind::Pcl5 => 80,
            MeasureKind::Ybocs | MeasureKind::Audit => 40,
            MeasureKind::Cssrs => 0,
        }
    }
}

/// A measure's result: a total, or a screen's outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Score {
    Points(u32),
    Positive,
    Negative,
}

impl std::fmt::Display for Score {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Score::Points(p) => write!(f, "{p}"),
            Score::Positive => f.write_str("positive"),
            Score::Negative => f.write_str("negative"),
        }
    }
}

/// One measure given this session.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Measure {
    pub kind: MeasureKind,
    pub score: Score,
    /// The earlier score the memo compares with ("down from seventeen").
    pub previous: Option<u32>,
    pub clause: usize,
    pub quote: String,
}

/// Everything the memo states about the session itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SessionFacts {
    pub minutes: Option<Fact<u32>>,
    pub modality: Option<Fact<Modality>>,
    pub setting: Option<Fact<Setting>>,
    pub number: Option<Fact<u32>>,
    /// The memo calls this session an intake or initial evaluation.
    pub intake: Option<Fact<bool>>,
    /// The memo says the client was not there (family therapy without the client).
    pub client_absent: Option<Fact<bool>>,
    /// Others who attended, by role ("mother", "case manager"), in memo order.
    pub attendees: Vec<Fact<String>>,
    pub measures: Vec<Measure>,
}

/// A suggested code and the rule that chose it, shown so the clinician can check it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Billing {
    pub code: &'static str,
    pub rule: String,
}

impl SessionFacts {
    /// The CPT code the stated facts support, or `None`. Never without a stated duration.
    pub fn billing(&self) -> Option<Billing> {
        let minutes = self.minutes.as_ref()?.value;
        let bill = |code, rule: String| Some(Billing { code, rule });
        if self.intake.is_some() {
            return bill(
                "90791",
                format!(
                    "90791: intake / diagnostic evaluation (the memo says intake; {minutes} min)"
                ),
            );
        }
        match self.modality.as_ref().map(|m| m.value) {
            Some(Modality::Group) => bill(
                "90853",
                format!("90853: group psychotherapy (the memo says group; {minutes} min)"),
            ),
            Some(m @ (Modality::Family | Modality::Couples)) if minutes >= 26 => {
                if self.client_absent.is_some() {
                    bill(
                        "90846",
                        format!(
                            "90846: {} psychotherapy without the client, 26 min or more ({minutes} min)",
                            m.as_str()
                        ),
                    )
                } else {
                    bill(
                        "90847",
                        format!(
                            "90847: {} psychotherapy with the client (not said to be absent), 26 min or more ({minutes} min)",
                            m.as_str()
                        ),
                    )
                }
            }
            Some(Modality::Family | Modality::Couples) => None,
            Some(Modality::Individual) | None => match minutes {
                16..=37 => bill(
                    "90832",
                    format!("90832: psychotherapy 16–37 min ({minutes} min)"),
                ),
                38..=52 => bill(
                    "90834",
                    format!("90834: psychotherapy 38–52 min ({minutes} min)"),
                ),
                53.. => bill(
                    "90837",
                    format!("90837: psychotherapy 53 min or more ({minutes} min)"),
                ),
                _ => None,
            },
        }
    }

    /// The measure of this kind, if the memo gave one.
    pub fn measure(&self, kind: MeasureKind) -> Option<&Measure> {
        self.measures.iter().find(|m| m.kind == kind)
    }
}

/// Front-matter lines for the facts: `session: {...}`, `measures: {...}` and, when the facts
/// support one, `billing: {code, rule}`. Unknown values are `null`, never guessed.
pub fn front_matter(f: &SessionFacts) -> String {
    use crate::render::{yaml_quoted, yaml_scalar};
    let num = |v: Option<u32>| v.map_or("null".to_string(), |v| v.to_string());
    let mut out = format!(
        "session: {{minutes: {}, modality: {}, setting: {}, number: {}}}\n",
        num(f.minutes.as_ref().map(|m| m.value)),
        f.modality.as_ref().map_or("null", |m| m.value.as_str()),
        f.setting.as_ref().map_or("null", |s| s.value.as_str()),
        num(f.number.as_ref().map(|n| n.value)),
    );
    let measures: Vec<String> = f
        .measures
        .iter()
        .map(|m| match m.score {
            Score::Points(p) => format!("{}: {p}", m.kind.key()),
            s => format!("{}: {}", m.kind.key(), yaml_scalar(&s.to_string())),
        })
        .collect();
    out.push_str(&format!("measures: {{{}}}\n", measures.join(", ")));
    if let Some(b) = f.billing() {
        out.push_str(&format!(
            "billing: {{code: {}, rule: {}}}\n",
            yaml_quoted(b.code),
            yaml_quoted(&b.rule)
        ));
    }
    out
}

/// Reads the session facts from the memo's clauses (the public part only).
pub fn extract(clauses: &[Clause]) -> SessionFacts {
    let mut found = Found::default();
    for (n, clause) in clauses.iter().enumerate() {
        let c = Ctx::new(clause, n == 0);
        duration(&c, &mut found.minutes);
        session_number(&c, &mut found.number);
        setting(&c, &mut found.setting);
        modality(&c, &mut found.modality);
        intake(&c, &mut found.intake);
        client_absent(&c, &mut found.client_absent);
        attendees(&c, &mut found.attendees);
        measures(&c, &mut found.measures);
    }
    found.finish()
}

/// Every candidate, before conflicting ones are dropped.
#[derive(Default)]
struct Found {
    minutes: Vec<Fact<u32>>,
    number: Vec<Fact<u32>>,
    setting: Vec<Fact<Setting>>,
    modality: Vec<Fact<Modality>>,
    intake: Vec<Fact<bool>>,
    client_absent: Vec<Fact<bool>>,
    attendees: Vec<Fact<String>>,
    measures: Vec<Measure>,
}

impl Found {
    fn finish(self) -> SessionFacts {
        let mut attendees: Vec<Fact<String>> = Vec::new();
        for a in self.attendees {
            if !attendees.iter().any(|b| b.value == a.value) {
                attendees.push(a);
            }
        }
        let mut measures: Vec<Measure> = Vec::new();
        let mut conflicted = Vec::new();
        for m in self.measures {
            match measures.iter().find(|x| x.kind == m.kind) {
                Some(x) if x.score != m.score => conflicted.push(m.kind),
                Some(_) => {}
                None => measures.push(m),
            }
        }
        measures.retain(|m| !conflicted.contains(&m.kind));
        SessionFacts {
            minutes: agreed(self.minutes),
            modality: agreed(self.modality),
            setting: agreed(self.setting),
            number: agreed(self.number),
            intake: agreed(self.intake),
            client_absent: agreed(self.client_absent),
            attendees,
            measures,
        }
    }
}

/// The first candidate, if every candidate states the same value.
fn agreed<T: PartialEq>(mut v: Vec<Fact<T>>) -> Option<Fact<T>> {
    if v.is_empty() || v.iter().any(|f| f.value != v[0].value) {
        return None;
    }
    Some(v.swap_remove(0))
}

/// One clause, tokenized, with what the rules need to know about it.
struct Ctx<'a> {
    clause: &'a Clause,
    toks: Vec<Tok>,
    /// Tokens from here on talk about the future ("Plan: ...", "next week"): a session fact
    /// there is about a later session.
    future_from: usize,
    /// The clause describes the session (first clause, or it names a session, visit, intake, ...).
    descriptor: bool,
}

const SESSION_WORDS: &[&str] = &[
    "session",
    "sess",
    "visit",
    "intake",
    "appointment",
    "evaluation",
    "telehealth",
    "group",
    "follow",
    "seen",
    "consultation",
];

const POSSESSIVES: &[&str] = &["his", "her", "their", "the", "client's", "patient's"];

impl<'a> Ctx<'a> {
    fn new(clause: &'a Clause, first: bool) -> Self {
        let toks = tokenize(&clause.text);
        let future_from = toks
            .iter()
            .enumerate()
            .position(|(i, t)| {
                let next = toks.get(i + 1);
                t.is_any(&["homework", "next", "tomorrow", "will", "later"])
                    || t.word().is_some_and(|w| w.ends_with("'ll"))
                    || (t.is("plan")
                        && (i == 0
                            || next.is_some_and(|n| n.text == ":" || n.is_any(&["is", "for"]))))
                    || (t.is("going") && next.is_some_and(|n| n.is("to")))
            })
            .unwrap_or(toks.len());
        let descriptor = first
            || toks[..future_from].iter().any(|t| t.is_any(SESSION_WORDS))
            || toks[..future_from]
                .windows(2)
                .any(|w| w[0].word().is_some() && w[1].is_any(MINUTE_UNITS));
        Ctx {
            clause,
            toks,
            future_from,
            descriptor,
        }
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).and_then(Tok::word)
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| t.is(w))
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_any(ws))
    }

    /// Tokens `i..` spell `words` in order.
    fn seq(&self, i: usize, words: &[&str]) -> bool {
        words.iter().enumerate().all(|(k, w)| self.is(i + k, w))
    }

    /// True at the clause's start or right after a comma/colon/semicolon.
    fn item_start(&self, i: usize) -> bool {
        i == 0 || self.toks.get(i - 1).is_some_and(|t| t.punct)
    }

    /// True at the clause's end or right before punctuation.
    fn item_end(&self, i: usize) -> bool {
        i >= self.toks.len() || self.toks[i].punct
    }

    fn quote(&self, from: usize, to: usize) -> String {
        let start = self.toks[from].start;
        let end = self.toks[to.max(from + 1) - 1].end;
        self.clause.text[start..end].to_string()
    }

    fn fact<T>(&self, value: T, from: usize, to: usize) -> Fact<T> {
        Fact {
            value,
            clause: self.clause.id,
            quote: self.quote(from, to),
        }
    }
}

const MINUTE_UNITS: &[&str] = &["minutes", "minute", "min", "mins"];
const HOUR_UNITS: &[&str] = &["hours", "hour", "hrs", "hr"];
/// Words after a number that make it a count of something other than a score or a session.
const OTHER_UNITS: &[&str] = &[
    "minutes",
    "minute",
    "min",
    "mins",
    "hours",
    "hour",
    "hrs",
    "days",
    "day",
    "weeks",
    "week",
    "months",
    "month",
    "years",
    "year",
    "times",
    "sessions",
    "items",
    "pm",
    "am",
    "p.m",
    "a.m",
    "o'clock",
    "pills",
    "drinks",
    "mg",
    "milligrams",
    "mcg",
    "ml",
    "beers",
    "glasses",
    "units",
    "dollars",
    "percent",
    "pages",
    "thousand",
    "pounds",
    "lbs",
    "kg",
    "nights",
    "yo",
    "ago",
];

/// Words right after a number that date it to another time ("nineteen at intake", "twelve
/// last week"): the number is a baseline, not this session's value.
fn dated_elsewhere(c: &Ctx, i: usize) -> bool {
    c.seq(i, &["at", "intake"])
        || c.seq(i, &["at", "baseline"])
        || c.seq(i, &["at", "admission"])
        || c.seq(i, &["on", "admission"])
        || c.seq(i, &["at", "the", "start"])
        || c.is_any(
            i,
            &[
                "last",
                "ago",
                "previously",
                "before",
                "earlier",
                "initially",
                "originally",
                "yesterday",
                "prior",
            ],
        )
}

/// Words a little before a duration or session number that make it another session's
/// ("last session lasted fifty minutes", "since session four", "our usual fifty-minute").
const OTHER_SESSION_WORDS: &[&str] = &[
    "last",
    "previous",
    "prior",
    "usual",
    "usually",
    "normally",
    "typically",
    "since",
    "from",
    "missed",
    "cancelled",
    "canceled",
    "skipped",
    "rescheduled",
    "after",
    "until",
    "before",
];

/// Words before "telehealth" that make it a wish or a plan, not how this session was held.
const TELEHEALTH_WISHES: &[&str] = &[
    "to",
    "about",
    "prefers",
    "prefer",
    "preferred",
    "wants",
    "want",
    "try",
    "trying",
    "consider",
    "considering",
    "offered",
    "requested",
    "request",
    "asked",
];

/// Words before a modality that make it one talked about, not this session's.
const MODALITY_TOLD_OF: &[&str] = &[
    "about",
    "had",
    "did",
    "tried",
    "suggested",
    "discussed",
    "mentioned",
    "recommended",
];

/// Words before a duration that make it a session not yet held.
const NOT_HELD_YET: &[&str] = &[
    "needs",
    "need",
    "referred",
    "refer",
    "recommend",
    "recommended",
    "requested",
    "request",
    "offered",
    "offer",
    "wants",
    "want",
    "book",
    "schedule",
    "scheduled",
    "booked",
];

/// One of `words` among the three words before `i`, in the same list item unless
/// `cross_comma` ("The last session, session five").
fn word_before(c: &Ctx, i: usize, words: &[&str], cross_comma: bool) -> bool {
    c.toks[..i.min(c.toks.len())]
        .iter()
        .rev()
        .take_while(|t| cross_comma || !t.punct)
        .filter(|t| !t.punct)
        .take(3)
        .any(|t| t.is_any(words))
}

/// Another number right after a value (`i` is just past it): "12/3", "fourteen, sixteen",
/// "14 and 9", "3:30". Which one is meant is a guess, so neither is taken.
fn another_number_follows(c: &Ctx, i: usize, across_comma: bool) -> bool {
    let mut j = i;
    if (across_comma && c.toks.get(j).is_some_and(|t| t.punct))
        || c.toks.get(j).is_some_and(|t| t.text == ":")
        || c.is_any(j, &["and", "or", "to"])
    {
        j += 1;
    }
    number::cardinal(&c.toks, j).is_some_and(|(_, k)| !c.is_any(k, OTHER_UNITS) || j == i)
}

/// A spoken self-correction right after `i` (", sorry, forty-five"): the corrected number and
/// where it ends.
fn correction(c: &Ctx, i: usize) -> Option<(u32, usize)> {
    let mut j = i;
    if c.toks.get(j).is_some_and(Tok::is_comma) {
        j += 1;
    }
    if c.is_any(j, &["sorry", "actually", "correction"]) {
        j += 1;
    } else if c.seq(j, &["i", "mean"]) {
        j += 2;
    } else {
        return None;
    }
    if c.toks.get(j).is_some_and(Tok::is_comma) {
        j += 1;
    }
    if c.seq(j, &["i", "mean"]) {
        j += 2;
    }
    number::cardinal(&c.toks, j)
}

/// A duration starting at `i` ("fifty minutes", "an hour and ten", "three hours", "half an
/// hour"): minutes and the index after it.
fn duration_at(c: &Ctx, i: usize) -> Option<(u32, usize)> {
    if c.seq(i, &["half", "an", "hour"]) {
        return Some((30, i + 3));
    }
    let (n, j, one_hour) = if c.is_any(i, &["an", "a", "one"]) && c.is_any(i + 1, HOUR_UNITS) {
        (1, i + 1, true)
    } else {
        let (n, j) = number::cardinal(&c.toks, i)?;
        (n, j, false)
    };
    if c.is_any(j, MINUTE_UNITS) && !one_hour {
        return Some((n, j + 1));
    }
    if c.seq(j, &["and", "a", "half"]) && c.is_any(j + 3, HOUR_UNITS) {
        return Some((n * 60 + 30, j + 4));
    }
    if !c.is_any(j, HOUR_UNITS) {
        return None;
    }
    let mut total = n * 60;
    let mut end = j + 1;
    if c.seq(end, &["and", "a", "half"]) {
        total += 30;
        end += 3;
    } else if c.is(end, "and") {
        if let Some((m, k)) = number::cardinal(&c.toks, end + 1) {
            if m < 60 && c.is_any(k, MINUTE_UNITS) {
                total += m;
                end = k + 1;
            } else if m < 60 && c.item_end(k) {
                total += m;
                end = k;
            }
        }
    }
    Some((total, end))
}

const MODALITY_WORDS: &[&str] = &[
    "telehealth",
    "video",
    "individual",
    "couples",
    "family",
    "group",
    "therapy",
    "psychotherapy",
    "follow",
    "up",
    "in",
    "person",
    "office",
    "intake",
];
const DURATION_NOUNS: &[&str] = &["session", "visit", "intake", "appointment", "evaluation"];

fn duration(c: &Ctx, out: &mut Vec<Fact<u32>>) {
    let mut i = 0;
    while i < c.future_from {
        let Some((mut minutes, mut end)) = duration_at(c, i) else {
            i += 1;
            continue;
        };
        // "fifty-minute session", "50 minute telehealth session"
        let names_session = c.is_any(end, DURATION_NOUNS)
            || c.seq(end, &["check", "in"])
            || (c.is_any(end, MODALITY_WORDS)
                && (c.is_any(end + 1, DURATION_NOUNS)
                    || (c.is_any(end + 1, MODALITY_WORDS) && c.is_any(end + 2, DURATION_NOUNS))));
        // "session lasted fifty minutes", "we met for an hour", "saw her for fifty minutes"
        let mut p = i;
        if p > 0 && c.is_any(p - 1, &["about", "approximately", "around", "roughly"]) {
            p -= 1;
        }
        let before = |words: &[&str]| p >= words.len() && c.seq(p - words.len(), words);
        let after_session = (p >= 2
            && c.is_any(p - 1, &["lasted", "was", "ran", "of"])
            && c.is_any(p - 2, DURATION_NOUNS))
            || before(&["met", "for"])
            || before(&["came", "in", "for"])
            || before(&["came", "in", "together", "for"])
            || (p >= 3
                && c.is(p - 1, "for")
                && c.is_any(p - 2, &["him", "her", "them"])
                && c.is(p - 3, "saw"))
            || clinician_met_for(c, p)
            // "Session length fifty-three minutes"
            || (p >= 1
                && c.is_any(p - 1, &["length", "duration", "lasting"])
                && ((p >= 2 && c.is_any(p - 2, DURATION_NOUNS)) || c.item_start(p - 1)));
        // "Session six, telehealth, fifty minutes."
        let list_item = c.descriptor
            && (c.item_start(p) || p == 1)
            && (c.item_end(end) || c.is_any(end, &["today", "long"]) || setting_cue_at(c, end));
        // "Last session lasted fifty minutes", "our usual fifty-minute session", "twenty
        // minutes late", "fifty minutes last week": another session's time, or not a length.
        // "referred for a 90-minute evaluation", "fifty-minute session scheduled for Thursday":
        // a session asked for or booked, not this one.
        let elsewhere = word_before(c, p, OTHER_SESSION_WORDS, false)
            || word_before(c, p, NOT_HELD_YET, false)
            || dated_elsewhere(c, end)
            || c.is_any(end, &["late", "early", "over", "behind"])
            || (end..end + 3).any(|k| c.is_any(k, &["scheduled", "booked", "planned"]));
        if (names_session || after_session || list_item) && !elsewhere {
            if let Some((fixed, k)) = correction(c, end) {
                if c.is_any(k, MINUTE_UNITS) || c.item_end(k) {
                    minutes = fixed;
                    end = k;
                }
            }
            if (5..=300).contains(&minutes) {
                out.push(c.fact(minutes, i, end));
            }
        }
        i = end;
    }
}

/// "Met with Dana for", "saw Mr. Okafor for", "we met with the client for": the clinician (no
/// subject, or I/we) met the client (a pronoun, "the client", or a capitalised name) for the
/// duration at `p`. "She met with her lawyer for fifty minutes" is someone else's hour.
fn clinician_met_for(c: &Ctx, p: usize) -> bool {
    if p < 3 || !c.is(p - 1, "for") {
        return false;
    }
    let obj_end = p - 1;
    let mut k = p - 2;
    while !c.is_any(k, &["met", "saw", "seen", "with"]) {
        if k == 0 || c.toks[k].punct || obj_end - k > 3 {
            return false;
        }
        k -= 1;
    }
    let obj = &c.toks[k + 1..obj_end];
    let mut verb = k;
    if c.is(verb, "with") {
        if verb == 0 {
            return false;
        }
        verb -= 1;
    }
    if !c.is_any(verb, &["met", "saw", "seen"]) {
        return false;
    }
    let subject_ok = c.item_start(verb) || (verb >= 1 && c.is_any(verb - 1, &["i", "we"]));
    let client = match obj {
        [one] => one.is_any(&["her", "him", "them", "client", "patient", "pt"]),
        [the, who] => the.is("the") && who.is_any(&["client", "patient"]),
        _ => false,
    };
    let named = !obj.is_empty()
        && obj.iter().all(|t| {
            t.is_any(&["mr", "ms", "mrs", "dr"])
                || c.clause.text[t.start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        });
    subject_ok && (client || named)
}

/// "in person", "in office", "on video", "by phone", "telehealth" starts at `i`.
fn setting_cue_at(c: &Ctx, i: usize) -> bool {
    c.is_any(i, &["telehealth", "telemedicine", "teletherapy"])
        || (c.is(i, "in") && c.is_any(i + 1, &["person", "office", "clinic"]))
        || (c.is(i, "in")
            && c.is_any(i + 1, &["the", "my"])
            && c.is_any(i + 2, &["office", "clinic"]))
        || (c.is_any(i, &["on", "by", "via", "over"])
            && c.is_any(i + 1, &["video", "zoom", "phone", "telephone"]))
}

fn session_number(c: &Ctx, out: &mut Vec<Fact<u32>>) {
    for i in 0..c.future_from.min(c.toks.len()) {
        // A group's "week four of twelve" is its session number.
        if c.is(i, "week") && c.toks.iter().any(|t| t.is("group")) {
            if let Some((n, end)) = number::cardinal(&c.toks, i + 1) {
                if c.is(end, "of") && number::cardinal(&c.toks, end + 1).is_some() {
                    out.push(c.fact(n, i, end + 2));
                }
            }
            continue;
        }
        if !c.is_any(i, &["session", "sess", "visit"]) {
            continue;
        }
        // "Session eleven", "session number 3"
        let before_ok = i == 0
            || !c.is_any(
                i - 1,
                &[
                    "next",
                    "another",
                    "booster",
                    "extra",
                    "following",
                    "additional",
                    "one",
                    "a",
                    "per",
                    "each",
                    "every",
                ],
            );
        // "since session four", "missed session five", "The last session, session five"
        // "In session one she said ..." tells of an earlier session as often as of this one.
        let told_of = i >= 1 && c.is_any(i - 1, &["in", "at"]);
        let before_ok = before_ok
            && !told_of
            && !word_before(c, i, OTHER_SESSION_WORDS, false)
            && !word_before(c, i, &["last", "previous", "prior"], true);
        let mut j = i + 1;
        if c.is_any(j, &["number", "no"]) {
            j += 1;
        }
        if before_ok {
            if let Some((n, end)) = number::cardinal(&c.toks, j) {
                // "session 12/3" is a date; "session seven is next Tuesday" a later one;
                // "the worksheet from session three" is refused above.
                let unit = c.is_any(end, OTHER_UNITS)
                    || another_number_follows(c, end, false)
                    || c.is_any(
                        end,
                        &["next", "scheduled", "booked", "homework", "worksheet"],
                    )
                    || c.seq(end, &["is", "next"])
                    || dated_elsewhere(c, end);
                if !unit && (1..=500).contains(&n) {
                    out.push(c.fact(n, i, end));
                }
                continue;
            }
        }
        // "our third session", "Third session with ..."; not "missed our third session"
        if i >= 1
            && !c.is(i + 1, "back")
            && !c.is(i + 1, "since")
            && !word_before(c, i - 1, OTHER_SESSION_WORDS, false)
        {
            if let Some(n) = c.word(i - 1).and_then(number::ordinal) {
                if i == 1 || c.is_any(i - 2, &["our", "this", "today's"]) || c.item_start(i - 1) {
                    out.push(c.fact(n, i - 1, i + 1));
                }
            }
        }
    }
}

fn setting(c: &Ctx, out: &mut Vec<Fact<Setting>>) {
    let n = c.future_from.min(c.toks.len());
    for i in 0..n {
        let tele = if c.is_any(
            i,
            &[
                "telehealth",
                "telemedicine",
                "teletherapy",
                "telepsychology",
            ],
        ) {
            Some(1)
        } else if (c.is_any(i, &["video", "zoom", "virtual"])
            && c.is_any(i + 1, &["session", "visit", "call", "appointment"]))
            || (c.is_any(i, &["phone", "telephone"])
                && c.is_any(i + 1, &["session", "visit", "appointment"]))
            || (c.is_any(i, &["by", "via", "over", "on"]) && c.is_any(i + 1, &["video", "zoom"]))
            || (c.descriptor
                && c.is_any(i, &["by", "via"])
                && c.is_any(i + 1, &["phone", "telephone"]))
        {
            Some(2)
        } else {
            None
        };
        if let Some(len) = tele {
            // "switched from telehealth", "instead of video", "not telehealth"
            if i > 0 && c.is_any(i - 1, &["from", "of", "not", "no"]) {
                continue;
            }
            // "asked about switching to telehealth", "prefers telehealth": a wish, not today.
            if word_before(c, i, TELEHEALTH_WISHES, false) {
                continue;
            }
            out.push(c.fact(Setting::Telehealth, i, i + len));
            continue;
        }
        let len = if c.seq(i, &["in", "person"])
            || c.seq(i, &["in", "office"])
            || c.seq(i, &["in", "clinic"])
        {
            2
        } else if c.seq(i, &["face", "to", "face"])
            || (c.is(i, "in")
                && c.is_any(i + 1, &["the", "my", "our"])
                && c.is_any(i + 2, &["office", "clinic"]))
        {
            3
        } else if c.is(i, "office") && c.is_any(i + 1, &["visit", "session"]) {
            out.push(c.fact(Setting::InPerson, i, i + 2));
            continue;
        } else if c.is_any(i, &["home", "school"])
            && c.is(i + 1, "visit")
            && !c.is(i + 2, "to")
            && (c.item_start(i) || c.is_any(i - 1, &["a", "this", "today's"]))
        {
            // "Home visit with Leo and his mom", the labels' "home visit" (not "a home visit
            // to her grandmother")
            if c.descriptor {
                out.push(c.fact(Setting::InPerson, i, i + 2));
            }
            continue;
        } else if c.is(i, "at")
            && c.is(i + 1, "the")
            && c.is_any(i + 2, &["office", "clinic"])
            && (c.item_start(i) || c.is_any(i - 1, &["seen", "session", "visit", "met", "saw"]))
        {
            // "seen at the clinic" (not "she was at the clinic for bloodwork")
            if c.descriptor && (c.item_end(i + 3) || c.is_any(i + 3, &["today", "with"])) {
                out.push(c.fact(Setting::InPerson, i, i + 3));
            }
            continue;
        } else {
            continue;
        };
        let opens = c.item_start(i)
            || c.is_any(
                i - 1,
                &["seen", "session", "visit", "met", "saw", "meeting", "was"],
            )
            || c.is_any(i - 1, MINUTE_UNITS)
            || c.is_any(i - 1, HOUR_UNITS);
        let closes = c.item_end(i + len)
            || c.is_any(
                i + len,
                &["session", "visit", "today", "for", "with", "and"],
            );
        if c.descriptor && opens && closes {
            out.push(c.fact(Setting::InPerson, i, i + len));
        }
    }
}

fn modality(c: &Ctx, out: &mut Vec<Fact<Modality>>) {
    let n = c.future_from.min(c.toks.len());
    let not_other_session =
        |i: usize| i == 0 || !c.is_any(i - 1, &["next", "a", "another", "separate", "future"]);
    for i in 0..n {
        // "talked about the family therapy she had as a kid", "recommended couples therapy",
        // "couples therapy years ago": not how this session was held.
        if word_before(c, i, OTHER_SESSION_WORDS, false)
            || word_before(c, i, NOT_HELD_YET, false)
            || word_before(c, i, MODALITY_TOLD_OF, false)
            || (i + 2..i + 4).any(|k| dated_elsewhere(c, k))
        {
            continue;
        }
        let kind_words = [
            "session",
            "therapy",
            "psychotherapy",
            "counseling",
            "counselling",
        ];
        let couples = (c.is_any(i, &["couples", "couple", "couple's"])
            && c.is_any(
                i + 1,
                &["session", "therapy", "counseling", "counselling", "work"],
            ))
            || (c.is_any(i, &["premarital", "marital", "marriage", "conjoint"])
                && c.is_any(i + 1, &kind_words));
        if couples {
            out.push(c.fact(Modality::Couples, i, i + 2));
        } else if c.is(i, "family") && c.is_any(i + 1, &kind_words) && not_other_session(i) {
            out.push(c.fact(Modality::Family, i, i + 2));
        } else if c.is(i, "group")
            && ((c.is_any(i + 1, &kind_words) && not_other_session(i))
                || (c.clause.id == 1 && i <= 3 && c.toks.get(i + 1).is_some_and(Tok::is_comma)))
        {
            out.push(c.fact(Modality::Group, i, i + 1));
        } else if c.is(i, "individual")
            && (c.is_any(i + 1, &kind_words)
                || c.is_any(i + 1, &["intake", "visit", "appointment", "evaluation"])
                || (c.word(i + 1).is_some() && c.is(i + 2, "session")))
        {
            let end = if c.is(i + 2, "session") { i + 3 } else { i + 2 };
            out.push(c.fact(Modality::Individual, i, end));
        }
    }
}

fn intake(c: &Ctx, out: &mut Vec<Fact<bool>>) {
    let n = c.future_from.min(c.toks.len());
    for i in 0..n {
        // "She had a diagnostic evaluation for ADHD last year", "referred for an intake".
        if word_before(c, i, OTHER_SESSION_WORDS, false)
            || word_before(c, i, NOT_HELD_YET, false)
            || word_before(c, i, MODALITY_TOLD_OF, false)
            || (i + 1..i + 6).any(|k| dated_elsewhere(c, k) || c.seq(k, &["last", "year"]))
        {
            continue;
        }
        if c.is(i, "intake") {
            let opens = c.item_start(i) || c.is_any(i - 1, &["an", "this", "today's", "our"]);
            let closes = c.item_end(i + 1)
                || c.is_any(
                    i + 1,
                    &[
                        "for",
                        "session",
                        "evaluation",
                        "assessment",
                        "appointment",
                        "visit",
                        "with",
                        "today",
                    ],
                );
            if opens && closes {
                out.push(c.fact(true, i, i + 1));
            }
        } else if c.is_any(i, &["initial", "diagnostic"])
            && c.is_any(i + 1, &["evaluation", "assessment", "interview"])
            && c.descriptor
        {
            out.push(c.fact(true, i, i + 2));
        }
    }
}

fn client_absent(c: &Ctx, out: &mut Vec<Fact<bool>>) {
    let n = c.future_from.min(c.toks.len());
    for i in 0..n {
        let len = if c.is(i, "without")
            && c.is_any(i + 1, &["the", "our"])
            && c.is_any(i + 2, &["client", "patient"])
        {
            3
        } else if c.seq(i, &["client", "not", "present"]) || c.seq(i, &["parents", "only"]) {
            if c.is(i, "parents") {
                2
            } else {
                3
            }
        } else {
            continue;
        };
        if c.descriptor {
            out.push(c.fact(true, i, i + len));
        }
    }
}

/// The role a label names ("mom" -> mother, "Vietnamese interpreter" -> interpreter), or
/// `None` for a person's name.
pub fn role_of(label: &str) -> Option<&'static str> {
    let clause = Clause {
        id: 1,
        text: label.to_string(),
        start: 0,
        end: label.len(),
    };
    let c = Ctx::new(&clause, true);
    (0..c.toks.len())
        .find_map(|i| role_at(&c, i))
        .map(|(r, _)| r)
}

/// A role word at `i` (and its length): "mom" → mother, "case manager" → case manager.
fn role_at(c: &Ctx, i: usize) -> Option<(&'static str, usize)> {
    if c.seq(i, &["case", "manager"]) {
        return Some(("case manager", 2));
    }
    let role = match c.word(i)? {
        "mom" | "mother" | "mum" => "mother",
        "dad" | "father" => "father",
        "parents" => "parents",
        "husband" | "wife" | "spouse" | "partner" | "boyfriend" | "girlfriend" | "fiance"
        | "fiancee" | "fiancé" | "fiancée" => "partner",
        "interpreter" | "translator" => "interpreter",
        "sister" | "brother" | "sibling" => "sibling",
        "grandmother" | "grandma" | "grandfather" | "grandpa" | "grandparent" => "grandparent",
        "guardian" => "guardian",
        "caregiver" => "caregiver",
        _ => return None,
    };
    Some((role, 1))
}

fn attendees(c: &Ctx, out: &mut Vec<Fact<String>>) {
    let n = c.future_from.min(c.toks.len());
    // The "with" that lists who came: "Family session, forty minutes, Liam, with mom and dad".
    let listed_after = (0..n).find(|&k| {
        c.is(k, "with") && (0..k).any(|j| c.is_any(j, &["session", "therapy", "visit", "intake"]))
    });
    for i in 0..n {
        let Some((role, len)) = role_at(c, i) else {
            continue;
        };
        let mut p = i;
        if p > 0 && c.is_any(p - 1, POSSESSIVES) {
            p -= 1;
        }
        let after = i + len;
        // "interpreter present", "with mom in the room"
        let present = c.is_any(after, &["present", "attending", "joining", "participating"])
            || (p > 0
                && c.is(p - 1, "with")
                && c.seq(after, &["in", "the"])
                && c.is_any(after + 2, &["room", "session"]));
        // "mom joined for the last ten minutes", "Mom came on the call at the end"
        // Not "mom joined a gym", "dad attended her graduation", "sister was present when he
        // hit her", "sat in the car".
        let joined = (c.is_any(after, &["joined", "attended", "participated"])
            && this_session_follows(c, after + 1))
            || ((c.seq(after, &["was", "present"]) || c.seq(after, &["sat", "in"]))
                && this_session_follows(c, after + 2))
            || (c.is(after, "came")
                && c.is_any(after + 1, &["in", "on", "to"])
                && this_session_follows(c, after + 2));
        // "Family session with the Nguyen family, mom, dad, and Bao"
        let listed = c.descriptor
            && listed_after.is_some_and(|k| p > k)
            && (c.toks[p - 1].is_comma() || c.is_any(p - 1, &["and", "with"]))
            && (c.item_end(after) || c.is(after, "and"));
        if present || joined || listed {
            if role == "parents" {
                out.push(c.fact("mother".to_string(), i, after));
                out.push(c.fact("father".to_string(), i, after));
            } else {
                out.push(c.fact(role.to_string(), i, after));
            }
        }
    }
}

/// The words after "joined", "attended", "was present", "came in" keep it about this session
/// ("joined for the last ten minutes", "joined the call", "was present throughout"), not
/// another event ("joined a gym", "attended her graduation", "was present when he hit her").
fn this_session_follows(c: &Ctx, k: usize) -> bool {
    let elsewhere = c.is_any(
        k,
        &[
            "when", "while", "as", "a", "an", "his", "her", "their", "my", "our", "its", "him",
            "them",
        ],
    ) || (c.is(k, "the")
        && !c.is_any(
            k + 1,
            &[
                "session",
                "call",
                "visit",
                "last",
                "first",
                "end",
                "start",
                "beginning",
                "second",
                "final",
                "video",
                "meeting",
            ],
        ))
        || (c.is_any(k, &["during", "at"])
            && !(c.seq(k + 1, &["the", "session"])
                || c.seq(k + 1, &["the", "end"])
                || c.seq(k + 1, &["the", "start"])
                || c.is(k + 1, "session")));
    !elsewhere
}

/// A measure's name at `i`: its kind and the index after the name.
fn measure_name(c: &Ctx, i: usize) -> Option<(MeasureKind, usize)> {
    let w = c.word(i)?;
    let numbered =
        |k: MeasureKind, digit: &str, word: &str, at: usize| -> Option<(MeasureKind, usize)> {
            if c.is_any(at, &[digit, word]) {
                Some((k, at + 1))
            } else {
                None
            }
        };
    match w {
        "phq9" => Some((MeasureKind::Phq9, i + 1)),
        "gad7" => Some((MeasureKind::Gad7, i + 1)),
        "pcl5" => Some((MeasureKind::Pcl5, i + 1)),
        "ybocs" => Some((MeasureKind::Ybocs, i + 1)),
        "cssrs" | "columbia" => Some((MeasureKind::Cssrs, i + 1)),
        // The instrument is written AUDIT; a lower-case "audit" is one only when it says score.
        "audit"
            if !c.is(i + 1, "c")
                && (c.clause.text.get(c.toks[i].start..c.toks[i].end) == Some("AUDIT")
                    || c.is_any(i + 1, &["score", "scores", "scored", "total", "screen"])) =>
        {
            Some((MeasureKind::Audit, i + 1))
        }
        "phq" => numbered(MeasureKind::Phq9, "9", "nine", i + 1),
        "gad" => numbered(MeasureKind::Gad7, "7", "seven", i + 1),
        "pcl" => numbered(MeasureKind::Pcl5, "5", "five", i + 1),
        "y" if c.is(i + 1, "bocs") => Some((MeasureKind::Ybocs, i + 2)),
        "c" if c.is(i + 1, "ssrs") => Some((MeasureKind::Cssrs, i + 2)),
        "p" if c.seq(i + 1, &["h", "q"]) => numbered(MeasureKind::Phq9, "9", "nine", i + 3),
        _ => None,
    }
}

const SCORE_FILLERS: &[&str] = &[
    "score", "scored", "scores", "is", "was", "of", "total", "today", "came", "back", "now",
    "this", "week", "at", "were", "result", "in", "a",
];

fn measures(c: &Ctx, out: &mut Vec<Measure>) {
    let n = c.toks.len();
    let mut i = 0;
    // Where the last name without a score of its own ended: "PHQ-9 and GAD-7 were 14" does
    // not say which of the two scored 14.
    let mut unscored_end: Option<usize> = None;
    while i < n {
        let Some((kind, name_end)) = measure_name(c, i) else {
            i += 1;
            continue;
        };
        let joined = unscored_end.is_some_and(|e| {
            e + 1 == i
                && (c.is_any(e, &["and", "or", "&"]) || c.toks.get(e).is_some_and(Tok::is_comma))
        });
        // "her mother's PHQ-9 was 20": someone else's score.
        let others = i >= 1
            && c.word(i - 1).is_some_and(|w| {
                w.ends_with("'s") && !["client's", "patient's", "pt's", "today's"].contains(&w)
            });
        let found = if joined || others {
            None
        } else if kind == MeasureKind::Cssrs {
            screen_result(c, i, name_end)
        } else {
            total_score(c, kind, i, name_end)
        };
        unscored_end = found.is_none().then_some(name_end);
        if let Some(m) = found {
            out.push(m);
        }
        i = name_end;
    }
}

/// "PHQ nine fourteen, down from seventeen", "Y-BOCS today twenty-two", "PDSS went from
/// eighteen to four", "scored 14 on the PHQ-9".
fn total_score(c: &Ctx, kind: MeasureKind, start: usize, name_end: usize) -> Option<Measure> {
    let in_range = |v: u32| v <= kind.max();
    let mut j = name_end;
    let mut skipped = 0;
    while skipped < 3
        && (c.is_any(j, SCORE_FILLERS) || c.toks.get(j).is_some_and(|t| t.punct && t.text != ";"))
    {
        j += 1;
        skipped += 1;
    }
    if c.seq(j, &["down", "to"]) || c.seq(j, &["up", "to"]) {
        j += 2;
    }
    let (mut score, mut previous, mut end);
    let moved;
    if c.is_any(
        j,
        &[
            "went",
            "dropped",
            "fell",
            "rose",
            "moved",
            "improved",
            "decreased",
            "increased",
        ],
    ) && c.is(j + 1, "from")
    {
        let (from, k) = number::cardinal(&c.toks, j + 2)?;
        if !c.is(k, "to") {
            return None;
        }
        let (to, k2) = number::cardinal(&c.toks, k + 1)?;
        score = to;
        previous = Some(from);
        end = k2;
        moved = true;
    } else if let Some((v, k)) = number::cardinal(&c.toks, j) {
        score = v;
        previous = None;
        end = k;
        moved = false;
    } else {
        return reverse_score(c, kind, start, name_end);
    }
    if c.is_any(end, OTHER_UNITS) {
        return None;
    }
    if !moved {
        // "twelve out of twenty-one", "14 of 27": only the instrument's own maximum.
        let of = if c.seq(end, &["out", "of"]) {
            Some(end + 2)
        } else if c.is(end, "of") {
            Some(end + 1)
        } else {
            None
        };
        if let Some(k) = of {
            let (total, k2) = number::cardinal(&c.toks, k)?;
            if total != kind.max() {
                return None;
            }
            end = k2;
        } else if let Some((total, k2)) = number::cardinal(&c.toks, end) {
            // "12/21" as written: the second number must be the maximum, else it is a date.
            if total != kind.max() {
                return None;
            }
            end = k2;
        }
        if let Some((fixed, k)) = correction(c, end) {
            score = fixed;
            end = k;
        }
    }
    if dated_elsewhere(c, end) {
        return if moved {
            None
        } else {
            current_after(c, kind, start, score, end)
        };
    }
    if another_number_follows(c, end, true) {
        return None;
    }
    // ", down from seventeen" / "up from sixteen" / "from twenty-nine"
    let mut k = end;
    if c.toks.get(k).is_some_and(Tok::is_comma) {
        k += 1;
    }
    if c.is_any(k, &["down", "up"]) {
        k += 1;
    }
    if previous.is_none() && c.is(k, "from") {
        if let Some((v, k2)) = number::cardinal(&c.toks, k + 1) {
            if !c.is_any(k2, OTHER_UNITS) {
                previous = Some(v);
                end = k2;
            }
        }
    }
    if !in_range(score) || previous.is_some_and(|p| !in_range(p)) {
        return None;
    }
    Some(Measure {
        kind,
        score: Score::Points(score),
        previous,
        clause: c.clause.id,
        quote: c.quote(start, end),
    })
}

/// After a baseline ("nineteen at intake"), this session's score said with "now" or "today"
/// ("now eleven", "24 today") before any other measure is named; else nothing.
fn current_after(
    c: &Ctx,
    kind: MeasureKind,
    start: usize,
    baseline: u32,
    from: usize,
) -> Option<Measure> {
    let stop = (from + 8).min(c.toks.len());
    for j in from..stop {
        if measure_name(c, j).is_some() {
            return None;
        }
        let Some((v, k)) = number::cardinal(&c.toks, j) else {
            continue;
        };
        let now = |i: usize| c.is_any(i, &["now", "today"]) || c.seq(i, &["this", "week"]);
        let bound = (j > 0 && now(j - 1)) || now(k);
        if !bound
            || c.is_any(k, OTHER_UNITS)
            || v > kind.max()
            || baseline > kind.max()
            || another_number_follows(c, k, true)
        {
            return None;
        }
        let end = if now(k) { k + 1 } else { k };
        return Some(Measure {
            kind,
            score: Score::Points(v),
            previous: Some(baseline),
            clause: c.clause.id,
            quote: c.quote(start, end),
        });
    }
    None
}

/// "scored 14 on the PHQ-9": the number comes before the name.
fn reverse_score(c: &Ctx, kind: MeasureKind, start: usize, name_end: usize) -> Option<Measure> {
    let mut k = start;
    if k > 0 && c.is(k - 1, "the") {
        k -= 1;
    }
    if k == 0 || !c.is(k - 1, "on") {
        return None;
    }
    let on = k - 1;
    for from in on.saturating_sub(3)..on {
        if let Some((v, end)) = number::cardinal(&c.toks, from) {
            let led = from > 0 && c.is_any(from - 1, &["scored", "score", "a", "at"]);
            let item = from >= 2 && c.is(from - 2, "item");
            if end == on && led && !item && v <= kind.max() && !dated_elsewhere(c, name_end) {
                return Some(Measure {
                    kind,
                    score: Score::Points(v),
                    previous: None,
                    clause: c.clause.id,
                    quote: c.quote(from - 1, name_end),
                });
            }
        }
    }
    None
}

/// "Columbia screen today positive for ideation", "C-SSRS negative", "positive on the C-SSRS".
fn screen_result(c: &Ctx, start: usize, name_end: usize) -> Option<Measure> {
    let result = |w: &str| match w {
        "positive" => Some(Score::Positive),
        "negative" => Some(Score::Negative),
        _ => None,
    };
    let mut j = name_end;
    let mut skipped = 0;
    while skipped < 4
        && (c.is_any(
            j,
            &[
                "screen",
                "screening",
                "scale",
                "today",
                "was",
                "is",
                "came",
                "back",
                "result",
                "protocol",
            ],
        ) || c.toks.get(j).is_some_and(|t| t.text == ":" || t.is_comma()))
    {
        j += 1;
        skipped += 1;
    }
    if let Some(score) = c.word(j).and_then(result) {
        if dated_elsewhere(c, j + 1) {
            return None;
        }
        return Some(Measure {
            kind: MeasureKind::Cssrs,
            score,
            previous: None,
            clause: c.clause.id,
            quote: c.quote(start, j + 1),
        });
    }
    let mut k = start;
    if k > 0 && c.is(k - 1, "the") {
        k -= 1;
    }
    if k >= 2 && c.is(k - 1, "on") {
        if let Some(score) = c.word(k - 2).and_then(result) {
            if dated_elsewhere(c, name_end) {
                return None;
            }
            return Some(Measure {
                kind: MeasureKind::Cssrs,
                score,
                previous: None,
                clause: c.clause.id,
                quote: c.quote(k - 2, name_end),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clauses::split_clauses;

    fn facts(memo: &str) -> SessionFacts {
        extract(&split_clauses(memo))
    }

    fn minutes(memo: &str) -> Option<u32> {
        facts(memo).minutes.map(|f| f.value)
    }

    fn score(memo: &str, kind: MeasureKind) -> Option<(Score, Option<u32>)> {
        facts(memo).measure(kind).map(|m| (m.score, m.previous))
    }

    #[test]
    fn durations_as_dictated() {
        assert_eq!(
            minutes("Session six, Brianna, telehealth, fifty minutes."),
            Some(50)
        );
        assert_eq!(
            minutes("Fifty-minute telehealth session with Ana."),
            Some(50)
        );
        assert_eq!(minutes("Session with Ana, 50 min, in person."), Some(50));
        assert_eq!(minutes("Intake, Olivia, in person, an hour."), Some(60));
        assert_eq!(
            minutes("Session with Ana, an hour and ten, in person."),
            Some(70)
        );
        assert_eq!(minutes("IOP group, three hours, note for Luis."), Some(180));
        assert_eq!(minutes("The session lasted about forty minutes."), Some(40));
        assert_eq!(minutes("We met for fifty minutes."), Some(50));
        assert_eq!(
            minutes("Session two, fifty, sorry, forty-five minutes, in office."),
            Some(45)
        );
    }

    #[test]
    fn other_minutes_are_not_the_session() {
        for memo in [
            "Goal: fall asleep within thirty minutes most nights.",
            "Did imaginal exposure to the convoy memory for forty minutes, then processing.",
            "She's down to about, um, an hour and fifteen minutes of washing a day.",
            "I met with each of them separately for ten minutes.",
            "Session four, in person. Mom joined for the last ten minutes.",
            "Homework: one twenty-minute budget talk, next session in two weeks.",
            "In session we did exposure for forty-five minutes.",
            "Bedtime takes two hours.",
            "She sat in her car for an hour.",
        ] {
            assert_eq!(minutes(memo), None, "{memo}");
        }
    }

    #[test]
    fn conflicting_durations_are_dropped() {
        assert_eq!(
            minutes("Session three, fifty minutes. Actually the session lasted thirty minutes."),
            None
        );
    }

    #[test]
    fn session_numbers() {
        let n = |m: &str| facts(m).number.map(|f| f.value);
        assert_eq!(n("Session three with Diane, in office."), Some(3));
        assert_eq!(
            n("Cognitive processing therapy, session twenty-three, Tasha."),
            Some(23)
        );
        assert_eq!(n("Session #12 with Sofia."), Some(12));
        assert_eq!(n("This was our fourth session."), Some(4));
        assert_eq!(
            n("First session back with Jordan since the discharge."),
            None
        );
        assert_eq!(n("Plan: next session in two weeks."), None);
        assert_eq!(n("She can book a booster session any time."), None);
        assert_eq!(n("Anger management group, week six of ten."), Some(6));
        assert_eq!(n("Family session next week, session two with dad."), None);
        assert_eq!(n("Pt 45 min in person, sess 8, AUD f/u."), Some(8));
        assert_eq!(
            n("DBT skills group, week four of twelve, eight members."),
            Some(4)
        );
        assert_eq!(n("She has been sober for week four of twelve."), None);
    }

    #[test]
    fn setting_and_modality() {
        let f = facts(
            "Couples session six, Nina and Rob, in person. Plan: individual sessions for each.",
        );
        assert_eq!(f.setting.map(|s| s.value), Some(Setting::InPerson));
        assert_eq!(f.modality.map(|s| s.value), Some(Modality::Couples));
        let f = facts("Video session with Glenn, fifty-one, session eleven.");
        assert_eq!(f.setting.map(|s| s.value), Some(Setting::Telehealth));
        assert_eq!(f.number.map(|s| s.value), Some(11));
        let f = facts("Session ten. Plan: diary card daily, family session next week.");
        assert_eq!(f.modality, None);
        let f = facts("Session two. She found out about it in the office from her boss.");
        assert_eq!(f.setting, None);
        let f = facts("Social skills group, six kids, forty-five minutes, note for Leo.");
        assert_eq!(f.modality.map(|s| s.value), Some(Modality::Group));
        let f = facts("Session four. I'll send him the grief group schedule.");
        assert_eq!(f.modality, None);
        let f = facts("Session five, telehealth. Next week we meet in person.");
        assert_eq!(f.setting.map(|s| s.value), Some(Setting::Telehealth));
        let f = facts("Switched from telehealth to in person today, session three.");
        assert_eq!(f.setting, None);
    }

    #[test]
    fn measures_words_and_digits() {
        use MeasureKind::*;
        assert_eq!(
            score("PHQ nine fourteen, down from seventeen.", Phq9),
            Some((Score::Points(14), Some(17)))
        );
        assert_eq!(
            score("PHQ-9 of 14 today.", Phq9),
            Some((Score::Points(14), None))
        );
        assert_eq!(
            score("PHQ nine is nineteen, up from sixteen.", Phq9),
            Some((Score::Points(19), Some(16)))
        );
        assert_eq!(
            score("GAD seven twelve, PHQ nine nine.", Phq9),
            Some((Score::Points(9), None))
        );
        assert_eq!(
            score("GAD seven twelve, PHQ nine nine.", Gad7),
            Some((Score::Points(12), None))
        );
        assert_eq!(
            score("Y-BOCS twenty, down from twenty-eight at intake.", Ybocs),
            Some((Score::Points(20), Some(28)))
        );
        assert_eq!(
            score("PCL five forty-eight.", Pcl5),
            Some((Score::Points(48), None))
        );
        assert_eq!(
            score("She scored 12 on the AUDIT.", Audit),
            Some((Score::Points(12), None))
        );
        assert_eq!(
            score("AUDIT score of eighteen.", Audit),
            Some((Score::Points(18), None))
        );
        assert_eq!(
            score(
                "Columbia screen today positive for ideation without method.",
                Cssrs
            ),
            Some((Score::Positive, None))
        );
        assert_eq!(
            score("C-SSRS screen negative.", Cssrs),
            Some((Score::Negative, None))
        );
        assert_eq!(
            score("PHQ nine fourteen, sorry, sixteen.", Phq9),
            Some((Score::Points(16), None))
        );
    }

    #[test]
    fn not_scores() {
        use MeasureKind::*;
        assert_eq!(score("Plan: recheck PHQ nine in two weeks.", Phq9), None);
        assert_eq!(score("We did a time audit of her week.", Audit), None);
        assert_eq!(score("PHQ nine forty.", Phq9), None, "out of range");
        assert_eq!(
            score("PHQ two was three.", Phq9),
            None,
            "PHQ-2 is another measure"
        );
        assert_eq!(score("Used the ASQ questions.", Cssrs), None);
        assert_eq!(
            score("PHQ nine fourteen. Later PHQ nine sixteen.", Phq9),
            None
        );
    }

    #[test]
    fn intake_attendees_and_billing() {
        let f = facts("Intake, Olivia Brandt, thirty-four, in person, sixty minutes.");
        assert!(f.intake.is_some());
        assert_eq!(f.billing().unwrap().code, "90791");
        let f = facts("Y-BOCS twenty, down from twenty-eight at intake.");
        assert!(f.intake.is_none());
        let f =
            facts("Follow-up visit, Mr. Okafor, thirty minutes, with his case manager present.");
        assert_eq!(f.attendees[0].value, "case manager");
        assert_eq!(f.billing().unwrap().code, "90832");
        let f = facts(
            "Family session with the Nguyen family, mom, dad, and Bao, twelve, sixty minutes.",
        );
        let roles: Vec<&str> = f.attendees.iter().map(|a| a.value.as_str()).collect();
        assert_eq!(roles, ["mother", "father"]);
        assert_eq!(f.billing().unwrap().code, "90847");
        let f = facts("Play therapy session with Maya, age seven, mom in the waiting room.");
        assert!(f.attendees.is_empty());
        let f = facts("Session six, telehealth, fifty minutes.");
        let b = f.billing().unwrap();
        assert_eq!(b.code, "90834");
        assert!(b.rule.contains("38–52"), "{}", b.rule);
        assert_eq!(facts("Session six, telehealth.").billing(), None);
        assert_eq!(
            facts("Session six, in person, sixty minutes.")
                .billing()
                .unwrap()
                .code,
            "90837"
        );
        assert_eq!(
            facts("Session six, in person, ten minutes.").billing(),
            None
        );
        let g = facts("Anger management group, ninety minutes, note for Derek.");
        assert_eq!(g.billing().unwrap().code, "90853");
    }

    #[test]
    fn quotes_are_the_memo_words() {
        let memo = "Session six, Brianna, telehealth, fifty minutes. PHQ nine fourteen, down from seventeen.";
        let f = facts(memo);
        assert_eq!(f.minutes.as_ref().unwrap().quote, "fifty minutes");
        assert_eq!(f.setting.as_ref().unwrap().quote, "telehealth");
        assert_eq!(
            f.measures[0].quote,
            "PHQ nine fourteen, down from seventeen"
        );
        assert_eq!(f.measures[0].clause, 2);
        for q in [&f.minutes.as_ref().unwrap().quote, &f.measures[0].quote] {
            assert!(memo.contains(q.as_str()));
        }
    }
}
