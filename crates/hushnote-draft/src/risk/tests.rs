//! Unit tests of the risk rules, phenomenon by phenomenon, in wording of their own (not the
//! corpus sentences, which are measured in `tests/risk_corpus.rs`).

use super::*;
use crate::clauses::split_clauses;

/// Reads a memo as the drafting pipeline does: by sentence, filed under its clauses.
/// The rules alone (the learned net has tests of its own in net.rs).
fn read(memo: &str) -> RiskAssessment {
    assess_memo_with(memo, &split_clauses(memo), false)
}

fn polarity(memo: &str) -> Polarity {
    read(memo).polarity
}

fn item(memo: &str, kind: RiskKind) -> Option<ItemStatus> {
    read(memo).item(kind)
}

#[test]
fn lists_under_one_negation_and_scope_ending_at_but() {
    let r = read("Client denies SI, HI or self-harm.");
    assert_eq!(r.polarity, Polarity::Denied);
    assert_eq!(
        r.flags,
        ["suicidal_ideation", "self_harm", "homicidal_ideation"]
    );
    let r = read("He denied thoughts of suicide, but he scratched his wrists on Friday night.");
    assert_eq!(r.polarity, Polarity::Present);
    assert_eq!(r.item(RiskKind::SuicidalIdeation), Some(ItemStatus::Denied));
    assert_eq!(r.item(RiskKind::SelfHarm), Some(ItemStatus::Present));
    assert!(r.needs_review);
}

#[test]
fn denying_plan_and_intent_does_not_deny_ideation() {
    for memo in [
        "Reports passive thoughts of death, no plan and no intent.",
        "She endorses fleeting suicidal thoughts; denies a plan, denies intent.",
        "He said he sometimes hopes he just won't wake up, but has no plan.",
        "Endorses S I without plan or intent.",
    ] {
        assert_eq!(
            item(memo, RiskKind::SuicidalIdeation),
            Some(ItemStatus::Present),
            "{memo}"
        );
    }
    assert_eq!(polarity("Denies a plan or intent."), Polarity::None);
}

#[test]
fn passive_wishes_to_be_dead_are_ideation() {
    for memo in [
        "He says he doesn't want to be around anymore.",
        "Lately she has not wanted to live.",
        "She told me she is tired of living.",
        "He thinks his family would be better off without him.",
        "She wishes she could fall asleep one night and never wake up.",
        "Client reports a death wish since the funeral.",
        "He has been saying there is no point in living.",
    ] {
        assert_eq!(
            item(memo, RiskKind::SuicidalIdeation),
            Some(ItemStatus::Present),
            "{memo}"
        );
    }
}

#[test]
fn double_negation_is_affirmed_and_needs_review() {
    for memo in [
        "She did not deny cutting her forearm this week.",
        "It isn't true that he never thinks of ending his life.",
        "I can't say she never drinks to blackout.",
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, Polarity::Present, "{memo}: {:?}", r.findings);
        assert!(r.needs_review, "{memo}");
    }
    // Two denials joined by "and" are a list, not a double negation.
    assert_eq!(
        polarity("He denies drinking and denies drug use."),
        Polarity::Denied
    );
}

#[test]
fn time_windows_separate_current_from_history() {
    let r = read("She overdosed on pills in college.");
    assert_eq!(r.polarity, Polarity::None);
    assert_eq!(r.item(RiskKind::SubstanceUse), Some(ItemStatus::History));
    assert!(r.needs_review);
    assert_eq!(
        polarity("He relapsed on beer over the weekend."),
        Polarity::Present
    );
    assert_eq!(
        polarity("She burned her arm with a lighter five weeks ago."),
        Polarity::Present
    );
    assert_eq!(
        polarity("She burned her arm with a lighter six months ago."),
        Polarity::None
    );
    let r = read("History of cutting as a teenager; denies any self-harm now.");
    assert_eq!(r.item(RiskKind::SelfHarm), Some(ItemStatus::Denied));
}

#[test]
fn someone_elses_risk_is_not_the_clients() {
    for memo in [
        "His roommate tried to kill himself in March.",
        "Her daughter has been burning herself with matches.",
        "His uncle drinks every night and gets violent.",
        "Her best friend overdosed on heroin last month.",
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, Polarity::None, "{memo}: {:?}", r.findings);
    }
    let r = read("His father took his own life; he denies any suicidal thoughts himself.");
    assert_eq!(r.polarity, Polarity::Denied);
    // The client's own disclosure after a third party's is the client's.
    let r = read("Her husband moved out and she has been thinking about killing herself.");
    assert_eq!(
        r.item(RiskKind::SuicidalIdeation),
        Some(ItemStatus::Present)
    );
}

#[test]
fn abuse_of_or_by_the_client_is_abuse() {
    for memo in [
        "Her fiance shoved her into the dresser on Sunday.",
        "He admits he slapped his wife during an argument.",
        "The teen says her stepfather hits her with a cord.",
        "Her son takes her social security check and won't let her buy food.",
        "She says her girlfriend reads her messages and tracks her location.",
    ] {
        assert_eq!(
            item(memo, RiskKind::Abuse),
            Some(ItemStatus::Present),
            "{memo}"
        );
    }
    assert_eq!(
        item("He punched a stranger outside a club.", RiskKind::Violence),
        Some(ItemStatus::Present)
    );
    assert_eq!(
        item("Her aunt is in an abusive marriage.", RiskKind::Abuse),
        None
    );
}

#[test]
fn harm_to_others_homicidal_and_intrusive_thoughts() {
    assert_eq!(
        item(
            "He has thoughts of strangling his landlord.",
            RiskKind::HomicidalIdeation
        ),
        Some(ItemStatus::Present)
    );
    let r = read("She has unwanted intrusive images of stabbing her toddler and is horrified.");
    assert_eq!(r.item(RiskKind::HarmToOthers), Some(ItemStatus::Present));
    assert_eq!(r.item(RiskKind::HomicidalIdeation), None);
    assert!(r.needs_review);
    assert_eq!(
        item(
            "He has had urges to smack his coworker.",
            RiskKind::HarmToOthers
        ),
        Some(ItemStatus::Present),
        "smack is a striking verb (risk::recall::strike_verb)"
    );
    assert_eq!(
        item(
            "He has had urges to punch his coworker.",
            RiskKind::HarmToOthers
        ),
        Some(ItemStatus::Present)
    );
}

#[test]
fn idioms_hypotheticals_and_accidents_are_not_risk() {
    for memo in [
        "Her new job is killing her.",
        "He was dying to tell me about the trip.",
        "She is dead tired after night shifts.",
        "He cut ties with his old crew.",
        "She got hammered by questions at the interview.",
        "He has an overdose of emails every morning.",
        "They ran suicides at practice.",
        "She sliced her thumb while cooking dinner.",
        "We talked about what he would do if the urges to drink came back.",
        "He dreamed that he shot his brother.",
        "She watched a documentary about a suicide cult.",
        "He beat his brother at poker.",
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, Polarity::None, "{memo}: {:?}", r.findings);
    }
}

