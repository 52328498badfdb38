//! The experiencer of a mention inside a question put to the client: the client, however
//! many people the run-on sentence named before the question.

use crate::risk::tokens::Tok;

use super::words;

/// "I asked him straight whether he'd had any thoughts of ending his life ... and he said no":
/// a mention inside a question put to the client is about the client (ConText experiencer:
/// the person asked), however many people the run-on sentence named before the question,
/// unless the question itself names someone else ("asked whether her brother ...").
pub(crate) fn asked_client(toks: &[Tok], question: Option<usize>, s: usize) -> bool {
    let Some(q) = question else { return false };
    let w = words(toks);
    let mut k = q + 1;
    // The person asked: "asked him", "asked her straight", "asked the client".
    if matches!(
        w.get(k),
        Some(&("him" | "her" | "them" | "client" | "patient" | "pt"))
    ) {
        k += 1;
    } else if w.get(k) == Some(&"the") && matches!(w.get(k + 1), Some(&("client" | "patient"))) {
        k += 2;
    }
    k <= s
        && !w[k..s].iter().any(|x| {
            crate::risk::actors::is_relation(x)
                || x.ends_with("'s")
                    && !matches!(*x, "he's" | "she's" | "it's" | "that's" | "what's")
        })
}

/// "Asked about thoughts of killing herself. No. Thoughts of killing the ex. Laughed, said
/// no": in a run of questions, a topic said as a bare noun phrase ("Thoughts of ...", "Any
/// urges to ...", "Plan.", "Intent.") is the next question put, as if it ended in "?". Only
/// right after a question or its answer, and only when the next sentence opens with an
/// answer ("no", "said no", "laughed, said no", "denied").
pub(crate) fn topic_fragments_asked(mut units: Vec<Vec<Tok>>) -> Vec<Vec<Tok>> {
    for i in 1..units.len() {
        let u = &units[i];
        let w = words(u);
        let opens_topic = matches!(
            w.as_slice(),
            [
                "thoughts" | "thought" | "urges" | "urge",
                "of" | "about" | "to",
                ..
            ] | ["any", "thoughts" | "urges" | "plan" | "intent", ..]
                | ["plan" | "intent" | "access" | "means", ..]
        );
        // A bare phrase: no finite verb ("Thoughts of killing the ex" has only a gerund).
        let finite = u.iter().skip(1).any(|t| {
            matches!(
                t.norm.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "said"
                    | "says"
                    | "denies"
                    | "denied"
                    | "reports"
                    | "reported"
                    | "came"
                    | "comes"
            ) || t.norm.ends_with("ed") && t.norm.len() > 4
        });
        let ends_plain = u.last().is_some_and(|t| t.is("."));
        let prev = &units[i - 1];
        let after_question = prev
            .iter()
            .any(|t| matches!(t.norm.as_str(), "asked" | "asks" | "screened" | "?"))
            || words(prev)
                .first()
                .is_some_and(|x| matches!(*x, "no" | "denied" | "denies"));
        let answered = units.get(i + 1).is_some_and(|n| {
            let nw = words(n);
            let head: Vec<&str> = nw.iter().take(6).copied().collect();
            head.first()
                .is_some_and(|x| matches!(*x, "no" | "denied" | "denies" | "nope"))
                || head.windows(2).any(|p| {
                    matches!(p[0], "said" | "says" | "answered" | "replied")
                        && matches!(p[1], "no" | "never" | "nope" | "none")
                })
        });
        if opens_topic && !finite && ends_plain && after_question && answered && w.len() <= 12 {
            if let Some(last) = units[i].last_mut() {
                last.norm = "?".to_string();
            }
        }
    }
    units
}
