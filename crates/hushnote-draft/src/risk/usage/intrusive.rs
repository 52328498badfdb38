//! **Intrusive harm thoughts** named by their clinical label ("ego-dystonic intrusive harm
//! thoughts", "unwanted thoughts of hurting the baby"): harm to others, present with review,
//! never homicidal (FORMATS §3, perinatal and harm OCD).

/// "Intrusive harm thoughts", "ego-dystonic thoughts of hurting the baby", "unwanted images
/// of stabbing her partner": a label of unwanted thought with a harm word in it or after it,
/// about someone else (not "intrusive thoughts of harming herself").
pub(super) fn intrusive_harm(w: &[&str]) -> Option<(usize, usize)> {
    for k in 0..w.len() {
        let label = match w[k] {
            "intrusive" | "unwanted" | "unwelcome" | "obsessional" | "egodystonic" => k,
            "dystonic" if k > 0 && w[k - 1] == "ego" => k - 1,
            _ => continue,
        };
        let mut j = k + 1;
        let mut harm_in_label = false;
        while j < w.len()
            && matches!(
                w[j],
                "harm"
                    | "harming"
                    | "violent"
                    | "aggressive"
                    | "and"
                    | "intrusive"
                    | "unwanted"
                    | "obsessional"
                    | "distressing"
                    | "ego"
                    | "dystonic"
            )
        {
            harm_in_label |= matches!(w[j], "harm" | "harming" | "violent" | "aggressive");
            j += 1;
        }
        if !matches!(
            w.get(j),
            Some(
                &("thoughts"
                    | "thought"
                    | "images"
                    | "urges"
                    | "impulses"
                    | "obsessions"
                    | "pictures"
                    | "fantasies")
            )
        ) {
            continue;
        }
        let after = &w[j + 1..(j + 9).min(w.len())];
        let stop = after
            .iter()
            .position(|x| matches!(*x, "." | ";" | "but"))
            .unwrap_or(after.len());
        let after = &after[..stop];
        if after.iter().any(|x| {
            matches!(
                *x,
                "himself" | "herself" | "myself" | "themselves" | "yourself" | "self"
            )
        }) {
            continue;
        }
        let harm_after = matches!(after.first(), Some(&("of" | "about")))
            && after.iter().any(|x| {
                matches!(
                    *x,
                    "harming"
                        | "hurting"
                        | "hitting"
                        | "stabbing"
                        | "drowning"
                        | "dropping"
                        | "smothering"
                        | "strangling"
                        | "pushing"
                        | "shaking"
                        | "killing"
                        | "throwing"
                        | "suffocating"
                        | "attacking"
                        | "harm"
                        | "hurt"
                )
            });
        if harm_in_label || harm_after {
            return Some((label, j + 1));
        }
    }
    None
}