#[test]
fn questions_take_their_answers() {
    let r = read("I asked if he has thought about killing himself and he said no.");
    assert_eq!(r.polarity, Polarity::Denied);
    let r = read("Asked about drinking; he said a couple of beers most nights.");
    assert_eq!(r.item(RiskKind::SubstanceUse), Some(ItemStatus::Present));
    let r = read("When I asked about self-harm she said maybe once or twice.");
    assert_eq!(r.polarity, Polarity::Present);
    assert!(r.needs_review);
    let r = read("I asked about suicidal thoughts but the call dropped before he answered.");
    assert_eq!(r.polarity, Polarity::None);
    assert!(r.needs_review);
}

#[test]
fn hedges_are_present_with_review() {
    let r = read("She said she kind of wants to disappear forever.");
    assert_eq!(r.polarity, Polarity::Present);
    assert!(r.needs_review);
}

#[test]
fn means_are_context_only() {
    let r = read("He keeps a rifle in his closet.");
    assert_eq!(r.polarity, Polarity::None);
    assert_eq!(r.item(RiskKind::AccessToMeans), Some(ItemStatus::Present));
    assert!(r.needs_review, "means without a suicide screen");
    let r = read("His guns were moved to his cousin's house.");
    assert_eq!(r.item(RiskKind::AccessToMeans), Some(ItemStatus::Denied));
}

#[test]
fn substance_slang_and_denials() {
    for memo in [
        "He got wasted at a party on Friday.",
        "She has been snorting pills she gets from a coworker.",
        "He blacked out twice this month.",
        "She drove home buzzed after the game.",
    ] {
        assert_eq!(
            item(memo, RiskKind::SubstanceUse),
            Some(ItemStatus::Present),
            "{memo}"
        );
    }
    assert_eq!(
        polarity("Four months sober, no use since."),
        Polarity::Denied
    );
    assert_eq!(
        polarity("She drinks three cups of tea a day."),
        Polarity::None
    );
}

#[test]
fn whisper_near_misses_count_and_need_review() {
    for (memo, kind) in [
        (
            "She reported feeling who a sidal last night.",
            RiskKind::SuicidalIdeation,
        ),
        ("He admitted self arm on Monday.", RiskKind::SelfHarm),
        (
            "Reports using fentanil on the weekend.",
            RiskKind::SubstanceUse,
        ),
        (
            "He has had home aside all thoughts about his boss.",
            RiskKind::HomicidalIdeation,
        ),
    ] {
        let r = read(memo);
        assert_eq!(
            r.item(kind),
            Some(ItemStatus::Present),
            "{memo}: {:?}",
            r.findings
        );
        assert!(r.findings.iter().any(|f| f.attributes.near_miss), "{memo}");
        assert!(r.needs_review);
    }
    let r = read("Client denies sewer side ideation and idea nation of harming others.");
    assert_eq!(r.polarity, Polarity::Denied);
}

#[test]
fn findings_quote_the_memo_verbatim_and_sentences_keep_scope_across_clauses() {
    let memo = "Client said she no longer wants to live, no plan. Denies drinking.";
    let clauses = split_clauses(memo);
    let r = assess_memo(memo, &clauses);
    for f in &r.findings {
        assert!(memo.contains(&f.quote), "{f:?}");
        assert!(clauses.iter().any(|c| c.id == f.clause_id));
    }
    assert_eq!(
        r.item(RiskKind::SuicidalIdeation),
        Some(ItemStatus::Present)
    );
    assert_eq!(r.item(RiskKind::SubstanceUse), Some(ItemStatus::Denied));
}

#[test]
fn collateral_witnesses_and_relations_in_subject_position() {
    // A parent who found something reports the client's act, not their own.
    let r = read("Dad found a note on her phone saying goodbye forever, and she admitted it.");
    assert_eq!(r.polarity, Polarity::Present, "{:?}", r.findings);
    // A child named by age is a third party.
    assert_eq!(
        polarity("Her nine-year-old has been hitting himself at school."),
        Polarity::None
    );
    // Another group member's relapse is not the client's.
    assert_eq!(
        polarity("In group, another member said he relapsed on pills."),
        Polarity::None
    );
    // "his wife says he threatened her": the object is the wife, so it is abuse.
    let r = read("His girlfriend says he choked her last night.");
    assert_eq!(r.item(RiskKind::Abuse), Some(ItemStatus::Present));
}

#[test]
fn self_and_others_in_one_list() {
    let r = read("Denies any thoughts of harming himself or anyone else.");
    assert_eq!(r.item(RiskKind::SelfHarm), Some(ItemStatus::Denied));
    assert_eq!(r.item(RiskKind::HarmToOthers), Some(ItemStatus::Denied));
}

#[test]
fn preparatory_acts_and_aborted_attempts() {
    for memo in [
        "He looked up online what dose of insulin would be lethal.",
        "Last week she drove to the bridge intending to jump but called her sister instead.",
        "She wrote farewell notes to her parents on Sunday.",
    ] {
        assert_eq!(
            item(memo, RiskKind::SuicidalIdeation),
            Some(ItemStatus::Present),
            "{memo}"
        );
    }
}

#[test]
fn fillers_and_shorthand() {
    let r = read("She took, um, about thirty of her pills on Friday.");
    assert_eq!(r.item(RiskKind::SelfHarm), Some(ItemStatus::Present));
    assert_eq!(polarity("SI/HI: neg."), Polarity::Denied);
    assert_eq!(polarity("HITS negative."), Polarity::Denied);
    assert_eq!(polarity("Tox screen came back clean."), Polarity::Denied);
}

#[test]
fn a_denied_purpose_and_a_bfrb_are_not_self_harm_but_bleeding_on_purpose_is() {
    assert_eq!(
        polarity("She bites her nails, not to hurt herself, just nerves."),
        Polarity::None
    );
    assert_eq!(
        item(
            "He scratches his scalp until it bleeds when anxious.",
            RiskKind::SelfHarm
        ),
        Some(ItemStatus::Present)
    );
}

