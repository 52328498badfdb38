//! Unit tests of [`super::usage`], in wordings written for them (none copied from a corpus):
//! low-risk drinking by the NIAAA limits against AUDIT markers, recovery context, DSM-5
//! remission, bare substance nouns, blackouts however worded, drinks counted in containers,
//! intrusive harm thoughts named as such, and a question answered across a run-on sentence.

use super::{assess_memo_with, ItemStatus, Polarity, RiskAssessment, RiskKind};
use crate::clauses::split_clauses;

fn read(memo: &str) -> RiskAssessment {
    assess_memo_with(memo, &split_clauses(memo), false)
}

/// Every memo reads `want` for `kind` (`None`: no item).
fn expect(kind: RiskKind, want: Option<ItemStatus>, memos: &[&str]) {
    let bad: Vec<String> = memos
        .iter()
        .filter_map(|m| {
            let got = read(m).item(kind);
            (got != want).then(|| format!("{kind:?} {got:?} (want {want:?}): {m}"))
        })
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn low_risk_drinking_framed_as_no_problem_is_a_denial() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Denied),
        &[
            "He has a pint or two of beer with his brother on Sundays, says it has never been an issue.",
            "Asked about drinking, he said a beer or two at the weekend, that's all.",
            "She drinks wine socially, a couple of glasses at family dinners, no concerns there.",
            "Has maybe one glass of wine a fortnight and denies using anything else.",
            "Reports a beer after work on Fridays with colleagues, no other alcohol, no drugs.",
        ],
    );
}

#[test]
fn low_risk_drinking_without_a_frame_is_no_item() {
    expect(
        RiskKind::SubstanceUse,
        None,
        &[
            "He enjoys a glass of wine with dinner on Fridays.",
            "She has two beers at the weekend with her sister.",
        ],
    );
}

#[test]
fn audit_markers_keep_drinking_present() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &[
            // Daily or almost daily (AUDIT item 1).
            "He has two or three beers every night after work.",
            "She has two glasses of wine most nights, she says.",
            // Over the NIAAA day limit; a bottle of wine is five standard drinks.
            "She drinks a bottle of wine on Saturdays.",
            "He drinks five or six pints on a Friday, never been a problem he says.",
            // Morning drinking (item 6), drink-driving, others concerned (item 10).
            "Has a glass of wine in the morning to steady her hands.",
            "He has a couple of beers and then drives the kids home on Sundays.",
            "He has two beers at lunch on weekdays and his wife is worried about it.",
            // A bottle is five standard drinks or more; drinking to cope or sleep.
            "She says it's only three bottles of red a week, never been a problem.",
            "He has a couple of beers on Saturdays to take the edge off his anxiety.",
            "A glass or two of wine a night to get to sleep, she says.",
            // An amount with its unit left out; someone else's larger figure.
            "He drinks a couple of beers on weekends but last Saturday he had twelve.",
            "She says she only has a couple of glasses of wine on a Saturday but her husband says it's a bottle.",
        ],
    );
}

#[test]
fn in_recovery_any_use_is_a_lapse() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &[
            "Sober since June and going to meetings. She had a glass of wine at her cousin's wedding on Saturday.",
            "He had two beers at the barbecue, the first since detox.",
            "Bought a bag of coke on Friday after sixty days sober.",
            "Went back to using on the weekend after nine months of sobriety.",
        ],
    );
}

#[test]
fn a_remission_specifier_makes_a_use_disorder_history() {
    for memo in [
        "Diagnosis: opioid use disorder, in sustained remission, on buprenorphine.",
        "Cannabis use disorder, early remission.",
        "Working diagnosis alcohol use disorder, moderate, in early remission.",
    ] {
        let r = read(memo);
        assert_eq!(r.polarity, Polarity::None, "{memo}");
        assert_eq!(
            r.item(RiskKind::SubstanceUse),
            Some(ItemStatus::History),
            "{memo}"
        );
        assert!(r.needs_review, "{memo}");
    }
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &["Alcohol use disorder, severe, drinking daily since the redundancy."],
    );
}

#[test]
fn a_bare_substance_noun_is_a_topic_not_use() {
    for memo in [
        "We reviewed how alcohol and other drugs affect his medication.",
        "Talked about alcohol and cannabis as ways people numb feelings.",
        "Gave her the leaflet on alcohol and sleep.",
        "Aim for the month: remain abstinent from alcohol and cannabis.",
        "He wants to stay off the booze and weed for his daughter's sake.",
    ] {
        assert_ne!(read(memo).polarity, Polarity::Present, "{memo}");
    }
    // A use word, an amount, a time or a problem word anywhere makes the noun a use.
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &[
            "Cannabis most evenings, he says.",
            "Alcohol is a problem again since the divorce.",
            "He's back on heroin.",
            "Vodka in her water bottle at work last week.",
            // No topic frame: a noun that says use without a verb stays a use.
            "Alcohol, cannabis and benzos are all in the picture.",
            "Drugs were involved, the police said.",
        ],
    );
    // An unanswered question stays unanswered, an answered one is answered.
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &["Asked about cocaine, he said yes, at parties."],
    );
}

