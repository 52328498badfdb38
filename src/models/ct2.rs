//! Converts a CTranslate2 (faster-whisper) Whisper model directory into whisper.cpp's ggml
//! model file, so users who already downloaded a faster-whisper model need not fetch it again.
//!
//! Input: `model.bin` (CTranslate2 binary format, versions 4–6) plus `tokenizer.json` (or
//! `vocabulary.txt`). Output: the same bytes `models/convert-pt-to-ggml.py` in whisper.cpp
//! writes for the original OpenAI checkpoint: header, mel filterbank, vocabulary, tensors in
//! PyTorch `state_dict` order. CTranslate2 fuses attention projections, so they are split back.
//!
//! The output is deterministic (no timestamps, fixed orderings) and written atomically.
//!
//! [`import_ct2_with`] can also quantize the weight matrices as whisper.cpp's `quantize` tool
//! does (q8_0, q5_1): only 2-D weights are quantized (attention, MLP, token embedding); the
//! convolutions stay f16 and biases, norms and positional embeddings f32. Blocks follow ggml's
//! reference quantizers bit for bit, so the output is deterministic too.

use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// What [`import_ct2`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// Size of the ggml file in bytes.
    pub bytes: u64,
    /// sha256 of the ggml file, lowercase hex.
    pub sha256: String,
    /// Number of tensors written.
    pub tensors: usize,
}

/// Why a conversion failed; every message says what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum Ct2Error {
    #[error("not a CTranslate2 Whisper model directory: {file} missing in {dir}; point --from at the folder holding model.bin, config.json and tokenizer.json")]
    MissingFile { dir: PathBuf, file: &'static str },
    #[error("cannot read {path}: {source}; check that the file exists and is readable")]
    Read { path: PathBuf, source: io::Error },
    #[error("{path} is not a valid CTranslate2 model.bin ({reason}); the file is damaged or incomplete: download the model again")]
    Corrupt { path: PathBuf, reason: String },
    #[error("{path} uses CTranslate2 model format version {version}, this converter reads versions 4 to 6; re-convert the model with a CTranslate2 3.x/4.x `ct2-transformers-converter`, or download a ggml model instead")]
    UnsupportedVersion { path: PathBuf, version: u32 },
    #[error("{path} holds a CTranslate2 {spec:?} model, not Whisper; point --from at a faster-whisper (Whisper) model folder")]
    NotWhisper { path: PathBuf, spec: String },
    #[error("model.bin has no variable {name}; the model is not a standard Whisper model or the file is damaged: download it again")]
    MissingVariable { name: String },
    #[error("model.bin variable {name} has shape {got:?}, expected {expected:?}; the model is not a standard Whisper model: download a stock faster-whisper model")]
    BadShape {
        name: String,
        got: Vec<usize>,
        expected: Vec<usize>,
    },
    #[error("model.bin variable {name} has {got} dimensions, expected {rank}; the model is not a standard Whisper model: download a stock faster-whisper model")]
    BadRank {
        name: String,
        got: usize,
        rank: usize,
    },
    #[error("model.bin variable {name} is stored as {dtype}, which this converter cannot read; re-convert with `ct2-transformers-converter --quantization float16` or download a float16 model")]
    UnsupportedDtype { name: String, dtype: &'static str },
    #[error("the model uses {what}, which whisper.cpp does not support; download a stock Whisper model instead")]
    Incompatible { what: String },
    #[error("{path} is not a usable Whisper tokenizer ({reason}); copy tokenizer.json from the model's original download into the model folder")]
    BadTokenizer { path: PathBuf, reason: String },
    #[error(
        "cannot write {path}: {source}; check that the folder is writable and the disk has space"
    )]
    Write { path: PathBuf, source: io::Error },
}

/// Weight format of the ggml file written by [`import_ct2_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
pub enum Quantize {
    /// float16 weights, as `convert-pt-to-ggml.py` writes (what [`import_ct2`] does).
    #[default]
    #[serde(rename = "f16")]
    F16,
    /// 8-bit blocks of 32 with an f16 scale (ggml `Q8_0`): near-lossless, ~half the size.
    #[serde(rename = "q8_0")]
    Q8_0,
    /// 5-bit blocks of 32 with f16 scale and minimum (ggml `Q5_1`): ~a third of the size.
    #[serde(rename = "q5_1")]
    Q5_1,
}

/// ggml's quantization format version, stored in the file's ftype as whisper.cpp's
/// `quantize` tool does (`GGML_QNT_VERSION * GGML_QNT_VERSION_FACTOR + ftype`).
const GGML_QNT_VERSION: i32 = 2;
const GGML_QNT_VERSION_FACTOR: i32 = 1000;
/// Elements per quantization block (`QK8_0`, `QK5_1`).
const QK: usize = 32;

impl Quantize {
    pub const ALL: [Quantize; 3] = [Quantize::F16, Quantize::Q8_0, Quantize::Q5_1];

    /// The name used on the command line and in the catalog.
    pub fn name(self) -> &'static str {
        match self {
            Quantize::F16 => "f16",
            Quantize::Q8_0 => "q8_0",
            Quantize::Q5_1 => "q5_1",
        }
    }

    /// The header's ftype (`ggml_ftype`: 1 mostly f16, 7 mostly q8_0, 9 mostly q5_1), with
    /// the quantization version folded in for quantized files, as whisper.cpp writes it.
    fn header_ftype(self) -> i32 {
        match self {
            Quantize::F16 => 1,
            Quantize::Q8_0 => GGML_QNT_VERSION * GGML_QNT_VERSION_FACTOR + 7,
            Quantize::Q5_1 => GGML_QNT_VERSION * GGML_QNT_VERSION_FACTOR + 9,
        }
    }

    /// `ggml_type` of a quantized tensor (8 = Q8_0, 7 = Q5_1); `None` for f16.
    fn tensor_type(self) -> Option<i32> {
        match self {
            Quantize::F16 => None,
            Quantize::Q8_0 => Some(8),
            Quantize::Q5_1 => Some(7),
        }
    }

    /// Bytes per block of 32 elements.
    fn block_bytes(self) -> usize {
        match self {
            Quantize::F16 => 2 * QK,
            Quantize::Q8_0 => 2 + QK,
            Quantize::Q5_1 => 2 + 2 + 4 + QK / 2,
        }
    }
}

impl std::fmt::Display for Quantize {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Quantize {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Quantize::ALL
            .into_iter()
            .find(|q| q.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| format!("unknown weight type {s:?}: use f16, q8_0 or q5_1"))
    }
}

/// Converts the CTranslate2 Whisper model in `src_dir` into a whisper.cpp ggml file at `dst`
/// with float16 weights (the same as [`import_ct2_with`] and [`Quantize::F16`]).
///
/// Everything is read and validated before `dst` is touched. The file is written to a temp
/// file in `dst`'s folder, fsynced, made 0600 and renamed, so `dst` is either the old file or
/// the complete new one, never a partial one.
pub fn import_ct2(src_dir: &Path, dst: &Path) -> Result<ImportSummary, Ct2Error> {
    import_ct2_with(src_dir, dst, Quantize::F16)
}

/// [`import_ct2`] with a choice of weight format: f16, or quantized to q8_0 / q5_1 as
/// whisper.cpp's `quantize` tool would quantize the f16 file. Deterministic, atomic.
pub fn import_ct2_with(
    src_dir: &Path,
    dst: &Path,
    quantize: Quantize,
) -> Result<ImportSummary, Ct2Error> {
    let model_path = src_dir.join("model.bin");
    if !model_path.is_file() {
        return Err(Ct2Error::MissingFile {
            dir: src_dir.to_path_buf(),
            file: "model.bin",
        });
    }
    let tokens = load_vocabulary(src_dir)?;
    let bytes = fs::read(&model_path).map_err(|source| Ct2Error::Read {
        path: model_path.clone(),
        source,
    })?;
    let model = Ct2Model::parse(bytes).map_err(|e| e.at(&model_path))?;
    let plan = Plan::new(&model, tokens, quantize)?;
    write_atomically(dst, |w| plan.write(&model, w))
}

// ---------------------------------------------------------------------------------------------
// CTranslate2 model.bin
// ---------------------------------------------------------------------------------------------

/// CTranslate2 `DataType` ids as stored in model.bin (format version >= 4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DType {
    F32,
    I8,
    I16,
    I32,
    F16,
    Bf16,
}

impl DType {
    fn from_id(id: u8) -> Option<Self> {
        Some(match id {
            0 => DType::F32,
            1 => DType::I8,
            2 => DType::I16,
            3 => DType::I32,
            4 => DType::F16,
            5 => DType::Bf16,
            _ => return None,
        })
    }

    fn size(self) -> usize {
        match self {
            DType::I8 => 1,
            DType::I16 | DType::F16 | DType::Bf16 => 2,
            DType::F32 | DType::I32 => 4,
        }
    }

    fn name(self) -> &'static str {
        match self {
            DType::F32 => "float32",
            DType::I8 => "int8",
            DType::I16 => "int16",
            DType::I32 => "int32",
            DType::F16 => "float16",
            DType::Bf16 => "bfloat16",
        }
    }
}

/// One variable: its shape and where its bytes lie in the file buffer (no copy).
#[derive(Debug, Clone)]
struct Var {
    shape: Vec<usize>,
    dtype: DType,
    range: Range<usize>,
}

impl Var {
    fn elements(&self) -> usize {
        self.shape.iter().product()
    }
}

/// A parsed model.bin. The whole file stays in memory (a few hundred MB at most for the
/// models whisper.cpp runs on a laptop) and variables are ranges into it.
#[derive(Debug)]
struct Ct2Model {
    data: Vec<u8>,
    spec: String,
    vars: BTreeMap<String, Var>,
    aliases: BTreeMap<String, String>,
}

/// A parse failure before we know which file it was; [`ParseError::at`] adds the path.
#[derive(Debug)]
enum ParseError {
    Corrupt(String),
    Version(u32),
    NotWhisper(String),
}

impl ParseError {
    fn at(self, path: &Path) -> Ct2Error {
        let path = path.to_path_buf();
        match self {
            ParseError::Corrupt(reason) => Ct2Error::Corrupt { path, reason },
            ParseError::Version(version) => Ct2Error::UnsupportedVersion { path, version },
            ParseError::NotWhisper(spec) => Ct2Error::NotWhisper { path, spec },
        }
    }
}

/// Bounds-checked little-endian reader over the model.bin buffer.
struct Cursor<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize, what: &str) -> Result<&'a [u8], ParseError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.buf.len());
        match end {
            Some(end) => {
                let s = &self.buf[self.pos..end];
                self.pos = end;
                Ok(s)
            }
            None => Err(ParseError::Corrupt(format!(
                "file ends at byte {} while reading {what}",
                self.buf.len()
            ))),
        }
    }

    fn u8(&mut self, what: &str) -> Result<u8, ParseError> {
        Ok(self.take(1, what)?[0])
    }

    fn u16(&mut self, what: &str) -> Result<u16, ParseError> {
        let b = self.take(2, what)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }

    fn u32(&mut self, what: &str) -> Result<u32, ParseError> {
        let b = self.take(4, what)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A CTranslate2 string: u16 length that counts a trailing NUL, then the bytes.
    fn string(&mut self, what: &str) -> Result<String, ParseError> {
        let n = usize::from(self.u16(what)?);
        let b = self.take(n, what)?;
        let b = b.strip_suffix(&[0]).unwrap_or(b);
        String::from_utf8(b.to_vec())
            .map_err(|_| ParseError::Corrupt(format!("{what} is not UTF-8")))
    }
}

