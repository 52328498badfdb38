//! Lower-cased word and punctuation tokens of one clause, with byte offsets into the clause,
//! so a rule can ask "is this phrase its own comma-separated item?" and quote what it matched.
//! Fillers ("um", "uh") are dropped: "about, um, an hour" reads as "about, an hour".

/// A word (lower-cased; hyphens split words) or one of `, : ;`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Tok {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub punct: bool,
}

impl Tok {
    /// The word, or `None` for punctuation.
    pub fn word(&self) -> Option<&str> {
        (!self.punct).then_some(self.text.as_str())
    }

    pub fn is(&self, w: &str) -> bool {
        !self.punct && self.text == w
    }

    pub fn is_any(&self, ws: &[&str]) -> bool {
        !self.punct && ws.contains(&self.text.as_str())
    }

    pub fn is_comma(&self) -> bool {
        self.punct && self.text == ","
    }
}

const FILLERS: &[&str] = &["um", "uh", "uhm", "erm", "er", "hmm", "mm"];

/// Tokenizes one clause.
pub(crate) fn tokenize(s: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let apostrophe = d == '\'' || d == '\u{2019}';
                let joins_word = apostrophe
                    && s[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic);
                if d.is_alphanumeric() || joins_word {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let text = s[i..end].to_lowercase().replace('\u{2019}', "'");
            if FILLERS.contains(&text.as_str()) {
                continue;
            }
            out.push(Tok {
                text,
                start: i,
                end,
                punct: false,
            });
        } else if matches!(c, ',' | ':' | ';') {
            if c == ',' && out.last().is_some_and(Tok::is_comma) {
                continue;
            }
            if c == ',' && out.is_empty() {
                continue;
            }
            out.push(Tok {
                text: c.to_string(),
                start: i,
                end: i + 1,
                punct: true,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fillers_go_and_commas_collapse() {
        let t: Vec<String> = tokenize("Um, down to about, um, an hour-and Y-BOCS; she's")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            t,
            ["down", "to", "about", ",", "an", "hour", "and", "y", "bocs", ";", "she's"]
        );
    }
}