#[test]
fn blackouts_however_worded_are_present() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &[
            "Couldn't recall how she got home from the pub on Friday.",
            "He has no recollection of the end of the night after the work drinks.",
            "She only had a few and doesn't remember the drive home, again.",
            "After the party he had patchy memory of most of the night.",
        ],
    );
    expect(
        RiskKind::SubstanceUse,
        None,
        &[
            "She can't remember her dreams lately.",
            "He doesn't remember much of his childhood before eight.",
        ],
    );
}

#[test]
fn drinks_counted_in_containers() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &[
            "He sank seven pints at the footy on Saturday.",
            "She put away about ten shots of tequila at the hen do.",
        ],
    );
    expect(
        RiskKind::SubstanceUse,
        None,
        &[
            "Bought two pints of milk on the way in.",
            "He had two pints of water after the run.",
        ],
    );
}

#[test]
fn intrusive_harm_thoughts_are_harm_to_others_never_homicidal() {
    for memo in [
        "Reports unwanted thoughts of pushing her toddler down the stairs, which disgust her; no intent.",
        "Obsessional harm thoughts about the baby, no wish to act on them.",
        "Intrusive violent images involving her partner since the birth, no intent.",
        "Egodystonic intrusive harm thoughts, likely postnatal OCD.",
        "She keeps getting pictures of her daughter's body falling from the balcony and is terrified by them. No intent or wish to hurt her.",
    ] {
        let r = read(memo);
        assert_eq!(r.item(RiskKind::HarmToOthers), Some(ItemStatus::Present), "{memo}");
        assert_eq!(r.item(RiskKind::HomicidalIdeation), None, "{memo}");
        assert!(r.needs_review, "{memo}");
    }
    for memo in [
        "Intrusive thoughts about germs on door handles.",
        "Unwanted thoughts about an exam she failed years ago.",
    ] {
        assert_eq!(read(memo).polarity, Polarity::None, "{memo}");
    }
    assert_ne!(
        read("Intrusive thoughts of harming herself, no plan.").item(RiskKind::HarmToOthers),
        Some(ItemStatus::Present)
    );
}

#[test]
fn a_question_answered_across_a_run_on_sentence() {
    expect(
        RiskKind::SuicidalIdeation,
        Some(ItemStatus::Denied),
        &[
            "The harvest failed again and the loan is due, and I asked her outright whether she'd had any thoughts of ending her life given everything going on and she said no, not at all.",
            "We asked if he'd thought about taking his own life since the layoff and he says never, he's got the grandkids.",
            "Came in with his sister, who says he's been short with the kids and his wife, and I asked him plainly whether he'd had thoughts of ending his life lately and he said no, never.",
        ],
    );
    expect(
        RiskKind::SuicidalIdeation,
        Some(ItemStatus::Present),
        &["I asked whether she had thoughts of ending it all and she said yes, most days."],
    );
    // A question about someone else stays theirs.
    assert_ne!(
        read("I asked her whether her brother had thoughts of ending his life and she said yes.")
            .item(RiskKind::SuicidalIdeation),
        Some(ItemStatus::Present)
    );
}

#[test]
fn audit_scores_read_by_the_who_cut_off() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Denied),
        &[
            "AUDIT 3 today.",
            "AUDIT-C 2, no concerns.",
            "AUDIT was twenty-six at intake and is six now.",
            "PCL-5 forty, AUDIT five, negative.",
            "UDS clean, AUDIT 5, was 22 at intake.",
            "AUDIT four today, down from eighteen in March.",
            "AUDIT was four, down from twenty-six at intake.",
        ],
    );
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &[
            "AUDIT twenty-four.",
            "AUDIT 12 today, hazardous range.",
            "AUDIT-C 5 on Tuesday.",
            "AUDIT was fourteen, up from nine in the spring.",
        ],
    );
    expect(
        RiskKind::SubstanceUse,
        None,
        &[
            "The audit at her work found nothing.",
            "Audit season at the firm has her exhausted.",
        ],
    );
}

#[test]
fn off_everything_is_abstinence_and_a_denied_marker_marks_nothing() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Denied),
        &[
            "He's been off everything since rehab in March.",
            "She says she's stayed off it all since detox.",
            "Denies binge drinking, just two pints on a Sunday with his dad.",
        ],
    );
    expect(
        RiskKind::SubstanceUse,
        None,
        &[
            "He's been off work since the surgery.",
            "She has been off everything sweet for Lent.",
        ],
    );
}

