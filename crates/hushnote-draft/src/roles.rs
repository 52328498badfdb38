//! Clause roles: what a memo clause does, independent of the note format (FORMATS.md §2).
//!
//! Every format files the same kinds of statement in its own sections: the client's account, the
//! clinician's observations, scores, interventions, the client's response, the clinician's
//! assessment, the treatment goal, risk statements, plans and coordination. A clause is given one
//! of these roles by cue rules written from clinical documentation conventions (not from any one
//! corpus): who is the subject and what kind of verb follows ("she says" is a report, "we
//! practised" an intervention), named instruments with a number (a measure), mental-status
//! vocabulary without a reporting verb (an observation), forward-looking wording (a plan), other
//! providers and reports (coordination), impression wording (an assessment). Two rules look at
//! the clause before: a client's reaction right after an intervention is their response, and a
//! bare continuation of a risk disclosure ("no plan, no intent") stays a risk statement.
//!
//! [`crate::formats`] maps roles to each format's sections. Measured on the shared development
//! corpus and on memos written apart from these rules (`scripts/eval.sh --corpus`).

use regex::Regex;
use std::sync::OnceLock;

/// The universal clause roles (FORMATS.md §2), with the risk statement split into the client's
/// disclosure or denial and the clinician's risk formulation, which formats file apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Identifiers, modality, duration, attendees, referral source.
    SessionFacts,
    /// The client's (or collateral's) account: symptoms, events, history, quotes.
    ClientReport,
    /// Appearance, mental status, behaviour in session.
    ClinicianObservation,
    /// Named scales and scores, screens, weights.
    Measure,
    /// What the clinician did.
    Intervention,
    /// The client's reaction to the intervention.
    ClientResponse,
    /// Impression, formulation, diagnosis, progress.
    Assessment,
    /// Which treatment goal or problem; the client's stated goal.
    GoalLink,
    /// A risk disclosure or denial, means, protective factors.
    RiskStatement,
    /// The clinician's risk formulation or level.
    RiskFormulation,
    /// Next session, homework, referral.
    Plan,
    /// Other providers, releases, reports filed.
    Coordination,
}

impl Role {
    /// Every role, in the order of FORMATS.md §2.
    pub const ALL: [Role; 12] = [
        Role::SessionFacts,
        Role::ClientReport,
        Role::ClinicianObservation,
        Role::Measure,
        Role::Intervention,
        Role::ClientResponse,
        Role::Assessment,
        Role::GoalLink,
        Role::RiskStatement,
        Role::RiskFormulation,
        Role::Plan,
        Role::Coordination,
    ];

    /// The role's name as in format files and the corpus (`client_report`).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::SessionFacts => "session_facts",
            Role::ClientReport => "client_report",
            Role::ClinicianObservation => "clinician_observation",
            Role::Measure => "measure",
            Role::Intervention => "intervention",
            Role::ClientResponse => "client_response",
            Role::Assessment => "assessment",
            Role::GoalLink => "goal_link",
            Role::RiskStatement => "risk_statement",
            Role::RiskFormulation => "risk_formulation",
            Role::Plan => "plan",
            Role::Coordination => "coordination",
        }
    }

    /// Parses a role name (`client_report`; `safety_action` is not a role but a flag).
    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(name.trim()))
    }
}

/// A clause's reading: its role, whether it is a safety action (safety plan, means restriction,
/// crisis line, protective-services report, duty-to-warn consultation: iCARE files these under
/// Risk and crisis whatever their role), and whether a cue decided it (`false`: nothing in the
/// clause said what it is, and the client's report is the default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub role: Role,
    pub safety: bool,
    pub cued: bool,
    /// The client agreeing to a next step ("agreed to call her sister"): the client's
    /// response, which a client summary files under what was agreed.
    pub agreement: bool,
}

/// Reads each clause of a memo in order (the rules look at the clause before).
pub fn read_all<'a>(texts: impl IntoIterator<Item = &'a str>) -> Vec<Reading> {
    read_all_with_risk(texts.into_iter().map(|t| (t, false, false, false)))
}

/// [`read_all`], where each clause also says whether the risk rules found something about the
/// client in it (`Clause::risk`). Such a clause that the cues took for the client's account is
/// a risk statement: the cues know fewer risk wordings than the risk rules ("thinks about
/// killing the partner every day", "on the rum most nights"), and iCARE and the client summary
/// file the two apart (FORMATS §2).
///
/// Conversely, a clause the cues took for a risk statement on a keyword alone, where the risk
/// rules found nothing at all in it or beside it (`risk_free`) and which names no risk or
/// safety in clinical words, is the client's account: the rules read "dead on her feet" and
/// "shots of espresso" in their other sense.
pub fn read_all_with_risk<'a>(
    clauses: impl IntoIterator<Item = (&'a str, bool, bool, bool)>,
) -> Vec<Reading> {
    let mut out: Vec<Reading> = Vec::new();
    let c = cues();
    for (t, risk, risk_free, elsewhere) in clauses {
        let mut r = read(t, out.last().copied());
        if risk && r.role == Role::ClientReport && !r.safety {
            r.role = Role::RiskStatement;
            r.cued = true;
            out.push(r);
            continue;
        }
        if r.role != Role::RiskStatement || r.safety {
            out.push(r);
            continue;
        }
        let n = normalise(t);
        // Protective factors never make a risk finding of their own.
        let protective = c.protective.is_match(&n);
        // A clause that names risk or safety in clinical words ("no safety concerns came
        // up", "hedged passive ideation") is a risk statement whatever the rules found.
        if risk_free && !c.names_risk.is_match(&n) && !protective {
            r.role = Role::ClientReport;
        } else if elsewhere
            && !risk
            && !protective
            && !c.asks.is_match(&n)
            // Not the clinician's verbless formulation ("no abuse indicators", "likely
            // physical abuse by a household member").
            && !c.verbless_formulation.is_match(&n)
            && !n.starts_with("no ")
            && !n.starts_with("likely ")
            // Told as the client's account: a subject or a reporting verb.
            && (client_subject(t) || c.report_verb.is_match(&n) || c.third_party.is_match(&n))
        {
            // "Her hallmate died by suicide last week": someone else's risk, old history or
            // a joke, told by the client, is their account.
            r.role = Role::ClientReport;
        }
        out.push(r);
    }
    out
}

/// Reads one clause; `prev` is the reading of the clause before it in the memo: the cue rules
/// below, then the learned role net ([`crate::roles_net::combine`]) for a clause no cue
/// decided (never for risk).
pub fn read(text: &str, prev: Option<Reading>) -> Reading {
    crate::roles_net::combine(text, prev, read_by_cues(text, prev))
}