/// Varied wordings written for these rules (none from a corpus): every one must read right.
#[test]
fn varied_wordings_read_right() {
    let cases: &[(&str, &str)] = &[
        ("Client endorsed +SI this morning.", "present"),
        ("He says he wants to off himself.", "present"),
        (
            "Pt states she has been feeling like she wants to disappear for good.",
            "present",
        ),
        ("No SI, no HI, no AVH, contracts for safety.", "denied"),
        (
            "Suicidal ideation: denies. Homicidal ideation: denies.",
            "denied",
        ),
        (
            "She is not currently suicidal but was last week.",
            "present",
        ),
        ("He drank a six pack on Saturday and drove.", "present"),
        ("Smoked weed twice this week.", "present"),
        ("Did a line of coke at a party Friday.", "present"),
        ("Took some edibles on the weekend.", "present"),
        ("She popped two Xanax she got from her cousin.", "present"),
        ("He denies alcohol, cannabis, and other drug use.", "denied"),
        ("He hasn't had a drink in six months.", "denied"),
        ("Her husband has been hitting her again.", "present"),
        ("She said her boyfriend slams her against walls.", "present"),
        ("He says his father beat him with a belt as a kid.", "none"),
        ("She punched her roommate in the face Monday.", "present"),
        ("He kicked his dog.", "none"),
        (
            "He has been having thoughts of hurting his coworkers.",
            "present",
        ),
        ("Denies homicidal thoughts toward his ex-wife.", "denied"),
        (
            "She burned her wrist on the stove while making dinner.",
            "none",
        ),
        (
            "She has been picking at scabs until they bleed to calm down.",
            "present",
        ),
        (
            "He reports urges to cut but has not acted on them.",
            "present",
        ),
        ("Her sister committed suicide in 2019.", "none"),
        (
            "Client's mother has dementia and was neglected at her facility.",
            "none",
        ),
        ("He worries his son is using heroin.", "none"),
        (
            "She admitted to thinking about overdosing on her antidepressants.",
            "present",
        ),
        (
            "He said he has a rope in the garage and thinks about using it.",
            "present",
        ),
        (
            "Not sure if she's safe to go home; she was vague about suicidal thoughts.",
            "present",
        ),
        (
            "We practiced the safety plan in case thoughts of self-harm return.",
            "none",
        ),
        ("She's been binge drinking on weekends.", "present"),
        (
            "Client states no thoughts of harm to self or others.",
            "denied",
        ),
        (
            "Patient denies suicidal and homicidal ideation, intent and plan.",
            "denied",
        ),
        (
            "He shot at his neighbor's car during an argument last month.",
            "present",
        ),
        (
            "She threatened to stab her boyfriend if he cheats again.",
            "present",
        ),
        (
            "He is a police officer and had to shoot a suspect last year.",
            "none",
        ),
        ("Client lost her brother to an overdose.", "none"),
        (
            "She admits she has been starving herself and making herself throw up.",
            "present",
        ),
        ("He got a DUI two weeks ago.", "present"),
        ("No alcohol since rehab in March.", "denied"),
        ("She wonders whether life is worth living.", "present"),
        ("Says he would be better off dead.", "present"),
        (
            "Her ex-boyfriend keeps sending threatening texts and showed up at her apartment.",
            "present",
        ),
        ("He slapped his son across the face last night.", "present"),
        (
            "He feels like a burden and that his family would be better without him.",
            "present",
        ),
    ];
    let mut bad = 0;
    for (s, want) in cases {
        let r = read(s);
        if r.polarity.as_str() != *want {
            bad += 1;
            eprintln!(
                "MISS want {want} got {}: {s}\n   {:?}",
                r.polarity,
                r.findings
                    .iter()
                    .map(|f| (f.kind.flag(), f.status.as_str(), f.quote.as_str()))
                    .collect::<Vec<_>>()
            );
        }
    }
    assert_eq!(bad, 0, "{bad} of {} misread", cases.len());
}

#[test]
fn reflexive_idioms_are_not_self_harm() {
    for memo in [
        "He keeps pushing himself too hard at the gym.",
        "She dragged herself to work every day this week.",
        "He is kicking himself over the missed deadline.",
        "She threw herself into her studies.",
    ] {
        assert_eq!(polarity(memo), Polarity::None, "{memo}");
    }
    assert_eq!(
        item("He punched himself in the head twice.", RiskKind::SelfHarm),
        Some(ItemStatus::Present)
    );
}

#[test]
fn elliptical_affirmation_after_a_denial() {
    let r = read("He is not using right now but was on Saturday.");
    assert_eq!(r.polarity, Polarity::Present, "{:?}", r.findings);
    assert!(r.needs_review);
}

#[test]
fn passive_victims_and_preparatory_means() {
    assert_eq!(
        polarity("His grandmother was abused by a caregiver at her nursing home."),
        Polarity::None
    );
    assert_eq!(
        item("Her toddler was hit by her boyfriend.", RiskKind::Abuse),
        Some(ItemStatus::Present)
    );
    let r = read("She keeps a noose in the closet and thinks about using it.");
    assert_eq!(
        r.item(RiskKind::SuicidalIdeation),
        Some(ItemStatus::Present)
    );
    assert_eq!(r.item(RiskKind::AccessToMeans), Some(ItemStatus::Present));
}

/// A second set of wordings written for these rules: dictation habits, lists and scope.
#[test]
fn more_varied_wordings_read_right() {
    let cases: &[(&str, &str)] = &[
        ("Pt denies SI/HI/SIB at this time.", "denied"),
        (
            "No current suicidal or homicidal ideation, plan, or intent reported.",
            "denied",
        ),
        (
            "She has had SI on and off for the past two weeks.",
            "present",
        ),
        (
            "He reports a history of SI but none in the past year.",
            "denied",
        ),
        (
            "Denies self harm; denies substance use; endorses passive SI.",
            "present",
        ),
        ("He was drunk when he called me last night.", "present"),
        (
            "She admits to a few drinks at a wedding Saturday, first since treatment.",
            "present",
        ),
        ("Negative for suicidal ideation.", "denied"),
        ("Risk assessment: no SI, no HI, no self-harm.", "denied"),
        (
            "He hit his wife once, two years ago, and none since.",
            "denied",
        ),
        (
            "She reported that her partner strangled her until she nearly passed out on Sunday.",
            "present",
        ),
        (
            "The client's ex is stalking her and tracking her phone.",
            "present",
        ),
        (
            "He's been thinking a lot about how everyone would be better off if he weren't around.",
            "present",
        ),
        (
            "She sometimes thinks about driving off the bridge on her way to work.",
            "present",
        ),
        ("He told me he has been saving up his pills.", "none"),
        ("Endorses daily cannabis use.", "present"),
        (
            "He denies using any substances other than nicotine.",
            "denied",
        ),
        (
            "She describes cutting as a way to cope, last time yesterday.",
            "present",
        ),
        ("He said he would never hurt his kids.", "denied"),
        (
            "She worries she might snap and hurt her baby, though she has never acted on it.",
            "present",
        ),
        (
            "Reports urges to hit his brother when they argue.",
            "present",
        ),
        (
            "He threatened to kill his supervisor during a meeting on Monday.",
            "present",
        ),
        ("She isn't suicidal, just exhausted.", "denied"),
        (
            "Mom reports he has been punching holes in the walls.",
            "none",
        ),
        ("Her neighbor's son was arrested for assault.", "none"),
        (
            "We discussed the difference between self-harm and suicidal thoughts.",
            "none",
        ),
        ("She has been restricting food and purging daily.", "none"),
        ("He played a violent video game all weekend.", "none"),
        ("She's killing time before her shift.", "none"),
        ("He got shot down when he asked her out.", "none"),
        ("That movie killed me, she said, laughing.", "none"),
        ("He smokes a pack of cigarettes a day.", "none"),
        ("They had a screaming match but no one got hurt.", "denied"),
        (
            "She used to cut in middle school and has had no urges since.",
            "denied",
        ),
        (
            "Client reports being suicidal last night after the fight.",
            "present",
        ),
        (
            "He attempted to hang himself in jail four years ago.",
            "none",
        ),
        (
            "Denies any intent to act on the thoughts of killing himself.",
            "present",
        ),
        (
            "She took too many of her Klonopin on purpose last weekend.",
            "present",
        ),
        (
            "He overdosed on heroin on Thursday and was revived with Narcan.",
            "present",
        ),
        (
            "She says her mother slaps her when she gets bad grades.",
            "present",
        ),
    ];
    let mut bad = 0;
    for (s, want) in cases {
        let r = read(s);
        if r.polarity.as_str() != *want {
            bad += 1;
            eprintln!(
                "MISS want {want} got {}: {s}\n   {:?}",
                r.polarity,
                r.findings
                    .iter()
                    .map(|f| (f.kind.flag(), f.status.as_str(), f.quote.as_str()))
                    .collect::<Vec<_>>()
            );
        }
    }
    assert_eq!(bad, 0, "{bad} of {} misread", cases.len());
}

