//! "Before you sign": advice computed from the memo and the note's sections, shown at the top of
//! every draft and printed by `hushnote sign`.
//!
//! It says which content essentials of a progress note the text covers and which it does not,
//! quotes vague wording, value judgements and speculative diagnoses for rewording, and names the
//! sections that still say "Not addressed in memo.". It only advises: nothing here is ever
//! written into the note for the clinician, and none of it blocks signing (only unreviewed risk
//! does, see `hushnote::sign`). Rules are keyword patterns, chosen to be predictable: a reader
//! can see why a phrase was quoted.

use crate::compose::NOT_ADDRESSED;
use crate::DraftDocument;
use regex::Regex;
use std::fmt::Write as _;
use std::sync::OnceLock;

/// First line of the checklist block in a draft (an HTML comment: note apps hide it). Signing
/// removes everything from here to [`END_MARK`].
pub const START_MARK: &str = "<!-- checklist -->";
/// Last line of the checklist block.
pub const END_MARK: &str = "<!-- /checklist -->";

/// The content essentials of a progress note, in the order the checklist lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Essential {
    DateTime,
    Duration,
    ModalitySetting,
    Presentation,
    Interventions,
    Response,
    Progress,
    Plan,
}

impl Essential {
    pub const ALL: [Essential; 8] = [
        Essential::DateTime,
        Essential::Duration,
        Essential::ModalitySetting,
        Essential::Presentation,
        Essential::Interventions,
        Essential::Response,
        Essential::Progress,
        Essential::Plan,
    ];

    /// The words the checklist uses for it.
    pub fn label(self) -> &'static str {
        match self {
            Essential::DateTime => "date and time",
            Essential::Duration => "duration or start/stop time",
            Essential::ModalitySetting => "modality and setting",
            Essential::Presentation => "presentation and mental status",
            Essential::Interventions => "interventions",
            Essential::Response => "response to interventions",
            Essential::Progress => "progress toward goals",
            Essential::Plan => "plan for the next session",
        }
    }

    fn pattern(self) -> &'static str {
        match self {
            Essential::DateTime => {
                r"\b(\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|o'clock|noon|(this|the) (morning|afternoon|evening)|(morning|afternoon|evening) session|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(/\d{2,4})?)\b"
            }
            Essential::Duration => {
                r"\b((\d+|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|forty[- ]five|fifty|fifty[- ]three|sixty|ninety)[ -]?(minutes?|mins?|hours?)|an hour|half an hour|hour[- ]long|from \d{1,2}(:\d{2})? (to|until|till) \d{1,2}(:\d{2})?|(started|began|ended|finished) at)\b"
            }
            Essential::ModalitySetting => {
                r"\b((individual|couples?|family|group|joint|conjoint) (session|therapy|counseling|counselling|visit)|telehealth|telemedicine|video (session|call|visit)|via (zoom|video|phone)|by (phone|video)|phone session|telephone|in[- ]person|in the office|at the (office|clinic|school|hospital)|home visit|virtual(ly)?|online session)\b"
            }
            Essential::Presentation => {
                r"\b(mood|affect|appear(ed|s)?|present(ed|s)? (as|with)|presentation|oriented|alert|tearful|euthymic|dysphoric|dysthymic|anxious|agitated|calm|restless|flat|constricted|eye contact|speech|groom(ed|ing)|hygiene|thought process|thought content|insight|judg(e)?ment|mental status|cooperative|guarded)\b"
            }
            Essential::Interventions => {
                r"\b(cbt|dbt|emdr|cognitive|restructur\w*|exposure|psychoeducation|mindfulness|grounding|breathing|relaxation|motivational|role[- ]?pla\w*|validat\w*|refram\w*|socratic|behavioral activation|safety plan\w*|taught|teach\w*|practi[cs]ed|reviewed|explored|processed|introduced|modell?ed|coached|worked on|skills?|intervention\w*|technique\w*|thought records?|chain analysis)\b"
            }
            Essential::Response => {
                r"\b(respond\w*|response|receptive|engaged|participat\w*|(was|were) able to|tolerated|agreed|resist\w*|open to|benefit\w*|helpful|demonstrated|verbali[sz]ed|struggled|reported feeling|felt (better|calmer|relieved))\b"
            }
            Essential::Progress => {
                r"\b(progress\w*|goals?|improv\w*|fewer|reduc\w*|decreas\w*|increas\w*|wors\w*|setbacks?|relaps\w*|down from|up from|since (the )?last (session|week|visit)|compared|maintain\w*|stable)\b"
            }
            Essential::Plan => {
                r"\b(next (session|week|time|visit|appointment)|follow[- ]?up|homework|plan(s|ned)?|will (continue|meet|review|practi[cs]e|see|return)|continue|schedul\w*|referr\w*|refer|return in|assign\w*)\b"
            }
        }
    }
}