/// The cue rules' reading of one clause.
///
/// The order of the checks is the order of precedence: a clause that opens by naming its part
/// of the note ("Plan: ...", "Goal: ...") is that part; a risk disclosure is filed as risk
/// whatever else it says (a safety action keeps its role, flagged); then session facts, goals,
/// scores, coordination, plans, the clinician's actions, the client's reactions, the client's
/// account, observations and impressions.
pub(crate) fn read_by_cues(text: &str, prev: Option<Reading>) -> Reading {
    let c = cues();
    let lower = normalise(text);
    let t = lower.as_str();
    let safety = c.safety.is_match(t);
    let reading = |role, cued| Reading {
        role,
        safety,
        cued,
        agreement: false,
    };
    // The client agreeing to something is their response; to a next step, also an agreement.
    let agreed = || Reading {
        agreement: c.agrees_forward.is_match(t),
        ..reading(Role::ClientResponse, true)
    };
    let prev_role = prev.map(|p| p.role);
    let subject = client_subject(text);
    let clinician_acts = c.clinician_act.is_match(t) || c.clinician_only.is_match(t);

    // A clause that names its part of the note: a dictated heading ("Intervention: ...").
    if let Some(role) = heading_role(t) {
        return reading(role, true);
    }
    if c.plan_head.is_match(t) {
        let role = if c.coordination.is_match(t) && !c.plan_word.is_match(t) {
            Role::Coordination
        } else {
            Role::Plan
        };
        return reading(role, true);
    }
    if c.presenting.is_match(t) {
        return reading(Role::ClientReport, true);
    }
    // Naming the goal is a goal link; judging progress toward it is an assessment.
    if c.goal.is_match(t) {
        let role = if c.progress.is_match(t) {
            Role::Assessment
        } else {
            Role::GoalLink
        };
        return reading(role, true);
    }
    // "Pt identified paydays as high risk" is the client's work in session, not a formulation.
    if c.risk_formulation.is_match(t) && !(subject && c.response.is_match(t)) {
        return reading(Role::RiskFormulation, true);
    }
    // Risk: strong terms always (unless a scale or a safety action carries them, or someone
    // else's event is told); weaker ones (substances, safety at home, bruises) when the client
    // tells or denies them, not when the clinician teaches about them.
    let strong = c.risk.is_match(t) && !c.risk_idiom.is_match(t);
    let weak = c.weak_risk.is_match(t) && !c.risk_idiom.is_match(t);
    let someone_else = c.third_party.is_match(t) && !c.abuse_of_client.is_match(t);
    let told = subject
        || c.denial_start.is_match(t)
        || c.report_verb.is_match(t)
        || c.report_start.is_match(t);
    // The client agreeing to something is their response, whatever it is about ("agreed not to
    // drink", "agreed to leave the rifle at his brother's").
    if c.client_agrees.is_match(t) {
        return agreed();
    }
    // The clinician's judgement ("I'd call this a lapse") is an assessment, of risk or not.
    if c.judgement.is_match(t) {
        let role = if strong || weak {
            Role::RiskFormulation
        } else {
            Role::Assessment
        };
        return reading(role, true);
    }
    // Asking about risk is part of the risk statement ("I asked whether he has had thoughts of
    // killing himself"); teaching about it is not ("we talked about the risks of mixing").
    let asks = c.asks.is_match(t);
    let risky = !someone_else
        && !safety
        && (!c.instrument.is_match(t) || (told && !c.instrument_first.is_match(t)))
        && ((strong && (!clinician_acts || asks || c.answer.is_match(t)))
            || (weak && told && !clinician_acts));
    if risky {
        let formulation = !told && c.verbless_formulation.is_match(t);
        let role = if formulation {
            Role::RiskFormulation
        } else {
            Role::RiskStatement
        };
        return reading(role, true);
    }
    if c.protective.is_match(t) && !clinician_acts {
        return reading(Role::RiskStatement, true);
    }
    if c.history.is_match(t) {
        return reading(Role::ClientReport, true);
    }
    // A bare continuation of a risk disclosure: "no plan, no intent", "most recently Sunday".
    if prev_role == Some(Role::RiskStatement) && !safety && c.continuation.is_match(t) {
        return reading(Role::RiskStatement, true);
    }
    let markers = c.session_marker.find_iter(t).count();
    // A clause that opens as session facts ("Intake with Dev, referred by his GP"), or has two
    // markers ("follow-up, twenty-five minutes, in clinic"), is session facts, unless it looks
    // ahead ("session in two days").
    if !c.report_verb.is_match(t)
        && !c.next.is_match(t)
        && ((c.session_facts.is_match(t) && !c.future.is_match(t)) || markers >= 2)
    {
        return reading(Role::SessionFacts, true);
    }
    if c.measure.is_match(t) {
        let reaction = matches!(prev_role, Some(Role::Intervention | Role::ClientResponse))
            && c.change.is_match(t);
        let role = if reaction || c.in_session_rating.is_match(t) {
            Role::ClientResponse
        } else {
            Role::Measure
        };
        return reading(role, true);
    }
    if c.clinician_noticed.is_match(t) {
        return reading(Role::ClinicianObservation, true);
    }
    // What the clinician did, told in the past tense, even if it names what comes next
    // ("scheduled next week") or a service ("explained ... adult protective services").
    let did = c.clinician_only.is_match(t) || (clinician_acts && !c.future.is_match(t));
    if did && !c.coordination_act.is_match(t) {
        return reading(Role::Intervention, true);
    }
    if c.coordination.is_match(t) && !c.client_agrees.is_match(t) {
        return reading(Role::Coordination, true);
    }
    if c.client_agrees.is_match(t) {
        return agreed();
    }
    // The client's stated willingness ("said she'll give it a shot", "wants to try it").
    if c.willing.is_match(t) {
        return reading(Role::ClientResponse, true);
    }
    if did {
        return reading(Role::Intervention, true);
    }
    // "Pt disheveled, tearful, poor eye contact, speech normal rate": a mental-status list,
    // with or without the client named first, is what the clinician saw.
    let bare = ["pt ", "client ", "patient "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t);
    if !c.report_verb.is_match(t)
        && (c.observation_start.is_match(bare) && bare != t
            || c.observation.find_iter(t).count() >= 2 && !subject)
    {
        return reading(Role::ClinicianObservation, true);
    }
    // "He says the anniversary ... is next week and he's been dreading it": a date the client
    // tells is their account, not the note's plan (a plan has its own cue or "will").
    let told_date = c.told_opening.is_match(t) && !c.plan.is_match(t);
    if c.plan.is_match(t)
        || (c.future.is_match(t) && !told_date)
        || c.imperative.is_match(t)
        || c.obligation.is_match(t)
    {
        return reading(Role::Plan, true);
    }
    // "She looked up ..." is something she did, not how she looked.
    let looked_into = c.looked_into.is_match(t);
    // "He seemed relieved and said talking helped": the reaction outweighs the look.
    if c.said_helped.is_match(t) {
        return reading(Role::ClientResponse, true);
    }
    if (c.observation_start.is_match(t) && !looked_into)
        || c.clinician_noticed.is_match(t)
        || c.presented.is_match(t)
    {
        return reading(Role::ClinicianObservation, true);
    }
    if c.response.is_match(t) {
        return reading(Role::ClientResponse, true);
    }
    // The client's reaction right after an intervention is their response; "she was calm and
    // reflective" is still how they presented.
    if matches!(prev_role, Some(Role::Intervention | Role::ClientResponse))
        && subject
        && !c.observation.is_match(t)
        && c.reaction_verb.is_match(t)
        && !c.since_last.is_match(t)
    {
        return reading(Role::ClientResponse, true);
    }
    // A technique named with a verdict on it ("Resourcing is taking hold") is an assessment.
    let verdict = c.assessment.is_match(t) && c.verdict.is_match(t);
    if c.technique.is_match(t) && !subject && !verdict {
        return reading(Role::Intervention, true);
    }
    if c.diagnostic.is_match(t) {
        return reading(Role::Assessment, true);
    }
    if subject || c.report_verb.is_match(t) || c.report_start.is_match(t) {
        return reading(Role::ClientReport, true);
    }
    if c.assessment.is_match(t) {
        return reading(Role::Assessment, true);
    }
    if c.observation.is_match(t) {
        return reading(Role::ClinicianObservation, true);
    }
    reading(Role::ClientReport, false)
}

/// The role a dictated section heading names ("Intervention: ...", "Objective - ..."), if the
/// clause opens with one. Headings of every built-in format are understood, whatever format
/// the note is drafted in: what they name is the role.
fn heading_role(t: &str) -> Option<Role> {
    let (head, rest) = t.split_once([':', '-'])?;
    if rest.trim().is_empty() {
        return None;
    }
    let role = match head.trim() {
        "subjective" | "data" | "behavior" | "behaviour" | "chief concern" | "chief concerns"
        | "history" | "presenting problem" => Role::ClientReport,
        "objective" | "mse" | "mental status" | "presentation" | "observations" => {
            Role::ClinicianObservation
        }
        "intervention" | "interventions" | "engagement" => Role::Intervention,
        "response" => Role::ClientResponse,
        "assessment" | "evaluation" | "impression" | "analysis" | "formulation" | "dx"
        | "diagnosis" => Role::Assessment,
        "goal" | "goals" | "problem" | "focus" => Role::GoalLink,
        "identifiers" | "session" => Role::SessionFacts,
        "scores" | "measures" => Role::Measure,
        _ => return None,
    };
    Some(role)
}

/// Whether the clause opens with the client (or family) as its subject: a pronoun, "client",
/// "pt", a relative, or a capitalised first name followed by a lower-case word.
fn client_subject(text: &str) -> bool {
    let t = strip_openers(text.trim());
    let mut words = t.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let first_clean: String = first
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
        .collect();
    let lower = first_clean.to_lowercase();
    let base = lower
        .split(['\'', '’'])
        .next()
        .unwrap_or_default()
        .to_string();
    const SUBJECTS: &[&str] = &[
        "she", "he", "they", "you", "client", "pt", "patient", "mom", "dad", "mother", "father",
        "parents", "both", "husband", "wife", "partner", "son", "daughter", "family",
    ];
    if SUBJECTS.contains(&base.as_str()) {
        return true;
    }
    // A name: capitalised, not a word that opens note sentences, and a verb-like word next.
    const NOT_NAMES: &[&str] = &[
        "the",
        "this",
        "that",
        "these",
        "those",
        "her",
        "his",
        "their",
        "our",
        "my",
        "plan",
        "session",
        "goal",
        "problem",
        "no",
        "not",
        "denies",
        "i",
        "we",
        "it",
        "there",
        "today",
        "next",
        "good",
        "some",
        "one",
        "two",
        "three",
        "after",
        "before",
        "when",
        "if",
        "per",
        "with",
        "in",
        "at",
        "on",
        "for",
        "from",
        "as",
        "main",
        "chief",
        "intake",
        "telehealth",
        "video",
        "overall",
        "mild",
        "moderate",
        "severe",
        "still",
        "also",
        "then",
        "now",
        "homework",
        "continue",
        "affect",
        "mood",
        "speech",
        "a",
        "an",
        "reports",
        "states",
    ];
    let capitalised = first_clean.chars().next().is_some_and(char::is_uppercase)
        && first_clean
            .chars()
            .skip(1)
            .all(|c| c.is_lowercase() || c == '\'' || c == '’');
    // The word after a name is a verb: "Jordan picked", "Andre denies", "Bao was", "and"
    // ("Malik and Sara said"); not a noun ("Health anxiety", "Worsening psychosis").
    const VERBS: &[&str] = &[
        "had", "said", "says", "can", "could", "will", "would", "did", "does", "left", "got",
        "came", "went", "took", "made", "felt", "told", "thought", "saw", "kept", "sat", "ran",
        "wrote", "drew", "chose", "gave", "brought", "found", "doesn't", "didn't", "won't",
        "can't", "also", "still", "just", "never", "really",
    ];
    const S_VERBS: &[&str] = &[
        "says",
        "denies",
        "reports",
        "states",
        "wants",
        "feels",
        "thinks",
        "admits",
        "describes",
        "endorses",
        "notes",
        "tells",
        "keeps",
        "goes",
        "does",
        "needs",
        "likes",
        "hates",
        "worries",
        "seems",
        "looks",
        "gets",
        "lives",
        "works",
        "uses",
        "drinks",
        "smokes",
        "cuts",
        "sees",
        "hears",
        "believes",
        "misses",
        "loves",
        "refuses",
        "avoids",
    ];
    let next_is_verb = words.next().is_some_and(|w| {
        let w = w
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_string();
        w.chars().next().is_some_and(char::is_lowercase)
            && (VERBS.contains(&w.as_str())
                || (w.ends_with("ed") && w.len() > 3)
                || S_VERBS.contains(&w.as_str()))
    });
    capitalised
        && next_is_verb
        && !lower.ends_with("ing")
        && !NOT_NAMES.contains(&lower.as_str())
        && !first.ends_with(',')
}

