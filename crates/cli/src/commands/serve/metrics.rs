//! Prometheus metrics in the text exposition format: request counts and total seconds per
//! route and status, and ingest counts. Hand-written: a few counters in a well-defined text
//! format do not need a metrics framework.

use super::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Instant;

#[derive(Default)]
pub struct Metrics {
    /// (route, status) -> (requests, seconds)
    requests: Mutex<BTreeMap<(String, u16), (u64, f64)>>,
    /// new, updated, unchanged
    pub ingested: Mutex<[u64; 3]>,
}

pub async fn count(State(state): State<Arc<AppState>>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let start = Instant::now();
    let resp = next.run(req).await;
    let secs = start.elapsed().as_secs_f64();
    let mut m = state.metrics.requests.lock().expect("metrics lock");
    let e = m.entry((route, resp.status().as_u16())).or_insert((0, 0.0));
    e.0 += 1;
    e.1 += secs;
    resp
}

pub async fn handler(State(state): State<Arc<AppState>>) -> impl IntoResponse {
    let mut out = String::new();
    out.push_str("# HELP concord_http_requests_total HTTP requests by route and status.\n");
    out.push_str("# TYPE concord_http_requests_total counter\n");
    let requests = state.metrics.requests.lock().expect("metrics lock").clone();
    for ((route, status), (n, _)) in &requests {
        out.push_str(&format!(
            "concord_http_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}\n"
        ));
    }
    out.push_str("# HELP concord_http_request_seconds_total Time spent answering, by route.\n");
    out.push_str("# TYPE concord_http_request_seconds_total counter\n");
    for ((route, status), (_, s)) in &requests {
        out.push_str(&format!(
            "concord_http_request_seconds_total{{route=\"{route}\",status=\"{status}\"}} {s:.6}\n"
        ));
    }
    let ing = *state.metrics.ingested.lock().expect("metrics lock");
    out.push_str(
        "# HELP concord_ingested_articles_total Articles posted to /api/ingest by outcome.\n",
    );
    out.push_str("# TYPE concord_ingested_articles_total counter\n");
    for (k, name) in ["new", "updated", "unchanged"].iter().enumerate() {
        out.push_str(&format!(
            "concord_ingested_articles_total{{outcome=\"{name}\"}} {}\n",
            ing[k]
        ));
    }
    if let Ok((ids, versions, stories, merges)) = state.reader().counts() {
        out.push_str("# TYPE concord_store_articles gauge\n");
        out.push_str(&format!("concord_store_articles {ids}\n"));
        out.push_str("# TYPE concord_store_article_versions gauge\n");
        out.push_str(&format!("concord_store_article_versions {versions}\n"));
        out.push_str("# TYPE concord_store_stories gauge\n");
        out.push_str(&format!("concord_store_stories {stories}\n"));
        out.push_str("# TYPE concord_store_merges gauge\n");
        out.push_str(&format!("concord_store_merges {merges}\n"));
    }
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4",
        )],
        out,
    )
}
