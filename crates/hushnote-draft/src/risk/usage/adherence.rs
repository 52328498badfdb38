//! Taking one's prescribed medicine is adherence, not substance use: "she has been taking her
//! meds, missed one dose Sunday", "he's taking his pills from the blister pack". Misuse is told
//! by its own words (extra, more than prescribed, crushed, someone else's, running out early).

use crate::risk::tokens::Tok;

use super::lists::{ALCOHOL, NOUNS};
use super::{has_seq, words};

/// Whether the sentence tells one's own medicine ("her meds", "his pills") or medicine named
/// with a word of adherence ("as prescribed", "blister pack") taken or missed, with no word of
/// misuse, nobody else's medicine and no drink or drug named.
pub(crate) fn medication_adherence(toks: &[Tok]) -> bool {
    let w = words(toks);
    let is_medicine = |x: &str| {
        matches!(
            x,
            "meds"
                | "medication"
                | "medications"
                | "medicine"
                | "medicines"
                | "pills"
                | "tablets"
                | "dose"
                | "doses"
                | "prescription"
        )
    };
    let medicine = w.iter().any(|x| {
        is_medicine(x)
            || matches!(
                *x,
                "prescribed" | "blister" | "dosette" | "webster" | "injection" | "depot"
            )
    });
    let taking = w.iter().any(|x| {
        matches!(
            *x,
            "taking"
                | "takes"
                | "took"
                | "taken"
                | "missed"
                | "misses"
                | "missing"
                | "compliant"
                | "adherent"
                | "adherence"
                | "compliance"
                | "forgot"
                | "forgets"
                | "forgetting"
        )
    }) || has_seq(&w, &["as", "prescribed"]);
    // "her meds", "his blood pressure pills", "their prescribed medication".
    let own = (0..w.len()).any(|k| {
        matches!(w[k], "her" | "his" | "their" | "my")
            && w[k + 1..(k + 4).min(w.len())]
                .iter()
                .any(|x| is_medicine(x))
    });
    let adherence_word = w.iter().any(|x| {
        matches!(
            *x,
            "compliant"
                | "adherent"
                | "adherence"
                | "compliance"
                | "blister"
                | "dosette"
                | "webster"
                | "organiser"
                | "organizer"
        )
    }) || has_seq(&w, &["as", "prescribed"])
        || (w.contains(&"missed") && w.iter().any(|x| matches!(*x, "dose" | "doses")));
    // Someone else's medicine ("his late wife's tablets"): a possessive that is no
    // contraction of "is" or "has".
    let others = (0..w.len()).any(|k| {
        let x = w[k];
        w[k + 1..(k + 4).min(w.len())]
            .iter()
            .any(|y| is_medicine(y))
            && x.ends_with("'s")
            && !matches!(
                x,
                "he's"
                    | "she's"
                    | "it's"
                    | "that's"
                    | "there's"
                    | "what's"
                    | "who's"
                    | "let's"
                    | "pt's"
                    | "client's"
                    | "patient's"
            )
    });
    let misuse = others
        || w.iter().any(|x| {
            matches!(
                *x,
                "extra"
                    | "too"
                    | "whole"
                    | "all"
                    | "overdose"
                    | "overdosed"
                    | "crushed"
                    | "crushing"
                    | "snorted"
                    | "snorting"
                    | "injecting"
                    | "stockpiled"
                    | "stockpiling"
                    | "saving"
                    | "hoarding"
                    | "early"
                    | "double"
                    | "doubled"
                    | "doubling"
                    | "borrowed"
                    | "bought"
                    | "buying"
                    | "street"
                    | "handful"
                    | "fistful"
                    | "misusing"
                    | "misuse"
                    | "abusing"
                    | "high"
                    | "buzz"
                    | "mixing"
                    | "mixed"
                    | "more"
                    | "many"
                    | "however"
                    | "leftover"
                    | "someone"
                    | "handed"
            )
        })
        || has_seq(&w, &["ran", "out"])
        || has_seq(&w, &["run", "out"])
        || has_seq(&w, &["running", "out"]);
    medicine
        && (own || adherence_word)
        && taking
        && !misuse
        && !w.iter().any(|x| {
            ALCOHOL.contains(x)
                || (NOUNS.contains(x) && !matches!(*x, "and" | "or" | "," | "other" | "street"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::risk::tokens::tokenize;

    #[test]
    fn prescribed_medicine_taken_or_missed_is_adherence_and_misuse_is_not() {
        for s in [
            "Pt states she has been taking her meds, missed one dose Sun.",
            "He's taking his pills from the blister pack, and he showed me the receipt.",
            "She is compliant with her medication and takes it as prescribed.",
        ] {
            assert!(medication_adherence(&tokenize(s)), "{s}");
        }
        for s in [
            "She's been taking her pills faster than prescribed and ran out early.",
            "He's taking extra tablets to sleep.",
            "He's taking his meds with vodka.",
            "She's taking her mum's tablets.",
            "Taking all his pills at once.",
            "He was steaming at the party, took two pills someone handed him.",
            "She admits she's been taking more of her diazepam than she's prescribed.",
            "He's been taking his late wife's leftover sleeping tablets most nights.",
            "He tells me the pills help him sleep and he takes however many it takes now.",
            "It was client who took six of the pills on Saturday.",
        ] {
            assert!(!medication_adherence(&tokenize(s)), "{s}");
        }
    }
}