impl Ct2Model {
    /// Parses model.bin: u32 version, spec name, u32 revision, variables, aliases.
    fn parse(data: Vec<u8>) -> Result<Self, ParseError> {
        let mut c = Cursor { buf: &data, pos: 0 };
        let version = c.u32("the format version")?;
        // Version 4 introduced dtype ids + byte counts; WhisperSpec only exists since then.
        if !(4..=6).contains(&version) {
            return Err(ParseError::Version(version));
        }
        let spec = c.string("the spec name")?;
        if spec != "WhisperSpec" {
            return Err(ParseError::NotWhisper(spec));
        }
        let _revision = c.u32("the spec revision")?;
        let count = c.u32("the variable count")?;
        let mut vars = BTreeMap::new();
        for i in 0..count {
            let name = c.string(&format!("variable {i}'s name"))?;
            let rank = usize::from(c.u8(&format!("{name}'s rank"))?);
            let mut shape = Vec::with_capacity(rank);
            for _ in 0..rank {
                shape.push(c.u32(&format!("{name}'s shape"))? as usize);
            }
            let id = c.u8(&format!("{name}'s data type"))?;
            let dtype = DType::from_id(id).ok_or_else(|| {
                ParseError::Corrupt(format!("{name} has unknown data type id {id}"))
            })?;
            let nbytes = c.u32(&format!("{name}'s byte count"))? as usize;
            let expected = shape
                .iter()
                .try_fold(dtype.size(), |acc, &d| acc.checked_mul(d));
            if expected != Some(nbytes) {
                return Err(ParseError::Corrupt(format!(
                    "{name} has shape {shape:?} of {} but {nbytes} bytes",
                    dtype.name()
                )));
            }
            let start = c.pos;
            c.take(nbytes, &format!("{name}'s data"))?;
            vars.insert(
                name,
                Var {
                    shape,
                    dtype,
                    range: start..start + nbytes,
                },
            );
        }
        let mut aliases = BTreeMap::new();
        let n_aliases = c.u32("the alias count")?;
        for _ in 0..n_aliases {
            let alias = c.string("an alias name")?;
            let target = c.string(&format!("{alias}'s target"))?;
            aliases.insert(alias, target);
        }
        if c.pos != data.len() {
            return Err(ParseError::Corrupt(format!(
                "{} unexpected bytes after the aliases",
                data.len() - c.pos
            )));
        }
        Ok(Ct2Model {
            data,
            spec,
            vars,
            aliases,
        })
    }

    /// Looks a variable up by name, following aliases (CTranslate2 stores shared weights once).
    fn find(&self, name: &str) -> Option<(&str, &Var)> {
        if let Some((k, v)) = self.vars.get_key_value(name) {
            return Some((k.as_str(), v));
        }
        let target = self.aliases.get(name)?;
        self.vars
            .get_key_value(target.as_str())
            .map(|(k, v)| (k.as_str(), v))
    }

    fn get(&self, name: &str) -> Result<&Var, Ct2Error> {
        self.find(name)
            .map(|(_, v)| v)
            .ok_or_else(|| Ct2Error::MissingVariable {
                name: name.to_string(),
            })
    }

    /// A scalar setting (flags, head counts) as an integer, if present.
    fn scalar(&self, name: &str) -> Option<i64> {
        let v = self.find(name)?.1;
        if v.elements() != 1 {
            return None;
        }
        let b = &self.data[v.range.clone()];
        Some(match v.dtype {
            DType::I8 => i64::from(b[0] as i8),
            DType::I16 => i64::from(i16::from_le_bytes([b[0], b[1]])),
            DType::I32 => i64::from(i32::from_le_bytes([b[0], b[1], b[2], b[3]])),
            DType::F32 => f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as i64,
            DType::F16 => f16_to_f32(u16::from_le_bytes([b[0], b[1]])) as i64,
            DType::Bf16 => bf16_to_f32(u16::from_le_bytes([b[0], b[1]])) as i64,
        })
    }

    /// `shape[0]` rows `rows` of variable `name` as f32, dequantizing int8/int16 weights
    /// with their `weight_scale` (CTranslate2 stores `round(w * scale)`).
    fn rows_f32(&self, name: &str, rows: Range<usize>) -> Result<Vec<f32>, Ct2Error> {
        let (real, v) = self.find(name).ok_or_else(|| Ct2Error::MissingVariable {
            name: name.to_string(),
        })?;
        let row = v.shape.iter().skip(1).product::<usize>();
        let size = v.dtype.size();
        let b = &self.data
            [v.range.start + rows.start * row * size..v.range.start + rows.end * row * size];
        let out: Vec<f32> = match v.dtype {
            DType::F32 => b
                .chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
            DType::F16 => b
                .chunks_exact(2)
                .map(|c| f16_to_f32(u16::from_le_bytes([c[0], c[1]])))
                .collect(),
            DType::Bf16 => b
                .chunks_exact(2)
                .map(|c| bf16_to_f32(u16::from_le_bytes([c[0], c[1]])))
                .collect(),
            DType::I8 | DType::I16 => {
                let scale_name = real
                    .strip_suffix("weight")
                    .map(|p| format!("{p}weight_scale"));
                let scales = match scale_name.as_deref().and_then(|s| self.find(s)) {
                    Some((s, sv)) if sv.dtype != DType::I8 && sv.dtype != DType::I16 => {
                        self.rows_f32(s, 0..sv.shape.first().copied().unwrap_or(1))?
                    }
                    _ => {
                        return Err(Ct2Error::UnsupportedDtype {
                            name: name.to_string(),
                            dtype: v.dtype.name(),
                        })
                    }
                };
                let q: Vec<f32> = if v.dtype == DType::I8 {
                    b.iter().map(|&x| f32::from(x as i8)).collect()
                } else {
                    b.chunks_exact(2)
                        .map(|c| f32::from(i16::from_le_bytes([c[0], c[1]])))
                        .collect()
                };
                let per_row = scales.len() == v.shape.first().copied().unwrap_or(0);
                if scales.len() != 1 && !per_row {
                    return Err(Ct2Error::UnsupportedDtype {
                        name: name.to_string(),
                        dtype: v.dtype.name(),
                    });
                }
                q.chunks(row.max(1))
                    .zip(rows.clone())
                    .flat_map(|(r, i)| {
                        let s = if per_row { scales[i] } else { scales[0] };
                        r.iter().map(move |&x| x / s)
                    })
                    .collect()
            }
            DType::I32 => {
                return Err(Ct2Error::UnsupportedDtype {
                    name: name.to_string(),
                    dtype: v.dtype.name(),
                })
            }
        };
        Ok(out)
    }

    /// Rows `rows` of `name` encoded as ggml wants them. float16 → float16 and
    /// float32 → float32 copy the bytes untouched, so a float16 model round-trips bit-exactly.
    fn rows_encoded(
        &self,
        name: &str,
        rows: Range<usize>,
        f32_out: bool,
    ) -> Result<Vec<u8>, Ct2Error> {
        let v = self.get(name)?;
        let row = v.shape.iter().skip(1).product::<usize>();
        let raw = |size: usize| {
            self.data
                [v.range.start + rows.start * row * size..v.range.start + rows.end * row * size]
                .to_vec()
        };
        Ok(match (v.dtype, f32_out) {
            (DType::F32, true) => raw(4),
            (DType::F16, false) => raw(2),
            (_, true) => self
                .rows_f32(name, rows)?
                .iter()
                .flat_map(|x| x.to_le_bytes())
                .collect(),
            (_, false) => self
                .rows_f32(name, rows)?
                .iter()
                .flat_map(|&x| f32_to_f16(x).to_le_bytes())
                .collect(),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// Conversion plan: hparams + tensor list, validated before anything is written
// ---------------------------------------------------------------------------------------------

/// whisper.cpp's ten hyperparameters, in file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct HParams {
    n_vocab: usize,
    n_audio_ctx: usize,
    n_audio_state: usize,
    n_audio_head: usize,
    n_audio_layer: usize,
    n_text_ctx: usize,
    n_text_state: usize,
    n_text_head: usize,
    n_text_layer: usize,
    n_mels: usize,
}

/// One ggml tensor: which CTranslate2 rows it comes from and its PyTorch shape.
#[derive(Debug, Clone)]
struct Tensor {
    name: String,
    src: String,
    rows: Range<usize>,
    shape: Vec<usize>,
}

impl Tensor {
    /// whisper.cpp keeps 1-D tensors, conv biases and positional embeddings in f32
    /// (as convert-pt-to-ggml.py does); everything else is f16.
    fn is_f32(&self) -> bool {
        self.shape.len() < 2
            || self.name.ends_with("positional_embedding")
            || self.name == "encoder.conv1.bias"
            || self.name == "encoder.conv2.bias"
    }

    /// whisper.cpp's `quantize` quantizes 2-D tensors other than the conv biases and
    /// positional embeddings: every weight matrix and the token embedding (the convolutions
    /// are 3-D and stay f16).
    fn is_quantizable(&self) -> bool {
        self.shape.len() == 2 && !self.is_f32()
    }
}

/// Everything needed to write the file; building it checks every variable and shape.
#[derive(Debug)]
struct Plan {
    hp: HParams,
    tokens: Vec<Vec<u8>>,
    tensors: Vec<Tensor>,
    quantize: Quantize,
}

/// Builds the tensor list while checking each source variable's shape.
struct PlanBuilder<'a> {
    model: &'a Ct2Model,
    tensors: Vec<Tensor>,
    used: BTreeSet<String>,
}

impl PlanBuilder<'_> {
    /// Adds `name` from all of `src`, which must have shape `shape`.
    fn whole(&mut self, name: String, src: &str, shape: &[usize]) -> Result<(), Ct2Error> {
        self.slice(name, src, shape, 0..shape[0], shape)
    }

    /// Adds `name` from rows `rows` of `src` (shape `src_shape`), reshaped to `shape`.
    fn slice(
        &mut self,
        name: String,
        src: &str,
        src_shape: &[usize],
        rows: Range<usize>,
        shape: &[usize],
    ) -> Result<(), Ct2Error> {
        let (real, v) = self
            .model
            .find(src)
            .ok_or_else(|| Ct2Error::MissingVariable {
                name: src.to_string(),
            })?;
        if v.shape != src_shape {
            return Err(Ct2Error::BadShape {
                name: src.to_string(),
                got: v.shape.clone(),
                expected: src_shape.to_vec(),
            });
        }
        // Check convertibility now, so writing cannot fail half way for a bad dtype.
        let scale = real
            .strip_suffix("weight")
            .map(|p| format!("{p}weight_scale"));
        let readable = match v.dtype {
            DType::F32 | DType::F16 | DType::Bf16 => true,
            DType::I8 | DType::I16 => scale
                .as_deref()
                .and_then(|s| self.model.find(s))
                .is_some_and(|(_, s)| {
                    matches!(s.dtype, DType::F32 | DType::F16 | DType::Bf16)
                        && (s.elements() == 1 || s.shape == v.shape[..1])
                }),
            DType::I32 => false,
        };
        if !readable {
            return Err(Ct2Error::UnsupportedDtype {
                name: src.to_string(),
                dtype: v.dtype.name(),
            });
        }
        self.used.insert(real.to_string());
        if let Some(s) = scale {
            self.used.insert(s);
        }
        self.tensors.push(Tensor {
            name,
            src: src.to_string(),
            rows,
            shape: shape.to_vec(),
        });
        Ok(())
    }

    /// A plain linear layer `src/{weight,bias}` → `name.{weight,bias}`.
    fn linear(&mut self, name: &str, src: &str, out: usize, inp: usize) -> Result<(), Ct2Error> {
        self.whole(
            format!("{name}.weight"),
            &format!("{src}/weight"),
            &[out, inp],
        )?;
        self.whole(format!("{name}.bias"), &format!("{src}/bias"), &[out])
    }

    /// A CTranslate2 layer norm `src/{gamma,beta}` → `name.{weight,bias}`.
    fn norm(&mut self, name: &str, src: &str, d: usize) -> Result<(), Ct2Error> {
        self.whole(format!("{name}.weight"), &format!("{src}/gamma"), &[d])?;
        self.whole(format!("{name}.bias"), &format!("{src}/beta"), &[d])
    }

    /// Splits a fused projection `src` of `parts.len() * d` rows into `name.<part>`.
    /// whisper.cpp's key projection has no bias: CTranslate2 stores zeros there, and a key
    /// bias could not change attention anyway (softmax ignores a per-query constant).
    fn fused(&mut self, name: &str, src: &str, parts: &[&str], d: usize) -> Result<(), Ct2Error> {
        let n = parts.len() * d;
        for (i, part) in parts.iter().enumerate() {
            let rows = i * d..(i + 1) * d;
            let w = format!("{src}/weight");
            self.slice(
                format!("{name}.{part}.weight"),
                &w,
                &[n, d],
                rows.clone(),
                &[d, d],
            )?;
            if *part != "key" {
                let b = format!("{src}/bias");
                self.slice(format!("{name}.{part}.bias"), &b, &[n], rows.clone(), &[d])?;
            }
        }
        Ok(())
    }

    fn mlp(&mut self, name: &str, src: &str, d: usize) -> Result<(), Ct2Error> {
        let h = self
            .model
            .get(&format!("{src}/ffn/linear_0/weight"))?
            .shape
            .first()
            .copied()
            .unwrap_or(0);
        self.linear(
            &format!("{name}.mlp.0"),
            &format!("{src}/ffn/linear_0"),
            h,
            d,
        )?;
        self.linear(
            &format!("{name}.mlp.2"),
            &format!("{src}/ffn/linear_1"),
            d,
            h,
        )?;
        self.norm(
            &format!("{name}.mlp_ln"),
            &format!("{src}/ffn/layer_norm"),
            d,
        )
    }
}

/// Shape of `name`, or a "missing variable" error.
fn shape_of<'a>(m: &'a Ct2Model, name: &str) -> Result<&'a [usize], Ct2Error> {
    Ok(&m.get(name)?.shape)
}

