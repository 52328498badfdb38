//! Every URL the page answers, and the guard in front of all of them.
//!
//! | method | path | answer |
//! |---|---|---|
//! | GET | `/login?token=` | one-time token → session cookie, then `/` (the only route without a session) |
//! | POST | `/logout` | ends the session |
//! | GET | `/` | inbox: drafts oldest first, failed memos |
//! | GET | `/draft/{id}` | draft view |
//! | GET | `/draft/{id}/pdf`, `/draft/{id}/txt` | the draft exported (PDF download, plain text) |
//! | GET | `/notes?from=&to=&format=` | signed notes |
//! | GET | `/note/{id}`, `/note/{id}/pdf`, `/note/{id}/txt` | one signed note, exported |
//! | GET | `/static/app.js`, `/static/app.css` | the page's script and style |
//! | GET | `/api/status` | recorder, job and inbox counts (polled) |
//! | GET | `/api/draft/{id}/hash` | the draft file's hash (polled: changed on disk?) |
//! | POST | `/api/record`, `/api/stop` | the recorder, through the control socket |
//! | POST | `/api/retry` | a failed memo queued again |
//! | POST | `/api/draft/{id}/section` | save one edited section (409 when the file changed) |
//! | POST | `/api/draft/{id}/sign`, `/api/draft/{id}/discard` | finish a draft |
//! | POST | `/api/note/{id}/amend` | add an addendum to a signed note |

use super::auth::{tokens_equal, Session, CSRF_HEADER};
use super::store::{self, NoteQuery, StoreError};
use super::{assets, finish, pages, App};
use crate::daemon::control::{self, Request as Ctl};
use axum::extract::{Path, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Extension, Json, Router};
use serde::Deserialize;
use serde_json::json;
use std::sync::Arc;

type St = State<Arc<App>>;

/// Every route (method, path pattern): the HTTP tests walk this list to prove that none
/// answers without a session.
pub const ROUTES: &[(&str, &str)] = &[
    ("POST", "/logout"),
    ("GET", "/"),
    ("GET", "/draft/{id}"),
    ("GET", "/draft/{id}/pdf"),
    ("GET", "/draft/{id}/txt"),
    ("GET", "/notes"),
    ("GET", "/note/{id}"),
    ("GET", "/note/{id}/pdf"),
    ("GET", "/note/{id}/txt"),
    ("GET", "/static/app.js"),
    ("GET", "/static/app.css"),
    ("GET", "/api/status"),
    ("GET", "/api/draft/{id}/hash"),
    ("POST", "/api/record"),
    ("POST", "/api/stop"),
    ("POST", "/api/retry"),
    ("POST", "/api/draft/{id}/section"),
    ("POST", "/api/draft/{id}/sign"),
    ("POST", "/api/draft/{id}/discard"),
    ("POST", "/api/note/{id}/amend"),
];

pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/login", get(login))
        .route("/logout", post(logout))
        .route("/", get(inbox))
        .route("/draft/{id}", get(draft))
        .route("/draft/{id}/pdf", get(draft_pdf))
        .route("/draft/{id}/txt", get(draft_txt))
        .route("/notes", get(notes))
        .route("/note/{id}", get(note))
        .route("/note/{id}/pdf", get(note_pdf))
        .route("/note/{id}/txt", get(note_txt))
        .route("/static/app.js", get(|| async { assets::js() }))
        .route("/static/app.css", get(|| async { assets::css() }))
        .route("/api/status", get(status))
        .route("/api/draft/{id}/hash", get(draft_hash))
        .route("/api/record", post(record))
        .route("/api/stop", post(stop))
        .route("/api/retry", post(retry))
        .route("/api/draft/{id}/section", post(save_section))
        .route("/api/draft/{id}/sign", post(sign))
        .route("/api/draft/{id}/discard", post(discard))
        .route("/api/note/{id}/amend", post(amend))
        .layer(middleware::from_fn_with_state(Arc::clone(&app), guard))
        .with_state(app)
}

