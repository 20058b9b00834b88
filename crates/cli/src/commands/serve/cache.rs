//! Answers kept until the store changes: a story list, a dossier or a search is the same
//! until an ingest, so its bytes are served again instead of being read, computed and
//! serialised for every request. The store says when another connection (the server's own
//! writer, or a `concord ingest` beside the server) committed, through `Store::changes`
//! asked on a connection kept for that; the server's own ingests also empty the caches at
//! once. Hand-written: a map and a version number; the HTTP caching
//! crates cache by headers, not by the state of a database.

use super::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// Most answers kept, and most bytes kept in all; past either the cache starts over
/// (queries vary, stories do not).
const MAX_ENTRIES: usize = 2_000;
const MAX_TOTAL_BYTES: usize = 64 << 20;
/// Largest answer kept (a big story's dossier is well under it).
const MAX_BYTES: usize = 8 << 20;

#[derive(Default)]
pub struct Responses {
    /// URI -> (status and headers, body).
    entries: Mutex<HashMap<String, (axum::http::response::Parts, Bytes)>>,
    /// The bytes of the bodies kept.
    bytes: Mutex<usize>,
    /// The store's `changes()` the kept answers and dossiers were made at.
    version: Mutex<Option<i64>>,
}

impl Responses {
    /// Forgets every kept answer (after the server's own ingest).
    pub fn clear(&self) {
        self.entries.lock().expect("response cache lock").clear();
        *self.bytes.lock().expect("response cache size lock") = 0;
    }
}

/// Whether a request's answer depends only on the store: reads of stories, articles and
/// searches, as JSON or pages.
fn cacheable(req: &Request) -> bool {
    let path = req.uri().path();
    req.method() == Method::GET
        && path != "/metrics"
        && !path.starts_with("/static/")
        && path != "/api/openapi.json"
}

/// Empties every cache of the server when another process has written to the store.
fn check_version(state: &AppState) {
    let Ok(now) = state.watch.lock().expect("watch lock").changes() else {
        return;
    };
    let mut seen = state.responses.version.lock().expect("version lock");
    if *seen != Some(now) {
        if seen.is_some() {
            state.responses.clear();
            state.dossiers.lock().expect("dossier cache lock").clear();
            state.sources.lock().expect("sources cache lock").clear();
        }
        *seen = Some(now);
    }
}

pub async fn layer(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    if !cacheable(&req) {
        return next.run(req).await;
    }
    check_version(&state);
    let key = req.uri().to_string();
    if let Some((parts, body)) = state
        .responses
        .entries
        .lock()
        .expect("response cache lock")
        .get(&key)
    {
        return Response::from_parts(parts.clone(), Body::from(body.clone()));
    }
    let resp = next.run(req).await;
    if resp.status() != StatusCode::OK {
        return resp;
    }
    let (parts, body) = resp.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BYTES).await else {
        return Response::builder()
            .status(StatusCode::INTERNAL_SERVER_ERROR)
            .body(Body::from("answer too large"))
            .expect("response");
    };
    let mut entries = state.responses.entries.lock().expect("response cache lock");
    let mut total = state
        .responses
        .bytes
        .lock()
        .expect("response cache size lock");
    if entries.len() >= MAX_ENTRIES || *total + bytes.len() > MAX_TOTAL_BYTES {
        entries.clear();
        *total = 0;
    }
    *total += bytes.len();
    entries.insert(key, (parts.clone(), bytes.clone()));
    Response::from_parts(parts, Body::from(bytes))
}
