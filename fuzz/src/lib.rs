//! Shared pieces of the fuzz targets: an allocation cap (a lying header must not make a parser
//! reserve gigabytes), a scratch folder for the parsers that read files, and the drafting
//! invariants (no panic, nothing lost, transcript verbatim).

use hushnote_draft::{plan, prepare, AudioDisposal, DraftOptions, Format, RenderMeta};
use std::alloc::{GlobalAlloc, Layout, System};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Largest single allocation a target may make, above what any 32-bit length field can claim.
/// symphonia 0.5 reserves whatever a FLAC/Vorbis comment (up to 4 GB), an ID3v2 frame (up to
/// 256 MB) or a RIFF packet (up to ~75 MB) claims before finding the bytes missing: those inputs
/// are kept in tests/fixtures/fuzz-regressions/ and refused cleanly on Linux (the reservation is
/// never touched), so the cap only stops the fuzzer on claims beyond them (e.g. 64-bit sizes).
pub const MAX_ALLOC: usize = (u32::MAX as usize) + 1;

/// The system allocator with [`MAX_ALLOC`] enforced: an oversized request aborts, which
/// libFuzzer records as a crash with the input that caused it. (libFuzzer's own
/// `-malloc_limit_mb` needs a sanitizer; the targets are built without one for speed.)
pub struct CappedAlloc;

unsafe impl GlobalAlloc for CappedAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() > MAX_ALLOC {
            too_big(layout.size());
        }
        System.alloc(layout)
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.size() > MAX_ALLOC {
            too_big(layout.size());
        }
        System.alloc_zeroed(layout)
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size > MAX_ALLOC {
            too_big(new_size);
        }
        System.realloc(ptr, layout, new_size)
    }
}

/// Reports and aborts without allocating (we are inside the allocator).
fn too_big(size: usize) -> ! {
    let mut msg = *b"hushnote-fuzz: allocation over the cap: 0x0000000000000000 bytes\n";
    let hex = b"0123456789abcdef";
    let at = msg.iter().position(|&b| b == b'x').unwrap_or(0) + 1;
    for i in 0..16 {
        msg[at + i] = hex[(size >> (60 - 4 * i)) & 0xf];
    }
    // SAFETY: writing a stack buffer to stderr, then aborting.
    unsafe {
        libc::write(2, msg.as_ptr().cast(), msg.len());
        libc::abort();
    }
}

#[global_allocator]
static ALLOC: CappedAlloc = CappedAlloc;

/// A private scratch folder for this fuzzing process (in /dev/shm when it exists: the file
/// parsers run once per input).
pub fn scratch() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let base = Path::new("/dev/shm");
        let base = if base.is_dir() {
            base.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        let dir = base.join(format!("hushnote-fuzz-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        dir
    })
}

/// Writes `data` to `name` in the scratch folder and returns its path.
pub fn scratch_file(name: &str, data: &[u8]) -> PathBuf {
    let p = scratch().join(name);
    std::fs::write(&p, data).expect("write scratch file");
    p
}

/// Run facts for rendering; fixed, since only the memo text and the format are under test.
pub fn meta() -> RenderMeta {
    RenderMeta {
        created: "2026-11-23T14:05:00+01:00".into(),
        memo_seconds: 12.5,
        whisper: None,
        llm: None,
        audio: AudioDisposal::Deleted,
        transcript_sha256: "00".into(),
    }
}

/// Drafts `transcript` in `format`, with `model_output` as the Llama worker's answer, and
/// checks what must hold for any text: no panic, every clause is the memo's own text, every
/// clause lands in the note, and the rendered draft quotes the public transcript verbatim
/// (up to the renderer's documented escapes).
pub fn check_draft(transcript: &str, format: &Format, model_output: Option<&str>) {
    let prepared = prepare(transcript, &DraftOptions::default());
    assert!(
        transcript.contains(prepared.public.as_str()),
        "public part is not transcript text"
    );
    if let Some(p) = &prepared.private {
        assert!(
            transcript.contains(p.as_str()),
            "private part is not transcript text"
        );
    }
    for c in &prepared.clauses {
        let span = prepared.public.get(c.start..c.end).expect("clause range");
        assert_eq!(span.trim(), c.text, "clause {} is not its span", c.id);
    }
    let _ = plan::prompt(format, &prepared.clauses);
    let _ = plan::grammar(format, prepared.clauses.len());
    let _ = plan::fallback(format, &prepared.clauses);
    let _ = plan::hybrid(model_output, format, &prepared.clauses);
    let assignment = plan::resolve(model_output, format, &prepared.clauses);
    let doc = prepared.compose(format, Some(assignment));
    for c in &prepared.clauses {
        let placed = doc
            .note
            .sections
            .iter()
            .flat_map(|s| &s.sentences)
            .any(|s| s.clause_ids.contains(&c.id));
        assert!(
            placed,
            "clause {} of {} was lost",
            c.id,
            prepared.clauses.len()
        );
    }
    let md = doc.render(&meta());
    check_transcript_section(&md, &prepared.public);
    if let Some(private_md) = doc.render_private(&meta()) {
        let private = prepared.private.as_deref().unwrap_or_default();
        for line in private.lines().map(str::trim).filter(|l| !l.is_empty()) {
            assert!(
                normalise(&private_md).contains(&normalise(line)),
                "private note line lost"
            );
        }
    }
}

/// The renderer's escapes, undone loosely on both sides: `<` is written `&lt;`, a line that
/// would start a Markdown block gets a backslash, a stray carriage return becomes a space.
fn normalise(s: &str) -> String {
    s.replace("&lt;", "<").replace('\\', "").replace('\r', " ")
}

fn check_transcript_section(md: &str, public: &str) {
    let marker = "\n## Memo transcript\n\n";
    let at = md
        .rfind(marker)
        .expect("draft has a Memo transcript section");
    let body = &md[at + marker.len()..];
    let got: Vec<String> = body
        .lines()
        .map(|l| {
            let l = l.strip_prefix('>').expect("transcript line is quoted");
            normalise(l.strip_prefix(' ').unwrap_or(l))
        })
        .collect();
    let want: Vec<String> = if public.trim().is_empty() {
        vec!["(empty)".to_string()]
    } else {
        public
            .trim()
            .lines()
            .map(|l| normalise(l.trim_end()))
            .collect()
    };
    assert_eq!(got, want, "transcript not verbatim in the draft");
}

/// For targets whose code under test catches panics on purpose (`decode_file` turns a
/// decoder panic into a "corrupt" error): libfuzzer-sys's hook aborts on every panic, even a
/// caught one, so this puts back a hook that only prints where it happened. A panic that
/// escapes the target still aborts (libfuzzer-sys checks the target's result).
pub fn allow_caught_panics() {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static SHOWN: AtomicUsize = AtomicUsize::new(0);
    std::panic::set_hook(Box::new(|info| {
        // The first few only: a known decoder panic can fire thousands of times a second.
        if SHOWN.fetch_add(1, Ordering::Relaxed) < 20 {
            eprintln!("panic (the target may catch it): {info}");
        }
    }));
}
