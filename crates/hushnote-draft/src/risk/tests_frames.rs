//! Unit tests of the generalising mechanisms (act frames, the risk-domain safety net, denial
//! frames without classic triggers, corrections, screens answered in words), phenomenon by
//! phenomenon, each in several wordings of this file's own: other verbs, targets, tenses and
//! non-native grammar. None is a corpus sentence.

use super::*;
use crate::clauses::split_clauses;
use ItemStatus::{Denied as D, Present as P};
use RiskKind::*;

/// The rules alone (the learned net has tests of its own in net.rs).
fn read(memo: &str) -> RiskAssessment {
    assess_memo_with(memo, &split_clauses(memo), false)
}

/// Checks the memo's polarity and the listed categories (`None`: no item).
fn expect(memo: &str, pol: Polarity, items: &[(RiskKind, Option<ItemStatus>)]) -> Vec<String> {
    let r = read(memo);
    let mut bad = Vec::new();
    if r.polarity != pol {
        bad.push(format!(
            "{memo}\n   polarity {:?} != {pol:?}; items {:?}",
            r.polarity, r.items
        ));
    }
    for (k, s) in items {
        if r.item(*k) != *s {
            bad.push(format!(
                "{memo}\n   {} {:?} != {s:?}; items {:?}",
                k.flag(),
                r.item(*k),
                r.items
            ));
        }
    }
    if pol == Polarity::Present && !r.needs_review {
        bad.push(format!("{memo}\n   present without review"));
    }
    bad
}

/// A memo, its polarity and the items it must (or must not) have.
type Case<'a> = (&'a str, Polarity, &'a [(RiskKind, Option<ItemStatus>)]);

fn run(cases: &[Case]) {
    let bad: Vec<String> = cases
        .iter()
        .flat_map(|(m, p, i)| expect(m, *p, i))
        .collect();
    assert!(bad.is_empty(), "{} wrong:\n{}", bad.len(), bad.join("\n"));
}

const PR: Polarity = Polarity::Present;
const DE: Polarity = Polarity::Denied;
const NO: Polarity = Polarity::None;

#[test]
fn self_injury_by_any_injuring_act_on_own_body() {
    run(&[
        ("She has been etching lines into her thigh with a paperclip; she says it was not to kill herself.", PR, &[(SelfHarm, Some(P)), (SuicidalIdeation, None)]),
        ("He scraped his forearm raw with a house key on Sunday, not because he wants to die.", PR, &[(SelfHarm, Some(P)), (SuicidalIdeation, None)]),
        ("Client carved her boyfriend's initials into her ankle with a compass point.", PR, &[(SelfHarm, Some(P))]),
        ("Pt digs at his skin with a safety pin until it bleeds when he is overwhelmed.", PR, &[(SelfHarm, Some(P))]),
        ("She been scratch the wrist with a razor blade, she say not for dying.", PR, &[(SelfHarm, Some(P)), (SuicidalIdeation, None)]),
        ("Yesterday he sliced into his calf with a box cutter after the argument.", PR, &[(SelfHarm, Some(P))]),
        ("He pressed a hot spoon against his inner arm to feel something, denies wanting to die.", PR, &[(SelfHarm, Some(P))]),
        ("She punched the brick wall until her knuckles split, on purpose, she said.", PR, &[(SelfHarm, Some(P))]),
    ]);
}

#[test]
fn passive_death_wishes_said_indirectly() {
    run(&[
        ("He keeps hoping the scan comes back bad so that it is all over.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She said she prays the cancer takes her soon and ends it.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He think is better for his family if he not here.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Better if I am not here, she say, everybody more happy.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He insists he is not suicidal, yet says it would be fine with him never waking up.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She would be okay if she did not wake up tomorrow.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Client says that a car accident would solve everything, for him, and he would not mind.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He would welcome a heart attack at this point, he said.", PR, &[(SuicidalIdeation, Some(P))]),
    ]);
}

#[test]
fn aborted_attempts_and_preparatory_acts_told_concretely() {
    run(&[
        ("On Friday she sat with a palm full of her sleeping pills, meaning to swallow them, then put them back.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He lined up all his tablets on the counter to take them and stopped when his dog barked.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She held the razor to her wrist for a long time but did not go through with it.", PR, &[(SuicidalIdeation, Some(P))]),
        ("His mother found him searching online how to tie a knot that would hold his weight, and he admitted it.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Last week she read up on how to make a rope hold from the closet rail.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He was looking up which pills stop the heart, he admitted when his father asked.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Client stood on the chair with the cord around her neck and then climbed down.", PR, &[(SuicidalIdeation, Some(P))]),
    ]);
}

