//! The JSON API: stories, a story's dossier, an article, search, and ingest of JSON lines;
//! described by the OpenAPI document at `/api/openapi.json`.

use super::AppState;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use concord_model::Article;
use concord_store::{StoryFilter, StorySummary};
use serde::Deserialize;
use std::sync::Arc;

/// The largest body `POST /api/ingest` takes (2 MiB, axum's default, made explicit so that
/// the OpenAPI document can state it); a larger one is answered 413.
pub const INGEST_LIMIT: usize = 2 * 1024 * 1024;

/// At most this many error messages are returned by `POST /api/ingest` (`errors` counts all).
const MAX_ERROR_MESSAGES: usize = 100;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/stories", get(stories))
        .route("/api/stories/{id}", get(story))
        .route("/api/articles/{id}", get(article))
        .route("/api/search", get(search))
        .route(
            "/api/ingest",
            post(ingest).layer(DefaultBodyLimit::max(INGEST_LIMIT)),
        )
}

/// An error as JSON, with its status.
pub struct ApiError(pub StatusCode, pub String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(serde_json::json!({"error": self.1}))).into_response()
    }
}

impl From<anyhow::Error> for ApiError {
    fn from(e: anyhow::Error) -> Self {
        ApiError(StatusCode::INTERNAL_SERVER_ERROR, format!("{e:#}"))
    }
}

fn not_found(what: String) -> ApiError {
    ApiError(StatusCode::NOT_FOUND, what)
}

/// The `since` parameter, checked: an RFC 3339 time or a date (`YYYY-MM-DD`), in the form
/// the store compares (as text) with its RFC 3339 times; empty is no filter. Anything else
/// is a 400, not a filter that silently matches nothing.
pub fn parse_since(since: Option<String>) -> Result<Option<String>, ApiError> {
    match since {
        None => Ok(None),
        Some(raw) => {
            crate::input::check_since(&raw).map_err(|m| ApiError(StatusCode::BAD_REQUEST, m))
        }
    }
}

/// Runs blocking store and model work off the async workers, as many at once as there are
/// reading connections; the others wait their turn in arrival order (a fair queue: left to
/// the connections' locks, some requests waited a second under 50 clients).
pub async fn blocking<T: Send + 'static>(
    state: &Arc<AppState>,
    f: impl FnOnce(&AppState) -> anyhow::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    let state = state.clone();
    let permit = state
        .turns
        .clone()
        .acquire_owned()
        .await
        .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?;
    tokio::task::spawn_blocking(move || {
        let out = f(&state);
        drop(permit);
        out
    })
    .await
    .map_err(|e| ApiError(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
    .map_err(ApiError::from)
}

async fn openapi() -> impl IntoResponse {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        include_str!("openapi.json"),
    )
}

#[derive(Deserialize, Default)]
pub struct StoryParams {
    pub since: Option<String>,
    pub lang: Option<String>,
    pub entity: Option<String>,
}

async fn stories(
    State(state): State<Arc<AppState>>,
    Query(p): Query<StoryParams>,
) -> Result<impl IntoResponse, ApiError> {
    let filter = story_filter(p)?;
    let list = blocking(&state, move |s| list_stories(s, &filter)).await?;
    Ok(Json(
        list.iter().map(StoryListing::to_json).collect::<Vec<_>>(),
    ))
}

/// The story list's filter from the query (400 on a malformed `since`).
pub fn story_filter(p: StoryParams) -> Result<StoryFilter, ApiError> {
    Ok(StoryFilter {
        since: parse_since(p.since)?,
        lang: p.lang,
        entity: p.entity,
    })
}

/// A story as listed: its stored summary, and its independent sources.
#[derive(Clone)]
pub struct StoryListing {
    pub summary: StorySummary,
    /// The story's independent sources, named and counted as its dossier names and counts
    /// them (`concord_compare::sources::independent_sources`).
    pub sources: Arc<Vec<String>>,
}

impl StoryListing {
    /// The summary's fields with `sources`, the number of independent sources.
    pub fn to_json(&self) -> serde_json::Value {
        let mut v = serde_json::to_value(&self.summary).unwrap_or_default();
        if let Some(o) = v.as_object_mut() {
            o.insert("sources".into(), self.sources.len().into());
        }
        v
    }
}

/// The stories of the store, filtered, each with its sources. The sources of a story are
/// computed from its articles once and kept while its stored summary stays the same (a new
/// article or a merge changes it, also when written by another process) and until an ingest
/// through this server updates an article (new versions leave the summary as it was).
pub fn list_stories(s: &AppState, filter: &StoryFilter) -> anyhow::Result<Vec<StoryListing>> {
    let store = s.reader();
    let summaries = store.stories(filter)?;
    let mut cache = s.sources.lock().expect("sources cache lock");
    let mut out = Vec::with_capacity(summaries.len());
    for summary in summaries {
        let sources = match cache.get(&summary.id) {
            Some((seen, names)) if *seen == summary => names.clone(),
            _ => {
                let names = Arc::new(concord_compare::sources::independent_sources(
                    &store.story_articles(&summary.id)?,
                ));
                cache.insert(summary.id.clone(), (summary.clone(), names.clone()));
                names
            }
        };
        out.push(StoryListing { summary, sources });
    }
    Ok(out)
}