/// What kind of wording a quoted phrase is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WordingKind {
    /// "seemed sad", "discussed feelings": say what was observed or done.
    Vague,
    /// "manipulative", "lazy": describe the behaviour instead.
    Judgement,
    /// "probably bipolar": state observations, or diagnose formally.
    Speculative,
}

impl WordingKind {
    pub fn label(self) -> &'static str {
        match self {
            WordingKind::Vague => "vague wording (say what was observed or done)",
            WordingKind::Judgement => "value judgement (describe the behaviour instead)",
            WordingKind::Speculative => {
                "speculative diagnosis (state the observations, or assess formally)"
            }
        }
    }

    fn pattern(self) -> &'static str {
        match self {
            WordingKind::Vague => {
                r"\b(seem(ed|s)?|appeared) (to be )?(sad|fine|ok|okay|upset|off|down|better|happy|good|anxious|depressed|angry|stressed|tired|low|well|unhappy|not herself|not himself)\b|\b(discuss(ed)?|talk(ed)? about|went over|covered) (her |his |their |the client's |client's |some |various |a lot of |many |several |general )?(feelings|things|stuff|issues|concerns|emotions|problems|topics)\b|\b(did|doing|went|going) (well|fine|ok|okay|good)\b|\bsome (progress|issues|improvement)\b|\bnothing (much|major|new)\b|\bas usual\b"
            }
            WordingKind::Judgement => {
                r"\b(manipulat(ive|ing)|lazy|attention[- ]seeking|hysterical|crazy|whin(y|ing)|unmotivated|entitled|non-?compliant|uncooperative|difficult (client|patient)|in denial|liar|stubborn|pathetic|annoying|needy|selfish|immature|obnoxious|drama queen|dramatic|spoiled|playing the victim|weak[- ]willed)\b"
            }
            WordingKind::Speculative => {
                r"\b(probably|possibly|likely|maybe|perhaps|might|may|could|seems?|sounds?|looks?|suspect\w*|think|guess|wonder\w*)\b(\W+\w+){0,3}?\W+(bipolar|borderline|bpd|narcissis\w*|npd|adhd|autis\w*|asperger\w*|on the spectrum|psychotic|psychosis|schizo\w*|ocd|ptsd|personality disorder|antisocial|sociopath\w*|psychopath\w*|histrionic|manic|mania|major depress\w*|mdd|dementia|anorexi\w*|bulimi\w*|dissociative)\b"
            }
        }
    }
}

/// One phrase quoted for rewording.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Wording {
    pub kind: WordingKind,
    /// The phrase exactly as written.
    pub phrase: String,
    /// The section it is in.
    pub section: String,
}

/// The checklist for one draft.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Checklist {
    pub covered: Vec<Essential>,
    pub missing: Vec<Essential>,
    pub wording: Vec<Wording>,
    /// Sections that still say "Not addressed in memo.".
    pub not_addressed: Vec<String>,
}

impl Checklist {
    /// True when there is nothing to point out.
    pub fn is_clear(&self) -> bool {
        self.missing.is_empty() && self.wording.is_empty() && self.not_addressed.is_empty()
    }
}

/// The compiled essentials and wording patterns.
type Patterns = (Vec<(Essential, Regex)>, Vec<(WordingKind, Regex)>);

fn compiled() -> &'static Patterns {
    static RE: OnceLock<Patterns> = OnceLock::new();
    RE.get_or_init(|| {
        // The patterns are constants checked by the tests below; a bad one is a bug.
        let build = |p: &str| {
            Regex::new(&format!("(?i){p}")).unwrap_or_else(|e| panic!("checklist pattern: {e}"))
        };
        let essentials = Essential::ALL
            .iter()
            .map(|e| (*e, build(e.pattern())))
            .collect();
        let wording = [
            WordingKind::Vague,
            WordingKind::Judgement,
            WordingKind::Speculative,
        ]
        .iter()
        .map(|k| (*k, build(k.pattern())))
        .collect();
        (essentials, wording)
    })
}

/// Sections the checklist never quotes from: the risk section holds verbatim memo statements
/// that must stay verbatim, and the transcript is the memo itself.
fn quotable(section: &str) -> bool {
    !matches!(section, "Risk" | "Memo transcript")
}

