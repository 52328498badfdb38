//! Tricky numbers near session facts, written for issue 14 without reading any held-out memo:
//! a number is a fact only when it is bound to what it measures; a wrong value is worse than
//! none, so every ambiguous sentence here expects nothing.

use super::*;
use crate::clauses::split_clauses;
use MeasureKind::*;

fn facts(memo: &str) -> SessionFacts {
    extract(&split_clauses(memo))
}

/// A score and the earlier score it is compared with.
type Read = Option<(Score, Option<u32>)>;

fn score(memo: &str, kind: MeasureKind) -> Read {
    facts(memo).measure(kind).map(|m| (m.score, m.previous))
}

fn points(v: u32, prev: Option<u32>) -> Read {
    Some((Score::Points(v), prev))
}

#[test]
fn scores_bound_to_their_instrument() {
    let cases: &[(&str, MeasureKind, Read)] = &[
        (
            "PHQ-9 dropped from eighteen to eleven.",
            Phq9,
            points(11, Some(18)),
        ),
        ("GAD-7 twelve out of twenty-one.", Gad7, points(12, None)),
        ("PHQ-9 was 14 of 27 today.", Phq9, points(14, None)),
        ("She got a 9 on the GAD-7.", Gad7, points(9, None)),
        (
            "PCL-5 was forty-one, down from sixty-two.",
            Pcl5,
            points(41, Some(62)),
        ),
        (
            "PHQ-9 was nineteen at intake, now eleven.",
            Phq9,
            points(11, Some(19)),
        ),
        (
            "Y-BOCS 32 at intake, 24 today.",
            Ybocs,
            points(24, Some(32)),
        ),
        ("AUDIT score of six, low risk.", Audit, points(6, None)),
        (
            "C-SSRS screen was negative today.",
            Cssrs,
            Some((Score::Negative, None)),
        ),
    ];
    for (memo, kind, want) in cases {
        assert_eq!(score(memo, *kind), *want, "{memo}");
    }
}

#[test]
fn numbers_near_a_measure_that_are_not_its_score() {
    let cases: &[(&str, MeasureKind)] = &[
        // a dose, an age, a date, a count, a time, a phone number
        (
            "PHQ-9 symptoms persist on sertraline, PHQ nine 20 mg.",
            Phq9,
        ),
        (
            "GAD-7 14 year old sister filled it in, not the client.",
            Gad7,
        ),
        ("PHQ-9 12/3 was the last one given.", Phq9),
        ("AUDIT 6 beers a night, most nights.", Audit),
        ("GAD-7 at 3:30 before the session.", Gad7),
        ("PHQ nine 555 0123 is the pharmacy line.", Phq9),
        // item nine is not the total
        ("PHQ-9 item nine was two.", Phq9),
        ("She scored 2 on item 9 on the PHQ-9.", Phq9),
        // a baseline or an old score with no current one
        ("PHQ-9 twelve last week, not repeated today.", Phq9),
        ("GAD-7 fifteen two weeks ago.", Gad7),
        ("Y-BOCS was thirty at baseline.", Ybocs),
        // outside the instrument's range
        ("GAD-7 twenty-four.", Gad7),
        ("PCL-5 eighty-five.", Pcl5),
        ("Y-BOCS forty-two.", Ybocs),
        ("AUDIT score forty-four.", Audit),
        // two instruments, two numbers: which is which is a guess
        ("PHQ-9 and GAD-7 were 14 and 9.", Gad7),
        ("PHQ-9 and GAD-7 were 14 and 9.", Phq9),
        ("PHQ-9 and GAD-7 were both fourteen.", Gad7),
        // two numbers, no correction word
        ("PHQ nine fourteen, sixteen.", Phq9),
        ("PHQ nine fourteen or fifteen, she wasn't sure.", Phq9),
        // an audit that is not the instrument
        ("She is facing a tax audit of 40 thousand.", Audit),
        ("The audit was 12 pages long.", Audit),
        // a screen result from another time
        ("C-SSRS screen positive at intake, negative today.", Cssrs),
        ("C-SSRS was positive last month.", Cssrs),
        (
            "C-SSRS screen negative for ideation but positive for behavior.",
            Cssrs,
        ),
        ("X of N with the wrong N: PHQ-9 14 of 20.", Phq9),
    ];
    for (memo, kind) in cases {
        assert_eq!(score(memo, *kind), None, "{memo}");
    }
}