/// The Content-Security-Policy: nothing but this server, no inline script or style, no
/// frames, no plugins, forms only to here.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                   connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// Checks every request: Host, then the session (except on `/login`), then for anything
/// that changes state the Origin and the CSRF token; and sets the security headers on every
/// answer, refusals included.
async fn guard(State(app): St, mut req: Request, next: Next) -> Response {
    let mut resp = match check(&app, &mut req) {
        Ok(()) => next.run(req).await,
        Err(refusal) => *refusal,
    };
    let h = resp.headers_mut();
    h.insert("content-security-policy", HeaderValue::from_static(CSP));
    h.insert("x-frame-options", HeaderValue::from_static("DENY"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    h.insert("referrer-policy", HeaderValue::from_static("no-referrer"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "cross-origin-resource-policy",
        HeaderValue::from_static("same-origin"),
    );
    resp
}

fn check(app: &App, req: &mut Request) -> Result<(), Box<Response>> {
    let headers = req.headers();
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    if !app.auth.host_ok(host) {
        return Err(Box::new(
            (
                StatusCode::MISDIRECTED_REQUEST,
                "This page answers only as 127.0.0.1 or localhost with its port.",
            )
                .into_response(),
        ));
    }
    if req.uri().path() == "/login" {
        return Ok(());
    }
    let cookie = headers.get(header::COOKIE).and_then(|v| v.to_str().ok());
    let Some(session) = app
        .auth
        .cookie_from(cookie)
        .and_then(|c| app.auth.session(c))
    else {
        return Err(Box::new(refuse(
            req,
            StatusCode::UNAUTHORIZED,
            "not signed in; run `hushnote open`",
        )));
    };
    if !matches!(*req.method(), Method::GET | Method::HEAD) {
        let origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
        if !app.auth.origin_ok(origin) {
            return Err(Box::new(refuse(
                req,
                StatusCode::FORBIDDEN,
                "request from another origin refused",
            )));
        }
        let sent = headers
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        if !tokens_equal(sent, &session.csrf) {
            return Err(Box::new(refuse(
                req,
                StatusCode::FORBIDDEN,
                "missing or wrong CSRF token; reload the page",
            )));
        }
    }
    req.extensions_mut().insert(session);
    Ok(())
}

fn refuse(req: &Request, status: StatusCode, msg: &str) -> Response {
    if req.uri().path().starts_with("/api/") || req.method() != Method::GET {
        (status, Json(json!({"ok": false, "message": msg}))).into_response()
    } else {
        (status, html(pages::no_session())).into_response()
    }
}

fn html(s: String) -> ([(header::HeaderName, &'static str); 1], String) {
    ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], s)
}

/// An error for the page: JSON with a message the clinician can act on.
struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({"ok": false, "message": self.1}))).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        let status = match e {
            StoreError::NoDraft | StoreError::NoNote => StatusCode::NOT_FOUND,
            StoreError::Conflict => StatusCode::CONFLICT,
            StoreError::Doc(_) => StatusCode::BAD_REQUEST,
            StoreError::Io { .. } => StatusCode::INTERNAL_SERVER_ERROR,
        };
        ApiError(status, e.to_string())
    }
}

impl From<finish::FinishError> for ApiError {
    fn from(e: finish::FinishError) -> Self {
        ApiError(e.status(), e.to_string())
    }
}

/// Runs file or socket work off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, ApiError> + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f).await.map_err(|e| {
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("internal error: {e}"),
        )
    })?
}

// ---- login ---------------------------------------------------------------------------------

#[derive(Deserialize)]
struct LoginQuery {
    token: Option<String>,
}

async fn login(State(app): St, Query(q): Query<LoginQuery>) -> Response {
    match q.token.as_deref().and_then(|t| app.auth.redeem(t)) {
        Some((id, _)) => {
            let mut r = Redirect::to("/").into_response();
            if let Ok(v) = HeaderValue::from_str(&app.auth.set_cookie(&id)) {
                r.headers_mut().insert(header::SET_COOKIE, v);
            }
            tracing::info!("review page: signed in");
            r
        }
        None => (
            StatusCode::UNAUTHORIZED,
            html("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>hushnote</title></head><body><h1>This link has expired</h1><p>Each link works once, for two minutes. Run <code>hushnote open</code> again.</p></body></html>".into()),
        )
            .into_response(),
    }
}

async fn logout(State(app): St, headers: HeaderMap) -> Response {
    let cookie = headers.get(header::COOKIE).and_then(|v| v.to_str().ok());
    if let Some(c) = app.auth.cookie_from(cookie) {
        app.auth.end(c);
    }
    let mut r = Json(json!({"ok": true})).into_response();
    if let Ok(v) = HeaderValue::from_str(&app.auth.clear_cookie()) {
        r.headers_mut().insert(header::SET_COOKIE, v);
    }
    r
}

// ---- pages ---------------------------------------------------------------------------------

async fn inbox(State(app): St, Extension(s): Extension<Session>) -> Result<Response, ApiError> {
    let a = Arc::clone(&app);
    let (drafts, failed) = blocking(move || {
        Ok((
            store::list_drafts(&a.paths.inbox),
            store::list_failed(&a.paths.failed),
        ))
    })
    .await?;
    let next = drafts
        .first()
        .map(|d| format!("/draft/{}", d.id))
        .unwrap_or_default();
    let attrs = format!(
        "data-page=\"inbox\" data-next=\"{}\" data-drafts=\"{}\"",
        pages::esc(&next),
        drafts.len()
    );
    let main = pages::inbox(&drafts, &failed);
    Ok(html(pages::layout("Inbox", &s.csrf, &app.formats, &attrs, &main)).into_response())
}

