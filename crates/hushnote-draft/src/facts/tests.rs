//! Session facts as dictated: the first rules' tests.

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
    let f =
        facts("Couples session six, Nina and Rob, in person. Plan: individual sessions for each.");
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
    let f = facts("Follow-up visit, Mr. Okafor, thirty minutes, with his case manager present.");
    assert_eq!(f.attendees[0].value, "case manager");
    assert_eq!(f.billing().unwrap().code, "90832");
    let f =
        facts("Family session with the Nguyen family, mom, dad, and Bao, twelve, sixty minutes.");
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
    let memo =
        "Session six, Brianna, telehealth, fifty minutes. PHQ nine fourteen, down from seventeen.";
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
