//! The page's script and style, compiled into the binary so the page needs no network and
//! no files beside the daemon.

use axum::http::header;
use axum::response::IntoResponse;

const JS: &str = include_str!("assets/app.js");
const CSS: &str = include_str!("assets/app.css");

pub fn js() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        JS,
    )
}

pub fn css() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], CSS)
}
