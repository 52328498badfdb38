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
