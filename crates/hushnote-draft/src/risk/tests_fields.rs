//! Unit tests of the semantic fields, in sentences written for them (US, UK and Australian
//! registers, clinician shorthand and client speech), with contrasts that must stay none:
//! idioms, sport, cooking, everyday objects and words that share a form with slang.

use super::super::tokens::tokenize;
use super::super::{assess_memo_with, ItemStatus, Polarity, RiskAssessment, RiskKind};
use super::{compiled, field_hits, FIELDS};
use crate::clauses::split_clauses;

/// The rules alone (the learned net has tests of its own in net.rs).
fn read(memo: &str) -> RiskAssessment {
    assess_memo_with(memo, &split_clauses(memo), false)
}

fn hit_kinds(s: &str) -> Vec<RiskKind> {
    field_hits(&tokenize(s)).iter().map(|h| h.kind).collect()
}

/// The field finds the category in the sentence, and the memo reading has it present.
fn present(kind: RiskKind, sentences: &[&str]) {
    let mut bad = Vec::new();
    for s in sentences {
        let r = read(s);
        if !hit_kinds(s).contains(&kind) {
            bad.push(format!("field missed {kind:?}: {s}"));
        } else if r.item(kind) != Some(ItemStatus::Present) || !r.needs_review {
            bad.push(format!("read {:?} for {kind:?}: {s}", r.item(kind)));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// No field hit at all, and nothing read as risk.
fn none(sentences: &[&str]) {
    let mut bad = Vec::new();
    for s in sentences {
        let kinds = hit_kinds(s);
        let r = read(s);
        if !kinds.is_empty() {
            bad.push(format!("field hit {kinds:?} in a contrast: {s}"));
        } else if r.polarity != Polarity::None {
            bad.push(format!("read {} ({:?}): {s}", r.polarity, r.flags));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// No field hit (other rules may still read these; that is theirs to answer).
fn no_field(sentences: &[&str]) {
    for s in sentences {
        assert!(hit_kinds(s).is_empty(), "field hit in a contrast: {s}");
    }
}

#[test]
fn every_field_pattern_compiles() {
    let n: usize = FIELDS.iter().map(|f| f.pats.len()).sum();
    assert_eq!(compiled().len(), n);
}

#[test]
fn passive_wishes_worthlessness_and_leave_taking_are_ideation() {
    present(
        RiskKind::SuicidalIdeation,
        &[
            "She said she sometimes wishes she had never been born.",
            "He reckons everyone would be happier if he was gone.",
            "Client stated that nobody would even miss him.",
            "She just wants it all to be over.",
            "He can't see the point in anything anymore.",
            "She has been putting her affairs in order, her daughter says.",
            "Says he wants to be with his late wife.",
            "He told his sister this would be the last time she'd see him.",
            "I'm honestly a waste of space, mate.",
        ],
    );
}

#[test]
fn regional_words_for_killing_oneself_and_methods_are_ideation() {
    present(
        RiskKind::SuicidalIdeation,
        &[
            "He said he'd thought about topping himself last week.",
            "Wanted to do herself in after the argument with her mum.",
            "She keeps thinking about walking into the sea.",
            "He has pictured stepping in front of a lorry on the bypass.",
            "She talks about wanting to end her suffering.",
        ],
    );
}

#[test]
fn preparatory_acts_places_and_methods_are_ideation() {
    present(
        RiskKind::SuicidalIdeation,
        &[
            "He stood on the ledge of the multi-storey for an hour on Friday.",
            "She googled how high the bridge near her work is.",
            "Last night he lined up all his tablets on the kitchen table, then put them back.",
            "She has been buying packs of paracetamol from different chemists.",
            "He bought a hosepipe that fits the exhaust of his car.",
            "Tied her dressing gown cord round her neck on Sunday but stopped.",
            "Spent Tuesday night looking down at the water from the bridge.",
        ],
    );
}

#[test]
fn contrasts_for_ideation_stay_none() {
    none(&[
        "The paperwork is a burden for the whole team.",
        // A risk factor alone, no wish to be dead (C-SSRS item 1).
        "Since the stroke she has felt like a burden on her family.",
        "She feels she is only a drain on the NHS and her kids.",
        "No point in arguing with the landlord about the deposit.",
        "She wants the court case to be over.",
        "He won't be here next week because of the school holidays.",
        "She stood on the edge of the pool before her first swim lesson.",
        "He topped himself up with coffee before the shift.",
        "Bought two packs of paracetamol for her cold.",
        "They drove over the bridge to see her sister.",
        "She feels caring for her mother is exhausting.",
    ]);
}

#[test]
fn self_injury_told_by_act_or_concealment() {
    present(
        RiskKind::SelfHarm,
        &[
            "She's been scoring her forearms with a compass.",
            "Took a sharpener blade to his thigh on Sunday.",
            "He punched himself in the face until he calmed down.",
            "Admits to reopening the old cuts so they won't heal.",
            "Wears long sleeves even in the heat to hide the marks.",
            "Fresh cuts on both forearms this week, she says from a razor.",
            "She has barcode arms under the hoodie, per her mum.",
        ],
    );
}

#[test]
fn an_act_on_someone_elses_body_is_not_self_harm() {
    for s in [
        "He slapped her face during the row.",
        "She held a lighter to his arm to scare him.",
    ] {
        assert!(!hit_kinds(s).contains(&RiskKind::SelfHarm), "{s}");
        assert_ne!(
            read(s).item(RiskKind::SelfHarm),
            Some(ItemStatus::Present),
            "{s}"
        );
    }
}

#[test]
fn self_poisoning_with_what_is_not_food() {
    present(
        RiskKind::SelfHarm,
        &[
            "He swallowed two batteries on the ward yesterday.",
            "She ate a laundry pod on purpose after the phone call.",
            "Drinks hand sanitiser when she can't get vodka.",
            "Swallowed a handful of screws in custody on Monday.",
            "She drank nail polish remover after the fight.",
        ],
    );
}

#[test]
fn contrasts_for_self_harm_stay_none() {
    none(&[
        "He beat himself up about failing the exam.",
        "Pinched herself to make sure the news was real.",
        "Yellowing bruise on her left forearm.",
        "She had her belly pierced for her birthday.",
        "He ate glass noodles for lunch.",
        "Drank a glass of water and settled.",
        "Her toddler swallowed a coin by accident.",
    ]);
}

#[test]
fn fields_stay_silent_where_other_rules_speak() {
    no_field(&[
        "Her mum won't let her go out on school nights.",
        "Scratches on her arms from the new kitten.",
        "She hit her head on the cupboard door.",
        "Three cans of coke a day is her main vice.",
    ]);
}

#[test]
fn medication_kept_back_is_access_to_means() {
    for s in [
        "She's been hiding her tablets in a sock in the wardrobe.",
        "Keeps back his sleeping pills in a tin under the bed.",
        "Collected her painkillers in a jar in the cupboard.",
        "Pretending to take his meds and putting them under the mattress.",
        "Tucked away some diazepam in her handbag.",
    ] {
        assert!(hit_kinds(s).contains(&RiskKind::AccessToMeans), "{s}");
        assert_eq!(
            read(s).item(RiskKind::AccessToMeans),
            Some(ItemStatus::Present),
            "{s}"
        );
    }
    for s in [
        "Collecting her tablets from the chemist on Friday.",
        "She keeps her insulin in the fridge.",
    ] {
        assert!(hit_kinds(s).is_empty(), "{s}");
    }
}

#[test]
fn street_names_quantities_and_verbs_of_use() {
    present(
        RiskKind::SubstanceUse,
        &[
            "Been on the gear again since his mate got out.",
            "Smoking cones most nights with his cousins.",
            "She got absolutely legless at her sister's hen do.",
            "Sank a slab on Saturday watching the cricket at home.",
            "He scored a point of ice off a bloke in Frankston.",
            "Goes through twelve pints a night on weekends.",
            "Dropped acid at the festival last weekend.",
            "Texts her dealer most days.",
            "Was dope sick on Monday and missed work.",
            "Needs an eye opener before work most mornings.",
            "He's been hitting the bottle since the divorce.",
            "He was narcanned by the paramedics on Friday.",
            "She's on the piss every weekend with the girls from work.",
        ],
    );
}

#[test]
fn contrasts_for_substance_slang_stay_none() {
    none(&[
        "Iced coffee and an ice pack for her knee.",
        "She used ice on her ankle after netball.",
        "Took Molly to the park after school.",
        "He smoked salmon for the barbecue.",
        "Put on the gear for football training.",
        "She had two pints of milk with lunch.",
        "He was pissed off at his boss.",
        "Got the lines for the school play.",
        "Baked a cake with her grandson.",
        "She is on speed dial for her daughter's school.",
        "His daughter Charlie started at a new school.",
    ]);
}

#[test]
fn assault_slang_threats_with_weapons_and_carrying() {
    present(
        RiskKind::Violence,
        &[
            "Glassed a bloke at the pub on Friday.",
            "He king-hit a stranger outside the club.",
            "He put his fist through the wall last night.",
            "Ran a cyclist off the road last week.",
            "He decked the bouncer on Saturday.",
            "Threatened to glass the barman over a spilt pint.",
        ],
    );
}

#[test]
fn contrasts_for_violence_stay_none() {
    none(&[
        "The news floored her.",
        "Bottled it at the last minute and didn't ask her out.",
        "Carries a knife for work in the kitchen.",
        "Squared away the paperwork before court.",
    ]);
    // Done to the client: not the client's violence.
    assert_ne!(
        read("He was glassed in a pub on Friday.").item(RiskKind::Violence),
        Some(ItemStatus::Present)
    );
}

#[test]
fn threats_targeting_and_revenge_are_harm_to_others() {
    present(
        RiskKind::HarmToOthers,
        &[
            "Threatened to batter the lad who owes him money.",
            "He has a hit list of people from school.",
            "Has been obsessing over payback since the court case.",
            "Admits to revenge fantasies about the man who assaulted his sister.",
            "Keeps thinking about making him pay for what he did.",
        ],
    );
    present(
        RiskKind::HomicidalIdeation,
        &[
            "Threatened to murder his stepfather.",
            "He threatened to take out his old boss.",
        ],
    );
    none(&[
        "The landlord threatened to sort the boiler out.",
        "She threatened to end the relationship.",
        "He threatened to take out a loan.",
        "Threatened to quit if the rota doesn't change.",
    ]);
}

#[test]
fn maltreatment_told_by_acts_is_abuse() {
    present(
        RiskKind::Abuse,
        &[
            "Says her stepdad gives her a belting when he's been drinking.",
            "Her partner put his hands around her throat during the row.",
            "He won't let her see her friends and she has to ask him for money.",
            "Mrs K was found sitting in her own urine; her daughter left her alone all weekend.",
            "Her boyfriend pressured her into sex when she'd been drinking.",
            "Her husband threatened to have her deported if she leaves.",
            "Mum hits him with the hairbrush when he's naughty.",
            "Her ex keeps turning up outside her flat.",
            "She's frightened of her husband.",
            "He put an AirTag in her car.",
            "Her nephew made her sign the papers for the house.",
        ],
    );
}

#[test]
fn contrasts_for_abuse_stay_none() {
    none(&[
        "The Lions got a hiding on Saturday, lost by forty points.",
        "He grooms the dog on Sundays.",
        "The nurse held him down for the injection.",
        "She spends her pension on the grandkids.",
        "She is afraid of spiders.",
    ]);
}

#[test]
fn field_hits_keep_negation_history_others_and_hypotheticals() {
    // Negated: a denial, never a present item.
    let r = read("Denies ever giving the kids a hiding.");
    assert_eq!(r.item(RiskKind::Abuse), Some(ItemStatus::Denied));
    let r = read("He has not been on the gear since March.");
    assert_ne!(r.item(RiskKind::SubstanceUse), Some(ItemStatus::Present));
    // Someone else's.
    let r = read("Her brother smokes cones every night.");
    assert_eq!(r.item(RiskKind::SubstanceUse), None);
    // Hypothetical.
    let r = read("If she ever got legless again she would call her sponsor.");
    assert_ne!(r.item(RiskKind::SubstanceUse), Some(ItemStatus::Present));
    // History only.
    let r = read("In 2009 he glassed a bloke at a pub in Leeds.");
    assert_ne!(r.item(RiskKind::Violence), Some(ItemStatus::Present));
}

#[test]
fn weariness_with_life_and_insurance_checks_are_ideation() {
    present(
        RiskKind::SuicidalIdeation,
        &[
            "She's had enough of life, she told me twice.",
            "Reckons he can't be bothered living some days.",
            "I'm done with it all, honestly.",
            "She wishes it had been her who died in the crash.",
            "He feels he'd be doing his family a favour if he was gone.",
            "Last week he checked whether his life insurance covers suicide.",
        ],
    );
    none(&[
        "She's had enough of her job and wants a transfer.",
        "He is done with the assignment.",
        "She checked whether her car insurance covers the windscreen.",
    ]);
}

#[test]
fn more_self_injury_and_self_poisoning() {
    present(
        RiskKind::SelfHarm,
        &[
            "Held her hand under the boiling tap until it blistered.",
            "Three superficial lacerations to L forearm, self-inflicted on Sunday.",
            "Presented to A&E after DSH on Saturday.",
            "Admitted to the ward after self-poisoning with her mother's tablets.",
        ],
    );
}

#[test]
fn inhalants_khat_and_doctor_shopping_are_substance_use() {
    present(
        RiskKind::SubstanceUse,
        &[
            "He has been chroming with his cousins after school.",
            "Sniffing petrol behind the shops most nights.",
            "Chews khat most afternoons with friends.",
            "She sees three different GPs to get scripts for codeine.",
        ],
    );
    none(&[
        "He could smell the paint fumes in his new flat.",
        "She sniffed the milk to check it was still fresh.",
    ]);
}

#[test]
fn more_violence_in_regional_words() {
    present(
        RiskKind::Violence,
        &[
            "Got into a blue outside the servo on Saturday night.",
            "He threatened a bouncer with a broken bottle.",
            "He and his mates jumped him outside the kebab shop.",
        ],
    );
    none(&["Wore a blue dress to the wedding."]);
    no_field(&[
        "She threatened him with a lawsuit over the fence.",
        "Their team got into a scrap for the finals spot.",
    ]);
    let r = read("He got jumped outside the kebab shop on Friday.");
    assert_ne!(r.item(RiskKind::Violence), Some(ItemStatus::Present));
}

#[test]
fn more_means_and_abuse() {
    for s in [
        "He keeps a crossbow in the shed.",
        "He owns two air rifles and a compound bow.",
    ] {
        assert_eq!(
            read(s).item(RiskKind::AccessToMeans),
            Some(ItemStatus::Present),
            "{s}"
        );
    }
    present(
        RiskKind::Abuse,
        &[
            "Her husband gaslights her about money.",
            "He smashed her phone so she couldn't call for help.",
            "Her family are forcing her into a marriage she doesn't want.",
            "The kids are turning up to school hungry and unwashed.",
            "Her boyfriend made her do things she didn't want.",
        ],
    );
}

#[test]
fn more_wordings_from_the_warning_signs() {
    present(
        RiskKind::SuicidalIdeation,
        &[
            "He sometimes hopes he won't make it through the night.",
            "Client disclosed she has been researching methods online.",
            "He mentioned he'd be better off six feet under.",
            "She says her family would be relieved if she was no longer around.",
            "He has been giving his dog to his brother and saying goodbye to friends.",
            "She drove to the cliffs on Sunday and sat there for hours thinking about jumping.",
            "He wrote letters to his kids and put them in the drawer with his will.",
            "He says life isn't worth it anymore.",
        ],
    );
    present(
        RiskKind::SubstanceUse,
        &["He spent his pay on pokies and piss again."],
    );
    present(
        RiskKind::Violence,
        &["He threw a glass at the barman last week."],
    );
    present(
        RiskKind::Abuse,
        &[
            "Her ex has been following her and sending threatening texts.",
            "Her carer hasn't been giving her her medication and leaves her in bed all day.",
        ],
    );
    present(
        RiskKind::HarmToOthers,
        &["He said he'd like to see his ex-wife suffer."],
    );
    none(&[
        "She is researching methods for her statistics module.",
        "He is giving his cat to his sister while he is in hospital.",
        "The film isn't worth the ticket price.",
        "He threw a ball to his son in the park.",
        "Her sister sent her hundreds of photos from the wedding.",
    ]);
}

#[test]
fn a_third_round_of_wordings() {
    present(
        RiskKind::SuicidalIdeation,
        &[
            "He texted his ex that she won't have to worry about him much longer.",
            "She says the world would be a better place without her.",
            "He has been thinking a lot about death and dying lately.",
            "He says he has given up on life.",
        ],
    );
    present(
        RiskKind::SelfHarm,
        &["He broke his hand punching a brick wall on purpose to hurt himself."],
    );
    present(
        RiskKind::SubstanceUse,
        &["He's back on the methadone but topping up with street gear."],
    );
    present(
        RiskKind::Violence,
        &[
            "He gave a bloke a hiding outside the RSL.",
            "He's been in three punch-ons since he got out.",
        ],
    );
    present(
        RiskKind::Abuse,
        &[
            "Her boyfriend belts her when he's drunk.",
            "She says her husband rapes her when she says no.",
            "Her daughter-in-law screams at her and pinches her arms.",
            "He gave his son a black eye on Saturday.",
            "She's scared to go home because of what he'll do.",
            "Her brother has been selling her belongings without asking.",
            "Her step-mum locks food in a cupboard so the kids can't eat.",
        ],
    );
    none(&[
        "She says the world would be a better place without him in office.",
        "Her husband burned her toast again.",
        "Gran pinched her cheek at the party.",
        "Her daughter scratched her back for her.",
        "Her son kicked the ball back to her.",
        "The Tigers gave the Magpies a hiding on Saturday.",
        "She has been thinking about her mum's funeral.",
    ]);
}

#[test]
fn teaching_is_no_disclosure_and_denials_of_field_words_are_denials() {
    no_field(&[
        "Reviewed warning signs: feeling like a burden, giving away belongings, putting affairs in order.",
        "Gave her the handout on getting legless and blackouts.",
        "In the role play he practised turning down cones.",
    ]);
    for (s, kind) in [
        (
            "Denies wishing she had never been born.",
            RiskKind::SuicidalIdeation,
        ),
        (
            "He denies being on the gear since March.",
            RiskKind::SubstanceUse,
        ),
        ("She denies ever scoring her arms.", RiskKind::SelfHarm),
        (
            "Asked whether her husband belts her; she said no.",
            RiskKind::Abuse,
        ),
        (
            "He says he has not glassed anyone since prison.",
            RiskKind::Violence,
        ),
    ] {
        assert!(hit_kinds(s).contains(&kind), "{s}");
        assert_eq!(read(s).item(kind), Some(ItemStatus::Denied), "{s}");
    }
}
