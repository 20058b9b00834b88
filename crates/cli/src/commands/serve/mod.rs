//! `concord serve`: the JSON API, the web UI and Prometheus metrics over a store, from the
//! same binary. Article text is untrusted: pages are rendered on the server with `maud`,
//! which escapes every interpolated string, no script is sent at all, and every response
//! carries a Content-Security-Policy that forbids scripts, frames, plugins and foreign
//! resources.

mod api;
mod cache;
mod metrics;
mod pages;

use super::featurize::Featurizer;
use super::ingest::DbArgs;
use anyhow::{Context, Result};
use axum::http::{header, HeaderValue};
use axum::Router;
use concord_store::Store;
use concord_stories::Clusterer;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

#[derive(clap::Args)]
pub struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: String,
    #[command(flatten)]
    pub db: DbArgs,
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    #[arg(long, default_value_t = 3.0)]
    pub window_days: f64,
}

/// What the handlers share. The store and the clusterer are used by one request at a time
/// (SQLite connections are not shared across threads; clustering is sequential). The store
/// is any backend of the `Store` interface.
pub struct AppState {
    /// The connection that writes (ingests) and watches for other writers.
    pub store: Mutex<Box<dyn Store + Send>>,
    /// Connections that only read, so that reads run side by side (SQLite in WAL mode
    /// reads while another connection writes).
    pub readers: Vec<Mutex<Box<dyn Store + Send>>>,
    /// A connection that only asks whether others have written (`Store::changes`), which
    /// every other connection of the server, the writer too, counts as a change.
    pub watch: Mutex<Box<dyn Store + Send>>,
    /// Turns for blocking work, one per reading connection (see `api::blocking`).
    pub turns: Arc<tokio::sync::Semaphore>,
    pub clusterer: Mutex<Clusterer>,
    pub featurizer: Featurizer,
    pub metrics: metrics::Metrics,
    /// Dossiers computed since the last ingest (computing one embeds every fact of the
    /// story; stories change only through ingest, which empties this).
    pub dossiers: Mutex<std::collections::HashMap<String, Arc<concord_compare::Dossier>>>,
    /// The independent sources of each listed story, with the stored summary they were
    /// computed for (recomputed when the summary changes; emptied by an ingest that updates
    /// articles).
    pub sources: Mutex<SourcesCache>,
    /// Whole answers, kept until the store changes (see `cache`).
    pub responses: cache::Responses,
}

impl AppState {
    /// A reading connection: a free one if any, else one to wait for.
    pub fn reader(&self) -> std::sync::MutexGuard<'_, Box<dyn Store + Send>> {
        for r in &self.readers {
            if let Ok(guard) = r.try_lock() {
                return guard;
            }
        }
        use std::sync::atomic::{AtomicUsize, Ordering};
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let k = NEXT.fetch_add(1, Ordering::Relaxed) % self.readers.len();
        self.readers[k].lock().expect("reader lock")
    }
}

/// Reading connections the server opens.
const READERS: usize = 4;

/// Story id -> (the summary the sources were computed for, the story's sources).
pub type SourcesCache =
    std::collections::HashMap<String, (concord_store::StorySummary, Arc<Vec<String>>)>;

/// No scripts, no frames, no plugins, nothing from elsewhere: article text cannot run.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

pub fn router(state: Arc<AppState>) -> Router {
    let headers = tower_http::set_header::SetResponseHeaderLayer::overriding(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    let nosniff = tower_http::set_header::SetResponseHeaderLayer::overriding(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    let referrer = tower_http::set_header::SetResponseHeaderLayer::overriding(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    Router::new()
        .merge(api::routes())
        .merge(pages::routes())
        .route("/metrics", axum::routing::get(metrics::handler))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cache::layer,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::count,
        ))
        .layer(headers)
        .layer(nosniff)
        .layer(referrer)
        .with_state(state)
}

pub fn run(args: Args) -> Result<i32> {
    let store = args.db.open(args.data_dir.as_deref())?;
    let readers = (0..READERS)
        .map(|_| -> Result<Mutex<Box<dyn Store + Send>>> {
            Ok(Mutex::new(Box::new(
                args.db.open(args.data_dir.as_deref())?,
            )))
        })
        .collect::<Result<Vec<_>>>()?;
    let clusterer = super::ingest::open_clusterer(&store, args.window_days)?;
    let featurizer = Featurizer::open(args.data_dir.as_deref())?;
    let state = Arc::new(AppState {
        store: Mutex::new(Box::new(store)),
        readers,
        turns: Arc::new(tokio::sync::Semaphore::new(READERS)),
        watch: Mutex::new(Box::new(args.db.open(args.data_dir.as_deref())?)),
        clusterer: Mutex::new(clusterer),
        featurizer,
        metrics: metrics::Metrics::default(),
        dossiers: Mutex::new(Default::default()),
        sources: Mutex::new(Default::default()),
        responses: Default::default(),
    });
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(&args.addr)
            .await
            .with_context(|| format!("cannot listen on {}", args.addr))?;
        let addr = listener.local_addr()?;
        println!("concord serves http://{addr}/ (API under /api, metrics at /metrics)");
        axum::serve(listener, router(state))
            .await
            .context("the server stopped")
    })?;
    Ok(0)
}