#[test]
fn one_occasion_in_company_with_no_marker_is_no_risky_use() {
    expect(
        RiskKind::SubstanceUse,
        None,
        &[
            "On Friday he went out for drinks with his team, and said it was the first time he'd relaxed in months.",
            "She had a couple of glasses of wine at the wake, her first in years.",
        ],
    );
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &[
            "She had a drink on Saturday, her first since March.",
            "He went out for drinks with his mates and doesn't remember getting home.",
            "She goes out for drinks with friends most nights of the week.",
        ],
    );
}

#[test]
fn amounts_said_loosely_and_intoxication_slang_keep_drinking_present() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &[
            "Had a wine or six at her cousin's party, she admitted.",
            "He has the odd bottle of whisky at the weekend with his brother.",
            "She and her mates got trashed on cider at the party and she threw up in the taxi.",
            "He went back out at the weekend, two days on the sauce.",
        ],
    );
    expect(
        RiskKind::SubstanceUse,
        None,
        &["He threw a glass of water at the wall when the letter came."],
    );
}

#[test]
fn a_drink_verb_with_a_negated_object_and_remission_of_another_illness() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Denied),
        &["He drinks no alcohol, he said, when I asked."],
    );
    // "Remission" of depression sets no recovery context: two beers a week stay within limits.
    let memo = "Pt reports mood better. ETOH two beers on weekends, no other substances. \
                MDD in partial remission. Continue sertraline.";
    let r = assess_memo_with(memo, &split_clauses(memo), false);
    assert_eq!(
        r.item(RiskKind::SubstanceUse),
        Some(ItemStatus::Denied),
        "{:?}",
        r.items
    );
    let memo = "Alcohol use disorder, in early remission. He had two beers on Saturday. \
                Plan to review relapse triggers.";
    let r = assess_memo_with(memo, &split_clauses(memo), false);
    assert_eq!(
        r.item(RiskKind::SubstanceUse),
        Some(ItemStatus::Present),
        "{:?}",
        r.items
    );
}

#[test]
fn a_question_window_a_cause_and_a_small_ceiling_are_no_lapse() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Denied),
        &[
            "I asked about drinking since the flood and he said a couple of beers on the weekend, nothing more.",
            "Asked about alcohol, since it hits harder after the surgery, she says she's had one glass of wine at a birthday and nothing else.",
            "Asked about her drinking, she says she sticks to water now.",
            "He says he's only had a pint or two and no drugs.",
        ],
    );
    expect(
        RiskKind::SubstanceUse,
        None,
        &["There's been a lot of drinking in the village since the funeral, she says."],
    );
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &["He's been drinking again since he left rehab, a few cans most nights."],
    );
}

/// A sentence that names no one is the memo client's: a man's four cans at the weekend are
/// within his limits, a woman's are not (NIAAA: 4 a day for men, 3 for women).
#[test]
fn a_sentence_naming_no_one_takes_the_memo_clients_limits() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Denied),
        &["Lives with his partner and two kids. Denies thoughts of self-harm. Drinks four cans at the weekend, no drugs."],
    );
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &["Lives with her partner and two kids. Denies thoughts of self-harm. Drinks four cans at the weekend, no drugs."],
    );
}

#[test]
fn an_audit_score_told_beside_an_earlier_one_or_a_corrected_name_reads_today() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Denied),
        &[
            "AUDIT is five, last time sixteen.",
            "AUDIT three, before it was twenty-two.",
            "AUDIT-C, no, sorry, the full AUDIT, was four.",
        ],
    );
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &[
            "AUDIT is eighteen, last time six.",
            "AUDIT-C five today.",
            "AUDIT twenty before the program, still nineteen.",
        ],
    );
}

#[test]
fn a_cask_of_wine_drunk_and_one_medicine_from_several_pharmacies_are_risky_use() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &[
            "He goes through a box of wine every couple of days on his own.",
            "She drank a cask of white at the weekend.",
            "He has been getting tramadol from four different pharmacies.",
        ],
    );
    expect(
        RiskKind::SubstanceUse,
        None,
        &[
            "She bought a box of wine for her sister's party.",
            "He gets his groceries from different shops now.",
        ],
    );
}

#[test]
fn a_marker_ruled_out_by_its_next_word_marks_nothing() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Denied),
        &["Just the one lager on Saturday, breath no smell, blood alcohol zero."],
    );
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &["Just the one lager on Saturday, but his breath smelled of it on Monday morning."],
    );
}

#[test]
fn a_topic_header_before_a_denial_is_no_use() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Denied),
        &["Alcohol: says she's given up the gin completely, nothing since the summer."],
    );
}

/// A pint of white liquor is a pint of spirits, many standard drinks, not one pint of beer;
/// a mickey of rye is a bottle of spirits.
#[test]
fn a_pint_of_liquor_and_a_mickey_of_rye_are_spirits() {
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &["He drinks white liquor every night, says it's about a pint."],
    );
    expect(
        RiskKind::SubstanceUse,
        Some(ItemStatus::Present),
        &["He drank a mickey of rye at the bush party."],
    );
}
