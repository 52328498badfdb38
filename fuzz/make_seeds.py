#!/usr/bin/env python3
"""Writes the small seed corpora under fuzz/corpus/<target>/ (run from the repository root).

Seeds are kept tiny (a few KB) so libFuzzer mutates them quickly; each target's seeds cover
the shapes its parser accepts plus a few hostile ones (lying headers, huge lengths)."""
import json, os, struct, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
C = os.path.join(ROOT, "fuzz", "corpus")

def put(target, name, data):
    d = os.path.join(C, target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)

# ---- WAV ------------------------------------------------------------------------------
def wav(fmt_tag, channels, rate, bits, data, data_len=None, block=None, ext=None):
    block = block if block is not None else channels * bits // 8
    fmt = struct.pack("<HHIIHH", fmt_tag, channels, rate, (rate * block) & 0xFFFFFFFF, block, bits)
    if ext is not None:
        fmt += struct.pack("<H", len(ext)) + ext
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt
    body += b"data" + struct.pack("<I", len(data) if data_len is None else data_len) + data
    return b"RIFF" + struct.pack("<I", len(body)) + body

tone16 = b"".join(struct.pack("<h", (i * 1200) % 30000 - 15000) for i in range(400))
put("decode_wav", "pcm16_mono", wav(1, 1, 16000, 16, tone16))
put("decode_wav", "pcm16_stereo", wav(1, 2, 44100, 16, tone16))
put("decode_wav", "pcm8", wav(1, 1, 8000, 8, bytes(range(256))))
put("decode_wav", "pcm24", wav(1, 1, 16000, 24, tone16[:600]))
put("decode_wav", "pcm32", wav(1, 2, 16000, 32, tone16[:512]))
put("decode_wav", "float32", wav(3, 1, 16000, 32, b"".join(struct.pack("<f", (i % 7) / 7) for i in range(200))))
sub = bytes.fromhex("0100000000001000800000aa00389b71")  # KSDATAFORMAT_SUBTYPE_PCM
put("decode_wav", "extensible16", wav(0xFFFE, 2, 48000, 16, tone16, ext=struct.pack("<HI", 16, 3) + sub))
put("decode_wav", "pcm16_in_24", wav(0xFFFE, 1, 16000, 24, tone16[:600], block=3, ext=struct.pack("<HI", 16, 4) + sub))
put("decode_wav", "lie_huge_data", wav(1, 1, 16000, 16, tone16[:64], data_len=0xFFFFFFF0))
put("decode_wav", "lie_zero_channels", wav(1, 0, 16000, 16, tone16[:64]))
put("decode_wav", "lie_absurd_rate", wav(1, 1, 0xFFFFFFFF, 16, tone16[:64], data_len=0x7FFFFFFE))
put("decode_wav", "lie_zero_rate", wav(1, 1, 0, 16, tone16[:64]))
put("decode_wav", "truncated", wav(1, 1, 16000, 16, tone16)[:300])
put("decode_wav", "header_only", wav(1, 1, 16000, 16, b"")[:44])
jfk = open(os.path.join(ROOT, "tests/fixtures/jfk.wav"), "rb").read()
put("decode_wav", "jfk_head", jfk[:4096])

