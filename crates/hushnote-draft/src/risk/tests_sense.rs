//! Unit tests of word sense and experiencer ([`super::sense`]): topic compounds, risk-level
//! formulations, genitive experiencers and verb sense by frame, each in several wordings of
//! this file's own with near contrasts that must stay risk. None is a corpus sentence.

use super::*;
use crate::clauses::split_clauses;
use ItemStatus::{Denied as D, History as H, Present as P};
use RiskKind::*;

/// The rules alone (the learned net has tests of its own in net.rs).
fn read(memo: &str) -> RiskAssessment {
    assess_memo_with(memo, &split_clauses(memo), false)
}

/// A memo, its polarity and the items it must (or must not) have.
type Case<'a> = (&'a str, Polarity, &'a [(RiskKind, Option<ItemStatus>)]);

fn run(cases: &[Case]) {
    let mut bad = Vec::new();
    for (memo, pol, items) in cases {
        let r = read(memo);
        if r.polarity != *pol {
            bad.push(format!(
                "{memo}\n   polarity {:?} != {pol:?}; {:?}",
                r.polarity, r.items
            ));
        }
        for (k, s) in *items {
            if r.item(*k) != *s {
                bad.push(format!("{memo}\n   {} {:?} != {s:?}", k.flag(), r.item(*k)));
            }
        }
    }
    assert!(bad.is_empty(), "{} wrong:\n{}", bad.len(), bad.join("\n"));
}

/// Whether the rules explain a lone sentence away, so the learned net does not read it.
fn explained(s: &str) -> bool {
    let toks = super::tokens::tokenize(s);
    super::findings::explained_away(&toks, None, &[])
}

const PR: Polarity = Polarity::Present;
const DE: Polarity = Polarity::Denied;
const NO: Polarity = Polarity::None;