/// A memo, its expected `risk`, and items it must have.
type MemoCase = (
    &'static str,
    &'static str,
    &'static [(RiskKind, ItemStatus)],
);

/// Whole memos of my own: categories read across sentences.
#[test]
fn memos_read_across_sentences() {
    let cases: &[MemoCase] = &[
        (
            "Session nine, telehealth. At first he denied SI. Later in the session he admitted \
             he has been having passive thoughts of not wanting to be here, mostly at night. \
             No plan. We updated his safety plan.",
            "present",
            &[(RiskKind::SuicidalIdeation, ItemStatus::Present)],
        ),
        (
            "Intake. History of two overdoses in her twenties, none since. Currently denies \
             alcohol or drug use and denies suicidal thoughts. Protective factors include her \
             daughter and her church. Plan: weekly CBT.",
            "denied",
            &[
                (RiskKind::SubstanceUse, ItemStatus::Denied),
                (RiskKind::SuicidalIdeation, ItemStatus::Denied),
            ],
        ),
        (
            "Client processed grief about her father. She has strong supports and is future \
             oriented. We reviewed her crisis line numbers. Next session in two weeks.",
            "none",
            &[],
        ),
        (
            "PHQ nine item nine was a one this week, several days. She says the thought of \
             dying crosses her mind but she would not act on it.",
            "present",
            &[(RiskKind::SuicidalIdeation, ItemStatus::Present)],
        ),
        (
            "Couples session. She reported that he grabbed her by the throat during an argument \
             last Friday. He said it was an accident. Both deny any weapons in the home.",
            "present",
            &[(RiskKind::Abuse, ItemStatus::Present)],
        ),
        (
            "He keeps his late father's revolver in a drawer by the bed. We did not get to the \
             suicide screen today.",
            "none",
            &[(RiskKind::AccessToMeans, ItemStatus::Present)],
        ),
        (
            "Teen session. He has been vaping nicotine and drinking energy drinks. Denies \
             alcohol or weed. Talked about his coach killing them at practice with sprints.",
            "denied",
            &[(RiskKind::SubstanceUse, ItemStatus::Denied)],
        ),
    ];
    let mut bad = Vec::new();
    for (memo, risk, items) in cases {
        let r = read(memo);
        let ok = r.polarity.as_str() == *risk && items.iter().all(|(k, s)| r.item(*k) == Some(*s));
        if !ok {
            bad.push(format!(
                "{memo}\n  got {} {:?}\n  {:?}",
                r.polarity,
                r.items,
                r.findings
                    .iter()
                    .map(|f| (f.kind.flag(), f.status.as_str(), f.quote.as_str()))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// Everyday clinical and spoken wording that only looks like risk.
#[test]
fn benign_clinical_wording_is_not_risk() {
    for memo in [
        "She has been fighting with her mom about curfew.",
        "He works as a substance abuse counselor and is burned out.",
        "Drug test for the new job came back fine, he said.",
        "She picked up her prescriptions at the drug store.",
        "He made some cutting remarks about his sister.",
        "She hit her head when she fell on the ice.",
        "He hit a deer on the highway on Monday.",
        "She felt like she hit rock bottom after the layoff.",
        "Panic attacks are down to one a week.",
        "She describes verbal abuse from her boss at the warehouse.",
        "He gave the new medication a shot.",
        "They are killing time until the custody hearing.",
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, Polarity::None, "{memo}: {:?}", r.findings);
    }
}

/// A third set of my own: slang, garbles, conditional threats, time spans, imperatives.
#[test]
fn slang_garbles_conditionals_and_time_spans() {
    let cases: &[(&str, &str)] = &[
        (
            "He says he wanna die sometimes, lol, but means it.",
            "present",
        ),
        ("She's been taking percs she buys at school.", "present"),
        ("Reports suicidal idea asian since the divorce.", "present"),
        (
            "She told me if things get worse she might hurt herself.",
            "present",
        ),
        ("He yelled kill yourself at a kid in a game chat.", "none"),
        (
            "Thoughts of being dead a couple of months ago, none since.",
            "denied",
        ),
        (
            "Suicidal thoughts a couple of months ago, nothing recently.",
            "denied",
        ),
        (
            "He no longer denies the drinking; says it's every night.",
            "present",
        ),
        ("She wouldn't say she's not suicidal.", "present"),
        ("Screened for SI: negative.", "denied"),
        ("C-SSRS: no to all.", "denied"),
        ("Asked about SI and HI, and he denied both.", "denied"),
    ];
    let mut bad = 0;
    for (s, want) in cases {
        let r = read(s);
        if r.polarity.as_str() != *want {
            bad += 1;
            eprintln!(
                "MISS want {want} got {}: {s}\n   {:?}",
                r.polarity,
                r.findings
                    .iter()
                    .map(|f| (f.kind.flag(), f.status.as_str(), f.quote.as_str()))
                    .collect::<Vec<_>>()
            );
        }
    }
    assert_eq!(bad, 0, "{bad} of {} misread", cases.len());
}

/// More vocabulary of my own: passive wishes, rehearsal, mass-violence threats, neglect.
#[test]
fn more_vocabulary() {
    for (memo, kind) in [
        (
            "She has had thoughts of ending things this week.",
            RiskKind::SuicidalIdeation,
        ),
        (
            "He sometimes hopes he'll get hit by a bus on the way to work.",
            RiskKind::SuicidalIdeation,
        ),
        (
            "She said she wouldn't mind if she didn't wake up.",
            RiskKind::SuicidalIdeation,
        ),
        (
            "He practiced tying a noose last weekend.",
            RiskKind::SuicidalIdeation,
        ),
        (
            "He has talked about shooting up his school.",
            RiskKind::HomicidalIdeation,
        ),
        ("Her ex forced himself on her in October.", RiskKind::Abuse),
        ("He leaves his kids home alone overnight.", RiskKind::Abuse),
        (
            "She gets high before school most days.",
            RiskKind::SubstanceUse,
        ),
    ] {
        let r = read(memo);
        assert_eq!(
            r.item(kind),
            Some(ItemStatus::Present),
            "{memo}: {:?}",
            r.findings
        );
    }
    assert_eq!(
        item(
            "He has talked about shooting up his school.",
            RiskKind::SubstanceUse
        ),
        None
    );
}

/// Speech-recogniser garbles of my own making, beyond the ones the rules were written from.
#[test]
fn more_garbles() {
    for (memo, want) in [
        (
            "Client reports sue side all thoughts since Friday.",
            Polarity::Present,
        ),
        ("Denies home a sidal ideation.", Polarity::Denied),
        (
            "Reports homicide all thoughts toward his landlord.",
            Polarity::Present,
        ),
        ("Denies self farming.", Polarity::Denied),
        (
            "She endorsed suicidal idea shun last week.",
            Polarity::Present,
        ),
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, want, "{memo}: {:?}", r.findings);
        assert!(r.needs_review, "{memo}");
    }
}

/// Collateral and compound subjects of my own wording.
#[test]
fn collateral_and_compound_subjects() {
    for (memo, kind, want) in [
        (
            "Her mother reports that the client has been cutting again.",
            RiskKind::SelfHarm,
            Some(ItemStatus::Present),
        ),
        (
            "Per his wife, he has been drinking heavily since June.",
            RiskKind::SubstanceUse,
            Some(ItemStatus::Present),
        ),
        (
            "His wife is worried he will hurt himself.",
            RiskKind::SelfHarm,
            Some(ItemStatus::Present),
        ),
        (
            "The client's son has been using meth.",
            RiskKind::SubstanceUse,
            None,
        ),
        (
            "He and his brother got into a fight at a bar on Friday.",
            RiskKind::Violence,
            Some(ItemStatus::Present),
        ),
        (
            "She and her partner argue a lot, and he pushed her last week.",
            RiskKind::Abuse,
            Some(ItemStatus::Present),
        ),
    ] {
        let r = read(memo);
        assert_eq!(r.item(kind), want, "{memo}: {:?}", r.findings);
    }
}

/// More idioms and workplace words of my own that only look like risk.
#[test]
fn more_idioms() {
    for memo in [
        "Her talent was wasted on that job.",
        "She volunteers at a domestic violence shelter on weekends.",
        "He complained about his manager's abuse of power.",
        "She bought a glue gun for the school project.",
        "He's dead to me, she said about her ex.",
        "She skipped rope with her niece.",
        "Over my dead body, he said about moving.",
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, Polarity::None, "{memo}: {:?}", r.findings);
        assert_eq!(r.item(RiskKind::AccessToMeans), None, "{memo}");
    }
    assert_eq!(
        item(
            "History of abuse of painkillers; using again since May.",
            RiskKind::SubstanceUse
        ),
        Some(ItemStatus::Present)
    );
}

/// The three failures issue 10 reports, as regressions.
#[test]
fn issue_10_examples() {
    let r = read(
        "Teen client, sixteen. She reported cutting last Tuesday on her forearm, superficial, no \
         medical care needed. She denies current intent or plan to kill herself. We completed a \
         safety plan.",
    );
    assert_eq!(r.polarity, Polarity::Present);
    assert_eq!(r.item(RiskKind::SelfHarm), Some(ItemStatus::Present));
    let r = read(
        "She has had passive thoughts of not wanting to wake up, no plan and no intent, and she \
         has no access to firearms.",
    );
    assert_eq!(
        r.item(RiskKind::SuicidalIdeation),
        Some(ItemStatus::Present)
    );
    assert_eq!(r.item(RiskKind::AccessToMeans), Some(ItemStatus::Denied));
    assert_eq!(r.item(RiskKind::Violence), None);
    let memo = "She said her partner pushed her against a wall on Saturday. I gave her the \
                domestic violence hotline number.";
    let r = read(memo);
    assert_eq!(r.item(RiskKind::Abuse), Some(ItemStatus::Present));
    let abuse: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.kind == RiskKind::Abuse)
        .map(|f| f.quote.as_str())
        .collect();
    assert_eq!(
        abuse,
        ["pushed her"],
        "the disclosure, not the hotline, carries the finding"
    );
}

/// Odd input never panics: empty text, marks only, multi-byte letters, apostrophes at edges,
/// and a few thousand pseudo-random strings over a mixed alphabet.
#[test]
fn odd_input_never_panics() {
    for memo in [
        "",
        " ",
        "...",
        "'",
        "—; ; ;",
        "Ünïcödé wörds, ß and 你好. Denies SI.",
        "'kms' 'unalive' \u{2019}self-harm\u{2019}",
        "S I H I E T O H",
        "if if if but but not not no.",
        "He said, \"I want to die.\"",
    ] {
        let _ = read(memo);
    }
    let alphabet: Vec<char> = "abc SIHkmsno'’.,;:!?-/é你 denies cut kill self harm suicidal"
        .chars()
        .collect();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..3000 {
        let mut s = String::new();
        for _ in 0..(state % 60) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            s.push(alphabet[(state % alphabet.len() as u64) as usize]);
        }
        let r = read(&s);
        for f in &r.findings {
            assert!(s.contains(&f.quote), "{s:?}: {f:?}");
        }
    }
}