#[test]
fn abuse_told_by_acts() {
    run(&[
        (
            "Her stepfather shuts the boy in the cellar for a whole day when he misbehaves.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The mother admitted she locks her daughter inside the closet as punishment.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her nephew has been cashing her pension checks and keeping the money.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her son emptied her savings account without asking her.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her ex sends her sixty texts a day, follows her car and turns up at her gym.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Since the breakup he keeps waiting outside her work and tailing her home.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her husband pointed a kitchen knife at her during the fight on Saturday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her boyfriend waved his pistol at her and said she would be sorry.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn weapon_acts_toward_a_stranger_are_violence() {
    run(&[
        (
            "He pulled a knife on a man at the bus stop last weekend.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Client drew a gun on the other driver during the argument in traffic.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She pointed a box cutter at a cashier on Monday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He brandished a bat at some teenagers outside the store this week.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn not_saying_no_when_asked_is_affirmed_with_review() {
    run(&[
        (
            "He did not say no when I asked about hurting himself.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She didn't say no when asked about thoughts of suicide.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "When asked about drinking, he would not say no.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn screen_items_answered_in_words() {
    run(&[
        (
            "PHQ-9 item nine: more than half the days.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "On item 9 of the PHQ-9 she marked several days.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Item nine of the PHQ-9 was nearly every day.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "PHQ-9 item 9 answered not at all.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn corrections_keep_only_the_corrected_version() {
    run(&[
        ("Denies HI, wait, correction, denies SI, but did say she has thoughts of killing her stepfather.", PR, &[(SuicidalIdeation, Some(D)), (HomicidalIdeation, Some(P))]),
        ("He denies self-harm, sorry, scratch that, he reports cutting on Tuesday.", PR, &[(SelfHarm, Some(P))]),
        ("Denies drinking. Correction: he drank heavily on Saturday.", PR, &[(SubstanceUse, Some(P))]),
        ("She reports drinking, I mean she denies drinking, and denies drugs.", DE, &[(SubstanceUse, Some(D))]),
    ]);
}

#[test]
fn intrusive_harm_images_are_present_without_intent() {
    run(&[
        ("She gets sudden pictures of throwing the baby down the stairs, with no wish or intent to hurt him.", PR, &[(HarmToOthers, Some(P))]),
        ("He has flashes of dropping his newborn off the balcony and is horrified, no intent.", PR, &[(HarmToOthers, Some(P))]),
        ("Mom describes unwanted images of drowning her son in the bath; she has no desire to harm him.", PR, &[(HarmToOthers, Some(P))]),
    ]);
}

#[test]
fn shorthand_screens_deny_every_category_named() {
    run(&[
        (
            "Neg for SI/HI/SIB.",
            DE,
            &[
                (SuicidalIdeation, Some(D)),
                (HomicidalIdeation, Some(D)),
                (SelfHarm, Some(D)),
            ],
        ),
        (
            "Negative for SI, HI, SIB today.",
            DE,
            &[
                (SuicidalIdeation, Some(D)),
                (HomicidalIdeation, Some(D)),
                (SelfHarm, Some(D)),
            ],
        ),
        ("SIB denied.", DE, &[(SelfHarm, Some(D))]),
    ]);
}

#[test]
fn a_dated_attempt_with_a_current_denial_is_denied() {
    run(&[
        (
            "Overdosed on purpose in 2017, denies any suicidal thinking at present.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Attempted by hanging when she was fifteen; currently denies thoughts of suicide.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn denial_frames_without_classic_triggers() {
    run(&[
        (
            "Sober for eighteen months, no slips.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Has not been in one fight since our last meeting.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "He denies laying a finger on anyone this month.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "Denies hitting anybody since the court date.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "No to suicide, no to self-harm, and no, nobody is hitting him at home.",
            DE,
            &[
                (SuicidalIdeation, Some(D)),
                (SelfHarm, Some(D)),
                (Abuse, Some(D)),
            ],
        ),
        (
            "Nobody is hurting her at home, she said.",
            DE,
            &[(Abuse, Some(D))],
        ),
    ]);
}

#[test]
fn stopped_intrusive_thoughts_with_no_urges_are_denied() {
    run(&[
        ("The intrusive thoughts of harming her daughter have stopped this week, no urges.", DE, &[(HarmToOthers, Some(D))]),
        ("His unwanted images of stabbing his wife went away this month; he has no urges to act.", DE, &[(HarmToOthers, Some(D))]),
    ]);
}

#[test]
fn idioms_psychoeducation_and_third_party_assaults_are_not_the_clients_risk() {
    run(&[
        ("She said the commute in is murder on her back.", NO, &[]),
        ("That spin class murdered my legs, he joked.", NO, &[]),
        ("The deadline is killing him this week.", NO, &[]),
        (
            "We discussed how mixing alcohol with opioids raises overdose risk in general.",
            NO,
            &[],
        ),
        (
            "Her neighbour was beaten by her husband last night and client called the police.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Client witnessed a stranger being stabbed outside the train station.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn bfrb_without_intent_to_hurt_is_not_self_harm() {
    run(&[
        (
            "She chews the inside of her cheeks when anxious, no intent to hurt herself.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He picks at his cuticles until they are sore, not to harm himself.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Nail biting continues, with no wish to injure herself.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn safety_net_flags_unexplained_harm_acts_for_review() {
    // Affirmed, client-experienced harm, death, weapon or substance acts that no rule explains
    // give present with review, never none.
    for memo in [
        "He put the barrel of the rifle in his mouth on Thursday.",
        "She swallowed a bottle of bleach last night.",
        "He wrapped the belt around his neck in the garage.",
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, PR, "{memo}: {:?}", r.findings);
        assert!(r.needs_review, "{memo}");
    }
}

#[test]
fn safety_net_stays_quiet_on_ordinary_objects_and_other_people() {
    run(&[
        (
            "He cleans his rifle every Sunday and keeps it in a safe.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        ("She bought bleach and a new mop for the bathroom.", NO, &[]),
        (
            "He needed stitches in his hand after the kitchen accident.",
            NO,
            &[],
        ),
        (
            "Her brother put a gun to his own head last spring, which frightened her.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        ("She denies ever putting a knife to her wrist.", DE, &[]),
        ("He wears a scarf around his neck in winter.", NO, &[]),
    ]);
    run(&[
        (
            "Stitches in her forearm from Saturday, she would not say how.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He drank some of the drain cleaner after the call.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn more_act_frames_in_other_words() {
    run(&[
        // Self-injury with other verbs and instruments.
        (
            "Client reports she has been scoring her upper arms with a kitchen knife.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She rubbed an eraser over her wrist until the skin came off.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // Passive wishes, non-native grammar included.
        (
            "Sometimes he hope the plane crash so everything finish.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wouldn't mind if the cancer came back and took her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He thinks his kids better off if he die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said she wish she could just disappear and not come back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Preparatory acts.
        (
            "She got the rope from the garage and tested it on the beam.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He counted out his sertraline and oxycodone on the bed, planning to take all of them.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wrote letters to her sisters explaining where her things should go.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Abuse and violence by acts.
        (
            "Her daughter took out loans in her name.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her ex keeps calling from blocked numbers since she moved.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her boyfriend put his hands around her neck during the argument.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He smashed a bottle over a guy's head at the bar.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "PHQ-9 question 9 was answered as 2.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
    // The same frames stay quiet on ordinary acts.
    run(&[
        (
            "He shaved his legs with a new razor before the race.",
            NO,
            &[],
        ),
        ("She hopes the pain stops soon so she can sleep.", NO, &[]),
        (
            "He is planning to take all his vacation days in August.",
            NO,
            &[],
        ),
        ("He sold his car to pay rent.", NO, &[]),
        ("She showed up at her job on time all week.", NO, &[]),
        ("She says things are better when he is not around.", NO, &[]),
        ("He wears a scarf around his neck in winter.", NO, &[]),
    ]);
}

#[test]
fn more_denials_and_quiet_sentences_in_other_words() {
    run(&[
        (
            "Has stayed out of fights since the last session.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "No more scraps at school, his aunt says.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "He denies raising a hand to anyone this week.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "Hasn't touched a drink in nine months, no slip-ups.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "SI/HI/SIB: neg.",
            DE,
            &[
                (SuicidalIdeation, Some(D)),
                (HomicidalIdeation, Some(D)),
                (SelfHarm, Some(D)),
            ],
        ),
        (
            "Her cutting was in 2018; she denies any thoughts of suicide now.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "The thoughts about stabbing her husband have faded; no urges, no intent.",
            DE,
            &[],
        ),
        (
            "He pulls out his eyebrows when anxious, denies wanting to harm himself.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She cut herself last week, says she was not trying to die.",
            PR,
            &[(SelfHarm, Some(P)), (SuicidalIdeation, None)],
        ),
    ]);
    run(&[
        (
            "We talked about overdose risk with fentanyl in street pills, as education.",
            NO,
            &[],
        ),
        (
            "She scratched the car door with her keys in anger.",
            NO,
            &[],
        ),
        ("She cut the cake with a knife at the party.", NO, &[]),
        ("This cold is killing me.", NO, &[]),
        (
            "Her friend was hit by her boyfriend last month; client is supporting her.",
            NO,
            &[],
        ),
        ("She read a novel about a girl who cuts herself.", NO, &[]),
    ]);
}

#[test]
fn ordinary_session_sentences_stay_none() {
    run(&[
        (
            "She hopes the divorce is final soon so it is all over.",
            NO,
            &[],
        ),
        (
            "He said it would be easier for everyone if he moved out.",
            NO,
            &[],
        ),
        ("She would be fine if she never saw her ex again.", NO, &[]),
        (
            "He reports his knee surgery went well and the stitches come out Friday.",
            NO,
            &[],
        ),
        ("He took his dog to the vet after it cut its paw.", NO, &[]),
        (
            "She put a cold pack on her wrist after she sprained it.",
            NO,
            &[],
        ),
        (
            "He spent his savings on a new truck and regrets it.",
            NO,
            &[],
        ),
        ("He keeps texting his sister about the holidays.", NO, &[]),
        (
            "He hopes the meeting ends early so he can pick up his son.",
            NO,
            &[],
        ),
        (
            "She carries pepper spray on her keychain when she walks home.",
            NO,
            &[],
        ),
    ]);
    run(&[(
        "She keeps praying the tumor grows fast so it is all over.",
        PR,
        &[(SuicidalIdeation, Some(P))],
    )]);
}

#[test]
fn collateral_finds_and_more_frames() {
    run(&[
        ("His mom found a rope tied in his closet last week. He admitted he had planned to use it.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Her father found him with a belt tied to the closet rod.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Dad reports she had been googling how many Tylenol would shut down her liver; she confirmed it.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She says she is not suicidal at all. She just would be okay if a truck hit her.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Teen has been sticking needles in her fingertips.", PR, &[(SelfHarm, Some(P))]),
        ("She denies SI. Sorry, correction, she denies HI; she does endorse SI with no plan.", PR, &[(SuicidalIdeation, Some(P)), (HomicidalIdeation, Some(D))]),
        ("Denies drinking this week. Scratch that: he had six beers Saturday.", PR, &[(SubstanceUse, Some(P))]),
    ]);
    run(&[("He stuck his head out the window to look.", NO, &[])]);
}

#[test]
fn killing_told_by_concrete_acts_and_abuse_by_acts() {
    run(&[
        (
            "He said he wants to run his landlord over with his truck.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He told me he'd put a bullet in his boss if he gets fired.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He keeps thinking about caving in his stepdad's skull.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He says he thinks about putting a bullet in his own head.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The kids go without food for days when mom is using.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her cousin forces her to undress for photos, she disclosed today.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She's back on the pills, her sister says, and she admits it.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
    run(&[
        ("The truck ran the light and nearly ran him over.", NO, &[]),
        ("He said the meeting would run over.", NO, &[]),
        ("Her son emptied his own account.", NO, &[]),
    ]);
}

#[test]
fn negations_in_contractions_counts_and_other_forms() {
    run(&[
        (
            "None of the suicidal thoughts from last month have come back.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        ("Nobody's laying hands on her at home, she says.", DE, &[]),
        (
            "Hasn't used since the funeral, 60 days.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Zero self-harm episodes this month.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
    run(&[
        (
            "She has not used any of her coping skills this week.",
            NO,
            &[],
        ),
        ("Her grandmother's suicide was discussed.", NO, &[]),
        (
            "His brother's overdose last year still haunts him.",
            NO,
            &[],
        ),
        ("Pain rated zero to ten.", NO, &[]),
    ]);
}

#[test]
fn garbled_homicidal_before_thinking() {
    run(&[
        (
            "No home a sidle thinking.",
            DE,
            &[(HomicidalIdeation, Some(D))],
        ),
        (
            "Denies home a sidle thoughts or sue a sidle thoughts.",
            DE,
            &[(HomicidalIdeation, Some(D)), (SuicidalIdeation, Some(D))],
        ),
    ]);
    run(&[
        ("She was idle and bored at home.", NO, &[]),
        ("She tends to sidle up to people at parties.", NO, &[]),
    ]);
}

#[test]
fn accepting_ones_own_death_and_aborted_acts() {
    run(&[
        ("He insists he isn't suicidal, but it'd be alright to just not wake up.", PR, &[(SuicidalIdeation, Some(P))]),
        ("It wouldn't be the worst thing if he didn't wake up, he admits.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Sleeping forever sounds nice to her right now.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She says she's not going to do anything but wouldn't care if she got hit by a car.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He said everyone would be happier without him around.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She keeps thinking her family would be better with her gone.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He loaded his gun Saturday night and sat with it, then unloaded it and called his brother.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He went up to the roof of his building to jump and came back down.", PR, &[(SuicidalIdeation, Some(P))]),
    ]);
    run(&[
        ("She is much happier without him around.", NO, &[]),
        (
            "It would be nice if the baby slept through the night.",
            NO,
            &[],
        ),
        ("I'd be fine if my phone died.", NO, &[]),
        (
            "She went to the roof to take pictures of the sunset.",
            NO,
            &[],
        ),
    ]);
}

/// A denied label corrected by "just"/"only" after a comma (FORMATS §4 rule 1), and a death
/// welcomed as a condition or hoped for, with the same frames around ordinary outcomes.
#[test]
fn a_label_denied_then_a_death_wish_welcomed_or_hoped_for() {
    run(&[
        (
            "Pt states he is not suicidal, only worn out with being alive.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Not wanting to kill herself, just tired of living, she says.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Honestly she'd be relieved if she died in her sleep.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He reckons it would be a mercy if the tumour took him before Christmas.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He would feel at peace if he never woke up, he told me.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She keeps praying that she doesn't wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
    run(&[
        (
            "Denies SI, just exhausted from the night shifts.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "No HI, only frustration with the landlord.",
            DE,
            &[(HomicidalIdeation, Some(D))],
        ),
        (
            "She'd be relieved if the tribunal was over by spring.",
            NO,
            &[],
        ),
        ("He hopes the flight isn't delayed again.", NO, &[]),
        (
            "It would be a relief if the results came back clear.",
            NO,
            &[],
        ),
        ("She prays her mother's biopsy comes back benign.", NO, &[]),
    ]);
}

/// A list under one denial ends at an item with a predicate of its own (FORMATS §4 rules 3-4);
/// bare list items stay denied.
#[test]
fn a_denial_list_ends_at_an_item_with_its_own_predicate() {
    run(&[
        (
            "Pt denies HI, vapes THC most evenings.",
            PR,
            &[(HomicidalIdeation, Some(D)), (SubstanceUse, Some(P))],
        ),
        (
            "Denies SI/HI, endorsing urges to burn herself since Friday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "No suicidal thoughts, tox screen positive for methamphetamine.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Denies drinking, drank a bottle of vodka on Saturday per his wife.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
    run(&[
        (
            "Denies SI, HI, self-harm, drinking or drug use.",
            DE,
            &[(SuicidalIdeation, Some(D)), (SubstanceUse, Some(D))],
        ),
        (
            "Denies SI, positive about starting college.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

/// A threat said as a conditional is still a threat (the consequent is said); a clash by its
/// everyday names; a place of means with the intention, said elliptically; a refusal skill is
/// practice, not use.
#[test]
fn conditional_threats_clashes_places_with_intent_and_refusal_skills() {
    run(&[
        (
            "Client says if his brother touches her again he'll stab him.",
            PR,
            &[],
        ),
        (
            "If they evict her, she'll hang herself, she told the duty worker.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He had a tussle with a steward at the match on Saturday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She came to blows with her flatmate over the rent.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Pt was found on the multi storey car park top floor intending to jump.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Last night she was out at the viaduct with the intention, her sister says.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
    run(&[
        ("If he passes his driving test he'll take his mum to the coast.", NO, &[]),
        ("We stood on the bridge with the intention of counting the boats for his exposure list.", NO, &[]),
        ("Practised alcohol refusal lines for the office party; no drinking since June.", DE, &[(SubstanceUse, Some(D))]),
    ]);
}

/// A plan to die named as such, and a death hoped for from a vehicle (C-SSRS 4-5; BSS).
#[test]
fn a_plan_to_die_named_and_a_vehicle_hoped_to_hit() {
    run(&[
        (
            "Pt intends to end his own life once the house is sold.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She told me calmly she is planning to die before her sixtieth.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He walks along the dual carriageway at night hoping a lorry will hit him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
    run(&[
        ("He intends to die in his own bed, not in a hospice, we discussed his advance directive.", NO, &[]),
        ("She is planning to dye her hair purple for the concert.", NO, &[]),
        ("Denies any intention to end her life.", DE, &[(SuicidalIdeation, Some(D))]),
    ]);
}

#[test]
fn ordinary_acts_near_the_frames_stay_none() {
    run(&[
        (
            "He tied the rope to the boat railing.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He punched the heavy bag at the gym until his knuckles were raw.",
            NO,
            &[],
        ),
        (
            "He locked the dog in the laundry room during the storm.",
            NO,
            &[],
        ),
        ("He researched how to tie a tie for his interview.", NO, &[]),
        (
            "He counted out his pills into the weekly organizer.",
            NO,
            &[],
        ),
        (
            "She held the scissors to her hair and cut her bangs.",
            NO,
            &[],
        ),
        (
            "She would not mind if her ex moved to another state.",
            NO,
            &[],
        ),
        (
            "His dad showed up at his game on Saturday, which meant a lot.",
            NO,
            &[],
        ),
        (
            "She pressed an ice pack to her cheek after the dentist.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_child_kept_locked_in_and_a_blade_to_the_throat() {
    run(&[
        ("Mom reports the stepfather keeps the eight-year-old locked in the basement when he wets the bed.", PR, &[(Abuse, Some(P))]),
        ("Her husband holds a knife to her throat when he is drunk.", PR, &[(Abuse, Some(P))]),
    ]);
    run(&[
        ("He held the knife to the bread and sliced it.", NO, &[]),
        (
            "She kept the kids inside the house during the storm.",
            NO,
            &[],
        ),
    ]);
}

// --- Round 3: recall by mechanism (P1-P10 of the blind set's lead notes), each in wordings
// of this file's own, with near contrasts that must stay quiet.

#[test]
fn means_kept_for_a_purpose_of_ending() {
    run(&[
        ("She has been putting her husband's sleeping tablets aside in a drawer, for the day she can't cope any more.", PR, &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))]),
        ("He keeps a bottle of old painkillers under his mattress in case it all gets too much.", PR, &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))]),
        ("Client admitted she kept back her insulin pens so that everything can stop when she decides.", PR, &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))]),
        ("He bought a length of rope last month, for when he has had enough.", PR, &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))]),
        ("He is keep his father's tablets in his room for when he cannot bear it more.", PR, &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))]),
        ("She keeps a spare inhaler in her bag in case of an asthma attack.", NO, &[(SuicidalIdeation, None), (AccessToMeans, None)]),
        ("He saves leftover antibiotics for when he gets sick again.", NO, &[(SuicidalIdeation, None)]),
        ("She is putting money aside for when she can't work any more.", NO, &[(SuicidalIdeation, None)]),
        ("She is saving her holiday days for when she can't cope with the office any more.", NO, &[(SuicidalIdeation, None)]),
        ("His mother keeps paracetamol in the cupboard for when her back gets too sore.", NO, &[(SuicidalIdeation, None)]),
    ]);
}

#[test]
fn an_elders_money_moved_away_and_silence_bought_by_threats() {
    run(&[
        ("Her grandson has been moving money out of her savings into his own account every week.", PR, &[(Abuse, Some(P))]),
        ("Since March her nephew withdraws cash from her pension account and keeps it.", PR, &[(Abuse, Some(P))]),
        ("Her stepson has been taking money out of her account without asking.", PR, &[(Abuse, Some(P))]),
        ("Her nephew told her she would end up in a care home if she said anything to the bank.", PR, &[(Abuse, Some(P))]),
        ("Her daughter warned her she would never see the grandchildren again if she told anyone about the money.", PR, &[(Abuse, Some(P))]),
        ("Her son helps her take money out of the bank on Fridays.", NO, &[(Abuse, None)]),
        ("She moved money out of her savings to pay for the new roof.", NO, &[(Abuse, None)]),
        ("Her daughter told her she would be upset if she did not call on her birthday.", NO, &[(Abuse, None)]),
        ("He said he would tell his wife if the bank called again.", NO, &[(Abuse, None)]),
    ]);
}

#[test]
fn neglect_by_a_carer_is_abuse() {
    run(&[
        ("Her carer has been leaving her alone for two or three days at a time with nothing in the fridge.", PR, &[(Abuse, Some(P))]),
        ("The aide often does not change his sheets, and he has been lying in a wet bed all night.", PR, &[(Abuse, Some(P))]),
        ("Her son, who is supposed to look after her, hasn't given her the heart tablets in over a week.", PR, &[(Abuse, Some(P))]),
        ("The nurse found him in a soiled bed with no food in the flat; his daughter, his carer, had not been round for four days.", PR, &[(Abuse, Some(P))]),
        ("Her husband, who has cared for her since the stroke, goes out drinking and forgets to feed her for a whole day.", PR, &[(Abuse, Some(P))]),
        ("She was home alone for two days while her husband was at a conference and enjoyed the quiet.", NO, &[(Abuse, None)]),
        ("Her carer forgot her glasses at the clinic.", NO, &[(Abuse, None)]),
        ("He skipped breakfast and lunch because the shift was busy.", NO, &[(Abuse, None)]),
        ("Her daughter visits every day and brings her meals and her tablets.", NO, &[(Abuse, None)]),
    ]);
}

#[test]
fn non_native_verbs_of_ending_a_life() {
    run(&[
        (
            "He say he is thinking to finish his life because no work and no family here.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She told that she want to stop her life, she is too tired.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Client has the idea to close everything, he says, and go from this life.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "This week he thought many times to terminate his life.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He was planning to finish with his life and he has a rope in the shed for this.",
            PR,
            &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))],
        ),
        (
            "He wants to finish his degree before the baby comes.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She is thinking to close her shop and start a new life in the city.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He stopped his life insurance payments in May.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He wants to finish everything on his list before the holiday.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn any_object_swung_or_brandished_at_a_person_is_violence() {
    run(&[
        (
            "He swung a golf club at a driver who cut him off on the ring road.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Client admits he brandished a broken chair leg at the doorman on Saturday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She jabbed a fork toward her roommate during the argument.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He came at his neighbour with a spade over the parking space.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "On the bus she went for a stranger with her umbrella.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He waved his phone at the bus driver to show his ticket.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She swung the racket at the ball and missed.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He pointed the camera at his nephew for a photo.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He waved at the neighbour from the car.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn litotes_in_the_first_person_affirm() {
    run(&[
        (
            "I can't honestly tell you I've never thought of ending my life, she said.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "It would be a lie to say she hasn't wished she were dead lately.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He couldn't say that wanting to die hasn't crossed his mind this week.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He said he won't pretend he has never thought about killing himself.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "I'd be lying if I told you I haven't thought about hurting myself again, he said.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She said honestly she has never thought about ending her life.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He can say with confidence that he hasn't had any suicidal thoughts.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I'm not lying when I say I have never wanted to die, she said.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn ordinary_acts_done_to_feel_pain_are_self_harm() {
    run(&[
        ("She pulls out her eyelashes on purpose to feel the sting when she is angry.", PR, &[(SelfHarm, Some(P)), (SuicidalIdeation, None)]),
        ("She swallowed a fistful of her antihistamines to make the feelings stop, but she did not want to die.", PR, &[(SelfHarm, Some(P))]),
        ("He presses his thumbnail into his palm until it hurts so he can feel something.", PR, &[(SelfHarm, Some(P))]),
        ("She rubs her knuckles on the brick wall to feel pain instead of sadness.", PR, &[(SelfHarm, Some(P))]),
        ("She digs her nails into her scalp until it hurts whenever she has failed at something.", PR, &[(SelfHarm, Some(P))]),
        ("He holds ice cubes in his hand for as long as he can to make the urges pass.", NO, &[(SelfHarm, None)]),
        ("He squeezes a stress ball in his hand to make the thoughts go quiet.", NO, &[(SelfHarm, None)]),
        ("She bites her nails out of habit when she is nervous.", NO, &[(SelfHarm, None)]),
        ("He goes for long runs to make the racing thoughts stop.", NO, &[(SelfHarm, None)]),
        ("She listens to loud music to feel something after a numb day.", NO, &[(SelfHarm, None)]),
        ("He pinches his arm to stay awake in lectures.", NO, &[(SelfHarm, None)]),
        ("She took two paracetamol to make the headache stop.", NO, &[(SelfHarm, None)]),
    ]);
}

#[test]
fn violence_toward_a_dependent_is_abuse() {
    run(&[
        ("He admitted he slapped his father, who has Alzheimer's, when he would not take his tablets.", PR, &[(Abuse, Some(P)), (Violence, None)]),
        ("She has been rough with her disabled brother, pushing him when he is slow to dress.", PR, &[(Abuse, Some(P)), (Violence, None)]),
        ("He hit his bedbound grandmother during an argument about the television.", PR, &[(Abuse, Some(P)), (Violence, None)]),
        ("Client shoved the elderly man he cares for when he would not settle at night.", PR, &[(Abuse, Some(P)), (Violence, None)]),
        ("He hit a man at the pub who insulted his mother's dementia.", PR, &[(Violence, Some(P)), (Abuse, None)]),
    ]);
}

#[test]
fn imagery_of_harm_to_a_person_is_the_finding() {
    run(&[
        ("She gets flashes of her daughter tumbling down the stairs from her arms and is horrified; no wish to hurt her.", PR, &[(HarmToOthers, Some(P))]),
        ("He keeps seeing the knife going into his wife while she sleeps; it sickens him and he has no intention to act.", PR, &[(HarmToOthers, Some(P))]),
        ("Since the birth she has pictures in her mind of the pram rolling into traffic with the baby in it.", PR, &[(HarmToOthers, Some(P))]),
        ("She describes scenes of letting the baby slip under the bath water, which she finds unbearable; she denies any intent.", PR, &[(HarmToOthers, Some(P))]),
        ("She has lovely pictures of the baby's first bath on her phone.", NO, &[(HarmToOthers, None)]),
        ("He has flashbacks of the crash in his nightmares since the accident.", NO, &[(HarmToOthers, None)]),
        ("She had a dream last night about the baby's christening.", NO, &[(HarmToOthers, None)]),
    ]);
}

#[test]
fn a_corrected_denial_that_the_thoughts_are_still_there() {
    run(&[
        ("He has been having thoughts of killing himself since the divorce. Denies thoughts today, sorry, correction, he said the thoughts are still there but quieter, no plan for tonight.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She wrote a goodbye note last month. Today she says, no, wait, the urges are back since Friday.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She used a thought record for the thoughts about her sister's criticism.", NO, &[]),
    ]);
}

#[test]
fn recall_mechanisms_in_more_wordings() {
    run(&[
        ("She has been hiding her dad's morphine in her sock drawer for if it ever gets unbearable.", PR, &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))]),
        ("He has quietly collected about sixty tablets, just in case he decides he is done.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He keeps his grandfather's old revolver in the loft, in case life gets too hard.", PR, &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))]),
        ("She keeps the pills because one day she may want a way out.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Her niece has been using her bank card to take out cash from her account.", PR, &[(Abuse, Some(P))]),
        ("Her grandson said she would be put in a home if she told the social worker.", PR, &[(Abuse, Some(P))]),
        ("His daughter says he will end up in a home if he tells the doctor.", PR, &[(Abuse, Some(P))]),
        ("Her carer leaves her in the same pad all day and does not give her lunch.", PR, &[(Abuse, Some(P))]),
        ("The home help has not been in to see him for three days.", PR, &[(Abuse, Some(P))]),
        ("He wants to finish himself, he say.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He told he will kill his life.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He hurled a frying pan at his flatmate.", PR, &[(Violence, Some(P))]),
        ("He chased a man down the road with a metal pipe.", PR, &[(Violence, Some(P))]),
        ("He went for his cousin with a hammer at the wedding.", PR, &[(Violence, Some(P))]),
        ("I won't lie, the thought of dying has been there.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Not gonna lie, she has thought about ending her life this week.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She said she would lose her job if she told her boss about the diagnosis.", NO, &[(Abuse, None)]),
        ("Her son said he would lose his job if he told his boss.", NO, &[(Abuse, None)]),
        ("He chased the bus down the road with his shopping.", NO, &[(Violence, None)]),
        ("She came at the problem with a fresh plan.", NO, &[(Violence, None)]),
    ]);
}

#[test]
fn thoughts_said_to_persist_take_the_category_they_refer_to() {
    run(&[
        ("Last week he left a letter for his brother. Today he denies any thoughts, sorry, correction, he says the thoughts have not gone away, just fainter, and he has no plan tonight.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She had urges to cut on Monday. She says the urges are still there, no plan to act.", PR, &[(SelfHarm, Some(P))]),
        ("He denies SI. Correction, he said the thoughts are back, no plan.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She says those thoughts keep coming back at night but she feels safe.", PR, &[(SuicidalIdeation, Some(P))]),
        ("She uses thought records and says the thoughts are still there but weaker.", NO, &[]),
        ("He says the worried thoughts about money are still there.", NO, &[]),
    ]);
}

#[test]
fn striking_verbs_purposes_and_images_in_still_other_words() {
    run(&[
        (
            "He hides his tablets instead of taking them, ready for the end.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He keeps extra tablets for the end of the month.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He tugs out clumps of his beard to feel the pain.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She gets sudden thoughts of the baby going limp in her arms.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She pictures her son graduating one day.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "He saw pictures of the accident on the news.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "She smacked a stranger with her handbag on the tram.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He clubbed his neighbour with a torch.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Her husband twisted her arm behind her back.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She jumped the queue at the post office.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He twisted his ankle at football.",
            NO,
            &[(Violence, None), (SelfHarm, None)],
        ),
        ("She stamped on the spider.", NO, &[(Violence, None)]),
    ]);
}

#[test]
fn endings_purposes_and_silence_in_a_last_set_of_wordings() {
    run(&[
        (
            "She has been saving up her tablets in case things don't get better.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He keeps a stash in case he decides to go.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He say he not want continue this life.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She no more want to live, she told.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He is thinking to make his life finish.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She does not want to continue with the course.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He pinches the skin on his arm hard to get the anger out.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        ("She goes for a walk to calm down.", NO, &[(SelfHarm, None)]),
        ("He listens to music to cope.", NO, &[(SelfHarm, None)]),
        (
            "The thought of dropping him off the balcony pops into her head and horrifies her.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She has thoughts of him crashing the car when he drives in the snow.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "She is scared to tell anyone because her grandson says she'll be put in a home.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She is afraid to tell her boss because she might lose her job.",
            NO,
            &[(Abuse, None)],
        ),
        ("He made her sign up for a gym.", NO, &[(Abuse, None)]),
    ]);
}

#[test]
fn ordinary_sentences_near_the_recall_mechanisms_stay_quiet() {
    run(&[
        (
            "She keeps her inhaler by the bed in case she has an attack at night.",
            NO,
            &[],
        ),
        (
            "He stores his insulin in the fridge so it doesn't go off.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She keeps seeing her late husband's face in crowds.",
            NO,
            &[],
        ),
        ("He has pictures of his kids on the fridge.", NO, &[]),
        (
            "She imagined her daughter falling off the climbing frame and went to check on her.",
            NO,
            &[],
        ),
        (
            "He pictured himself hitting the ball over the fence.",
            NO,
            &[],
        ),
        ("He pulls his hair when he concentrates.", NO, &[]),
        ("She rubs her temples to ease the headache.", NO, &[]),
        ("He waved a newspaper at the waiter.", NO, &[]),
        (
            "She pointed the hairdryer at her sister as a joke.",
            NO,
            &[],
        ),
        ("He swung his bag at the pigeons.", NO, &[]),
        ("I'd be lying if I said I wasn't nervous.", NO, &[]),
        (
            "She says the thoughts about the exam are still there.",
            NO,
            &[],
        ),
        (
            "He stopped visiting his father for two weeks after the argument.",
            NO,
            &[],
        ),
        ("She hasn't given the dog its tablets for days.", NO, &[]),
        (
            "Her daughter took money out of her purse to pay the milkman, with her permission.",
            NO,
            &[],
        ),
        ("He is thinking to finish his studies this year.", NO, &[]),
        ("She wants to close her account at the bank.", NO, &[]),
        ("He wants to end his contract early.", NO, &[]),
        (
            "Her daughter takes money out of her account every week and won't say what for.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her son has not given her the tablets for four days.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn means_kept_as_a_last_resort() {
    run(&[
        (
            "He keeps a length of hose in the boot as a last resort.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She is hoarding her sleeping tablets to have an option.",
            PR,
            &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))],
        ),
        (
            "She keeps spare tablets at work as a backup for when she forgets.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He keeps his pills in a locked box as his doctor advised.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}