/// Computes the checklist. `memo` is the memo transcript (public part); `sections` are the
/// note's sections as (name, text), without provenance comments. Essentials count as covered
/// when the memo or the note mentions them; wording is quoted from the note, since that is what
/// the clinician signs.
pub fn check(memo: &str, sections: &[(String, String)]) -> Checklist {
    let (essentials, wording_res) = compiled();
    let mut all_text = String::from(memo);
    for (name, text) in sections {
        if name != "Memo transcript" {
            all_text.push('\n');
            all_text.push_str(&text.replace(NOT_ADDRESSED, ""));
        }
    }
    let (mut covered, mut missing) = (Vec::new(), Vec::new());
    for (e, re) in essentials {
        if re.is_match(&all_text) {
            covered.push(*e);
        } else {
            missing.push(*e);
        }
    }
    let mut wording: Vec<Wording> = Vec::new();
    for (name, text) in sections.iter().filter(|(n, _)| quotable(n)) {
        for (kind, re) in wording_res {
            for m in re.find_iter(text) {
                let phrase = m.as_str().split_whitespace().collect::<Vec<_>>().join(" ");
                let dup = wording.iter().any(|w| {
                    w.kind == *kind && w.phrase.eq_ignore_ascii_case(&phrase) && w.section == *name
                });
                if !dup {
                    wording.push(Wording {
                        kind: *kind,
                        phrase,
                        section: name.clone(),
                    });
                }
            }
        }
    }
    let not_addressed = sections
        .iter()
        .filter(|(n, t)| quotable(n) && t.trim() == NOT_ADDRESSED)
        .map(|(n, _)| n.clone())
        .collect();
    Checklist {
        covered,
        missing,
        wording,
        not_addressed,
    }
}