/// A negated verb of knowing does not negate the clause it governs; a denial does.
#[test]
fn negation_stops_at_a_known_clause() {
    assert_eq!(
        polarity("No one in her family knows that she has been cutting."),
        Polarity::Present
    );
    assert_eq!(
        polarity("His wife doesn't know he has been drinking again."),
        Polarity::Present
    );
    assert_eq!(
        polarity("She denies that she has ever cut herself."),
        Polarity::Denied
    );
    assert_eq!(
        polarity("He said he has never hurt himself."),
        Polarity::Denied
    );
}

/// A negation does not cross into a subordinate clause with its own subject.
#[test]
fn negation_stops_at_a_subordinate_clause() {
    assert_eq!(
        polarity("Nothing helps when she feels like she wants to die."),
        Polarity::Present
    );
    assert_eq!(
        polarity("He never drinks when he is alone."),
        Polarity::Denied
    );
}

/// Summaries addressed to the client speak of "you"; an answer may come before its question.
#[test]
fn second_person_summaries_and_answers_before_questions() {
    let r = read("You said no when I asked about thoughts of cutting yourself.");
    assert_eq!(
        r.item(RiskKind::SelfHarm),
        Some(ItemStatus::Denied),
        "{:?}",
        r.findings
    );
    let r = read("You told me you have had thoughts of killing yourself this week.");
    assert_eq!(
        r.item(RiskKind::SuicidalIdeation),
        Some(ItemStatus::Present),
        "{:?}",
        r.findings
    );
}