async fn draft(
    State(app): St,
    Extension(s): Extension<Session>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let a = Arc::clone(&app);
    let i = id.clone();
    let (text, hash, next) = blocking(move || {
        let (text, hash) = store::read_draft(&a.paths.inbox, &i)?;
        let list = store::list_drafts(&a.paths.inbox);
        let pos = list.iter().position(|d| d.id == i);
        let next = pos
            .and_then(|p| list.get(p + 1).or_else(|| list.first()))
            .filter(|d| d.id != i)
            .map(|d| format!("/draft/{}", d.id))
            .unwrap_or_default();
        Ok((text, hash, next))
    })
    .await?;
    let doc = super::draftdoc::DraftDoc::parse(&text);
    let attrs = format!(
        "data-page=\"draft\" data-draft=\"{}\" data-hash=\"{}\" data-next=\"{}\" data-risk=\"{}\"",
        pages::esc(&id),
        hash,
        pages::esc(&next),
        doc.risk_present()
    );
    let main = pages::draft(&id, &doc);
    Ok(html(pages::layout("Draft", &s.csrf, &app.formats, &attrs, &main)).into_response())
}

async fn notes(
    State(app): St,
    Extension(s): Extension<Session>,
    Query(q): Query<NoteQuery>,
) -> Result<Response, ApiError> {
    let a = Arc::clone(&app);
    let q2 = q.clone();
    let items = blocking(move || Ok(store::list_notes(&a.paths.notes, &q2))).await?;
    let main = pages::notes(&items, &q, &app.formats);
    Ok(html(pages::layout(
        "Signed notes",
        &s.csrf,
        &app.formats,
        "data-page=\"notes\"",
        &main,
    ))
    .into_response())
}

async fn note(
    State(app): St,
    Extension(s): Extension<Session>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let a = Arc::clone(&app);
    let i = id.clone();
    let (front, body) = blocking(move || Ok(store::read_note(&a.paths.notes, &i)?)).await?;
    let main = pages::note(&id, &body, &front);
    Ok(html(pages::layout(
        "Signed note",
        &s.csrf,
        &app.formats,
        "data-page=\"note\"",
        &main,
    ))
    .into_response())
}

// ---- exports -------------------------------------------------------------------------------

fn download(bytes: Vec<u8>, mime: &'static str, name: String) -> Response {
    let disp = format!("attachment; filename=\"{name}\"");
    let mut r = ([(header::CONTENT_TYPE, mime)], bytes).into_response();
    if let Ok(v) = HeaderValue::from_str(&disp) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
    r
}

async fn draft_pdf(State(app): St, Path(id): Path<String>) -> Result<Response, ApiError> {
    let i = id.clone();
    let bytes = blocking(move || {
        let p = store::draft_path(&app.paths.inbox, &i)?;
        Ok(finish::pdf(&app.cfg, &p)?)
    })
    .await?;
    Ok(download(bytes, "application/pdf", format!("{id}.pdf")))
}

async fn draft_txt(State(app): St, Path(id): Path<String>) -> Result<Response, ApiError> {
    let bytes = blocking(move || {
        let p = store::draft_path(&app.paths.inbox, &id)?;
        Ok(finish::txt(&app.cfg, &p)?)
    })
    .await?;
    Ok(([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], bytes).into_response())
}

async fn note_pdf(State(app): St, Path(id): Path<String>) -> Result<Response, ApiError> {
    let i = id.clone();
    let bytes = blocking(move || {
        let p = store::note_path(&app.paths.notes, &i)?;
        Ok(finish::pdf(&app.cfg, &p)?)
    })
    .await?;
    Ok(download(bytes, "application/pdf", format!("{id}.pdf")))
}

async fn note_txt(State(app): St, Path(id): Path<String>) -> Result<Response, ApiError> {
    let i = id.clone();
    let bytes = blocking(move || {
        let p = store::note_path(&app.paths.notes, &i)?;
        Ok(finish::txt(&app.cfg, &p)?)
    })
    .await?;
    Ok(download(
        bytes,
        "text/plain; charset=utf-8",
        format!("{id}.txt"),
    ))
}

// ---- recorder and status -------------------------------------------------------------------

/// One request to the daemon's control socket (the path `hushnote record` takes).
async fn control_request(app: &Arc<App>, req: Ctl) -> Result<control::Response, ApiError> {
    let state = app.paths.state.clone();
    blocking(move || {
        control::request(&state, &req)
            .map_err(|e| ApiError(StatusCode::SERVICE_UNAVAILABLE, e.to_string()))
    })
    .await
}