/// A story's dossier, computed from its stored articles once per ingest.
pub fn dossier_of(s: &AppState, id: &str) -> anyhow::Result<Option<Arc<concord_compare::Dossier>>> {
    if let Some(d) = s.dossiers.lock().expect("dossier cache lock").get(id) {
        return Ok(Some(d.clone()));
    }
    // A story merged into another is shown as that one.
    let (current, articles) = {
        let store = s.reader();
        let current = store.current_story(id)?;
        let articles = store.story_articles(&current)?;
        (current, articles)
    };
    if articles.is_empty() {
        return Ok(None);
    }
    let d = Arc::new(s.featurizer.dossier(&current, &articles));
    s.dossiers
        .lock()
        .expect("dossier cache lock")
        .insert(id.to_string(), d.clone());
    Ok(Some(d))
}

async fn story(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let key = id.clone();
    let d = blocking(&state, move |s| dossier_of(s, &key)).await?;
    d.map(|d| Json((*d).clone()))
        .ok_or_else(|| not_found(format!("no story {id}")))
}

async fn article(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let key = id.clone();
    let a = blocking(&state, move |s| Ok(s.reader().article(&key)?)).await?;
    a.map(Json)
        .ok_or_else(|| not_found(format!("no article {id}")))
}

#[derive(Deserialize, Default)]
pub struct SearchParams {
    pub q: Option<String>,
    pub entity: Option<String>,
    pub lang: Option<String>,
    pub since: Option<String>,
}

/// Search results grouped by story, as JSON values (`since` checked by [`parse_since`]).
pub fn search_groups(s: &AppState, p: SearchParams) -> anyhow::Result<Vec<serde_json::Value>> {
    let words: Vec<String> =
        p.q.unwrap_or_default()
            .split_whitespace()
            .map(str::to_string)
            .collect();
    if words.is_empty() && p.entity.is_none() {
        return Ok(Vec::new());
    }
    let q = crate::commands::stories_cmd::search_query(&words, p.entity, p.lang, p.since);
    let hits = s.reader().search(&q)?;
    Ok(crate::commands::stories_cmd::group_hits(hits)
        .into_iter()
        .map(|(story, articles)| serde_json::json!({"story": story, "articles": articles}))
        .collect())
}

async fn search(
    State(state): State<Arc<AppState>>,
    Query(mut p): Query<SearchParams>,
) -> Result<impl IntoResponse, ApiError> {
    p.since = parse_since(p.since)?;
    Ok(Json(blocking(&state, move |s| search_groups(s, p)).await?))
}

/// The articles of a posted body, read as `concord ingest` reads a file named
/// `posted.jsonl`, and every problem met, naming the line or record (`posted.jsonl:3:
/// malformed JSON: ...`).
fn read_posted(body: &[u8]) -> (Vec<Article>, Vec<String>) {
    let opts = concord_sources::ReadOptions {
        max_bytes: 64 * 1024 * 1024,
    };
    let mut errors = Vec::new();
    let mut docs = Vec::new();
    for r in concord_sources::read_bytes_as("posted.jsonl", body, &opts) {
        match r {
            Ok(d) => docs.push(d),
            Err(e) => errors.push(e.to_string()),
        }
    }
    let mut extractor =
        concord_extract::Extractor::new(concord_extract::ExtractOptions { now: None });
    let mut articles = Vec::new();
    for r in extractor.process(docs) {
        match r {
            Ok(a) => articles.push(a),
            Err(e) => errors.push(e.to_string()),
        }
    }
    for e in &errors {
        eprintln!("error: {e}");
    }
    (articles, errors)
}

/// POST JSON lines (the records `concord extract` reads): analysed, clustered and stored
/// like `concord ingest`; answers the counts of new, updated and unchanged articles, and
/// the number and messages of the records that could not be read.
async fn ingest(
    State(state): State<Arc<AppState>>,
    body: Result<Bytes, BytesRejection>,
) -> Result<impl IntoResponse, ApiError> {
    let body = body.map_err(|e| match e.status() {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("body larger than the limit of {INGEST_LIMIT} bytes: send it in parts"),
        ),
        status => ApiError(status, e.body_text()),
    })?;
    if body.is_empty() {
        return Err(ApiError(
            StatusCode::BAD_REQUEST,
            "empty body: send JSON lines".into(),
        ));
    }
    let counts = blocking(&state, move |s| {
        let (articles, errors) = read_posted(&body);
        use crate::commands::ingest::{analyse, write_analysed, Counts, BATCH};
        let mut counts = Counts::default();
        for chunk in articles.chunks(BATCH) {
            // The analysis (the costly part) holds no lock, so that readers are served
            // meanwhile; the store is locked per lookup, then for clustering and writing.
            let known = |id: &str| Ok(s.reader().known(id)?);
            let analysed = analyse(chunk.to_vec(), &known, &s.featurizer, None)?;
            let mut store = s.store.lock().expect("store lock");
            let mut clusterer = s.clusterer.lock().expect("clusterer lock");
            write_analysed(&analysed, &mut **store, &mut clusterer, &mut counts)?;
        }
        s.dossiers.lock().expect("dossier cache lock").clear();
        s.responses.clear();
        // New articles and merges change the summaries the sources were kept for; a new
        // version of an article does not, and may change its outlet or agency.
        if counts.updated > 0 {
            s.sources.lock().expect("sources cache lock").clear();
        }
        let mut m = s.metrics.ingested.lock().expect("metrics lock");
        m[0] += counts.new as u64;
        m[1] += counts.updated as u64;
        m[2] += counts.unchanged as u64;
        Ok(serde_json::json!({
            "new": counts.new, "updated": counts.updated, "unchanged": counts.unchanged,
            "errors": errors.len(),
            "error_messages": errors.iter().take(MAX_ERROR_MESSAGES).collect::<Vec<_>>(),
        }))
    })
    .await?;
    Ok(Json(counts))
}