/// Urges after self-harm are self-harm urges; after drinking they are cravings, not use.
#[test]
fn urges_take_their_neighbours_category_but_cravings_are_not_use() {
    assert_eq!(
        polarity("She denies drinking this week. Reports strong urges in the evenings."),
        Polarity::Denied
    );
    assert_eq!(
        item(
            "He stopped cutting in June. Still has daily urges.",
            RiskKind::SelfHarm
        ),
        Some(ItemStatus::Present)
    );
}

/// A low-risk formulation is no disclosure; an aborted attempt is no self-harm act.
#[test]
fn formulations_and_aborted_attempts() {
    assert_eq!(
        polarity("Assessment: low risk of homicide at this time."),
        Polarity::None
    );
    let r = read("Last month he drove to the bridge planning to jump, then drove home.");
    assert_eq!(
        r.item(RiskKind::SuicidalIdeation),
        Some(ItemStatus::Present)
    );
    assert_eq!(r.item(RiskKind::SelfHarm), None);
}

/// A vague global line is neither an item nor silence: it asks for review.
#[test]
fn vague_global_denial_asks_for_review() {
    let r = read("Mood better. No safety concerns today.");
    assert_eq!(r.polarity, Polarity::None);
    assert!(r.needs_review);
    assert!(!read("Mood better. Denies SI. No safety concerns.")
        .review_reasons
        .iter()
        .any(|x| x.contains("global")));
}

/// Screens and their results, written my own way.
#[test]
fn screens_and_results() {
    for (memo, want) in [
        ("PHQ-9 item 9 scored 2.", Polarity::Present),
        ("Item nine: zero.", Polarity::Denied),
        (
            "ASQ positive; follow-up C-SSRS showed passive ideation only.",
            Polarity::Present,
        ),
        ("Columbia screen negative today.", Polarity::Denied),
        ("C-SSRS completed.", Polarity::None),
        (
            "Urine drug screen positive for fentanyl.",
            Polarity::Present,
        ),
        ("Breathalyzer was zero at intake.", Polarity::Denied),
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, want, "{memo}: {:?}", r.findings);
    }
    assert!(
        read("C-SSRS completed.").needs_review,
        "a screen with no result asks for review"
    );
}

#[test]
fn time_anchors_make_history_not_current_risk() {
    for memo in [
        "He did five years for stabbing a man outside a nightclub.",
        "She used cocaine most weekends in the nineties.",
        "He got into bar fights all the time during his deployment.",
        "Back in college she cut her thighs.",
        "In the navy he drank until he blacked out most weekends.",
    ] {
        assert_ne!(polarity(memo), Polarity::Present, "{memo}");
        assert!(read(memo).needs_review, "{memo}");
    }
    // Current words still win over the period, and a period one is in now is current.
    for memo in [
        "He is in the army and drinks heavily every night.",
        "Served two years for assault, and he punched a stranger at the bus stop last week.",
        "She drank in the eighties and relapsed again on Saturday.",
    ] {
        assert_eq!(polarity(memo), Polarity::Present, "{memo}");
    }
}

#[test]
fn rehearsals_and_goals_are_not_events_or_denials() {
    for memo in [
        "We role-played saying no to a line of coke at the party.",
        "She practised refusing a drink from her uncle.",
        "We rehearsed how to turn down a joint when friends offer one.",
        "We did a role play of being pushed by a stranger in a queue.",
        "Her aim is to stay clean through the summer.",
        "He is committed to remaining sober for his daughter's wedding.",
    ] {
        assert_eq!(polarity(memo), Polarity::None, "{memo}");
    }
    // What the rehearsal is about may still be real.
    assert_eq!(
        polarity("She role-played telling her husband that his hitting her has to stop."),
        Polarity::Present
    );
    assert_eq!(
        polarity("Her goal is to stop wanting to be dead."),
        Polarity::Present
    );
    assert_eq!(
        item(
            "He managed to stay sober all month, no slips.",
            RiskKind::SubstanceUse
        ),
        Some(ItemStatus::Denied)
    );
}

#[test]
fn topics_not_asked_say_nothing_and_corrections_swap_the_category() {
    let r = read("Denies HI, sorry, I meant denies SI; HI was not asked today.");
    assert_eq!(r.item(RiskKind::SuicidalIdeation), Some(ItemStatus::Denied));
    assert_eq!(r.item(RiskKind::HomicidalIdeation), None);
    assert!(r.needs_review);
    let r = read("Denies self-harm, I meant denies HI. Self-harm was not screened.");
    assert_eq!(
        r.item(RiskKind::HomicidalIdeation),
        Some(ItemStatus::Denied)
    );
    assert_eq!(r.item(RiskKind::SelfHarm), None);
    for memo in [
        "We did not get to ask about drinking.",
        "Suicidal ideation not assessed, out of time.",
        "I didn't screen for self-harm today.",
        "Violence wasn't discussed this week.",
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, Polarity::None, "{memo}");
        assert!(r.needs_review, "{memo}");
    }
    assert_eq!(
        item(
            "Self-harm not assessed, denies SI.",
            RiskKind::SuicidalIdeation
        ),
        Some(ItemStatus::Denied)
    );
}

#[test]
fn a_pronoun_for_an_act_takes_the_antecedents_category() {
    for (memo, kind) in [
        (
            "He cut his forearms as a teenager and says he hasn't done that in years.",
            RiskKind::SelfHarm,
        ),
        (
            "Her sister was slapped by her husband; the client says that has never happened to her.",
            RiskKind::Abuse,
        ),
        (
            "She overdosed on paracetamol at seventeen and has no thoughts of doing it again.",
            RiskKind::SuicidalIdeation,
        ),
        (
            "He punched a stranger at a bus stop in 2019. He has not done anything like that since.",
            RiskKind::Violence,
        ),
        (
            "She burned her arm with a lighter in high school. Nothing like that since, she says.",
            RiskKind::SelfHarm,
        ),
    ] {
        assert_eq!(item(memo, kind), Some(ItemStatus::Denied), "{memo}");
    }
    // A pronoun never takes back an act that is current, and an affirmed one is no denial.
    for memo in [
        "He cut his arms last week. He says it helped and he would do it again.",
        "She burned her wrist on Sunday and has not told anyone about it.",
        "He cut himself on Friday, the first time he's done that in a year.",
    ] {
        assert_eq!(polarity(memo), Polarity::Present, "{memo}");
    }
}