fn answer(r: control::Response) -> Response {
    let status = if r.ok {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    (status, Json(json!({"ok": r.ok, "message": r.message}))).into_response()
}

async fn status(State(app): St) -> Result<Response, ApiError> {
    let r = control_request(&app, Ctl::Status).await?;
    let inbox = app.paths.inbox.clone();
    let drafts = blocking(move || Ok(store::count_drafts(&inbox))).await?;
    let s = r.status.unwrap_or_default();
    Ok(Json(json!({
        "recording": s.recording,
        "capture": s.capture,
        "job": s.job.map(|j| json!({"stage": j.stage})),
        "queue": s.queue,
        "mic": {"available": s.mic.available, "reason": s.mic.reason},
        "notice": s.notice,
        "failed": s.failed,
        "drafts": drafts,
    }))
    .into_response())
}

#[derive(Deserialize)]
struct RecordBody {
    format: Option<String>,
}

async fn record(State(app): St, body: Option<Json<RecordBody>>) -> Result<Response, ApiError> {
    let format = body.and_then(|Json(b)| b.format).filter(|f| !f.is_empty());
    Ok(answer(
        control_request(
            &app,
            Ctl::Record {
                format,
                toggle: false,
                client: None,
            },
        )
        .await?,
    ))
}

async fn stop(State(app): St) -> Result<Response, ApiError> {
    Ok(answer(control_request(&app, Ctl::Stop).await?))
}

#[derive(Deserialize)]
struct RetryBody {
    file: String,
}

async fn retry(State(app): St, Json(b): Json<RetryBody>) -> Result<Response, ApiError> {
    if !store::valid_id(&b.file) {
        return Err(ApiError(
            StatusCode::BAD_REQUEST,
            "not a memo in the failed folder".into(),
        ));
    }
    Ok(answer(
        control_request(&app, Ctl::Retry { file: b.file }).await?,
    ))
}

// ---- draft actions -------------------------------------------------------------------------

async fn draft_hash(State(app): St, Path(id): Path<String>) -> Result<Response, ApiError> {
    let (_, hash) = blocking(move || Ok(store::read_draft(&app.paths.inbox, &id)?)).await?;
    Ok(Json(json!({"hash": hash})).into_response())
}

#[derive(Deserialize)]
struct SectionBody {
    section: String,
    lines: Vec<String>,
    hash: String,
}

async fn save_section(
    State(app): St,
    Path(id): Path<String>,
    Json(b): Json<SectionBody>,
) -> Result<Response, ApiError> {
    let hash = blocking(move || {
        Ok(store::save_section(
            &app.paths.inbox,
            &id,
            &b.hash,
            &b.section,
            &b.lines,
        )?)
    })
    .await?;
    tracing::info!("review page: draft section saved");
    Ok(Json(json!({"ok": true, "hash": hash})).into_response())
}

#[derive(Deserialize)]
struct SignBody {
    #[serde(default)]
    ack_risk: bool,
    hash: String,
}

async fn sign(
    State(app): St,
    Path(id): Path<String>,
    Json(b): Json<SignBody>,
) -> Result<Response, ApiError> {
    let note = blocking(move || {
        let (_, hash) = store::read_draft(&app.paths.inbox, &id)?;
        if !tokens_equal(&hash, &b.hash) {
            return Err(StoreError::Conflict.into());
        }
        let p = store::draft_path(&app.paths.inbox, &id)?;
        Ok(finish::sign(&app.cfg, &p, b.ack_risk)?)
    })
    .await?;
    tracing::info!("review page: draft signed");
    Ok(Json(json!({"ok": true, "note": note, "url": format!("/note/{note}")})).into_response())
}

async fn discard(State(app): St, Path(id): Path<String>) -> Result<Response, ApiError> {
    blocking(move || {
        let p = store::draft_path(&app.paths.inbox, &id)?;
        Ok(finish::discard(&app.cfg, &p)?)
    })
    .await?;
    tracing::info!("review page: draft discarded");
    Ok(Json(json!({"ok": true})).into_response())
}

#[derive(Deserialize)]
struct AmendBody {
    text: String,
}

async fn amend(
    State(app): St,
    Path(id): Path<String>,
    Json(b): Json<AmendBody>,
) -> Result<Response, ApiError> {
    if b.text.trim().is_empty() {
        return Err(ApiError(
            StatusCode::BAD_REQUEST,
            "the addendum is empty".into(),
        ));
    }
    let addendum = blocking(move || {
        let p = store::note_path(&app.paths.notes, &id)?;
        Ok(finish::amend(&app.cfg, &p, &b.text)?)
    })
    .await?;
    tracing::info!("review page: addendum added");
    Ok(Json(json!({"ok": true, "url": format!("/note/{addendum}")})).into_response())
}
