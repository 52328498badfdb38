//! hushnote: a local, privacy-first voice-to-note daemon for psychotherapists.
//!
//! The data flows in one line, and the modules follow it:
//!
//! capture (microphone, [`capture`]) or a dropped file ([`decode`]) → [`resample`] to 16 kHz
//! mono → [`transcribe`] (Whisper worker process) → the audio is deleted → [`draft`] (Llama
//! worker process + the `hushnote-draft` crate) → [`inbox`] (atomic Markdown file).
//!
//! [`pipeline`] runs that line for one memo; [`daemon`] runs it hands-free for the microphone
//! and the watch folder. This crate links neither engine: see [`worker`].

pub mod amend;
pub mod capture;
pub mod cli;
pub mod clients;
pub mod config;
pub mod daemon;
pub mod decode;
pub mod draft;
pub mod exit;
pub mod export;
pub mod fsutil;
pub mod logging;
pub mod models;
pub mod note;
pub mod pipeline;
pub mod resample;
pub mod review;
pub mod sign;
pub mod transcribe;
pub mod vad;
pub mod web;
pub mod worker;
