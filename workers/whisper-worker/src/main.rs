//! Whisper engine worker: loads a ggml Whisper model once and transcribes 16 kHz mono PCM frames
//! sent by `hushnote` on stdin (see `hushnote-protocol`). It links whisper-rs and nothing from
//! llama.cpp, so the two vendored ggml copies never meet in one process (DESIGN §2).

use hushnote_protocol::{
    bytes_to_samples, read_frame, worker, write_frame, Segment, TranscribeOptions, WhisperRequest,
    WhisperResponse, WorkerErrorKind, PROTOCOL_VERSION,
};
use std::io::{BufReader, BufWriter, Write};
use std::time::Instant;
use whisper_rs::{
    FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters, WhisperState,
};

/// A loaded model and its decoding state. The state (KV caches, compute buffers, scheduler)
/// costs a few tens of milliseconds to build, so it is built once per model and reused for
/// every memo; whisper.cpp resets it at the start of each `whisper_full`.
struct Engine {
    // Field order: the state drops before the context it was made from.
    state: Option<WhisperState>,
    ctx: WhisperContext,
}

fn main() {
    worker::passive_openmp("whisper-worker");
    worker::die_with_parent();
    let out = match worker::take_protocol_stdout() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("whisper-worker: cannot set up the protocol pipe: {e}");
            std::process::exit(2);
        }
    };
    // Silence whisper.cpp/ggml logging: it is noise on stderr and must never carry text.
    whisper_rs::install_logging_hooks();
    let mut out = BufWriter::new(out);
    let mut input = BufReader::new(std::io::stdin().lock());
    let mut engine: Option<Engine> = None;

    loop {
        let (req, payload) = match read_frame::<_, WhisperRequest>(&mut input) {
            Ok(Some(f)) => f,
            Ok(None) => return, // daemon closed the pipe: exit quietly
            Err(e) => {
                eprintln!("whisper-worker: {e}");
                std::process::exit(3);
            }
        };
        let resp = match req {
            WhisperRequest::Shutdown => return,
            WhisperRequest::Load {
                protocol,
                model_path,
                flash_attn,
                use_gpu,
            } => {
                if protocol != PROTOCOL_VERSION {
                    error(
                        WorkerErrorKind::BadRequest,
                        format!("protocol {protocol} != worker protocol {PROTOCOL_VERSION}; rebuild hushnote and its workers together"),
                    )
                } else {
                    let t = Instant::now();
                    let mut params = WhisperContextParameters::default();
                    params
                        .flash_attn(flash_attn)
                        .use_gpu(use_gpu && cfg!(feature = "cuda"));
                    // Drop the old model (and its state) before loading the next.
                    engine = None;
                    match WhisperContext::new_with_params(&model_path, params) {
                        Ok(ctx) => {
                            // Build the state now: the first memo should not pay for it.
                            let state = ctx.create_state().ok();
                            engine = Some(Engine { state, ctx });
                            WhisperResponse::Loaded {
                                load_ms: t.elapsed().as_millis() as u64,
                                system_info: whisper_rs::print_system_info().trim().to_string(),
                            }
                        }
                        Err(e) => error(
                            WorkerErrorKind::ModelLoad,
                            format!("whisper.cpp could not load the model ({e:?}); run `hushnote models verify`"),
                        ),
                    }
                }
            }
            WhisperRequest::Transcribe(opts) => {
                worker::maybe_abort_for_test("transcribe");
                match (&mut engine, bytes_to_samples(&payload)) {
                    (None, _) => error(WorkerErrorKind::NotLoaded, "no model loaded".into()),
                    (_, None) => error(
                        WorkerErrorKind::BadRequest,
                        "payload is not f32 samples".into(),
                    ),
                    (Some(e), Some(samples)) => transcribe(e, &opts, &samples),
                }
            }
        };
        if let Err(e) = write_frame(&mut out, &resp, &[]).and_then(|_| Ok(out.flush()?)) {
            eprintln!("whisper-worker: cannot answer: {e}");
            std::process::exit(3);
        }
    }
}

fn error(kind: WorkerErrorKind, message: String) -> WhisperResponse {
    WhisperResponse::Error { kind, message }
}

fn transcribe(engine: &mut Engine, opts: &TranscribeOptions, samples: &[f32]) -> WhisperResponse {
    let t = Instant::now();
    if engine.state.is_none() {
        match engine.ctx.create_state() {
            Ok(s) => engine.state = Some(s),
            Err(e) => {
                return error(
                    WorkerErrorKind::Engine,
                    format!("cannot create a Whisper state ({e:?}); is the machine out of memory?"),
                )
            }
        }
    }
    let Some(state) = engine.state.as_mut() else {
        return error(WorkerErrorKind::Engine, "no Whisper state".into());
    };
    let strategy = if opts.decode.beam_size > 1 {
        SamplingStrategy::BeamSearch {
            beam_size: opts.decode.beam_size.min(8) as i32,
            patience: -1.0,
        }
    } else {
        SamplingStrategy::Greedy { best_of: 1 }
    };
    let mut params = FullParams::new(strategy);
    params.set_n_threads(opts.threads.max(1) as i32);
    params.set_language(opts.language.as_deref());
    params.set_translate(false);
    params.set_print_progress(false);
    params.set_print_realtime(false);
    params.set_print_special(false);
    params.set_print_timestamps(false);
    // Each memo stands alone: never condition on a previous memo's text.
    params.set_no_context(true);
    params.set_suppress_blank(true);
    if let Some(p) = opts.initial_prompt.as_deref().filter(|p| !p.is_empty()) {
        params.set_initial_prompt(p);
    }
    if opts.audio_ctx > 0 {
        params.set_audio_ctx(opts.audio_ctx as i32);
    }
    params.set_temperature_inc(opts.decode.temperature_inc.max(0.0));
    params.set_no_timestamps(opts.decode.no_timestamps);
    params.set_single_segment(opts.decode.single_segment);
    if let Err(e) = state.full(params, samples) {
        // A failed run may leave the state half-updated: rebuild it for the next memo.
        engine.state = None;
        return error(
            WorkerErrorKind::Engine,
            format!("whisper.cpp failed: {e:?}"),
        );
    }
    let mut segments = Vec::new();
    for i in 0..state.full_n_segments() {
        let Some(seg) = state.get_segment(i) else {
            continue;
        };
        let text = match seg.to_str_lossy() {
            Ok(t) => t.into_owned(),
            Err(e) => return error(WorkerErrorKind::Engine, format!("segment text: {e:?}")),
        };
        // whisper timestamps are in centiseconds.
        segments.push(Segment {
            start_ms: (seg.start_timestamp().max(0) as u64) * 10,
            end_ms: (seg.end_timestamp().max(0) as u64) * 10,
            text,
        });
    }
    WhisperResponse::Transcript {
        segments,
        elapsed_ms: t.elapsed().as_millis() as u64,
    }
}
