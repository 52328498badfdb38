//! Log lines that cannot be forged: a file name is chosen by whoever drops the file, so a name
//! holding a newline (`"evil\n2026-12-01T00:00:00Z ERROR forged.wav"`) would otherwise print
//! as a second, genuine-looking log line. Every formatted event passes through
//! [`EscapingWriter`], which writes control characters (and the Unicode line and
//! direction-override characters) as `\n`, `\u{1b}`... so one event is always one line.

use std::io::{self, Write};

/// True for characters that could break or disguise a log line.
fn is_dangerous(c: char) -> bool {
    (c.is_control() && c != '\t')
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every dangerous character escaped (`\n`, `\r`, `\u{1b}`...); plain text unchanged.
pub fn escape(s: &str) -> String {
    if !s.chars().any(is_dangerous) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_dangerous(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// One formatted log event (tracing-subscriber writes each event with one `write_all`),
/// escaped so that only its final newline remains.
pub fn escape_event(buf: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(buf);
    let (body, newline) = match text.strip_suffix('\n') {
        Some(b) => (b, true),
        None => (&*text, false),
    };
    let mut out = escape(body).into_bytes();
    if newline {
        out.push(b'\n');
    }
    out
}

/// stderr, one escaped event per write.
pub struct EscapingWriter(io::Stderr);

impl Write for EscapingWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write_all(&escape_event(buf))?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// `MakeWriter` for tracing-subscriber: `.with_writer(logging::stderr)`.
pub fn stderr() -> EscapingWriter {
    EscapingWriter(io::stderr())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_forged_name_stays_on_one_line() {
        let event = "2026-12-02T10:00:00Z INFO memo taken source=evil\n2026-12-01T00:00:00Z ERROR forged.wav\n";
        let out = String::from_utf8(escape_event(event.as_bytes())).unwrap();
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(out.ends_with("forged.wav\n"));
        assert!(out.contains(r"evil\n2026"));
        assert_eq!(
            escape("a\u{1b}[31mred\r\u{202e}x"),
            r"a\u{1b}[31mred\r\u{202e}x"
        );
        assert_eq!(
            escape("plain memo.wav\twith tab"),
            "plain memo.wav\twith tab"
        );
    }
}