#[test]
fn minutes_only_from_the_session_length() {
    let m = |memo: &str| facts(memo).minutes.map(|f| f.value);
    for memo in [
        "Session six. She came in twenty minutes late.",
        "Session six, twenty minutes late, telehealth.",
        "Session four. We practised a 5-minute breathing exercise.",
        "Session four. Her sister called for ten minutes on Tuesday.",
        "Session two. Last session lasted fifty minutes.",
        "Our usual fifty-minute session was cut short by the fire alarm.",
        "Session three, fifty minutes last week, I think.",
        "Session nine. She walks thirty minutes a day now.",
        "Session nine. Forty-five minute drive each way to get here.",
    ] {
        assert_eq!(m(memo), None, "{memo}");
    }
    assert_eq!(
        m("Session six, thirty minutes, she came twenty minutes late."),
        Some(30)
    );
    assert_eq!(
        m("Session four, fifty minutes, with a 5-minute grounding exercise."),
        Some(50)
    );
}

#[test]
fn session_number_only_from_this_sessions_ordinal() {
    let n = |memo: &str| facts(memo).number.map(|f| f.value);
    assert_eq!(n("Session six with Dana, telehealth."), Some(6));
    assert_eq!(n("Sixth session with Dana."), Some(6));
    assert_eq!(n("This was our 6th session."), Some(6));
    assert_eq!(n("Session six of twelve, six sessions left."), Some(6));
    for memo in [
        "Six sessions left before the authorization runs out.",
        "She has three sessions remaining.",
        "Since session four she has slept better.",
        "Reviewed the worksheet from session three.",
        "She missed session five for a funeral.",
        "Session seven is next Tuesday.",
        "Session 12/3 with Dana.",
        "The last session, session five, was hard for her.",
    ] {
        assert_eq!(n(memo), None, "{memo}");
    }
}

#[test]
fn bound_forms_that_are_read() {
    let f = |memo: &str| facts(memo);
    assert_eq!(
        f("Met with Dana for fifty minutes, in person.")
            .minutes
            .map(|m| m.value),
        Some(50)
    );
    assert_eq!(
        f("Saw Mr. Okafor for 45 min today.")
            .minutes
            .map(|m| m.value),
        Some(45)
    );
    assert_eq!(
        f("Session length fifty-three minutes.")
            .minutes
            .map(|m| m.value),
        Some(53)
    );
    assert_eq!(
        f("Duration: 50 minutes, telehealth.")
            .minutes
            .map(|m| m.value),
        Some(50)
    );
    assert_eq!(
        f("Visit 3 with Dana, in person.").number.map(|n| n.value),
        Some(3)
    );
    assert_eq!(
        f("Our fourth visit, by video.").number.map(|n| n.value),
        Some(4)
    );
    assert_eq!(score("PHQ-9 came in at 14 today.", Phq9), points(14, None));
    assert_eq!(score("PHQ-9 today was a fourteen.", Phq9), points(14, None));
    assert_eq!(score("GAD-7 12/21.", Gad7), points(12, None));
    assert_eq!(
        f("Home visit with Leo and his mom, forty-five minutes.")
            .setting
            .map(|s| s.value),
        Some(Setting::InPerson)
    );
    assert_eq!(
        f("Session seven, seen at the clinic.")
            .setting
            .map(|s| s.value),
        Some(Setting::InPerson)
    );
}