# ---- compressed audio through symphonia (first byte picks the extension) ----------------
EXT = ["m4a", "mp3", "flac", "ogg", "aac", "opus", "mp4", "oga", "wav"]
with tempfile.TemporaryDirectory() as t:
    src = os.path.join(t, "s.wav")
    subprocess.run(["sox", "-n", "-r", "8000", "-c", "1", "-b", "16", src, "synth", "0.5", "sine", "440"], check=True)
    for ext, args in [("m4a", ["-c:a", "aac", "-b:a", "16k"]), ("mp3", ["-b:a", "8k"]),
                      ("flac", []), ("ogg", ["-c:a", "libvorbis", "-q:a", "0"]),
                      ("aac", ["-c:a", "aac", "-b:a", "16k"])]:
        out = os.path.join(t, "o." + ext)
        r = subprocess.run(["ffmpeg", "-loglevel", "error", "-y", "-i", src, *args, out])
        if r.returncode == 0:
            data = open(out, "rb").read()
            put("decode_compressed", ext, bytes([EXT.index(ext)]) + data)
            put("decode_compressed", ext + "_truncated", bytes([EXT.index(ext)]) + data[: len(data) // 2])
put("decode_compressed", "wav_not_riff", bytes([EXT.index("wav")]) + b"RIFX" + wav(1, 1, 8000, 16, tone16[:200])[4:])

# ---- typed memos and the drafting pipeline -----------------------------------------------
memos = json.load(open(os.path.join(ROOT, "tests/fixtures/memos.json")))
for m in memos[:4]:
    put("typed_memo", m["id"] + ".txt", m["memo"])
put("typed_memo", "private", "Client discussed grief. Private note: I worry she is suicidal.\n")
put("typed_memo", "markdown", "# Heading\n> quote\n- item\n1. one\n<!-- hidden --> text &lt; here\r\nDr. Smith saw her at 3 p.m. today; e.g. sleep.\n")
put("typed_memo", "nul", b"\x00" * 16)
put("typed_memo", "bad_utf8", b"Client \xff\xfe said hi.")
answers = {"SOAP": "1: Subjective\n2: Objective\n3: Assessment\n4: Plan\n", "DAP": "1: Data\n2: Assessment\n3: Plan\n"}
for i, m in enumerate(memos[:4]):
    ans = answers.get(m["format"], "1: Data\n")
    put("draft_pipeline", m["id"], bytes([i]) + m["memo"].encode() + b"\xff" + ans.encode())
put("draft_pipeline", "no_answer", b"\x01She denies suicidal ideation; no plan and no intent. Homework: sleep diary.")
put("draft_pipeline", "junk_answer", b"\x02One. Two. Three.\xff3: Plan\n1) Subjective.\n99: Nope\n1: Plan\n")
put("draft_pipeline", "private", b"\x00Client discussed grief. Process note: countertransference, she may kill herself.")

# ---- TOML ---------------------------------------------------------------------------------
put("config_toml", "example.toml", open(os.path.join(ROOT, "config/hushnote.example.toml"), "rb").read())
put("config_toml", "small.toml", '[paths]\ninbox = "~/notes"\n[capture]\nmax_seconds = 60\n[transcribe]\nbeam_size = 5\n')
put("config_toml", "nested.toml", "a = " + "[" * 64 + "]" * 64 + "\n")
put("format_toml", "birp.toml", 'name = "BIRP"\n\n[[sections]]\nname = "Behavior"\ndescription = "What the client said and did."\n\n[[sections]]\nname = "Intervention"\ndescription = "What the therapist did."\n\n[[sections]]\nname = "Response"\ndescription = "How the client responded."\n\n[[sections]]\nname = "Plan"\ndescription = "Next steps."\n')
put("format_toml", "odd.toml", 'name = "# <x>"\n[[sections]]\nname = "1. > Risk-ish"\ndescription = "a \\"quoted\\" line"\n')
put("format_toml", "reserved.toml", 'name = "R"\n[[sections]]\nname = "Memo transcript"\ndescription = "x"\n')

# ---- control socket lines -----------------------------------------------------------------
for i, l in enumerate(['{"cmd":"record"}', '{"cmd":"record","format":"BIRP","toggle":true}', '{"cmd":"stop"}',
                       '{"cmd":"cancel"}', '{"cmd":"status"}', '{"cmd":"retry","file":"memo.m4a"}',
                       '{"cmd":"dance"}', '{"cmd":"status","extra":1}']):
    put("control_line", f"line{i}", l + "\n")
put("control_line", "bad_utf8", b'{"cmd":"retry","file":"\xff.wav"}\n')

# ---- worker protocol frames ---------------------------------------------------------------
def frame(header, payload=b""):
    h = json.dumps(header).encode()
    return struct.pack("<I", len(h)) + h + struct.pack("<I", len(payload)) + payload
put("protocol_frame", "load", frame({"type": "load", "protocol": 1, "model_path": "/m/ggml.bin", "flash_attn": False, "use_gpu": False}))
put("protocol_frame", "transcribe", frame({"type": "transcribe", "threads": 2, "language": "en", "initial_prompt": None, "audio_ctx": 0, "decode": {"beam_size": 5}}, struct.pack("<8f", *[0.1 * i for i in range(8)])))
put("protocol_frame", "transcript", frame({"type": "transcript", "segments": [{"start_ms": 0, "end_ms": 900, "text": "hi"}], "elapsed_ms": 3}))
put("protocol_frame", "generate", frame({"type": "generate", "messages": [{"role": "user", "content": "x"}], "grammar": "root ::= \"a\"", "max_tokens": 4}))
put("protocol_frame", "generated", frame({"type": "generated", "text": "1: Plan", "prompt_tokens": 9, "generated_tokens": 3, "truncated": False, "elapsed_ms": 5}) + frame({"type": "shutdown"}))
put("protocol_frame", "error", frame({"type": "error", "kind": "model_load", "message": "bad"}))
put("protocol_frame", "huge_header_len", struct.pack("<I", 0x00FFFFFF) + b"{}")
put("protocol_frame", "huge_payload_len", struct.pack("<I", 2) + b"{}" + struct.pack("<I", 0x07FFFFFF) + b"abcd")

# ---- CTranslate2 (a tiny synthetic Whisper, as in src/models/ct2.rs's tests) -------------
def f16(x):
    return struct.pack("<e", x)
def s(out, t):
    out += struct.pack("<H", len(t) + 1) + t.encode() + b"\0"
def var(name, shape, dtype, data):
    return (name, shape, dtype, data)
def f16v(name, shape, base):
    n = 1
    for d in shape: n *= d
    return var(name, shape, 4, b"".join(f16(base + k) for k in range(n)))
def ct2(vars, aliases, version=6):
    out = bytearray(struct.pack("<I", version)); s(out, "WhisperSpec")
    out += struct.pack("<II", 3, len(vars))
    for name, shape, dtype, data in vars:
        s(out, name); out.append(len(shape))
        for d in shape: out += struct.pack("<I", d)
        out.append(dtype); out += struct.pack("<I", len(data)) + data
    out += struct.pack("<I", len(aliases))
    for a, t in aliases: s(out, a); s(out, t)
    return bytes(out)
d, h, mels = 4, 8, 2
v = [var("decoder/activation", [], 1, b"\3"), var("decoder/scale_embeddings", [], 1, b"\0"),
     var("encoder/num_heads", [], 2, struct.pack("<h", 2)), var("decoder/num_heads", [], 2, struct.pack("<h", 2)),
     f16v("encoder/conv1/weight", [d, mels, 3], 0), f16v("encoder/conv1/bias", [d], 100),
     f16v("encoder/conv2/weight", [d, d, 3], 0), f16v("encoder/conv2/bias", [d], 200),
     f16v("encoder/position_encodings/encodings", [3, d], 0), f16v("encoder/layer_norm/gamma", [d], 1),
     f16v("encoder/layer_norm/beta", [d], 0), f16v("decoder/embeddings/weight", [6, d], 0),
     f16v("decoder/position_encodings/encodings", [2, d], 0), f16v("decoder/layer_norm/gamma", [d], 1),
     f16v("decoder/layer_norm/beta", [d], 0)]
for side in ["encoder", "decoder"]:
    p = f"{side}/layer_0"
    for n, sh, b in [("self_attention/linear_0/weight", [3 * d, d], 0), ("self_attention/linear_0/bias", [3 * d], 0),
                     ("self_attention/linear_1/weight", [d, d], 0), ("self_attention/linear_1/bias", [d], 0),
                     ("self_attention/layer_norm/gamma", [d], 1), ("self_attention/layer_norm/beta", [d], 0),
                     ("ffn/linear_0/weight", [h, d], 0), ("ffn/linear_0/bias", [h], 0),
                     ("ffn/linear_1/weight", [d, h], 0), ("ffn/linear_1/bias", [d], 0),
                     ("ffn/layer_norm/gamma", [d], 1), ("ffn/layer_norm/beta", [d], 0)]:
        v.append(f16v(f"{p}/{n}", sh, b))
p = "decoder/layer_0/attention"
for n, sh, b in [("linear_0/weight", [d, d], 0), ("linear_0/bias", [d], 0), ("linear_1/weight", [2 * d, d], 0),
                 ("linear_1/bias", [2 * d], 0), ("linear_2/weight", [d, d], 0), ("linear_2/bias", [d], 0),
                 ("layer_norm/gamma", [d], 1), ("layer_norm/beta", [d], 0)]:
    v.append(f16v(f"{p}/{n}", sh, b))
model = ct2(v, [("decoder/projection/weight", "decoder/embeddings/weight")])
tok = b'{"added_tokens":[{"id":2,"content":"<|endoftext|>"},{"id":3,"content":"<|startoftranscript|>"}],"model":{"type":"BPE","vocab":{"a":0,"\xc4\xa0b":1,"<|endoftext|>":2}}}'
vocab = "a\n\u0120b\n<|endoftext|>\n".encode()
def ct2_input(kind, tokenizer, model):
    return bytes([kind]) + struct.pack("<H", len(tokenizer)) + tokenizer + model
put("ct2_import", "tiny_json_f16", ct2_input(0, tok, model))
put("ct2_import", "tiny_vocab_q8", ct2_input(4, vocab, model))
put("ct2_import", "tiny_json_q5", ct2_input(6, tok, model))
put("ct2_import", "huge_shape", ct2_input(1, vocab, ct2([var("decoder/embeddings/weight", [0, 0xFFFFFFFF], 4, b"")], [])))
put("ct2_import", "huge_count", ct2_input(1, vocab, struct.pack("<I", 6) + b"\x0c\x00WhisperSpec\x00" + struct.pack("<II", 3, 0xFFFFFFFF)))