/// The checklist of a freshly composed draft.
pub fn from_document(doc: &DraftDocument) -> Checklist {
    let sections: Vec<(String, String)> = doc
        .note
        .sections
        .iter()
        .map(|s| {
            let text = if s.sentences.is_empty() {
                NOT_ADDRESSED.to_string()
            } else {
                s.sentences
                    .iter()
                    .map(|x| x.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            (s.name.clone(), text)
        })
        .collect();
    check(&doc.public, &sections)
}

fn labels(list: &[Essential]) -> String {
    list.iter()
        .map(|e| e.label())
        .collect::<Vec<_>>()
        .join(", ")
}

/// Quoted text inside a Markdown line: `<` could open a comment and hide the rest.
fn inline(s: &str) -> String {
    s.replace('<', "&lt;").replace(['\n', '\r'], " ")
}

/// The lines of the checklist, without Markdown: shared by the draft block and `hushnote sign`.
pub fn lines(c: &Checklist) -> Vec<String> {
    let mut out = Vec::new();
    if !c.covered.is_empty() {
        out.push(format!("Covered: {}.", labels(&c.covered)));
    }
    if !c.missing.is_empty() {
        out.push(format!(
            "Not in the memo: {} (add them if they apply).",
            labels(&c.missing)
        ));
    }
    for w in &c.wording {
        out.push(format!(
            "Reword \u{201c}{}\u{201d} in {}: {}.",
            inline(&w.phrase),
            inline(&w.section),
            w.kind.label()
        ));
    }
    if !c.not_addressed.is_empty() {
        out.push(format!(
            "Sections that say \"{NOT_ADDRESSED}\": {}.",
            inline(&c.not_addressed.join(", "))
        ));
    }
    out
}

/// The checklist as the Markdown block at the top of a draft, between [`START_MARK`] and
/// [`END_MARK`].
pub fn render_markdown(c: &Checklist) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{START_MARK}");
    out.push_str(
        "> **Before you sign** \u{2014} advice from the memo; nothing here is filled in for you.\n>\n",
    );
    for line in lines(c) {
        let _ = writeln!(out, "> - {line}");
    }
    let _ = writeln!(out, "{END_MARK}");
    out
}

/// Adds advice lines (plain text, one item each) to the end of a draft's checklist block, so
/// that signing drops them with the block; a draft without a block gets one right after its
/// front matter. `<` is escaped so a line cannot open an HTML comment and hide the rest.
pub fn add_lines(markdown: &str, lines: &[String]) -> String {
    if lines.is_empty() {
        return markdown.to_string();
    }
    let items: String = lines
        .iter()
        .map(|l| format!("> - {}\n", inline(l)))
        .collect();
    let end = format!("\n{END_MARK}\n");
    if let Some(i) = markdown.find(&end) {
        let at = i + 1;
        return format!("{}{items}{}", &markdown[..at], &markdown[at..]);
    }
    let at = markdown
        .strip_prefix("---\n")
        .and_then(|rest| rest.find("\n---\n"))
        .map_or(0, |i| i + 4 + 5);
    format!(
        "{}{START_MARK}\n{items}{END_MARK}\n{}",
        &markdown[..at],
        &markdown[at..]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn lines_are_added_inside_the_block() {
        let draft = format!(
            "---\nstatus: draft\n---\n{START_MARK}\n> - Covered: plan.\n{END_MARK}\n\n# Note\n"
        );
        let out = add_lines(&draft, &["Goal 2 (Sleep <7h>) is not touched.".to_string()]);
        assert_eq!(
            out,
            format!(
                "---\nstatus: draft\n---\n{START_MARK}\n> - Covered: plan.\n\
                 > - Goal 2 (Sleep &lt;7h>) is not touched.\n{END_MARK}\n\n# Note\n"
            )
        );
        assert_eq!(add_lines(&draft, &[]), draft);
        let bare = add_lines("---\na: 1\n---\n# Note\n", &["Check.".to_string()]);
        assert_eq!(
            bare,
            format!("---\na: 1\n---\n{START_MARK}\n> - Check.\n{END_MARK}\n# Note\n")
        );
    }

    #[test]
    fn every_pattern_compiles() {
        let (e, w) = compiled();
        assert_eq!(e.len(), 8);
        assert_eq!(w.len(), 3);
    }

    #[test]
    fn a_complete_memo_covers_every_essential() {
        let memo = "Individual session in the office at 3 pm on Tuesday, fifty minutes. Client \
                    presented with anxious mood and restricted affect. We practiced cognitive \
                    restructuring. She engaged well and was able to name two thoughts. Fewer \
                    panic attacks since last session. Homework is a thought record; next session \
                    in one week.";
        let c = check(memo, &secs(&[("Notes", memo)]));
        assert_eq!(c.covered, Essential::ALL.to_vec(), "{c:?}");
        assert!(c.missing.is_empty());
        assert!(c.wording.is_empty(), "{c:?}");
    }

    #[test]
    fn a_thin_memo_misses_essentials_and_quotes_wording() {
        let memo = "Client seemed sad. We discussed feelings. He is lazy and manipulative, \
                    probably bipolar.";
        let c = check(
            memo,
            &secs(&[
                ("Subjective", "Client seemed sad. We discussed feelings."),
                (
                    "Assessment",
                    "He is lazy and manipulative, probably bipolar.",
                ),
                ("Plan", NOT_ADDRESSED),
                ("Risk", "Client seemed sad."),
            ]),
        );
        for e in [
            Essential::DateTime,
            Essential::Duration,
            Essential::ModalitySetting,
            Essential::Plan,
        ] {
            assert!(c.missing.contains(&e), "{e:?} {c:?}");
        }
        let got: Vec<(WordingKind, &str, &str)> = c
            .wording
            .iter()
            .map(|w| (w.kind, w.phrase.as_str(), w.section.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (WordingKind::Vague, "seemed sad", "Subjective"),
                (WordingKind::Vague, "discussed feelings", "Subjective"),
                (WordingKind::Judgement, "lazy", "Assessment"),
                (WordingKind::Judgement, "manipulative", "Assessment"),
                (WordingKind::Speculative, "probably bipolar", "Assessment"),
            ]
        );
        assert_eq!(c.not_addressed, ["Plan"]);
        assert!(!c.is_clear());
    }

    #[test]
    fn plain_clinical_wording_is_not_quoted() {
        let text = "Client reported low mood for two weeks. Therapist introduced behavioral \
                    activation. Client denies suicidal ideation. Family history of bipolar \
                    disorder per client.";
        let c = check(text, &secs(&[("Notes", text)]));
        assert!(c.wording.is_empty(), "{c:?}");
    }

    #[test]
    fn markdown_block_is_marked_quoted_and_escaped() {
        let c = check(
            "x",
            &secs(&[("Plan <b>", NOT_ADDRESSED), ("S", "She seemed <!-- off")]),
        );
        let md = render_markdown(&c);
        assert!(md.starts_with(START_MARK));
        assert!(md.trim_end().ends_with(END_MARK));
        assert!(md.contains("Plan &lt;b>"), "{md}");
        assert!(!md.contains("<b>"), "{md}");
        assert!(md
            .lines()
            .skip(1)
            .take_while(|l| *l != END_MARK)
            .all(|l| l.starts_with('>')));
    }

    #[test]
    fn drafts_carry_the_checklist_before_the_sections() {
        let doc = crate::draft(
            "Client seemed sad today. We practiced grounding.",
            &crate::Format::builtin("soap").unwrap(),
            None,
            &crate::DraftOptions::default(),
        );
        let c = from_document(&doc);
        assert!(c.wording.iter().any(|w| w.phrase == "seemed sad"), "{c:?}");
        assert!(c.covered.contains(&Essential::Interventions));
    }
}
