//! The JSON API: stories, a story's dossier, an article, search, and ingest of JSON lines;
//! described by the OpenAPI document at `/api/openapi.json`.

use super::AppState;
use crate::input::{for_each_article, InputArgs};
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use concord_store::{Store, StoryFilter};
use serde::Deserialize;
use std::sync::Arc;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/stories", get(stories))
        .route("/api/stories/{id}", get(story))
        .route("/api/articles/{id}", get(article))
        .route("/api/search", get(search))
        .route("/api/ingest", post(ingest))
}

/// An error as JSON, with its status.
pub struct ApiError(StatusCode, String);

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

/// Runs blocking store and model work off the async workers.
pub async fn blocking<T: Send + 'static>(
    state: &Arc<AppState>,
    f: impl FnOnce(&AppState) -> anyhow::Result<T> + Send + 'static,
) -> Result<T, ApiError> {
    let state = state.clone();
    tokio::task::spawn_blocking(move || f(&state))
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
    Ok(Json(blocking(&state, move |s| list_stories(s, p)).await?))
}

/// The stories of the store, filtered as the query asks.
pub fn list_stories(
    s: &AppState,
    p: StoryParams,
) -> anyhow::Result<Vec<concord_store::StorySummary>> {
    let store = s.store.lock().expect("store lock");
    Ok(store.stories(&StoryFilter {
        since: p.since,
        lang: p.lang,
        entity: p.entity,
    })?)
}

/// A story's dossier, computed from its stored articles once per ingest.
pub fn dossier_of(s: &AppState, id: &str) -> anyhow::Result<Option<Arc<concord_compare::Dossier>>> {
    if let Some(d) = s.dossiers.lock().expect("dossier cache lock").get(id) {
        return Ok(Some(d.clone()));
    }
    let articles = s.store.lock().expect("store lock").story_articles(id)?;
    if articles.is_empty() {
        return Ok(None);
    }
    let d = Arc::new(s.featurizer.dossier(id, &articles));
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
    let a = blocking(&state, move |s| {
        Ok(s.store.lock().expect("store lock").article(&key)?)
    })
    .await?;
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

/// Search results grouped by story, as JSON values.
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
    let hits = s.store.lock().expect("store lock").search(&q)?;
    Ok(crate::commands::stories_cmd::group_hits(hits)
        .into_iter()
        .map(|(story, articles)| serde_json::json!({"story": story, "articles": articles}))
        .collect())
}

async fn search(
    State(state): State<Arc<AppState>>,
    Query(p): Query<SearchParams>,
) -> Result<impl IntoResponse, ApiError> {
    Ok(Json(blocking(&state, move |s| search_groups(s, p)).await?))
}

/// POST JSON lines (the records `concord extract` reads): analysed, clustered and stored
/// like `concord ingest`; answers the counts of new, updated and unchanged articles.
async fn ingest(
    State(state): State<Arc<AppState>>,
    body: Bytes,
) -> Result<impl IntoResponse, ApiError> {
    if body.is_empty() {
        return Err(ApiError(
            StatusCode::BAD_REQUEST,
            "empty body: send JSON lines".into(),
        ));
    }
    let counts = blocking(&state, move |s| {
        let dir = tempfile::tempdir()?;
        let path = dir.path().join("posted.jsonl");
        std::fs::write(&path, &body)?;
        let input = InputArgs {
            inputs: vec![path.display().to_string()],
            now: None,
            max_bytes: 64 * 1024 * 1024,
            strict: false,
        };
        let mut articles = Vec::new();
        let (_, errors) = for_each_article(&input, |a| {
            articles.push(a);
            Ok(())
        })?;
        let mut counts = crate::commands::ingest::Counts::default();
        let mut store = s.store.lock().expect("store lock");
        let mut clusterer = s.clusterer.lock().expect("clusterer lock");
        for chunk in articles.chunks(crate::commands::ingest::BATCH) {
            crate::commands::ingest::ingest_and_write(
                chunk.to_vec(),
                &mut store,
                &mut clusterer,
                &s.featurizer,
                None,
                &mut counts,
            )?;
        }
        s.dossiers.lock().expect("dossier cache lock").clear();
        let mut m = s.metrics.ingested.lock().expect("metrics lock");
        m[0] += counts.new as u64;
        m[1] += counts.updated as u64;
        m[2] += counts.unchanged as u64;
        Ok(serde_json::json!({
            "new": counts.new, "updated": counts.updated, "unchanged": counts.unchanged,
            "errors": errors
        }))
    })
    .await?;
    Ok(Json(counts))
}