/// Drops fillers and conjunctions that open a clause ("Um, so, she said" -> "she said").
fn strip_openers(mut t: &str) -> &str {
    loop {
        let before = t;
        for f in [
            "um,", "uh,", "um ", "uh ", "so,", "so ", "and ", "but ", "then ", "okay,", "ok,",
            "also,", "also ", "well,", "Um,", "Uh,", "Um ", "Uh ", "So,", "So ", "And ", "But ",
            "Then ", "Okay,", "Ok,", "Also,", "Also ", "Well,",
        ] {
            if let Some(rest) = t.strip_prefix(f) {
                t = rest.trim_start();
            }
        }
        if t == before {
            return t;
        }
    }
}

/// Lower case, curly quotes straightened, leading fillers and conjunctions dropped.
fn normalise(text: &str) -> String {
    let lower = text.to_lowercase().replace(['’', '‘'], "'");
    strip_openers(lower.trim()).to_string()
}

/// The cue patterns, compiled once.
struct Cues {
    plan_head: Regex,
    presenting: Regex,
    said_helped: Regex,
    diagnostic: Regex,
    instrument_first: Regex,
    coordination_act: Regex,
    willing: Regex,
    progress: Regex,
    looked_into: Regex,
    verdict: Regex,
    history: Regex,
    judgement: Regex,
    asks: Regex,
    instrument: Regex,
    imperative: Regex,
    obligation: Regex,
    plan_word: Regex,
    goal: Regex,
    risk_formulation: Regex,
    risk: Regex,
    weak_risk: Regex,
    risk_idiom: Regex,
    /// Risk or safety named in clinical words ("no safety concerns", "passive ideation").
    names_risk: Regex,
    third_party: Regex,
    abuse_of_client: Regex,
    denial_start: Regex,
    answer: Regex,
    verbless_formulation: Regex,
    protective: Regex,
    continuation: Regex,
    safety: Regex,
    session_facts: Regex,
    next: Regex,
    measure: Regex,
    change: Regex,
    in_session_rating: Regex,
    coordination: Regex,
    client_agrees: Regex,
    agrees_forward: Regex,
    clinician_act: Regex,
    clinician_only: Regex,
    future: Regex,
    told_opening: Regex,
    plan: Regex,
    observation_start: Regex,
    presented: Regex,
    clinician_noticed: Regex,
    response: Regex,
    reaction_verb: Regex,
    since_last: Regex,
    technique: Regex,
    report_verb: Regex,
    report_start: Regex,
    session_marker: Regex,
    observation: Regex,
    assessment: Regex,
}

/// Small numbers as dictated ("nineteen", "forty-one") or as digits.
const NUMBER: &str = r"(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|positive|negative|elevated|clean)";

/// Adjectives of presentation (appearance, affect, behaviour in session).
const OBS_ADJ: &str = r"(tearful|teary|guarded|restless|calm|quiet|withdrawn|minimi[sz]ing|whispering|fidgety|anxious|flat|animated|engaged|tense|hypervigilant|reflective|warm|cooperative|pleasant|irritable|agitated|talkative|open|distracted|sleepy|tired|disheveled|dishevelled|well[- ]groomed|groomed|alert|oriented|subdued|bright|defensive|frustrated|tangential|slowed|pressured|embarrassed|frightened|sheepish|nervous|relaxed|quieter|calmer|more|less)";

/// Named techniques and therapy models.
const TECHNIQUE: &str = concat!(
    r"(cbt|dbt|emdr|erp|act|cpt|mi|tf-cbt|behavioral activation|behavioural activation|cognitive restructuring|",
    r"relapse prevention|reality testing|coping (card|plan|skills?|statements?)|problem[- ]solving|",
    r"exposure and response prevention|activity scheduling|sleep (hygiene|restriction)|stimulus control|",
    r"chain analysis|exposure|imaginal|in vivo|interoceptive|motivational interviewing|",
    r"two-chair|empty chair|role[- ]play|grounding|mindfulness|relaxation|breathing|sand tray|",
    r"trauma narrative|thought record|socratic|defusion|values|tipp|distress tolerance|",
    r"resourcing|skills? (training|practice|coaching)|parent training|pcit|psychoeducation)"
);