#[test]
fn near_misses_of_the_bound_forms() {
    let f = |memo: &str| facts(memo);
    for memo in [
        "Session two. She met with her lawyer for fifty minutes on Monday.",
        "Session two. Saw her GP for ten minutes last week.",
        "Session two. The film's length was ninety minutes.",
    ] {
        assert_eq!(f(memo).minutes, None, "{memo}");
    }
    for memo in [
        "She missed our third session.",
        "Since our second visit she has been sleeping.",
        "Visit 2 weeks ago was cancelled.",
        "Planned a visit to her mother.",
    ] {
        assert_eq!(f(memo).number, None, "{memo}");
    }
    for memo in [
        "Session two. She was at the clinic for bloodwork on Monday.",
        "Session two. She plans a home visit to her grandmother.",
    ] {
        assert_eq!(f(memo).setting, None, "{memo}");
    }
    assert_eq!(score("GAD-7 12/20.", Gad7), None);
}

#[test]
fn other_peoples_and_other_sessions_numbers() {
    assert_eq!(score("Her mother's PHQ-9 was 20 at the GP.", Phq9), None);
    assert_eq!(score("The client's PHQ-9 was 12.", Phq9), points(12, None));
    let f = |memo: &str| facts(memo);
    assert_eq!(
        f("Session eight. In session one she said she felt numb.")
            .number
            .map(|n| n.value),
        Some(8)
    );
    assert_eq!(f("In session one she said she felt numb.").number, None);
    for memo in [
        "Session two. She was referred for a 90-minute evaluation.",
        "Session two. A fifty-minute session is scheduled for Thursday.",
        "Session two. She needs a sixty minute intake with the psychiatrist.",
    ] {
        assert_eq!(f(memo).minutes, None, "{memo}");
    }
}

#[test]
fn attendees_and_settings_of_other_events() {
    let roles = |memo: &str| -> Vec<String> {
        facts(memo).attendees.into_iter().map(|a| a.value).collect()
    };
    for memo in [
        "Session four. Mom joined a gym last month.",
        "Session four. Dad attended her graduation.",
        "Session four. Her sister was present when he hit her.",
        "Session four. Her husband sat in the car the whole time.",
        "Session four. Mom came to the school meeting.",
    ] {
        assert!(roles(memo).is_empty(), "{memo}: {:?}", roles(memo));
    }
    assert_eq!(
        roles("Session four. Mom joined for the last ten minutes."),
        ["mother"]
    );
    assert_eq!(
        roles("Session four. Dad joined the call at the end."),
        ["father"]
    );
    assert_eq!(
        roles("Session four. Her husband was present for the whole session."),
        ["partner"]
    );
    let setting = |memo: &str| facts(memo).setting.map(|s| s.value);
    assert_eq!(
        setting("Session four, in person. She asked about switching to telehealth."),
        Some(Setting::InPerson)
    );
    assert_eq!(
        setting("Session four. She prefers telehealth in winter."),
        None
    );
    assert_eq!(
        setting("Session four, telehealth, fifty minutes."),
        Some(Setting::Telehealth)
    );
}

#[test]
fn modalities_talked_about() {
    let m = |memo: &str| facts(memo).modality.map(|f| f.value);
    for memo in [
        "Session four. She talked about the family therapy she had as a kid.",
        "Session four. I recommended couples therapy.",
        "Session four. They did couples therapy years ago.",
        "Session four. She was referred to group therapy.",
    ] {
        assert_eq!(m(memo), None, "{memo}");
    }
    assert_eq!(
        m("Couples session six, Nina and Rob, in person."),
        Some(Modality::Couples)
    );
    assert_eq!(
        m("Family therapy session, fifty minutes, with mom and dad."),
        Some(Modality::Family)
    );
}

#[test]
fn intakes_talked_about() {
    let intake = |memo: &str| facts(memo).intake.is_some();
    for memo in [
        "Session four. She had a diagnostic evaluation for ADHD last year.",
        "Session four. She was referred for an intake at the eating disorder clinic.",
        "Session four. Her initial evaluation two years ago found no psychosis.",
    ] {
        assert!(!intake(memo), "{memo}");
    }
    assert!(intake(
        "Intake, Olivia Brandt, thirty-four, in person, sixty minutes."
    ));
    assert!(intake(
        "Initial evaluation with Sam, fifty-five minutes, telehealth."
    ));
}