/// `shape[i]`, or a shape error naming what rank was expected.
fn dim(m: &Ct2Model, name: &str, rank: usize, i: usize) -> Result<usize, Ct2Error> {
    let s = shape_of(m, name)?;
    if s.len() != rank {
        return Err(Ct2Error::BadRank {
            name: name.to_string(),
            got: s.len(),
            rank,
        });
    }
    Ok(s[i])
}

/// Number of consecutive `prefix/layer_N` blocks.
fn count_layers(m: &Ct2Model, prefix: &str) -> usize {
    (0..)
        .take_while(|i| {
            let p = format!("{prefix}/layer_{i}/");
            m.vars
                .range(p.clone()..)
                .next()
                .is_some_and(|(k, _)| k.starts_with(&p))
        })
        .count()
}

impl Plan {
    fn new(m: &Ct2Model, tokens: Vec<Vec<u8>>, quantize: Quantize) -> Result<Self, Ct2Error> {
        check_settings(m)?;
        let n_audio_state = dim(m, "encoder/conv1/weight", 3, 0)?;
        let n_mels = dim(m, "encoder/conv1/weight", 3, 1)?;
        let n_audio_ctx = dim(m, "encoder/position_encodings/encodings", 2, 0)?;
        let n_vocab = dim(m, "decoder/embeddings/weight", 2, 0)?;
        let n_text_state = dim(m, "decoder/embeddings/weight", 2, 1)?;
        let n_text_ctx = dim(m, "decoder/position_encodings/encodings", 2, 0)?;
        // Whisper's head size is always 64; old spec revisions did not store the head count.
        let heads = |name: &str, d: usize| {
            m.scalar(name)
                .and_then(|h| usize::try_from(h).ok())
                .filter(|&h| h > 0)
                .unwrap_or(d / 64)
        };
        let hp = HParams {
            n_vocab,
            n_audio_ctx,
            n_audio_state,
            n_audio_head: heads("encoder/num_heads", n_audio_state),
            n_audio_layer: count_layers(m, "encoder"),
            n_text_ctx,
            n_text_state,
            n_text_head: heads("decoder/num_heads", n_text_state),
            n_text_layer: count_layers(m, "decoder"),
            n_mels,
        };
        if hp.n_audio_layer == 0 || hp.n_text_layer == 0 {
            return Err(Ct2Error::MissingVariable {
                name: "encoder/layer_0 and decoder/layer_0".into(),
            });
        }
        if tokens.len() > hp.n_vocab {
            return Err(Ct2Error::Incompatible {
                what: format!(
                    "a tokenizer with {} tokens but only {} embeddings",
                    tokens.len(),
                    hp.n_vocab
                ),
            });
        }

        let mut b = PlanBuilder {
            model: m,
            tensors: Vec::new(),
            used: BTreeSet::new(),
        };
        // Order follows OpenAI Whisper's state_dict (own params/buffers before children),
        // which is what convert-pt-to-ggml.py writes; whisper.cpp looks tensors up by name.
        let (d, c) = (hp.n_audio_state, hp.n_audio_ctx);
        b.whole(
            "encoder.positional_embedding".into(),
            "encoder/position_encodings/encodings",
            &[c, d],
        )?;
        b.whole(
            "encoder.conv1.weight".into(),
            "encoder/conv1/weight",
            &[d, hp.n_mels, 3],
        )?;
        b.slice(
            "encoder.conv1.bias".into(),
            "encoder/conv1/bias",
            &[d],
            0..d,
            &[d, 1],
        )?;
        b.whole(
            "encoder.conv2.weight".into(),
            "encoder/conv2/weight",
            &[d, d, 3],
        )?;
        b.slice(
            "encoder.conv2.bias".into(),
            "encoder/conv2/bias",
            &[d],
            0..d,
            &[d, 1],
        )?;
        for i in 0..hp.n_audio_layer {
            let (n, s) = (format!("encoder.blocks.{i}"), format!("encoder/layer_{i}"));
            b.fused(
                &format!("{n}.attn"),
                &format!("{s}/self_attention/linear_0"),
                &["query", "key", "value"],
                d,
            )?;
            b.linear(
                &format!("{n}.attn.out"),
                &format!("{s}/self_attention/linear_1"),
                d,
                d,
            )?;
            b.norm(
                &format!("{n}.attn_ln"),
                &format!("{s}/self_attention/layer_norm"),
                d,
            )?;
            b.mlp(&n, &s, d)?;
        }
        b.norm("encoder.ln_post", "encoder/layer_norm", d)?;

        let (d, c) = (hp.n_text_state, hp.n_text_ctx);
        b.whole(
            "decoder.positional_embedding".into(),
            "decoder/position_encodings/encodings",
            &[c, d],
        )?;
        b.whole(
            "decoder.token_embedding.weight".into(),
            "decoder/embeddings/weight",
            &[hp.n_vocab, d],
        )?;
        for i in 0..hp.n_text_layer {
            let (n, s) = (format!("decoder.blocks.{i}"), format!("decoder/layer_{i}"));
            b.fused(
                &format!("{n}.attn"),
                &format!("{s}/self_attention/linear_0"),
                &["query", "key", "value"],
                d,
            )?;
            b.linear(
                &format!("{n}.attn.out"),
                &format!("{s}/self_attention/linear_1"),
                d,
                d,
            )?;
            b.norm(
                &format!("{n}.attn_ln"),
                &format!("{s}/self_attention/layer_norm"),
                d,
            )?;
            b.linear(
                &format!("{n}.cross_attn.query"),
                &format!("{s}/attention/linear_0"),
                d,
                d,
            )?;
            b.fused(
                &format!("{n}.cross_attn"),
                &format!("{s}/attention/linear_1"),
                &["key", "value"],
                d,
            )?;
            b.linear(
                &format!("{n}.cross_attn.out"),
                &format!("{s}/attention/linear_2"),
                d,
                d,
            )?;
            b.norm(
                &format!("{n}.cross_attn_ln"),
                &format!("{s}/attention/layer_norm"),
                d,
            )?;
            b.mlp(&n, &s, d)?;
        }
        b.norm("decoder.ln", "decoder/layer_norm", d)?;

        let ignored: Vec<&str> = m
            .vars
            .iter()
            .filter(|(k, v)| !b.used.contains(k.as_str()) && v.elements() > 1)
            .map(|(k, _)| k.as_str())
            .collect();
        if !ignored.is_empty() {
            tracing::debug!(
                ?ignored,
                "CTranslate2 variables with no whisper.cpp counterpart"
            );
        }
        if quantize != Quantize::F16 {
            // ggml quantizes whole blocks along a row.
            if let Some(t) = b
                .tensors
                .iter()
                .find(|t| t.is_quantizable() && t.shape[1] % QK != 0)
            {
                return Err(Ct2Error::Incompatible {
                    what: format!(
                        "{} quantization of {} (rows of {} values, not a multiple of {QK}); import it with --quantize f16",
                        quantize, t.name, t.shape[1]
                    ),
                });
            }
        }
        tracing::debug!(spec = %m.spec, ?hp, %quantize, tensors = b.tensors.len(), "ct2 import plan");
        Ok(Plan {
            hp,
            tokens,
            tensors: b.tensors,
            quantize,
        })
    }