#[test]
fn denials_of_acts_not_labels() {
    for (memo, kind) in [
        (
            "Denies any shoving in the house, by him or by his wife.",
            RiskKind::Abuse,
        ),
        (
            "She denies being tracked or monitored by her ex-boyfriend.",
            RiskKind::Abuse,
        ),
        (
            "Denies being pushed into handing over her savings by anyone.",
            RiskKind::Abuse,
        ),
        (
            "Grandma denied ever using a wooden spoon on the grandchildren.",
            RiskKind::Abuse,
        ),
        (
            "He has no intention of getting back at the lads who robbed him.",
            RiskKind::HarmToOthers,
        ),
        (
            "Denies any desire of hurting his landlord.",
            RiskKind::HarmToOthers,
        ),
        (
            "Asked about threats from her nephews over money, she said there were none.",
            RiskKind::Abuse,
        ),
    ] {
        assert_eq!(item(memo, kind), Some(ItemStatus::Denied), "{memo}");
    }
    // The same acts affirmed are present; suffered from a stranger is not abuse.
    for (memo, kind) in [
        (
            "She reports being followed home by her ex-husband twice this week.",
            RiskKind::Abuse,
        ),
        (
            "He admits using the belt on his son last month.",
            RiskKind::Abuse,
        ),
        (
            "He wants to get even with his brother and says he'll make him pay.",
            RiskKind::HarmToOthers,
        ),
        (
            "There has been hitting at home since her stepfather moved in.",
            RiskKind::Abuse,
        ),
    ] {
        assert_eq!(item(memo, kind), Some(ItemStatus::Present), "{memo}");
    }
    assert_eq!(
        item(
            "He reports being pushed by a stranger on the tube.",
            RiskKind::Abuse
        ),
        None
    );
    assert_eq!(
        polarity("She has been pushing for a promotion at work."),
        Polarity::None
    );
}

#[test]
fn means_kept_disposed_and_asked_about() {
    let r = read(
        "Keeps her late husband's sleeping tablets in a drawer, about thirty, and says she has never thought of taking them to die.",
    );
    assert_eq!(r.item(RiskKind::AccessToMeans), Some(ItemStatus::Present));
    assert_eq!(r.item(RiskKind::SuicidalIdeation), Some(ItemStatus::Denied));
    assert_eq!(r.item(RiskKind::SubstanceUse), None);
    for memo in [
        "His medication is kept in a locked box at his brother's.",
        "Her son took the old painkillers to the pharmacy for disposal.",
        "The spare tablets were flushed last week.",
    ] {
        assert_eq!(
            item(memo, RiskKind::AccessToMeans),
            Some(ItemStatus::Denied),
            "{memo}"
        );
    }
    let r = read(
        "When I asked about the handgun in his nightstand he said he has never thought of using it on himself or on anyone else.",
    );
    assert_eq!(r.item(RiskKind::AccessToMeans), Some(ItemStatus::Present));
    assert_eq!(r.item(RiskKind::SuicidalIdeation), Some(ItemStatus::Denied));
    assert_eq!(
        r.item(RiskKind::HomicidalIdeation),
        Some(ItemStatus::Denied)
    );
    // Pills taken as prescribed are not means; thoughts of using a gun on oneself are present.
    assert_eq!(
        item(
            "Her prescribed thyroid pills are in her bag.",
            RiskKind::AccessToMeans
        ),
        None
    );
    assert_eq!(
        item(
            "He has a rifle and has thought about using it on himself.",
            RiskKind::SuicidalIdeation
        ),
        Some(ItemStatus::Present)
    );
}

#[test]
fn screens_named_by_topic_take_their_result() {
    for (memo, kind) in [
        (
            "The suicide questionnaire was negative.",
            RiskKind::SuicidalIdeation,
        ),
        (
            "We did the alcohol screening questions; she answered no to all of them.",
            RiskKind::SubstanceUse,
        ),
        ("Self-harm screener negative today.", RiskKind::SelfHarm),
        (
            "The abuse screening questions were all no.",
            RiskKind::Abuse,
        ),
    ] {
        assert_eq!(item(memo, kind), Some(ItemStatus::Denied), "{memo}");
    }
    assert_eq!(
        item(
            "Her suicide risk screen was positive.",
            RiskKind::SuicidalIdeation
        ),
        Some(ItemStatus::Present)
    );
    let r = read("I gave him the suicide questionnaire to take home.");
    assert_eq!(r.polarity, Polarity::None);
    assert!(r.needs_review);
}

#[test]
fn a_defeat_is_no_drink() {
    for memo in [
        "We got hammered at darts on Friday, lost every game.",
        "His team got smashed four nil on Saturday.",
        "They got thrashed 6-1 in the cup.",
    ] {
        assert_eq!(polarity(memo), Polarity::None, "{memo}");
    }
    for memo in [
        "She got wasted at the pub quiz.",
        "He got hammered after the football on Saturday and blacked out.",
    ] {
        assert_eq!(polarity(memo), Polarity::Present, "{memo}");
    }
}

#[test]
fn an_answer_is_its_first_word_and_abstinence_by_off() {
    // The first answer word decides when a later clause only speaks of someone else.
    for (memo, kind) in [
        (
            "Asked if anyone at home hurts him, he said no, his dad just yells sometimes.",
            RiskKind::Abuse,
        ),
        (
            "Asked about cutting, she said no, her sister does it sometimes.",
            RiskKind::SelfHarm,
        ),
        (
            "I asked whether he drinks, he said never, his wife has a glass most nights.",
            RiskKind::SubstanceUse,
        ),
    ] {
        assert_eq!(item(memo, kind), Some(ItemStatus::Denied), "{memo}");
    }
    assert_eq!(
        item(
            "Asked if anyone at home hurts her, she said no, but later admitted her dad hits her sometimes.",
            RiskKind::Abuse
        ),
        Some(ItemStatus::Present)
    );
    // Off a substance is abstinence; a goal to stay off it is no report.
    for memo in [
        "Eight weeks off the booze now.",
        "He has been off drugs since the spring.",
        "Three months off the weed, she says.",
    ] {
        assert_eq!(
            item(memo, RiskKind::SubstanceUse),
            Some(ItemStatus::Denied),
            "{memo}"
        );
    }
    assert_eq!(polarity("She wants to stay off heroin."), Polarity::None);
    assert_eq!(
        polarity("He came off the bottle three weeks ago but drank again on Friday."),
        Polarity::Present
    );
}

#[test]
fn third_parties_named_with_their_own_possessor_or_as_mates() {
    for memo in [
        "The neighbour's husband was arrested for hitting her.",
        "A colleague's boyfriend was charged with beating her.",
        "His mates still drink every weekend.",
        "Her flatmates smoke weed most nights.",
    ] {
        assert_eq!(polarity(memo), Polarity::None, "{memo}");
    }
    // The client's own relation's partner hurting "her" stays the client's.
    for memo in [
        "Her mom's boyfriend hit her last night.",
        "His sister's husband punched him on Sunday.",
    ] {
        assert_eq!(polarity(memo), Polarity::Present, "{memo}");
    }
}