#[test]
fn a_risk_noun_modifying_a_topic_head_names_a_topic() {
    run(&[
        (
            "We went through his relapse signature worksheet again.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Showed her how to use the overdose kit the pharmacy gave her.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Referred him to the drug and alcohol service for a second opinion.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She attends the self-harm support group at the youth centre.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "The substance misuse worker will join us next session.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He finished the violence awareness course his employer requires.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She has started volunteering on the domestic abuse helpline.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Completed a relapse prevention map together and he took a copy.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He signed up for the overdose first aid training at the library.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Gave her the alcohol harm reduction leaflet to read at home.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She's a paralegal and works on domestic violence cases all week.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He rehearsed a fight scene for the school play.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Her partner is on the waiting list for alcohol treatment.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "The suicide prevention charity sent a volunteer.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She now volunteers at a domestic violence shelter.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn a_head_that_is_risk_content_keeps_the_event() {
    run(&[
        (
            "She left a suicide note on the kitchen table last night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He has a suicide plan and has picked a date.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He overdosed last weekend and was taken to A&E.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She relapsed on Saturday at her cousin's wedding.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "At the relapse prevention group he admitted he relapsed on Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A result makes a screen a finding, not a topic.
        (
            "Urine drug screening was positive.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Asked the SI screen questions: yes to wishing he were dead.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_low_risk_level_is_a_formulation_not_a_disclosure_or_denial() {
    run(&[
        (
            "Minimal acute risk of harm to others at present.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "Risk of relapse is moderate given the anniversary next month.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Risk to others assessed as low.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "No acute risk of self-harm identified today.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Violence risk remains low after the anger work.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Denies SI. Low risk of self-harm.",
            DE,
            &[(SuicidalIdeation, Some(D)), (SelfHarm, None)],
        ),
        // "No danger to self or others" stays the denial it was.
        (
            "No danger to self or others.",
            DE,
            &[(SelfHarm, Some(D)), (HarmToOthers, Some(D))],
        ),
    ]);
}

#[test]
fn a_negated_high_level_is_a_low_one() {
    run(&[
        (
            "No elevated risk of harm to others noted.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "Risk of violence is not high at present.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_high_risk_level_stays_as_the_rules_read_it() {
    run(&[
        (
            "High risk of violence toward his brother.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Risk of suicide is elevated given the recent loss.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Acute risk of suicide judged high after last night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_named_or_kinship_genitive_makes_ideation_and_behaviour_someone_elses() {
    run(&[
        (
            "Session four with Tom. We talked about Ruth's wish to die at home.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "His father's drinking was the main topic today.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her son's cutting has her frightened.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "The neighbour's threats to kill himself upset her.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Met with Priya. Priya says Arjun's heavy drinking keeps her awake.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn the_clients_own_genitive_and_name_stay_the_clients() {
    run(&[
        (
            "The client's thoughts of suicide have returned this week.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Pt's drinking has increased since the layoff.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Session with Dana today. Dana's urges to cut were strong this week.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // No opening names the client: a name that reports something may be the client.
        (
            "Marco says work is hard. Marco's drinking has doubled since March.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn bare_cut_is_self_injury_only_in_its_frame() {
    run(&[
        (
            "She wants to cut screen time to an hour after dinner.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He plans to cut his hours at the warehouse.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She has cut coffee down to two cups.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He is cutting sugar before the race.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "The aim is to cut checking to twice a day.",
            NO,
            &[(SelfHarm, None)],
        ),
        ("She cut again last night.", PR, &[(SelfHarm, Some(P))]),
        (
            "He has been cutting to cope with the flashbacks.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She cut on her thigh after the argument.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He cut deep enough to need stitches on Sunday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She cut that night and hid it from her mum.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        ("She cut.", PR, &[(SelfHarm, Some(P))]),
        (
            "She's been cutting a lot lately.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He says he cut, um, just the one time, after the party.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Her cutting behaviour has increased since the move.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Mum's fears about cutting came up again.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "We talked about cutting back on overtime.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn a_striking_noun_is_an_act_only_in_a_verb_frame() {
    run(&[
        (
            "He joined a walking club and a chess club.",
            NO,
            &[(Violence, None)],
        ),
        (
            "They meet at the club on Fridays for darts.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Gave her the leaflet for the bereavement lunch club at St Anne's.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He threatened to club him with a bottle.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Last month he clubbed a man outside the pub.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn a_fight_for_a_cause_or_in_play_is_no_blow() {
    run(&[
        (
            "She is locked in a fight for custody with his parents.",
            NO,
            &[(Violence, None)],
        ),
        (
            "The custody fight has dragged on since spring.",
            NO,
            &[(Violence, None)],
        ),
        (
            "They had a water fight in the garden on his birthday.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He got into a fight for no reason outside the chippy.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He got into a fight over a girl at the party.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn a_level_under_a_heading_is_a_formulation() {
    run(&[
        ("Violence: low risk.", NO, &[(Violence, None)]),
        ("Suicide risk: moderate.", NO, &[(SuicidalIdeation, None)]),
        (
            "Risk to self: she reports cutting last week.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Suicide risk: high, given the plan.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

/// A killing verb whose agent is a cause of death names a death, not violence; a person as
/// agent stays violence or a homicidal thought.
#[test]
fn cause_of_death_is_no_killing() {
    run(&[
        (
            "She is sure she has whatever killed her aunt.",
            NO,
            &[(Violence, None), (HomicidalIdeation, None)],
        ),
        (
            "The tumour that killed his brother was found late.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Flu killed her grandfather when she was small.",
            NO,
            &[(Violence, None)],
        ),
        (
            "His liver condition has nearly killed him twice.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He says he will kill whoever broke into his van.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Her brother killed a man in a fight years ago and she still fears him.",
            NO,
            &[],
        ),
        (
            "She thinks her neighbour killed her cat, and she wants to kill him back.",
            PR,
            &[],
        ),
    ]);
}

/// "Rather than" and "instead of" set aside what follows them (extended NegEx triggers); the
/// preferred side of "rather ... than" stays as said.
#[test]
fn rather_than_sets_aside_what_follows() {
    run(&[
        (
            "Read as burnout instead of a relapse of the depression.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He chose a walk rather than a drink after the call.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She'd sooner be dead than go back to him, she said.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He would rather die than lose the kids.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Rather than calling, she cut her arm again on Friday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

/// In-laws are family (FORMATS §3: a family-dependency relationship), whether the kinship noun
/// is written with hyphens or not; a touch on an ordinary body part is care, not abuse.
#[test]
fn in_laws_are_family_and_a_touch_is_not_always_abuse() {
    run(&[
        (
            "Her father-in-law keeps touching her when the house is empty.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She says the in-laws lock her in the flat when they go out.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her mother-in-law slapped her in front of the children on Monday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The nurse touched her arm to wake her for the obs.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He touched her hand across the table and she smiled.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Her stepfather groped her again last weekend.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// C-SSRS item 1 in the words of the bereaved: a wish to sleep and be with the dead, to join
/// them beyond this life, regret at waking; the same words about the living are no wish to die.
#[test]
fn passive_wish_to_join_the_dead() {
    run(&[
        (
            "Since the funeral he prays he'll go to sleep and be with Maureen.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She longs to join her husband in heaven, she told me, no plan.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He says he is annoyed when he wakes up in the morning.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Most days she's disappointed to wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wishes she could be with her daughter in Leeds for the birth.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He wants to see his grandson at Christmas.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She hopes to go to sleep earlier and see how she feels.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He wants to go to sleep and see what tomorrow brings.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn scopes_end_at_their_own_clause() {
    run(&[
        // An "in" of an earlier phrase does not make the client the subject's victim: only
        // "in an abusive relationship" does.
        ("Her stepdad tipped her school bag out in the hallway and pushed her against the radiator.", PR, &[(Abuse, Some(P))]),
        ("His uncle put his phone in a drawer and slapped him.", PR, &[(Abuse, Some(P))]),
        ("Her aunt is in an abusive marriage.", NO, &[(Abuse, None)]),
        // A later clause's "today" dates its own denial, not the history before it.
        ("She burned herself in secondary school, and this week she says there are no urges.", DE, &[(SelfHarm, Some(D))]),
        ("He took an overdose in his twenties, and currently he denies any thoughts of suicide.", DE, &[(SuicidalIdeation, Some(D))]),
        ("She cut in her teens, and she started doing it again on Sunday.", PR, &[(SelfHarm, Some(P))]),
        ("He scratched his arms as a boy, and he began again after the funeral.", PR, &[(SelfHarm, Some(P))]),
        ("She cut in her teens, and she started her job again in March.", NO, &[(SelfHarm, Some(H))]),
        ("She cut in her teens, and she has not started again.", NO, &[(SelfHarm, Some(H))]),
        // "Ending it" is a life unless it is a relationship.
        ("I asked, and he has had no thoughts of ending it.", DE, &[(SuicidalIdeation, Some(D))]),
        ("Denies any plan to end things.", DE, &[(SuicidalIdeation, Some(D))]),
        ("She keeps thinking about ending it with her girlfriend.", NO, &[(SuicidalIdeation, None)]),
        // Aggression by its phrasal verbs, at a person only, never verbally.
        ("He has been lashing out at the other kids at lunch.", PR, &[(Violence, Some(P))]),
        ("She hit out at a nurse during the transfer.", PR, &[(Violence, Some(P))]),
        ("He verbally lashed out at his brother.", NO, &[(Violence, None)]),
        ("No punches were thrown, he said, just shouting.", DE, &[(Violence, Some(D))]),
    ]);
}

#[test]
fn the_role_noun_of_the_note_names_its_client() {
    run(&[
        (
            "The patient reports burning her forearm with a lighter on Monday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "The inmate said he keeps thinking about hanging himself in his cell.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The student denies thoughts of suicide.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // Someone else of the same kind stays someone else.
        (
            "Another patient told staff she wants to die.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "The student's flatmate overdosed at a party.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn tellers_relatives_contractions_and_refusals() {
    run(&[
        // The one told is a recipient: the pronoun after it is the teller's.
        (
            "Gran says Milo, eight, told a neighbour he wants to be dead like his goldfish.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // A relative "who" makes any noun a person.
        (
            "He keeps picturing stabbing the bailiff who took his van.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She smashed the vase that her ex bought her.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // Refusing someone something is no clinical denial.
        ("Said if the council denies him the flat he'll shoot the housing officer.", PR, &[(HomicidalIdeation, Some(P))]),
        ("Told me if the bank denies him the loan again he's going to put a bullet in the manager.", PR, &[(HomicidalIdeation, Some(P))]),
        ("Denies thoughts of harming the landlord.", DE, &[]),
        // "'s" before a participle is "has": the noun is the subject.
        (
            "She's upset because her cousin's been cutting.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Her partner's been slapping her when he drinks.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // Letters meant for after death are a preparatory act.
        (
            "He has been writing notes to his grandchildren for them to open when he is gone.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // A later clause with its own subject keeps its own time.
        (
            "He hanged himself at nineteen and survived, and this week we worked on his CV.",
            NO,
            &[(SuicidalIdeation, Some(H))],
        ),
        (
            "She took an overdose at sixteen, and on Sunday she did the same.",
            PR,
            &[],
        ),
        // Property broken in rage, whoever owned it.
        (
            "He put his fist through his neighbour's front window.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn recent_spans_things_as_subjects_and_stopping_a_named_drink() {
    run(&[
        // "The past fortnight" is a recent span, not "the past".
        (
            "For the past fortnight she has wanted to be dead most mornings.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "In the past three weeks he has burned his hands twice.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        ("In the past he has wanted to die.", NO, &[]),
        // A span before "ago" is a time after bare "cut".
        (
            "She said she cut a fortnight ago after the party.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He cut a deal with his landlord a week ago.",
            NO,
            &[(SelfHarm, None)],
        ),
        // "It" as the subject of a striking verb is no blow.
        (
            "The news of the redundancy hit him hard.",
            NO,
            &[(Violence, None)],
        ),
        (
            "It hit her harder than she expected.",
            NO,
            &[(Violence, None)],
        ),
        // Stopping a named drink is abstinence.
        (
            "She gave up the vodka in the summer and has had nothing since.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn answers_fronted_questions_compounds_and_things_that_lapse() {
    run(&[
        // The first answer decides when a clause of its own follows it.
        (
            "I asked him whether he'd thought of ending his life, and he said no, mate, I want every day with my kids.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I asked whether she'd had thoughts of killing herself and she said yes, most days.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // A question fronted before "I asked".
        (
            "Whether she had any thoughts of suicide, I asked, and she said no, she has her dog and her allotment.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // An -ing form after an article modifies a noun; with an object it still acts.
        (
            "He'll meet the boxing coach on Monday about the tournament.",
            NO,
            &[(Violence, None), (HomicidalIdeation, None)],
        ),
        (
            "She has to talk to the shooting instructor before the range day.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He keeps thinking about shooting his foreman.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        // A document that lapses is no relapse; a person who lapses is.
        (
            "Her gym membership lapsed over the winter.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He lapsed on Friday after eleven weeks off the drink.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Means handed to the police are removed.
        (
            "His rifles were handed in to the police last month.",
            NO,
            &[(AccessToMeans, Some(D))],
        ),
        // Scratching an itch is no injury.
        (
            "He kept scratching his head while we talked about the move.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She scratches her arms until they bleed when the panic comes.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn hyperbole_urging_someone_elses_prescription_and_wished_vehicles() {
    run(&[
        // A progressive aimed at the speaker is hyperbole.
        (
            "He grinned and said the twins are killing me, and booked next month.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He said he thinks about killing me, his wife reported.",
            PR,
            &[],
        ),
        // "Pushed him to <verb>" urges; "pushed him to the floor" shoves.
        (
            "Her sister pushed her to book the scan sooner.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Her husband pushed her to the floor on Sunday night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // "Using it" is no drug use.
        (
            "The rapport is there and he is using it well.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // Today's AUDIT score decides, not the earlier one it came down from.
        (
            "His AUDIT score today was four, down from nineteen in the spring.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // Someone else's prescription taken, by class or name; in a drawer it is means.
        (
            "She's been taking her flatmate's sleeping tablets most nights.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He's been helping himself to his nan's tramadol since the funeral.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her late father's tramadol is still in the bathroom cabinet.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A hyphenated blow, and a person by role.
        (
            "He head-butted a bouncer outside the club on Saturday.",
            PR,
            &[(Violence, Some(P))],
        ),
        // A vehicle wished upon oneself.
        (
            "Some nights on the drive home she wishes a truck would run her over.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn fronted_times_things_that_kill_and_injuries_called_accidents() {
    run(&[
        // A time fronted in its own comma segments scopes over the clause after it.
        (
            "Back in his twenties, before the army, he punched a stranger outside a pub.",
            NO,
            &[(Violence, Some(ItemStatus::History))],
        ),
        (
            "Years ago he hit a man at work, and on Friday he hit a man at the depot.",
            PR,
            &[(Violence, Some(P))],
        ),
        // A thing as the subject of "is killing": hyperbole; a person: not.
        (
            "The commute is killing them, she said, and they may move closer.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // An injury the sentence calls an accident, with no doubt after it.
        (
            "He sliced his thumb on a tin lid, nothing deliberate, and it's healing.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She cut her forearm on purpose on Friday night.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn money_kept_from_its_owner_and_bones_wished_broken() {
    run(&[
        (
            "As his gran's carer he has the bank card, and he's taken about three thousand from her account for the slots.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her care worker has been managing her pension, and she hasn't seen a penny of it since March.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "His boss owes him back pay and he hasn't seen a penny of it.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "The winger says he wants to smash the kneecap of the defender who fouled him.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "He wants to break the habit of checking his phone at night.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "He broke the nose of a man at the bar on Friday.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn mum_in_a_perinatal_memo_and_both_partners_are_the_clients() {
    run(&[
        (
            "Mum says on the night feeds she sometimes wishes she could just not wake up, and the baby is settling better.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Without a baby in the memo, Mum is the client's mother.
        (
            "Mum says she wants to die some days since the divorce, the boy told me.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Seen together, both partners denied any thoughts of harming themselves.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn euphemisms_scored_zeros_and_emphatic_noes() {
    run(&[
        (
            "She promised she won't do anything stupid before Thursday.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "His wife is scared he might do something drastic after the repossession.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He did something daft at the stag do and lost his wallet.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Item nine on the PHQ-9 was a zero this week.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Asked whether she'd had thoughts of ending her life, she said definitely not, she's looking forward to the wedding.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn partner_screens_told_as_acts_and_cuts_of_things() {
    run(&[
        (
            "Seen apart, both said there's no shoving and no threats at home, and they feel safe.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "I checked separately about being hit or threatened in the relationship, and she said no.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Her partner keeps pushing for a move to Leeds.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He checked twice if the back door was locked before leaving.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "The butcher he works for sells cuts of lamb at the market.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "The council's cuts to the library hours upset her.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "There were fresh cuts to her forearm on Monday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn everyday_idioms_of_death_drink_and_choking() {
    run(&[
        (
            "Without the funding the project is dead in the water.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He could murder a curry after the night shift.",
            NO,
            &[(HomicidalIdeation, None), (SubstanceUse, None)],
        ),
        (
            "Shoot me a text when the train gets in.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Leaving mid-season would be career suicide, she reckons.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She got a bit choked up talking about her grandad.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
        (
            "They had the vet put the old collie to sleep last week.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "The kids had an overdose of sugar at the party.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He's been living on energy drinks during exams.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She wants the overtime cut before the summer.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Asked about thoughts of ending her life since last session, she said no, not once.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Asked whether she'd cut since we last met, she said yes, once, on the Friday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn command_voices_counted_groups_similes_and_pulling_done_to_hurt() {
    run(&[
        (
            "She says the voice keeps telling her to hurt the care assistant on nights.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "Nae voices telling him to harm anyone this fortnight, he says.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
        (
            "He denies ever hitting anyone, though three customers have shoved him this year.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "The cramp felt like being hit by a truck, she said.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
        (
            "He nearly died in theatre and feels lucky to be here.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Her mate from college has been cutting, which worries her, but she denies any self-harm.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "She tugs out her eyelashes on purpose because the pain calms her.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He pulls at his beard hairs in meetings, not to hurt himself, just a habit.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn the_boy_as_client_denials_by_adjective_and_scots_words() {
    run(&[
        (
            "He's not violent, he says, and never has been.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "He got violent with a steward on Saturday night.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She likes violent films on a Friday night.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He denies any thoughts of hurting the surveyor who flagged his extension.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
        (
            "He said he's going to murder the solo at the concert.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "Never any thoughts of harming the wean, she says.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
        (
            "Nan says the lad's had no fights since Easter.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "Dad says there's been no physical stuff at home since the split.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "She's no wanting him deid, she says, just out of her life.",
            DE,
            &[(HomicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn negated_subjects_dictated_questions_and_busy_idioms() {
    run(&[
        (
            "Screen done alone: nobody hits her, shouts at her or takes her pension, and she feels safe.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Nobody at the home knows that her son hits her.",
            PR,
            &[],
        ),
        (
            "Any thoughts of ending his life since the funeral? He said no.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Any urges to cut this week? Yes, twice, on her thighs.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He's been hammered with emails since the merger.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She bought blackout blinds for the baby's room.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "At the wake they all drank his health in the pub.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn goals_hit_eager_idioms_stockpiles_and_fire_setting_voices() {
    run(&[
        (
            "She hit her step goal every day this week.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
        ("He hit her twice on Saturday night.", PR, &[]),
        (
            "He's dying to tell his mum about the new job.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She's been stockpiling her pregabalin in a shoebox.",
            NO,
            &[(AccessToMeans, Some(P))],
        ),
        (
            "The voices have been telling him to set fire to the flat upstairs.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
    ]);
}

#[test]
fn exceptions_to_a_denial_turns_and_methods_considered() {
    run(&[
        (
            "No cutting since Easter apart from one small cut on Sunday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Hasn't used since detox, except for one line of coke at a party last weekend.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Denies drug use other than his prescribed methadone.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He denied thoughts of hurting his son at first, then said the thoughts come every evening.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She denies any plan but has thought about how she'd do it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_wish_said_with_the_state_itself() {
    run(&[
        (
            "Denies any plan, but she said she'd be okay never waking up again.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He'd be fine not waking up early on Saturdays once the shifts change.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn thoughts_that_never_crossed_a_mind_and_doing_something_to_oneself() {
    run(&[
        (
            "She said the thought of ending her life has never crossed her mind.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "The thought of killing himself crossed his mind on Friday night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He says he'd never do anything to himself, his dog needs him.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Her partner is frightened she'll do something to herself this weekend.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn killing_oneself_at_a_task_is_exertion_unless_wished_or_planned() {
    run(&[
        (
            "He's been killing himself on the night shifts to cover the rent.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She laughed that she kills herself every weekend in the garden and pays for it.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He has thought about killing himself at work where nobody would find him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She says she'll kill herself on Sunday if the house is sold.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn exasperation_at_nobody_in_particular_taken_back_is_no_threat() {
    run(&[
        (
            "He said, 'One more delay and I'll strangle somebody,' then laughed at himself.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She said she could kill anyone who parks in her space, then said it's just talk.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // A named target laughed about is exasperation too (eight independent writers label
        // it so); the marks of a real threat keep it (see the named-person test below).
        (
            "He said he'd kill his landlord, then laughed.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // A retraction asked about and refused takes nothing back.
        (
            "He said he could kill somebody, and when I asked if that was just talk he said no.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She said she'd kill someone tonight and she was not joking.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_thing_that_kills_the_speaker_is_a_sensation() {
    run(&[
        (
            "After the exposure he said, 'So it doesn't actually kill me.'",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She said the heat in that kitchen will kill you.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She says her brother told her he will kill her if she goes to the police.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn a_wish_for_ones_own_death_said_of_the_wisher() {
    run(&[
        (
            "Her partner told me she said she wished she'd died in the crash.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He wished he had never woken up after the surgery.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She sometimes wishes her father had died before he could leave.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn universal_negation_over_a_negated_clause_is_an_affirmation() {
    run(&[
        (
            "Not a day goes by that he doesn't think about ending his life.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "There hasn't been a week since spring when she didn't have a plan for how she'd end it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She didn't have a plan for how she'd end it, she said.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn childhood_spans_experiences_that_hit_and_the_home_as_abuse() {
    run(&[
        (
            "Her stepfather abused her from the age of eight to fourteen.",
            NO,
            &[(Abuse, Some(ItemStatus::History))],
        ),
        (
            "The grief hit him like a truck on the anniversary.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He hit the man outside the chip shop on Friday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "His partner says he has never been violent at home.",
            DE,
            &[(Abuse, Some(D)), (Violence, None)],
        ),
        (
            "Ward staff report no aggression since Monday.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "He tied a ligature in the shower on Monday and staff cut it down.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The ward's ligature points were checked by estates.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn not_use_senses_and_answers_that_stop_at_another_category() {
    run(&[
        (
            "He says older lads asked him to sell weed for them and he refused.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She no longer feels like she's going to die in the lift.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Asked about thoughts of ending her life she said no, but she's been smoking weed every night.",
            PR,
            &[(SuicidalIdeation, Some(D)), (SubstanceUse, Some(P))],
        ),
        (
            "He drinks far less since the new job and hasn't been drunk since June.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn the_manner_of_a_dying_persons_death_is_no_wish_to_die() {
    run(&[
        (
            "She talked about wanting her mother's death to be peaceful and at home.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She talked about wanting to die before the next round of chemo.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_stockpile_kept_for_when_and_cheques_cashed_by_a_relative() {
    run(&[
        (
            "She let slip that she has been putting aside her morphine in a drawer in case the treatment fails and she decides she's had enough.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She's been saving her sleeping tablets for when she goes on holiday.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "His nephew has been signing and cashing his checks without asking him.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her daughter cashes her pension for her on Mondays.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn thoughts_of_it_past_a_terminator_and_other_wordings_of_the_wish() {
    run(&[
        (
            "Denies any intent to end his life, though he admits thinking about it most nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Denies SI, but she isn't thinking about it at all.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He denies drinking, though he thinks about it when he passes the pub.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "The urge to die comes back on Sunday nights, she says.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She stopped her insulin because she'd rather the illness just took her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Asked whether he'd thought of ending his life, he said he'd be lying if he said no.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She has scars on her arms and told me she holds them against the radiator when she panics.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He held his hands over the fire to warm them after the walk.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn a_medicine_from_outside_a_prescription_and_a_child_locked_in() {
    run(&[
        (
            "She's been taking diazepam she gets off a friend to sleep.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She takes vitamins she buys online.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her boyfriend locks the six-year-old in the bathroom when he cries.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn a_note_written_to_the_client_and_answers_that_move_on() {
    run(&[
        (
            "You told me a man at the hostel took your phone and you punched him twice.",
            PR,
            &[(Violence, Some(P))],
        ),
        // A threat to kill from an ex is abuse, never the client's own ideation.
        (
            "Her ex texted her 'you're dead if you go to the police'.",
            PR,
            &[(SuicidalIdeation, None), (Abuse, Some(P))],
        ),
        (
            "I asked about thoughts of suicide and whether anyone hurts her, and she said no to both, though she cries most nights.",
            DE,
            &[(SuicidalIdeation, Some(D)), (Abuse, Some(D))],
        ),
        (
            "Asked about thoughts of suicide, she said no, but later admitted they come most nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Frustrated with the sergeant but no threats; he's using good judgment.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn another_clauses_negation_a_conditional_threat_and_a_wish_for_it_over() {
    run(&[
        (
            "When the pain hasn't eased she doesn't want to wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He denies that he doesn't want to live.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He said if he sees the dude he's going to end him.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She held a cushion over her face on Sunday and says part of her wanted it over.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "About the boundary dispute, he just wants it over.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She admits she's been putting aside her tramadol in case the pain gets unbearable.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_prescription_drug_bought_off_the_street() {
    run(&[
        (
            "She admitted she's been buying oxycodone off the street since the surgery.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He's been getting Xanax from his cousin's friend to sleep.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She gets her sleeping tablets from a pharmacy near work.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_relatives_threat_to_the_client() {
    run(&[(
        "Her brother threatened to kill her if she leaves the house without him.",
        PR,
        &[(Abuse, Some(P))],
    )]);
}

#[test]
fn an_answer_negated_in_its_own_words_is_not_read_from_the_next_sentence() {
    run(&[
        (
            "When I asked, she told me she has no thoughts of harming anyone. She said her \
             grandchildren keep her going.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
        (
            "Asked about alcohol, he says he hasn't been drinking. He said work is steadier.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // A negated report answers no; a minimised answer is a yes to review.
        (
            "Asked about cannabis, she says she isn't using.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Asked if he'd thought of hurting himself: a bit, he said, nothing serious.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // A bare mention still takes its answer from the next sentence.
        (
            "I asked about thoughts of suicide. He said yes, most nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_telegraphic_low_level_is_a_formulation() {
    run(&[
        (
            "Adjustment disorder, violence risk low, plan reviewed.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Formulation: suicide risk low.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // A high level stays as read.
        (
            "Suicide risk high, she has been thinking of ending her life.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn an_earlier_clause_with_its_own_subject_does_not_date_a_later_mention() {
    run(&[
        (
            "She moved into the flat three weeks ago, and there's an overdose at fifteen in \
             her notes.",
            NO,
            &[(SubstanceUse, Some(ItemStatus::History))],
        ),
        // A fronted time clause still dates what follows.
        (
            "When he was nineteen, he cut his arms most weeks.",
            NO,
            &[(SelfHarm, Some(ItemStatus::History))],
        ),
        (
            "Last week, she cut her forearm after the argument.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn a_summary_spoken_to_the_client_reads_your_as_the_client() {
    run(&[
        (
            "You told me you have no thoughts of ending your life.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "You said you have thought about killing yourself this week.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn prayers_spirits_titles_and_telegraphic_acts() {
    run(&[
        (
            "She prays every night for God to take her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Sister Grace told me she asks God to take her home.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He says the demons keep telling him to stab his cousin.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "The young woman says she wants to die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Slapped a fellow patient at breakfast.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She raps her daughter's knuckles with a spoon when she talks back.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She thought about throwing herself off Beachy Head.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn property_blows_counterfactuals_and_behavioural_lapses() {
    run(&[
        (
            "He kicked the door in after the phone call.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He wants to punch a wall but never has.",
            NO,
            &[(Violence, None)],
        ),
        // A blow meant to hurt oneself is self-injury, not violence.
        (
            "He punched the garage wall to feel the pain.",
            PR,
            &[(SelfHarm, Some(P)), (Violence, None)],
        ),
        (
            "He said he could have murdered his boss, then shrugged it off.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He said he could have killed him if he'd had a knife on him.",
            PR,
            &[],
        ),
        (
            "He had a lapse on the pokies after payday.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Six months of abstinence from betting.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He had a lapse and drank six cans.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn injecting_rescues_drink_clauses_and_whose_drinking() {
    run(&[
        (
            "He's been injecting again since the funeral.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She injects her insulin at lunch.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "A friend gave him naloxone on Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She gave her brother naloxone.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He has a pint on Sundays and walks the dog most mornings.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She has a glass of wine most mornings.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She is worn down by his drinking.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He says his drinking is worse.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Asked about thoughts of suicide, he said he can't promise they won't come back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn conditional_consequents_injuries_given_and_the_client_as_object() {
    run(&[
        (
            "She said that if the appeal is refused she doesn't see the point in going on.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // The mention inside the if-clause stays hypothetical.
        (
            "If she feels like hurting herself again, she will ring her sister.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He told his teacher he'd like to fall asleep and never wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She knocked him down and broke a lad's jaw.",
            PR,
            &[(Violence, Some(P))],
        ),
        ("He broke his wrist at football.", NO, &[(Violence, None)]),
        ("Boyfriend slapped pt on Saturday.", PR, &[(Abuse, Some(P))]),
        (
            "Her uncle gets handy with her when he's been drinking.",
            PR,
            &[],
        ),
        (
            "He admits he decked a bloke at the bus stop.",
            PR,
            &[(Violence, Some(P))],
        ),
        // A small single occasion is within limits; a larger number or drinking before a
        // shift is not.
        (
            "They had a couple of beers after the match.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He's drinking before his shift, a couple of cans in the van.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Denies drinking on shift, has a beer or two on Fridays.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn cravings_excuses_the_dead_and_relapse_plans_are_not_use() {
    run(&[
        (
            "After group he said he could murder a bacon roll.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She grieves her cousin, who died of an overdose in the spring.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She nearly died of an overdose in March.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He identified payday and drinking as his triggers.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He blamed his drinking at the time for the break-up twenty years ago.",
            NO,
            &[(SubstanceUse, Some(ItemStatus::History))],
        ),
        (
            "At the time of assessment he was drinking most nights.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "The drinking excuse still comes up in group.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn reduction_goals_single_glasses_and_other_peoples_clauses() {
    run(&[
        ("Goal one is to cut down the drinking before the wedding.", NO, &[(SubstanceUse, None)]),
        ("She is making progress toward her drinking goal.", NO, &[(SubstanceUse, None)]),
        (
            "She has a glass of wine most evenings after the children are in bed.",
            NO,
            &[(SubstanceUse, None)],
        ),
        ("She gets through a bottle of wine most evenings.", PR, &[(SubstanceUse, Some(P))]),
        ("He drinks a box of wine most nights.", PR, &[(SubstanceUse, Some(P))]),
        (
            "His flatmates drink most nights, but he says he's only had a pint or two and no drugs.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        ("Back on the gin most nights since the funeral.", PR, &[(SubstanceUse, Some(P))]),
    ]);
}

#[test]
fn plural_and_subordinate_parties_do_not_take_the_clients_pronoun() {
    run(&[
        (
            "She says the lads who jumped her brother live nearby, and some nights she pictures killing them.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He denies any wish to hurt the men who robbed him, though he admits he decked a bloke on Friday.",
            PR,
            &[(Violence, Some(P))],
        ),
        // A party in the if-clause still acts in a habitual conditional.
        ("If her husband drinks, he hits her.", PR, &[(Abuse, Some(P))]),
        (
            "She gets sudden pictures of the baby falling or being hurt, and they horrify her.",
            PR,
            &[(HarmToOthers, Some(P)), (Abuse, None)],
        ),
    ]);
}

#[test]
fn survivor_wishes_pictured_endings_vehicles_ligatures_and_supplies() {
    run(&[
        ("She lies awake wishing she had died in the fire with her sister.", PR, &[(SuicidalIdeation, Some(P))]),
        ("He wishes he hadn't made it back from the tour.", PR, &[(SuicidalIdeation, Some(P))]),
        (
            "On the ladder he catches himself thinking one slip and it would all be over.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He keeps talking about driving out into the bush and never coming back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She admits to thinking about steering the car into a tree on the way home.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "If the scan is bad he isn't doing chemo again, he'll take every tablet in the cupboard.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Staff found her tying a shoelace round her neck in the shower.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        ("He's on three or four vodkas a night now.", PR, &[(SubstanceUse, Some(P))]),
        ("Threatened security guard with a bottle outside the club.", PR, &[(Violence, Some(P))]),
        ("He shoved another detainee against the wall.", PR, &[(Violence, Some(P))]),
        ("She feels a bit better and is sleeping a bit longer.", NO, &[]),
        (
            "Asked about self-harm, she said she wouldn't say never.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn other_names_offered_drinks_rejected_claims_and_avoidance() {
    run(&[
        (
            "Session four with Dex. Lionel was his bass player, overdosed in the spring, and Dex \
             found him. Dex played me the tune he wrote for Lionel.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Session four with Dex. He overdosed in the spring and his sister found him.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("Everybody at the club keeps buying him a drink.", NO, &[(SubstanceUse, None)]),
        ("He joked about drinking in the music instead.", NO, &[(SubstanceUse, None)]),
        ("His housing claim was kicked back again.", NO, &[(Abuse, None), (Violence, None)]),
        (
            "Problem: risk of self-harm when stressed, per care plan. She denies self-harm since May.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "She has intrusive images of pushing people onto the platform edge and has stopped taking the tube.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "The rifle is in the shed and he has thought about turning it on himself.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The woman I'm supporting says her husband has become rough with her since he lost his job.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Asked about self-harm, he said he couldn't honestly say he hasn't.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn household_screens_and_ropes_at_their_end() {
    run(&[
        (
            "I asked the parents whether anyone ever gets hit at home; both said no.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Dad is at the end of his rope with the night feeds.",
            NO,
            &[(AccessToMeans, None)],
        ),
    ]);
}

#[test]
fn exasperation_at_a_named_person_taken_back_is_no_threat() {
    run(&[
        (
            "He said he'd happily throttle his brother for borrowing the car again, then laughed.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She joked that she'd kill her flatmate if the bins weren't done.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He said he could murder the ref, but he was grinning about it.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // The marks of a real threat keep it.
        (
            "He said he'd kill his landlord, laughed, and said he knows where he lives.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She said she'll kill her ex, and she was not joking.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn illness_relapses_tellers_and_urging() {
    run(&[
        (
            "Early manic relapse, insight partial.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "The neighbour told him she's been using again since the funeral.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "His wife told me he's been drinking most nights and he admitted it.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "We looked at his guilt about not pushing the nurses harder.",
            NO,
            &[(HarmToOthers, None)],
        ),
    ]);
}

#[test]
fn weapon_attacks_street_supplies_whole_supplies_and_scots_negatives() {
    run(&[
        (
            "He was banned from the day centre after going for another service user with a knife.",
            PR,
            &[(Violence, Some(P))],
        ),
        ("She gets blues off the street to sleep.", PR, &[(SubstanceUse, Some(P))]),
        ("He was sent off for punching a rival fan.", PR, &[(Violence, Some(P))]),
        (
            "She thought about swallowing all of her lithium at once.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Mrs Dunn's nephew has been using her pension card and she can't account for the money.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He sat in the car wondering whether anyone would miss him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Since his brother died he says he wouldnae mind if he didnae wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        ("He spat at his foreman on Friday.", PR, &[(Violence, Some(P))]),
    ]);
}

#[test]
fn history_with_a_denial_questions_the_client_asks_and_idioms() {
    run(&[
        (
            "She burned herself a lot in her teens, and when I asked today she said she's had no urge to do it in years.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "Overdose aged twenty, nil since, denies current SI.",
            DE,
            &[(SubstanceUse, Some(ItemStatus::History))],
        ),
        (
            "He drank heavily for years after the Falklands but has been sober for decades.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She asked me what she should do if she ever felt like hurting herself after the birth.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Mum asked if she should worry about him hurting himself; I asked him, and he said no.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        ("She felt like death warmed up with the flu.", NO, &[(SuicidalIdeation, None)]),
        ("He was high on life after the wedding.", NO, &[(SubstanceUse, None)]),
        ("She said her dad would kill her if he found out.", NO, &[(Abuse, None)]),
        ("He says he killed his mates online all weekend.", NO, &[(Violence, None)]),
        ("She said the driving test murdered her.", NO, &[(Violence, None)]),
        // A person before the verb still acts.
        ("She said the lodger hit her on Friday.", PR, &[]),
    ]);
}

#[test]
fn kin_words_ceilings_street_deals_drink_driving_and_breaches() {
    run(&[
        (
            "She says her kuya drinks too much.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Asked about grog, he says a few beers at the weekend, no more than that.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He's been buying diazepam off a lad at the gym.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She's been driving home after two or three wines on Fridays.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Staff found him gouching out in the kitchen.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He was seen outside her house on Sunday in breach of his order.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She hasn't cut since school, though she's had the urge most nights this week.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He said if he ever saw the man who stabbed his cousin he'd kill him.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He stopped his tablets because he wanted it over.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The neighbour row drags on and he just wants it over.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He has been anxious since the threat against his son.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn weapons_for_protection_stopping_idioms_and_limits() {
    run(&[
        (
            "He keeps a knife under his pillow for protection since the break-in.",
            NO,
            &[(Violence, None), (AccessToMeans, Some(P))],
        ),
        (
            "She's cut out drinking completely since the new job.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He's been off the drink three years now.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He stopped chewing khat when he started college.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Says he overdosed on box sets this weekend.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her aunties will murder her if she misses the wedding.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // A partner's conditional threat is not family hyperbole.
        ("He told her he'll kill her if she leaves.", PR, &[]),
        (
            "He picks at the skin around his nails when he's anxious.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He picks at his skin on purpose to hurt himself.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He got a kidney from his brother last year.",
            NO,
            &[(SubstanceUse, None)],
        ),
        ("Nil concerns re alcohol.", NO, &[(SubstanceUse, None)]),
        (
            "Alcohol within limits, about six units a week, no drugs.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "His alcohol tag shows no alerts this month.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "OD age nineteen, nothing since.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Carries a knife in his waistband for protection.",
            NO,
            &[(Violence, None), (AccessToMeans, Some(P))],
        ),
    ]);
}

#[test]
fn in_a_memo_the_net_does_not_overrule_a_screen_answered_no_in_its_sentence() {
    let memo = "Session four with Grace, in person, fifty minutes. She has been tearful since \
                the anniversary. I asked if she'd had any thoughts of harming herself or of not \
                wanting to live, and she said no, she has to be here to keep her brother's \
                memory alive. We planned two walks this week.";
    let r = assess_memo_with(memo, &split_clauses(memo), true);
    assert_eq!(r.polarity, DE, "{:?}", r.findings);
    assert!(
        !r.findings
            .iter()
            .any(|f| f.concept == lexicon::Concept::Learned),
        "{:?}",
        r.findings
    );
}

#[test]
fn infinitive_subjects_drams_feelings_and_a_laugh_in_the_next_sentence() {
    run(&[
        (
            "Her uncle had too much to drink at the wedding.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He says he's had too much to drink most nights since the layoff.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "When I asked about drink she said a dram at night, only the one.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She said the driving test nearly killed her with nerves.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
        (
            "Session two with Ana. She says she could throttle her brother some days. She \\
             laughed at that and said she just wants him to ring their mum.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // A laugh after the marks of a real threat takes nothing back.
        (
            "Session two with Ana. She says she could kill him and knows where he lives. She \\
             laughed when she said it.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_screen_answered_in_its_own_words_and_a_definite_noun_takes_up_a_dated_use() {
    run(&[
        // The mention's own negation answers the question; a report after it does not
        // turn it into a yes.
        (
            "When I asked, she told me she hasn't had any thoughts of killing herself, and she \\
             said her grandson keeps her going.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // An answer word after it still does.
        (
            "When I asked, she told me she hasn't had any thoughts of killing herself, but \\
             then admitted she has had them some nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // "The year before last" dates what it follows.
        (
            "He smoked crack most weekends until the year before last.",
            NO,
            &[(SubstanceUse, Some(ItemStatus::History))],
        ),
        (
            "He smoked crack most weekends until the week before last.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A definite noun takes up the dated mention of its category...
        (
            "She drank every day until the year before last, and she says the drinking cost \\
             her the flat.",
            NO,
            &[(SubstanceUse, Some(ItemStatus::History))],
        ),
        // ...unless a word brings the time back to now.
        (
            "She drank every day until the year before last, and she says the drinking has \\
             started again since Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_relative_who_takes_its_noun_sport_compounds_and_screen_scores() {
    run(&[
        // The subject of "who" is the noun it follows, inside "of ..." too.
        (
            "She is still raw after the funeral of her flatmate, who overdosed in June.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Most of the hour was about the loss of Marcus, who overdosed at a festival.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A name the session is with stays the client's.
        (
            "Session with Marcus, who overdosed at a festival on Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A relation keeps its kind: means in the household stay the client's access.
        (
            "He lives with his nan, who keeps a stash of oxycodone in her handbag.",
            NO,
            &[(AccessToMeans, Some(P))],
        ),
        // A gerund after an article naming a kind of coach or kit is sport.
        (
            "Her boyfriend picks her up after the boxing class at the leisure centre most \\
             evenings, and she says home is calm.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "She denied any kicking or slapping at home when I asked.",
            DE,
            &[(Abuse, Some(D))],
        ),
        // A screen's score is no larger number of drinks.
        (
            "Asked about alcohol, she said a glass of cider with Sunday lunch, and her AUDIT \\
             score was three.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Asked about alcohol, she said a glass of cider with Sunday lunch and five more \\
             after it.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn threats_of_harm_compound_roles_prayers_presupposed_acts_and_large_containers() {
    run(&[
        // A threat of harm, a grave or deportation to the client by a partner is abuse.
        (
            "Her husband threatened to drown her in the bath if she went to her sister's.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She says her partner threatens to send her back to Lagos without the baby.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // Parenting threats and threats to another person are not.
        (
            "His mum threatened to send him to his gran's for the summer if he skips school.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Her neighbour threatened to shoot her dog if it got into his chickens again.",
            NO,
            &[(Abuse, None)],
        ),
        // A noun before a person's role names the kind of role.
        (
            "Ward staff say he threw a mug at a support worker on Sunday night.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He says he has been hitting the gym harder since the divorce.",
            NO,
            &[(Violence, None)],
        ),
        // A prayer to be taken, whatever name the faith gives God.
        (
            "She prays every night that the Almighty will take her in her sleep.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // "Not again since" a recent time tells that the act happened then.
        (
            "On the phone he said he hasn't cut again since Sunday, and he denies SI.",
            PR,
            &[(SelfHarm, Some(P)), (SuicidalIdeation, Some(D))],
        ),
        (
            "She hasn't cut since she was fifteen and denies any urges.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        // A fifth of spirits is many drinks.
        (
            "He drank a fifth of whiskey on Saturday night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_lone_sentence_opening_on_a_bare_parent_title_tells_a_parent_seen_in_session() {
    run(&[
        // What the parent tells of themself is a client's disclosure or denial.
        (
            "Dad says he has had thoughts of strangling the referee from Saturday's match.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Mum denies any thoughts of ending her life and says the baby keeps her going.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // Not when the parent tells of their own people...
        (
            "Mum is upset because her twelve-year-old keeps saying he wishes he was dead.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // ... nor with a possessive ("her dad" is someone else).
        (
            "She says her dad has had thoughts of strangling the referee.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn misuse_of_doses_and_of_anothers_pills_and_injuries_shown_to_the_clinician() {
    run(&[
        // More than the dose directed is misuse.
        (
            "She denies SI but has been taking double the dose of her sleeping tablets.",
            PR,
            &[(SubstanceUse, Some(P)), (SuicidalIdeation, Some(D))],
        ),
        // Another's pills, told used, are misuse; told kept somewhere, they are means.
        (
            "He says he has been taking his dad's old painkillers to get to sleep.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She keeps her husband's leftover oxy in the bathroom cabinet.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // Whoever shows the clinician injuries on their own body is the one seen...
        (
            "The son showed me the burns on his forearm from Saturday night.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // ... not a relative of the client's, with a possessive.
        (
            "Her sister showed me the burns on her forearm from the kitchen fire.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn dialect_negators_abstinence_answers_exasperation_and_kin_words() {
    run(&[
        // "nil" and "nowt" negate what follows.
        (
            "Nil SI, nil SH, nil HI on direct questioning.",
            DE,
            &[(HomicidalIdeation, Some(D))],
        ),
        (
            "He's had nowt to drink since the funeral.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // An abstinence statement answers the question no.
        (
            "Asked about drugs, she said she's been clean since last spring.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Asked about alcohol, he said he's been dry for eighteen months.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Asked about alcohol, he said he's been drinking again since June.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // "Be the death of him" is exasperation.
        (
            "His mum says the boy will be the death of her with his backchat.",
            NO,
            &[(HomicidalIdeation, None), (Violence, None)],
        ),
        // Kin and mates in the words people use.
        (
            "Her nan drank heavily all through the war years, the client says.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "His workmate took his own life last month and he found out by text.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn ordeals_nearly_killing_a_reversed_overdose_already_told_and_assaults_by_strangers() {
    run(&[
        // A killing "nearly" done to a pronoun by no person is an ordeal.
        (
            "He says lambing season nearly killed him but the flock did well.",
            NO,
            &[(Violence, None), (HomicidalIdeation, None)],
        ),
        (
            "She said the Irish Sea almost killed her on the crossing.",
            NO,
            &[(Violence, None), (HomicidalIdeation, None)],
        ),
        // A person who nearly killed someone keeps the act.
        (
            "He says he nearly killed her when he found the messages.",
            PR,
            &[(Violence, Some(P))],
        ),
        // The naloxone given in a sentence that told someone else's overdose reverses theirs.
        (
            "Her brother overdosed in the flat on Sunday and she gave him the naloxone herself.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "His mate gave him the naloxone on Sunday night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Harm from no one named, where it happened in a public place, is no abuse...
        (
            "He got hit outside a bar in town and has a black eye, and he denies any fights.",
            DE,
            &[(Abuse, None)],
        ),
        // ... a place only passed through changes nothing.
        (
            "She got hit again on Friday when he came back from the pub.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn a_client_asking_about_others_discloses_nothing_but_a_presupposing_frame_does() {
    run(&[
        (
            "He asked me whether other people in the group ever think about killing \\
             themselves.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She asked whether it's weird that she thinks about dying most nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_verbal_no_and_a_beating_given() {
    run(&[
        // Scots and Irish "no" before an -ing word is "not".
        (
            "She says she's no wanting to be here any more.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He's no drinking since the new year.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // A beating given: to a child, abuse; to anyone else, violence.
        (
            "She admitted she gave her son a good hiding with a slipper on Monday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He gave a bouncer a kicking outside the club on Saturday night.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn water_as_the_way_and_a_gun_held_to_oneself() {
    run(&[
        (
            "She admits she has thought about throwing herself into the river on the way home.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "They went swimming in the river at the weekend.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "His wife found him sat in the garage with the shotgun across his knees on Friday.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He keeps his shotgun locked in a cabinet for the foxes.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn diverted_and_extra_doses_money_taken_notes_kept_and_a_noun_beside_client() {
    run(&[
        (
            "He admitted he pocketed morphine ampoules from the returns bin at work twice.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She has been taking extra zopiclone most nights and topping up with wine.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "You said your nephew has been taking cash out of your savings account.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her daughter-in-law holds her bank card and gives her twenty pounds a week.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She keeps the letters to her children in a drawer in case she goes through with it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He says he thinks about finishing himself off.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He got hammered at his brother's stag do and can't remember the taxi home.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She's been hammered at the café with extra shifts since Easter.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Our client, the older brother, said he has been cutting his arms again.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn a_telegraphic_note_of_anothers_drug_used() {
    run(&[
        (
            "Taking mum's diazepam most nights to sleep.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Mum's diazepam is kept in a locked box.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn care_withheld_is_neglect_only_for_a_stated_time() {
    run(&[
        (
            "Her son never turns up for football practice.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Her daughter hasn't checked on her in over a fortnight and the fridge is empty.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn ending_a_career_is_no_threat_to_a_person() {
    run(&[
        (
            "She worries that a bad review will end her career in nursing.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He said he would end her if she went to the police.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn cuts_an_institution_makes_are_no_injury() {
    run(&[
        (
            "The rail cuts have left her stranded in the village.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Staffing cuts mean his support worker visits less.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She showed me fresh cuts on her thigh.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn abstinence_and_a_clean_test_reach_the_substances_they_list() {
    run(&[
        (
            "He's six weeks off the booze and the cocaine, and proud of it.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Saliva test clear for cannabis and amphetamines this morning.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He's been off the booze since June but started on cocaine last week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_recovery_from_a_use_leaves_the_use_behind() {
    run(&[
        (
            "He is in his second year of recovery from alcohol addiction.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She is recovering from the overdose she took on Sunday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_hedge_in_a_further_report_leaves_the_answer_alone() {
    run(&[
        (
            "Asked about thoughts of suicide she said no, and she is not drinking much either, maybe a small glass of wine with dinner.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Asked about thoughts of suicide she said no, maybe sometimes late at night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn an_irregular_past_after_told_me_keeps_its_own_subject() {
    run(&[
        (
            "She told me her uncle drank himself into hospital twice.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She told me she drank a bottle of vodka on Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_definite_noun_takes_up_someone_elses_mention() {
    run(&[
        (
            "His partner is drinking heavily most nights. He worries about her. We planned how he could bring up the drinking with her.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "His partner is drinking heavily most nights. He has been drinking a bottle of wine with her every evening. He wants to cut down the drinking.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_telegraphic_denial_opens_a_clause_of_its_own() {
    run(&[
        (
            "Took an overdose of paracetamol in 2018, denies any such thoughts now.",
            DE,
            // An overdose of a medicine is self-poisoning (NICE), here in the past; "such
            // thoughts" after it are the suicidal thoughts denied now (the corpus labels
            // "took an overdose ..., no thoughts like that" so: c142-081, c16-055).
            &[
                (SelfHarm, Some(ItemStatus::History)),
                (SubstanceUse, None),
                (SuicidalIdeation, Some(ItemStatus::Denied)),
            ],
        ),
        (
            "Took an overdose of paracetamol in 2018, and again now, last week.",
            PR,
            &[],
        ),
    ]);
}

#[test]
fn a_loss_that_hits_someone_is_no_blow() {
    run(&[
        (
            "Her mum's death hit her hard this winter.",
            NO,
            &[(Violence, None)],
        ),
        (
            "The funding cuts hit him hard at work.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He hit the lad hard outside the chippy.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn a_name_in_apposition_is_the_noun_it_follows() {
    run(&[
        (
            "Her brother, Danny, had an overdose of heroin at the weekend.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her partner, Lee, slapped her on Friday night.",
            PR,
            &[(Abuse, Some(P)), (Violence, None)],
        ),
        (
            "She says the husband of her, Jorge, is drinking every night.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her brother, Danny, says she has been cutting again.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn passive_wishes_said_without_if_and_reunion_wishes() {
    run(&[
        (
            "He admits it would be a relief not to be around anymore.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Since her son died she talks of wanting to be with him again.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wants to be with her partner again once he's back from the rigs.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "It would be easier not to be here for the family meeting, she said.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "After the lad's suicide at school she wondered why not me as well.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_drug_of_someone_elses_the_client_uses_and_intentions_to_poison() {
    run(&[
        (
            "He has been vaping his cousin's THC cartridges at school.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She found her dad's cannabis in the garage.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He goes over to his mate's to drink until he can't stand.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She admits to thinking about putting laxatives in her sister's tea.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "Someone laced her drink at a party in May.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "He says he wants that driver dead.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She stands at the bridge railing at night, tempted to step off.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He sat on the edge of the pool thinking about jumping in with the kids.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn school_stages_reductions_and_comforting_hands() {
    run(&[
        (
            "She burned her arms in secondary school.",
            NO,
            &[(SelfHarm, Some(ItemStatus::History))],
        ),
        (
            "He is cutting his legs at high school.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He says he's cut down to two cans on a Saturday.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She has cut down to a bottle of vodka a day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her sister put a hand on her arm when she cried.",
            NO,
            &[(Violence, None)],
        ),
        ("He has never laid a hand on the kids.", DE, &[]),
    ]);
}

#[test]
fn an_answer_given_before_the_question_stands() {
    run(&[
        (
            "He answered no when I asked about thoughts of ending his life, and said that has been the case since the spring.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He answered no when I asked about thoughts of ending his life, but later said he has them most nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn maintenance_therapy_parents_oversight_and_events_that_hit() {
    run(&[
        (
            "Opioid dependence, stable on buprenorphine for two years.",
            NO,
            &[(SubstanceUse, Some(ItemStatus::History))],
        ),
        (
            "Opioid dependence, using heroin on top of her script most days.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He says his dad checks his phone every night.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "She says her boyfriend checks her phone every night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "His brother moved to Perth in June, which hit him hard.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_mothers_past_pregnancy_makes_no_perinatal_memo() {
    run(&[
        (
            "Family session with Jade, fourteen, and her mum. Jade says Mum checks her phone every night. Mum says she fell pregnant at seventeen herself and worries.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Home visit, she is thirty weeks pregnant with her second. Mum says she can't stop crying and has thought about not waking up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_negation_ends_at_and_before_a_new_predicate() {
    run(&[
        (
            "He can't concentrate at work and has thought about hanging himself.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She doesn't sleep much and keeps scratching her arms till they bleed.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        ("Denies suicidal ideation and homicidal ideation.", DE, &[]),
        (
            "She has had no wine on weeknights and kept to one glass at the wedding.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn a_negation_does_not_reach_a_verb_or_gerund_joined_on() {
    run(&[
        (
            "He won't leave his room and burns his forearms with a lighter.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She doesn't go out and drinks a litre of cider most days.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "No energy, and scratching her legs until they bleed.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "No thoughts, urges or plans to end her life.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        ("Denies cuts and burns.", DE, &[(SelfHarm, Some(D))]),
    ]);
}

#[test]
fn scope_ends_at_wh_clauses_object_nobody_and_comma_gerunds() {
    run(&[
        (
            "He couldn't explain why he cut his arms on Sunday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She has no one, and says she wants it all to stop for good.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Nobody hits her or takes her money.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "He isn't working, drinking from noon most days.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She answered no to every item, including the one about being better off dead.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He says he doesn't care whether he wakes up tomorrow.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She could not promise her own safety over the weekend.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He doesn't believe anybody would miss him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_stated_conditional_wish_and_an_ellipsis_that_carries_to_now() {
    run(&[
        (
            "She said if the baby goes into care she has no reason to live.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She asked what to do if her cousin says she has no reason to live.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He started using speed at college and still does.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He burned himself in his teens and still has the marks.",
            NO,
            &[(SelfHarm, Some(ItemStatus::History))],
        ),
    ]);
}

#[test]
fn respective_answers_ages_and_strains() {
    run(&[
        (
            "I asked about thoughts of suicide, self-harm, and whether he feels safe at home; he said no, no, and yes.",
            DE,
            &[(SuicidalIdeation, Some(D)), (SelfHarm, Some(D))],
        ),
        (
            "I asked about thoughts of suicide, self-harm, and whether he feels safe at home; he said no, yes, and yes.",
            PR,
            &[(SuicidalIdeation, Some(D)), (SelfHarm, Some(P))],
        ),
        (
            "He gave up drinking fourteen months ago.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Our client, the fifteen-year-old, says he has been burning his arms.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He says his night shifts are killing him and his back.",
            NO,
            &[(HomicidalIdeation, None), (SuicidalIdeation, None)],
        ),
        (
            "Depression, history of overdose noted, with no current thoughts of suicide.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn panic_misreadings_memory_lapses_and_ones_own_things() {
    run(&[
        (
            "When the palpitations start he is convinced he's having a heart attack.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "We linked the fear of dying to her pounding chest.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "The thought of dying is a comfort to her most nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Some concentration lapses at work since the stroke.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He pulled his sleeves down when I asked about his arms.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
    ]);
}

#[test]
fn a_gambling_recovery_leaves_a_wedding_beer_within_limits() {
    run(&[
        (
            "Early recovery from gambling harm, no bets for three weeks. Asked about alcohol, he said only one beer at weddings.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Early recovery from alcohol dependence, sober three weeks. He said he had one beer at a wedding on Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn other_than_ends_a_denial_and_blacking_out_is_use() {
    run(&[
        (
            "Denies any drug use other than ketamine at weekends.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She is not taking her sleeping tablets other than as prescribed.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He says the drinking is under control but he blacks out every Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He said no to drinking till he blacks out.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn a_swapped_method_and_a_drug_by_its_street_name() {
    run(&[
        (
            "He's not cutting now, he says he's punching himself instead.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She gave up cutting and has moved on to scratching instead.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She's been burning the toast since the cooker broke.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He's off the drink but back on the horses and the charlie.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn the_edinburgh_scales_self_harm_item_is_read_by_its_score() {
    run(&[
        (
            "EPDS sixteen, item ten scored two.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "EPDS nine today, item ten was zero.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn a_prayer_to_be_taken_said_to_the_client_and_waking_unwelcome() {
    run(&[
        (
            "You told me you pray every night that God will take you soon.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Most mornings she is disappointed to wake up at all.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He was disappointed when the match was called off.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn litotes_going_without_return_drinking_near_feeds_and_a_pension_card() {
    run(&[
        (
            "It would be wrong to say she has never thought about taking all her tablets.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He keeps thinking about walking into the sea one night and not coming back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She is thinking about moving to Leeds and not coming back for a while.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He says he's been studying on going out to the woods and ending it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She has two glasses of wine before the baby's night feeds.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her grandson has been keeping her pension card and giving her twenty pounds.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn a_relative_whos_a_kit_supplied_aint_and_an_enquiry() {
    run(&[
        (
            "She worries about her brother-in-law, who's drinking again.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "I gave him a naloxone kit and we went through how to use it.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "The paramedics gave him naloxone on Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He said he ain't drinking these days.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "I enquired about thoughts of hurting herself and she said no.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn an_age_in_apposition_to_the_client_is_their_age_now() {
    run(&[
        (
            "The client, aged fifteen, says she has been cutting her thighs.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Aged fifteen, she cut her thighs after her parents split.",
            NO,
            &[(SelfHarm, Some(ItemStatus::History))],
        ),
    ]);
}

#[test]
fn a_wish_held_back_by_a_protective_factor_is_said() {
    run(&[
        (
            "He says he'd walk in front of a train if it weren't for his daughter.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She'd step in front of a bus to save her grandson, she laughed.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She asked what she should say if her friend talks about jumping in front of a train.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_weapon_kept_in_case_someone_comes_is_means() {
    run(&[
        (
            "He keeps a hammer by the front door in case the dealers come round.",
            NO,
            &[(AccessToMeans, Some(P))],
        ),
        (
            "She keeps a torch by the bed in case the power goes.",
            NO,
            &[(AccessToMeans, None)],
        ),
    ]);
}

#[test]
fn spans_to_now_client_questions_and_clauses_of_their_own() {
    run(&[
        (
            "Patient denies alcohol but admits to injecting heroin daily for the past year.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He asked me straight out whether the thoughts of drowning himself mean he's going mad, because they keep coming when he's out on the boat.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She asked whether it's normal to have thoughts of dying.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She said her husband's family blames her for not having a son, and her husband has hit her twice since New Year.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "No, he's never laid a hand on his wife, he said, though he did shove the hired man into the stock trailer when they were loading calves.",
            PR,
            &[(Violence, Some(P)), (Abuse, Some(D))],
        ),
    ]);
}

#[test]
fn wishes_for_a_death_street_drugs_and_signs_of_elder_abuse() {
    run(&[
        (
            "States he'd like to see the victim's family dead. Says he has no plan.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        ("He said he hopes the boss dies.", PR, &[(HomicidalIdeation, Some(P))]),
        (
            "She hopes her husband dies peacefully at home with the family around him.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "Denies suicidal thoughts, no thoughts of hurting anyone, though he's back on the tablets, Zimmos and Lyrica off the street.",
            PR,
            &[(SubstanceUse, Some(P)), (SuicidalIdeation, Some(D))],
        ),
        (
            "The carer noticed fingertip bruises on both of Mrs Dale's upper arms, and Mrs Dale said her grandson gets rough when he wants money.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The boys get rough when they play football.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn nothing_as_a_subject_and_words_taken_back() {
    run(&[
        ("Nothing stops the urge to cut.", PR, &[(SelfHarm, Some(P))]),
        (
            "Nothing takes away the thoughts of dying.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Marital stress with anxious mood; nothing she describes amounts to abuse.",
            DE,
            &[(Abuse, Some(D))],
        ),
        ("Nothing suggests self-harm.", DE, &[(SelfHarm, Some(D))]),
        (
            "He says she's poisoning the kids against him and he could strangle her, then caught himself and said that's just how his family talks.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He said he could strangle her and he meant it.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn other_peoples_overdoses_a_friend_in_a_phrase_and_things_cut() {
    run(&[
        (
            "She works on the naloxone team and said she's reversed more overdoses than she can count.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She was treated for an overdose on Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She attended A&E after an overdose on Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her best friend on the course has been self-harming and told her in confidence.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Dorothy says her daddy is buried on that land and she'll not see it cut.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She went for drinks with the laid-off folks on Friday to say goodbye.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He went out for drinks every night this week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_dying_clients_funeral_plans_are_no_warning_sign() {
    run(&[
        (
            "Home visit with Margaret. She says she knows she's dying and wants to talk about it. She's picked the hymns for her funeral. We did some life review.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Session with Tom, twenty-four. He has been planning his own funeral and wrote letters to his sisters. His mum is dying of cancer.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn screen_items_scored_zero_quotes_to_the_one_told_and_barely_drinking() {
    run(&[
        (
            "EPDS was fourteen, and item ten, the one about harming herself, she scored zero.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "EPDS was fourteen, and item ten, the one about harming herself, she scored two.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Client told her daughter \"you won't have to worry about me much longer\".",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "'I'll see him dead even if I have to wait years' - the drink-driver who killed his wife.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He went back to the casino and the bottle the same night, first drink in two years.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Good engagement, conflict driven by dad's fear for his safety.",
            NO,
            &[(Abuse, None)],
        ),
        ("She fears for her safety at home.", PR, &[(Abuse, Some(P))]),
        (
            "No thoughts of suicide, no drugs, and he said he's barely drinking because the painkillers and beer don't mix.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He's barely drinking water, just vodka all day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn months_since_the_last_drink_and_who_died_drunk() {
    run(&[
        (
            "He says it's eight months since his last drink, not even a shandy at his nephew's wedding.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "It's two days since his last drink and he's shaking.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He talked about his father, who died drunk in a ditch, and said he's determined not to end up the same way.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She is the one who got drunk and hit him.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn scores_are_no_amounts_groups_witnesses_and_other_rehabs() {
    run(&[
        (
            "AUDIT was six, a few pints at the weekend.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "AUDIT score two; one glass of wine at weekends, never more than two.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He says the crew went to the bar after the memorial and got hammered, and he left early to walk his dog.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Says he's down to a couple of pints on a Friday, and the crew haven't seen him in drink on the boat since spring.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He denied any urge to use, says he's done with the weed.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Gave water and a snack, talked through drinking more and eating lunch.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He's eating and drinking heavily every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Rehab clinic at the Heath, session four with Gareth. Six weeks since his heart attack. I asked about drinking and he said two pints on a Saturday with his brother, nothing else.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "I asked whether she has had thoughts of suicide or of harming herself, and she signed no, clearly, twice.",
            DE,
            &[(SuicidalIdeation, Some(D)), (SelfHarm, Some(D))],
        ),
        (
            "I asked about cutting and she said yes, twice this week.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn scalds_grip_bruising_dignitas_and_not_wanting_to_go_on() {
    run(&[
        (
            "She says her partner poured the kettle over her arm, not the cooker like she told A and E.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She poured the tea over her lap by accident.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Year seven boy, grip-pattern bruising both upper arms, says dad did it when he'd been drinking.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He turned up with welts on the backs of his legs and said his old man gave him a hiding with the jug cord.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She's been reading about Dignitas and has started a folder of the paperwork.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He described it as not wanting to die exactly, more not wanting to keep existing like this.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Your man says since the assault on the landing he's had thoughts of ending it, so he has.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Your husband says he has thoughts of ending it.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn relapse_words_read_by_what_the_memo_is_recovering_from() {
    run(&[
        (
            "Review with Pat on her lithium. Sleep is back to seven hours. We updated her \
             relapse signature card. Mood settled, no signs of relapse.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Goal is to stay off the sports betting apps. He relapsed on Monday and lost his \
             rent on the fixtures. We went over the relapse together.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Review with Pat on her lithium. She has been sober six months from alcohol. \
             She relapsed on Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He's been going to AA. He relapsed on Friday night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He staked four hundred pounds on the horses and relapsed on the same day.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Diagnosis opioid dependence, in recovery; she reports no use this month.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He has opioid dependence and used twice this week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn drinking_framed_as_a_ceiling_only_where_the_ceiling_bears_on_the_amount() {
    run(&[
        (
            "On Fridays he has a couple of pints with the darts team, which he says is the only \
             night he gets out.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He has only a couple of pints on Fridays.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "A small glass of wine at christenings only, she says.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She's stopped drinking, though she misses her gin in the evenings.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He gets through half a pint of whisky a day and his hands tremble if he skips it.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn named_apposition_witnesses_and_collateral_test_results() {
    run(&[
        (
            "He told me his cousin Dev overdosed on Friday and is still in hospital.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She told me her sister Jo tried to kill herself last month.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Her flatmate walked in on her burning her arm with a lighter.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "His caseworker says his urine screen last week was positive for meth.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her husband says his urine screen was positive for meth.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn exasperation_requests_and_thrown_objects() {
    run(&[
        (
            "She said she could have throttled her boss when he cancelled her leave.",
            NO,
            &[(HarmToOthers, None), (Violence, None)],
        ),
        (
            "She wants to practise asking her masseur not to touch her neck scar.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "She threw her phone at her husband's head during the row.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "His mother calls him useless in front of his friends.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She cried after her coach told her she was useless at the match.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He says he has thought about eating a bullet after bad shifts.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She has been saving the rest of her quetiapine in a shoebox, just in case.",
            PR,
            &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))],
        ),
        (
            "The HITS check was again negative today.",
            DE,
            &[(Abuse, Some(D))],
        ),
    ]);
}

#[test]
fn trades_things_and_disasters_as_subjects_and_errands_one_would_rather_die_than_do() {
    run(&[
        (
            "He works the till at his uncle's liquor store on weekends.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her youngest got into a fight on the school bus.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Her youngest son punched her in the stomach.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He still dreams about the roadside bomb that killed his driver.",
            NO,
            &[(HomicidalIdeation, None), (Violence, None)],
        ),
        (
            "He killed his driver.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She says she'd rather die than sit through another staff meeting.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She says she'd rather die than go back to living with him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Says he's grateful to be alive since the surgery.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Naebody's laid a hand on her, she says.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "He said he could cheerfully throttle the landlord, with a grin.",
            NO,
            &[(HarmToOthers, None), (HomicidalIdeation, None)],
        ),
        (
            "She wanted to strangle her sister at the party, then said she'd never actually do anything.",
            NO,
            &[(HarmToOthers, None), (HomicidalIdeation, None)],
        ),
        (
            "He wants to kill his stepfather and says he'd never do it while his mum is alive.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn strains_said_as_killings_reckless_things_and_answers_of_quitting() {
    run(&[
        (
            "She says the twins are killing her with their questions this week.",
            NO,
            &[(Abuse, None), (HomicidalIdeation, None)],
        ),
        (
            "He said he'd kill her with his bare hands if she left.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He called the drive back over the pass in the fog suicidal.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said the ride home on the motorway in the ice was suicidal.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Self-harm urges were rated zero on her card every day.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "Asked about alcohol, he said he quit when his daughter was born.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She stopped smoking hash when she started the new job.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Her cousin's a month out of rehab and back on the gear, which frightens her.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn denials_said_as_a_drop_a_touch_a_screen_answered_and_a_fronted_object() {
    run(&[
        (
            "She hasn't touched a drop since her birthday.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Not a drop since the funeral, she says.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He hasn't touched weed since the summer camp.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He touched weed again at the festival on Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "We went through the ASQ and all four answers were no.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Columbia screen done again, negative on every item.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "She denies any wish to hurt other people at work.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
        (
            "Plans to hurt other people she does not have, she says.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
        (
            "She's a paramedic and spent the night shift with a drunk driver who hit a lamppost.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Niega ideas suicidas, she told me, and her faith keeps her going.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn conditions_figures_and_events_are_read_for_what_they_say() {
    run(&[
        // A negation inside an "if" clause does not reach the consequent.
        (
            "He said if the pain doesn't ease he'll end his life.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "If she doesn't hear back she won't hurt herself, she said.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        // A survivor's wish to have died with the others.
        (
            "Some nights he wishes he'd stayed on the ridge and died with his crew.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She sometimes wishes she'd been in the boat with him that night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Asking the ancestors or spirits to take her is a passive wish.
        (
            "Since the funeral she has begged the ancestors to come and take her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Figures and events: no wish, no act.
        (
            "Every headache feels like a death sentence to him.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She was the first officer at a murder-suicide on Elm Street.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He is angry that the hearing got pushed back to March.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "When her time comes she wants to die at home in her own bed.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He wishes he could die in his sleep and be done with it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The Giants are killing him this year, he joked.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She said she absolutely killed her stats exam.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She picks the skin on her thumbs until it bleeds when she is bored.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She picks the skin on her thumbs until it bleeds to calm herself.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He's been gasping for a pint every evening but has stayed dry six weeks now.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn whose_act_it_is_follows_the_sentence() {
    run(&[
        // A peer at school is no family: no abuse.
        (
            "A boy in her class pushed them against the wall at lunch.",
            NO,
            &[(Abuse, None)],
        ),
        // A stranger named after the pronoun throws at her face: not her self-harm.
        (
            "She left early because a customer yelled at her and threw coins at her face.",
            NO,
            &[(SelfHarm, None)],
        ),
        // Her husband doing the same is abuse.
        (
            "She said her husband shouted at her and threw a cup at her face.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // A thing that got hit is no one hurt.
        (
            "He keeps replaying the day his patrol vehicle got hit.",
            NO,
            &[(Abuse, None)],
        ),
        // A wish a relative tells the client about the client is the relative's.
        (
            "Her mother told her she'd rather see her dead than divorced.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // What the client saw others do.
        (
            "Growing up he watched the older men drink themselves sick every weekend.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A relative speaking in a family session is a participant.
        (
            "In our family session the fifteen-year-old son admitted he has been cutting his arms.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // Someone else's suspicion the client denies is unconfirmed.
        (
            "His sister suspected he was using again, but he denied it and his screen was clean.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // An evasion is no denial.
        (
            "His sister suspected he was using again, but he doesn't want to talk about it.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Force on a child that marks the skin.
        (
            "Mum admitted she grabs the toddler hard enough to leave bruises.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // The time of a telling does not date the act.
        (
            "He overdosed on purpose in his twenties and never told anyone until today.",
            NO,
            &[(SuicidalIdeation, Some(ItemStatus::History))],
        ),
    ]);
}

#[test]
fn denials_in_the_words_clinicians_use() {
    run(&[
        (
            "I asked whether anyone at home hits or scares her, and she said no.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Six weeks out, no cravings to use and no dirty urines.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Her breath test at intake read zero.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Weekly diary card shows zeros across the board for self-harm urges.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "Item nine was a zero and she said she has never had such thoughts.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He says he'd never lift a finger to hurt his wife.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
        (
            "Says the kids are driving her to drink, but she hasn't had a drop in a year.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

/// The ninth session's readings (from blind65-72), each in wordings of its own, with a
/// near contrast that must stay risk.
#[test]
fn things_that_kill_no_one_and_acts_that_are_someone_elses() {
    run(&[
        // A thing with a phrase after it, a possessed thing, a thing that did something
        // else first: an ordeal or an accident, not a killing.
        (
            "The audit at the end of the month is going to kill him.",
            NO,
            &[(HomicidalIdeation, None), (Violence, None)],
        ),
        (
            "She says her dissertation is slowly killing her.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "A crane collapsed at the dock and killed a rigger he knew.",
            NO,
            &[(Violence, None), (HomicidalIdeation, None)],
        ),
        (
            "He says he'd kill the witness who lied about him.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        // Violence the client was exposed to is others'.
        (
            "Nightmares are back after more exposure to gang violence near his flat.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He admits to violence toward his brother last week.",
            PR,
            &[(Violence, Some(P))],
        ),
        // A greeting, a confrontation in words.
        (
            "At the end the father shook his daughter's hand.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He got in his supervisor's face and swore at him.",
            NO,
            &[(Violence, None)],
        ),
        // Drinking around the client is others'; a child's sobriety is the child's.
        (
            "She is holding on to her sobriety despite the heavy drinking around her at home.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Her daughter is two years sober now.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She is two years sober now.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // A stranger's act on the client is the stranger's; the client's on a stranger is not.
        (
            "A customer threatened to stab her over a refund.",
            NO,
            &[(Violence, None), (Abuse, None), (HomicidalIdeation, None)],
        ),
        (
            "He threatened to stab a customer over a refund.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        // A friend named in dialect is someone else.
        (
            "Her marra from the estate took an overdose last week.",
            NO,
            &[(SubstanceUse, None), (SelfHarm, None)],
        ),
    ]);
}

#[test]
fn amounts_times_and_negations_read_as_said() {
    run(&[
        // A small amount in company, a clock time, drinks counted for the plan.
        (
            "Went to the pub with the band after the gig, had two pints and was in bed by eleven.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "For homework she will log her drinks in an app.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He drinks with the crew after every shift until he can't stand.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A negation does not reach a predicate with a modal of its own.
        (
            "Her husband doesn't drink and won't let her see her sisters.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // An age the act ended at is history; so is part of a decade.
        (
            "An uncle molested him until he was about nine.",
            NO,
            &[(Abuse, Some(ItemStatus::History))],
        ),
        (
            "Three drink-driving arrests in the late nineties.",
            NO,
            &[(SubstanceUse, Some(ItemStatus::History))],
        ),
        // A report inside an if-clause stays hypothetical; a consequent's threat does not.
        (
            "She wonders what would happen if she told the GP she was suicidal.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "If she told him she was leaving he said he would kill her.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // A cause denied.
        (
            "The score was high because of the move, not because she wants to die.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn acts_and_thoughts_the_rules_had_no_words_for() {
    run(&[
        (
            "Found at night with a belt looped over the wardrobe rail, staff intervened.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He keeps thinking about stepping off the multi-storey car park.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // The partner named as the one who did the black eye asked about is abuse, as when
        // the mark is told first (this case read none until the twenty-ninth session).
        (
            "She said her partner did it when I asked about the black eye.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She has a black eye and says her boyfriend did it on Friday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He admits he punishes his daughter with a wooden spoon when she lies.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She admitted she's been knocking back a bottle of wine a night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He says the cuts on his arms came from the brambles at the allotment and denies self-harm.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "She twists and pulls out her hair when she is studying.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She pulls out her hair on purpose because the pain calms her.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn ligatures_gun_slang_thrown_things_and_threats_taken_back() {
    run(&[
        (
            "Night staff found him with a shoelace knotted round his neck, removed it and started obs.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wore her grandmother's silk scarf wrapped around her neck to the session.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He keeps a revolver in the glovebox and says some nights he thinks about eating it.",
            PR,
            &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))],
        ),
        (
            "He described holding the pistol to his temple in the garage last month.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said she wishes a bomb had found her instead of her cousin.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He admits he's been belting the bairns with a wooden spoon when they talk back.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She threatened to stab the bus driver, then said afterwards she didn't mean it.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He said he could strangle his flatmate, but he didn't mean it.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She says her manager yells at the team, and on Monday she slapped the manager in the car park.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Asked whether he's still drinking, he said not as often as he used to.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He chucked a bottle at some lads outside the chippy on Saturday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She broke a chair over her cousin's back at the wedding.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "The daughter said she sometimes thinks about stabbing her stepfather.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "The father we're seeing shoved a neighbour into the hedge on Sunday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He says most of his teammates drink heavily at weekends.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn whose_drink_whose_cut_and_what_a_hedge_or_an_object_says() {
    run(&[
        // A drink counted after its verb is the verb's subject's.
        (
            "Her partner has a couple of lagers on Fridays and she minds the smell.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A pronoun in a coordinate clause stays with "X's" read as "X is".
        (
            "His uncle's drinking heavily again and turned up drunk at the christening.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A single letter is no name: the A and E visit is the friend's.
        (
            "Her friend ended up in A and E after drinking too much at the leavers' do.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A reduction named by what was reduced is no injury.
        (
            "Since the pay cut he has been picking up weekend shifts.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She said she cut again on Tuesday after the row.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // A thing one uses is no use.
        (
            "He is using more patience with the kids than last month.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // An estimate is no hedge on a denial.
        (
            "Asked about suicidal thoughts she denied any, and said she has a beer maybe twice a month.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // Drinking beside a negative AUDIT is the low-risk drinking it measured.
        (
            "AUDIT was three and he says he has the odd pint at the darts.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // A bottle shared is a bottle halved.
        (
            "She and her sister shared a bottle of prosecco on her birthday.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // One's own phone checked is no control; another's is.
        (
            "She lies awake and checks her phone for news every hour.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "She says her boyfriend checks her phone every night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // The doer named right after the act.
        (
            "The daughter denied self-harm and said cutting is something her cousin does.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        // A death's grief is the topic.
        (
            "We went over how suicide bereavement differs from other grief.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // The hour of the night is no lateness for work.
        (
            "She had two glasses of wine at the wedding and danced till late.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn screens_answers_households_and_other_peoples_fears() {
    run(&[
        // A screen's negative result or lowest answer, anywhere after it.
        (
            "We ran the ASQ at the start and it came back negative.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "She went through the HITS questions and answered never to each one.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "He scored zero on the final item of the PHQ-9.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // A third party's confirming corroborates a no; "off it" is a no.
        (
            "Asked about drinking, he said he packed it in years ago, and his daughter confirmed it.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "I asked about alcohol and he's been off it since the summer.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // The household screen asks of anyone at home.
        (
            "She says nobody at home hits her or the boys.",
            DE,
            &[(Abuse, Some(D))],
        ),
        // A partner's violence towards the client is abuse of the client.
        (
            "She told me her boyfriend is violent towards her when he drinks.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // A relative's fear of what the client might do is their worry.
        (
            "His mother is scared he'll jump from the car park, but he denies any thoughts of suicide.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // The client's own fear of a harm is the intrusive thought itself.
        (
            "He gets so wound up by his dad's drinking that he's scared he might hit him.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        // Exasperation disavowed.
        (
            "She said she could throttle her landlord, then said she'd never really hurt anyone.",
            DE,
            &[(HomicidalIdeation, None)],
        ),
        // Kindness answers an elder-abuse screen no.
        (
            "Asked about mistreatment at home, he said his carers treat him well.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Her father drinks most nights but she has been teetotal all her life.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // The thirteen-year-old telling the session is the young client.
        (
            "The thirteen-year-old denied any cutting since the summer.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "He said the night shift absolutely murdered him this week.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She said the first week back was a killer.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn anothers_act_taken_up_appositions_and_strain_said_as_idiom() {
    run(&[
        // Thoughts of "doing the same" after another's act are the client's, in its category.
        (
            "His bunkmate tried to hang himself on Friday; he says he has no thoughts of doing the same.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Her cousin cuts herself and she admits she has thought about doing the same.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // An apposition after a relative is the relative again.
        (
            "His uncle, a retired fisherman in Mallaig, drowned himself years ago; he's had no such thoughts himself.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // Strain and pain said as killing or hammering.
        (
            "She says her sciatica is killing her this week.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He has been swamped with invoices and fines since the audit.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A habit told as no harm is the BFRB it is; told as harm, it is harm.
        (
            "She picks at her eyebrows and pulls her hair out when stressed, says it's a habit, not to hurt herself.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She pulls her hair out to punish herself when she fails a test.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn use_ended_by_abstinence_and_abstinence_that_ends_nothing() {
    run(&[
        // A use told before a measured stretch of abstinence is its history.
        (
            "She drank a bottle of vodka a day before she went to detox, and she has been sober for four years.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // A present habit is never ended by abstinence from something else.
        (
            "He smokes weed every night and has been sober from alcohol for a year.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // "and" before a new predicate: its "clean" says nothing of the use before it.
        (
            "She takes pills from a friend and has stayed clean from heroin since March.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He used crack for ten years before rehab and has been clean for six years, but he relapsed last week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A drink given up is abstinence.
        (
            "He gave up the cider after the diabetes diagnosis.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn drink_instead_of_food_a_last_use_after_a_denial_and_ending_it() {
    run(&[
        (
            "She's been missing meals and drinking a bottle of wine most evenings.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He says he's eating and drinking well again.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Denies current use, last used crack on Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She told me that if the baby is taken she'll end it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He said he'll end it with his girlfriend after the holidays.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // "that" before "if" is a conjunction, not a determiner of the if-clause's noun.
        (
            "He said that if the boss sacks him he has no reason to go on.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She told me that if the baby is taken she wants to die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn warning_signs_misuse_and_control_in_plain_words() {
    run(&[
        (
            "He has started giving away his fishing gear and his medals.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He has been taking triple his prescribed pregabalin to get through the week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She says her partner forces her to sign over her benefits each month.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He describes death wishes on bad days but has no plan.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He said he'd kick the landlord's head in if he turns up again.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She told her best friend she won't be around for her birthday.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She won't be around for the group next week because of a wedding.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He has a stash of his late mother's oxycodone and says he can't bring himself to take it back to the pharmacy.",
            NO,
            &[(AccessToMeans, Some(P))],
        ),
    ]);
}

#[test]
fn disclosures_the_net_alone_used_to_catch() {
    run(&[
        (
            "When I asked about self-harm she rolled up her sleeve and showed me two new cuts.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Asked about self-harm, he showed me old scars and said he has not cut in two years.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "She says she no longer cares what happens to her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He does not care what happens at the tribunal.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He wishes he could go to sleep forever.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Mum admits she gave the six-year-old a smack that left a bruise.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She told her sponsor she picked up a drink after the christening.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He says the voice keeps telling him to walk into the sea.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // A question declined is no denial.
        (
            "Asked about suicidal thoughts, he said he'd rather not talk about it this week.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She has been parking in the garage at night and kept a length of hose in the boot.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He hoses down the car with a hose every Sunday.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn the_dead_calling_a_wish_to_vanish_and_affairs_put_in_order() {
    run(&[
        (
            "She hears her late husband calling her to come and be with him at night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her sister wants her to join her for the Easter service.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He says some days he just wants to disappear.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wants to disappear off to Lisbon for the half-term.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He gave his dog to a neighbour and has drawn up his will.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her father says her adult son has been violent towards her since he moved back in.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn poisoning_by_name_carbon_monoxide_and_a_death_costed() {
    run(&[
        (
            "She took twelve of her quetiapine on Friday and slept through to Sunday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "His wife found him in the locked garage with the car running.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He waited in the car with the engine running while she shopped.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She keeps saying her daughters would be better off with the insurance money.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "They would be fine with the insurance if the van is written off.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

/// Eleventh session: readings from the literature's warning signs and from scope rules, in
/// wordings of our own.
#[test]
fn warning_signs_scope_and_double_negation() {
    run(&[
        // Preparatory acts and talk of ending it (C-SSRS, AFSP warning signs).
        (
            "She denies thoughts of suicide, but she has been putting by her sleeping tablets for when it gets too much.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Staff found her in the stairwell with a noose made out of a phone charger.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her husband says she keeps talking about ending it all since the diagnosis.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She is thinking about ending it with her boyfriend after the holiday.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He says he cannot see any way out other than being dead.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "If the farm goes he says he might as well walk off the pier.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She rides the motorbike far too fast at night, hoping she'll crash.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Double negation is an affirmation (FORMATS §4.3).
        (
            "Asked about suicidal thoughts, he said he can't say he's not having them.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "When I asked about self-harm she said she's not not doing it.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // Use and violence in everyday words.
        (
            "He drank a mickey of rum in the truck before group.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She's been taking an extra one of her Xanax when the kids are asleep.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He denies any thoughts of harming people but has been fighting lads outside the chip shop.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She has been fighting a chest infection all month.",
            NO,
            &[(Violence, None)],
        ),
        (
            "The nine-year-old we're working with kicked a classmate at lunch and split his lip.",
            PR,
            &[(Violence, Some(P))],
        ),
        // Not risk: similes, play, guilt, a gathering's drink, an old burn, a door.
        (
            "Selling the family croft feels like a death to him.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He spends the evenings killing zombies on the console with his cousin.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She feels she killed him because she was the nurse on shift when he arrested.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "At the christening the drink flowed until the small hours.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He showed me an old oven burn on his forearm from his bakery days.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Her son slammed his bedroom door and put music on.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
        (
            "When I asked about alcohol, they said neither of them drinks.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Risk is low against a background of self-harm.",
            NO,
            &[(SelfHarm, Some(ItemStatus::History))],
        ),
        (
            "He got into fights down the mines, but that was thirty years ago, and he denies any violence now.",
            DE,
            &[(Violence, Some(D))],
        ),
    ]);
}

/// A noun after a copula describes the client, so the relative clause after it is theirs;
/// a role brought in with "a" at a clause's start is someone new.
#[test]
fn copula_descriptions_and_new_people() {
    run(&[
        (
            "She is a carer who has been burning her forearms with a lighter.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He's a welder who drinks a bottle of whiskey most nights.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her brother is a plumber who drinks a bottle of whiskey most nights.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He told me that a plumber he used to work with shot himself at Easter.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Most Saturdays he and his cousins go through a slab of VB at the river.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

/// A stop negated or failed is the behaviour going on (NegEx: a negated cessation term
/// affirms); a denial that reaches an abstinence word ("and his urine was clean") is not one.
#[test]
fn a_stop_negated_is_the_behaviour_going_on() {
    run(&[
        (
            "She still hasn't stopped burning her arms.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He never quit the cocaine after the festival.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Since the layoff he has been unable to stop drinking.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She can't stop thinking about overdosing on her pills.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He couldn't stop himself from shoving his partner into the wardrobe.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He denies any drug use since detox, and his urine screen was clean.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She stopped drinking in January.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // Ellipsis carries a past habit to now; a knock on a thing is an accident.
        (
            "He self-harmed as a teenager and still does at times.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She banged her knee on the car door getting the shopping out.",
            NO,
            &[(SelfHarm, None)],
        ),
        // Safety and method research in plain words.
        (
            "She told me she isn't sure she can keep herself safe this weekend.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He admits he has been looking up the highest car parks in town.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

/// A death met at work or mourned is someone else's; an injury given by family is abuse.
#[test]
fn deaths_met_at_work_and_injuries_given_by_family() {
    run(&[
        (
            "As a train driver he witnessed a suicide on the line in the spring.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She keeps coming back to the cousin she lost to suicide at Christmas.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "The school nurse saw welts from her father on the girl's legs.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// A weak wish to live (BSS), more than the prescription, and an idiom of joy.
#[test]
fn will_to_live_prescription_and_joy() {
    run(&[
        (
            "Since the stroke he has lost all will to live.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She has no longer any wish to live since the diagnosis.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She says she has every reason to live.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She has been taking far more of her codeine than the doctor said.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She punched the air when the letter came.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

/// Risk lines in shorthand: ideation described by its kind, a last use long past.
#[test]
fn shorthand_ideation_and_a_last_use_long_past() {
    run(&[
        (
            "Ideation remains fleeting, denies plan.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Chronic ideation, no intent.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her last drink was two years ago.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        ("Last self-harm was a year ago.", DE, &[(SelfHarm, Some(D))]),
        ("Last drink was last night.", PR, &[(SubstanceUse, Some(P))]),
    ]);
}

/// Passive ideation and preparation in plain words; abuse by message or by food withheld.
#[test]
fn reunion_funeral_fantasy_method_questions_and_neglect() {
    run(&[
        (
            "He says he would sooner be with his wife up there in heaven.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She keeps picturing her own funeral and who would cry.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He has been hiding his tramadol until the right moment.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He asked the pharmacist how many of his tablets it would take to die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her uncle has been sending her explicit photos; she is thirteen.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He keeps the boys from eating dinner when they talk back.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// Abuse told in everyday British and Irish words: knocked about, a phone clocked by a
/// jealous partner, a grandparent's pension nicked.
#[test]
fn abuse_in_everyday_words() {
    run(&[
        (
            "Her husband has been knocking her about since the baby came.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her boyfriend keeps checking her messages and accuses her of cheating.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He checks his messages between meetings.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He admits he has been pinching his gran's benefits money.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// Interrupted and aborted acts (C-SSRS), an attempt named in a history, and an accident.
#[test]
fn interrupted_and_aborted_acts_and_accidents() {
    run(&[
        (
            "Friday night she got onto the parapet of the bridge and a taxi driver pulled her back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He began writing a goodbye letter to his wife on Sunday and then deleted it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        ("Her most recent attempt was last month.", PR, &[(SuicidalIdeation, Some(P))]),
        (
            "On the second attempt she held the exposure for ten minutes.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        ("She skidded and crashed the van into a ditch in the snow.", NO, &[(Violence, None)]),
    ]);
}

/// Feelings said as a death, marks with a cause, a dispute with an institution.
#[test]
fn idioms_of_death_marks_with_a_cause_and_disputes() {
    run(&[
        (
            "She said she nearly died of shame when her card was declined.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "His legs are covered in bruises from the rugby.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "They have been fighting with the council over the damp for a year.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

/// Screens answered in other words, shorthand for harm to self, a partner in dialect, and a
/// cut that is work.
#[test]
fn screens_in_other_words_harm_to_self_a_dialect_partner_and_work_cuts() {
    run(&[
        (
            "Item nine on his PHQ nine was a nought today.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "GAD seven was fifteen, and on the ASQ she answered no to every question.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        ("The ASQ was all no's.", DE, &[(SuicidalIdeation, Some(D))]),
        (
            "PHQ nine came to fourteen and he scored a nought on the last question.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Denies thoughts of harm to self or the baby.",
            DE,
            &[(SelfHarm, Some(D)), (HarmToOthers, Some(D))],
        ),
        (
            "She has had thoughts of harm to self this week.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She wants to keep herself and the kids safe.",
            NO,
            &[(HarmToOthers, None)],
        ),
        ("Her fella has never hit her.", DE, &[(Abuse, Some(D))]),
        (
            "She's got forty trout to cut before the market.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He phones his mum after he's done cutting.",
            NO,
            &[(SelfHarm, None)],
        ),
        ("She still has the urge to cut.", PR, &[(SelfHarm, Some(P))]),
    ]);
}

/// Someone else named with a phrase after the noun ("down the lane", "in Leeds", "from
/// school"), a relation's relation, one of a group, and "'s" as "is" before "on"/"in".
#[test]
fn someone_else_named_with_a_phrase_a_chain_or_a_partitive() {
    run(&[
        (
            "A neighbour up the lane hanged himself in the spring.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Mum's cousin in Leeds took his own life last year.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "One of her pupils killed himself in March.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Her husband's oldest friend from school shot himself at Christmas.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "His uncle's on the heroin again.",
            NO,
            &[(SubstanceUse, None)],
        ),
        ("She's on the heroin again.", PR, &[(SubstanceUse, Some(P))]),
    ]);
}

/// A determiner's "kind of" is no hedge, a spirit in the plural is a drink, one's own chest
/// is touched by no one else, and a son "popping in" brings no pills.
#[test]
fn noun_kind_of_plural_spirits_own_touch_and_popping_in() {
    run(&[
        (
            "I asked about thoughts of suicide, and she said no, 'I'm just tired, not that kind of low.'",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Asked about drinking, he said a couple of bourbons on a Friday, never before work.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She touched her chest while she talked about him.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "She's lost without her son popping in.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She's been popping pills again.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

/// A status given ("made redundant"), a row ("a blowup"), a past period set against the
/// present ("not even when he was drinking"), and an amount of a drink the lists do not name.
#[test]
fn a_status_a_row_a_past_period_and_an_unnamed_drink() {
    run(&[
        (
            "She's been made redundant from the mill after thirty years and the mortgage is due.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He has never thought of ending his life, not even when he was drinking.",
            DE,
            &[
                (SuicidalIdeation, Some(D)),
                (SubstanceUse, Some(ItemStatus::History)),
            ],
        ),
        (
            "Asked about drinking, he says a couple of Coronas on a Sunday and that's it.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Asked about drinking, he says a couple of Coronas most nights and a dozen on Saturdays.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

/// A report brought by someone else that the client denies after "but" is unconfirmed
/// collateral (FORMATS §4.1); an evasion is no denial.
#[test]
fn a_relatives_report_the_client_denies_is_unconfirmed() {
    run(&[
        (
            "His brother phoned to say he's been using again, but he denies it and his screen was clean.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Her dad rang to say she's been cutting again, but she didn't want to talk about it.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

/// Aversion and treatment refused said as "rather die than", a stop and a no-alcohol
/// drink, scars, a screen of someone else, and someone else hurt by no one named.
#[test]
fn rather_die_than_an_errand_scars_anothers_screen_and_anothers_injury() {
    run(&[
        (
            "She'd rather die than speak in front of the seminar group.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He says he'd rather die than go back on dialysis.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She'd rather die than live like this.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He stopped the qat in the spring and hasn't had any since.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She's off the wine and drinks the non-alcoholic stuff at parties now.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Old cutting scars on both forearms, nothing new.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "Old cutting scars on both forearms.",
            NO,
            &[(SelfHarm, Some(ItemStatus::History))],
        ),
        (
            "The urine screen on her son came back positive for cocaine.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her lad got jumped outside the chip shop and he's on the mend.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
    ]);
}

/// A past act told with "nothing since" answers no for now; a recent one answers yes;
/// negative concord is one emphatic no; a scrap is a fight.
#[test]
fn nothing_since_a_long_past_act_negative_concord_and_a_scrap() {
    run(&[
        (
            "Asked if she'd ever hurt herself, she said years ago at school she scratched her arms, nothing since.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "Asked about cutting, she said yes, last week, nothing since Friday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "I asked about thoughts of suicide and he said no sir, he don't never think like that.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He got in a scrap at the bus stop on Friday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He's not had a scrap since the summer.",
            DE,
            &[(Violence, Some(D))],
        ),
    ]);
}

/// Anyone's lad is someone else; the lad is the client; scrapping with lads is fighting.
#[test]
fn a_lad_the_lad_and_scrapping() {
    run(&[
        (
            "A lad from his darts team hanged himself at New Year.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "The lad's been cutting his arms again.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He's been scrapping with lads outside the takeaway.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

/// A role with a phrase after it is someone else; a noun after a copula names the subject.
#[test]
fn a_role_with_a_phrase_and_a_predicate_noun() {
    run(&[
        (
            "His old corporal from the battalion killed himself in the spring.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She said her brother's wife is a nasty drunk and she won't go round there.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She admits she is a nasty drunk and blacks out most weekends.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

/// Intent decides, not the setting: a burn or a picked skin said to be on purpose is
/// self-harm; one said not to hurt is a habit or an accident.
#[test]
fn on_purpose_outweighs_the_kitchen_and_the_habit() {
    run(&[
        (
            "He burnt his hand on the hob on purpose last Sunday after the row.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He burnt his hand on the hob making tea.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He burnt his hand on the hob, not on purpose.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She picks at the skin on her fingers till they bleed when she's revising, and says she does it on purpose.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He picks at the skin on his thumbs until they bleed when he's anxious on the boat, not to hurt himself.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She picks at her scalp till it bleeds when she's anxious, it's a habit.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

/// Hair pulled by another person is an assault; a note's bare participle with "by" is a
/// passive about the client; a threat to kill tied to leaving or telling is coercion.
#[test]
fn hair_pulled_bare_passives_and_coercive_threats() {
    run(&[
        (
            "Her husband pulled her hair and threw her phone in the lake last week.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She pulls her hair out when she's stressed.",
            NO,
            &[(SelfHarm, None), (Abuse, None)],
        ),
        (
            "Assaulted by partner tonight, facial bruising.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her husband says he'll kill her if she goes to the police.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her husband jokes he'll kill her if she buys another plant.",
            NO,
            &[(Abuse, None), (HomicidalIdeation, None)],
        ),
    ]);
}

/// A sanction for a fight tells whose fight it was; "rapid" is no rap; an age in apposition
/// and a quote stand between a person and their verb; "the lad who ..." is someone else.
#[test]
fn sanctions_ages_quotes_and_the_lad_who() {
    run(&[
        (
            "He's been excluded for five days after a fight at college on Monday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She's angry at the doctors in Rapid City who sent him home.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She came about her son Abdi, fourteen, who was suspended after a fight at his high school.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Pt says daughter 'drinks too much wine' and she worries about her.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "The lad who stabbed his brother outside the chipper got four years last week.",
            NO,
            &[(Violence, None), (HomicidalIdeation, None)],
        ),
        (
            "Pt says husband 'gets rough' when he drinks, declined to say more.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// An animal is no one's aggressor; a workplace "killing us" is a figure; peat cutting is
/// a job; drinking limits take the memo client's sex when a sentence names no one.
#[test]
fn animals_figures_and_the_memo_clients_limits() {
    run(&[
        (
            "Last month a steer pinned Manny against the alley gate and he died before the ambulance came.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She's furious at management: 'they've been killing us by inches for years.'",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "We reviewed the activity schedule and he added peat cutting for May.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She's been cutting again, on her thighs.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

/// A mother's or father's limits on their child's going out are parenting; an in-law's or a
/// partner's are coercive control, and a parent's insults or taking of money stay abuse.
#[test]
fn a_parents_limits_are_parenting_an_in_laws_are_control() {
    run(&[
        (
            "Lupita says her mom checks the locks five times a night and won't let her go to the mall with her friends.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Her mother-in-law won't let her call her family.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She's seventeen, and her dad calls her a fat pig, reads her messages and has taken her bank card off her.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// Irish "himself" beside a woman is her spouse; a Scots "maw" is a mother; a thought that
/// "never entered her head" past a relative clause is denied; work and sport are told in
/// violent words ("the kill floor", "a stalker on an estate", "Kingussie murdered them").
#[test]
fn himself_maw_never_entered_and_the_words_of_work_and_sport() {
    run(&[
        (
            "Himself is drinking a bottle of vodka most nights since the baby came, and she's fierce worried about him.",
            NO,
            &[],
        ),
        (
            "Herself says she doesn't want to die, she just wants a break from the kids.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "His maw's been on the vodka every day since his da died.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She said the thought of hurting her mother, who she looks after with dementia, has never entered her head.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
        (
            "He works the kill floor at the plant and says the noise follows him home.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He works as a stalker on an estate up the glen.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He was on about the shinty final, says Kingussie murdered them.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Her ex follows her home from work.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// A blow or a habit dated to a period of life long past stays history (the net does not
/// weigh time); a rescue dose of naloxone "hit her" with no blow; a drug smoked off foil is
/// use, whatever its street name.
#[test]
fn long_past_periods_and_rescue_doses() {
    run(&[
        (
            "He said his dad hit him with a belt when he was little, and he hasn't lived at home since he was sixteen.",
            NO,
            &[(Abuse, Some(ItemStatus::History))],
        ),
        (
            "He cut his arm with a broken bottle when he was thirteen; he's thirty now and says there's been nothing like that since.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "He's smoking blues off foil every day, and somebody hit him with Narcan last week.",
            PR,
            &[(SubstanceUse, Some(P)), (Abuse, None)],
        ),
        (
            "His girlfriend overdosed in the bathroom last night and he's the one who hit her with the Narcan.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

/// A caller is the client of a crisis line; someone whose death a finished clause told has
/// no later thoughts; a negative named before its screen ("negative on the Columbia
/// screener") is the screen's result; dragging someone to the doctor is no blow.
#[test]
fn callers_the_dead_screens_and_a_drag_to_the_doctor() {
    run(&[
        (
            "Caller's son took pills Tuesday, in ICU, caller tearful, caller herself denies SI.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "She says the sodade is heavy since her grandmother died back in Praia, but no thoughts of hurting herself.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "Negative on the Columbia screener today, all six questions no.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "She's angry at herself for not dragging him to the doctor sooner.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Denies using spice or hooch.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She added a pinch of spice to the stew.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He says there's hooch brewing on every landing and the smell of it turns his stomach.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She's stopped using spice altogether, she says.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn an_act_ruled_out_by_its_predicate_is_denied_but_not_the_answer_one_still_thinks() {
    run(&[
        (
            "Item nine was zero, and he said killing himself is 'not in me, not in my faith'.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "She said suicide is not something she would ever do, her girls need her.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Drinking again is out of the question, he says.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She knows suicide is not the answer but the thoughts keep coming at night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He admitted that killing himself is on his mind most days.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_thing_behind_an_opened_quote_kills_no_one() {
    run(&[
        (
            "He said the paperwork is 'killing him by inches'.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He said he is 'going to kill him' if he sees him near the house again.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_named_exam_a_teller_inside_a_relative_clause_and_a_day_are_no_client() {
    run(&[
        (
            "She says the Leaving Cert is killing her and she's up till two most nights.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "Worried about his son, who he says is drinking himself daft at the club most nights.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her brother was admitted Friday after an overdose.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "I asked about thoughts of death or suicide, and she said \"non, non, that is for God to decide.\"",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "She has had non-suicidal self-injury since March, cutting her thighs.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn crashing_out_small_amounts_and_periods_named_by_their_days() {
    run(&[
        (
            "Student says had two ciders at pres, no drugs, had done a double shift at the café and just crashed.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He had two beers and crashed the car into the ditch.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Says drinks weekends only, small amounts, no ket, no pills, 'not my scene'.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He took an overdose back then, in his using days.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
        (
            "She was cutting herself in her school days.",
            NO,
            &[(SelfHarm, Some(H))],
        ),
        (
            "She's been clean since then and goes to meetings twice a week.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn turned_out_a_place_before_now_and_a_comparison_taken_back() {
    run(&[
        (
            "She said her son threatened to kill himself after his dad kicked him out.",
            NO,
            &[(Abuse, None), (HarmToOthers, None), (Violence, None)],
        ),
        ("He got kicked out of the pub on Saturday.", NO, &[(Abuse, None)]),
        (
            "He got kicked out of school for a fight last week.",
            PR,
            &[(Violence, Some(P))],
        ),
        ("She kicked him in the shin.", PR, &[(Violence, Some(P))]),
        (
            "Her husband beat her back in Nairobi, before they came here.",
            NO,
            &[(Abuse, Some(H))],
        ),
        (
            "She let him back in last month and he hit her on Sunday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He said he'd rather die than tell his father he failed the boards, then laughed and said it's just an expression, he's not having any thoughts like that.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He said he'd rather die than go back to that job.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_group_or_they_going_after_someone_is_their_act() {
    run(&[
        (
            "Her son got into a fight and she's worried the other family will come after him.",
            NO,
            &[(Violence, None), (HarmToOthers, None)],
        ),
        (
            "She's worried they'll come after him when he's out.",
            NO,
            &[(Violence, None), (HarmToOthers, None)],
        ),
        (
            "He said he'll go after his brother if he sees him.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
    ]);
}

#[test]
fn a_relative_clause_that_runs_on_keeps_its_antecedent_as_subject() {
    run(&[
        (
            "She's at the end of her tether with her son, who's twenty-four, back living with her and drinking every night.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He misses his own father, who chewed qat every afternoon and was never home.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A subject of its own ends the relative clause.
        (
            "Her son, who is twenty, moved out and she has been drinking every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // The verb or conjunction after the comma that closes it goes on with the main clause.
        (
            "Her manager, who is also her boyfriend, tracks her phone's location.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She visited her mum, who lives alone, and drank a bottle of wine after.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He went to see his dad, who is in a home, and got drunk on the way back.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_comparison_with_then_tells_of_now() {
    run(&[
        (
            "He drinks more than he used to, a six-pack most nights.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He used to drink a six-pack most nights.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
    ]);
}

#[test]
fn a_kin_nouns_s_before_a_state_is_is() {
    run(&[
        (
            "Her husband's short with the kids and drinks every night.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her husband's drunk again and she's been drinking every night too.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn spans_and_nouns_that_date_a_mention() {
    run(&[
        // "while" as a noun opens no clause, so the age still dates the act.
        (
            "He mentioned he self-harmed for a while at school when he was fourteen.",
            NO,
            &[(SelfHarm, Some(H))],
        ),
        // A span of years a simple past closes is over; one that runs to now is not.
        (
            "She self-harmed for a couple of years after her dad left.",
            NO,
            &[(SelfHarm, Some(H))],
        ),
        (
            "She has been drinking heavily for ten years.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She cut for two years until last month.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // The history noun a mention modifies, and an old event.
        (
            "Mood lifting, self-harm history with no recent episodes.",
            NO,
            &[(SelfHarm, Some(H))],
        ),
        (
            "The old overdose needs a proper screen next session.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
        (
            "He keeps his old rifle in the truck.",
            NO,
            &[(AccessToMeans, Some(P))],
        ),
    ]);
}

#[test]
fn topics_names_lists_and_refusals_are_no_use() {
    run(&[
        // A risk named with no level is a topic; a screen's answer is still read.
        (
            "Solid early recovery, lapse risk is around the brother.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Screened for suicide risk, screen negative, no further questions needed.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        ("Reviewed her relapse triggers for the holidays.", NO, &[(SubstanceUse, None)]),
        // A drink's name written as a person's.
        ("Session twenty with Brandy at the clinic.", NO, &[(SubstanceUse, None)]),
        ("Brandy and coke most nights, she says.", PR, &[(SubstanceUse, Some(P))]),
        // An abstinence frame covers its coordinated list.
        (
            "Problem one: staying off street valium and heroin.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        ("She quit drinking and smoking weed in March.", DE, &[(SubstanceUse, Some(D))]),
        (
            "He gave up the weed and is drinking vodka daily.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A DSM-5 use disorder in remission is history.
        (
            "Problem: methamphetamine use disorder, in early remission.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
        // A refusal rehearsed.
        (
            "Did relapse-prevention planning for the christening and rehearsed how he'd turn down a pint.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_killing_by_demands_is_strain_but_a_weapon_or_a_blow_keeps_it() {
    run(&[
        (
            "You said the new gaffer is trying to kill you with overtime.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He wants to kill him with a big kitchen knife.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He said he could kill her with one punch.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn one_of_a_group_named_before_is_one_of_them() {
    run(&[
        (
            "Two weeks ago some guys at the gas station where he works called him a terrorist and one spat at him.",
            NO,
            &[(Violence, None)],
        ),
        ("He spat at a coworker last week.", PR, &[(Violence, Some(P))]),
    ]);
}

#[test]
fn a_school_year_a_childhood_word_and_a_year_after_an_event_date_an_act() {
    run(&[
        ("She cut her arms in year ten.", NO, &[(SelfHarm, Some(H))]),
        // A pupil in year ten now is not dated.
        (
            "She's in year ten and cutting most nights.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She cut her arms a few times at secondary school and never told anyone till today.",
            NO,
            &[(SelfHarm, Some(H))],
        ),
        (
            "She cut her arms at secondary school today.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Doug talked about his father belting him as a loon.",
            NO,
            &[(Abuse, Some(H))],
        ),
        (
            "She took an overdose the year after he died and spent a night in hospital.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
        (
            "She took an overdose the day after he died.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn remission_abstinence_from_and_an_old_event_are_no_current_self_harm() {
    run(&[
        (
            "Good progress, self-harm in remission, risk low.",
            NO,
            &[(SelfHarm, Some(H))],
        ),
        (
            "Anxiety improving slowly, old self-harm with nothing current.",
            NO,
            &[(SelfHarm, Some(H))],
        ),
        (
            "Sustained abstinence from self-harm, good use of skills.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "Abstinent from alcohol but cutting again.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Self-harm is back, cutting daily.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn drinking_said_to_be_no_issue_and_scots_negation_are_denials() {
    run(&[
        ("He was clear the drink is not an issue.", DE, &[(SubstanceUse, Some(D))]),
        (
            "He was clear the drink's nae an issue, a couple of cans at the weekend and that's him.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He says the drink is not an issue, though he drives after a few.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Drinking's not a problem, she said, though her husband found her passed out twice.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "I asked him straight if he'd had any thoughts of ending his life since we last met, and he said no, nae once, he's got the quine's wedding to see.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn a_routine_enquiry_is_a_question_and_a_family_or_a_kind_keeps_its_relative_clause() {
    run(&[
        (
            "DV routine enquiry done with Mum alone, says no.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "DV enquiry done, she said yes, he shoved her on Friday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "We talked about how you're handling being around family who still drink.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He's one of those people who drink to forget.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("She avoids people who drink.", NO, &[(SubstanceUse, None)]),
    ]);
}

#[test]
fn blows_given_by_noun_a_first_swing_a_feed_of_drink_and_a_blank_weekend() {
    run(&[
        (
            "He lost the head at the mart and gave a dealer a box in the face, and the guards were called.",
            PR,
            &[(Violence, Some(P))],
        ),
        ("He gave her a box of chocolates for her birthday.", NO, &[(Violence, None)]),
        ("He gave the door a kick on his way out.", NO, &[(Violence, None)]),
        (
            "Ice pack to right hand after fight at recess, student swung first per aide.",
            PR,
            &[(Violence, Some(P))],
        ),
        ("She swung on the swings with her niece.", NO, &[(Violence, None)]),
        (
            "She said she'd a feed of drink at the wedding and the rest of the weekend is a blank.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "The rest of the weekend is a blank, she was so tired after the night shifts.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He said on the drive back from the rig he thought about putting the pickup into the ditch.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_short_phrase_in_quotation_marks_stays_in_its_clause() {
    run(&[
        (
            "States wants to 'beat up' boy who posted photo, no weapon, calmer by end of visit.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        // One quoted word is a figure of speech.
        (
            "Stu reports math test Fri 'killed' her, froze on first page.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Pt wants to leave AMA, calls the unit 'a death trap'; capacity intact.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_lift_a_rite_a_confirmed_answer_a_past_call_and_an_explained_hyperbole() {
    run(&[
        (
            "She's had two panic attacks driving to work and she's been getting lifts from her brother.",
            NO,
            &[(SubstanceUse, None)],
        ),
        ("She's been getting pills from her brother.", PR, &[(SubstanceUse, Some(P))]),
        (
            "Asked about drinking, she said the only wine she touches is at communion.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "I asked about drinking and he said a couple of beers on a Friday and that's it, which she confirmed.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Problem: six-week follow-up after crisis call about suicidal thoughts following a breakup.",
            NO,
            &[(SuicidalIdeation, Some(H))],
        ),
        (
            "Seen after a crisis call about suicidal thoughts.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She'd rather die than walk in there, then said she just means it's so embarrassing.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She'd rather die than walk back in there.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn dialect_answers_kin_and_idioms_of_strain_and_craving() {
    run(&[
        (
            "Asked if he'd had any thoughts of ending his life, he said, 'Nowt like that, I've got the bairns to think about.'",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He said the new baby is killing him, up every two hours, but he's loving being a dad.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He's proper mithered about his GCSEs and his mam says he's killing himself revising.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        ("He says he wants to kill himself revising for nothing.", PR, &[(SuicidalIdeation, Some(P))]),
        (
            "She said she was foundered at the bus stop and she'd kill for a hot whiskey.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She had a few glasses of wine at her sister's fortieth and was in bed by eleven.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "His cuñado drinks every weekend during the apple harvest and gets loud.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She telt me her loon's been getting into fights at the academy.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn words_corrected_by_the_speaker_and_a_sprain_are_no_risk() {
    run(&[
        (
            "She said at first she'd hurt herself at the weekend, then explained she meant she'd twisted her ankle on the prom.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He said at first he'd thought about ending it all, then said he meant ending the marriage.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "At first she said she'd cut herself, then said she meant it.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        ("He twisted her wrist until she cried.", PR, &[(Abuse, Some(P))]),
    ]);
}

#[test]
fn a_feed_of_drink_a_glass_hoyed_and_a_pack_before_driving() {
    run(&[
        (
            "He had a feed of drink after the Munster final last Sunday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She had a feed of chips and a glass of wine with her tea.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He hoyed a pint glass at a lad in the Bigg Market on Saturday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He drove home from the casino after most of a twelve-pack on Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He drove home from the shop after a bottle of milk ran out.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn an_overdose_taken_after_a_death_is_no_cause_of_that_death() {
    run(&[
        (
            "After her brother died she took an overdose.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her brother died of an overdose in March.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "His friend died from a suspected overdose.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn what_one_could_do_to_someone_is_exasperation_unless_it_is_meant() {
    run(&[
        (
            "She's sick of the mess and could throttle her flatmate when he leaves pans in the sink.",
            NO,
            &[(HomicidalIdeation, None), (HarmToOthers, None)],
        ),
        (
            "He says he could happily murder the lad next door for revving his bike at midnight.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // Contrasts: a threat told to the client, a means named, an insistence, oneself.
        (
            "Her ex texted that he could kill her any time he liked.",
            PR,
            &[],
        ),
        (
            "He said he could strangle his stepfather with his bare hands.",
            PR,
            &[],
        ),
        (
            "She said she could kill him, and that she meant it.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She said she could kill herself some days.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_state_set_off_by_commas_and_a_place_beside_a_relative_are_the_relatives() {
    run(&[
        (
            "Her uncle drowned off the pier in June, drunk, and she found out from the news.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She said her partner over there is using again and she feels helpless.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // Contrasts: the client's own state, the client back on it.
        (
            "She turned up to the group late, drunk, and left early.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He is back drinking again since the layoff.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn nail_biting_a_deer_stalking_rifle_and_grief_after_suicide_are_no_risk() {
    run(&[
        (
            "Restless in the chair, biting his nails throughout.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He bit his lip and went quiet when his mum came up.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Talked about bereavement after suicide and what the first anniversary may bring.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He cleans his stalking rifle every Sunday before the season.",
            NO,
            &[(Abuse, None)],
        ),
        // Contrasts: a bite on a person, stalking a person, one's own suicidal thoughts.
        ("The toddler bit her on the hand at the nursery.", PR, &[]),
        (
            "Her ex has been stalking her since the split.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Since the loss she has thought of suicide most nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn no_hand_on_anybody_denies_violence_and_a_last_act_at_an_age_is_history() {
    run(&[
        (
            "He roared at the referee but didn't touch anybody.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "She last burned herself when she was fourteen and says she's not done it since, even after the break-up last week.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        // Contrasts: a touch that is a blow, a relapse said after "and she".
        (
            "He didn't touch anybody at the match, but he punched his brother after it.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She cut at fourteen and she did it again on Friday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn long_ago_a_subject_carried_on_and_a_volunteered_disclosure_are_read_as_told() {
    run(&[
        (
            "She spoke of a stepfather who beat her a long time ago.",
            NO,
            &[(Abuse, Some(H))],
        ),
        (
            "He had a rough spell at twenty after his divorce, took an overdose and spent a night on the ward.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
        (
            "Weekend drinker, three or four cans on a Saturday, nil binges.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // Contrasts: a volunteered disclosure is no denial; a recent act carried on stays
        // current; a binge told is risky use.
        (
            "She told me, without my asking, that her partner slaps her when he drinks.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She was coping well at work last month, took an overdose on Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Three or four cans on a Saturday, and binge drinks most Fridays.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_drug_screen_is_never_scored_by_the_drinking_measure_beside_it() {
    run(&[
        (
            "AUDIT was three and her drug screen on Monday was negative.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // Contrast: a positive screen beside it stays positive.
        (
            "AUDIT was three and her drug screen on Monday was positive for cocaine.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_relative_clause_dates_its_person_not_the_wish_and_regional_blows_and_drink_are_read() {
    run(&[
        (
            "He's been picturing strangling his old coach, who groomed him as a boy, and has looked up where he lives.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Her partner flogged her with a fence post on Sunday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He admitted he was stocious at the wedding and fell down the hotel stairs.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He shoved a broken bottle into the bouncer's face at closing time.",
            PR,
            &[(Violence, Some(P))],
        ),
        // Contrasts: a relative clause's time does not bring an old wish to now; selling a car.
        (
            "Back in his twenties he thought about killing his father, who beat him as a boy.",
            NO,
            &[(HomicidalIdeation, Some(H))],
        ),
        ("He flogged his old van to a dealer in Wigan.", NO, &[(Abuse, None), (Violence, None)]),
    ]);
}

#[test]
fn drowning_as_a_way_to_die_a_sanction_for_fighting_and_regional_use_are_read() {
    run(&[
        (
            "She said some nights she thinks about walking into the river and letting it take her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He says he's had enough and he'll step off the end of the harbour wall one night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The police lifted him on Saturday for fighting outside the chip shop.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He's been on the yokes every weekend since the summer.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Contrasts: a swim, someone else sanctioned, a fight for a cause.
        (
            "She loves walking into the sea on a summer morning.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Two lads in her class got suspended for fighting at the bus stop.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He's been fighting for custody since the spring.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_body_of_the_other_sex_than_the_opening_pronoun_past_a_person_is_theirs() {
    run(&[
        (
            "She's been anxious about her boyfriend, who she found with burns on his arms on Sunday.",
            NO,
            &[(SelfHarm, None)],
        ),
        // Contrasts: no one named between (the one who noticed is not the client), and a
        // teller opening the sentence.
        ("He noticed fresh cuts on her arms.", PR, &[(SelfHarm, Some(P))]),
        ("Mum says she found cuts on his legs.", PR, &[(SelfHarm, Some(P))]),
    ]);
}

#[test]
fn a_negation_does_not_reach_a_clause_with_a_subject_of_its_own() {
    run(&[
        (
            "He said he's not sleeping, and that he's been drinking every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "You aren't sleeping and you've been drinking every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She goes without food, and that she thinks about walking into the sea.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Without her meds she hears voices telling her to kill herself.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Contrasts: a list of denials, and "without" before its own object.
        (
            "No SI, no HI, and she's not using.",
            DE,
            &[(SuicidalIdeation, Some(D)), (SubstanceUse, Some(D))],
        ),
        (
            "She has got through the month without cutting.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn a_summary_addressed_to_the_client_reads_you_as_the_client() {
    run(&[
        (
            "You said you've started to feel your family would be better off without you.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "You feel everyone would be happier once you're gone.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Contrast: better off without someone else.
        (
            "You said you're better off without him since the split.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_bare_noun_opening_a_note_sentence_is_the_client() {
    run(&[
        (
            "Lass tearful, says she wishes she was dead since the row at school.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Young man reports drinking a bottle of vodka a day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Contrasts: with a determiner, or named mid-sentence, it is someone else.
        (
            "The man next door says he wants to die.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She met a lad at college who says he wants to die.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn telegraphic_events_set_out_on_and_orders_broken_are_read() {
    run(&[
        (
            "She went down to the harbour at night meaning to walk into the sea, then turned back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Punch-up outside the club on Saturday. He threw the first one.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Her ex has breached the restraining order twice this month.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her ex-husband texted her fifty times on Sunday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He works on a farm past the river and says he's smoking weed every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Contrasts: a swim meant, fights denied, calls to an office, the past as time.
        (
            "She walked into the sea meaning to swim to the buoy.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "No fights at the hostel this month.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "She rang the council forty times about the damp.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "She cut her arms in the past year but not since the summer.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn a_genitive_list_a_clean_screen_list_and_idioms_of_drink_are_read() {
    run(&[
        (
            "She is worn out by her partner's moods and drinking.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "His screen on Monday was clean for opiates, cocaine and benzos.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Her in-laws would drive anyone to drink, she joked.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "We talked about blackout blinds for his day sleeps.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "The fellas on his shift drink till late most nights.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // Contrasts: the client's own drinking beside a genitive, a clean spell then use.
        (
            "She's been drinking every night since her husband's death.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He was clean for a month and then used heroin on Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn vows_services_and_place_names_are_no_self_harm() {
    run(&[
        (
            "Asked if he'd ever hit her, he said never, he'd cut his own arm off first.",
            DE,
            &[(SelfHarm, None)],
        ),
        (
            "I gave her the number for the overdose bereavement group in town.",
            NO,
            &[(SuicidalIdeation, None), (SelfHarm, None)],
        ),
        (
            "He still drives the long way round to avoid the Deep Cut since the crash.",
            NO,
            &[(SelfHarm, None)],
        ),
        // Contrasts: a cut told, a vow broken in deed.
        (
            "She cut her arm on Friday night.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He cut his own arm with a blade after the row.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn a_body_verb_on_a_possessed_thing_is_no_blow() {
    run(&[
        (
            "Restless, twisted her scarf the whole time she spoke about her dad.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
        // Contrasts: a body twisted, a person twisted.
        (
            "Her husband twisted her wrist until she cried.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He twisted the other lad's arm in the yard on Monday.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn one_picked_out_of_people_is_a_person_harmed() {
    run(&[
        (
            "When the lads at the hostel wind him up he feels like battering one of them.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "He punched one of the lads at work on Friday.",
            PR,
            &[(Violence, Some(P))],
        ),
        // Contrast: one of a thing, not of people.
        (
            "He felt like smashing one of the plates after the call.",
            NO,
            &[(HarmToOthers, None), (Violence, None)],
        ),
    ]);
}

#[test]
fn idioms_of_work_and_family_are_no_risk() {
    run(&[
        (
            "She said work's been killing her.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He's been flat out like a lizard drinking since harvest.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She wants to cut ties with her dad's side of the family.",
            NO,
            &[(SelfHarm, None)],
        ),
        // Contrasts: a person killing, cutting herself.
        (
            "She said she's been thinking about killing her stepdad.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        ("She has been cutting again.", PR, &[(SelfHarm, Some(P))]),
    ]);
}

#[test]
fn a_topic_fronted_then_answered_no_is_denied() {
    run(&[
        ("Self-harm, she says no.", DE, &[(SelfHarm, Some(D))]),
        (
            "Drinking: he says none since Easter.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // Contrasts: answered yes, and a mention inside a clause of its own.
        (
            "Cutting, she says yes, twice this week.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She talked about cutting, she says no one knows.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn a_bone_broken_is_a_blow_when_someone_else_breaks_it() {
    run(&[
        (
            "Husband broke her wrist last month.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("Partner broke her nose last week.", PR, &[(Abuse, Some(P))]),
        (
            "He broke her wrist in the car park.",
            PR,
            &[(Violence, Some(P))],
        ),
        // Contrasts: one's own bone is an injury, not an act.
        ("She broke her jaw.", NO, &[(Violence, None)]),
        ("She broke her wrist skiing.", NO, &[(SelfHarm, None)]),
        (
            "Dad broke his arm when he was ten.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_rank_or_ordinal_before_a_role_names_a_person() {
    run(&[
        (
            "Threatened the second engineer with an axe.",
            PR,
            &[(Violence, Some(P))],
        ),
        ("He punched the night porter.", PR, &[(Violence, Some(P))]),
        // Contrast: an ordinal before a thing.
        (
            "She hit the first ball into the trees.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_threat_to_kill_said_to_someone_is_read_by_who_says_it() {
    run(&[
        ("Her ex texted her 'you're dead'.", PR, &[(Abuse, Some(P))]),
        (
            "Boyfriend told her she's dead if she leaves.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He told his manager 'you're a dead man'.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        // Contrasts: estrangement, news of a death, and "I'm dead" for worn out.
        (
            "She told her sister 'you're dead to me'.",
            NO,
            &[(Abuse, None)],
        ),
        ("The doctor told him she's dead.", NO, &[(Abuse, None)]),
        (
            "She said she's dead on her feet.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn children_left_alone_with_their_ages_between_is_neglect() {
    run(&[
        (
            "She left the kids, four and six, home alone overnight twice.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Left the twins, aged five, on their own overnight.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // Contrast: the children left with someone.
        (
            "She left the kids with her mum, who was home alone.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn back_in_a_short_span_is_a_return_not_the_past() {
    run(&[
        (
            "Partner tracks her phone and shows up if she doesn't text back in ten minutes.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // Contrast: "back in" a year is a time before now.
        ("Back in twenty nineteen he hit her.", NO, &[(Abuse, None)]),
    ]);
}

#[test]
fn on_the_drink_of_any_name_is_drinking() {
    run(&[
        ("She's been on the booze.", PR, &[(SubstanceUse, Some(P))]),
        ("He's on the vodka.", PR, &[(SubstanceUse, Some(P))]),
        (
            "Been on the cider since the lay-off, starts at dinner time, and his wife's been finding bottles in the shed.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Contrasts: a topic, a meal, and a report the client denies.
        (
            "We talked about the leaflet on the booze.",
            NO,
            &[(SubstanceUse, None)],
        ),
        ("A glass of wine with dinner.", NO, &[(SubstanceUse, None)]),
        (
            "Her sister says she's back on the wine, but she denied it and has not had a drink since the christening.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn a_positive_drug_screen_is_use_whatever_the_substance_is_called() {
    run(&[
        (
            "Dropped dirty for K-two after the visit room.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("Had a dirty UA on Monday.", PR, &[(SubstanceUse, Some(P))]),
        ("Tested positive for K-two.", PR, &[(SubstanceUse, Some(P))]),
        (
            "Never dropped dirty once in the program.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // Contrast: an infection tested for.
        (
            "Tested positive for covid last week.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn down_after_a_verb_of_use_is_a_street_opioid() {
    run(&[
        ("Smoking down most days.", PR, &[(SubstanceUse, Some(P))]),
        ("She's been smoking down.", PR, &[(SubstanceUse, Some(P))]),
        // Contrasts: a place and a phrasal verb.
        (
            "He was smoking down by the river.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She is shooting down emails all day.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn going_through_a_large_container_of_drink_is_drinking() {
    run(&[
        (
            "She's been going through a forty-pounder every couple days.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Going through a two-four a day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Contrast: going through a thing that holds no drink.
        (
            "She's been going through a box of tissues every session.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_negated_word_said_again_after_a_comma_is_corrected() {
    run(&[
        (
            "Not tired like sleepy, tired like she'd rather not be here.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Contrast: the negated word is not said again.
        (
            "Not suicidal, just worn out.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn all_of_someones_pills_drunk_or_downed_is_an_overdose_method() {
    run(&[
        (
            "Sometimes thinks she'll just drink all her husband's blood-pressure pills.",
            PR,
            &[(SuicidalIdeation, Some(P)), (SubstanceUse, None)],
        ),
        (
            "She thinks about taking all her pills every night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Contrast: all one's medicine taken as prescribed is adherence.
        (
            "He takes all his meds as prescribed.",
            NO,
            &[(SuicidalIdeation, None), (SelfHarm, None)],
        ),
        (
            "She takes all her blood pressure pills in the morning.",
            NO,
            &[(SuicidalIdeation, None), (SelfHarm, None)],
        ),
        // The past is not read as routine.
        (
            "She took all her pills in the morning.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn not_refusing_not_being_here_is_wishing_it() {
    run(&[
        (
            "When I asked about suicide she said 'I wouldn't say no to not being here', then laughed it off.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Contrast: not refusing a holiday.
        ("She wouldn't say no to a holiday.", NO, &[(SuicidalIdeation, None)]),
    ]);
}

#[test]
fn water_that_could_have_the_speaker_and_marks_she_made_herself() {
    run(&[
        (
            "Some nights I walk down the Hythe and think the Blackwater could just have me.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said the scratches on her wrists were from the cat, then later said actually she did them with a razor.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // Contrasts: an institution that could take her, chores done herself.
        ("The school could take her next week.", NO, &[(SuicidalIdeation, None)]),
        ("She did them herself.", NO, &[(SelfHarm, None)]),
    ]);
}

#[test]
fn a_vehicle_crash_not_minded_and_a_stay_at_a_known_suicide_site() {
    run(&[
        (
            "Did not deny 'wouldn't bother me if the wagon rolled on the Plain'.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Drove to Beachy Head Sat. Sat in car park two hrs.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Contrasts: weather not minded, a day out.
        (
            "Wouldn't bother me if it rained.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Went to Beachy Head with her sister for a picnic.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn grooming_surveillance_a_killing_planned_in_slang_and_means_kept_open() {
    run(&[
        (
            "Fourteen-year-old says an instructor's been messaging her, asking for pics, told her not to tell anyone.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He's been telling his girl he'll know if she goes out, that his boys are watching the house.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He's worked out how he'd do for the man who hurt his daughter.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        ("'I'd do the time gladly,' he said.", PR, &[(HomicidalIdeation, Some(P))]),
        (
            "Has a stash of his mom's sleeping pills in the truck, he's just keeping options open.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Contrasts: a lie found out, "do for" as suffice, a choice kept open.
        ("She'll know if he lies, she's a teacher.", NO, &[(Abuse, None)]),
        ("That coat will do for her.", NO, &[(HomicidalIdeation, None)]),
        (
            "She's keeping her options open about the job offer.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_dream_wanted_awake_and_a_laugh_that_took_nothing_back() {
    run(&[
        (
            "Says in a dream last night he strangled his foreman, 'and honestly I'd do it awake,' laughed, but didn't take it back.",
            PR,
            &[(Violence, Some(P))],
        ),
        // Contrasts: a dream alone, and a laugh that took it back.
        ("Had a dream he strangled his foreman.", NO, &[(Violence, None)]),
        (
            "Said he could strangle his brother, laughed it off.",
            NO,
            &[(HomicidalIdeation, None), (Violence, None)],
        ),
    ]);
}

#[test]
fn emphasis_is_no_correction_and_a_closed_clause_ends_a_negation() {
    run(&[
        (
            "Says he'll kill his landlord, 'and I mean it, I've got the shotgun.'",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She said she wants to die, I meant that, she said.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Kicked off at the chemist when they wouldn't give him his script, smashed the till and punched the pharmacist.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "The bouncers wouldn't let him in, so he headbutted the doorman.",
            PR,
            &[(Violence, Some(P))],
        ),
        // Contrasts: a real correction, a negation that keeps its own clause, a list of denials.
        (
            "He said he'd hurt her, I mean he said he'd hurt himself.",
            PR,
            &[(HarmToOthers, None)],
        ),
        ("When she isn't at work, she doesn't cut.", DE, &[(SelfHarm, Some(D))]),
        (
            "Since the move he hasn't punched, kicked or shoved anyone.",
            DE,
            &[(Violence, Some(D))],
        ),
    ]);
}

#[test]
fn a_blow_given_and_a_thing_hoyed_are_acts_on_the_receiver() {
    run(&[
        (
            "Her husband gave her a clout on the head on Sunday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her stepdad gave her a good hiding last week.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He gave him a dig in the ribs outside the club.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Her boyfriend hoyed a plate at her on Friday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // Contrasts: a kiss and an injection given.
        (
            "He gave her a kiss on the cheek at the door.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "The nurse gave him a jab in the arm.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
    ]);
}

#[test]
fn regional_street_names_count_with_a_use_verb() {
    run(&[
        (
            "He's smoking tik with his cousins most nights.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Started on nyaope after he dropped out of school.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She admits to a bit of brown on Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("He denies smoking whoonga.", DE, &[(SubstanceUse, Some(D))]),
        // Contrasts: the colour, and bread.
        (
            "He had some brown bread with his soup.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She painted the fence brown on Sunday.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn passive_wishes_in_regional_and_oblique_wordings() {
    run(&[
        (
            "Told me he wants to no' wake up some mornings.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She says life's not worth carrying on with.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He'd like to fall asleep and stay there, he said.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She'd not mind if a bus took her out on the way home.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He wouldn't be too fussed if a moose came through the windshield.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Since the divorce, she'd not mind if a lorry took her out.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Thinks about wading into the bog and letting the cold have him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Contrasts: a quoted answer, life worth it again, a baby's sleep, ashes, a lift out.
        (
            "Asked about drinking she said 'no' and laughed.",
            DE,
            &[(SubstanceUse, Some(D)), (SuicidalIdeation, None)],
        ),
        (
            "She says life feels worth it again.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "The baby goes to sleep and stays there till six.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "They let the sea have her ashes in May.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He'd not mind if the lads took him out for a pint.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_death_welcomed_after_its_condition_and_ways_out_shown_not_named() {
    run(&[
        (
            "Says if a deer came through the windshield some night he wouldn't be that bothered.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "When she's on the coast road she thinks about not steering at the hairpin.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He goes up to the quarry edge at night, 'working up the nerve', he says.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Said he's thought about 'doing a Da' with the shotgun.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Contrasts: a late train, a red light, a date, a diving board, a dad dance.
        (
            "If the train is late he wouldn't care.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He thought about not stopping at the red light on the way.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He's working up the nerve to ask her out at the bridge club.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She stood on the diving board working up the courage to jump.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He's doing a dad dance at the wedding, he thinks.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn regional_fights_drink_and_a_clock_time_that_is_no_age() {
    run(&[
        (
            "Rammy outside the chippy on Saturday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Split his knuckles on a bouncer's jaw.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He lobbed a bottle at a fella who'd laughed at him.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She was blootered at the christening.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Turned up reeking of cider again.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Came in stinking like a distillery at nine in the morning.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Contrasts: a hand hurt on a door, a childhood age, a bottle at a wall.
        (
            "He broke his hand on the door frame.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She started drinking at twelve.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
        ("He threw a bottle at the wall.", NO, &[(Violence, None)]),
    ]);
}

#[test]
fn neglect_returned_thoughts_elder_money_and_dialect_words() {
    run(&[
        (
            "The kids are home alone most nights while he's on shift, the youngest is four.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Tried to hang himself at nineteen. Tells me the urges have come back since the redundancy.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        ("She whups the eldest one with a belt when he's cheeky.", PR, &[(Abuse, Some(P))]),
        ("Her grandson keeps dipping into her savings.", PR, &[(Abuse, Some(P))]),
        (
            "Wrote a letter to the mam and the girls in case she's not around.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Drives the bike with no helmet at night, 'if I die, I die'.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        ("Says he'll do hissen in one of these days.", PR, &[(SuicidalIdeation, Some(P))]),
        ("Her husband brays her when the match is lost.", PR, &[(Abuse, Some(P))]),
        // Contrasts: an older child home alone, thoughts with nothing named, her own savings,
        // a donkey, a coming back.
        (
            "The kids are home alone for an hour after school, the oldest is sixteen.",
            NO,
            &[(Abuse, None)],
        ),
        ("The thoughts came back before the exam.", NO, &[(SuicidalIdeation, None)]),
        ("She borrowed from her savings to help her son.", NO, &[(Abuse, None)]),
        ("The donkey brays at night.", NO, &[(Abuse, None), (Violence, None)]),
        ("If he comes back, he comes back to the same job.", NO, &[(SuicidalIdeation, None)]),
    ]);
}

#[test]
fn an_attempt_at_something_a_drink_named_workplace_and_a_rescue_the_client_gave() {
    run(&[
        ("He's smoking crack again most weekends.", PR, &[(SubstanceUse, Some(P))]),
        ("He drinks cider every night.", PR, &[(SubstanceUse, Some(P))]),
        // Contrasts: a go at something, a workplace, a relative's quoted drinking, a rescue.
        ("He said he'd give it a crack this week.", NO, &[(SubstanceUse, None)]),
        ("She reckons the new routine's worth a crack.", NO, &[(SubstanceUse, None)]),
        ("He was laid off from the cider works in March.", NO, &[(SubstanceUse, None)]),
        (
            "Says her husband's 'drinking more than he ought to' since the layoffs.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Session four, Mara, nineteen, seen at the clinic. Her flatmate overdosed at a party. Mara found her and gave her Narcan.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn laughter_and_refusal_said_as_death_and_a_dated_event_taken_up() {
    run(&[
        ("He's thought about dying in a crash most days.", PR, &[(SuicidalIdeation, Some(P))]),
        // Contrasts: laughter, a refusal, an overdose told as past use, an anxiety memo's plan.
        ("She nearly died laughing at the christening.", NO, &[(SuicidalIdeation, None)]),
        (
            "He was killing himself laughing when the dog ran off with the ball.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Told him over her dead body is he moving back in.",
            NO,
            &[(SuicidalIdeation, None), (HomicidalIdeation, None)],
        ),
        (
            "Asked about the overdose three summers back, he says that was using, not wanting to die.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Panic attacks are down to one a month. She keeps it to a couple of glasses of wine on a Saturday. We wrote her relapse plan together.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn wringing_a_neck_is_exasperation() {
    run(&[
        (
            "He wants to strangle his boss with a cable tie, has one in his locker.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        // Contrasts: the idiom, with a modal or a wish.
        (
            "She said 'I could wring his neck, honestly.'",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He'd like to wring the foreman's neck after the rota came out.",
            NO,
            &[(HomicidalIdeation, None), (HarmToOthers, None)],
        ),
    ]);
}

#[test]
fn a_relative_clause_runs_on_past_a_prepositional_since() {
    run(&[
        (
            "He's worried about his daughter, who's been on the vodka since the break-up and got done for drink driving.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her brother, who moved in after the funeral and drinks every night, is a worry.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // Contrast: the client's own drinking after the relative clause has closed.
        (
            "She visited her dad, who lives alone since the stroke, and drank a bottle of wine on the way home.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn whose_body_whose_blame_and_a_last_episode() {
    run(&[
        (
            "He hit her in the face on Saturday.",
            PR,
            &[(Violence, Some(P)), (SelfHarm, None)],
        ),
        (
            "She punched herself in the stomach.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "His last drink was yesterday, three cans.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Contrasts: a car's side, a draft judged, the blamed one's drinking, a last episode,
        // getting on with it, quitting, an accident.
        (
            "A van ran the lights and hit her passenger side.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Her tutor murdered her essay in the feedback.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She's furious with her dad for turning up drunk at the christening.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Last cutting was in the spring, scars healed.",
            NO,
            &[(SelfHarm, Some(H))],
        ),
        (
            "He said fair enough, he'll crack on with the plan.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She wants to throw her lanyard at the next manager who mentions resilience.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "Nightmares since the rollover that killed his cousin.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_drink_that_names_a_person_by_what_she_does() {
    run(&[
        (
            "Brandy's always been her downfall.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Vodka has been his crutch since the divorce.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Contrasts: a daughter named Sherry, said of as a person.
        ("Sherry handles the bills now.", NO, &[(SubstanceUse, None)]),
        (
            "Daughter Sherry sat in for the first half.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She said no, honey, Sherry's been a godsend.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_friend_who_confides_her_own_self_harm_is_the_one_who_harms() {
    run(&[
        (
            "Her friend from netball told her she's been cutting, and Mia is scared for her.",
            NO,
            &[(SelfHarm, None)],
        ),
        // Contrasts: a parent's criticism of the one told, a friend's report of what the one
        // told did, and a teller who tells the clinician.
        (
            "Her mum told her she's been drinking too much.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He can't remember Saturday; his pal told him he punched a guy in the queue.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "His wife told me he's been drinking again.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn dialect_negatives_dated_times_and_rated_risk() {
    run(&[
        // East Anglian "in't" after a subject and Potteries "wunna" negate.
        (
            "He says he in't had a drink since the wedding.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        ("I wunna hurt her, he said.", DE, &[]),
        // "the summer before last" is more than a year back.
        (
            "He was drinking heavily the summer before last.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
        (
            "He has been drinking heavily since last week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A rated risk dated now is a formulation.
        ("Risk of violence low right now.", NO, &[(Violence, None)]),
        // The family violence questions are a screen; the answer decides.
        (
            "Went through the family violence questions and she said no one hurts her at home.",
            DE,
            &[(Abuse, Some(D))],
        ),
    ]);
}

#[test]
fn who_is_hit_thrown_at_or_clipped_decides_abuse() {
    run(&[
        // A "whose" clause: the pronoun is its antecedent, not the client.
        (
            "Her worry is her friend, whose boyfriend slapped her on Saturday.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Her boyfriend slapped her on Saturday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her husband chucked a mug at her on Tuesday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her stepdad clips her round the ear when she's slow.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("He clipped the hedge round the back.", NO, &[(Abuse, None)]),
        (
            "Her mam's bidie-in gied her a skelp on the face.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "You said Mark put his hands round your neck on Saturday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "You can't see your sister, and on Saturday he put his hands round your neck.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn regional_drink_and_drug_words_and_unmet_needs() {
    run(&[
        (
            "He's been using chiva most weekends.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He's back on the two-fours every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She was locked at the wedding on Saturday and can't remember getting home.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She was locked out of the flat on Saturday.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He wants to walk up Brown Mountain with his son.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A child's unmet needs are neglect; an adult's skipped lunch is not.
        (
            "His teacher says he turns up to school with no coat or lunch most days.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("He went to the gym with no lunch.", NO, &[(Abuse, None)]),
        (
            "Her grandson has her pension card and the heating's been off all month.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn terse_days_recovery_used_and_dwelt_on_places() {
    run(&[
        // A capitalised "Sat" dates the act this week; "at the time" is the act's moment.
        (
            "Pt reports ex punched her in the ribs Sat, drunk at the time.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Says she used with her cousin twice over the weekend.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Says he cannae be arsed wi life these days.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He keeps thinking about the weir below the mill.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He thinks about the bridge job a lot.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She wouldn't mind if she rolled the car on the pass road.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn jumping_a_person_and_a_tree_sought_with_a_rope() {
    run(&[
        // To jump a person is to set on them; "me and the boys" includes the teller.
        (
            "He says him and his cousins are gonna jump the lad who robbed his bike.",
            PR,
            &[(HarmToOthers, Some(P)), (SuicidalIdeation, None)],
        ),
        (
            "She wants to jump the queue for the housing list.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She's planning to jump from the multistorey.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "There was a rope on the passenger seat and he admitted he'd picked out a tree on the back road.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He bought rope for the fence and checked the beams in the barn for rot.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn rows_by_phone_lost_bets_grief_and_asides_before_an_age() {
    run(&[
        (
            "They had a blue on the phone on Friday, nothing more.",
            NO,
            &[(Violence, None)],
        ),
        (
            "They had a blue outside the club on Friday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Put fifty on the footy and lost it all, 'the Magpies killed me'.",
            NO,
            &[(Violence, None), (HomicidalIdeation, None)],
        ),
        (
            "He nearly killed me after the game we lost.",
            PR,
            &[],
        ),
        (
            "Grief since a workplace suicide in March, poor sleep.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "When she gets on the bus she feels like she going die, then it passes.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He told me that at seventeen, after the farm was sold, he took a bottle of his gran's pills.",
            NO,
            &[(SelfHarm, Some(H))],
        ),
    ]);
}

#[test]
fn abstinence_through_pills_and_what_came_with_a_dated_use() {
    run(&[
        (
            "Nine months clean off the pills and the heroin.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She drank heavily through her thirties, with blackouts, but hasn't touched a drop since the baby.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He drinks heavily, with blackouts most weekends.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_scene_of_drinking_and_a_relative_introduced_by_the_other_possessive() {
    run(&[
        (
            "The funeral was hard, lots of drinking out the back, but she stayed with her aunt.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He's been doing lots of drinking since the layoff.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Problem list: caregiver stress, helping her brother through his meth use.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Worried about her son, and her drinking is up.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_partner_described_as_gentle_answers_no() {
    run(&[
        (
            "Asked whether anyone at home frightens her, she laughed, said her husband's a big softy.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Asked if anyone hurts her at home, she said her partner is a softy but he did slap her last week.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn a_trade_s_cutting_is_no_self_injury() {
    run(&[
        (
            "Works the boning room, cutting for ten hours straight, and her wrists ache.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He's back cutting timber up the glen.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She's been cutting for hours at night.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn an_older_person_left_without_heat() {
    run(&[(
        "Her son has her pension card, and Nan's had no heating on for a fortnight.",
        PR,
        &[(Abuse, Some(P))],
    )]);
}

#[test]
fn in_two_weeks_is_a_span_and_planned_screens_and_survivors_groups_are_no_result() {
    run(&[
        // "in two weeks" is no year ("in two thousand nine").
        (
            "Her grandad hasn't had a hot meal in two weeks, his pension goes to her uncle.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He drank heavily in two thousand nine.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
        (
            "Plan: recheck urine in two weeks and see him monthly.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Plan: join the suicide survivors' group in two weeks.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn regional_blows_and_small_children_are_read_as_hurt() {
    run(&[
        // South African "klap", Scots "skelp", Australian "biff": a slap or a blow.
        (
            "Her boyfriend klapped her on Saturday night outside the shebeen.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her partner skelps the weans when they greet at bedtime.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // "the wee one", "the little one", "the wee man": a child.
        (
            "Stepdad slapped the wee one across the face on Tuesday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Dad skelped the wee man for wetting the bed.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // "as a wee lad" is the speaker's own childhood, and a ship's hull no throw.
        (
            "He loved the shipyard as a wee lad and still talks about the hull of the Ark Royal.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
    ]);
}

#[test]
fn restraint_neglect_and_arson_with_a_person_inside_are_harm() {
    run(&[
        (
            "Foster carer says the birth mother tied the three-year-old to the cot with a scarf.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "On the visit the seven year old had no coat and no breakfast again.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // An adult's own missed breakfast is no neglect.
        (
            "She had no breakfast before the appointment and felt faint.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He talked about setting fire to his neighbour's house with the neighbour still inside it.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He says he'll end him next time he sees him at the bus stop.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Losing the contract could end her career, she fears.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn places_and_preparations_of_suicide_in_plain_words() {
    run(&[
        (
            "She keeps thinking about walking out onto the frozen river when the ice breaks up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He drove the van to the lay-by with a hosepipe and duct tape on the passenger seat.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She admits she's been staring at the beam in the garage most nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Says he thought about the viaduct on Sunday and drove past it twice.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She's been googling how deep the reservoir water is and when I asked why she said no reason.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // A builder looking at beams, and a commute over a bridge, are neither.
        (
            "He works for a builder and spent the week looking at the beams in a barn conversion.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She thought about the bridge closure and how it adds twenty minutes to her commute.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_laugh_leaves_a_gun_where_it_is_and_a_rope_verb_is_no_rope() {
    run(&[
        (
            // Means alone give no polarity; the item is still present.
            "He laughed it off, and the rifle's still under the bed.",
            NO,
            &[(AccessToMeans, Some(P))],
        ),
        (
            "His grandfather taught him to rope calves and he smiled telling me.",
            NO,
            &[(AccessToMeans, None)],
        ),
    ]);
}

#[test]
fn drinking_and_drugs_in_regional_and_borrowed_words() {
    run(&[
        (
            "A classmate's been giving him addies before exams, about three a day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He takes hits off his mate's bong most evenings.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Went on a toot with the crew after payday and missed two shifts.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She came to the appointment gesuip and slurring.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She's been aff the drink since the spring and her breath test wis clear.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Alcohol within low-risk limits, about four units a week.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // A rant, split skin and a weight class are none of it.
        (
            "She went on a tear about the council housing list for ten minutes.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "His hands are cracked from the cold store and he scrubs them till they crack more.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He's a boxer cutting weight for the regional final and feels flat.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn the_clients_contracted_subject_and_speech_taken_as_a_turn_of_phrase() {
    run(&[
        // "Pt's been", "the loon's been": the client with a contracted "has".
        (
            "Pt's been hurling mugs at his father during rows.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "The quine's been saying she'd be better off dead.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She'd rather die than sit that exam again, then she laughed and said you know what I mean.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He'll read the support after suicide booklet before next week.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // An object relative clause's own "she" is not the verb's subject.
        (
            "Her father, who she visits on Sundays, has been lashing out at the nurses.",
            NO,
            &[(Violence, None)],
        ),
        // A place after the act does not keep the images from having stopped.
        (
            "The images of pushing her off the balcony have stopped since March.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
    ]);
}

#[test]
fn names_after_the_opening_and_questions_not_put_belong_to_no_client_reading() {
    run(&[
        // The opening names the client ("Maren, fifty-two, first session"); another name
        // saying something, even with an adverb between, is someone else.
        (
            "Maren, fifty-two, first session, referred by her GP. She came about her son Jonas. \
             She says Jonas once said he'd be better off dead, but that was years back. \
             She is sleeping badly.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // A couples session names two clients in its opening.
        (
            "Couples session with Petra and Karl, fifty minutes. They argued about money. \
             Karl said he has no thoughts of suicide.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // A question not put is no answer, and a sober talk is no abstinence.
        (
            "Session four with Dana. Her partner's drinking is the focus. \
             Her own drinking not asked today, do it next time. \
             She liked the idea of a sober talk over coffee.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // "nobody's taking from her": exploitation asked about and denied.
        (
            "She says her daughter does her banking and nobody's taking from her.",
            DE,
            &[(Abuse, Some(D))],
        ),
        // A coach confirming the client's "no" corroborates it.
        (
            "I asked him if anyone at home hurts him, and he said no, that's from rugby, and his coach confirmed it.",
            DE,
            &[(Abuse, Some(D))],
        ),
        // Hunting deer and a recreational league are neither stalking nor drinking.
        (
            "He guides on the deer stalking estate in the stalking season and plays in a beer league.",
            NO,
            &[(Abuse, None), (SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn colloquial_blows_objects_pronouns_and_waking_regret_are_read() {
    run(&[
        // A possessive that opens the sentence's people, even as an object, is the client's,
        // so the later "he" is the client and "she" the relative.
        (
            "I had his aunt on the phone and she said he punched a neighbour over a parking space.",
            PR,
            &[(Violence, Some(P))],
        ),
        // "cracked" a person is a blow; a beer, a joke or one's knuckles are not.
        (
            "Admits he cracked a bouncer over the head with a bottle last week.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Her nephew cracked him up all session; he cracks his knuckles when nervous.",
            NO,
            &[(Violence, None), (SelfHarm, None)],
        ),
        // Scots "a doing" is a beating; "whipped" and "pegged" at someone are throws, and
        // having to ask for money is a request, not a question put.
        (
            "His girlfriend gave him a doing on Friday night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She has to ask him for bus fare, and last week he whipped a shoe at her face.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // An elder's pension spent by the client, on a street drug: both.
        (
            "He's been spending his nan's pension money on gear.",
            PR,
            &[(Abuse, Some(P)), (SubstanceUse, Some(P))],
        ),
        // Regret at waking told after the waking; a driving place thought about.
        (
            "Most mornings when he wakes up he's gutted.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She's thought about driving off the embankment on the way home from work.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // "not A so much as B" affirms B; "never so much as" is one denial.
        (
            "The flashbacks don't bother him so much as the fact that when he wakes up he's sorry.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He says he has never so much as laid a finger on her.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "When she wakes up she's sorry about what she said to her sister.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_summary_to_the_client_and_means_still_held_elsewhere_are_read() {
    run(&[
        // Written to the client as "you": "he" and a named "Kyle's" are someone else.
        (
            "Summary for Dana, session two. You told me Kyle's been drinking again. \
             We talked about how to look after yourself while he's using.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A question put in the second person addresses no client "you".
        (
            "I asked have you had thoughts of killing yourself, he said no; he's been drinking daily.",
            PR,
            &[(SuicidalIdeation, Some(D)), (SubstanceUse, Some(P))],
        ),
        // "still" inside the clause keeps the place with the means.
        (
            "Session six with Rob. His deer rifles are still at his cousin's farm.",
            NO,
            &[(AccessToMeans, Some(D))],
        ),
    ]);
}

#[test]
fn idioms_of_pain_temper_and_workplaces_and_shorthand_are_read() {
    run(&[
        // A group's drinking is theirs; a list after "clean from the" is all abstinence.
        (
            "Cravings are worst on Fridays when the old crowd drinks at the quarry.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He's been clean from the yayo and the drink for six months now.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // Killing a body part, or a term "flat killing her", is pain and strain.
        (
            "Says the new tablets are killing his stomach so he stopped them.",
            NO,
            &[(HomicidalIdeation, None), (SelfHarm, None)],
        ),
        (
            "Says the night shifts are 'flat killing her' this month.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // A decisional balance names its topic; biting heads off is snapping.
        (
            "We did the pros and cons of getting back at his cousin, then grounding.",
            NO,
            &[(Violence, None)],
        ),
        (
            "His goal is to stop biting his wife's head off after work.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
        // A cotton gin is a workplace; "w/" is "with".
        (
            "Called from his lunch break at the gin, tired but steady.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Got into it w/ a guy at the feed store, swung a shovel at him.",
            PR,
            &[(Violence, Some(P))],
        ),
        // A widower in his late wife's seat watches no house; guns carried to a daughter's
        // home are out of his reach.
        (
            "Since the funeral he sits at her place at the kitchen table most evenings.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Session two with Walt. His son took the deer rifles to his place last week.",
            NO,
            &[(AccessToMeans, Some(D))],
        ),
        // A brand counted after "says" in a sentence about drinking is an amount.
        (
            "Drinking, she says two Coronas on a Friday.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Drinking, she says eleven Coronas on a Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn old_idioms_holds_on_the_throat_and_wished_deaths_are_read() {
    run(&[
        // "Do away with oneself" is killing oneself; "do away with the forms" is not.
        (
            "The voices keep at her to do away with herself, worse at night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wants to do away with the paper forms at the clinic.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // A hold on a throat is a strangling: whose throat decides abuse or violence.
        (
            "She says he had her pinned to the fridge by the throat on Friday night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Row with his uncle over the fence, he had him up against the gate by the neck.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She had the baby by the hand the whole way round the shop.",
            NO,
            &[(Abuse, None)],
        ),
        // The clinician's word for it counts; a hazard does not.
        (
            "Very high risk given the strangulation last month.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Fitted cleats on the blind cords because of the strangulation risk to the twins.",
            NO,
            &[(Abuse, None)],
        ),
        // A death hoped for at anyone's hands; an outing is not.
        (
            "Rides the quad with no helmet, 'hoping someone takes me out', she says.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She's hoping someone takes her out for her birthday.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // Indifference to surviving, past or to come.
        (
            "After the pills she said she didn't honestly care whether she'd woken up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He didn't care whether he made it to the union meeting.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // Another declared as good as dead; the client's own deadness is mood.
        (
            "He keeps telling the lads his stepfather is a dead man.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        // A laugh does not withdraw a threat with a blade bought for it.
        (
            "Says the foreman is a dead man walking and he's got an axe in the van now, laughed it off.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn answers_taken_after_a_question_and_acts_only_thought_of_are_read() {
    run(&[
        // A telling verb joined after the question opens the answer.
        (
            "I asked her about Friday and she told me she snorted a few lines at the party.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "I asked her about Friday and she told me she hadn't touched a drink.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // Pain wished on someone, and an act with a weapon only thought of, are thoughts of
        // harm; done, the act is a blow.
        (
            "He'd never kill her, he says, just wants her ex hurting the way he hurt her.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "He wants the landlord to pay for the damp, he says.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "Been thinking about taking a hammer to the fella who keyed his car.",
            PR,
            &[(HarmToOthers, Some(P)), (Violence, None)],
        ),
        // A relative's partner is not the client's partner.
        (
            "Admits he decked his sister's boyfriend outside the chipper.",
            PR,
            &[(Violence, Some(P)), (Abuse, None)],
        ),
        // Quotes around the act's words leave the person outside them.
        (
            "Gran says the uncle 'took the belt to' the nine-year-old's back on Sunday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // Dialect "me" for "my" before a body part.
        (
            "Pt says 'he grabbed me throat and wouldn't let go', Tuesday night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // "own" as the shorthand possessive of one's body.
        (
            "Pt scalded own hand w/ kettle on purpose last night.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn drinkers_measures_blackouts_and_vehicles_sent_into_water_are_read() {
    run(&[
        (
            "Had most of a slab on Saturday at the footy.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He had a case in the district court on Monday.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Been pulling cones every night since the layoff.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "The road works put cones out front of the shop all week.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She got absolutely steaming at the wedding.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He was steaming mad about the parking fine.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "After the session at the pub he woke up on a bench with no memory of how he got there.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A car or a boat sent into water, as an intent, is a method; an accident is not.
        (
            "Admits he'd the notion to run the boat into the harbour wall that night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He put the truck through the ice hauling wood last winter, got out fine.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // An elder's card used by a relative.
        (
            "Client is eighty-one. Her nephew 'borrows' her Mastercard and won't give it back.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn blows_got_off_a_parent_nods_routines_and_seasons_back_are_read() {
    run(&[
        // A blow got off a parent is abuse; off a ball in a match is not.
        (
            "The wee girl got a skelp off her stepdad for spilling the juice, red mark on her arm.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // A relative's nod takes up the client's "no".
        (
            "I asked did anyone at home hit her, she said no, never, and her aunt nodded.",
            DE,
            &[(Abuse, Some(D))],
        ),
        // A routine or a shift cut is no cut to the body.
        (
            "Target this week: cut hand washing to twenty minutes a day.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Money's tight since the depot cut the night shift.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She cut the night before the exam, on her thigh.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // A partner's exasperation over an occasion; over leaving it is a threat.
        (
            "Jokes his missus will murder him if he forgets the anniversary again.",
            NO,
            &[(HomicidalIdeation, None), (Abuse, None)],
        ),
        (
            "She says her boyfriend will kill her if she leaves him.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // Worn out, and exasperation.
        (
            "The lambing's got her whipped this month.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Her brother says 'shoot me now' every time the in-laws visit.",
            NO,
            &[(HomicidalIdeation, None), (SuicidalIdeation, None)],
        ),
        // Seasons counted back are years back.
        (
            "Charged three summers ago after he glassed a lad at the show.",
            NO,
            &[(Violence, Some(H))],
        ),
    ]);
}

#[test]
fn naloxone_given_drugs_had_fresh_wounds_shown_and_wished_methods_are_read() {
    run(&[
        // Naloxone given: the one given it overdosed, whoever gave it.
        (
            "His flatmate had to hit him with naloxone on Saturday after the pills.",
            PR,
            &[(SubstanceUse, Some(P)), (Abuse, None), (Violence, None)],
        ),
        (
            "She's the one who hit him with the Narcan when he went blue at the squat.",
            NO,
            &[(SubstanceUse, None), (Violence, None)],
        ),
        // An illicit drug had, beside a drink within limits.
        (
            "He's had a couple of pints and a bit of weed most Fridays.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She had her write a few lines about the week for homework.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // Fresh wounds from a self-injury tool, shown after a denial.
        (
            "Said she doesn't self-harm, then showed me new cuts from a razor blade.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // A mention that ends a line with no full stop (a review-of-systems line).
        (
            "- substances: denies alcohol, weed or other drugs",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // A method wished with "she'd like to".
        (
            "Some nights he'd just like to walk off the end of the harbour wall.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn regional_weapons_poisons_drinks_and_blows_are_read() {
    run(&[
        // A regional blade after "kill him with" is a weapon, not a strain's "with".
        (
            "Says if his cousin touches the farm again he'll kill him with a panga.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Her toddler is killing her with the night feeds.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // A thing taken up, then a chase.
        (
            "He grabbed a spade and chased the lads down the lane.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He grabbed his coat and chased the bus.",
            NO,
            &[(Violence, None)],
        ),
        // Corporal punishment words: flogging, caning, licks.
        (
            "Her uncle flogs the little one with a cane when she wets the bed.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "His granny does give him licks with the slipper when he's cheeky.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He's been flogging his old bikes online to pay the rent.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
        // Skin-picking to punish oneself is self-harm; as a habit it is not.
        (
            "He picks at his cuticles until they bleed, and says it's because he deserves it.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He picks at his cuticles until they bleed when he's revising, an old habit.",
            NO,
            &[(SelfHarm, None)],
        ),
        // A child tied to a fixture, chilli in a child's eyes.
        (
            "Gran admitted she ties the wee one to the gate post when she hangs the washing.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Dad puts chilli in the boy's mouth when he swears.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He puts chilli on his eggs every morning.",
            NO,
            &[(Abuse, None)],
        ),
        // Local spirits named, and given up.
        (
            "He takes ogogoro before every shift.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She's given up the kachasu completely since the baptism.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // "a lot" is a large amount, "a lot of" only of drink.
        (
            "His partner says he drinks a lot on his days off.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "A couple of pints and a lot of songs at the club keep him going.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A wake only as a noun.
        (
            "He'd been drinking rum all night, and his brother couldn't wake him.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Poison taken, bought and kept, researched.
        (
            "On Friday night she took the weedkiller and was sick in the yard.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He took the rat poison out to the shed.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She bought paraquat at the market and hid it under her mattress.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He googled how much insulin it would take to die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Injuries had beside another's abuse are that abuse's.
        (
            "Her boyfriend hits her when he's drunk, she's got scratches on her arms.",
            PR,
            &[(Abuse, Some(P)), (SelfHarm, None)],
        ),
    ]);
}

#[test]
fn corrections_reunions_neglect_gerunds_and_finishing_a_person_are_read() {
    run(&[
        // A comma-set "no" before a place corrects the speaker; it negates nothing.
        (
            "His son found him in the shed, no, in the garage, with the engine running.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // A pronoun that named a third party tells nothing of the client's gender.
        (
            "The wife came in with him and she was saying he drinks whisky every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // Going to see the dead, said with the death; the dead one's clause keeps its time.
        (
            "She's fixing to go see Mama, and Mama's been in the ground since two thousand twelve.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wants to go see Mama in the care home on Sunday.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // A child without food at home.
        (
            "The ten-year-old said there's been no food in the house since Friday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // A pet given away "last week" is not minded for the week.
        (
            "He gave his cat to his neighbour last week and says he won't need her now.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She gave her dog to her sister for the week while she's at the conference.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // A gerund after "and" shares the earlier gerund's subject.
        (
            "He talks about tracking down the man who robbed his mother when he gets out and stabbing him.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        // "finish" of a person, vowed; of a thing, ruin.
        (
            "He says he will finish that man if he sets foot on the plot again.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He said another redundancy would finish him.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // "he'd just as soon not wake up".
        (
            "Most mornings she'd just as soon not wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Jamaican "juk" and "a next yute".
        (
            "Him juk a next yute wid a knife outside di shop.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn body_part_idioms_places_amounts_clean_things_and_answers_in_other_tongues_are_read() {
    run(&[
        // A killing whose object is a body part is pain said as an idiom.
        (
            "The night shifts are killing her shoulders.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        ("He wants to kill her.", PR, &[(HomicidalIdeation, Some(P))]),
        // A place inside the subject's phrase is not the subject.
        (
            "She said the traffic in Nairobi is killing her.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She said she wants to kill the landlord in Leeds.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        // "a bit" is an amount, not a bite.
        (
            "His grip was up quite a bit this week.",
            NO,
            &[(Violence, None)],
        ),
        ("He bit his cousin on the arm.", PR, &[(Violence, Some(P))]),
        // A clean thing says nothing of use.
        (
            "The flat was clean and the fridge was stocked.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She has been clean for two months.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        // An oath as the whole answer is a "no"; said as a fear, it answers nothing.
        (
            "Asked about self-harm, she said God forbid.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "If, God forbid, he tries again, his wife will call the crisis line.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // "wala po" (Tagalog), "nuh" (Jamaican) are "no" and "not".
        (
            "Asked about thoughts of suicide, she said 'wala po.'",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Asked about thoughts of suicide, she said yes.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Him nuh smoke the weed again since the baby born.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Him smoke the weed every day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // "This young woman" opening a dictation is the one being seen.
        (
            "This young woman has been drinking a bottle of vodka a night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her neighbour, a young man, drinks every night.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_report_by_someone_else_that_the_client_answers_with_no_is_denied() {
    run(&[
        // Answered in the next sentence.
        (
            "His aunt rang to say he has been cutting his arms again. He said no, he hasn't \
             done that since school.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        // Answered in the next sentence, but confirmed there.
        (
            "His aunt rang to say he has been cutting his arms again. He admitted it when I \
             asked.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // The client's own report is no one else's.
        (
            "He has been cutting his arms again. He said no to a hospital referral.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // Answered in the same sentence with "and ... said no".
        (
            "Her neighbour told the school she'd slapped the girl across the face, and she said \
             no, she has never hit that child.",
            DE,
            &[(Abuse, Some(D))],
        ),
    ]);
}

#[test]
fn the_reason_for_care_beside_a_denial_and_a_topic_asked_in_a_run_of_questions_are_read() {
    run(&[
        // The use one is seen for, with the sentence's own denial, is the topic of the work.
        (
            "She's referred for the drinking, and she says she hasn't touched a drop since \
             Easter.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She's referred for the drinking and still has a bottle of wine most nights.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A bare topic in a run of questions, answered by the next sentence.
        (
            "Asked about thoughts of ending his life. No. Thoughts of killing his boss. \
             Shook his head, said no.",
            DE,
            &[(SuicidalIdeation, Some(D)), (HomicidalIdeation, Some(D))],
        ),
        (
            "Asked about thoughts of ending his life. No. Thoughts of killing his boss. \
             He has them most days.",
            PR,
            &[(SuicidalIdeation, Some(D)), (HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_correction_inside_a_sentence_replaces_only_the_phrase_it_corrects() {
    run(&[
        // The day is corrected; the cutting told before it stays.
        (
            "She burns her wrist with a lighter when the memories come, last time Friday, wait, \
             no, Thursday, and that night she wrote a goodbye note to her sister.",
            PR,
            &[(SelfHarm, Some(P)), (SuicidalIdeation, Some(P))],
        ),
        // The category itself is corrected: only the corrected one is kept.
        (
            "Denies SH, wait, no, denies HI.",
            DE,
            &[(HomicidalIdeation, Some(D)), (SelfHarm, None)],
        ),
        // A risk told before the corrected phrase stays beside the correction.
        (
            "She has been cutting her arms, and she denies SI, wait, no, denies HI.",
            PR,
            &[(SelfHarm, Some(P)), (HomicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn burns_from_a_flame_graves_endings_by_swallowing_the_one_referred_and_laughs_are_read() {
    run(&[
        // A body part held to a flame; a cold hand warmed is no burn.
        (
            "He held his hands over the gas ring until they blistered.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She held her hands over the fire to warm them after the walk.",
            NO,
            &[(SelfHarm, None)],
        ),
        // Lying down with the dead in their resting place; visiting the grave is not.
        (
            "She keeps saying she'd rather lie down beside her son in the graveyard.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She visits her son in the graveyard every Sunday with fresh flowers.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // An ending reached by swallowing something.
        (
            "He keeps thinking that if he swallows the tablets then everything will be over.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He says that if he takes the tablets with food then the stomach pain will stop.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // The family member the sentence names as the one referred is the client.
        (
            "The grandmother, she's the one referred, drinks half a bottle of brandy every \
             evening.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "The grandmother drinks half a bottle of brandy every evening, the granddaughter \
             says.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // A laugh beside a use told takes nothing back; a joke said as one does.
        (
            "She is smoking weed every night, and when I asked she laughed and said it helps \
             her sleep.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She joked that she'll need a whole bottle of gin after the in-laws' visit.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_partner_watching_from_a_vehicle_or_texting_by_the_dozen_a_day_is_abuse() {
    run(&[
        (
            "Her ex-boyfriend parks outside in his van most nights, just watching the house.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her husband calls her like fifty times a night when she's on shift.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // A mother's worry, or a car sat in to watch the rain, is no stalking.
        (
            "Her mother calls her like fifty times a day about the wedding plans.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "She sits in her car watching the rain for ten minutes before each shift.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn more_local_spirits_a_vernacular_subject_after_told_me_and_acts_against_a_child_are_read() {
    run(&[
        (
            "He has been drinking waragi every night since the harvest.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // "told me him and his cousins": the teller is among the ones who did it.
        (
            "Jayden told me him and his cousins were sniffing glue behind the shops.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Jayden told me his cousins were sniffing glue behind the shops.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // The family coping better "if she was no more".
        (
            "She says her children would cope better if she was no more.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She says her children would cope better if she was less strict.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // A child shut out overnight.
        (
            "He admits he locked his stepson out overnight in the rain.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He locked himself out of the house overnight and slept in the car.",
            NO,
            &[(Abuse, None)],
        ),
        // A person sought out to be "finished"; a game's boss is not.
        (
            "He wants to track down the man who robbed him and finish him.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He wants to find the boss on the last level and finish him.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        // Shorthand that opens on being drunk; on being angry it is not.
        (
            "Paralytic at the Christmas do, lost her phone.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Steaming at the parking fine, she rang the council twice.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_blow_through_glass_at_someone_inside_a_suspect_and_one_struck_with_a_weapon_are_read() {
    run(&[
        // The main clause after an unpunctuated "when ... wouldn't" is out of its reach.
        (
            "When his ex wouldn't open the door he put his fist through her car window with \
             her sitting inside.",
            PR,
            &[(Violence, Some(P))],
        ),
        // A negation in the main clause stays there.
        (
            "He says when she wouldn't talk to him he didn't hit her.",
            DE,
            &[(Violence, Some(D))],
        ),
        ("He kicked the suspected thief.", PR, &[(Violence, Some(P))]),
        ("Hit one with a cricket bat.", PR, &[(Violence, Some(P))]),
        (
            "He hit one with his first swing at the driving range.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_summary_to_the_client_things_that_kill_and_shorthand_disorders_are_read() {
    run(&[
        // Said to the client: "you".
        (
            "You told me you pray the Lord takes you in your sleep.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "You told me you pray the Lord takes you to church on time.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // A thing that "about killed me", "is still killing him", kills "her savings".
        (
            "The night shift 'about killed me,' per pt.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "The commute is still killing him.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "Her landlord is killing her savings with the rent.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She wants to kill her landlord.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        // "d/o" is "disorder": in remission it is no current use.
        (
            "Problem: opioid use d/o, sustained remission.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
        (
            "Problem: opioid use d/o, using daily.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn history_of_dancing_asking_for_money_mates_and_what_one_would_rather_die_than_do_are_read() {
    run(&[
        // "history of" dates the mention, whatever "now" another phrase says.
        (
            "Mood better now, history of cutting noted.",
            NO,
            &[(SelfHarm, Some(H))],
        ),
        (
            "History of cutting, most recently on Tuesday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // Caribbean "wine" is a dance.
        (
            "She went to the carnival fete and wine down the place till morning.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She drank a bottle of wine at the fete.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // "hitting her up for money" asks.
        (
            "Her son keeps hitting her up for money.",
            NO,
            &[(Abuse, None)],
        ),
        ("Her son keeps hitting her.", PR, &[(Abuse, Some(P))]),
        // A floormate's overdose is the floormate's.
        (
            "She had a panic attack after her floormate OD'd at a party.",
            NO,
            &[(SubstanceUse, None)],
        ),
        // What one would rather die than do: a dreaded task.
        (
            "She'd rather die than do the panel part of the interview.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She'd rather die than go back to him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn poisons_one_feels_to_drink_walks_with_no_return_brakes_and_what_words_mean_are_read() {
    run(&[
        // Caribbean "feel to": feel like.
        (
            "Some nights she feels to just drink the weedicide and done.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Never a panic: a mention that runs past the denial it holds.
        (
            "Sometimes he does feel to just drink the Gramoxone and done.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // A walk into water with no return; the only brake the children.
        (
            "He has studied on walking out into the Clinch River and letting it carry him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He says he'd drive off Sand Mountain if it weren't for his girls.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He says he'd drive off to Nashville if it weren't for the kids.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        // Whether the words mean dying: the answer decides.
        (
            "Asked if she means dying. Nodded.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Asked if she means dying. Shook her head.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn a_pet_given_away_beside_letters_is_a_leave_taking_and_a_gun_given_to_keep_is_not() {
    run(&[
        (
            "Gave the dog to the neighbor and wrote letters to both daughters.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He hasn't had a drink since the funeral, and he gave his rifle to his uncle to \
             keep until fall.",
            DE,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_degree_hedge_behind_a_comma_softens_its_own_word_not_the_denial() {
    run(&[
        (
            "She said she isn't having thoughts of ending her life, she just feels kind of flat \
             on Sundays.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I asked, sort of gently, about anyone hitting her at home, and she said no.",
            DE,
            &[(Abuse, Some(D))],
        ),
        // The hedge on the mention itself, as a tag, or on the answer still hedges.
        (
            "She kind of wishes she could just not wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        ("He denied thoughts of suicide, kind of.", PR, &[]),
        ("She sort of denied burning herself.", PR, &[]),
    ]);
}

#[test]
fn negative_concord_denies_and_a_phrase_negative_in_itself_stays_disclosed() {
    run(&[
        (
            "He say he ain't had no thoughts of shooting his neighbor.",
            DE,
            &[(HomicidalIdeation, Some(D))],
        ),
        (
            "She nuh have no thoughts fi end her life.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // A true double negation stays affirmed.
        (
            "It isn't that she has no thoughts of dying.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // "no reason to live" repeated on the verb, or said with "any".
        (
            "He don't have no reason to live no more.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She doesn't have any reason to go on since the divorce.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He denies having no reason to live.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "States there ain't no use him being here anymore.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_verb_inside_a_capitalised_name_is_no_blow() {
    run(&[
        (
            "Plan: ring the nurse at Battle Creek Elementary and book the next visit.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Next session at the Kill Devil Hills office in two weeks.",
            NO,
            &[(HomicidalIdeation, None), (Violence, None)],
        ),
        ("Then he hit her with a belt at Battle Creek.", PR, &[]),
    ]);
}

#[test]
fn a_risk_to_self_and_others_judged_low_is_a_formulation_and_clean_grooming_no_sobriety() {
    run(&[
        (
            "Grief after the move; risk to self and others appears low today.",
            NO,
            &[(SelfHarm, None), (HarmToOthers, None)],
        ),
        (
            "Risk to self and others is high tonight.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She was clean, neatly dressed and oriented.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He has been clean since March and goes to meetings.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn what_the_client_told_after_the_question_is_her_answer() {
    run(&[
        (
            "When I asked, she told me she drank the weedkiller on Friday to end it all.",
            PR,
            &[(SuicidalIdeation, Some(P)), (SelfHarm, Some(P))],
        ),
        (
            "I asked and he tell me he took the tablets to end it all.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // A telling inside the question, or a topic asked about, leaves the question.
        (
            "I asked, since she tells me the scars are old, whether she has burned herself \
             lately, and she said no.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "I asked and she told me she has no thoughts of suicide.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn an_age_in_apposition_describes_the_client_not_a_child() {
    run(&[
        (
            "The patient, a thirty-year-old married female, states that she wished to die \
             after the fight.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "A seven-year-old at her school said she wished she was dead.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn street_drugs_smoked_inhalants_and_what_was_not_stopped_are_use() {
    run(&[
        (
            "He's been smoking kush behind the store most nights.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Huffing gas again with his cousins.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She says she stopped the vodka but not the weed.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She stopped the vodka in June.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He quit the gym but not the night shifts.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn poisons_drunk_pills_ingested_and_objects_swallowed_are_self_harm() {
    run(&[
        (
            "Admitted after ingesting approximately forty paracetamol tablets.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She drank the paraquat in the shed on Tuesday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Swallowed two batteries and a razor blade at the unit.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // A dose rate is no overdose.
        (
            "She takes up to six tablets a day for the back pain, as prescribed.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn a_client_relative_harming_the_client_or_a_child_is_abuse() {
    run(&[
        (
            "The client's husband beats her with a lathi when he drinks.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "His stepmother burns him with a hot iron when he talks back.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The little ones are left alone overnight while mum works.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Boyfriend's hands around her neck in the kitchen last week.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her son kept her locked in the back room for days.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Grandson cashing her pension check and giving her nothing.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // A dream's hands are not.
        (
            "He dreams of the soldier's hands around his neck.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn a_life_judged_useless_going_to_god_and_a_hastened_death_asked_for_are_passive_ideation() {
    run(&[
        (
            "She says what is the point of living now, since her husband passed.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He says he is ready to go to God now.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She no want live again since the flood.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He has asked the ward sister twice to 'give me the injection that ends it,' and \
             he asked me today as well.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She hopes to go to heaven one day, like her mother.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "What is the point of this exercise, he asked.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_threat_to_chop_slash_or_stick_a_person_is_violence() {
    run(&[
        (
            "He says he will chop his cousin with the cutlass over the land.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Says he's gonna stick that guard if they move him again.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She'll stick him in time-out if he hits his sister.",
            NO,
            &[(Violence, None)],
        ),
        ("He says he will chop the onions for dinner.", NO, &[]),
        (
            "She'll slash her prices at the market stall.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_bare_thing_opening_what_was_said_is_the_subject_of_killing() {
    run(&[
        (
            "He said finals killing him, his words.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "Says thoughts of killing him keep coming, about the man who robbed him.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_joke_someone_made_before_the_blow_is_the_provocation_not_a_jest() {
    run(&[
        // A summary speaks to the client.
        (
            "A man made a joke about your brother and you punched him.",
            PR,
            &[],
        ),
        (
            "You punched your brother in the arm as a joke.",
            NO,
            &[(Violence, None)],
        ),
        (
            "You were joking and you punched your cousin's arm.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn nil_before_a_plan_or_intent_denies_that_item_not_the_ideation() {
    run(&[
        (
            "Low mood, passive SI, nil plan, nil intent, wife aware.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        ("SI nil, HI nil.", DE, &[(SuicidalIdeation, Some(D))]),
        (
            "ETOH nil since the ward, no other drugs.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn things_no_longer_needed_said_aloud_are_a_leave_taking() {
    run(&[
        (
            "Sold his truck to his cousin and says he won't be needing it anymore.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She won't be needing the car this week, her sister is driving.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn chores_with_a_blade_a_place_remembered_burning_and_a_booking_keep_the_net_off() {
    // Read with the net on: the blocks must explain the words away, or the net flags them.
    let with_net = |memo: &str| assess_memo_with(memo, &split_clauses(memo), true);
    for memo in [
        "He spends his weekends on the cane cutting with his uncle and comes home worn out.",
        "Since the raid he sees his village burning whenever he shuts his eyes.",
        "Next visit: ask the front desk to put her down for a Thursday.",
    ] {
        assert_eq!(with_net(memo).polarity, Polarity::None, "{memo}");
    }
    // The same words beside a real act keep it.
    run(&[(
        "He has been cutting his arms again and cutting the grass for his gran.",
        PR,
        &[(SelfHarm, Some(P))],
    )]);
}

#[test]
fn a_wish_to_die_or_join_the_dead_said_in_spanish_is_passive_ideation() {
    run(&[
        (
            "Then she said, 'ya me quiero ir con mi esposo,' and looked at his photo.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He repeats 'ya no quiero vivir' most nights, his daughter says.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She says she wants to go with her sister to the market on Sundays.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_telling_a_few_words_before_the_mention_answers_the_question() {
    run(&[
        (
            "I asked Maddie about the fight at lunch, and she told me she wants to push that boy down the stairs.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        // The question still open: nothing told yet.
        (
            "I asked Maddie whether she wants to push that boy down the stairs.",
            NO,
            &[(HarmToOthers, None)],
        ),
    ]);
}

#[test]
fn a_conditional_threat_opened_by_its_own_subject_and_modal_is_said() {
    run(&[
        (
            "He told me that if the neighbours move the fence again he will finish them, and he was calm about it.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        // The if-clause itself holds the threat: a hypothetical.
        (
            "We talked about what would happen if he will finish them one day.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_time_inside_a_relative_clause_before_the_act_is_the_persons_not_the_acts() {
    run(&[
        (
            "She told me her partner, who moved in with her last year, grabbed her by the throat in the hallway and she says it was the second time.",
            PR,
            &[(Abuse, Some(P))],
        ),
        // Said of the act itself, the time dates it.
        (
            "Her partner grabbed her by the throat years ago, when they first met.",
            NO,
            &[(Abuse, Some(H))],
        ),
    ]);
}

#[test]
fn a_household_implement_used_on_a_child_is_abuse_and_on_staff_is_violence() {
    run(&[
        (
            "Her appa beats amma and also her with the coconut broom when he is drunk.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Mother use rotan on her whenever the report card comes.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He struck the care assistant with his cane during the wash.",
            PR,
            &[(Violence, Some(P)), (Abuse, None)],
        ),
        (
            "She uses the broom on the porch every morning.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn a_jump_begun_and_stopped_is_preparatory_and_a_play_jump_is_not() {
    run(&[
        (
            "Quarry road, Friday night. Went to jump, she says. Her brother's car came round the bend.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He tried to jump but the rail was too high and a guard pulled him back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She went to jump on the trampoline with her cousins.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He tried to jump the creek on his bike and landed in the mud.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_child_burned_cut_or_visited_at_night_by_a_man_of_the_house_is_abuse() {
    run(&[
        (
            "Client says her boyfriend burning the youngest with a hot fork when he cries.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Uncle coming in her room at night. She nine. Aunt says she is lying.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her dad comes into her room at night to read her a story.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn a_blade_used_on_a_person_and_a_hit_list_are_violence_and_harm_to_others() {
    run(&[
        (
            "Slash a man with the cutlass by the rum shop, Friday. Man in hospital.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He has a list of boys in his year he wants to, quote, hurt bad.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She has a list of people she wants to invite to the wedding.",
            NO,
            &[(HarmToOthers, None)],
        ),
    ]);
}

#[test]
fn relief_to_others_tied_to_ones_own_death_is_a_passive_wish() {
    run(&[
        (
            "She drew herself in the river and said that way nobody has to look after her anymore.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Once she moves into the flat nobody has to look after her anymore, she says proudly.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn an_elders_check_cashed_and_kept_by_a_relative_is_exploitation() {
    run(&[
        (
            "Pension check comes Friday. Grandson signs it, keeps the money.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The check comes Friday. She signs it and takes the money to the bank herself.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn palm_toddy_named_alone_is_drink_and_the_instrument_is_not() {
    run(&[
        (
            "Tuba every night with his cousins now, then rides home on the scooter.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He plays the tuba in the school band and practises every night.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She lives with her aunt near Tuba City.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn no_resistance_is_a_yes_and_drinking_to_unconsciousness_is_not_within_limits() {
    run(&[
        (
            "His nan says he's been getting into that white liquor, drinking it out a jar till he falls out on the step, and when I asked him he didn't argue, said yeah.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He has a glass of wine from a jar at dinner with his wife.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_perinatal_harm_image_reads_its_person_past_the_mind_and_the_pronoun() {
    run(&[
        (
            "She's changing the baby and then this image pops in of holding her under in the tub, and she's horrified.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She keeps having pictures in her mind of the knife cutting the baby, and she hates them.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She has lovely pictures in her mind of the baby's first bath.",
            NO,
            &[(HarmToOthers, None)],
        ),
    ]);
}

#[test]
fn a_chore_with_a_blade_stopped_is_no_abstinence_from_self_harm() {
    run(&[
        (
            "She has stopped cutting vegetables since the birth and her sister cooks.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She has stopped cutting, eight weeks now.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn a_poison_pictured_in_a_drink_is_homicidal_and_god_asked_to_just_take_one_is_passive() {
    run(&[
        (
            "She said she has pictured putting antifreeze in his beer and she meant it.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "You told me some nights you pray God will just take you in your sleep.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She put antifreeze in the car before the frost.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_quoted_no_before_a_trailing_question_answers_it() {
    run(&[
        (
            "He said, \"Nope, none of those thoughts about ending it,\" when I asked about suicide, and he said work is steady.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He said, \"Yeah, most nights,\" when I asked about suicide, and he said work is steady.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_use_disorder_in_remission_or_a_drug_finished_for_the_client_is_no_current_use() {
    run(&[
        (
            "Problem: opioid use disorder, early recovery, and the housing letter.",
            NO,
            &[(SubstanceUse, Some(H))],
        ),
        (
            "You said the ganja is finished for you since the baby came.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Problem: alcohol use disorder, drinking daily again since the layoff.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_hedged_denial_restated_firmly_is_a_denial() {
    run(&[
        (
            "He kind of denies any thoughts of suicide, no, he flatly denied it when I asked again.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He kind of denies any thoughts of suicide, but he would not look at me.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn panic_attacks_striking_and_a_vehicle_cutting_in_are_no_harm() {
    run(&[
        (
            "She says the attacks come in the car park and she is sure it is her heart.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Sorry, the lorry cutting in there, where was I.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He attacks his brother whenever the panic comes on.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Says she is cutting again, on her thighs.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn tea_by_its_local_name_is_no_drink_of_alcohol_and_a_contracted_drinking_is_weighed() {
    run(&[
        (
            "We agreed he will drink his chai before evening prayer, not at night.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Drinking's a couple of Tuskers on a Saturday, he said, no blackouts.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn not_waking_wished_without_up_and_vanishing_as_the_better_course_are_passive_wishes() {
    run(&[
        (
            "Most nights he lies awake praying he won't wake.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She keeps thinking it would be easier to just vanish.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She hopes she won't wake the baby when she gets in late.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She thinks it would be better to disappear for the weekend and switch her phone off.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_car_taken_over_an_edge_in_thought_and_a_means_kept_not_yet_taken_are_suicidal() {
    run(&[
        (
            "He keeps thinking he'd just drive out past the quarry and go over one of those bluffs.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She bought paraquat at the market and it is under her bed, and she has not drunk any yet.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She keeps thinking she'd like to run her brother's car off the road and kill him.",
            PR,
            &[(SuicidalIdeation, None), (HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_second_reported_clause_with_its_own_subject_escapes_the_first_clauses_negation() {
    run(&[
        (
            "You told me you can't stop thinking about the man who pulled a knife on you, and that you have had thoughts of killing him if you see him again.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "You told me you don't have thoughts of killing the man who robbed you.",
            DE,
            &[(HomicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn a_place_phrase_before_the_verb_leaves_the_victim_the_client() {
    run(&[
        (
            "Her stepfather in the village hits her.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her grandfather in Kumasi has been forcing himself on her.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("Her aunt is in an abusive marriage.", NO, &[(Abuse, None)]),
    ]);
}

#[test]
fn blades_and_guns_named_in_other_regions_make_a_threat_real() {
    run(&[
        (
            "He swore he would kill him with the talwar.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She said she will cut her cousin with the bolo if he comes back.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "His sister's kids are killing her with all their noise.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He will cut his brother some slack.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn sex_forced_in_everyday_words_is_abuse() {
    run(&[
        (
            "Her husband keeps forcing her to sleep with him.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He forces intercourse on her when he is angry.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She made him sleep with the night light on.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn to_finish_a_person_is_to_kill_him_but_a_task_is_only_finished() {
    run(&[
        (
            "He told me he will finish that landlord, he swears it.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        ("She will finish her homework tonight.", NO, &[]),
        ("He'll finish that book on Sunday.", NO, &[]),
    ]);
}

#[test]
fn what_one_drinks_or_gets_drunk_on_is_the_drink_named_near_it() {
    run(&[
        (
            "He brewed hooch in his cell and got drunk on it twice.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She won the cup and was drunk on it for days.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "No ganja, no liquor, she only drinks kopi.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She only drinks beer at the weekend now.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "We planned for the wedding where everyone drinks.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Skipped Whiskey Row after the reception.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn touching_her_things_and_a_parent_taking_a_phone_are_no_abuse() {
    run(&[
        (
            "Her son keeps touching her papers and she gets angry.",
            NO,
            &[(Abuse, None)],
        ),
        ("Her uncle kept touching her.", PR, &[(Abuse, Some(P))]),
        (
            "His mother took his phone after he swore at her.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Her husband took her phone and won't let her call her sister.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn a_hedged_or_glossed_killing_is_a_figure_of_speech() {
    run(&[
        (
            "The heat in Tucson is kind of killing her this summer.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "'Mum nearly killed me over the broken window, I mean she just shouted.'",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn caning_a_child_is_abuse_and_leaving_a_drink_is_giving_it_up() {
    run(&[
        (
            "He canes his daughter when her marks drop.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("The old cane chair broke.", NO, &[(Abuse, None)]),
        (
            "He left ganja and beer after the festival.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn a_relapse_chain_and_the_evening_tea_cut_are_no_risk() {
    run(&[
        (
            "We mapped a relapse chain together.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "We talked about cutting the evening tea to help her sleep.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn a_topic_answered_after_it_is_denied() {
    run(&[
        (
            "Thoughts of ending it? No, none, he looked straight at me.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Self-harm no, drugs no, suicidal thoughts no.",
            DE,
            &[
                (SelfHarm, Some(D)),
                (SubstanceUse, Some(D)),
                (SuicidalIdeation, Some(D)),
            ],
        ),
        (
            "Suicidal thoughts daily, no plan.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_quoted_saying_keeps_its_own_time_and_to_be_gone_is_to_be_dead() {
    run(&[
        (
            "Pt says 'I just want to be gone,' overdosed in his twenties, denies plan.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The 'I just want to be gone' talk she had back in college was a rough patch, nothing since.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "She wants to be gone by Friday.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_hedge_on_the_asking_or_on_a_gesture_leaves_the_answer() {
    run(&[
        (
            "I asked him directly, kind of, about wanting to die, and he said no.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I asked him about wanting to die and he said kind of.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Asked about hurting himself, he said no, sort of smiled.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn a_height_told_a_sentence_before_makes_stepping_off_a_jump() {
    run(&[
        (
            "Parked at the lookout on the bluff. Wanted to step off.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Long day on the bus. Wanted to step off and walk home.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_person_cut_down_from_a_rope_and_a_ligature_tied_are_suicidal_behaviour() {
    run(&[
        (
            "Rope in the barn. His father cut him down in time.",
            PR,
            &[(SuicidalIdeation, Some(P)), (SelfHarm, None)],
        ),
        (
            "She cut him down to size in the meeting.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "The paramedic told me he still dreams of cutting him down from the tree.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She tied a towel to the shower rail last night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She tied the dog's lead to the gate.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_child_nobody_feeds_is_neglected() {
    run(&[
        (
            "Her little boy says nobody is feeding him since his mum left.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Nobody is feeding the ducks this winter.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn a_named_poison_thought_of_is_ideation_with_its_method() {
    run(&[
        (
            "He keeps thinking of drinking the Baygon, just to sleep.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She thinks about taking the bleach out to the shed.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_water_by_its_own_name_and_a_future_told_with_will() {
    run(&[
        (
            "Says she will drive into the Clinch River one night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He will drive into the water tank at the depot.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_mark_told_then_the_one_who_did_it_is_abuse() {
    run(&[
        (
            "Bruises on her neck. Says her boyfriend did it.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The cake was lovely. Her husband did it.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn an_act_not_gone_through_with_after_a_method_is_an_aborted_attempt() {
    run(&[
        (
            "Bought pills at the chemist. Wrote a note to his son. Didn't go through with it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Planned the wedding for months. Didn't go through with it.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn how_many_would_be_enough_is_a_lethality_enquiry_when_the_client_asks() {
    run(&[
        (
            "She kept the oleander seeds in her bag and asked me how many seeds are enough for an old woman.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "How many tablets would be enough for the week, she asked the pharmacist.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn back_on_a_drug_of_misuse_and_the_bitters_of_west_africa_are_use() {
    run(&[
        (
            "Back on the tramadol, three strips a day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Back on her antidepressants since March, taking them as prescribed.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Monkey tail every evening, a full bottle.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_negated_noun_phrase_set_off_by_commas_corrects_who_and_negates_nothing_after() {
    run(&[
        (
            "She told her sister, not the nurse, that she wants to die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She told me she does not, not the nurse, want to die.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn a_kin_word_the_dictation_opens_on_with_this_is_the_person_seen() {
    run(&[
        (
            "This uncle at the temple, he say he drink arrack every day since his wife passed.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "This aunty told me she wants to die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "This father I saw beats his son with a belt until he bleeds.",
            PR,
            &[(Abuse, Some(P)), (SelfHarm, None)],
        ),
        (
            "This uncle of hers drinks arrack every day.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her uncle drinks arrack every day.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_hedged_denial_someone_else_confirms_is_a_denial() {
    run(&[
        (
            "He is sort of not using anything now, and his mother confirmed it.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He says he kind of has no thoughts of suicide, his wife agrees.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He is sort of not using anything now.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_routine_told_in_a_clause_after_the_answer_is_no_frequency_of_the_risk() {
    run(&[
        (
            "I asked if anyone at home beats him, he said no, and agogo cooks every day.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "I asked whether he smokes weed and he said no, but then every day after work, he admitted.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "I asked if she drinks, she said yes, every day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_hedge_on_how_an_answer_was_given_leaves_the_answer_a_denial() {
    run(&[
        (
            "I asked about cutting or wanting to die, she said no, never, kinda laughed.",
            DE,
            &[(SelfHarm, Some(D)), (SuicidalIdeation, Some(D))],
        ),
        (
            "I asked him about wanting to die, and he said, 'no, miss, not me,' kind of firm.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I asked about wanting to die, he said kinda, some nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn the_problem_a_plan_names_yields_to_the_memos_own_denial() {
    run(&[
        (
            "Problem: alcohol use, early recovery. He says no beer, no spirits, nothing, two months now.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Diagnosis is opioid use disorder. He says no heroin since March.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Problem: alcohol use. He drank a bottle of vodka on Friday and denies other drugs.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Problem: alcohol use, early recovery. Reviewed his goals.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn friends_named_in_other_englishes_are_someone_else() {
    run(&[
        (
            "His barkada were drinking at the fiesta all night.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her padi them were smoking weed by the market.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He was drinking with his barkada all night at the fiesta.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He hit the rickshaw wala during the quarrel.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn a_named_place_after_a_relation_leaves_who_to_that_relation() {
    run(&[
        (
            "She talked about her cousin up in Prince George who overdosed last month.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She overdosed last month at her cousin's place in Prince George.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_place_shot_up_is_no_drug_injected() {
    run(&[
        (
            "Classmates said he talked about shooting up the bus, which he denies.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He has been shooting up again since June.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He shot up heroin in the car before group.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_soft_drink_named_explains_drinking() {
    run(&[
        (
            "She is only drinking buna with the neighbours these days.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She is drinking with the neighbours most days.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
    assert!(explained(
        "He is drinking Mountain Dew all afternoon to get through."
    ));
    assert!(!explained("He is drinking all afternoon to get through."));
    assert!(explained(
        "She has been drinking Nescafe till two to stay awake for exams."
    ));
}

#[test]
fn ending_life_without_a_possessive_is_ideation() {
    run(&[
        (
            "Asked about thoughts of ending life, he said no, never.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "She admits thoughts of ending life most nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The family met about ending life support for her father.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn tapering_a_prescription_is_a_plan_not_abstinence() {
    run(&[
        (
            "Plan: talk with her GP about slowly stopping the sleeping pills.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He stopped the pills he was buying on the street in May.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
    // The plan explains the sentence away from the net; a wish to stop treatment does not.
    assert!(explained(
        "Plan: talk with her GP about slowly stopping the sleeping pills."
    ));
    assert!(!explained(
        "She has thought about slowly stopping her meds and letting the illness take her."
    ));
}

#[test]
fn every_drug_named_after_clean_from_is_denied() {
    run(&[
        (
            "He has been clean from ice and charas for four months.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She is clean from meth, weed and pills since spring.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He is clean from ice but smoking charas daily.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn the_clinicians_own_story_is_not_the_clients() {
    run(&[
        (
            "I shared my own relapse story with him.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He told me about his relapse last week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_heart_that_cuts_is_grief() {
    run(&[
        (
            "Her heart cut since her son left for the city.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She cut her arm after her son left for the city.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn an_injury_called_not_on_purpose_is_an_accident() {
    run(&[
        (
            "He said the leg cut was from the machete while clearing the bush, not on purpose.",
            NO,
            &[(SelfHarm, None)],
        ),
        ("He said he cut his leg with the machete on purpose.", PR, &[(SelfHarm, Some(P))]),
        (
            "Her arms are scratched from dry skin, not on purpose, and she has never tried to hurt herself.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn to_cut_a_person_open_is_a_threat_to_wound() {
    run(&[
        (
            "Told his cousin he'd cut him open at the game.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Says he will cut her open if she leaves.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "The surgeon will cut him open on Monday.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_swat_at_a_person_is_a_blow() {
    run(&[
        (
            "She swatted her son across the face at dinner.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He swatted a wasp away at the picnic.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
    ]);
}

#[test]
fn hitting_a_named_liquor_is_use() {
    run(&[
        (
            "He's been hitting the moonshine hard since the funeral.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She went back to the gin after the divorce.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He's been hitting the gym hard since the funeral.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She has cut right back on wine to one glass on Saturdays.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_gun_brought_to_where_revenge_is_owed_is_a_plan_to_kill() {
    run(&[
        (
            "He wants to get even with his foreman and said he'll bring his rifle to the job site.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He'll bring his rifle to deer camp on Friday.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_kalashnikov_is_a_weapon_in_any_name() {
    run(&[
        (
            "He says he will kill him with his klash.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Says the boss will kill him with overtime.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn night_visits_a_child_tells_of_are_abuse() {
    run(&[
        (
            "Eleven. Says her stepdad comes into her room at night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Ten years old, says her uncle \"messes with her\" at night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her husband comes to bed late at night.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn a_prayer_to_be_taken_is_a_wish_to_be_dead() {
    run(&[
        (
            "She keeps praying, 'Lord, take me home,' every night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Nani says 'Bhagwan, take me now' after the evening prayer.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "'God, take me to the market,' she joked.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_poison_drunk_from_somewhere_was_still_drunk() {
    run(&[
        (
            "She drank baygon from the kitchen cabinet after the quarrel.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She took the pesticide from the shed to the neighbour's.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn a_hedge_on_the_asking_or_the_clinicians_belief_is_no_doubt_about_the_answer() {
    run(&[
        (
            "I asked her kind of gently whether anyone at home hits her, and she said no, and I sort of believe her.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "I asked about suicide, kind of straight out, and he said no, never, then sort of talked about his cattle.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I asked about drinking and, kind of predictably, he said none, not a drop.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "I asked whether anyone at home hits her, and she said kind of, sometimes.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn kin_named_in_other_englishes_are_someone_else() {
    run(&[
        (
            "Her brata got stabbed in a fight outside the kava bar.",
            NO,
            &[(Violence, None)],
        ),
        (
            "His carnal overdosed on chiva last week.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her jija is drinking arrack every night.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She is drinking arrack every night with her jija.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn never_after_a_negated_auxiliary_is_one_negation() {
    run(&[
        (
            "She said she ain't never whipped that boy.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "He says he don't never drink on the job.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "It isn't true that she never whipped that boy.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn questions_named_by_their_topic_are_no_disclosure() {
    run(&[
        (
            "\"Nobody hits me,\" Mr. Ames said when I went through the elder abuse questions.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "She answered yes to the elder abuse questions about her grandson.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She said no to the self-harm questions on the screener.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn neg_before_a_category_denies_it() {
    run(&[
        (
            "Neg SI/HI, neg self-harm.",
            DE,
            &[(SelfHarm, Some(D)), (SuicidalIdeation, Some(D))],
        ),
        (
            "Neg self-harm today, neg drugs.",
            DE,
            &[(SelfHarm, Some(D)), (SubstanceUse, Some(D))],
        ),
        (
            "Lots of negative self-talk, and she cut her arm Friday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn anger_at_what_someone_did_is_no_killing() {
    run(&[
        (
            "His wife about killed him when he backed the truck into the fence.",
            NO,
            &[(Abuse, None), (HomicidalIdeation, None)],
        ),
        (
            "He nearly killed her when he pushed her down the stairs.",
            PR,
            &[],
        ),
    ]);
}

#[test]
fn weather_traffic_and_chores_that_kill_are_hyperbole() {
    run(&[
        (
            "She says this heat is fixing to kill them both.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "Says the traffic on the bypass killing her every morning.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He says he is fixing to kill them both.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_crop_farmed_a_workplace_and_high_blood_are_no_use() {
    run(&[
        (
            "He is looking forward to harvesting his miraa after the rains.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He chews miraa every night after the harvest.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He got written up at the gin on Monday.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He drinks gin every night after work.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She gets high blood when the neighbours play loud music.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She gets high when the neighbours play loud music.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn nobody_noticing_the_client_gone_is_a_wish_to_be_dead() {
    run(&[
        (
            "He said what's the point, nobody'd even notice he was gone.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said nobody would notice she was gone.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Nobody would even notice if the old shed was gone.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn the_other_genders_pronoun_inside_a_sentence_is_the_relative_named_before() {
    run(&[
        (
            "Session with Maria. She says her husband gets loud at night. She is tired. She cried. We practiced what to say for when he's been drinking.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Session with Maria. She says her husband gets loud at night. She is tired. She cried. We planned her evenings around when he comes home drunk.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Session with Maria. She says her husband gets loud at night. She is tired. She cried. She said she has been drinking every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_cleft_on_a_relative_makes_the_relative_the_subject() {
    run(&[
        (
            "She's here for herself, the son's the one on the drink.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her older brother is the one been getting in fights at school.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She's the one on the drink, not her son.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He is the one who drinks every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_brand_after_an_amount_is_one_drink_and_a_soft_drink_by_name_is_no_drinking() {
    run(&[
        (
            "I asked about drinking and she said, a Coors on Sunday, that's it.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "I asked about drinking and she said six Coors every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Sleeping five hours, drinking a lot of Dew.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "They just throw rocks at cans and drink Big Red.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She studies at Sonic till midnight drinking route forty-fours.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Sleeping five hours, drinking a lot of beer.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn sleep_that_slips_sets_no_recovery_context() {
    run(&[
        (
            "She has a glass of wine at Christmas, no other drinking, she says. Plan: same dose, and she'll call if sleep slips.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She had a slip in March after a year sober. She has a glass of wine at Christmas, she says.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_cotton_gin_and_knees_worn_out_are_no_risk() {
    run(&[
        (
            "Quit going to church. Quit the coffee crowd at the gin.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He's been at the gin every night since the funeral.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Says these hills are gonna be the death of his old knees.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Says he wishes he were dead.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn cutting_in_on_a_speaker_is_interrupting() {
    run(&[
        (
            "They listened to each other without cutting in.",
            NO,
            &[(SelfHarm, None)],
        ),
        ("He kept cutting in on her.", NO, &[(SelfHarm, None)]),
        (
            "She says she stopped cutting in high school and hasn't since.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "She kept cutting in the bathroom at night.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn a_goal_to_stop_and_a_problem_we_are_on_name_the_problem_treated() {
    run(&[
        (
            "Okay, goal for Mr. Tuilevu is to stop the drinking so he can go back to work. He says he is not drinking, and his wife agrees.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Okay, goal for Mr. Tuilevu is to stop the drinking so he can go back to work. He drank all weekend.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Problem we're on is the self-harm, problem one on her plan. She told me she hasn't cut since last summer.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "Problem we're on is the self-harm, problem one on her plan. She cut again on Friday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn a_reply_planned_for_a_moment_to_come_is_rehearsal() {
    run(&[
        (
            "We talked what to say at the grog session when the boys push him.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
        (
            "At the grog session the boys push him and he falls.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn every_drink_of_a_list_given_up_is_given_up() {
    run(&[
        (
            "He said he stopped the chibuku and the kachasu when he joined the church.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He came because his ma say he must leave the tramadol and the kush or leave her house.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He said he stopped the chibuku, and the kachasu he takes every day now.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Voices telling him to hit his dad came back since he stopped his tablets.",
            PR,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn better_i_die_is_a_death_wish() {
    run(&[
        (
            "Says 'better I die than face the Sacco debt'. Thinking it daily. No plan.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Says it is better he stays with his brother for now.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn neglect_by_a_relative_and_a_dependent_left_soiled_or_unminded() {
    run(&[
        (
            "The old gentleman's nephew who is supposed to check on him hadn't been by since Sunday, so that's neglect and I'm calling it in.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("The nephew is neglecting him.", PR, &[(Abuse, Some(P))]),
        (
            "On arrival, Baba was found in soiled clothing with no food in the room since morning.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The youth reported that no adult has been staying at the house, and that he has been eating chips.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "I find out my man leaving his two small children alone in the camp house whole night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He came in soaked clothes from the rain and ate his lunch.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "No adult in the group had heard of the app.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn the_man_who_talks_to_the_clinician_is_the_client() {
    run(&[
        (
            "The man vex with the town chief over the land palaver and he tell me plain he want kill the chief.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Bula, okay, the old man at Lovoni he told me he wants to drink the paraquat.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The man came back from the landing site and then he beat the wife with a stick, and when I asked him he confirmed it.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The man next door told me he wants to kill the chief.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "I tell you, my man went back to the ghetto Friday night and smoked kush till daybreak.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She told me my man smokes kush every night.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn the_first_punch_poisons_sent_for_and_back_on_a_named_drug() {
    run(&[
        ("Cl threw first punch, per cl.", PR, &[(Violence, Some(P))]),
        ("Client threw the first punch.", PR, &[(Violence, Some(P))]),
        (
            "Kept Ratol tube under pillow, she told. Thinking to eat it after every fight.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She has asked her aburo to bring Sniper so that she may rest from this pain.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She asked her brother to buy rat poison for the rats in the barn.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Stopped by the Hollis place, she's clean off the crank - no, wait, she's back on it, been up three days.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("He is back on it at work, full shifts.", NO, &[(SubstanceUse, None)]),
        (
            "White lightning off a guy on the levee.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "His mamaw says he's been going through her pain pills and there's twenty gone.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He's been going through her paperwork for the pension.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She says she's thought about killing her brother for stealing her pills.",
            PR,
            &[(SubstanceUse, None), (HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn an_elder_hit_by_a_relative_a_threat_to_finish_it_and_money_kept() {
    run(&[
        (
            "Son-in-law hit the lapun with a broom handle. Bruise on the arm.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Son-in-law hit the old man with a broom handle.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "A stranger hit the old man at the bus stop.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
        (
            "His son-in-law hits his married daughter in St. Paul, and he says he feels so ashamed he could die.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "She said the images of smothering a newborn still come most shifts, she has never wanted to hurt a baby.",
            PR,
            &[(HarmToOthers, Some(P)), (Abuse, None)],
        ),
        (
            "He told me he's going to kill the labor contractor who stole his wages if he sees him again.",
            PR,
            &[(HomicidalIdeation, Some(P)), (Abuse, None)],
        ),
        (
            "Her ex keeps texting that he'll drive over and finish what he started.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He wants to finish what he started on the fence.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Mother-in-law is keeping her salary card, not giving one rupee.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn a_drink_never_to_ones_taste_and_a_grandparent_struck() {
    run(&[
        (
            "Also denies drinking, says the white lightning back home was never his thing.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        ("Weed was never her thing, she said.", DE, &[(SubstanceUse, Some(D))]),
        (
            "Says the white lightning back home is his thing now, most nights.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "His mother reports, and the patient confirms, that he struck his Mamaw with a broom handle when she would not hand over her pain pills.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Mzee says he left changaa completely after the church crusade, and the chief confirmed it.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn a_he_in_a_memo_about_a_woman_is_the_one_man_she_named() {
    run(&[
        (
            "Session five with Tonya, in the office. Her husband's been drinking every night since the plant cut his hours. She says she feels tense at home. She denies any thoughts of hurting herself. She is tired but organized. We practiced a boundary script for when he's been drinking. She said she'd try it Friday.",
            DE,
            &[(SubstanceUse, None), (SelfHarm, Some(D))],
        ),
        (
            "Session five with Tonya, in the office. Her husband's been worried about money. She says she feels tense at home. She denies any thoughts of hurting herself. She is tired but organized. She says she's been drinking every night to sleep. She said she'd try it Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Problem: adjustment to her husband's retirement, which she'd say is driving her up the wall. Session three. She says she's fed up. She's sleeping badly. She liked the values work. Adjustment difficulties, with strain from his drinking.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Problem: adjustment to his retirement, which he'd say is driving him up the wall. Session three. He says he's fed up. He's sleeping badly. He liked the values work. Adjustment difficulties, with strain from his drinking.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Session five with Loretta. She says she's sleeping better. She says she's weaving again. I asked about suicide and she said no. Her husband moved his rifles to his brother's place in the spring, so there are no guns in the house.",
            DE,
            &[(SuicidalIdeation, Some(D)), (AccessToMeans, Some(D))],
        ),
        (
            "Session ten, telehealth from his truck at the gin, forty minutes.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "You said the last interview at the gin office about killed you with nerves.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_party_who_just_left_is_not_the_one_who_speaks_next() {
    run(&[
        (
            "When the nurse stepped out he said that if the man who hurt his daughter ever gets out he'll kill him.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "When her mum left the room she said her stepdad hits her.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn weapons_swung_waved_and_threatened_whatever_names_the_person() {
    run(&[
        (
            "He says he'll cut that fellow with his cane knife.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        ("He will cut the grass with the sickle tomorrow.", NO, &[]),
        (
            "Says will kill tonton with the cutlass over the goat.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He had a machete in the truck and was waving it at one fellow at the market.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "In the brawl he swung a golok and the other boy was cut on the leg.",
            PR,
            &[(Violence, Some(P))],
        ),
        ("He swung a machete all afternoon clearing the brush.", NO, &[]),
        (
            "He says he's fixing to put the man who robbed his cousin in the ground.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He said he might hurt the neighbour if he comes on the land again, and then he laughed, but it was not a joking laugh.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "He said he might hurt the neighbour if he comes on the land again, and then he laughed.",
            NO,
            &[(HarmToOthers, None)],
        ),
    ]);
}

#[test]
fn death_called_the_better_thing_places_that_call_and_drowning_untold() {
    run(&[
        (
            "Says cannot work anymore, better to die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She'd say it's better to die at home than in the hospital.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She says it would be better if she died.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He said he wants to go join the ancestors.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He said his grandfather joined the ancestors last spring.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She says the river keeps calling her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        ("Her mother keeps calling her at work.", NO, &[]),
        (
            "Found at the lake with her pockets full of stones.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said she wanted to walk into the sea and not come back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He tied a bedsheet to the window bars last night, staff found him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn drugs_by_local_names_naloxone_after_a_collapse_and_drinks_named_after_no() {
    run(&[
        (
            "He's back on the ice, not sleeping.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("He's back on the ice for hockey practice.", NO, &[]),
        (
            "On the goon every night this week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Two weeks of sabu with his mates.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Ngelem with the other boys most days.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Fell out in the gas station bathroom and a stranger had Narcan.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her roommate collapsed and she gave him Narcan.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Buys tramadol at the market every week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She is taking the tablets from the clinic for sleep as prescribed.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He drinks no palm wine now.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He drinks no beer since the baptism.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She stopped drinking the coffee in the afternoon.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn abuse_told_by_plain_acts_and_fresh_wounds_where_people_hurt_themselves() {
    run(&[
        (
            "Her parents married her off last month to a man of fifty.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He admitted he whipped his son with a belt.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The girl says her uncle touches her at night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("She touches her hair when she is nervous.", NO, &[]),
        (
            "Her nephew has been cashing her pension checks.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Seven years old, nobody home most nights, eats cereal for supper.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Nobody home most nights since his wife died, he eats alone.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "New burns on her forearm this week, she did them with a cigarette.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "New burns on her forearm from the oven at work.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn screening_fragments_answered_no_hedges_in_questions_and_other_senses() {
    run(&[
        (
            "Screened today. Hurting self. No. Sleeping better.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        ("Hurting self. Yes, last week.", PR, &[(SelfHarm, Some(P))]),
        (
            "I asked him whether he ever kind of wishes he were dead, and he said no, never.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I asked him whether he ever kind of wishes he were dead, and he said maybe.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Stable, violence and use risk low.",
            NO,
            &[(Violence, None), (SubstanceUse, None)],
        ),
        (
            "Sorry, one minute, the bus is cutting, she said she sleeps better.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She cried and said thank you, Bong.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "The anniversary of his brother's death hit him hard this week.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She says the anniversary hit her hard and she has been cutting again.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He said he'd rather die than get picked last for kickball again.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn answers_in_other_tongues_reported_clauses_corroboration_and_dreamed_methods() {
    run(&[
        (
            "Her sister came to tell me Dale is back on the crank.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "I asked if he hit anyone at the market, and he said no, and the grand frère confirmed it.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "I ask him want to die or not, he say sonde, sonde.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "SI tidak, HI tidak.",
            DE,
            &[(SuicidalIdeation, Some(D)), (HomicidalIdeation, Some(D))],
        ),
        (
            "I asked about the suicide thoughts and he says no, never.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "He has suicide thoughts most nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Say he nah tek a drink since Easter.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Nah, he's been drinking every night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "I asked about tej and areke, and he told me he takes nothing.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Dreamed she was walking into the sea with her pockets full of stones.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She said she'd be happy enough not to wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He was keen to get back on the horse after the fall.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_hedge_inside_the_asking_qualifies_the_question() {
    run(&[
        (
            "I asked her, because of what her sister hinted at last time, whether he's ever hurt her, and she said no, flat out.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "I asked her straight whether she ever sort of wishes she wouldn't wake up, and she said no, not once.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I asked him whether he ever kind of wishes he were dead, and he said maybe.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her sister hinted he's hurt her, and she said no, flat out.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn family_hyperbole_laughed_at_but_never_a_threat_over_leaving_and_caribbean_concord() {
    run(&[
        (
            "Says his mamaw will kill him if he wrecks the truck again. Grinning.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He said she's going to kill him if he forgets her birthday again, and then they both laughed.",
            NO,
            &[(Abuse, None), (HomicidalIdeation, None)],
        ),
        (
            "He says he'll kill her if she leaves, and they both laughed.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She said he'll kill her if she talks back, and she laughed nervously.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She say she nah have no thoughts of ending it, and she nah hurt herself neither.",
            DE,
            &[(SuicidalIdeation, Some(D)), (SelfHarm, Some(D))],
        ),
        ("Him say him nah go hurt nobody.", DE, &[]),
        (
            "He says he'll kill her if she goes to the police, and laughed.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She said she's fixing to kill him if he leaves his muddy boots on the porch again, and they both laughed.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_summary_to_the_client_owns_its_burden_wish_unless_someone_said_it_to_them() {
    run(&[
        (
            "You told me that some evenings you feel your family would be better off without you.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "You think the children would be happier without you around.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Your husband shouted that the children would be better off without you.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She thinks her son would be better off without her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn weapon_threats_and_chases_are_violence_outside_the_family_and_abuse_inside_it() {
    run(&[
        (
            "Threatened the night manager w/ a box cutter at closing.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He chased two boys from the estate with a machete on Sunday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He chased the goats out of the garden with a stick.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He threatened his wife with a kitchen knife on Friday.",
            PR,
            &[(Abuse, Some(P)), (Violence, None)],
        ),
        (
            "He brought a hunting knife to school in his backpack.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He waits for his sister at the bus stop with his bike.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Says he will bash the referee's head in after the match.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
    ]);
}

#[test]
fn telegraphic_passives_and_neglect_told_by_what_was_withheld() {
    run(&[
        (
            "Boy slapped by stepfather, bruise on cheek.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("Pt kicked by husband last night.", PR, &[(Abuse, Some(P))]),
        (
            "Toddler not fed for two days while mum was out.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "No one is feeding the kids when she works nights.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Grandfather found alone without his insulin for three days.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She was not given food until the anaesthetist cleared her.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn self_injury_told_by_a_tool_on_a_bare_body_part_and_charting_shorthand() {
    run(&[
        (
            "Burning thighs with a lighter most nights.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Burned her forearm with the curling iron by accident before school.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "New cuts R forearm, self inflicted.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Scratches L wrist, self-done, since the weekend.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn pills_taken_with_drink_or_on_the_sly_and_too_many_at_once() {
    run(&[
        (
            "She takes codeine with vodka to get to sleep.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He's been sneaking his nan's painkillers from her handbag.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He takes his tramadol with food, and he has no alcohol at all.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He took too many of the capsules at the party and could not breathe properly.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He told me, laughing a bit, that he takes xanax with beer before his shifts.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She quit rum and gin completely last year.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn wishing_to_be_where_the_dead_are_or_to_rest_without_end() {
    run(&[
        (
            "Since her husband died she keeps saying she wants to go where her husband is.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He wants to go where his brother is, in Leeds, for the summer.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She is tired of it all and wants to rest for good.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He wants to rest for a week at his sister's after the move.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_gun_readied_and_held_or_readied_after_a_farewell_is_preparatory() {
    run(&[
        (
            "He loaded his rifle last night and sat with it in his lap till dawn.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He loaded the thirty-thirty and sat with it for an hour in the truck.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He loaded the rifle and sat in the deer stand for an hour.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She wrote a letter to her son and then took out the pistol.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He wrote a note to his boss and cleaned his rifle for the season.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn an_asking_carried_on_by_about_and_a_topic_opened_are_answered() {
    run(&[
        (
            "Asked about cutting. No. About wanting to be dead. No, goodness, no.",
            DE,
            &[(SuicidalIdeation, Some(D)), (SelfHarm, Some(D))],
        ),
        (
            "Asked about cutting. No. About wanting to be dead. No, well, sometimes.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Asked about drinking, he said he stopped the cider after Easter.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Asked about drinking, he said he stopped for a week but started again.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "I opened the subject of self-harm and she said never.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "I raised the topic of drinking and he said he had six cans last night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn names_own_and_relatives_clauses_say_whose_it_is() {
    run(&[
        (
            "She loved the Wat Si Saket temple fair with her cousins.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        ("Denies SI.", DE, &[(SuicidalIdeation, Some(D))]),
        (
            "She is using the adapted spoon on her own now.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He's been using the belt on her again.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He keeps going on about the man that stabbed his brother.",
            NO,
            &[(Violence, None), (HomicidalIdeation, None)],
        ),
        (
            "He stabbed a man outside the pub.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Grief since his cellie overdosed in the unit.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn drinking_as_what_the_work_is_on_is_a_topic_not_a_use() {
    run(&[
        (
            "This week we looked at the drinking and the nightmares.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "We are working on his drinking and his temper.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Sunday lunch at the club is when the drinking used to start.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Mood and drinking both well managed since the last review.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "We looked at the drinking, eight pints a night since Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "We looked at the drinking, which was worse again this week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn words_glossed_as_not_about_dying_are_taken_back_but_a_deathly_gloss_is_not() {
    run(&[
        (
            "He said he was 'ready to walk into the sea' over the tax bill, then laughed and said he meant he'd had enough of the paperwork.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Her sister heard her say she wanted to disappear. She says she meant go back to Lagos for a while, not die.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She said she was 'ready to jump', then laughed and said she meant off the bridge.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He said he wants to die, and said he meant it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said she wanted to disappear, and said she meant she wants to sleep forever.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn an_abuser_denied_by_what_he_is_not_or_by_trust_and_a_partner_turned_out() {
    run(&[
        (
            "Asked if Dave is ever rough with her, she laughed, 'he's a moaner, not a brute.'",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Asked about anyone taking her money or being rough with her, she said her niece does her shopping and she'd trust her with her life.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Asked if he is ever rough with her, she said yes, when he has had a drink.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She says she'd kick him out in a heartbeat if he ever raised a hand.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "She says she'd kick him in the shins if he ever raised a hand.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
    ]);
}

#[test]
fn a_wound_named_in_an_accident_is_the_accidents() {
    run(&[
        (
            "Seen after he fell off the scaffold, with a cut above the eye that was stitched.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "After the crash she had a cut on the chin and a sore neck.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She showed me a cut on her arm after the fall-out with her mum.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He says the cut on his wrist was from a fall, but he did it deliberately.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn a_relatives_blows_told_in_the_passive_are_abuse_whatever_stands_before_by() {
    run(&[
        (
            "Beaten with a cane by her uncles last month.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He was badly beaten by his brother on Sunday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He was beaten up by a stranger outside the bar.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
        (
            "She said she will go by her sister if the thoughts come back.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn blows_landing_on_the_head_are_not_a_game_won() {
    run(&[
        (
            "Her husband is beating her at the level of the face when he drinks.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("He beat his brother at chess.", NO, &[(Violence, None)]),
    ]);
}

#[test]
fn a_note_opening_on_the_woman_or_the_man_acting_speaks_of_its_client() {
    run(&[
        (
            "The young man overdosed on Friday and was revived with naloxone.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "The woman swallowed rat poison last night.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "The man next door overdosed on Friday.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn fighting_a_person_is_blows_and_a_dispute_or_the_noun_is_not() {
    run(&[
        (
            "He fought a bouncer outside the club on Saturday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She fought her ex for custody all last year.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He fights me on every rule at home.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He fought the guard with a knife on Sunday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He denies any wish to fight his roommate.",
            DE,
            &[(Violence, Some(D)), (HarmToOthers, None)],
        ),
        (
            "I asked about the fight his cousin mentioned, and he denies hitting anyone.",
            DE,
            &[(Violence, Some(D)), (HarmToOthers, None)],
        ),
    ]);
}

#[test]
fn a_laugh_about_a_blow_already_struck_takes_nothing_back() {
    run(&[
        (
            "He punched a coworker on Monday and he is laughing about it.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He dreamed he pushed his boss off a roof and woke up laughing about it.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn going_back_after_a_stretch_sober_is_a_relapse_unless_it_is_to_work() {
    run(&[
        (
            "She had a year sober and went right back to the chang after the funeral.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He had two years sober and went back to work at the mill.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn warning_signs_named_by_what_is_given_away_researched_or_bought() {
    run(&[
        (
            "He gave away the horses and his saddle last week.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She gave away the old clothes to charity.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        ("He gave his dog a bath.", NO, &[(SuicidalIdeation, None)]),
        (
            "She has been looking up how long a person can survive in freezing water.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He read about how long the medicine lasts.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He bought a bottle of dimethoate and says he will drink it when the house is empty.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He sits in the truck at night with his forty-five in his lap.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn rest_from_life_itself_is_a_death_wish_and_from_city_life_is_not() {
    run(&[
        (
            "She said she is tired and wants to rest from this life.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wants a rest from the city life.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn where_or_with_whom_to_live_is_not_whether() {
    run(&[
        (
            "She doesn't want to live with her stepdad anymore.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He doesn't want to live out on that ranch much longer.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She doesn't want to live anymore.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She doesn't want to live with the guilt.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn neither_nor_denies_once_and_coffee_by_the_gallon_is_no_drink() {
    run(&[
        (
            "He takes neither khat nor beer, and his wife confirmed it.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He has been drinking a great deal of coffee and cola.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn who_the_note_is_about_through_asides_descriptions_and_couple_work() {
    run(&[
        (
            "Ruby, the niece I've been seeing for school refusal, has been cutting her thighs again.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He told me, and this is a man who goes to church every Sunday, that he has been sitting in the barn with the rifle in his lap.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The son-in-law, and I'm not one to complain, leaves her sitting in a wet brief all day.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The husband declares that he drinks palm wine every evening and drives home in that state.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn injecting_with_company_or_in_a_toilet_is_use_and_an_injection_given_is_not() {
    run(&[
        (
            "She was injecting with her boyfriend behind the bus station.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "The nurse was injecting with her gloves on.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_dependent_habitually_beaten_or_an_elder_locked_in_is_abuse() {
    run(&[
        (
            "Their granddaughter, who lives with them, is beaten when the chores are not done.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her son is beaten up at school most days.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Her son has been locking Mrs. Okafor in the back bedroom.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Mr. Hatfield locks his tools in the shed.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn marks_up_both_arms_are_self_injury_and_burns_from_an_accident_are_not() {
    run(&[
        (
            "Scratches up both forearms. Paperclip.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He burned both hands when the boiler went up.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Scratches on both arms from the cat.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She burned her arm with a lighter when her mum was out.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn a_correction_that_swaps_a_phrase_reads_as_the_corrected_sentence() {
    run(&[
        (
            "He said he'd stab the manager, sorry, the supervisor, if he got fired again.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She asked how much of the poison for the slugs, sorry, the weedkiller, it takes for a grown woman.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He denies thoughts of hurting his dad, sorry, his stepdad.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
        (
            "He asked how much of the weedkiller it takes for the whole garden.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_clause_listed_after_a_denial_with_its_own_subject_is_out_of_its_reach() {
    run(&[
        (
            "Denies suicidal thoughts, also no self-harm, plus she is drinking a bottle of wine every night.",
            PR,
            &[(SubstanceUse, Some(P)), (SuicidalIdeation, Some(D))],
        ),
        (
            "Denies drinking, also no drugs, plus no gambling.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn a_wish_after_a_comma_keeps_the_sentences_subject_not_the_subordinate_clauses() {
    run(&[
        (
            "Client says nothing matters since her mum died, wants to go to sleep and not wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Cl. says life has no taste since his wife left, wants to sleep and never wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Client says she is calmer since her brother moved out, wants to start college.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn no_one_noticing_ones_absence_and_a_wreck_wished_with_oneself_inside_are_death_wishes() {
    run(&[
        (
            "He told me nobody would even notice if he was gone.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Says she wishes the ferry had sunk with her on board.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Nobody would notice if the printer was gone.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She wishes the ferry had left without her.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_death_named_in_the_sentence_before_gives_a_wish_to_join_its_context() {
    run(&[
        (
            "Her husband passed in the spring. She says she wants to join him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her husband moved to Leeds in the spring. She says she wants to join him.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_blow_upside_the_head_or_a_weapon_taken_to_a_person_is_violence() {
    run(&[
        (
            "He knocked a man upside the head with a pool cue last night.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She took a hammer to his car, then to him.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She took a hammer to the old shed, then to the fence.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He turned the table upside down looking for his keys.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_poison_kept_for_a_named_occasion_is_a_plan() {
    run(&[
        (
            "He keeps the paraquat in the shed, and if the debts come due he'll drink it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He keeps the paraquat in the shed, and if the weeds come back he'll spray it.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn blows_burns_hunger_and_soiled_beds_a_carer_inflicts_are_abuse() {
    run(&[
        (
            "Six-year-old. Says dad hits with the belt when he wets the bed.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The stepdad held the boy's hands on the hot stove for lying, and both palms are burned.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "If he doesn't finish the chores he doesn't get supper, the grandmother says.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her dad left alone all weekend, sheets soiled, nobody checked.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Says he'll call immigration on her if she tells anyone.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She put her hands over the stove to warm them.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "If he doesn't finish his homework he doesn't get screen time.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Sheets soiled overnight, the nurse changed them at six.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn regional_drinks_and_drugs_are_named_use() {
    run(&[
        (
            "Takes yama pills most nights to stay up driving.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He has been drinking white liquor every night since the layoff.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_dream_that_is_the_occasion_of_a_waking_thought_does_not_hold_it() {
    run(&[
        (
            "Some nights when the nightmares come he thinks about using the rifle on himself.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He had a nightmare where he used the rifle on himself.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn screens_named_together_with_a_negative_result_flag_nothing() {
    run(&[
        (
            "Progress on the goal, abuse and suicide screens negative.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He says his son hits him when he asks for his pension.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn kind_of_after_a_determiner_is_a_noun_phrase_not_a_hedge() {
    run(&[
        (
            "I asked about killing himself, and he said, \"No, I ain't never had them kind of thoughts.\"",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I asked about killing himself, and he said he kind of has, some nights.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn train_times_asked_beside_a_burden_are_method_research() {
    run(&[
        (
            "He says he is only a burden on his daughters now, and he asked me what time the coal train comes through the crossing.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He asked me what time the train comes through, he is meeting his daughter at the station.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn means_a_clause_after_them_places_with_a_relative_are_out_of_reach() {
    run(&[
        (
            "Asked about the shotgun, she says it's at her brother's now, and she denies thoughts of shooting herself.",
            DE,
            &[(AccessToMeans, Some(D)), (SuicidalIdeation, Some(D))],
        ),
        (
            "He keeps the shotgun in the truck, and it's loaded.",
            NO,
            &[(AccessToMeans, Some(P))],
        ),
    ]);
}

#[test]
fn a_coupe_coupe_is_a_machete_and_this_small_boy_is_the_client() {
    run(&[
        (
            "Says will kill tonton with the coupe-coupe over the goats.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "This small boy, eight years, he told me he wants to go to where his father is, and his father died in the spring.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "This small boy, eight years, he told me he wants to go to where his father is working, in Douala.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_short_line_that_opens_on_a_bare_kin_word_acting_names_the_person_seen() {
    run(&[
        (
            "Grandmother saying 'better I die now, then everyone is free.' Saying it every visit.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Son drinking palm wine daily since the layoff. Fell off the bike coming home. Admits it.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Husband drinks every night, she says, but she does not drink.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn a_spliced_correction_quotes_the_words_kept_without_the_blanks() {
    let r = read("He says he will kill the landlord, sorry, the neighbour, over the fence.");
    assert_eq!(r.polarity, PR);
    assert!(
        r.findings
            .iter()
            .any(|f| f.quote.contains("kill the neighbour")),
        "{:?}",
        r.findings
    );
    assert!(r.findings.iter().all(|f| !f.quote.contains("  ")));
}

#[test]
fn a_drink_given_up_keeps_its_modifier_in_the_list() {
    run(&[
        (
            "He quit the beer and the white liquor when his son was born.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He drinks the white liquor his cousin makes, most nights.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn an_assault_on_someone_named_by_role_with_words_before_the_role() {
    run(&[
        (
            "On Saturday he hit a bus conductor with a beer carton because of the change.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He attacked an okada rider with a cutlass in the go-slow on Friday.",
            PR,
            &[(Violence, Some(P))],
        ),
        ("He beat a market trader at chess on Sunday.", NO, &[]),
        (
            "He says he would never hit a bus conductor, whatever they charge.",
            DE,
            &[(Violence, Some(D))],
        ),
    ]);
}

#[test]
fn a_beating_with_an_instrument_is_abuse_of_the_one_beaten() {
    run(&[
        (
            "Eleven. Mom's boyfriend whooped him with an extension cord last week.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her brother whooped them all at checkers on Sunday.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_hanging_begun_or_a_self_burning_is_an_interrupted_attempt() {
    run(&[
        (
            "Tore his bedsheet, tied it to the window grill last night, the warden cut him down.",
            PR,
            &[(SuicidalIdeation, Some(P)), (SelfHarm, None)],
        ),
        (
            "Last week she poured kerosene on herself in the yard, her mother-in-law took the matches.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        ("They tied the rope to the mango tree for the children's swing.", NO, &[]),
        ("She poured kerosene on the firewood to get the stove going.", NO, &[]),
    ]);
}

#[test]
fn going_over_thought_of_at_a_height_is_ideation() {
    run(&[
        (
            "She said, kind of quietly, that last week she drove out to the Memorial Bridge and sat there thinking about going over, and I think she stayed maybe an hour.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She is thinking about going over to her sister's on Sunday after the bridge club.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn every_pill_taken_to_be_done_and_means_kept_in_case() {
    run(&[
        (
            "Sixteen. Says she could take all Big Mama's pressure pills and be done with it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He bought weedkiller at the market 'in case things do not get better'.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He keeps the rat poison in the shed in case the rats come back.",
            NO,
            &[],
        ),
        (
            "Says he's tired of being a burden, and he bought a rope at the farm store.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        ("He bought a rope at the farm store for the goats.", NO, &[]),
        (
            "Says he's tired of being a burden on the family. Bought a rope at the farm store. Won't say what for.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_wish_to_follow_the_dead_said_with_the_burial() {
    run(&[
        (
            "Since the burial she is not eating, she wants to follow her husband.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wants to follow her husband to the capital when his contract starts.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_drink_gone_back_to_and_drinking_by_the_clock() {
    run(&[
        (
            "He has gone back to the cream ale, a twelve-pack most nights, after eight months sober.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He has gone back to work after eight months sober.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "The son told me he drinks it from the morning now, since the diagnosis.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("She drinks chamomile tea every night to sleep.", NO, &[]),
        ("He drinks two litres of water daily for his kidneys.", NO, &[]),
        (
            "He drinking cane juice from morning time since the rubber price fell.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("She drinks sugarcane juice every morning at the stall.", NO, &[]),
    ]);
}

#[test]
fn an_urge_said_to_be_bad_beside_self_harm_and_a_head_struck_on_purpose() {
    run(&[
        (
            "No new cuts, but the urge is bad, every day she says.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "No new cuts and no urges this week.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "She said she hit her head on the post till she saw stars, because she had it coming.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He hit his head on the cupboard door while unpacking.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_voice_telling_him_to_cut_someone_and_an_overdose_found() {
    run(&[
        (
            "Pt says the voice tells him cut the neighbour with the machete.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        ("The voice tells him to cut his hair short.", NO, &[]),
        (
            "Smokes opium daily; two weeks ago too much, his brother found him not breathing.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her father was found not breathing in his chair last winter.",
            NO,
            &[],
        ),
        (
            "Her son uses heroin; last month she found him blue in the bathroom.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn another_persons_tablets_of_any_kind_taken_are_misuse() {
    run(&[
        (
            "Her aunt told me she is taking her sister-in-law's thyroid tablets to lose weight.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Misuse of someone else's medicine plus laxatives, medical risk high.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She said the misuse of someone else's medicine stopped when she moved out.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She is taking her dad's heart tablets to the pharmacy for him.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_line_opening_on_says_has_the_client_as_the_one_who_threatens() {
    run(&[
        (
            "Says if the man that sold his boy the pills comes back up the holler he'll kill him. Said it twice.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Her son says if the man comes back he'll kill him.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn morning_shakes_beside_daily_drinking_and_beer_by_the_pack() {
    run(&[
        (
            "Lost his job at the mine. Mbamba daily. Tremor AM.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Fine tremor in the mornings since the lithium went up.",
            NO,
            &[],
        ),
        (
            "He's back on the Old Style, a thirty-pack over the weekend, then drove to the casino.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her husband drinks more than he used to, she says, a six-pack most nights.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "No drinking. But thinking about driving off into the canyon. Most days.",
            PR,
            &[(SuicidalIdeation, Some(P)), (SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn rape_the_green_too_spent_to_fight_and_dying_for_a_wanted_thing() {
    run(&[
        ("Sleeping better, eating kapenta and rape with the children.", NO, &[]),
        (
            "She was raped by her uncle when she was nine, she told me today.",
            NO,
            &[(Abuse, Some(H))],
        ),
        ("Says he's too wore out from the mine to fight anybody anyhow.", NO, &[]),
        (
            "He says he's too drunk to care, he'll fight anybody who looks at him.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Says she's gonna die if she doesn't get into nursing, like, dramatic, and she laughed.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_noun_phrase_set_off_after_a_name_is_that_person_again() {
    run(&[
        (
            "Mr. Jelani, a man from the longhouse, says he drinks every evening.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her father, an old fisherman from the coast, says he drinks every evening.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn a_dropped_g_marked_by_an_apostrophe_is_the_ing_word() {
    run(&[
        (
            "Asked her straight about thoughts of hurtin' herself, and she said, 'no ma'am, not one time.'",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "He's been drinkin' every night since the layoff.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She said, 'I been on heroin' since June.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He say he ain' drink nothin' since Junkanoo, and his wife agree.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He drinks nothing but beer, a case a day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn kin_words_of_other_tongues_name_relatives_and_a_dropped_g_stays_lower_case() {
    run(&[
        (
            "I ask if somebody at home hit him, he says no, only his manman shout sometimes.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Says her bampi is going to kill her when he hears she failed maths.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_relative_held_somewhere_is_the_subject_and_regional_machete_spellings() {
    run(&[
        (
            "His big brother's locked up in Amarillo for stabbing a guy at a party, that's mostly what we talked on.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He say if the boy touch his sister again he will kill him with the machèt, and he mean it.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He chased the neighbour with a matchet last night.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn an_elders_income_taken_by_kin_and_a_dowry_demanded_is_no_question() {
    run(&[
        (
            "Pt, elder, reports grandson took whole PFD check, sells his caribou for bootleg money.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("She cashed her pension check at the post office on Friday.", NO, &[]),
        (
            "Her neighbor's nephew has been cashing the old lady's checks, she told me.",
            NO,
            &[],
        ),
        (
            "Wife is telling husband's family is asking more dowry, and mother-in-law is keeping her salary card, not giving one rupee.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "I asked about money worries and whether anyone is keeping her bank card; she said no.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "He whipped his little girl with an extension cord, he admitted it.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn a_kill_over_a_small_matter_is_hyperbole() {
    run(&[
        (
            "Her boyfriend's fixing to kill her if she leaves, she says.",
            PR,
            &[],
        ),
        (
            "Mom's fixing to kill me over the report card, she said, laughing.",
            NO,
            &[],
        ),
        (
            "You told me your roommate's fixin' to murder you for leaving the lamp on till three.",
            NO,
            &[],
        ),
        (
            "He says he's gonna kill her for what she did to his brother.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_short_dictated_question_that_is_the_mention_takes_its_answer() {
    run(&[
        (
            "Asked him alone. Hurting himself? 'No ma'am.' Fidgety, giggly, good eye contact.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "Cutting? Yes, last night, on her thigh.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Drinking? Every night, she says.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_stated_intent_to_cut_a_person_is_harm_meant_but_cutting_someone_off_is_not() {
    run(&[
        (
            "Knife found in his bag, says he was finna cut the boy that jumped his cousin.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "Threatened a cellmate with a sharpened spoon, said he will cut him.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Says he is gonna cut him off if he keeps calling at night.",
            NO,
            &[],
        ),
        (
            "She's going to cut her hair short before the wedding.",
            NO,
            &[],
        ),
        (
            "He's worried the band will cut him if he keeps missing the count-in.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_person_put_through_a_wall_or_chased_with_a_weapon_is_violence() {
    run(&[
        (
            "'I put that boy through the drywall at the lodge Saturday,' his words.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He take the coupe-coupe and chase the neighbour, the gendarmes came.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He put the shelf through the drywall with a drill on Saturday.",
            NO,
            &[],
        ),
        (
            "He took the bat and went to practice with the team.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_killing_threatened_with_a_sabre_is_a_killing_with_a_weapon() {
    run(&[
        (
            "He say if he see the man who shoot his brother he will kill him with the sabre.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He said his boss is going to kill him with the overtime this month.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn harm_seen_in_the_minds_eye_is_an_intrusive_harm_thought() {
    run(&[
        (
            "You told me, 'I see myself dropping her over the railing, and it makes me sick.'",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She pictures herself hurting the baby when he cries at night.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She can see herself going back to work in the spring.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn wanting_to_be_with_the_dead_in_heaven_is_passive_ideation() {
    run(&[
        (
            "Wrote in his journal he wants to go to sleep and stay with his abuelita in heaven.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She believes her abuelita is resting with the angels in heaven now.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn pidgin_no_like_is_not_wanting() {
    run(&[
        (
            "She said she no like wake up anymore, 'I pau already, Aunty.'",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said no, like, she sleeps fine and wakes up rested.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_mothers_man_is_a_step_parent_and_his_touch_is_abuse_of_the_child() {
    run(&[
        (
            "The girl, eleven years, she say the man of her mother touch her at night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She says the man of her mother drives her to school every morning.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn young_children_alone_at_home_for_days_or_unfed_are_neglected() {
    run(&[
        (
            "Her and her little brother alone at the house since Friday, nothing to eat but noodles.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The mother leave the two small ones alone in the house all day, plus no food.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She was alone at the house since Friday and enjoyed the quiet.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn prescription_drugs_without_a_prescription_or_their_named_misuse_are_misuse() {
    run(&[
        (
            "He is taking Lyrica from a pharmacy without prescription, eight capsules a day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "I think this is pregabalin and tramadol misuse.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She buys vitamin D without prescription at the market.",
            NO,
            &[],
        ),
        (
            "Alcohol use disorder, in early remission, AUDIT three.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn crack_moonshine_and_drink_hidden_in_a_soft_drink_bottle_are_use() {
    run(&[
        (
            "'I smoke piedra every visiting day,' he say, laughing like is nothing.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Drinking shine out of a mason jar every night since the layoff, a pint or better.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She's been drinking vodka out of a Mountain Dew bottle before first period.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("The sun was shining on the porch while we talked.", NO, &[]),
    ]);
}

#[test]
fn a_topic_dictated_as_a_phrase_then_a_bare_answer_is_a_denial() {
    run(&[
        (
            "Killing herself, no. Hurting herself, no.",
            DE,
            &[(SuicidalIdeation, Some(D)), (SelfHarm, Some(D))],
        ),
        (
            "Thoughts of suicide, of hurting herself, no and no.",
            DE,
            &[(SuicidalIdeation, Some(D)), (SelfHarm, Some(D))],
        ),
        (
            "Mike ever hurt her or scare her, no, never, just checked out.",
            DE,
            &[],
        ),
        (
            "Guaro, he say, no more since the Easter.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        ("She cut again, no, twice.", PR, &[(SelfHarm, Some(P))]),
        ("She cut again, no?", PR, &[(SelfHarm, Some(P))]),
    ]);
}

#[test]
fn tea_and_other_soft_drinks_of_the_region_are_no_alcohol() {
    run(&[
        (
            "Drinks like four iced teas a shift to stay up.",
            NO,
            &[],
        ),
        (
            "She drinks shahi haleeb all night on shift.",
            NO,
            &[],
        ),
        (
            "He drink the attaya with the old men until late.",
            NO,
            &[],
        ),
        (
            "I asked about dying or hurting herself, and she said, mais non, cher, too much gumbo to stir.",
            DE,
            &[],
        ),
    ]);
}

#[test]
fn the_act_told_as_did_it_with_a_blade_after_a_place_and_a_day_is_self_injury() {
    run(&[
        (
            "Said no cutting at school, and she did it at home Tuesday with a pencil sharpener blade.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "No cutting at school, and she did it at home Tuesday with her mom, the baking.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn a_plain_no_to_a_question_put_to_the_client_is_not_overruled_by_the_net() {
    let with_net = |memo: &str| assess_memo_with(memo, &split_clauses(memo), true);
    for memo in [
        "I asked her if her husband is hitting her, and then she said no, he is a good man, and then she showed me the honey he bought for her.",
        "When I asked if the voices tell him to hurt people, he said, 'No, doctor, the voices only talk about my father.'",
    ] {
        assert_eq!(with_net(memo).polarity, Polarity::Denied, "{memo}");
    }
    // An answer that qualifies its "no" ("not yet", "some nights") stays for the net.
    let memo = "She's not suicidal, no, she said, she just hopes some nights a truck hits her on the road.";
    assert_eq!(with_net(memo).polarity, Polarity::Present, "{memo}");
}

#[test]
fn a_thing_followed_by_its_phrases_is_the_subject_and_a_written_out_character_no_death() {
    run(&[
        (
            "She said the zigni of her daughter-in-law is killing her, too much berbere, and we laughed.",
            NO,
            &[],
        ),
        (
            "She went to the drama up at Sugarloaf and cried when they killed him off.",
            NO,
            &[],
        ),
        (
            "He says he had an overdose of hotdish at his ma's funeral lunch, ha.",
            NO,
            &[],
        ),
        (
            "She said the husband of her sister is killing her slowly, he beats her every night.",
            PR,
            &[],
        ),
        (
            "He had an overdose of his mother's sleeping pills on Sunday.",
            PR,
            &[],
        ),
    ]);
}

#[test]
fn regional_names_of_drugs_and_spirits_are_read_in_use_and_in_denial() {
    run(&[
        (
            "He say no kif, no mahia, nothing since Ramadan.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "No porro, no merca, only mate, I swear.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He smokes mota every night after work.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Taryak every evening since his father died, the wife says.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Doesn't drink, doesn't smoke, 'ni la mota', she says.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Asked about mota, he said nada, ni una caguama since Easter.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He say he stop the kleren, not one drop since Kanaval.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Goal is to present in seminar at Ganja State University without panic.",
            NO,
            &[],
        ),
        (
            "He smokes ganja at the State fair every summer.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
    let with_net = |memo: &str| assess_memo_with(memo, &split_clauses(memo), true);
    // A telling after the "no" is left to the net.
    let memo = "Said no when I first asked about suicide, then near the end she told me she'd looked up how many of her mama's pills it would take.";
    assert_eq!(with_net(memo).polarity, Polarity::Present, "{memo}");
}

#[test]
fn could_kill_said_in_exasperation_is_not_kept_by_a_later_with_or_actually() {
    run(&[
        (
            "She said, \"I could kill Kyle when he sleeps through the crying,\" then said he's actually great with Owen on weekends.",
            NO,
            &[],
        ),
        (
            "She said she could kill him with her bare hands and she would actually do it.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Said he could kill that farmer who ran over his dog, and then, quiet like, that he's thought how he'd do it, on the lane.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn thoughts_to_die_and_a_head_shaken_are_read() {
    run(&[
        (
            "Asked: thoughts to die? She says no, she has the baby to run after.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "She has thoughts to die most nights since the fire.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Thoughts of ending it? Shakes head, not me, hun, I got the grandkids Sundays.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "She has been shaking her head at the news all week.",
            NO,
            &[],
        ),
        (
            "About hurting himself, I think he was quite clear, no, never, he is a believer.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "About the drinking, yes, most nights, no food with it.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn letters_to_each_child_beside_a_stockpile_or_a_gift_of_means_are_goodbyes() {
    run(&[
        (
            "He has been saving up his sleeping tablets and wrote a letter to each of his daughters.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Last month she handed her shotgun to her son-in-law and wrote a note to each grandchild.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She wrote a card to each of her grandkids for Christmas.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_wish_to_be_with_the_dead_named_by_name_or_drowned_is_passive_ideation() {
    run(&[
        (
            "Her brother drowned in the spring and she wants to be with him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Since Marek died she says she wants to go be with Marek, the sooner the better.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "After the funeral she wants to be with her cousins at the lake.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_strike_called_better_than_shelter_is_a_wish_to_die() {
    run(&[
        (
            "He says why bother with the shelter, better a missile finds me.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She was frightened when the missile hit the building next door.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_gathered_supply_thought_of_all_at_once_is_a_method() {
    run(&[
        (
            "Has been saving her diazepam in a tea tin. She thinks to take all at once after the holidays.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He takes all his vitamins at once with breakfast.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn more_than_the_prescriber_said_is_misuse() {
    run(&[
        (
            "Valium. Takes more than doctor said, gets extra from a cousin.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("She takes exactly what the doctor said, no more.", NO, &[]),
    ]);
}

#[test]
fn a_plan_that_ends_over_the_edge_is_a_method() {
    run(&[
        (
            "Says the plan is to take the bike up to the quarry on Sunday and go over the edge.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She went over the edge of the pool on her bike and laughed about it.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_dependent_left_for_days_without_food_is_neglect() {
    run(&[
        (
            "He was left alone in the flat three days, no food, until the warden came.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He went three days without food on the fishing trip when the boat broke down.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn regional_spirits_and_synthetic_cannabinoids_are_drink_and_drugs() {
    run(&[
        (
            "Rakija every morning before his shift, the foreman smells it.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Samogon from the village, most nights.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Bonzai again this week, his brother brought him in.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He denies any rakija or samogon since the summer.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn a_poison_said_to_be_for_oneself_and_a_bare_verb_of_drinking_it() {
    run(&[
        (
            "She bought rat poison at the market, first said for the mice, then said no, it's for her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Last week she drink the bleach, the neighbour took her to casualty.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She bought rat poison at the market, it's for the barn.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn dozens_of_tablets_at_once_and_an_insulted_stranger_jumped() {
    run(&[
        (
            "He buys cough tablets and takes thirty at once to feel floaty.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("She takes two at once with water.", NO, &[]),
        (
            "He jumped some jerk outside the arena after the game and bust his lip.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn a_relapse_weighed_a_drink_naming_a_workplace_and_war_news_are_no_risk() {
    run(&[
        (
            "He understands the risk of relapse if he stops going to meetings.",
            NO,
            &[],
        ),
        ("She works nights at the whisky distillery.", NO, &[]),
        (
            "Still shaken after the missile strike on the market.",
            NO,
            &[],
        ),
        (
            "I'm driving back over the bridge, so this will be short.",
            NO,
            &[],
        ),
        (
            "His crew were cracking beers on the dock; he had a soda and went home.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He relapsed on Friday after a fight with his wife.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_soft_drink_as_the_whole_answer_and_use_before_admission_are_denials() {
    run(&[
        (
            "I asked about alcohol, she said only kompot.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He was drinking heavily before his admission; now, he says, nothing since June.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn a_numbered_or_listed_problem_from_the_plan_is_the_condition_treated() {
    run(&[
        (
            "Problem two from the plan is anxiety and drinking since the divorce. He denies any drinking this month.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Problem: Dana, forty, panic, drinking and debt. She says no alcohol since May.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Problem: Dana, forty, panic, drinking and debt. She drank every night this week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn a_fall_from_a_height_a_step_before_traffic_or_a_crash_meant_is_an_attempt() {
    run(&[
        (
            "She leapt from the third floor balcony of the flats on Saturday.",
            PR,
            &[(SuicidalIdeation, Some(P)), (SelfHarm, Some(P))],
        ),
        (
            "Last week he threw himself in front of a bus on the ring road.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He drove his pickup into the quarry wall on purpose, he told the nurse.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "At the party he jumped off the roof into the pool and broke his toe.",
            NO,
            &[],
        ),
        (
            "She jumped out of the window to escape the fire and hurt her ankle.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn no_promise_to_be_safe_a_denial_taken_back_and_one_injury_for_another_are_disclosures() {
    run(&[
        (
            "He can't promise he'll stay safe this weekend.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said no to suicidal thoughts, then admitted they visit her most evenings.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He denied self-harm, but later admitted to scratching his legs on Sunday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He stopped cutting in the spring, he bangs his head instead.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She denied SI and later admitted to drinking on Friday.",
            PR,
            &[(SuicidalIdeation, Some(D)), (SubstanceUse, Some(P))],
        ),
        (
            "Took a couple of extra tablets on Monday to make it all stop.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn finishing_oneself_waiting_for_death_and_a_home_burned_with_people_inside_are_read() {
    run(&[
        (
            "Last month he tried to finish himself with the tablets of his wife.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She eats little, says she is only waiting for death to take her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She is waiting for the death certificate before she can close the account.",
            NO,
            &[],
        ),
        (
            "He talks about setting fire to his brother's flat with the whole family inside.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        ("He wants to burn the old shed down before winter.", NO, &[]),
    ]);
}

#[test]
fn children_left_without_food_and_an_adult_asking_a_child_for_pictures_are_abuse() {
    run(&[
        (
            "Her partner has been leaving the twins with nothing to eat while she is on nights.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her stepdad messages her late at night and keeps asking for private pictures.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her grandmother asks for photos of the school concert every week.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_wish_to_vanish_for_good_death_welcomed_and_final_arrangements_are_read() {
    run(&[
        (
            "She keeps wishing she would simply disappear and never come back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He is not afraid of death now, he says he would welcome it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She has been making her final arrangements and giving things to her sister.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He would welcome it if his landlord fixed the heating.",
            NO,
            &[],
        ),
    ]);
}

#[test]
fn a_denial_narrowed_to_the_plan_leaves_the_thoughts_disclosed() {
    run(&[
        (
            "He denies suicidal thoughts, no, sorry, he denies only the plan.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She denies any plan and any thoughts of suicide.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn a_prescription_drug_of_another_taken_by_its_street_name_is_misuse() {
    run(&[
        (
            "Been taking her sister's perks most nights to get to sleep.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He admits he's been popping a couple of Grandpa's norcos after work.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A supply kept is not use.
        (
            "Her late husband's tablets are still in the bathroom cabinet.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn pills_taken_with_death_as_the_purpose_are_an_attempt() {
    run(&[
        (
            "She took a strip of her mum's tablets meaning to die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // The purpose denied in its own clause.
        (
            "He took the two tablets to calm down, not to die.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_perfect_tense_cut_is_the_act() {
    run(&[
        (
            "She has cut again since Sunday, on her upper arm.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He has cut his hours at the warehouse to three days.",
            NO,
            &[(SelfHarm, None)],
        ),
        // Cutting in line is no injury.
        (
            "He loses his temper in the canteen queue when somebody cuts.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn a_supply_put_by_for_a_readiness_left_unsaid_is_preparation() {
    run(&[
        (
            "Hoarding his sleeping tablets in a biscuit tin, about a fortnight's worth. For when he's ready, he said.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // A plan of therapy kept for later is no supply.
        (
            "She is on her tablets as prescribed. We will save the trauma memories for when she's ready.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_dictated_pause_does_not_cut_the_scene_from_the_thought() {
    run(&[
        (
            "Says he parks by the viaduct... most evenings now... thinks about going over.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her son died in the spring. Says... she is only waiting to go to him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The quarry road. He slows down there and thinks... just pull over, jump.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // Going in to work after a bridge is crossed.
        (
            "He crossed the bridge on foot. Then he thought about going in to work late.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_height_visited_to_judge_the_drop_is_rehearsal() {
    run(&[
        (
            "Walked out to the headland on Saturday to see how high the drop was, then went home.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "We walked up the hill to see how far the view went.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_death_given_to_god_now_or_help_asked_to_die_is_a_passive_wish() {
    run(&[
        (
            "She told me the Almighty can take her whenever He likes, she's had enough.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He begged his nurse twice whether she could help him along.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She asked me to help her along with the housing forms.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Her faith is strong and she trusts the Lord to look after her.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_burden_told_then_its_condition_as_a_fragment_is_a_death_wish() {
    run(&[
        (
            "Says it would be a relief for his kids. If he just wasn't around anymore.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She worries about the kids. If she wasn't around, who would do the school run.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn earnings_taken_by_the_one_she_lives_with_are_financial_abuse() {
    run(&[
        (
            "Her boyfriend pockets her pay packet every Friday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her husband takes her salary every month for his brothers and she has nothing for food.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He keeps his wages in his own account now.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn weapons_turned_on_a_person_in_fragments_are_violence() {
    run(&[
        (
            "Stuck a lad in the leg with a screwdriver over twenty quid.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He smashed a jar, a big pickle jar, over a man's head at the market.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "His uncle's old machete, he pulled it on a kid at the bus stop.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "They stuck the kids in the back of the van for the trip.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_knife_seen_entering_a_child_is_an_intrusive_harm_image() {
    run(&[
        (
            "Every time she chops onions she sees the knife going into her toddler, and it terrifies her.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She pictured the knife going into the cake and laughed.",
            NO,
            &[(HarmToOthers, None)],
        ),
    ]);
}

#[test]
fn ended_watches_lapsed_papers_and_a_strangers_push_are_no_risk() {
    run(&[
        (
            "She was stepped down off suicide watch on Monday and is sleeping better.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "His car insurance lapsed in June and he is worried about money.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He says a man from the next wing shoved him in the yard and he walked off.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn driving_intoxicated_told_by_the_test_is_risky_use() {
    run(&[
        (
            "The guards pulled him over on the N4 and he was well over the limit.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Breath-tested at a checkpoint, blew point one one, licence suspended.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Stopped at the checkpoint with the wine in her blood, one point two per mille.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She went over the limit on her overdraft again this month.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn inhalants_street_fentanyl_and_drunk_similes_are_use() {
    run(&[
        (
            "Caught huffing paint thinner behind the gym again.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She says she only smokes fent on weekends now.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Turned up to the match tight as a tick and started a row.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn an_overdose_of_a_medicine_or_a_poison_drunk_is_self_poisoning() {
    run(&[
        (
            "She had a deliberate overdose of her sertraline on Sunday night.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Gogo says he swallowed the Rattex from the kitchen on Monday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        // An accident is substance use, not self-harm.
        (
            "Grandad overdosed on his heart pills by mistake last week.",
            PR,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn talk_of_drinking_a_named_poison_is_a_method() {
    run(&[(
        "Keeps talking about drinking the paraquat if the harvest fails.",
        PR,
        &[(SuicidalIdeation, Some(P))],
    )]);
}

#[test]
fn counted_soft_drinks_and_a_row_of_words_only_are_no_risk() {
    run(&[
        (
            "She drinks four teas a day and nothing stronger.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She drinks four pints a day and nothing else.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He got into it with the foreman about overtime, only words, nobody touched anybody.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_threat_to_bring_a_weapon_to_school_and_punishments_of_dependants() {
    run(&[
        (
            "Told his form tutor he will bring his uncle's pistol to school on Monday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Her stepmother makes the kids stand in the yard in the cold when they talk back.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Grandpa is locked in the back room and fed once a day, the neighbour says.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She lost her phone for a week as punishment for lying.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn commands_after_a_pause_sedation_to_quieten_and_a_death_welcomed_from_outside() {
    run(&[
        (
            "The voices again... telling her to stab the landlord. She says she won't.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "Her son gives her extra sleeping pills so she'll stay in bed and not bother him.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The night nurse gives him extra fluids so he'll sleep better.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "He keeps thinking, what if a truck just hits me on the way home, it would be a relief.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "What if the train is late, it would be fine, we'd get a taxi.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn intent_told_as_a_fragment_after_an_injury_and_going_weighed_as_better_for_all() {
    run(&[
        (
            "Scalded her forearm with the kettle. Deliberately, she says.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Broke the neighbour's front window. On purpose, he says.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Kept saying it's better if she goes, then everyone will be free.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Says it's better if he just walks into the sea and never comes back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She thinks it's better if she goes to the later class, then everyone can sleep in.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_going_with_and_never_come_back_is_the_going_wished() {
    run(&[(
        "She says she will go into the lake and never come back.",
        PR,
        &[(SuicidalIdeation, Some(P))],
    )]);
}

#[test]
fn a_person_dry_for_a_time_is_abstinent() {
    run(&[
        (
            "He's been dry since the wedding, he says, not a drop.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She's dry since the new year.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "The creek has been dry since July and the cattle are suffering.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn farewells_affairs_in_order_keepsakes_given_and_the_world_without_one_not_grief_work() {
    run(&[
        (
            "She's been giving her houseplants and her books away to the neighbours.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He has been saying his goodbyes to his friends from the darts team.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said goodbye to everyone at the office because she is retiring in March.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Told me he's made his peace and his will is sorted.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She made her peace with her sister at Easter after years apart.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He said the world would keep spinning without him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "With the empty chair she said goodbye to her grandfather in Welsh.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She has made her peace with her diagnosis, her will is sorted, and she is enjoying her garden.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn threats_told_as_burying_sorting_out_revenge_lists_and_running_down() {
    run(&[
        (
            "Says if the ex shows his face again he'll bury him.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She'll bury her mother on Friday, the funeral is at the chapel.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "He's going to sort the bailiff out, he says, he's got a bat in the van.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He wants to sort the garden out this weekend with his dad.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Says he's gonna handle the lads from the estate that jumped his cousin.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He has a hit list of teachers on his phone.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "Keeps imagining running his ex down in the supermarket car park.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She's always running her sister down to her friends.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_thing_that_needs_cutting_is_no_injury() {
    run(&[
        (
            "The hedge needs cutting and he says he'll get round to it on Sunday.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "She needed stitches after cutting her thigh on Sunday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn access_to_a_relatives_guns_is_means_present() {
    run(&[
        (
            "He still has access to his uncle's rifles on the farm.",
            NO,
            &[(AccessToMeans, Some(P))],
        ),
        (
            "The rifles are kept at his uncle's now, out of the house.",
            NO,
            &[(AccessToMeans, Some(D))],
        ),
    ]);
}

#[test]
fn negates_as_a_calque_of_niega_is_a_denial() {
    run(&[(
        "Asked directly, he negates drinking cachaça since the festival.",
        DE,
        &[(SubstanceUse, Some(D))],
    )]);
}

#[test]
fn a_drug_untouched_or_declared_over_and_a_glass_drunk_socially() {
    run(&[
        (
            "She swears she hasn't touched the crack since she got out in May.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He's touching the weed again most weekends.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "The booze is finished for her, she says, ten weeks now.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Drinks socially, a glass or two of wine at christenings.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn a_hope_not_to_wake_is_a_passive_wish() {
    run(&[(
        "Drinks till he blacks out most nights, hoping not to wake.",
        PR,
        &[(SuicidalIdeation, Some(P))],
    )]);
}

#[test]
fn bare_verbs_of_hitting_and_fighting_count_only_as_denials() {
    run(&[
        (
            "Asked about the grandkids. No smacking, no belt, daughter agrees.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "His teacher says he is not fighting at break any more.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "No wish to kill, no wish to hurt, he just wants the council to act.",
            DE,
            &[(HomicidalIdeation, Some(D)), (HarmToOthers, Some(D))],
        ),
        (
            "He hasn't hit the gym since March and hasn't fought the parking fine either.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She's not fighting the diagnosis anymore, she's accepted it.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He denies thoughts of killing his landlord, he just wants the deposit back.",
            DE,
            &[(HomicidalIdeation, Some(D))],
        ),
        (
            "They went to the fair and didn't fight about money for once.",
            NO,
            &[(Violence, None)],
        ),
        (
            "They talked about the bills without fighting, a first.",
            NO,
            &[(Violence, None)],
        ),
        (
            "I did not push further on the trauma today.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

/// "hasn't cut since Thursday" presupposes a cut on Thursday: a recent act, so current. A
/// time that only counts from the last contact or lies months back stays a denial.
#[test]
fn not_since_a_recent_point_tells_the_act_happened() {
    run(&[
        (
            "She hasn't cut since last Thursday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He hasn't used since, well, since Labor Day, and that was two weeks ago.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She hasn't cut since last session.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "He hasn't used since last summer.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

/// The determiner "no" negates nouns; a past-tense verb with its object after a comma is a
/// telegraphic clause of its own.
#[test]
fn a_determiner_no_stops_before_a_later_deed() {
    run(&[
        (
            "ER consult, no sleep, paranoid, grabbed a nurse, nurse bruised.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "No SI, no HI, no plan.",
            DE,
            &[(SuicidalIdeation, Some(D)), (HomicidalIdeation, Some(D))],
        ),
    ]);
}

/// "former" before a person describes the person; it does not date the act.
#[test]
fn former_before_a_person_dates_the_tie_not_the_act() {
    run(&[(
        "He told me he intends to follow his former boss home and kill him.",
        PR,
        &[(HomicidalIdeation, Some(P))],
    )]);
}

/// A team's "our guy" is the client it shares.
#[test]
fn our_guy_is_the_client() {
    run(&[(
        "Our guy admits he's been spending his grandmother's pension on the pokies.",
        PR,
        &[(Abuse, Some(P))],
    )]);
}

/// Pills hoarded from a relative are the hoarder's means, and a purpose told as its own
/// sentence right after a hoard is a preparatory act; a purpose after savings is not.
#[test]
fn a_hoard_of_anothers_pills_and_its_purpose() {
    run(&[
        (
            "Been stockpiling his nan's percs in a sock. Says for when it gets too much.",
            PR,
            &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))],
        ),
        (
            "She's saving for a holiday. Says for when it gets bad.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

/// Acts whose deadly purpose is told after a comma, and method research on a named method.
#[test]
fn purposes_and_methods_said_plainly() {
    run(&[
        (
            "She swallowed her mother's whole box of Xanax on Sunday, wanted to die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He googled how deep the reservoir is, how long to drown.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She looked up the helium method last night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She bought rat poison, says is for the mice, then cries and says is for her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

/// "To assault" takes a person whatever role names them; the client as the one assaulted is
/// no violence by the client.
#[test]
fn an_assault_on_anyone() {
    run(&[
        (
            "Assaulted a ticket inspector on the train Friday, no remorse.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Assaulted by her uncle as a child.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

/// A dry spell told only to say it ended is a relapse; giving the grog away is giving it up.
#[test]
fn dry_spells_ended_and_given_away() {
    run(&[
        (
            "She'd been dry since Christmas, but she went back on the cider last week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He's given the grog away since his daughter was born.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

/// "do someone in" and "finish" a person are to kill them, said as a will or a want; a
/// "finish" glossed in the next sentence as "finish with him" ends a tie, not a life.
#[test]
fn slang_for_killing_a_person() {
    run(&[
        (
            "He swears he'll do his brother-in-law in when he gets out.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She wants to finish her stepfather, she says.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Says he wants to 'finish' his uncle over the land.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "She wants to finish her degree before the baby comes.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "The night shifts do her in.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "His wife says he'll 'finish' the brother. I asked if he wants to kill his brother and he said no, he meant finish with him, stop talking to him.",
            DE,
            &[(HomicidalIdeation, Some(D))],
        ),
        // Scare quotes no longer hide a word; "jump" with a name after it is an attack on that
        // person, not a leap.
        (
            "A kid said Jayden was going to 'jump' Ty after the game.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She said she was going to jump off the Tamar Bridge.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said she was going to jump Friday night when he's at work.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

/// Cannabis cones and a bottle of spirits named by its size.
#[test]
fn cones_and_bottles_by_their_size() {
    run(&[
        (
            "Cones every night with his cousins.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Drank most of a mickey of rye before the game.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Bought ice cream cones for the kids at the beach.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

/// A child left in a vehicle, or children with no adult at home, is neglect.
#[test]
fn children_left_without_an_adult() {
    run(&[
        (
            "He left the toddler in the van outside the bottle shop for forty minutes.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "No adult stays home overnight, the boy minds his little sisters.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "They left the kids with their grandma for the weekend.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

/// Imagining going off with a means of death and not returning is implied ideation; a
/// correction that names the phrase it takes back swaps that phrase only.
#[test]
fn going_off_with_a_means_and_not_returning() {
    run(&[
        (
            "She keeps imagining walking out to the quarry with his pills and not coming back.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He pictures taking the rifle up the hill and not coming back, sorry, not the rifle, the shotgun.",
            PR,
            &[(SuicidalIdeation, Some(P)), (AccessToMeans, Some(P))],
        ),
        (
            "He dreams of moving to Portugal and never coming back.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

/// Work, documents and things in words of risk: eased out of a job, a lapsed visa, a crack
/// in a mug, art used to cope, the soft drink chosen instead.
#[test]
fn everyday_words_that_sound_like_risk() {
    run(&[
        (
            "She feels she's being pushed out after the merger.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
        (
            "His visa lapsed in March and he is waiting on the appeal.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "The mug she made has a crack in it.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Her goal is using music to calm down before bed.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She wrote a list of what she'll drink instead at parties, like soda water.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

/// A remark on how the question was asked, after a bare answer, leaves the answer standing;
/// a remark that tells a new answer does not.
#[test]
fn a_remark_after_a_bare_answer() {
    run(&[
        (
            "Anyone hitting her at home, no, asked with her partner out of the room.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Cutting, no, asked again and she said yes.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Cutting, no, checked her arms and found fresh cuts.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Drinking, no, per her mum she was drunk on Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A sentence that ends on a comma right after the answer.
        ("Self-harm, no, per", DE, &[(SelfHarm, Some(D))]),
        ("Self-harm, no,", DE, &[(SelfHarm, Some(D))]),
    ]);
}

/// A craving for a drug is no use of it, unless the sentence tells it gave way to use; a
/// denied craving stays a denial.
#[test]
fn a_craving_is_not_use() {
    run(&[
        (
            "We worked on his cravings for meth since he moved back home.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Cravings for meth and used twice this week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Denies cravings for heroin.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

/// A blow struck at "a man" or "a guy" (an indefinite person) is violence; a game won is not.
/// A sanction for fighting tells a fight in telegraphic notes too.
#[test]
fn blows_at_an_indefinite_person_and_sanctions() {
    run(&[
        (
            "His PO says he punched a guy outside the stadium on Saturday, and he didn't deny it.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Adjudicated for fighting on the wing last week.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He beat a man at chess in the day room.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Two lads in his year got suspended for fighting.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

/// An act told in the simple past and then denied "since" in the same sentence is over; an
/// act that "hasn't stopped since", or another deed denied since, leaves it standing; "at
/// fourteen hundred" is an hour, not an age. The drink chosen instead of alcohol is no
/// drinking.
#[test]
fn acts_over_since_and_hours_not_ages() {
    run(&[
        (
            "She burned her wrist at college and says she hasn't done it since.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "She cut her arm on Saturday and the urges haven't stopped since.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She cut her arm last Tuesday and hasn't done it since.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She cut her thigh in October, nothing since.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He hit her two weeks ago and he says he hasn't done it since.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "His wife got a protection order after he hit her in October, and he says he hasn't been near her since.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "At fourteen hundred he punched his roommate in the face over the remote.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "At the wake he chose to drink ginger beer instead.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

/// Wishing to join someone who has died is a wish to be dead; wishing to be with a living
/// relative is not.
#[test]
fn wishing_to_join_the_dead() {
    run(&[
        (
            "Her husband died in May. She says she wants to go and be with him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her mum is in hospital and she wants to be with her at the weekend.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

/// An attack with a weapon told as a swing or as going for someone is violence, in
/// self-defence too; a swing at a ball is not.
#[test]
fn swinging_and_going_for_someone_with_a_weapon() {
    run(&[
        (
            "He got jumped outside the chippy and he swung back with a bottle.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He broke a bottle and went for the barman's brother over a debt.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He swung the bat and hit a home run, first of the season.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

/// A family's programme praising a drinker's sober days, a clean appearance, a pot of coffee
/// and strong tea given up are no substance use or abstinence of the client's.
#[test]
fn sober_days_praised_and_clean_appearance() {
    run(&[
        (
            "We practised rewarding the sober days, as the CRAFT manual suggests.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He was clean, a bit thinner than in the summer, trousers too big now.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She's been drinking a whole pot of coffee to stay awake for exams.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Since he stopped drinking strong tea at night he sleeps better.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He says he's been clean since March.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

/// Spanish "nada" answers a topic list, with an emphatic tail ("ni una cerveza") and
/// another's agreement after it; an answer taken back later in the sentence is no denial.
#[test]
fn nada_answers_a_topic_list() {
    run(&[
        (
            "Alcohol, weed, anything, 'nada, ni una cerveza,' her husband agrees.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Alcohol, weed, anything, 'nada,' but then she admitted a joint on Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Drinking, no, no more than six cans a night.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

/// A screen not done is no answer; contamination fears and panic symptoms that "can't hurt
/// him" are no violence or harm.
#[test]
fn screens_not_done_and_panic_lessons() {
    run(&[
        (
            "I didn't get to a suicide screen today, I'll do it next time.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She can't touch the railings without washing her hands right after.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
        (
            "He said for the first time he believed the symptoms can't hurt him.",
            NO,
            &[(HarmToOthers, None), (Violence, None)],
        ),
        (
            "Suicide screen negative today.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

/// Telegraphic lines: a line that opens on its verb keeps the relative named in the line
/// before; a card or a pension held through another's possessive ("his mother's debit card")
/// is still money controlled.
#[test]
fn subjectless_line_keeps_the_relative_before() {
    run(&[
        (
            "Her grandson moved in last spring. Cashes her pension checks.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She is careful with money. Cashes her checks on Fridays.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Grandson moved in. Has his nana's bank card and her account is empty.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// Suicidal acts and thoughts told without the words: a means judged quick, a poison put by
/// "for himself", going over a railing, charcoal bought with tape to seal a room, her own
/// death met with relief; near misses of each stay none.
#[test]
fn suicidal_acts_told_without_the_words() {
    run(&[
        (
            "He keeps thinking the bridge would be quick.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She thinks the exam would be easy.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Mixed antifreeze into a juice bottle Sunday, meant for herself, but didn't drink it.",
            PR,
            &[(SuicidalIdeation, Some(P)), (SubstanceUse, None)],
        ),
        (
            "He bought a weed whacker and some rope for the garden.",
            NO,
            &[(SuicidalIdeation, None), (SubstanceUse, None)],
        ),
        (
            "A man grabbed her at the bridge rail; she says she was going over.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She was going over the budget with her husband.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He bought charcoal and duct tape and plans to seal his bedroom.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He bought charcoal for the family barbecue.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He said if his heart just stopped tonight, at least the fighting would end.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "If she quit her job, at least she could rest.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Told her son she won't be around for turkey at Christmas.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

/// An abuser who "tried again" lately makes old abuse current; a threat in the main clause
/// after "if the landlord throws him out" is the client's, the "him" of the if-clause being
/// the client.
#[test]
fn abuse_tried_again_and_conditional_threats() {
    run(&[
        (
            "Her uncle touched her when she was small. Tried again at the reunion last month.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She tried again last week to call her sister.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "If his boss fires him, he'll shoot him, he told me.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

/// Substance use in shorthand: a peer-support note's bare "Peer" is the client, two street
/// drugs named together, meth slang with a binge, cans a night, an opioid brand taken extra;
/// "a peer at group", a grumpy "crank" and cola by the can stay none.
#[test]
fn substance_shorthand() {
    run(&[
        (
            "Peer used meth twice this week.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "A peer at group used meth this week.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Weekends: molly and ket at festivals.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Crank again, up four days straight.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her father is a bit of a crank about politics.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Six tins a night since the layoff.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("Two cans of cola a day.", NO, &[(SubstanceUse, None)]),
        (
            "Took extra Norco for three days.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Dad hits keiki with a slipper when he's mad.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// Answers in a note's shorthand: a topic's quoted "no" after its colon, one "no" for a whole
/// list ("No to all"), a mention negated in its own words before "and" and another topic's
/// qualified answer; a "yes" in the quote or an exception keeps the use.
#[test]
fn shorthand_answers_to_topics_and_lists() {
    run(&[
        (
            "About self-harm: 'No, never, I just go for a run.'",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "About drinking: 'Yes, most nights, two or three.'",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Pills, drinking, weed? No to all, he wants the scholarship.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Pills, drinking, weed? No to all except a few beers on Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "When I ask you, you say you have no thoughts of ending your life, and you don't drink more than before, just a glass of wine sometimes.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "The problem we work on is her drinking. She says not a drop for five months now.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

/// Ordinary words that look like risk: clean clothes, mate and other soft drinks given up, an
/// ice climber back on the ice, a spouse who "dragged him" to a festival, a rated low risk to
/// others, and a hedge that closes its own phrase before a denial; a drag by the hair stays.
#[test]
fn ordinary_words_that_look_like_risk() {
    run(&[
        (
            "Her sari was clean and pressed.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "She stopped drinking yerba mate after lunch.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Goal is ice climbing again, to get back on the ice at the park by spring.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Back on the ice again, three days awake.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "His daughter dragged him to the county fair on Saturday.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
        (
            "He dragged her to the car by her hair.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Risk to others and to self low at present.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "Quiet, tired maybe, no smell of alcohol.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

/// What a goal names, a drink poured for others, a wound on the head and a verb whose
/// subject stands behind "your words": none of them is the client's current risk.
#[test]
fn goals_cues_head_wounds_and_quoted_parentheses() {
    run(&[
        (
            "Goal two on her plan: Dana wants to 'stop getting into fights at school.' She said no fights since March.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "He said the cravings hit hardest when the beer was passed around.",
            NO,
            &[(SubstanceUse, None)],
        ),
        ("He said he drank the beer that was passed around.", PR, &[(SubstanceUse, Some(P))]),
        ("Alert, tearful, small cut above her eyebrow from the fall.", NO, &[(SelfHarm, None)]),
        ("Quiet, a small cut on her thigh, fresh.", PR, &[(SelfHarm, Some(P))]),
        ("You said the night shifts are, in your words, killing you.", NO, &[(HomicidalIdeation, None)]),
        ("He has been taking Captagon to study.", PR, &[(SubstanceUse, Some(P))]),
    ]);
}

/// A couple's quarrel topic or the reason a client came names the problem worked on and yields
/// to the memo's own account of current use; a court order's name is no abuse told; a topic
/// put as a question is answered by the next sentence's "no"; a short day name is no person.
#[test]
fn quarrel_topics_orders_questions_and_short_days() {
    run(&[
        (
            "They fight most weekends over her drinking. She says she stopped drinking in March, and he agrees.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "They fight most weekends over her drinking. She drank all Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He came in because his boss told him he was drinking too much. He says he quit in June, not a drop since.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She has had no contact since the protection from abuse order was served.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Weed, coke? 'No, never, not my thing.'",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        ("Plan: walk the ward with the nurse Thurs.", NO, &[(Violence, None)]),
    ]);
}

/// Denials in a clause's tail: a list put first with "I asked" and a plain no after it, a
/// drink "not for me" in quotes, and an act "but not anymore"; an exception after the no and
/// "no more than" keep the use.
#[test]
fn denials_in_a_clause_tail() {
    run(&[
        (
            "Hookah, ketamine, stuff like that, I asked, and she said no, never, her mum would go spare.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Hookah, ketamine, I asked, and she said no, only ketamine at one party.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        ("She said the vodka at those parties is 'not for me.'", DE, &[(SubstanceUse, Some(D))]),
        (
            "He smoked weed a few times at college but not anymore.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        ("He drinks most nights, but no more than two.", PR, &[(SubstanceUse, Some(P))]),
    ]);
}

/// Readings probed for false reassurance: a part granted after a "no" (said or quoted), an act
/// of last weekend "but not now", the drug's "ice" by a lake, a denial of drugs under a
/// problem of drinking (or of drinking under drugs) and a self-inflicted cut on the face keep
/// the risk.
#[test]
fn probes_that_must_keep_the_risk() {
    run(&[
        (
            "Asked about weed, she said no, only on weekends.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Pills, weed? No, only at parties.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He drank heavily last weekend but not now.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He's back on the ice, smoking it at the lake house.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "They argue every night about his drinking. He denies any drug use.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Problem: alcohol use. He denies any drug use.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Problem: opioid use. He denies drinking.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "They argue about her cutting. She denies self-harm thoughts today.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "About weed: 'Nope, just weekends.'",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Fresh cut on her forehead, self-inflicted, she says.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

/// Words of the trade and of the chart: going over a ship's side, pressed "blues" bought from
/// a man, burn marks on a side's limb, marks made with a curling iron, a West African gin;
/// "the blues" of low mood and "over the edge" of temper stay none.
#[test]
fn words_of_the_trade_and_the_chart() {
    run(&[
        (
            "Deckhand says he'll jump over the side on the crossing tonight.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He said he would go over the edge if the boss shouted again.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Blues from a dealer by the bus station, four days straight.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He's had the blues all week, talked to a guy at church about it.",
            NO,
            &[(SubstanceUse, None)],
        ),
        ("Cut marks R thigh, two fresh.", PR, &[(SelfHarm, Some(P))]),
        (
            "Marks on her wrist; she says she did them with her hair straighteners.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Kai-kai every evening, a full bottle.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

/// Risk told by its circumstances: others doing fine without her, an armed visit thought of,
/// a place and a rope, train times asked with a burden near, a poison bought and hidden,
/// crystal taken, a weapon pulled or stuck into a man, a partner's threat to finish an assault,
/// a child's cord marks; the same words about phones, rum, timetables, mice, glasses and work
/// stay none.
#[test]
fn risk_told_by_its_circumstances() {
    run(&[
        (
            "She keeps saying the kids would do fine without her.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said the kids would do fine without the new phone.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He keeps thinking about going round to his brother-in-law's place with his shotgun.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "He went over to his mate's house with a bottle of rum.",
            PR,
            &[(HarmToOthers, None)],
        ),
        (
            "She talks about driving out to the quarry with the rope.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Says she's a burden now, and asked what time the night trains come through.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He asked what time the trains run to the city.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Bought rat poison on Monday and hid it; says there's no point to life.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He bought rat poison for the barn mice.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Smoking crystal again since the breakup.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She bought crystal glasses for the wedding.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Had a machete in the car and pulled it on a man at the lights.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He stuck a man with a shank in the yard.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Her ex texted that he'll come back and finish what he started.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her boss told her to finish what she started.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "The boy has cord marks on his legs.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// Old marks on a charted limb are history; Tok Pisin "kaikai" is food; a quoted no that
/// only names a feeling ("only sad") is still a no.
#[test]
fn old_marks_food_and_feelings_after_a_no() {
    run(&[
        (
            "Old burn marks R forearm, from her teens.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Eating a little kaikai, sleeping poorly.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "About hurting anyone: 'No, no, I am not angry, only tired.'",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
    ]);
}

/// Carbon monoxide in a shed with a van running is an interrupted attempt; a van running in
/// the yard is not.
#[test]
fn carbon_monoxide_in_a_shed() {
    run(&[
        (
            "His son found him in the tractor shed, doors shut, the van running.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The van was running in the yard while he loaded the shed.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

/// A walk into water as what one is fixing to, or might as well, do; over the side of a boat
/// as a wish; not a walk in the river to fish, nor going overboard with the decorations.
#[test]
fn water_walked_into_with_an_intent_frame() {
    run(&[
        (
            "She's fixing to walk into the bayou tonight, she says.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He might as well wade out into the sound, he keeps saying.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Says she wouldn't mind going overboard off the ferry some night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "They're fixing to walk in the river to fish for trout Saturday.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

/// A prayer to be taken is a passive wish to die; a prayer for care is not. A life called
/// long enough, a sleep with no waking, a place among the dead: the same wish.
#[test]
fn prayers_to_be_taken_and_lives_long_enough() {
    run(&[
        (
            "Every night she prays God takes her in her sleep.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He prays God takes care of his daughter overseas.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He says he has lived long enough.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She has lived long enough in Leeds to know the buses.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Would like to fall asleep and not wake, she says.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Says she'd be better off in the churchyard with her husband.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

/// How many pills it would take, with no treatment purpose after it, is lethal-dose research,
/// a phone's history being no past of the client's; sealed letters for each child are a
/// goodbye written.
#[test]
fn lethal_counts_and_sealed_letters() {
    run(&[
        (
            "Browser history: how many of her sleeping tablets it would take.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Asked how many tablets it would take to get his pressure down.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She asked the pharmacist how many tablets it would take for her migraine.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Looked up how many of the pills it would take for him to die.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Sealed letters for each of the grandkids in the desk drawer.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

/// Evidence said to contradict a denial tells the use; a list of drugs one is off since a
/// time, and a seller passed by, are abstinence.
#[test]
fn denials_overturned_and_lists_given_up() {
    run(&[
        (
            "Denies using. The tox screen says otherwise, and he admits it when shown.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Off the grog and the yarndi since Easter.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Walked past the bottle shop without stopping, first time in years.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

/// A risk the clinician rates low is a formulation, not a disclosure; a hedge opening one
/// item of a list does not reach a later item; a hedge between subject and verb leaves the
/// subject the doer.
#[test]
fn ratings_and_hedges_in_their_place() {
    run(&[
        (
            "Risk of violence at home is low at present.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Calm, maybe a bit guarded, fair eye contact, no signs of intoxication.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Her grandson has maybe been cashing her pension checks.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

/// Telegraphic notes drop the article before a person struck; "asst." does not end the
/// sentence; "the old man" opening a note of old age is the client.
#[test]
fn bare_role_objects_and_the_old_man() {
    run(&[
        (
            "Punched shift supervisor at the depot Tuesday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Pt hit a care asst. at the home with his cane.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "The old man struck the nurse with his walking frame during his wash.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "He wants to hit his shift leader with a spanner.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
    ]);
}

/// A blow struck back with something held, a thing broken over a head, a stabbing told as
/// "stuck", a blade waved at someone: all violence; a bill someone is stuck with is not.
#[test]
fn blows_with_things_held() {
    run(&[
        (
            "He swung back at the bouncer with a pool cue.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Smashed a pint glass of cider over the other lad's head.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Stuck a guy outside the chipper.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Stuck a man with the bill for the taxi.",
            NO,
            &[(Violence, None)],
        ),
        (
            "Had a machete in the car and was waving it at a guy in the car park.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

/// A case of beer at one go or a twelve-pack nightly is heavy drinking; drink one is full of
/// is intoxication, a truck full of it is not; a street drug "again", injecting told alone,
/// and "back on the P" are use.
#[test]
fn cases_of_beer_and_drugs_told_short() {
    run(&[
        (
            "Put away most of a thirty-rack at the lake Saturday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "A twelve-pack a night of beer on the porch.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Ran his boat onto the sandbar full of shine.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "The truck was full of beer for the wedding.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Percs again. Two a day off a guy at work.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Using brown, injecting, since spring.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Back on the P, no sleep since Friday.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

/// Marks of an implement on a body are abuse; hurting oneself "just to feel it" is
/// self-injury; a grandmother by her Afrikaans name is a person struck; a parent's "kill" over a
/// small fault is hyperbole, and so is a child's "die" laughed off.
#[test]
fn marks_feelings_family_names_and_hyperbole() {
    run(&[
        (
            "Belt marks across the boy's back, new since Monday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Burnt her wrist with a lighter. 'Just to feel something.'",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Punched his ouma for her pension money.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She figured Mum was gonna kill her over the plate she broke.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "'I'm gonna die if we have to sing that again,' she said, giggling.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

/// A poison one feels like drinking stays ideation when a plan is denied after it (the drink
/// word is the substance rule's, not the ideation's); a threat glossed as meaning to kill is
/// homicidal ideation, killing time is not.
#[test]
fn a_poison_wished_with_no_plan_and_a_threat_glossed() {
    run(&[
        (
            "He said he feels like drinking the paraquat, but he has no plan.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "'Gut him like a fish.' Means kill, he says.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "Says the crosswords are how he means killing time on nights.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

/// A hedge after a denial, past a clause's joint and opening a predicate of its own, hedges
/// that predicate; a doubt about the denial itself keeps the hedge on it.
#[test]
fn hedges_after_a_denial_in_their_own_clause() {
    run(&[
        (
            "Asked about suicidal thoughts, she said no, not at all; maybe she seems tired, but the answer was clear.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I asked the father if he hits the mother or the children and he said no, never, and the mother sort of nods.",
            DE,
            &[(Violence, Some(D))],
        ),
        (
            "Asked about suicidal thoughts; she said no, but maybe she is hiding it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Asked about suicidal thoughts; she said no, maybe.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

/// A thing that is "sort of killing" someone is hyperbole, a person "sort of wanting to kill"
/// someone is not; a drink naming a festival is no drinking.
#[test]
fn things_that_kill_and_drinks_that_name_events() {
    run(&[
        (
            "The humidity's sort of killing him since the move, headaches mostly.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "The Cider Festival crowds near about ran her over downtown.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He's sort of wanting to kill his brother.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He doesn't want to hurt anyone, not the landlord, not anyone.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
    ]);
}

/// Children alone told in shorthand beside the nights or an empty larder, and a parent gone
/// most nights with the children named, are neglect; a minute in the garden and a night out
/// with the children minded are not.
#[test]
fn children_left_told_in_shorthand() {
    run(&[
        (
            "Two nights this week, kids alone, no food in the house.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Him and his baby sister on their own after school. Dad gone most nights.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The kids were alone in the garden for a minute while she got the washing.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Mum goes out some nights with her friends, the kids stay with Nan.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Since he left she's raising the house and the three kids alone, no help at night.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn actually_after_a_clause_takes_it_back() {
    run(&[
        (
            "Said no blackouts, actually he had one on Friday after a bottle of rum.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // "too" adds to what was said: both denials stand.
        (
            "Denies SI, actually he denies HI too.",
            DE,
            &[(SuicidalIdeation, Some(D)), (HomicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn an_occasion_that_dates_the_drinking_is_no_company() {
    run(&[
        (
            "She's been drinking since the christening.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Had a fifth of bourbon on Saturday, he says.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Bimber most nights, a litre.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her drinking is not at a risky level.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He stopped the soju in January.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "There is a bottle of gin in the cupboard, unopened, since his birthday.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "She's been off the pills going on a year.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
    ]);
}

#[test]
fn a_death_pictured_in_water_ice_or_from_a_height() {
    run(&[
        (
            "Her husband is buried in the churchyard. She wants to be up there with him.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her husband died in May. She wants to be there with him at the unveiling.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Keeps thinking about climbing up the silo and stepping off.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He climbed up and stepped off the ladder onto the roof.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Thinks about skating out to where the ice is thin.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She thinks about rowing out past the point and not returning.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He doesn't care if he drowns out there.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "'Maybe I jump in the canal,' he said.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "They go jump in the lake every July.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He jumped in the river to cool off.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "Wants to go to sleep. Not wake up.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn an_act_set_up_or_rehearsed_with_the_means() {
    run(&[
        (
            "His wife found him at the quarry with the pistol; he admits he went there to do it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He has tagged his guns for his nephews and does not expect to see another spring.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Found by his brother in the garage with a rope over the rafter.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He took the pills, then said he should've just driven off the bridge instead.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She looked up briquettes online, how to do it in a sealed room.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He looked up charcoal prices for the barbecue.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn the_speakers_own_killing_is_no_strain_put_on_him() {
    run(&[
        (
            "'I would kill him with the kirikou,' he told me.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "His boss is killing him with the overtime.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "I'm killing him with all my questions.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She came after her shift at the bakery.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He said he wanted to die when the projector broke, but he was laughing, it's just an expression.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn grooming_signs_and_a_child_left_are_abuse() {
    run(&[
        (
            "Her stepfather comments on her body and took the lock off the bathroom door; she is thirteen.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He took the lock off the door to paint it.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Young'uns home alone overnight again, nothing in the fridge.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She's out on the shine most weekends.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Her husband has never raised his hand on her.",
            DE,
            &[(Abuse, Some(D))],
        ),
    ]);
}

#[test]
fn a_hedge_on_a_mood_leaves_the_answer_standing() {
    run(&[
        (
            "Asked about self-harm, she said no, never, maybe just stressed.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "He said no thoughts of suicide, maybe some loneliness.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "About thoughts of suicide he said no.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Asked about sue aside thoughts, she said no.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        // A doubt about the answer keeps the hedge on it.
        ("Denies SI, maybe some thoughts last week.", PR, &[]),
    ]);
}

#[test]
fn a_burden_ending_soon_and_a_last_goodbye_are_ideation() {
    run(&[
        (
            "He keeps saying he won't be a problem for anyone much longer.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "The loan won't be a problem for much longer.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She told her sister this is goodbye.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "This is goodbye for now, she's moving to Perth.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "He said everybody'd be better off if he checked out.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She said the world would be quieter without her in it.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He asked how many of his heart pills would stop his heart.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        // An apology for the noise around the dictation corrects nothing.
        (
            "She says she wants to sleep forever, sorry, this traffic, and she has been saving her tablets.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_prescription_drug_popped_or_not_prescribed_is_misuse() {
    run(&[
        (
            "Pops a couple of Xanax to get through the day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He takes Valium that isn't prescribed to him.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Xanax was not prescribed, the GP refused.",
            NO,
            &[(SubstanceUse, None)],
        ),
        ("Takes lean on weekends.", PR, &[(SubstanceUse, Some(P))]),
        ("She leans on her sister.", NO, &[(SubstanceUse, None)]),
        (
            "He is taking the tramol every day, the red ones from the market.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // The one pointed at first ("This one"), then named, is the client.
        (
            "This one, the young man from Zinder, he is taking the tramol every day, the red ones from the market.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He pops his vitamins every morning.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn sex_forced_photos_asked_of_a_child_and_spitting_are_abuse() {
    run(&[
        (
            "Her boyfriend made her have sex when she said no.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her uncle sends her messages asking for photos; she's twelve.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She asked her mum for photos from the wedding.",
            NO,
            &[(Abuse, None)],
        ),
        ("Her husband spits at her.", PR, &[(Abuse, Some(P))]),
    ]);
}

#[test]
fn caribbean_him_as_a_subject_is_he() {
    run(&[
        (
            "He said if the man ever come back him will kill him.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        ("Let him know we called.", NO, &[]),
    ]);
}

#[test]
fn a_denial_narrowed_or_bounded_leaves_a_disclosure() {
    run(&[
        (
            "He denies any plan but says the thoughts are there every night.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Denies plan, but the thoughts are not there anymore either.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "No thoughts of suicide until last night, when she wrote a note.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He doesn't want to hurt anyone except his stepfather.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "He doesn't want to hurt anyone, but he's angry.",
            DE,
            &[(HarmToOthers, Some(D))],
        ),
        (
            "She denies wanting to die, but she stopped taking her insulin on purpose.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She stopped taking her lithium because of the weight gain.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn revenge_vowed_a_warning_and_a_fire_set_on_people_are_threats() {
    run(&[
        (
            "He says he's going to make his ex pay, and he knows where she works.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "He's going to make his ex pay child support.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "He'll make them pay for the repairs.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "He told his teacher she'd better watch her back.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "He said he'd burn the house down with them inside.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn the_grave_preferred_or_a_meeting_in_heaven_is_a_wish_to_die() {
    run(&[
        (
            "He told the nurse he'd rather be six feet under.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She says she wants to go and meet her mother in heaven soon.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Her husband died. She wants to go and see her sister in Leeds.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_whole_strip_taken_and_hash_by_the_gram() {
    run(&[
        (
            "He took a whole strip of paracetamol last night but didn't tell anyone.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He smokes a gram of hash a day.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        // A household cleaner drunk is self-poisoning, not drinking.
        (
            "She drank a bottle of floor cleaner after the fight.",
            PR,
            &[(SelfHarm, Some(P)), (SubstanceUse, None)],
        ),
        (
            "She bought disinfectant for the kitchen.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn neglect_degrading_names_and_movements_controlled_are_abuse() {
    run(&[
        (
            "Her mum's boyfriend gets into bed with her at night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She got into bed with her little sister because of the storm.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "Dad doesn't feed them when he's drinking.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He calls her worthless and stupid every day.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "He called her stupid once during a fight.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "She is not allowed to leave the house without him.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Patients are not allowed to leave the ward alone.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn a_clause_with_its_own_subject_after_a_negation_stands() {
    run(&[
        (
            "She's not safe at home, her husband hits her.",
            PR,
            &[(Abuse, Some(P))],
        ),
        ("No, her husband hits her.", PR, &[(Abuse, Some(P))]),
        (
            "Denies abuse, her husband never hits her.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Not a day goes by without him thinking about dying.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She went without a drink for a month.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He wasn't able to promise he wouldn't use again.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "She promised she won't hurt herself.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn a_drink_or_drug_named_with_its_accents_is_the_same_word() {
    run(&[
        (
            "He's been using perník daily since May.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Nightly zivanía, three glasses, since the layoff, and he drives after.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn heavy_use_told_by_its_effect_whatever_the_drink_is_called() {
    run(&[
        (
            "She drank ouzo at her cousin's wedding until she fainted.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "He bought a case of cider on Friday and that was the end of his sixty days.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "That was the end of her ninety days of probation, she's free now.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Back on the mead after six months sober, he told me.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Took kratie at a festival and ended up in the ER with his heart racing.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Took photos at the party and went home early.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn no_use_and_food_flavours_and_use_in_check_are_no_substance() {
    run(&[
        (
            "He said it is no use talking to his father.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "They walked to the orchard for cider donuts.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Drinking looks like it's in check, she says.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "Alcohol use in remission per his report.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "He says he's going to die if he has to sit through another staff meeting.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_leap_into_water_named_in_its_own_language_is_a_method() {
    run(&[
        (
            "She says life is no use and she thinks of jumping in the Vltava when she walks home.",
            PR,
            &[(SuicidalIdeation, Some(P)), (SubstanceUse, None)],
        ),
        (
            "He thought about jumping in the car and driving to see her.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn self_injury_told_by_its_tool_or_its_habit() {
    run(&[
        (
            "Fresh scratches on her wrist. She uses a razor blade from her dad's shaving kit.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He uses a razor blade to open boxes at the warehouse.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "He bangs his head on the floor when he gets frustrated.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He punches the rink boards until they bleed, on purpose.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn a_kin_word_declared_the_client_is_the_client_in_every_sentence() {
    run(&[
        (
            "Daughter scratches her arms at night. Daughter is the client.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Her son is the client. Her son has been burning himself with a lighter.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Their daughter says her mum is drinking a bottle of wine a night again.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Husband back on the horilka after two sober months.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
    ]);
}

#[test]
fn sexual_abuse_by_someone_in_a_position_of_trust_is_abuse() {
    run(&[
        (
            "Her swim coach forced himself on her after practice last month.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She was raped by her tutor in March.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her coach told the team he was abused as a boy.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn blows_in_slang_with_where_they_landed_and_ages_in_shorthand() {
    run(&[
        (
            "He popped a guy in the nose outside the bar on Friday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "She popped him a message after class.",
            NO,
            &[(Violence, None)],
        ),
        (
            "He admits he slapped his six y/o daughter across the face.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}

#[test]
fn signs_of_neglect_a_school_sees_are_neglect() {
    run(&[
        (
            "Teacher says the boy, seven, comes to school hungry every day and wears the same clothes all week.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Anyone at home or at school hurting him or touching him in a bad way? No.",
            DE,
            &[(Abuse, Some(D))],
        ),
    ]);
}

#[test]
fn a_conditional_threat_with_any_weapon_is_meant_and_a_food_joke_is_not() {
    run(&[
        (
            "He said if the landlord comes back he will kill him with the khanjali.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "His mother-in-law will kill him with her khachapuri, he says, laughing.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "She keeps seeing herself drown the baby in the bath and it terrifies her.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "We went through the screening questions, wish to be dead, thoughts of suicide, plan, and she said no to each one.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
    ]);
}

#[test]
fn a_line_opening_on_a_kin_word_on_a_substance_names_the_person_seen() {
    run(&[
        (
            "Husband on meth most nights since the mine closed. Admits it. Wife confirms.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Brother drinking rakia daily after Gulf job ended. Crashed the car. He admitted.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Husband on night shifts all month, she is lonely.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn an_image_told_after_a_question_about_thoughts_is_the_answer() {
    run(&[(
        "I asked about the scary thoughts and she told me the image of dropping her son off the landing keeps coming, and she hates it.",
        PR,
        &[(HarmToOthers, Some(P))],
    )]);
}

#[test]
fn a_relative_touching_the_clients_child_is_abuse_of_a_dependent() {
    run(&[
        (
            "She said her brother-in-law has been touching her daughter at night.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her uncle touched his daughter when she was small, her aunt told her.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn a_tellers_aside_after_the_subject_leaves_the_act_to_the_subject() {
    run(&[
        (
            "Her brother, she says, is drinking a bottle of vodka a day and she worries.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "His nephew, he said, took a bunch of pills last week and ended up in hospital.",
            NO,
            &[(SubstanceUse, None), (SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn exasperation_and_fear_for_everyone_are_no_wish_to_die() {
    run(&[
        (
            "He says if his wife plays that song one more time he's gonna die, laughing.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "She says the tourists drive like they want to die on that road.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "When the sirens go the kids cry that we're all going to die, and she holds them.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
        (
            "They spent the weekend at the cabin on Crystal Lake with her sister.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "He had a machete in the truck and was waving 'um at a man on the dock.",
            PR,
            &[(Violence, Some(P))],
        ),
    ]);
}

#[test]
fn a_hedge_in_a_clause_of_its_own_after_the_no_leaves_the_denial() {
    run(&[
        (
            "I asked if he has thoughts of killing himself, and he said no, firmly, he looks sort of more rested since the new job.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Asked whether anyone at home hits him, he says no, the stepdad is sort of strict but fair.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "I asked about cutting and she answered, maybe a bit embarrassed, no, nothing like that.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "He kind of shrugged but said no, he hasn't thought about suicide, and maybe he's just tired of the question.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "I asked if she has thoughts of hurting herself and she said no, maybe sometimes.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn denials_in_shorthand_lists_and_carried_answers() {
    run(&[
        (
            "Pt neg SI, HI, SH at this visit, safety plan reviewed.",
            DE,
            &[
                (SuicidalIdeation, Some(D)),
                (HomicidalIdeation, Some(D)),
                (SelfHarm, Some(D)),
            ],
        ),
        (
            "Asked about drugs, she says no weed, no pills, no, um, no coke, nothing.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Screened for suicidal thoughts. Answer was no. Same for self-harm.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
        (
            "He denies that anyone at the group home hits him, takes his money, or threatens him.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "He drinks no raki and no beer, only tea, and the tests were clean.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "The ward nurse keeps him from his medications until he has eaten.",
            NO,
            &[(AccessToMeans, None)],
        ),
    ]);
}

#[test]
fn marks_explained_by_another_source_and_emphatic_denials() {
    run(&[
        (
            "Bruises on her shins, she says they are from the trampoline at her cousin's, and her mum agrees.",
            NO,
            &[(SelfHarm, None)],
        ),
        (
            "Fresh cuts on his wrist; he says they are from a blade he hides in his room.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "He says he hasn't had so much as a sip of palm wine since Easter.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Wife interviewed alone re: DV; denies he ever hit or threatened her.",
            DE,
            &[(Abuse, Some(D))],
        ),
    ]);
}

#[test]
fn kin_named_in_a_home_language_is_kin_when_possessed_and_a_name_when_alone() {
    run(&[
        (
            "We spoke about his appa's drinking and how loud the house gets.",
            NO,
            &[(SubstanceUse, None)],
        ),
        (
            "His yiayia keeps saying she wants to die, which upsets him; for himself he has never had such thoughts.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Amma says she wants to die now that her husband is gone.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_siblings_or_in_laws_blows_and_touching_on_the_client_are_abuse() {
    run(&[
        (
            "Her older brother slaps her when their parents are out.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "She says her sister-in-law beats her whenever the rent is late.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her cousin touched her private parts at the wedding, she is nine.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her sister touched her arm to calm her down in the waiting room.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "His brother hit a man outside the pub and is on bail.",
            NO,
            &[(Violence, None), (Abuse, None)],
        ),
    ]);
}

#[test]
fn a_bare_kid_opening_a_line_is_the_young_person_seen() {
    run(&[
        (
            "Kid says he wants to be dead most mornings before school.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Kid burned her forearm with a lighter on Tuesday.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "Her kid burned his forearm with a lighter on Tuesday.",
            NO,
            &[(SelfHarm, None)],
        ),
    ]);
}

#[test]
fn to_box_someone_is_a_blow_and_boxing_things_is_not() {
    run(&[
        (
            "Her partner box her on Friday night, eye still swollen.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Baby father box her again Friday, lip swollen.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her husband boxed her ears when dinner was late.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "Her husband boxed her books up for the move.",
            NO,
            &[(Abuse, None)],
        ),
        (
            "A van boxed her in at the lights and she missed the session.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
    ]);
}

#[test]
fn a_firearm_held_at_ones_own_head_is_an_aborted_attempt() {
    run(&[
        (
            "Friday he sat in the truck with the muzzle against his temple, then drove home.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She put the pistol under her chin in the garage last week.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "He held a pistol to her head during the argument.",
            PR,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_street_drug_named_with_how_often_is_its_use() {
    run(&[
        (
            "Crystal most weekends, says it keeps him awake for shifts.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Ket twice last week. Was at a rave.",
            PR,
            &[(SubstanceUse, Some(P))],
        ),
        (
            "Ice on her sore knee twice a day after physio.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn creole_wordings_of_a_death_wish_and_a_blade_blow() {
    run(&[
        (
            "She say she cyaan bother live no more.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "Juk the man with a knife outside the rum shop Friday.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Chop the yam with the cutlass and cook it for the children.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn carrying_on_after_a_refusal_is_sexual_coercion() {
    run(&[
        (
            "Husband. Doesn't stop when she tells him no, most recently on Tuesday.",
            PR,
            &[(Abuse, Some(P))],
        ),
        (
            "The toddler keeps going when she says no to more biscuits.",
            NO,
            &[(Abuse, None)],
        ),
    ]);
}

#[test]
fn pesticides_known_by_brand_or_street_name_are_poisons() {
    run(&[
        (
            "He said maybe better he just drink the Gramoxone and be done.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
        (
            "She bought two-step at the market and was going to drink it tonight.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn a_what_if_spelling_out_a_thought_is_its_content() {
    run(&[
        (
            "She gets these thoughts coming in, like what if she dropped the baby off the balcony, and it horrifies her.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "We talked about what if the thoughts of killing herself came back after the birth.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_weapon_and_a_person_seen_in_ones_head_is_an_intrusive_image() {
    run(&[
        (
            "Mum says she sees the kitchen knife and her son in her head and it frightens her.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "She can see her son's face in her head when she is at work.",
            NO,
            &[(HarmToOthers, None)],
        ),
    ]);
}

#[test]
fn a_beating_given_in_thought_and_an_aussie_punch_on() {
    run(&[
        (
            "Keeps having thoughts of giving the foreman a proper hiding.",
            PR,
            &[(HarmToOthers, Some(P))],
        ),
        (
            "Wants to give his nan a hug before she goes into care.",
            NO,
            &[(HarmToOthers, None)],
        ),
        (
            "Punch-on outside the bowlo Friday, he started it.",
            PR,
            &[(Violence, Some(P))],
        ),
        (
            "Looked up how many of her dad's tabs it'd take.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn yeah_nah_is_a_no() {
    run(&[
        (
            "Asked him about thoughts of suicide, he said yeah nah, never.",
            DE,
            &[(SuicidalIdeation, Some(D))],
        ),
        (
            "Asked about the drink, she said yeah, nah, not since Anzac Day.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "Asked about thoughts of suicide, he said yeah, most nights this week.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
    ]);
}

#[test]
fn an_infants_grip_a_body_parts_ache_and_chores_that_kill_are_no_harm() {
    run(&[
        (
            "She laughed when the baby kicked her in the ribs during the feed.",
            NO,
            &[(Abuse, None), (Violence, None)],
        ),
        (
            "His knees hurt him on the stairs these days.",
            NO,
            &[(Violence, None)],
        ),
        (
            "She says the night shifts at the plant are gonna kill her.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
        (
            "His dad's gonna kill him for denting the ute, he reckons.",
            NO,
            &[(HomicidalIdeation, None), (Abuse, None)],
        ),
        (
            "Grabbed a Red Bull on the way to class.",
            NO,
            &[(Violence, None)],
        ),
    ]);
}

#[test]
fn a_plural_noun_before_to_cut_is_its_object() {
    run(&[
        ("She chose three expenses to cut.", NO, &[(SelfHarm, None)]),
        ("They agreed on the costs to cut.", NO, &[(SelfHarm, None)]),
        (
            "She still gets urges to cut when she is alone.",
            PR,
            &[(SelfHarm, Some(P))],
        ),
    ]);
}

#[test]
fn past_abuse_named_by_kind_and_a_decade_are_history() {
    run(&[
        (
            "Past partner violence, nothing in the last five years.",
            DE,
            &[(Abuse, Some(D))],
        ),
        ("Past DV, none now.", DE, &[(Abuse, Some(D))]),
        (
            "Back in the eighties she cut her wrists, and she denies any self-harm since.",
            DE,
            &[(SelfHarm, Some(D))],
        ),
    ]);
}

#[test]
fn list_abbreviations_and_noun_contractions_keep_the_reading() {
    run(&[
        (
            "Denies drugs incl. weed and pills.",
            DE,
            &[(SubstanceUse, Some(D))],
        ),
        (
            "His co-workers drink after every shift and he goes home.",
            NO,
            &[(SubstanceUse, None)],
        ),
    ]);
}

#[test]
fn two_keepsakes_given_to_kin_beside_a_letter_are_preparatory() {
    run(&[
        (
            "He gave his boat and his rifles to his nephew and wrote a letter to his wife last week.",
            PR,
            &[(SuicidalIdeation, Some(P))],
        ),
        (
            "She gave her old clothes and her books to her sister when she moved flats.",
            NO,
            &[(SuicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn a_person_put_somewhere_for_good_is_a_killing() {
    run(&[
        (
            "He told the landlord he'd put him in the bayou for good, and he owns a shotgun.",
            PR,
            &[(HomicidalIdeation, Some(P))],
        ),
        (
            "He put his old boat in the shed for good last winter.",
            NO,
            &[(HomicidalIdeation, None)],
        ),
    ]);
}

#[test]
fn the_household_screen_asked_with_a_contracted_has_been() {
    run(&[
        (
            "I asked the three of them whether anybody's been pushing or slapping or throwing things, and they all said no.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Asked the couple if anyone's been hurting or threatening, both said no.",
            DE,
            &[(Abuse, Some(D))],
        ),
        (
            "Somebody's been hitting her at home, she won't say who.",
            PR,
            &[(Abuse, Some(P))],
        ),
    ]);
}