    /// Writes the ggml file: magic, hparams, ftype, mel filters, vocabulary, tensors.
    fn write(&self, m: &Ct2Model, w: &mut dyn Write) -> io::Result<usize> {
        let i32le = |w: &mut dyn Write, v: usize| -> io::Result<()> {
            let v = i32::try_from(v).map_err(|_| io::Error::other("value does not fit in i32"))?;
            w.write_all(&v.to_le_bytes())
        };
        let hp = &self.hp;
        w.write_all(&0x6767_6d6c_u32.to_le_bytes())?;
        for v in [
            hp.n_vocab,
            hp.n_audio_ctx,
            hp.n_audio_state,
            hp.n_audio_head,
            hp.n_audio_layer,
            hp.n_text_ctx,
            hp.n_text_state,
            hp.n_text_head,
            hp.n_text_layer,
            hp.n_mels,
        ] {
            i32le(w, v)?;
        }
        w.write_all(&self.quantize.header_ftype().to_le_bytes())?;

        let filters = mel_filters(16_000.0, N_FFT, hp.n_mels);
        i32le(w, hp.n_mels)?;
        i32le(w, N_FFT / 2 + 1)?;
        for x in filters {
            w.write_all(&x.to_le_bytes())?;
        }

        i32le(w, self.tokens.len())?;
        for t in &self.tokens {
            i32le(w, t.len())?;
            w.write_all(t)?;
        }

        for t in &self.tensors {
            let f32_out = t.is_f32();
            let (ttype, data) = match self.quantize.tensor_type() {
                Some(ttype) if t.is_quantizable() => {
                    // Quantize from the f16 values, as whisper.cpp quantizes its f16 file.
                    let f16 = m
                        .rows_encoded(&t.src, t.rows.clone(), false)
                        .map_err(io::Error::other)?;
                    let x: Vec<f32> = f16
                        .chunks_exact(2)
                        .map(|c| f16_to_f32(u16::from_le_bytes([c[0], c[1]])))
                        .collect();
                    (ttype, quantize_blocks(self.quantize, &x))
                }
                _ => (
                    i32::from(!f32_out),
                    m.rows_encoded(&t.src, t.rows.clone(), f32_out)
                        .map_err(io::Error::other)?,
                ),
            };
            i32le(w, t.shape.len())?;
            i32le(w, t.name.len())?;
            w.write_all(&ttype.to_le_bytes())?;
            for &d in t.shape.iter().rev() {
                i32le(w, d)?;
            }
            w.write_all(t.name.as_bytes())?;
            w.write_all(&data)?;
        }
        Ok(self.tensors.len())
    }
}

/// Refuses models whose CTranslate2 settings whisper.cpp's fixed Whisper graph cannot honour.
fn check_settings(m: &Ct2Model) -> Result<(), Ct2Error> {
    let bad = |what: &str| {
        Err(Ct2Error::Incompatible {
            what: what.to_string(),
        })
    };
    if m.scalar("decoder/scale_embeddings").is_some_and(|v| v != 0) {
        return bad("scaled token embeddings (decoder/scale_embeddings)");
    }
    if m.scalar("decoder/alibi").is_some_and(|v| v != 0) {
        return bad("ALiBi position biases");
    }
    if m.scalar("decoder/start_from_zero_embedding")
        .is_some_and(|v| v != 0)
    {
        return bad("a zero start embedding (decoder/start_from_zero_embedding)");
    }
    if m.scalar("decoder/pre_norm") == Some(0) {
        return bad("post-norm transformer layers");
    }
    // CTranslate2 ActivationType: 3 = GELU (erf), Whisper's activation.
    if m.scalar("decoder/activation").is_some_and(|v| v != 3) {
        return bad("a non-GELU activation");
    }
    // The output projection must be the token embedding (whisper.cpp ties them).
    if let Some(t) = m.aliases.get("decoder/projection/weight") {
        if t != "decoder/embeddings/weight" {
            return bad("an output projection not tied to the token embedding");
        }
    } else if m.vars.contains_key("decoder/projection/weight") {
        return bad("an output projection not tied to the token embedding");
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

/// GPT-2's byte ↔ printable-unicode table: printable Latin-1 bytes map to themselves, the
/// other 68 bytes to U+0100.. in byte order. Returns the inverse (char → byte).
fn gpt2_byte_decoder() -> HashMap<char, u8> {
    let printable = |b: u8| matches!(b, b'!'..=b'~' | 0xA1..=0xAC | 0xAE..=0xFF);
    let mut map = HashMap::with_capacity(256);
    let mut n = 0u32;
    for b in 0..=255u8 {
        let c = if printable(b) {
            char::from(b)
        } else {
            n += 1;
            char::from_u32(255 + n).unwrap_or('\0')
        };
        map.insert(c, b);
    }
    map
}

/// Decodes one byte-level BPE token string back to the raw bytes whisper.cpp expects.
fn decode_token(dec: &HashMap<char, u8>, s: &str) -> Option<Vec<u8>> {
    s.chars().map(|c| dec.get(&c).copied()).collect()
}

/// The first special token; everything before it in id order is ordinary BPE.
const ENDOFTEXT: &str = "<|endoftext|>";

/// The ordinary (non-special) tokens in id order, as raw bytes. Like whisper's tiktoken
/// files, this excludes `<|endoftext|>` and every other special token (whisper.cpp derives
/// those from n_vocab). Reads tokenizer.json, else CTranslate2's vocabulary.txt.
fn load_vocabulary(dir: &Path) -> Result<Vec<Vec<u8>>, Ct2Error> {
    let json = dir.join("tokenizer.json");
    let txt = dir.join("vocabulary.txt");
    let read = |path: &Path| {
        fs::read(path).map_err(|source| Ct2Error::Read {
            path: path.to_path_buf(),
            source,
        })
    };
    if json.is_file() {
        tokens_from_tokenizer_json(&read(&json)?)
            .map_err(|reason| Ct2Error::BadTokenizer { path: json, reason })
    } else if txt.is_file() {
        tokens_from_vocabulary_txt(&read(&txt)?)
            .map_err(|reason| Ct2Error::BadTokenizer { path: txt, reason })
    } else {
        Err(Ct2Error::MissingFile {
            dir: dir.to_path_buf(),
            file: "tokenizer.json",
        })
    }
}

fn tokens_from_tokenizer_json(bytes: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let v: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| format!("invalid JSON: {e}"))?;
    let vocab = v
        .pointer("/model/vocab")
        .and_then(|x| x.as_object())
        .ok_or("no model.vocab object")?;
    let special: BTreeSet<u64> = v
        .get("added_tokens")
        .and_then(|a| a.as_array())
        .map(|a| a.iter().filter_map(|t| t.get("id")?.as_u64()).collect())
        .unwrap_or_default();
    let mut ids: Vec<(u64, &str)> = Vec::with_capacity(vocab.len());
    for (s, id) in vocab {
        let id = id
            .as_u64()
            .ok_or_else(|| format!("token {s:?} has no integer id"))?;
        if !special.contains(&id) && s != ENDOFTEXT {
            ids.push((id, s.as_str()));
        }
    }
    ids.sort_unstable();
    let dec = gpt2_byte_decoder();
    ids.iter()
        .enumerate()
        .map(|(i, &(id, s))| {
            if id != i as u64 {
                return Err(format!(
                    "token ids are not contiguous: expected id {i}, found {id}"
                ));
            }
            decode_token(&dec, s).ok_or_else(|| format!("token {id} {s:?} is not byte-level BPE"))
        })
        .collect()
}

fn tokens_from_vocabulary_txt(bytes: &[u8]) -> Result<Vec<Vec<u8>>, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "not UTF-8".to_string())?;
    let dec = gpt2_byte_decoder();
    let mut out = Vec::new();
    for line in text.lines() {
        if line == ENDOFTEXT {
            return Ok(out);
        }
        let t = decode_token(&dec, line)
            .ok_or_else(|| format!("line {} {line:?} is not byte-level BPE", out.len() + 1))?;
        out.push(t);
    }
    Err("no <|endoftext|> token".into())
}

// ---------------------------------------------------------------------------------------------
// Mel filterbank
// ---------------------------------------------------------------------------------------------

/// Whisper's STFT size (25 ms at 16 kHz).
const N_FFT: usize = 400;

/// Slaney mel scale (librosa `hz_to_mel`, htk=False): linear below 1 kHz, log above.
fn hz_to_mel(f: f64) -> f64 {
    let f_sp = 200.0 / 3.0;
    let min_log_hz = 1000.0;
    let min_log_mel = min_log_hz / f_sp;
    let logstep = 6.4f64.ln() / 27.0;
    if f >= min_log_hz {
        min_log_mel + (f / min_log_hz).ln() / logstep
    } else {
        f / f_sp
    }
}

/// Inverse of [`hz_to_mel`] (librosa `mel_to_hz`, htk=False).
fn mel_to_hz(m: f64) -> f64 {
    let f_sp = 200.0 / 3.0;
    let min_log_hz = 1000.0;
    let min_log_mel = min_log_hz / f_sp;
    let logstep = 6.4f64.ln() / 27.0;
    if m >= min_log_mel {
        min_log_hz * (logstep * (m - min_log_mel)).exp()
    } else {
        f_sp * m
    }
}

/// `librosa.filters.mel(sr, n_fft, n_mels)` (fmin 0, fmax sr/2, htk=False, norm='slaney',
/// default dtype float32), row-major `n_mels × (n_fft/2+1)`. Computed in f64 following
/// librosa's arithmetic step by step, including its two roundings to f32 (the triangle is
/// stored into a float32 array, then scaled in place), so the result is bit-identical to
/// OpenAI's `mel_filters.npz`, which whisper.cpp's converter embeds.
fn mel_filters(sr: f64, n_fft: usize, n_mels: usize) -> Vec<f32> {
    let n_bins = n_fft / 2 + 1;
    // np.fft.rfftfreq(n_fft, 1/sr): k * (1 / (n * d)).
    let step = 1.0 / (n_fft as f64 * (1.0 / sr));
    let fft_freqs: Vec<f64> = (0..n_bins).map(|k| k as f64 * step).collect();
    // mel_frequencies: np.linspace(min_mel, max_mel, n_mels + 2) mapped back to Hz.
    let (min_mel, max_mel) = (hz_to_mel(0.0), hz_to_mel(sr / 2.0));
    let n_pts = n_mels + 2;
    let delta = (max_mel - min_mel) / (n_pts - 1) as f64;
    let mel_f: Vec<f64> = (0..n_pts)
        .map(|i| {
            let m = if i == n_pts - 1 {
                max_mel
            } else {
                i as f64 * delta + min_mel
            };
            mel_to_hz(m)
        })
        .collect();
    let mut weights = vec![0f32; n_mels * n_bins];
    for i in 0..n_mels {
        let (lo, mid, hi) = (mel_f[i], mel_f[i + 1], mel_f[i + 2]);
        let enorm = 2.0 / (hi - lo);
        for (k, &f) in fft_freqs.iter().enumerate() {
            let lower = -(lo - f) / (mid - lo);
            let upper = (hi - f) / (hi - mid);
            // np.maximum(0, x) keeps x when x == 0, so bin 0 of filter 0 is -0.0 as in
            // librosa; mirroring that makes the filterbank bit-identical to librosa's.
            let x = lower.min(upper);
            let x = if x >= 0.0 { x } else { 0.0 };
            weights[i * n_bins + k] = (f64::from(x as f32) * enorm) as f32;
        }
    }
    weights
}