/// A memo whose risk is only denied stays denied whatever else it says about abstinence,
/// interventions, idioms, history, third parties and conditionals; one disclosure turns it.
#[test]
fn memo_level_denials_are_not_turned_by_what_is_not_risk() {
    let memo = "Session eleven with Tom. He is forty days without a drink, no slips. \
        We rehearsed saying no to a pint at his brother's stag do and wrote a relapse \
        prevention plan; text me if you slip. His mates still drink most weekends. \
        He drank heavily in the army in the nineties and served two years for a bar fight \
        back then. His team got smashed four nil on Saturday. He denies SI and HI, \
        and the suicide questionnaire was negative.";
    let r = read(memo);
    assert_eq!(r.polarity, Polarity::Denied, "{:?}", r.items);
    assert_eq!(r.item(RiskKind::SubstanceUse), Some(ItemStatus::Denied));
    assert_eq!(r.item(RiskKind::SuicidalIdeation), Some(ItemStatus::Denied));
    let turned = format!("{memo} He admits he cut his forearm on Tuesday.");
    assert_eq!(polarity(&turned), Polarity::Present);
    let turned = format!("{memo} He says the urge to drink won and he had six pints last night.");
    assert_eq!(polarity(&turned), Polarity::Present);
}

#[test]
fn only_the_clinician_not_asking_leaves_a_topic_open() {
    // The client's silence about a disclosed act is still the act.
    for memo in [
        "She cut herself and has not discussed it.",
        "He relapsed on Friday and has not raised it with his sponsor.",
        "She burned her arm last week; she hasn't discussed the burning with her mum.",
    ] {
        assert_eq!(polarity(memo), Polarity::Present, "{memo}");
    }
    for memo in [
        "Did not ask about HI.",
        "We did not get to ask about drinking.",
        "Homicidal ideation was not assessed today.",
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, Polarity::None, "{memo}");
        assert!(r.needs_review, "{memo}");
    }
}

#[test]
fn goals_frame_only_abstinence_and_periods_only_the_past() {
    for memo in [
        "She wants to keep cutting because it helps.",
        "He hopes to keep drinking at weekends.",
        "He has been drinking heavily in the army.",
        "She is in the navy and has been using cocaine at weekends.",
    ] {
        assert_eq!(polarity(memo), Polarity::Present, "{memo}");
    }
    for memo in [
        "His goal is to stay away from cocaine.",
        "She is trying to keep off the pills.",
        "Her plan is to remain abstinent over Christmas.",
    ] {
        assert_eq!(polarity(memo), Polarity::None, "{memo}");
        assert_eq!(item(memo, RiskKind::AccessToMeans), None, "{memo}");
    }
}

#[test]
fn blows_and_hands_named_as_nouns() {
    for (memo, kind) in [
        (
            "Dad denies ever taking a belt to the boys.",
            RiskKind::Abuse,
        ),
        (
            "She says her husband has never laid a hand on her.",
            RiskKind::Abuse,
        ),
        (
            "Asked about scraps since his probation began, he says none, not even a push.",
            RiskKind::Violence,
        ),
        (
            "Not a single punch thrown since the summer, he says.",
            RiskKind::Violence,
        ),
    ] {
        assert_eq!(item(memo, kind), Some(ItemStatus::Denied), "{memo}");
    }
    for (memo, kind) in [
        (
            "Her boyfriend raised his fist to her on Friday.",
            RiskKind::Abuse,
        ),
        (
            "He threw a punch at a bouncer on Saturday.",
            RiskKind::Violence,
        ),
        (
            "Mum took a wooden spoon to the twins last week.",
            RiskKind::Abuse,
        ),
    ] {
        assert_eq!(item(memo, kind), Some(ItemStatus::Present), "{memo}");
    }
    // Pushes and swings that are not blows.
    for memo in [
        "She gave the project a push at work.",
        "He took the kids to the park on Sunday.",
    ] {
        assert_eq!(polarity(memo), Polarity::None, "{memo}");
    }
    // Asked about pills that are there: an answer about thoughts leaves them present.
    let r = read(
        "When I asked about the pills in his cabinet, he said he has never thought of taking them.",
    );
    assert_eq!(r.item(RiskKind::AccessToMeans), Some(ItemStatus::Present));
}

/// In a memo plainly about a woman, "He's drinking again" right after a sentence naming
/// "their father" is the father's drinking (the contraction kept with the noun).
#[test]
fn a_contracted_pronoun_of_the_other_gender_after_their_relative_is_that_relative() {
    let memo = "She came in by video today and she was tired. She had a row with her sister \
                over who will mind their father. He's drinking again since their mam died. \
                She says she is carrying it all.";
    assert_eq!(item(memo, RiskKind::SubstanceUse), None);
    // The same memo about the client's own drinking keeps it.
    let own = "She came in by video today and she was tired. She had a row with her sister \
               about the rota. She's drinking again since their mam died. She says she is \
               carrying it all.";
    assert_eq!(item(own, RiskKind::SubstanceUse), Some(ItemStatus::Present));
}

#[test]
fn a_pronoun_after_the_clients_relative_is_that_relative_with_the_net_on() {
    let memo = "Session four with Dana, telehealth. Her husband came home from deployment in \
        June, and she says it feels like living with a stranger. He's short with the kids and \
        drinks more than he used to, she says, most nights. She's been running the house alone \
        and she doesn't know how to share it. She said she'd like a joint session. She denies \
        any thoughts of suicide.";
    for net in [false, true] {
        let r = assess_memo_with(memo, &split_clauses(memo), net);
        assert_eq!(r.polarity, Polarity::Denied, "net {net}: {:?}", r.items);
        assert_eq!(r.item(RiskKind::SubstanceUse), None, "net {net}");
    }
    // A man seen with his wife: the same words tell the client's own drinking.
    let memo = "Session four with Dan, telehealth; his wife joined. He came home from \
        deployment in June, and he says it feels like living with strangers. He's short with \
        the kids and drinks more than he used to, she says, most nights. He's been sleeping \
        badly and he doesn't know how to settle. He said he'd like a joint session. He denies \
        any thoughts of suicide.";
    let r = assess_memo_with(memo, &split_clauses(memo), true);
    assert_eq!(r.item(RiskKind::SubstanceUse), Some(ItemStatus::Present));
}

#[test]
fn a_pink_slip_or_a_fall_sets_no_recovery_context() {
    // "Pink slips" are layoff notices, not lapses: a couple of beers stays within limits.
    for (memo, want) in [
        (
            "He said half his crew got pink slips Friday. Asked about drinking, he said, 'Couple \
             beers on Sunday, that's it.'",
            ItemStatus::Denied,
        ),
        (
            "She slipped on the ice on Friday. Asked about drinking, she said, 'Couple of glasses \
             of wine on Sunday, that's it.'",
            ItemStatus::Denied,
        ),
        // A slip in recovery makes any use a lapse.
        (
            "He had a slip at Easter after a year sober. Asked about drinking, he said, 'Couple \
             beers on Sunday, that's it.'",
            ItemStatus::Present,
        ),
    ] {
        let r = assess_memo_with(memo, &split_clauses(memo), false);
        assert_eq!(r.item(RiskKind::SubstanceUse), Some(want), "{memo}");
    }
}