/// Past-tense verbs a clinician dictates for what they did in session.
const CLINICIAN_VERBS: &str = r"(used|did|practiced|practised|introduced|taught|explored|reviewed|revisited|processed|completed|worked|role[- ]?played|modeled|modelled|validated|reframed|provided|gave|offered|coached|guided|led|walked|started|restarted|began|continued|challenged|discussed|talked|went over|went through|drew|built|created|identified|named|normalized|normalised|explained|assigned|checked|asked|focused|tried|rehearsed|installed|assessed|administered|screened|conducted|facilitated|encouraged|supported|reflected|summarized|summarised|planned|mapped|looked|pointed|read|oriented|spent|helped|interpreted|linked|stayed|told|debriefed|set|targeted|addressed|prompted|demonstrated|showed|scheduled|developed|emphasized|highlighted|gathered|obtained|collected|did some|met|made|set up)";

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        // Every pattern is a constant; a typo fails every unit test of this module.
        let re = |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("bad cue pattern: {e}"));
        Cues {
            history: re(concat!(
                r"^((one|two|three|a|an|several|multiple) )?(prior|previous|past|earlier|lifetime|childhood) \w+|",
                r"^(history|hx) of|^(has|had) (a )?(history|hx) of"
            )),
            verdict: re(r"\b(is|are|was|were|seems|remains|taking hold|helping|helps|helped|working|improving|reducing|decreasing|easing|softening|moving toward|not yet)\b"),
            looked_into: re(r"^(she|he|they|client|pt|[a-z]+) looked (up|into|for|through|at|online)\b"),
            progress: re(r"\b(progress\w*|closer|met|achieved|improv\w*|on track|toward (the |her |his |their )?goal)\b.*\b(progress\w*|closer|met|achieved|improv\w*|slow|steady|good|some|partial|little|no)\b|\b(slow|steady|good|some|partial|little|no|making|made) progress\b"),
            coordination_act: re(r"^((i|we) )?(called|phoned|emailed|messaged|texted|faxed|sent|spoke|consulted|informed|notified|contacted|referred|updated|coordinated|filed|made a report|reported)\b"),
            willing: re(concat!(
                r"\b(said|says|told me) (that )?(she|he|they|you)('ll|'d| will| would| is going to| are going to| could)\b|",
                r"\b(liked|likes|loved) the idea|\b(willing|open) to (try|give)|wants? to try\b|give it a (shot|try|go)"
            )),
            instrument_first: re(r"^(the |her |his |a )?(phq|gad|pcl|bdi|bai|y-?bocs|cy-?bocs|audit|dast|epds|asq|c-?ssrs|columbia|isi|uds|urine|tox|breathalyzer|screen)"),
            said_helped: re(r"\bsaid (that )?([\w']+ ){0,3}(helped|helps|was helpful|felt (good|better|calmer|lighter|easier|doable|realistic|awkward))"),
            diagnostic: re(r"\b(meets?|meeting|met) (full )?criteria|consistent with|diagnos(is|ed) (of|with)|rule out|r/o|differential|provisional (dx|diagnosis)"),
            presenting: re(r"^(the )?(chief|main|presenting) (concerns?|complaints?|problems?|issues?)( today)? (is|are|was|were|remains?|:)"),
            judgement: re(concat!(
                r"^(i'd (call|say)|i would (call|say)|i think|i believe|i suspect|in my (view|opinion)|",
                r"my (impression|sense|read|concern) (is|was)|impression:|formulation:|assessment:|clinically,)"
            )),
            asks: re(r"^((today|then|also),? )?(i|we) (\w+ )?(asked|screened|checked|assessed|inquired|explored whether|asked (him|her|them|each))\b"),
            instrument: re(concat!(
                r"\b(phq|gad[- ]?(seven|7)|pcl|bdi|bai|y-?bocs|cy-?bocs|audit|dast|epds|asq|c-?ssrs|columbia|",
                r"isi|insomnia severity|pdss|inventory|scale|questionnaire|screen|screening|moca|mmse|k10|dass|",
                r"uds|urine|tox|breathalyzer|bac)\b"
            )),
            imperative: re(concat!(
                r"^(check in|check|call|send|email|text|ask|schedule|follow up|monitor|reassess|re-assess|",
                r"consider|keep|discuss|bring|update|notify|recheck|revisit|try|add|begin|resume|repeat|",
                r"increase|decrease|taper|refer|coordinate|obtain|request|book|continue|review|give|",
                r"use|practice|practise|do|write|track|notice|log|see)\b"
            )),
            obligation: re(r"^((she|he|they|client|pt|patient|mom|dad|mother|father|parents|family|both|partner|couple|we|i)|([a-z]+ ){0,2}(team|worker|manager|nurse|psychiatrist|prescriber|doctor|teacher|school|counselor|sponsor)) (is |are |will )?to [a-z]+"),
            plan_head: re(r"^(plan|plans|p|homework|hw|next steps?|to do|recommendations?|follow[- ]up plan)\b\s*(:|is|for|-|,)|^(next( \w+)? (session|week|appointment|visit|time|meeting))\b|^(f/u|fu|rtc|cont\.?|continue|will)\b"),
            plan_word: re(r"\b(plan|homework|next (session|week|appointment|visit))\b"),
            goal: re(concat!(
                r"^(tx plan |treatment plan |treatment )?(goal|problem|objective)s?( (number|no\.?|#))? ?(\d+(\.\d+)*|one|two|three|four|five|six|[a-f])\b|",
                r"^(treatment |session |family |main |her |his |their |stated )?(goal|goals|problem|objective)( \w+)?( \w+)?( \w+)? (is|was|are|:|being|we're|we are|for)|^(goal|problem|objective)s?\s*(:|\w+:)|",
                r"\b(goal (one|two|three|four|five|\d)|goal of|toward (the |her |his |their )?goal|working (on|toward) [\w']+ goal|",
                r"problem (we're|we are) working on|problem (being )?addressed|",
                r"main (thing|focus|topic) (today )?(was|is)|(today's|session) focus (was|is))\b"
            )),
            risk_formulation: re(concat!(
                r"\b((acute|chronic|overall|imminent|current|suicide|suicidal|violence|overdose|static|dynamic) risk|",
                r"risk (is|was|remains|level|appears|considered|formulation|judged|rated|assessed)|risk ?: ?(low|moderate|high|minimal|elevated|imminent)|",
                // Telegraphic "Risk low.", "Risk to the baby low".
                r"^risk( to (the|her|his|their|others|self) ?\w*)? (low|moderate|high|minimal|elevated|imminent|medium)|",
                r"(low|moderate|high|elevated|minimal|increased|raise|raises|raised|raising)( \w+)? risk|",
                r"not (at )?imminent risk|no imminent|safe to (go home|return|discharge|leave)|no (personal )?risk identified|",
                r"no (indicators|signs|evidence) of (\w+ )?(risk|violence|abuse|self[- ]harm|suicid\w*|harm|danger)|no risk to|",
                r"(risky|dangerous|unsafe) (level|pattern|use|drinking)|(a |the )?risk factor)\b"
            )),
            risk: re(concat!(
                r"\b(suicid\w*|si|hi|homicid\w*|self[- ]?harm\w*|self[- ]?injur\w*|nssi|",
                r"kill(ing|ed|s)? (my|him|her|them|your)sel(f|ves)|kill(ing)? (him|her|them|my|his|someone|somebody)\b|kms|unalive|",
                r"end(ing)? (my|his|her|their) life|end it all|better off (dead|not existing|without)|",
                r"(want|wanting|wish|wishes|wished|hope|hopes|hoped)( \w+)?( \w+)? (to die|to be dead|to not (be alive|exist|wake up)|(she|he|they) (was|were) dead|not to wake up|won't wake up)|",
                r"not (wanting|want) to (be alive|live|wake up|exist)|won'?t wake up|not wake up|death wish|",
                r"thoughts? of (death|dying|harm\w*|hurt\w*|killing)|passive (ideation|thoughts)|ideation|",
                r"intent\b|no plan|plan to (kill|die|end|hurt)|",
                r"cut(s|ting)? (her|him|them|my)sel(f|ves)|cut (her|his|their|my) (\w+ )?(arm|arms|wrist|wrists|thigh|thighs|leg|legs|forearm|stomach)|",
                r"(burn(ed|ing|s)?|hit(ting|s)?|scratch(ed|ing|es)?|punch(ed|ing|es)?|hurt(ing|s)?) (her|him|them|my)sel(f|ves)|",
                r"overdos\w*|attempt(s|ed)? (suicide|to (kill|end|die|hang|overdose))|(suicide|past|prior|previous) attempts?|",
                r"firearms?|guns?|handguns?|rifles?|shotgun|weapons?|stockpil\w*|hoard(ed|ing) pills|lethal means|",
                r"abus\w*|assault\w*|violen\w*|pushed (her|him|me)|shoved (her|him|me)|grabbed (her|him|my)|chok(ed|ing)|strangl\w*|",
                r"hit (her|him|me|them)|hits (her|him|me)|slapp\w*|beat (her|him|me|them)|with a belt|threat(s|en|ened|ening)? to|",
                r"hurt(s|ing)? (the baby|someone|anyone|others|people|him|her)|harm(ing)? (the baby|others|someone|anyone)|",
                r"(wish|wishes|wished|want|wants|wanted|hope|hopes|hoped)( to| (she|he|they|you|i) could( just)?) (disappear|vanish|die|be gone|not (be here|exist|wake up))|",
                r"(doesn't|don't|didn't|does not|do not) want to (be here|live|exist|wake up)|no reason to live|",
                r"command hallucinations|voices telling|voices? (tell|tells|telling|told|say|says|saying) (him|her|them|me) to|",
                r"smother\w*|(drown|stab|strangl|suffocat|poison)\w* (him|her|them|the|his|my)\b|dropping the baby|intrusive (thoughts|images|urges) of|",
                r"harm (obsessions?|thoughts|ocd)|ego[- ]dystonic|ipv|domestic violence|intimate partner|",
                r"hitting (\w+'?s? )?(mother|father|partner|wife|husband|kids?|children|child|anyone|someone|people|others|him|her|them)|",
                r"safety (worries|concerns|issues)|no safety|",
                r"private parts|molest\w*|rape\w*|sexual(ly)? (abus\w*|assault\w*|touch\w*)|touch(es|ed|ing)? (her|him|them) (inappropriately|sexually)|",
                r"burn(ed|ing|s)? (her|his|their|my) (\w+ )?(arm|arms|forearm|wrist|leg|legs|thigh|skin|hand|hands|stomach)|",
                r"fist ?fight|got into a fight|physical (fight|altercation|incidents?|violence)|punched (a|the|some|his|her)|broke (his|her|the|a|someone's) ([\w']+ )*nose|",
                r"lethal\w*|goodbye (note|letter|forever|texts?)|suicide note|note saying goodbye|",
                r"sue aside|sewer side|home aside|self arm|self farm|deaf wish|idea nation|violins)\b"
            )),
            weak_risk: re(concat!(
                r"\b(relaps\w*|laps(e|ed)|drank|drinking|drunk|blackouts?|blacked out|binge drinking|drinking binge|bender|intoxicated|(got|getting|get|was|were|being) high|high on|",
                r"opioids?|heroin|fentanyl|fentanel|cocaine|meth|methamphetamine|benzos?|clonazepam|xanax|",
                r"more than prescribed|glasses of wine|beers?|shots of|vodka|whiskey|liquor|",
                r"(one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few|many|more) (or \w+ )?drinks|",
                r"cannabis|marijuana|weed|vape|smoking|using (again|drugs|meth|heroin|substances)|drugs?|",
                r"pills|naloxone|narcan|(feels?|felt|feeling) (safe|unsafe)|unsafe|bruis\w*|hurts? (him|her)|",
                r"threat\w*|afraid of (him|her)|cutting|cuts|aggression|aggressive|physical(ly)? (hurt\w*|abus\w*|fight\w*))\b"
            )),
            names_risk: re(
                r"\b(safety|safe|risk|risks|screen\w*|ideation|suicid\w*|self.?harm\w*|self.?injur\w*|homicid\w*|naloxone|crisis)\b",
            ),
            risk_idiom: re(concat!(
                r"\b(killing it|dying to|dead tired|cut ties|cutting class|cut back|cutting back|",
                r"(work|job|commute|school|back|feet|knees|neck|this|it|that|the \w+) (is|was) killing (him|her|me|them)|",
                r"give it a shot|booster shot|hit the gym|overdose of|hammered with|",
                r"suicides|attempt(ed)? (to|the) (homework|exposure|exercise)|",
                r"plan to (start|try|go|ask|call|do|join|meet|tell|talk))\b"
            )),
            third_party: re(concat!(
                r"^(his|her|their|a|my|the client's|one of (his|her|their)) (\w+ )?",
                r"(friend|friends|roommate|brother|sister|cousin|coworker|co-worker|colleague|neighbor|neighbour|",
                r"classmate|uncle|aunt|grandfather|grandmother|grandma|grandpa|boss|teammate|ex|son|daughter|",
                r"child|kid|niece|nephew)\b|\bwitness(ed|ing)?\b|\b(after|since) (the|his|her|their) (\w+ )?(overdose|suicide|death|attempt)|",
                r"\b(her|his|their|my) (best |close |older |younger |little |big )?(friend|roommate|brother|sister|cousin|coworker|co-worker|colleague|",
                r"classmate|ex|boyfriend|girlfriend|uncle|aunt) (\w+ ){0,3}(has been|had|has|was|is|texted|said|says|threatened|tried|attempted|overdosed|died|killed|cut|cuts|cutting)\b|",
                r"\b(dream|dreams|dreamt|dreamed|nightmare|nightmares) (in which|where|about)\b"
            )),
            abuse_of_client: re(r"\b(hit|hits|pushed|shoved|grabbed|choked|slapped|beat|hurt|hurts|threatened|abused|kicked|raped|touched) (her|him|them|me|my client)\b"),
            denial_start: re(r"^(denies|denied|no |not |never |negative for|nor )"),
            answer: re(r"\b(said|says|denied|denies|endorsed|endorses|reported|reports|admitted|answered|told me)\b"),
            verbless_formulation: re(concat!(
                r"^(this is |presentation |picture )?(ongoing|current|recent|chronic|physical|financial|emotional|sexual|verbal|passive|active|",
                r"intimate partner|elder|child|domestic|escalating|misuse|risk of)\b[^.]*",
                r"\b(violence|abuse|ideation|nssi|self-harm|self harm|misuse|neglect|behaviou?r|use|control|ipv|dv|strangulation|danger)\b"
            )),
            protective: re(concat!(
                r"\b(protective factors?|reasons? for living|reasons?( \w+){0,3} for (staying|living|being here|staying alive)|to live for|matters? too much|",
                // Second-person summaries: "your son and your dog are reasons you keep going",
                // "you would not act on it because of your daughter".
                r"reasons? (you|she|he|they) (keep|kept|keeps) going|reasons? to keep going|keeps? (you|her|him|them) going|",
                r"reasons? (to stay|(he|she|they)'?s still here|(he|she|they) (is|are) still here)|keeps? (you|her|him|them) (here|alive|sane|grounded)|",
                r"(main|biggest|strongest) supports?|(don'?t|doesn'?t|does not|do not) think (she|he|they|you)('d| would) (do it|act on (it|them))|",
                r"(would|'d|will) not act on (it|them|the thoughts)|wouldn'?t act on (it|them|the thoughts)|won'?t act on (it|them|the thoughts)|",
                r"(would|'d) never (actually )?do (it|that|anything)|",
                r"wouldn'?t (actually )?do (it|anything)|future[- ]oriented and|",
                r"(has|have) (no|not) (access|firearms|guns|weapons)|identified as (a )?supports?)\b"
            )),
            continuation: re(concat!(
                r"^(no |nor |not |never |denies|denied|most recently|last (time|night)|",
                r"(the )?(first|last|latest|most recent) (time|one|episode)|",
                r"once |twice |(a few|several|many) times|(daily|weekly|nightly)\b|",
                r"(on|since|in) (monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|january|february|march|april|may|june|july|august|september|october|november|december))"
            )),
            safety: re(concat!(
                r"\b(safety plan\w*|crisis (line|plan|number|text|team)|988|hotline|helpline|lock(ed|ing)? (up|away)|lockbox|",
                r"means (restriction|safety|counsel\w*)|(remove|removed|removing|store|stored|storing|leave|left|keep|kept) the (guns?|firearms?|rifle|pills|medications?)|",
                r"(moved|removed|locked|gave away|took|taken|hid|hidden|secured) (away )?(all )?(of )?(the |his |her |their )?(meds|medications?|pills|guns?|firearms?|rifles?|handguns?|weapons?|ammunition|knives)|",
                r"(hold|holds|holding|keep|keeps|keeping|lock|locks|store|stores|manage|manages|dispense|dispenses) (all )?(of )?(his|her|their|the) (meds|medications?|pills|guns?|firearms?|rifles?|weapons?)|",
                r"locking up|(cps|aps|child protective|adult protective|protective services|dcfs)|made a report|report (made|filed)|",
                r"mandated report\w*|duty to (warn|protect)|go to the er|call 911|",
                r"code word|shelter|legal advocate|risk assessment)\b"
            )),
            session_facts: re(concat!(
                r"^([\w']+,?[- ]){0,4}(session|sess|intake|follow[- ]up (visit|session|appointment)|telehealth|video|phone session|visit|group)\b[^.]*",
                r"(\bwith [A-Za-z]|,|\bsession \w+|\bminutes?\b|\bin (person|office|clinic)\b|\btelehealth\b|\bpresent\b)|",
                r"^(pt|client|patient) (was )?(seen|attended|arrived)|^seen (in|for|alone|today)|",
                r"^((pt|client|patient|she|he|they) (is|was) )?an? (\d+|[a-z]+(-[a-z]+)?)[- ]year[- ]old\b|",
                r"^(pt|client|patient|she|he|they) (was |arrived )?(\d+|[a-z]+(-[a-z]+)?)? ?(min(utes)? )?(late|early)\b|^(no[- ]show|late cancel\w*|cancelled)\b|",
                r"^(in (the )?(office|person|clinic)|telehealth|by video|by phone)\b|",
                r"^(\w+[- ]?)?(fifty|forty[- ]five|sixty|thirty|ninety|twenty[- ]five|\d+)[- ]minutes?\b( session)?[^a-z]*$|",
                r"^(session|intake) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|\d+)\b"
            )),
            next: re(r"\bnext\s+(session|week|visit|appointment)\b|\bsince (the |our )?last\b"),
            measure: re(&format!(
                r"\b(phq|gad[- ]?(seven|7)|pcl|bdi|bai|y-?bocs|cy-?bocs|audit|dast|epds|asq|c-?ssrs|columbia|isi|insomnia severity|pdss|inventory|scale|questionnaire|screens?|screening|score[ds]?|moca|mmse|k10|dass|suds|uds|urine|tox|breathalyzer|bac|weight|bmi|blood pressure|self[- ]rated|rated (it|her|his|their|the \w+|\w+)( \w+)?)\b[^.;]*\b{NUMBER}\b"
            )),
            change: re(r"\b(dropped|went (down|from)|down to|fell|peak(ed)?|ended at|from \w+ to|decreas\w*|by the end)\b"),
            in_session_rating: re(r"\b(peak(ed)? (suds|at)|ended at|rated the (first |second |last )?(exposure|exercise|practice|cold water))\b"),
            coordination: re(concat!(
                r"\b((call|called|calling|email|emailed|message|messaged|text|texted|send|sent|update|updated|",
                r"notify|notified|inform|informed|consult|consulted|coordinate|coordinated|contact|contacted|",
                r"loop in|looped in|spoke|speak|fax|faxed|connect|request|requested|ask|asked|",
                r"follow up with|followed up with|check in with|checked in with|touch base with|liaise with|",
                r"refer|referred|referral)\b[^.]*\b(pcp|prescriber|psychiatrist|psychiatry|physician|doctor|dr|ob|gp|",
                r"pediatrician|nurse|teacher|school|counselor|probation|parole|case manager|caseworker|supervisor|",
                r"director|attorney|lawyer|advocate|program|clinic|hospital|cps|aps|protective services|hotline|",
                r"worker|team|provider|therapist|dietitian|nutritionist|records|release|roi|iop|php|group)\b|",
                r"\b(release of information|roi signed|records from|report (made|filed)|made a report|",
                r"(psychiatry|psychiatric|medication|med|dietitian|doctor's|pcp) (visit|appointment|review|follow-up)|per (the |his |her )?(release|protocol))\b|",
                r"\b(cps|aps|child protective|adult protective|protective services)\b)"
            )),
            // An agreement to a next step, not a decision already acted on ("decided to cut
            // ties after the argument") or a figure settled on ("agreed on a number").
            agrees_forward: re(r"\b(agreed|agrees|agreeing|committed|commits|promised|promises) to\b|\b(will|'ll|going to|gonna)\b"),
            client_agrees: re(concat!(
                r"^(she|he|they|client|pt|patient|mom|dad|parents|both|[a-z]+)( and [a-z]+)?( was \w+ but| reluctantly| also)? ",
                r"(agreed|agrees|consented|committed|chose|picked|decided|landed)\b"
            )),
            // Verbs only the clinician does in a session: no subject needed.
            clinician_only: re(concat!(
                r"^(reviewed|introduced|taught|explained|coached|practiced|practised|explored|processed|",
                r"validated|reframed|normalized|normalised|did|used|completed|provided|gave|assigned|",
                r"administered|psychoeducated|modeled|modelled|rehearsed|role[- ]?played|challenged|",
                r"guided|led|facilitated|restarted|interpreted|oriented|debriefed|demonstrated|",
                r"encouraged|reinforced|prompted|discussed|addressed|targeted|installed|offered)\b"
            )),
            clinician_act: re(&format!(
                r"^(((today|this session|in session|then|also|first|next|later|together),? )?(i|we|i've|we've|clinician|therapist|writer|facilitators?|leaders?|group|staff)( also| then| briefly| gently| together| first)? ({CLINICIAN_VERBS}|\w+ed)\b|{CLINICIAN_VERBS} (the |a |an |him |them |it |some |with |about |on |through |over |to |in |{TECHNIQUE}|relapse |psychoeducation|grounding|breathing|mindfulness|exposure|cognitive|behavioral|behavioural|motivational|safety|values|\w+ing\b))"
            )),
            future: re(concat!(
                r"\b((i|we|she|he|they|you|client|pt|mom|dad|parents)('ll| will| are going to| is going to| plan to| would like to)|",
                r"(will|(plan|plans|planning|going|agreed) to) (meet|see|continue|review|call|try|practice|practise|track|bring|write|keep|start|check|do|add|work|follow|recheck|repeat|resume|begin|schedule)\b|",
                r"next (session|week|time|appointment|visit|meeting)|in (one|two|three|four|six|a couple of|a few|\d+) (weeks?|months?|days?|wks?|mos?)|\d+ ?(wks?|weeks?) (f/u|follow)|",
                r"(weekly|biweekly|fortnightly|monthly) (sessions?|for|until|check)|see (her|him|them) (again|next|in|on)|",
                r"before next|at next|by next|return to clinic|rtc|recheck|re-check|follow[- ]up (on|with|in))\b"
            )),
            told_opening: re(r"^(she|he|they|client|pt|patient|[a-z]+) (says|said|reports|reported|told me|tells me|mentioned|explained|describes|described) (that )?(the|her|his|their|it|it's|this|a|an)\b"),
            plan: re(r"^(continue|resume|recommend\w*|refer(ral)? to|consider|repeat|begin|start|if)\b|\b(can|could|should|will) (call|text|reach out|go to|use|book|schedule|come back|return)\b"),
            observation_start: re(concat!(
                r"^(tearful|teary|flat|blunted|constricted|restricted|labile|euthymic|dysphoric|irritable|bright|",
                r"animated|restless|fidgety|agitated|calm|cooperative|guarded|withdrawn|quiet|talkative|pressured|",
                r"slowed|soft[- ]spoken|monotone|linear|tangential|circumstantial|coherent|logical|organized|",
                r"disorganized|oriented|alert|groomed|well[- ]groomed|disheveled|dishevelled|unkempt|casually|dressed|",
                r"psychomotor|affect|speech|mood (appeared|observed)|thought process|hypervigilant|tense|steady|",
                r"warm|reflective|sheepish|anxious|nervous|tired|sleepy|loud|engaged|pleasant|thin|low energy|",
                r"good eye contact|poor eye contact|eye contact|voice|red eyes|jaw|arms crossed|slumped|mildly|",
                r"more (relaxed|engaged|animated|talkative)|less (guarded|engaged)|appeared|presented as|looked|seemed|",
                r"(she|he|they|client|pt) (appeared|seemed|looked|presented))\b|\b(throughout|the whole|all) (the )?session\b"
            )),
            presented: re(&format!(
                r"^(she|he|they|client|pt|patient|[a-z]+) (was|were|appeared|appears|seemed|seems|looked|looks|presented|presents)( (very|more|less|a bit|a little|quite|somewhat|mildly|visibly|notably))? {OBS_ADJ}\b"
            )),
            clinician_noticed: re(r"^(i )?(noticed|observed|noted|saw) (that )?(she|he|they|client|pt|both|[a-z]+ (was|were|seemed|looked|kept))\b|^(observed|noted|noticed|presented|appeared|appears)\b"),
            response: re(concat!(
                r"\b(responded|was able to|were able to|able to (generate|name|identify|use|list|tolerate)|",
                r"found (it|this|that|the \w+) (helpful|useful|hard|difficult)|",
                r"(it|this|that|the exercise|the technique|grounding|breathing|it all) (helped|was helpful)|",
                r"said (it|that|this) (felt|helped|was)|by the end|afterwards|afterward|after the (exercise|exposure|practice)|",
                r"receptive|tolerated|in session\b|",
                r"(identified|generated|named|listed|came up with|wrote|picked|chose) (two|three|four|five|several|a few|one|\d+)\b|",
                r"(identified|named|recognized|recognised|labeled|labelled) [^.]* as (a |her |his |their )?(high[- ]risk|triggers?|warning signs?|early signs?)|",
                r"(suds|anxiety|distress|urge|urges) (dropped|went down|went from|peaked|fell)|",
                r"teared up|got emotional|with prompting|when we wrote|it felt (good|realistic|hard)|lit up|brightened|perked up)\b"
            )),
            reaction_verb: re(concat!(
                r"\b(said|says|tried|liked|noticed|identified|could|was|were|got|gave|laughed|cried|",
                r"named|wrote|listed|realized|realised|recognized|connected|rated|practiced|practised|role-played|",
                r"built|came|seemed|wants|wanted|felt|smiled|nodded|shared|opened|engaged|struggled|",
                r"resisted|pushed|balked|managed|completed|did|didn't|teared|landed|left|saved|thought)\b"
            )),
            since_last: re(r"\b(since (the )?last|this (past )?week|last week|over the weekend|at home|at work|at school|yesterday|this month)\b"),
            technique: re(&format!(r"^([\w-]+ ){{0,2}}{TECHNIQUE}\b")),
            report_verb: re(concat!(
                r"\b(says|said|reports|reported|told|tells|states|stated|describes|described|",
                r"mentioned|admitted|admits|endorsed|endorses|complained|complains|disclosed|discloses|",
                r"brought up|talked about|feels|thinks|worries|worried|wants|according to)\b"
            )),
            // Dictation drops the client as subject: "Had one episode in college", "Slept badly".
            report_start: re(concat!(
                r"^(had|has|have|was|is|feels|felt|reports|reported|says|said|states|stated|describes|",
                r"described|notes|noted|endorses|endorsed|got|went|lost|misses|missed|skipped|woke|",
                r"slept|drank|ate|quit|moved|broke|found|keeps|kept|wants|wanted|worries|thinks|",
                r"can't|couldn't|hasn't|hadn't|isn't|wasn't|still|now|since)\b"
            )),
            session_marker: re(concat!(
                r"\b(session|sess|intake|telehealth|video|phone|in[- ]person|in (the )?(office|clinic)|",
                r"\d+ ?min|minutes?|mins|check-in|attended|present|joined|couples|family|group|individual|seen (with|alone|for|in|by))\b"
            )),
            observation: re(concat!(
                r"\b(tearful|teary|tearfulness|crying|flat|blunted|constricted|labile|euthymic|",
                r"dysphoric|irritable|animated|restless|fidgety|fidgeting|agitated|cooperative|",
                r"guarded|withdrawn|talkative|pressured|slowed|slowing|monotone|linear|",
                r"tangential|circumstantial|goal[- ]directed|coherent|oriented|",
                r"groomed|disheveled|dishevelled|unkempt|eye contact|",
                r"psychomotor|affect|speech|thought process|hypervigilant|minimi[sz]ing|",
                r"sheepish|embarrassed|frightened|jok(es|ed|ing)|pauses|apologi[sz]\w*|",
                r"arms crossed|slumped|hunched|smelled|slurred|internal stimuli|",
                r"during (the )?session|observed|insight (fair|good|poor|limited)|",
                r"judgment|hygiene|reflective|warm|calm|relaxed|tense|quiet|engaged|whispering)\b"
            )),
            assessment: re(concat!(
                r"\b(consistent with|suggest\w*|likely|appears to be|seems to be|progress\w*|improv\w*|",
                r"worsen\w*|stable|meets criteria|criteria for|diagnos\w*|disorder|impression|",
                r"formulation|expected|no signs of|maintaining|driv(en|ing)|insight|ready for|",
                r"not ready|on track|going well|responding|uptake|contraindicated|candidate|emerging|",
                r"capacity|partial|remission|decreasing|increasing|persisting|trending|moderate|severe|mild|",
                r"depression|depressive|anxiety|ptsd|ocd|adhd|psychosis|grief|adjustment|perfectionism|",
                r"goals met|coping|reactivated|habituation|engaged in treatment|pattern|softening|easing|lessening|",
                r"shifting|good (repair|progress|engagement|effort)|strong engagement|",
                r"is helping|are helping|is working|working well|paying off|moving toward|reducing|",
                r"overall|(more|less) \w+ than (last|before|previous|at intake|a month)|compared (to|with)|",
                r"seems (more|less|better|worse)|slow but steady|",
                r"i think|i suspect|my sense|rule out|r/o|differential|ambivalen\w*|needs|workable|mirrors|",
                r"appropriately|is taking hold|taking hold|related to)\b"
            )),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // These tests pin the cue rules (the role net's own tests are in roles_net.rs).
    #[test]
    fn a_keyword_risk_reading_gives_way_where_the_risk_rules_found_nothing() {
        let t = "His best mate died of an overdose in the tent they shared, and he found him.";
        let keyword = read_all_with_risk([(t, false, false, false)]);
        let free = read_all_with_risk([(t, false, true, false)]);
        assert_eq!(keyword[0].role, Role::RiskStatement);
        assert_eq!(free[0].role, Role::ClientReport);
        // Clinical risk words keep the risk row whatever the rules found.
        let vague = "No safety concerns came up today.";
        assert_eq!(
            read_all_with_risk([(vague, false, true, false)])[0].role,
            read_all_with_risk([(vague, false, false, false)])[0].role
        );
        // A finding about the client makes a client's account a risk statement.
        let told = "He says he has been drinking most nights.";
        assert_eq!(
            read_all_with_risk([(told, true, false, false)])[0].role,
            Role::RiskStatement
        );
    }

    fn role(t: &str) -> Role {
        read_by_cues(t, None).role
    }

    fn after(prev: Role, t: &str) -> Role {
        read_by_cues(
            t,
            Some(Reading {
                role: prev,
                safety: false,
                cued: true,
                agreement: false,
            }),
        )
        .role
    }

    #[test]
    fn protective_factors_and_telegraphic_risk_levels_are_risk() {
        assert_eq!(role("Risk low."), Role::RiskFormulation);
        for t in [
            "He says his kids are the reason he's still here.",
            "Says her dog and her mom keep her here.",
            "Your son and your dog are reasons you keep going.",
            "He doesn't think he'd act on it, because of his daughter.",
        ] {
            assert_eq!(role(t), Role::RiskStatement, "{t}");
        }
        // No risk rule ever finds a protective factor: it stays a risk statement.
        let r = read_all_with_risk([(
            "Her grandkids are her reason to keep going.",
            false,
            true,
            false,
        )]);
        assert_eq!(r[0].role, Role::RiskStatement);
    }

    #[test]
    fn someone_elses_risk_told_by_the_client_is_their_account() {
        let told = "She said her hallmate died by suicide last week.";
        // Read with only someone else's risk found in it: the client's account.
        assert_eq!(
            read_all_with_risk([(told, false, false, true)])[0].role,
            Role::ClientReport
        );
        // The clinician's verbless formulation keeps its reading.
        let formulation = "Likely physical abuse by a household member.";
        assert_eq!(
            read_all_with_risk([(formulation, false, false, true)])[0].role,
            read_all_with_risk([(formulation, false, false, false)])[0].role
        );
    }

    #[test]
    fn an_agreement_to_a_next_step_is_flagged_and_a_decision_acted_on_is_not() {
        let r = read_by_cues("He agreed to call the ID office on Tuesday.", None);
        assert_eq!(r.role, Role::ClientResponse);
        assert!(r.agreement);
        for t in [
            "She decided to cut ties with her cousin after the argument.",
            "They agreed on a number they can both live with.",
        ] {
            assert!(!read_by_cues(t, None).agreement, "{t}");
        }
    }

    #[test]
    fn every_role_name_round_trips() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse(" Client_Report "), Some(Role::ClientReport));
        assert_eq!(Role::parse("feelings"), None);
    }

    #[test]
    fn reports_interventions_and_observations() {
        assert_eq!(
            role("He tells me the commute has been unbearable lately."),
            Role::ClientReport
        );
        assert_eq!(
            role("Her landlord raised the rent again."),
            Role::ClientReport
        );
        assert_eq!(
            role("We rehearsed asking her manager for a schedule change."),
            Role::Intervention
        );
        assert_eq!(
            role("Introduced the downward arrow technique."),
            Role::Intervention
        );
        assert_eq!(
            role("Fidgety, good eye contact, speech a little pressured."),
            Role::ClinicianObservation
        );
        assert_eq!(
            role("Casually dressed, affect bright."),
            Role::ClinicianObservation
        );
    }

    #[test]
    fn measures_goals_and_session_facts() {
        assert_eq!(role("BDI twenty-two, up from eighteen."), Role::Measure);
        assert_eq!(role("AUDIT score nine."), Role::Measure);
        assert_eq!(
            role("Goal three is sleeping through the night."),
            Role::GoalLink
        );
        assert_eq!(
            role("Session fourteen with Marco, forty-five minutes, telehealth."),
            Role::SessionFacts
        );
        assert_eq!(
            role("Intake with Dev, twenty-two, referred by his GP."),
            Role::SessionFacts
        );
    }

    #[test]
    fn responses_follow_interventions() {
        assert_eq!(
            after(
                Role::Intervention,
                "She wrote two coping statements and read them aloud."
            ),
            Role::ClientResponse
        );
        assert_eq!(
            role("He was able to name the thought behind the urge."),
            Role::ClientResponse
        );
        assert_eq!(
            after(Role::Intervention, "SUDS went from sixty to twenty."),
            Role::ClientResponse
        );
        assert_eq!(
            role("She agreed to try the worksheet."),
            Role::ClientResponse
        );
    }

    #[test]
    fn clinical_shorthand_and_dropped_subjects() {
        assert_eq!(role("Client 50 min by video, sess 4."), Role::SessionFacts);
        assert_eq!(
            role("Marta, forty, session two, in person, sixty minutes."),
            Role::SessionFacts
        );
        assert_eq!(role("RTC 3 wks, cont sertraline per PCP."), Role::Plan);
        assert_eq!(
            role("Slept about four hours most nights."),
            Role::ClientReport
        );
        assert_eq!(
            role("Had a panic attack on the subway Monday."),
            Role::ClientReport
        );
        assert_eq!(
            role("Cognitive restructuring, challenged the all-or-nothing thought."),
            Role::Intervention
        );
        assert_eq!(
            role("Today we went over the fear ladder."),
            Role::Intervention
        );
        // A capitalised noun is not a name: "Sleep hygiene" is not someone who sleeps.
        assert_ne!(role("Grief symptoms easing with time."), Role::ClientReport);
    }

    #[test]
    fn judgements_presenting_concerns_and_imperatives() {
        assert_eq!(
            role("I'd call it a lapse rather than a return to daily drinking."),
            Role::RiskFormulation
        );
        assert_eq!(
            role("I think the avoidance keeps the fear going."),
            Role::Assessment
        );
        assert_eq!(
            role("Presenting problem is insomnia since the move."),
            Role::ClientReport
        );
        assert_eq!(
            role("Call her GP about the dose on Monday."),
            Role::Coordination
        );
        assert_eq!(role("Dad to set a consistent bedtime."), Role::Plan);
        assert_eq!(role("Book a longer slot for the family."), Role::Plan);
        assert_eq!(role("Introduced a values card sort."), Role::Intervention);
        assert_eq!(
            role("No evidence of abuse in the home."),
            Role::RiskFormulation
        );
        // Asking about risk is part of the risk statement; teaching about it is not.
        assert_eq!(
            role("I asked whether she had thought about ending her life."),
            Role::RiskStatement
        );
        assert_eq!(
            role("We reviewed how cannabis affects sleep."),
            Role::Intervention
        );
        // Someone else's overdose is the client's report, not the client's risk.
        assert_eq!(role("Her cousin overdosed in March."), Role::ClientReport);
    }

    #[test]
    fn agreements_history_and_verdicts() {
        assert_eq!(
            role("He agreed to skip the bar on Friday."),
            Role::ClientResponse
        );
        assert_eq!(
            role("Two previous hospitalizations, the last in 2019."),
            Role::ClientReport
        );
        assert_eq!(
            role("Exposure work is helping, avoidance down."),
            Role::Assessment
        );
        assert_eq!(
            role("Graded exposure with the elevator hierarchy."),
            Role::Intervention
        );
        assert_eq!(
            role("I noticed he kept checking his phone."),
            Role::ClinicianObservation
        );
        assert_eq!(
            role("She came up with three other explanations."),
            Role::ClientResponse
        );
        assert_eq!(
            role("Follow up with the school nurse on Tuesday."),
            Role::Coordination
        );
        // An ambiguous verb with the client's things is the client's own act.
        assert_eq!(role("Started her new job last Monday."), Role::ClientReport);
        // Building a safety plan is the clinician's act (flagged), even when it lists reasons
        // for living.
        let r = read(
            "We built a safety plan and listed reasons for living.",
            None,
        );
        assert_eq!((r.role, r.safety), (Role::Intervention, true));
    }

    #[test]
    fn nouns_are_not_names_and_identifiers_are_session_facts() {
        assert_eq!(role("Appetite is back to normal."), Role::ClientReport);
        assert_eq!(role("Progress is uneven but real."), Role::Assessment);
        assert_eq!(
            role("Overall he seems calmer than at intake."),
            Role::Assessment
        );
        assert_eq!(
            role("Client is a 52-year-old teacher referred by her union."),
            Role::SessionFacts
        );
        assert_eq!(
            role("Went camping with his son and enjoyed it."),
            Role::ClientReport
        );
    }

    #[test]
    fn summaries_in_the_second_person() {
        assert_eq!(
            role("You said some days you wish you could just vanish."),
            Role::RiskStatement
        );
        assert_eq!(
            role("She told me she doesn't want to live like this, or at all."),
            Role::RiskStatement
        );
        assert_eq!(
            role("If the urges get loud, you can text the crisis line."),
            Role::Plan
        );
        assert_eq!(
            role("You'll try the wind-down routine three nights."),
            Role::Plan
        );
        assert_eq!(
            role("Client arrived fifteen minutes late."),
            Role::SessionFacts
        );
    }

    #[test]
    fn dictated_headings_name_the_role() {
        assert_eq!(
            role("Intervention: exposure hierarchy for driving."),
            Role::Intervention
        );
        assert_eq!(
            role("Response: anxious at first, settled by the end."),
            Role::ClientResponse
        );
        assert_eq!(
            role("Evaluation - partial progress, needs more practice."),
            Role::Assessment
        );
        assert_eq!(
            role("Objective: well groomed, speech normal rate."),
            Role::ClinicianObservation
        );
        assert_eq!(
            role("Risk: low, no change from last month."),
            Role::RiskFormulation
        );
        assert_eq!(
            role("Observed yawning through most of the hour."),
            Role::ClinicianObservation
        );
        // Naming the goal is a goal link; judging progress toward it is an assessment.
        assert_eq!(
            role("Some progress toward her goal of eating lunch at work."),
            Role::Assessment
        );
        assert_eq!(
            role("Her goal is eating lunch at work twice a week."),
            Role::GoalLink
        );
    }

    #[test]
    fn risk_vocabulary_and_whose_risk_it_is() {
        assert_eq!(
            role("She described images of smothering her newborn."),
            Role::RiskStatement
        );
        assert_eq!(
            role("He hears voices telling him to push a stranger."),
            Role::RiskStatement
        );
        assert_eq!(
            role("Reports her uncle touched her sexually as a child."),
            Role::RiskStatement
        );
        assert_eq!(
            role("She burned her hand on the stove lid on purpose."),
            Role::RiskStatement
        );
        assert_eq!(
            role("Got into a fistfight at the game on Sunday."),
            Role::RiskStatement
        );
        assert_eq!(
            role("Had five or six drinks at the party."),
            Role::RiskStatement
        );
        // Not the client's risk, or not risk at all.
        assert_ne!(
            role("She says her roommate has been cutting again."),
            Role::RiskStatement
        );
        assert_ne!(
            role("He described a dream in which he stabbed a stranger."),
            Role::RiskStatement
        );
        assert_ne!(
            role("One binge on chips and cookies on Friday."),
            Role::RiskStatement
        );
        assert_ne!(
            role("She keeps using her old coping list."),
            Role::RiskStatement
        );
    }

    #[test]
    fn identifiers_plans_and_formulations_in_new_wording() {
        assert_eq!(role("Twenty minute check-in by video."), Role::SessionFacts);
        assert_eq!(
            role("Intake, sixty minutes, Lee, forty-one, referred by the ER."),
            Role::SessionFacts
        );
        assert_eq!(role("Session again in three days."), Role::Plan);
        assert_eq!(role("Crisis team to call her tonight."), Role::Plan);
        assert_eq!(role("See him Monday."), Role::Plan);
        assert_eq!(
            role("Her dog and her nephew are the reasons she gives for living."),
            Role::RiskStatement
        );
        assert_eq!(
            role("He named Sunday nights as a warning sign."),
            Role::ClientResponse
        );
        assert_eq!(
            role("Chronic IPV with recent strangulation"),
            Role::RiskFormulation
        );
        assert_eq!(
            role("We didn't get to safety concerns today."),
            Role::RiskStatement
        );
        // Idioms and other senses are not risk.
        assert_ne!(
            role("She says her commute is killing her."),
            Role::RiskStatement
        );
        assert_ne!(
            role("He rated the exercise as high effort."),
            Role::RiskStatement
        );
    }

    #[test]
    fn willingness_past_actions_and_termination() {
        assert_eq!(
            role("He said he'd try the app before bed."),
            Role::ClientResponse
        );
        assert_eq!(
            role("She loved the idea of a walking group and wants to try it."),
            Role::ClientResponse
        );
        assert_eq!(
            role("Reviewed his mood log and booked next week around his shifts."),
            Role::Intervention
        );
        assert_eq!(
            role("I explained how a protective order works and what the advocate does."),
            Role::Intervention
        );
        assert_eq!(
            role("Called the school counselor with consent."),
            Role::Coordination
        );
        assert_eq!(
            role("Final session with Omar, session twelve, in person."),
            Role::SessionFacts
        );
        assert_eq!(
            role("He can come back for a check-up session in the spring."),
            Role::Plan
        );
    }

    #[test]
    fn a_told_denial_outweighs_a_screen_in_the_same_clause() {
        assert_eq!(
            role("Denies any cocaine since March, urine screen clean"),
            Role::RiskStatement
        );
        assert_eq!(role("UDS positive for cannabis today."), Role::Measure);
    }

    #[test]
    fn numbered_goals_diagnoses_and_in_session_behaviour() {
        assert_eq!(
            role("Objective 3.2 is riding the bus alone."),
            Role::GoalLink
        );
        assert_eq!(role("Problem #1, panic with agoraphobia."), Role::GoalLink);
        assert_eq!(
            role("He meets criteria for social anxiety disorder."),
            Role::Assessment
        );
        assert_eq!(
            role("Paced the room throughout the session."),
            Role::ClinicianObservation
        );
        assert_eq!(
            after(
                Role::Intervention,
                "She seemed lighter and said naming it helped."
            ),
            Role::ClientResponse
        );
    }

    #[test]
    fn couples_and_family_sessions() {
        assert_eq!(
            role("Both deny any physical aggression between them."),
            Role::RiskStatement
        );
        assert_eq!(role("Teen seen alone, thirty minutes."), Role::SessionFacts);
        assert_eq!(
            after(Role::Intervention, "She lit up describing her old band."),
            Role::ClientResponse
        );
    }

    #[test]
    fn means_restriction_is_a_safety_action() {
        let r = read(
            "Her partner will keep her medications at work for now.",
            None,
        );
        assert!(r.safety, "{r:?}");
        let r = read("His wife took the rifles to her brother's house.", None);
        assert!(r.safety, "{r:?}");
        let r = read("We agreed the pills go in a lockbox tonight.", None);
        assert!(r.safety, "{r:?}");
    }

    #[test]
    fn plans_coordination_and_assessment() {
        assert_eq!(role("Homework: three thought records."), Role::Plan);
        assert_eq!(role("We'll meet again in two weeks."), Role::Plan);
        assert_eq!(
            role("I'll fax the release to her psychiatrist."),
            Role::Coordination
        );
        assert_eq!(
            role("Left a message for his case manager about housing."),
            Role::Coordination
        );
        assert_eq!(
            role("Panic symptoms improving with exposure."),
            Role::Assessment
        );
        assert_eq!(
            role("Presentation consistent with social anxiety."),
            Role::Assessment
        );
    }

    #[test]
    fn risk_disclosures_formulations_and_safety_actions() {
        assert_eq!(
            role("He admits he has been thinking about ending his life."),
            Role::RiskStatement
        );
        assert_eq!(role("Denies SI and HI."), Role::RiskStatement);
        assert_eq!(
            role("Acute risk judged low, chronic risk moderate."),
            Role::RiskFormulation
        );
        assert_eq!(
            role("Ongoing self-harm without suicidal intent"),
            Role::RiskFormulation
        );
        assert_eq!(
            after(Role::RiskStatement, "no intent and no plan"),
            Role::RiskStatement
        );
        let r = read("We updated her safety plan with two new contacts.", None);
        assert_eq!((r.role, r.safety), (Role::Intervention, true));
        let r = read("Filed a report with child protective services.", None);
        assert_eq!((r.role, r.safety), (Role::Coordination, true));
        // Idioms are not risk.
        assert_ne!(
            role("She says she is killing it at her new job."),
            Role::RiskStatement
        );
        assert_ne!(role("He wants to cut back on coffee."), Role::RiskStatement);
    }
}