// ---------------------------------------------------------------------------------------------
// ggml block quantization (reference quantizers of ggml-quants.c)
// ---------------------------------------------------------------------------------------------

/// Quantizes `x` (a whole number of 32-value blocks, row-major) into ggml blocks. For
/// [`Quantize::F16`] this is plain f16.
fn quantize_blocks(q: Quantize, x: &[f32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(x.len() / QK * q.block_bytes());
    for b in x.chunks(QK) {
        match q {
            Quantize::F16 => out.extend(b.iter().flat_map(|&v| f32_to_f16(v).to_le_bytes())),
            Quantize::Q8_0 => quantize_block_q8_0(b, &mut out),
            Quantize::Q5_1 => quantize_block_q5_1(b, &mut out),
        }
    }
    out
}

/// `quantize_row_q8_0_ref`: d = max|x| / 127 (stored f16), q = round(x / d) as i8.
fn quantize_block_q8_0(x: &[f32], out: &mut Vec<u8>) {
    let amax = x.iter().fold(0.0f32, |m, v| m.max(v.abs()));
    let d = amax / 127.0;
    let id = if d != 0.0 { 1.0 / d } else { 0.0 };
    out.extend_from_slice(&f32_to_f16(d).to_le_bytes());
    // roundf rounds half away from zero, as f32::round does; |x * id| <= 127.
    out.extend(x.iter().map(|&v| (v * id).round() as i8 as u8));
    out.resize(out.len() + (QK - x.len()), 0);
}

/// `quantize_row_q5_1_ref`: d = (max - min) / 31, m = min (both f16); 5-bit q = (x - min) / d
/// rounded, low nibbles packed in pairs (j, j + 16), fifth bits in a u32.
fn quantize_block_q5_1(x: &[f32], out: &mut Vec<u8>) {
    let (min, max) = x.iter().fold((f32::MAX, -f32::MAX), |(lo, hi), &v| {
        (if v < lo { v } else { lo }, if v > hi { v } else { hi })
    });
    let d = (max - min) / 31.0;
    let id = if d != 0.0 { 1.0 / d } else { 0.0 };
    out.extend_from_slice(&f32_to_f16(d).to_le_bytes());
    out.extend_from_slice(&f32_to_f16(min).to_le_bytes());
    let at = |j: usize| x.get(j).copied().unwrap_or(0.0);
    let mut qh = 0u32;
    let mut qs = [0u8; QK / 2];
    for (j, q) in qs.iter_mut().enumerate() {
        // (uint8_t)(x + 0.5f): truncation of a non-negative value.
        let x0 = ((at(j) - min) * id + 0.5) as u8;
        let x1 = ((at(j + QK / 2) - min) * id + 0.5) as u8;
        *q = (x0 & 0x0f) | ((x1 & 0x0f) << 4);
        qh |= u32::from((x0 & 0x10) >> 4) << j;
        qh |= u32::from((x1 & 0x10) >> 4) << (j + QK / 2);
    }
    out.extend_from_slice(&qh.to_le_bytes());
    out.extend_from_slice(&qs);
}

// ---------------------------------------------------------------------------------------------
// Half floats
// ---------------------------------------------------------------------------------------------

/// IEEE binary16 → f32 (exact).
fn f16_to_f32(h: u16) -> f32 {
    let sign = u32::from(h & 0x8000) << 16;
    let exp = u32::from((h >> 10) & 0x1f);
    let man = u32::from(h & 0x3ff);
    let bits = match exp {
        0 if man == 0 => sign,
        0 => {
            // Subnormal: man × 2^-24.
            let v = man as f32 * f32::from_bits(0x3380_0000);
            return if sign != 0 { -v } else { v };
        }
        0x1f => sign | 0x7f80_0000 | (man << 13),
        _ => sign | ((exp + 112) << 23) | (man << 13),
    };
    f32::from_bits(bits)
}

/// f32 → IEEE binary16, round to nearest even (what numpy's `astype(float16)` does).
fn f32_to_f16(f: f32) -> u16 {
    let x = f.to_bits();
    let sign = ((x >> 16) & 0x8000) as u16;
    let exp = ((x >> 23) & 0xff) as i32;
    let man = x & 0x007f_ffff;
    if exp == 0xff {
        let nan = if man != 0 {
            0x0200 | (man >> 13) as u16
        } else {
            0
        };
        return sign | 0x7c00 | nan;
    }
    let e = exp - 127 + 15;
    if e >= 0x1f {
        return sign | 0x7c00;
    }
    if e <= 0 {
        if e < -10 {
            return sign;
        }
        let m = man | 0x0080_0000;
        let shift = (14 - e) as u32;
        let half = 1u32 << (shift - 1);
        let rem = m & ((1u32 << shift) - 1);
        let mut r = m >> shift;
        if rem > half || (rem == half && r & 1 == 1) {
            r += 1;
        }
        return sign | r as u16;
    }
    let mut r = ((e as u32) << 10) | (man >> 13);
    let rem = man & 0x1fff;
    // A carry out of the mantissa correctly bumps the exponent (up to infinity).
    if rem > 0x1000 || (rem == 0x1000 && r & 1 == 1) {
        r += 1;
    }
    sign | r as u16
}

/// bfloat16 → f32 (the top half of an f32).
fn bf16_to_f32(h: u16) -> f32 {
    f32::from_bits(u32::from(h) << 16)
}

// ---------------------------------------------------------------------------------------------
// Atomic, hashed output
// ---------------------------------------------------------------------------------------------

/// Hashes and counts everything written through it, so the summary needs no second read.
struct HashingWriter<W: Write> {
    inner: W,
    hasher: Sha256,
    bytes: u64,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.bytes += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Runs `body` against a temp file next to `dst`, then fsync, chmod 0600, rename, and fsync
/// of the folder. On any error the temp file is removed and `dst` is untouched.
fn write_atomically(
    dst: &Path,
    body: impl FnOnce(&mut dyn Write) -> io::Result<usize>,
) -> Result<ImportSummary, Ct2Error> {
    let werr = |source: io::Error| Ct2Error::Write {
        path: dst.to_path_buf(),
        source,
    };
    let dir = dst
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(werr)?;
    // A leading dot keeps folder watchers and `models list` from picking up the temp file.
    let tmp = tempfile::Builder::new()
        .prefix(".hushnote-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(werr)?;
    let file = tmp.as_file().try_clone().map_err(werr)?;
    let mut w = HashingWriter {
        inner: BufWriter::with_capacity(1 << 20, file),
        hasher: Sha256::new(),
        bytes: 0,
    };
    let tensors = body(&mut w).map_err(werr)?;
    let HashingWriter {
        inner,
        hasher,
        bytes,
    } = w;
    inner.into_inner().map_err(|e| werr(e.into_error()))?;
    let sha256 = hex::encode(hasher.finalize());
    tmp.as_file().sync_all().map_err(werr)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(fs::Permissions::from_mode(0o600))
            .map_err(werr)?;
    }
    tmp.persist(dst).map_err(|e| werr(e.error))?;
    File::open(dir).and_then(|d| d.sync_all()).map_err(werr)?;
    Ok(ImportSummary {
        bytes,
        sha256,
        tensors,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // ---- synthetic CTranslate2 files ---------------------------------------------------

    /// One variable for [`ct2_bin`]: name, shape, dtype id, raw bytes.
    type RawVar = (String, Vec<usize>, u8, Vec<u8>);

    fn put_str(out: &mut Vec<u8>, s: &str) {
        out.extend_from_slice(&((s.len() + 1) as u16).to_le_bytes());
        out.extend_from_slice(s.as_bytes());
        out.push(0);
    }

    /// Serializes a model.bin exactly as CTranslate2 6 lays it out.
    fn ct2_bin(version: u32, spec: &str, vars: &[RawVar], aliases: &[(&str, &str)]) -> Vec<u8> {
        let mut out = version.to_le_bytes().to_vec();
        put_str(&mut out, spec);
        out.extend_from_slice(&3u32.to_le_bytes());
        out.extend_from_slice(&(vars.len() as u32).to_le_bytes());
        for (name, shape, dtype, data) in vars {
            put_str(&mut out, name);
            out.push(shape.len() as u8);
            for d in shape {
                out.extend_from_slice(&(*d as u32).to_le_bytes());
            }
            out.push(*dtype);
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(data);
        }
        out.extend_from_slice(&(aliases.len() as u32).to_le_bytes());
        for (a, t) in aliases {
            put_str(&mut out, a);
            put_str(&mut out, t);
        }
        out
    }

    /// An f16 variable whose element k holds `base + k` (exact in f16 for small values).
    fn f16_var(name: &str, shape: &[usize], base: f32) -> RawVar {
        let n: usize = shape.iter().product();
        let data = (0..n)
            .flat_map(|k| f32_to_f16(base + k as f32).to_le_bytes())
            .collect();
        (name.to_string(), shape.to_vec(), 4, data)
    }

    fn i16_scalar(name: &str, v: i16) -> RawVar {
        (name.to_string(), vec![], 2, v.to_le_bytes().to_vec())
    }

    /// A complete, tiny Whisper model (d=4, 2 mels, 1+1 layers, 6 tokens) shaped like
    /// faster-whisper's conversion, including its extra settings and the projection alias.
    fn tiny_whisper_vars() -> Vec<RawVar> {
        whisper_vars(4, 8, 2)
    }

    /// [`tiny_whisper_vars`] with model width `d`, MLP width `h` and `mels` mel bins.
    fn whisper_vars(d: usize, h: usize, mels: usize) -> Vec<RawVar> {
        let mut v = vec![
            ("decoder/activation".to_string(), vec![], 1, vec![3]),
            ("decoder/scale_embeddings".to_string(), vec![], 1, vec![0]),
            i16_scalar("encoder/num_heads", 2),
            i16_scalar("decoder/num_heads", 2),
            f16_var("encoder/conv1/weight", &[d, mels, 3], 0.0),
            f16_var("encoder/conv1/bias", &[d], 100.0),
            f16_var("encoder/conv2/weight", &[d, d, 3], 0.0),
            f16_var("encoder/conv2/bias", &[d], 200.0),
            f16_var("encoder/position_encodings/encodings", &[3, d], 0.0),
            f16_var("encoder/layer_norm/gamma", &[d], 1.0),
            f16_var("encoder/layer_norm/beta", &[d], 0.0),
            f16_var("decoder/embeddings/weight", &[6, d], 0.0),
            f16_var("decoder/position_encodings/encodings", &[2, d], 0.0),
            f16_var("decoder/layer_norm/gamma", &[d], 1.0),
            f16_var("decoder/layer_norm/beta", &[d], 0.0),
        ];
        for side in ["encoder", "decoder"] {
            let p = format!("{side}/layer_0");
            v.push(f16_var(
                &format!("{p}/self_attention/linear_0/weight"),
                &[3 * d, d],
                0.0,
            ));
            v.push(f16_var(
                &format!("{p}/self_attention/linear_0/bias"),
                &[3 * d],
                0.0,
            ));
            v.push(f16_var(
                &format!("{p}/self_attention/linear_1/weight"),
                &[d, d],
                0.0,
            ));
            v.push(f16_var(
                &format!("{p}/self_attention/linear_1/bias"),
                &[d],
                0.0,
            ));
            v.push(f16_var(
                &format!("{p}/self_attention/layer_norm/gamma"),
                &[d],
                1.0,
            ));
            v.push(f16_var(
                &format!("{p}/self_attention/layer_norm/beta"),
                &[d],
                0.0,
            ));
            v.push(f16_var(&format!("{p}/ffn/linear_0/weight"), &[h, d], 0.0));
            v.push(f16_var(&format!("{p}/ffn/linear_0/bias"), &[h], 0.0));
            v.push(f16_var(&format!("{p}/ffn/linear_1/weight"), &[d, h], 0.0));
            v.push(f16_var(&format!("{p}/ffn/linear_1/bias"), &[d], 0.0));
            v.push(f16_var(&format!("{p}/ffn/layer_norm/gamma"), &[d], 1.0));
            v.push(f16_var(&format!("{p}/ffn/layer_norm/beta"), &[d], 0.0));
        }
        let p = "decoder/layer_0/attention";
        v.push(f16_var(&format!("{p}/linear_0/weight"), &[d, d], 0.0));
        v.push(f16_var(&format!("{p}/linear_0/bias"), &[d], 0.0));
        v.push(f16_var(&format!("{p}/linear_1/weight"), &[2 * d, d], 0.0));
        v.push(f16_var(&format!("{p}/linear_1/bias"), &[2 * d], 0.0));
        v.push(f16_var(&format!("{p}/linear_2/weight"), &[d, d], 0.0));
        v.push(f16_var(&format!("{p}/linear_2/bias"), &[d], 0.0));
        v.push(f16_var(&format!("{p}/layer_norm/gamma"), &[d], 1.0));
        v.push(f16_var(&format!("{p}/layer_norm/beta"), &[d], 0.0));
        v
    }

    const TINY_TOKENIZER: &str = r#"{"added_tokens":[{"id":2,"content":"<|endoftext|>"},
        {"id":3,"content":"<|startoftranscript|>"}],
        "model":{"type":"BPE","vocab":{"a":0,"Ġb":1,"<|endoftext|>":2}}}"#;

    fn write_tiny_model(dir: &Path, vars: &[RawVar]) {
        let bin = ct2_bin(
            6,
            "WhisperSpec",
            vars,
            &[("decoder/projection/weight", "decoder/embeddings/weight")],
        );
        fs::write(dir.join("model.bin"), bin).unwrap();
        fs::write(dir.join("tokenizer.json"), TINY_TOKENIZER).unwrap();
        fs::write(dir.join("config.json"), "{}").unwrap();
    }

    // ---- a ggml reader, to check what we wrote --------------------------------------------

    struct Ggml {
        hparams: Vec<i32>,
        ftype: i32,
        mel: (i32, i32, Vec<f32>),
        tokens: Vec<Vec<u8>>,
        /// name → (dims innermost first, ftype, data)
        tensors: Vec<(String, Vec<i32>, i32, Vec<u8>)>,
    }

    fn read_ggml(b: &[u8]) -> Ggml {
        let mut pos = 0;
        let i32_at = |pos: &mut usize| {
            let v = i32::from_le_bytes(b[*pos..*pos + 4].try_into().unwrap());
            *pos += 4;
            v
        };
        assert_eq!(i32_at(&mut pos) as u32, 0x6767_6d6c);
        let hparams: Vec<i32> = (0..10).map(|_| i32_at(&mut pos)).collect();
        let ftype = i32_at(&mut pos);
        let (nm, nf) = (i32_at(&mut pos), i32_at(&mut pos));
        let mel = (0..nm * nf)
            .map(|_| f32::from_bits(i32_at(&mut pos) as u32))
            .collect();
        let n_tok = i32_at(&mut pos);
        let mut tokens = Vec::new();
        for _ in 0..n_tok {
            let n = i32_at(&mut pos) as usize;
            tokens.push(b[pos..pos + n].to_vec());
            pos += n;
        }
        let mut tensors = Vec::new();
        while pos < b.len() {
            let (nd, nl, ft) = (i32_at(&mut pos), i32_at(&mut pos), i32_at(&mut pos));
            let dims: Vec<i32> = (0..nd).map(|_| i32_at(&mut pos)).collect();
            let name = String::from_utf8(b[pos..pos + nl as usize].to_vec()).unwrap();
            pos += nl as usize;
            let elems = dims.iter().product::<i32>() as usize;
            let n = match ft {
                0 => elems * 4,
                1 => elems * 2,
                8 => elems / 32 * 34,
                7 => elems / 32 * 24,
                _ => panic!("unexpected tensor type {ft}"),
            };
            tensors.push((name, dims, ft, b[pos..pos + n].to_vec()));
            pos += n;
        }
        Ggml {
            hparams,
            ftype,
            mel: (nm, nf, mel),
            tokens,
            tensors,
        }
    }

    fn f16_values(data: &[u8]) -> Vec<f32> {
        data.chunks_exact(2)
            .map(|c| f16_to_f32(u16::from_le_bytes([c[0], c[1]])))
            .collect()
    }

    fn f32_values(data: &[u8]) -> Vec<f32> {
        data.chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect()
    }

    // ---- mel filterbank ---------------------------------------------------------------------

    /// Reference values from librosa 0.11.0. `want64` is
    /// `librosa.filters.mel(sr=16000, n_fft=400, n_mels=80, dtype=np.float64)[i, j]`;
    /// `bits` is the default float32 call's `[i, j]` (what OpenAI's mel_filters.npz holds),
    /// viewed as uint32. Some of these differ from `f32(want64)` by one ulp (double rounding).
    #[test]
    fn mel_filters_match_librosa() {
        let m = mel_filters(16_000.0, 400, 80);
        assert_eq!(m.len(), 80 * 201);
        let reference: [(usize, usize, f64, u32); 9] = [
            (0, 1, 0.024862593984176087, 0x3ccb_aca4),
            (0, 2, 0.0, 0),
            (3, 4, 0.018890128319881877, 0x3c9a_bf79),
            (5, 5, 0.009954109440490338, 0x3c23_168f),
            (10, 11, 0.004954375103195403, 0x3ba2_584f),
            (45, 52, 0.011507895445653124, 0x3c3c_8b9c),
            (79, 186, 0.00036674167978492585, 0x39c0_473c),
            (79, 192, 0.003164711739176461, 0x3b4f_670e),
            (79, 200, 0.0, 0),
        ];
        for (i, j, want64, bits) in reference {
            let got = m[i * 201 + j];
            assert!(
                (f64::from(got) - want64).abs() < 5e-9,
                "mel[{i}][{j}] = {got}, librosa {want64}"
            );
            assert_eq!(got.to_bits(), bits, "mel[{i}][{j}] = {got}");
        }
        // librosa (and numpy's maximum) leave -0.0 at [0][0].
        assert_eq!(m[0].to_bits(), (-0.0f32).to_bits());
        // librosa f64: m.sum() == 1.9990241029178577
        let sum: f64 = m.iter().map(|&x| f64::from(x)).sum();
        assert!((sum - 1.9990241029178577).abs() < 1e-6, "sum {sum}");
        // n_mels = 128 (large-v3) works too and every filter is non-empty.
        let m128 = mel_filters(16_000.0, 400, 128);
        assert!(m128.chunks(201).all(|row| row.iter().any(|&x| x > 0.0)));
    }

    // ---- vocabulary ---------------------------------------------------------------------

    #[test]
    fn gpt2_byte_decoder_inverts_bytes_to_unicode() {
        let dec = gpt2_byte_decoder();
        assert_eq!(dec.len(), 256);
        assert_eq!(dec[&'Ġ'], b' ');
        assert_eq!(dec[&'Ċ'], b'\n');
        assert_eq!(dec[&'Ā'], 0x00);
        assert_eq!(dec[&'a'], b'a');
        assert_eq!(dec[&'ł'], 0xA0); // no-break space
        assert_eq!(dec[&'Ń'], 0xAD); // soft hyphen: the last non-printable byte
        assert_eq!(decode_token(&dec, "ĠHello").unwrap(), b" Hello");
        // "é" in UTF-8 is C3 A9, which GPT-2 spells "Ã©".
        assert_eq!(decode_token(&dec, "Ã©").unwrap(), "é".as_bytes());
        assert_eq!(decode_token(&dec, "€"), None);
    }

    #[test]
    fn tokenizer_json_drops_special_tokens_and_needs_contiguous_ids() {
        let t = tokens_from_tokenizer_json(TINY_TOKENIZER.as_bytes()).unwrap();
        assert_eq!(t, vec![b"a".to_vec(), b" b".to_vec()]);
        let gap = r#"{"model":{"vocab":{"a":0,"b":2}}}"#;
        assert!(tokens_from_tokenizer_json(gap.as_bytes())
            .unwrap_err()
            .contains("contiguous"));
        assert!(tokens_from_tokenizer_json(b"{}").is_err());
    }

    #[test]
    fn vocabulary_txt_stops_at_endoftext() {
        let t = tokens_from_vocabulary_txt("a\nĠb\n<|endoftext|>\n<|en|>\n".as_bytes()).unwrap();
        assert_eq!(t, vec![b"a".to_vec(), b" b".to_vec()]);
        assert!(tokens_from_vocabulary_txt(b"a\nb\n").is_err());
    }

    // ---- half floats ----------------------------------------------------------------------

    #[test]
    fn f16_conversions_round_trip_and_round_to_nearest_even() {
        for h in 0..=u16::MAX {
            let f = f16_to_f32(h);
            if f.is_nan() {
                assert!(f32_to_f16(f) & 0x7c00 == 0x7c00 && f32_to_f16(f) & 0x3ff != 0);
            } else {
                assert_eq!(f32_to_f16(f), h, "{h:#06x} -> {f}");
            }
        }
        assert_eq!(f32_to_f16(1.0), 0x3c00);
        assert_eq!(f32_to_f16(-2.0), 0xc000);
        assert_eq!(f32_to_f16(65504.0), 0x7bff);
        assert_eq!(f32_to_f16(65520.0), 0x7c00); // rounds up to infinity
        assert_eq!(f32_to_f16(1.0 + 2f32.powi(-11)), 0x3c00); // tie → even
        assert_eq!(f32_to_f16(1.0 + 3.0 * 2f32.powi(-11)), 0x3c02); // tie → even
        assert_eq!(f32_to_f16(2f32.powi(-25)), 0); // tie below the smallest subnormal
        assert_eq!(f32_to_f16(1.5 * 2f32.powi(-25)), 1);
        assert_eq!(f32_to_f16(1e-10), 0);
        assert_eq!(bf16_to_f32(0x3f80), 1.0);
    }

    // ---- model.bin parsing ------------------------------------------------------------------

    #[test]
    fn parses_synthetic_model_bin_with_alias() {
        let vars = vec![
            f16_var("decoder/embeddings/weight", &[3, 2], 1.0),
            i16_scalar("decoder/num_heads", 6),
            (
                "x/f32".to_string(),
                vec![2],
                0,
                [1.5f32, -2.0]
                    .iter()
                    .flat_map(|x| x.to_le_bytes())
                    .collect(),
            ),
        ];
        let bin = ct2_bin(
            6,
            "WhisperSpec",
            &vars,
            &[("decoder/projection/weight", "decoder/embeddings/weight")],
        );
        let m = Ct2Model::parse(bin).unwrap();
        assert_eq!(m.vars.len(), 3);
        let (real, v) = m.find("decoder/projection/weight").unwrap();
        assert_eq!(real, "decoder/embeddings/weight");
        assert_eq!((v.shape.as_slice(), v.dtype), (&[3, 2][..], DType::F16));
        assert_eq!(m.scalar("decoder/num_heads"), Some(6));
        assert_eq!(
            m.rows_f32("decoder/embeddings/weight", 1..2).unwrap(),
            vec![3.0, 4.0]
        );
        assert_eq!(m.rows_f32("x/f32", 0..2).unwrap(), vec![1.5, -2.0]);
        // f16 → f16 is a byte copy; f16 → f32 converts.
        let raw = m
            .rows_encoded("decoder/embeddings/weight", 0..3, false)
            .unwrap();
        assert_eq!(raw, vars[0].3);
        let wide = m
            .rows_encoded("decoder/embeddings/weight", 2..3, true)
            .unwrap();
        assert_eq!(f32_values(&wide), vec![5.0, 6.0]);
        assert!(m.find("nope").is_none());
    }

    #[test]
    fn truncated_model_bin_is_an_error_at_every_length() {
        let vars = vec![f16_var("a/weight", &[2, 2], 0.0), i16_scalar("n", 1)];
        let bin = ct2_bin(6, "WhisperSpec", &vars, &[("b", "a/weight")]);
        for len in 0..bin.len() {
            match Ct2Model::parse(bin[..len].to_vec()) {
                Err(ParseError::Corrupt(_)) => {}
                other => panic!("length {len}: {other:?}"),
            }
        }
        let mut long = bin.clone();
        long.push(0);
        assert!(matches!(Ct2Model::parse(long), Err(ParseError::Corrupt(_))));
        assert!(Ct2Model::parse(bin).is_ok());
    }

    #[test]
    fn wrong_version_spec_or_sizes_are_rejected() {
        let vars = vec![f16_var("a", &[2], 0.0)];
        let e = Ct2Model::parse(ct2_bin(7, "WhisperSpec", &vars, &[])).unwrap_err();
        assert!(matches!(e, ParseError::Version(7)));
        // A GGML file (or anything else) fed in by mistake.
        let e = Ct2Model::parse(b"lmgg\x00\x00\x00\x00".to_vec()).unwrap_err();
        assert!(matches!(e, ParseError::Version(_)));
        let e = Ct2Model::parse(ct2_bin(6, "TransformerSpec", &vars, &[])).unwrap_err();
        assert!(matches!(e, ParseError::NotWhisper(ref s) if s == "TransformerSpec"));
        let bad = vec![("a".to_string(), vec![3], 4, vec![0; 4])];
        let e = Ct2Model::parse(ct2_bin(6, "WhisperSpec", &bad, &[])).unwrap_err();
        assert!(matches!(e, ParseError::Corrupt(ref s) if s.contains("bytes")));
        let msg = e.at(Path::new("/m/model.bin")).to_string();
        assert!(
            msg.contains("/m/model.bin") && msg.contains("download the model again"),
            "{msg}"
        );
    }

    #[test]
    fn int8_weights_are_dequantized_with_their_scale() {
        let vars = vec![
            (
                "l/weight".to_string(),
                vec![2, 2],
                1,
                vec![127, 0, (-64i8) as u8, 2],
            ),
            (
                "l/weight_scale".to_string(),
                vec![2],
                0,
                [127f32, 2.0].iter().flat_map(|x| x.to_le_bytes()).collect(),
            ),
        ];
        let m = Ct2Model::parse(ct2_bin(6, "WhisperSpec", &vars, &[])).unwrap();
        assert_eq!(
            m.rows_f32("l/weight", 0..2).unwrap(),
            vec![1.0, 0.0, -32.0, 1.0]
        );
        assert_eq!(m.rows_f32("l/weight", 1..2).unwrap(), vec![-32.0, 1.0]);
        let nos = vec![("l/weight".to_string(), vec![1], 1, vec![1])];
        let m = Ct2Model::parse(ct2_bin(6, "WhisperSpec", &nos, &[])).unwrap();
        assert!(matches!(
            m.rows_f32("l/weight", 0..1),
            Err(Ct2Error::UnsupportedDtype { .. })
        ));
    }

    // ---- whole conversion ---------------------------------------------------------------

    #[test]
    fn converts_a_synthetic_whisper_model() {
        let src = tempfile::tempdir().unwrap();
        write_tiny_model(src.path(), &tiny_whisper_vars());
        let out = tempfile::tempdir().unwrap();
        let dst = out.path().join("ggml-tiny.bin");
        let s = import_ct2(src.path(), &dst).unwrap();

        let bytes = fs::read(&dst).unwrap();
        assert_eq!(s.bytes, bytes.len() as u64);
        assert_eq!(s.sha256, hex::encode(Sha256::digest(&bytes)));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&dst).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(
            fs::read_dir(out.path()).unwrap().count(),
            1,
            "temp file left behind"
        );

        let g = read_ggml(&bytes);
        assert_eq!(g.hparams, vec![6, 3, 4, 2, 1, 2, 4, 2, 1, 2]);
        assert_eq!(g.ftype, 1);
        assert_eq!((g.mel.0, g.mel.1, g.mel.2.len()), (2, 201, 402));
        assert_eq!(g.tokens, vec![b"a".to_vec(), b" b".to_vec()]);
        // Encoder: pos + 4 conv + 15 per block + ln_post; decoder: pos + emb + 24 per block + ln.
        assert_eq!(s.tensors, 22 + 28);
        assert_eq!(g.tensors.len(), s.tensors);
        let t = |name: &str| {
            g.tensors
                .iter()
                .find(|t| t.0 == name)
                .unwrap_or_else(|| panic!("{name} missing"))
        };
        assert_eq!(g.tensors[0].0, "encoder.positional_embedding");
        let bias = t("encoder.conv1.bias");
        assert_eq!((bias.1.clone(), bias.2), (vec![1, 4], 0));
        assert_eq!(f32_values(&bias.3), vec![100.0, 101.0, 102.0, 103.0]);
        let conv = t("encoder.conv1.weight");
        assert_eq!((conv.1.clone(), conv.2), (vec![3, 2, 4], 1));
        // Fused q/k/v rows split in order; the key has no bias.
        for (part, first) in [("query", 0.0), ("key", 16.0), ("value", 32.0)] {
            let w = t(&format!("decoder.blocks.0.attn.{part}.weight"));
            assert_eq!((w.1.clone(), w.2), (vec![4, 4], 1));
            assert_eq!(f16_values(&w.3)[0], first, "{part}");
        }
        assert!(g.tensors.iter().all(|t| !t.0.ends_with("key.bias")));
        let vb = t("encoder.blocks.0.attn.value.bias");
        assert_eq!((vb.2, f32_values(&vb.3)), (0, vec![8.0, 9.0, 10.0, 11.0]));
        let ck = t("decoder.blocks.0.cross_attn.value.weight");
        assert_eq!(f16_values(&ck.3)[0], 16.0);
        let cvb = t("decoder.blocks.0.cross_attn.value.bias");
        assert_eq!(f32_values(&cvb.3), vec![4.0, 5.0, 6.0, 7.0]);
        let mlp = t("encoder.blocks.0.mlp.2.weight");
        assert_eq!(mlp.1, vec![8, 4]);
        let pe = t("decoder.positional_embedding");
        assert_eq!((pe.1.clone(), pe.2), (vec![4, 2], 0));
        let ln = t("decoder.ln.weight");
        assert_eq!((ln.2, f32_values(&ln.3)), (0, vec![1.0, 2.0, 3.0, 4.0]));
        assert_eq!(g.tensors.last().unwrap().0, "decoder.ln.bias");

        // Deterministic: a second run gives the same bytes and replaces the file.
        let again = import_ct2(src.path(), &dst).unwrap();
        assert_eq!(again, s);
    }

    // ---- quantization -----------------------------------------------------------------------

    /// ggml's `dequantize_row_q8_0` / `dequantize_row_q5_1`.
    fn dequantize(q: Quantize, data: &[u8]) -> Vec<f32> {
        let h = |b: &[u8]| f16_to_f32(u16::from_le_bytes([b[0], b[1]]));
        let mut out = Vec::new();
        for b in data.chunks_exact(q.block_bytes()) {
            match q {
                Quantize::F16 => out.extend(b.chunks_exact(2).map(h)),
                Quantize::Q8_0 => {
                    let d = h(&b[0..2]);
                    out.extend(b[2..].iter().map(|&x| f32::from(x as i8) * d));
                }
                Quantize::Q5_1 => {
                    let (d, m) = (h(&b[0..2]), h(&b[2..4]));
                    let qh = u32::from_le_bytes([b[4], b[5], b[6], b[7]]);
                    let qs = &b[8..24];
                    let mut y = [0f32; 32];
                    for j in 0..16 {
                        let x0 = (qs[j] & 0x0f) | ((((qh >> j) << 4) & 0x10) as u8);
                        let x1 = (qs[j] >> 4) | (((qh >> (j + 12)) & 0x10) as u8);
                        y[j] = f32::from(x0) * d + m;
                        y[j + 16] = f32::from(x1) * d + m;
                    }
                    out.extend(y);
                }
            }
        }
        out
    }

    #[test]
    fn quantize_names_round_trip() {
        for q in Quantize::ALL {
            assert_eq!(q.name().parse::<Quantize>().unwrap(), q);
        }
        assert_eq!("Q8_0".parse::<Quantize>().unwrap(), Quantize::Q8_0);
        let e = "q4_0".parse::<Quantize>().unwrap_err();
        assert!(e.contains("f16, q8_0 or q5_1"), "{e}");
        assert_eq!(Quantize::default(), Quantize::F16);
    }

    #[test]
    fn q8_0_blocks_match_ggml_reference() {
        // Known block: max |x| = 127 → d = 1, q = round(x) (half away from zero).
        let mut x: Vec<f32> = (0..32).map(|i| i as f32 - 16.0).collect();
        x[0] = -127.0;
        x[1] = 2.5;
        x[2] = -2.5;
        let b = quantize_blocks(Quantize::Q8_0, &x);
        assert_eq!(b.len(), 34);
        assert_eq!(u16::from_le_bytes([b[0], b[1]]), 0x3c00); // d = 1.0
        assert_eq!(b[2] as i8, -127);
        assert_eq!((b[3] as i8, b[4] as i8), (3, -3));
        assert_eq!(b[2 + 20] as i8, 4);
        // An all-zero block has d = 0 and zero codes.
        assert_eq!(quantize_blocks(Quantize::Q8_0, &[0.0; 32]), vec![0; 34]);
        // Error stays within half a step of each block's scale.
        let x: Vec<f32> = (0..256)
            .map(|i| ((i * 37 % 101) as f32 - 50.0) * 0.013)
            .collect();
        let y = dequantize(Quantize::Q8_0, &quantize_blocks(Quantize::Q8_0, &x));
        for (blk_x, blk_y) in x.chunks(32).zip(y.chunks(32)) {
            let amax = blk_x.iter().fold(0f32, |m, v| m.max(v.abs()));
            for (a, b) in blk_x.iter().zip(blk_y) {
                assert!(
                    (a - b).abs() <= amax / 127.0 * 0.51 + 1e-3 * amax,
                    "{a} vs {b}"
                );
            }
        }
    }

    #[test]
    fn q5_1_blocks_match_ggml_reference() {
        // x = min + k·d exactly: every code is k, fifth bits set for k >= 16.
        let x: Vec<f32> = (0..32).map(|k| -1.0 + (k as f32 - 0.0) * 0.125).collect();
        let mut x = x;
        x[31] = -1.0 + 31.0 * 0.125; // max - min = 3.875 → d = 0.125
        let b = quantize_blocks(Quantize::Q5_1, &x);
        assert_eq!(b.len(), 24);
        assert_eq!(f16_to_f32(u16::from_le_bytes([b[0], b[1]])), 0.125);
        assert_eq!(f16_to_f32(u16::from_le_bytes([b[2], b[3]])), -1.0);
        let qh = u32::from_le_bytes([b[4], b[5], b[6], b[7]]);
        // codes j (j < 16) have no fifth bit, codes 16 + j all have it.
        assert_eq!(qh, 0xffff_0000);
        for j in 0..16 {
            assert_eq!(b[8 + j], (j as u8) | ((j as u8) << 4), "byte {j}");
        }
        assert_eq!(dequantize(Quantize::Q5_1, &b), x);
        let x: Vec<f32> = (0..256)
            .map(|i| ((i * 53 % 97) as f32 - 30.0) * 0.01)
            .collect();
        let y = dequantize(Quantize::Q5_1, &quantize_blocks(Quantize::Q5_1, &x));
        for (blk_x, blk_y) in x.chunks(32).zip(y.chunks(32)) {
            let (lo, hi) = blk_x
                .iter()
                .fold((f32::MAX, f32::MIN), |(l, h), &v| (l.min(v), h.max(v)));
            for (a, b) in blk_x.iter().zip(blk_y) {
                assert!(
                    (a - b).abs() <= (hi - lo) / 31.0 * 0.51 + 2e-3,
                    "{a} vs {b}"
                );
            }
        }
    }

    #[test]
    fn quantized_import_quantizes_only_weight_matrices_and_is_deterministic() {
        let src = tempfile::tempdir().unwrap();
        // d = 32 so rows hold whole blocks.
        write_tiny_model(src.path(), &whisper_vars(32, 64, 2));
        let out = tempfile::tempdir().unwrap();
        let f16_path = out.path().join("f16.bin");
        import_ct2(src.path(), &f16_path).unwrap();
        let f16 = read_ggml(&fs::read(&f16_path).unwrap());
        for (q, ftype, ttype) in [(Quantize::Q8_0, 2007, 8), (Quantize::Q5_1, 2009, 7)] {
            let dst = out.path().join(format!("{q}.bin"));
            let s = import_ct2_with(src.path(), &dst, q).unwrap();
            let bytes = fs::read(&dst).unwrap();
            assert_eq!(s.sha256, hex::encode(Sha256::digest(&bytes)));
            let g = read_ggml(&bytes);
            assert_eq!(g.ftype, ftype);
            assert_eq!(
                (g.hparams.clone(), g.tokens.clone()),
                (f16.hparams.clone(), f16.tokens.clone())
            );
            assert_eq!(g.tensors.len(), f16.tensors.len());
            for (t, r) in g.tensors.iter().zip(&f16.tensors) {
                assert_eq!((&t.0, &t.1), (&r.0, &r.1));
                let matrix = t.1.len() == 2
                    && !t.0.ends_with("positional_embedding")
                    && !t.0.ends_with("conv1.bias")
                    && !t.0.ends_with("conv2.bias");
                if matrix {
                    assert_eq!(t.2, ttype, "{}", t.0);
                    let want = f16_values(&r.3);
                    let got = dequantize(q, &t.3);
                    let amax = want.iter().fold(0f32, |m, v| m.max(v.abs()));
                    for (a, b) in want.iter().zip(&got) {
                        assert!((a - b).abs() <= amax / 12.0, "{}: {a} vs {b}", t.0);
                    }
                } else {
                    // Conv weights stay f16; 1-D tensors and embeddings f32: byte-identical.
                    assert_eq!((t.2, &t.3), (r.2, &r.3), "{}", t.0);
                }
            }
            assert!(g
                .tensors
                .iter()
                .any(|t| t.0 == "decoder.token_embedding.weight" && t.2 == ttype));
            assert!(g
                .tensors
                .iter()
                .any(|t| t.0 == "encoder.conv1.weight" && t.2 == 1));
            let again = import_ct2_with(src.path(), &dst, q).unwrap();
            assert_eq!(again, s);
        }
    }

    #[test]
    fn quantizing_rows_that_are_not_whole_blocks_is_refused_before_writing() {
        let src = tempfile::tempdir().unwrap();
        write_tiny_model(src.path(), &tiny_whisper_vars()); // d = 4
        let out = tempfile::tempdir().unwrap();
        let dst = out.path().join("q.bin");
        let e = import_ct2_with(src.path(), &dst, Quantize::Q8_0).unwrap_err();
        assert!(matches!(e, Ct2Error::Incompatible { .. }), "{e}");
        assert!(e.to_string().contains("--quantize f16"), "{e}");
        assert!(!dst.exists());
        assert_eq!(fs::read_dir(out.path()).unwrap().count(), 0);
    }

    #[test]
    fn explains_missing_inputs_and_leaves_dst_alone() {
        let src = tempfile::tempdir().unwrap();
        let out = tempfile::tempdir().unwrap();
        let dst = out.path().join("m.bin");
        fs::write(&dst, b"old").unwrap();

        let e = import_ct2(src.path(), &dst).unwrap_err();
        assert!(matches!(
            e,
            Ct2Error::MissingFile {
                file: "model.bin",
                ..
            }
        ));
        let msg = e.to_string();
        assert!(
            msg.contains("model.bin missing in") && msg.contains("--from"),
            "{msg}"
        );

        let mut vars = tiny_whisper_vars();
        vars.retain(|v| v.0 != "decoder/layer_0/attention/linear_2/bias");
        write_tiny_model(src.path(), &vars);
        let e = import_ct2(src.path(), &dst).unwrap_err();
        assert!(
            matches!(e, Ct2Error::MissingVariable { ref name } if name.ends_with("linear_2/bias"))
        );

        let mut vars = tiny_whisper_vars();
        vars[1].3 = vec![1]; // decoder/scale_embeddings = true
        write_tiny_model(src.path(), &vars);
        assert!(matches!(
            import_ct2(src.path(), &dst),
            Err(Ct2Error::Incompatible { .. })
        ));

        let mut vars = tiny_whisper_vars();
        let i = vars
            .iter()
            .position(|v| v.0 == "encoder/conv2/weight")
            .unwrap();
        vars[i] = f16_var("encoder/conv2/weight", &[4, 4, 1], 0.0);
        write_tiny_model(src.path(), &vars);
        assert!(matches!(
            import_ct2(src.path(), &dst),
            Err(Ct2Error::BadShape { .. })
        ));

        fs::remove_file(src.path().join("tokenizer.json")).unwrap();
        let e = import_ct2(src.path(), &dst).unwrap_err();
        assert!(matches!(
            e,
            Ct2Error::MissingFile {
                file: "tokenizer.json",
                ..
            }
        ));

        assert_eq!(fs::read(&dst).unwrap(), b"old");
        assert_eq!(fs::read_dir(out.path()).unwrap().count(), 1);
    }

    // ---- the real model (set HUSHNOTE_CT2_DIR) ----------------------------------------------

    fn real_model_dir() -> Option<PathBuf> {
        match std::env::var_os("HUSHNOTE_CT2_DIR") {
            Some(d) => Some(PathBuf::from(d)),
            None => {
                eprintln!("skipped: set HUSHNOTE_CT2_DIR to a faster-whisper model folder");
                None
            }
        }
    }

    #[test]
    fn converts_the_real_model() {
        let Some(src) = real_model_dir() else { return };
        let out = tempfile::tempdir().unwrap();
        let dst = out.path().join("ggml.bin");
        let s = import_ct2(&src, &dst).unwrap();
        let bytes = fs::read(&dst).unwrap();
        let g = read_ggml(&bytes);
        let hp = &g.hparams;
        let expected = 7 + hp[4] as usize * 15 + 4 + hp[8] as usize * 24;
        assert_eq!(s.tensors, expected);
        assert_eq!(g.mel.1, 201);
        assert!(g.tokens.len() == 50256 || g.tokens.len() == 50257);
        if hp[..] == [51864, 1500, 384, 6, 4, 448, 384, 6, 4, 80] {
            // tiny.en, float16: the size whisper.cpp's own converter produces.
            assert_eq!(s.bytes, 77_704_698);
        }
    }

    #[test]
    fn quantizes_the_real_model() {
        let Some(src) = real_model_dir() else { return };
        let out = tempfile::tempdir().unwrap();
        let f16 = import_ct2(&src, &out.path().join("f16.bin")).unwrap();
        for q in [Quantize::Q8_0, Quantize::Q5_1] {
            let dst = out.path().join(format!("{q}.bin"));
            let s = import_ct2_with(&src, &dst, q).unwrap();
            let g = read_ggml(&fs::read(&dst).unwrap());
            assert_eq!(g.tensors.len(), f16.tensors);
            assert!(s.bytes < f16.bytes * 6 / 10, "{q}: {} bytes", s.bytes);
        }
    }

    /// Converts HUSHNOTE_CT2_DIR into HUSHNOTE_CT2_OUT (manual end-to-end runs).
    #[test]
    #[ignore]
    fn convert_env_model() {
        let Some(src) = real_model_dir() else { return };
        let Some(dst) = std::env::var_os("HUSHNOTE_CT2_OUT") else {
            eprintln!("skipped: set HUSHNOTE_CT2_OUT to the ggml file to write");
            return;
        };
        let q = std::env::var("HUSHNOTE_CT2_QUANTIZE")
            .map(|q| q.parse::<Quantize>().unwrap())
            .unwrap_or_default();
        let s = import_ct2_with(&src, Path::new(&dst), q).unwrap();
        println!(
            "wrote {:?}: {} bytes, {} tensors, sha256 {}",
            dst, s.bytes, s.tensors, s.sha256
        );
    }
}
