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

mod bind;
mod measures;
mod number;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_numbers;
mod tokens;

use crate::clauses::Clause;
use bind::{
    another_number_follows, dated_elsewhere, word_before, MODALITY_TOLD_OF, NOT_HELD_YET,
    OTHER_SESSION_WORDS, TELEHEALTH_WISHES,
};
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
        measures::measures(&c, &mut found.measures);
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
        risk: false,
        risk_free: false,
        risk_elsewhere: false,
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
