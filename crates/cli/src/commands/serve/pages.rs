//! The web UI: server-rendered pages (story list and search, story dossier, article). Every
//! value is interpolated through `maud`, which escapes it; no page carries a script.

use super::api::{
    blocking, dossier_of, list_stories, search_groups, ApiError, SearchParams, StoryParams,
};
use super::AppState;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse};
use axum::routing::get;
use axum::Router;
use concord_compare::{Dossier, Line};
use concord_store::Store;
use maud::{html, Markup, DOCTYPE};
use std::sync::Arc;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/", get(index))
        .route("/search", get(search))
        .route("/story/{id}", get(story))
        .route("/article/{id}", get(article))
        .route("/static/app.css", get(css))
}

/// An id as one path segment or query value: article ids are often URLs.
fn enc(id: &str) -> String {
    url::form_urlencoded::byte_serialize(id.as_bytes()).collect()
}

async fn css() -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "text/css")],
        include_str!("app.css"),
    )
}

fn page(title: &str, body: Markup) -> Html<String> {
    Html(
        html! {
            (DOCTYPE)
            html lang="en" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) " · concord" }
                    link rel="stylesheet" href="/static/app.css";
                }
                body {
                    header.top {
                        a.brand href="/" { "concord" }
                        form action="/search" method="get" {
                            input type="search" name="q" placeholder="Search all articles (any language)";
                            button type="submit" { "Search" }
                        }
                    }
                    main { (body) }
                }
            }
        }
        .into_string(),
    )
}

async fn index(
    State(state): State<Arc<AppState>>,
    Query(p): Query<StoryParams>,
) -> Result<Html<String>, ApiError> {
    let stories = blocking(&state, move |s| list_stories(s, p)).await?;
    Ok(page(
        "Stories",
        html! {
            h1 { "Stories" }
            @if stories.is_empty() { p { "No stories yet: run concord ingest." } }
            table.stories {
                thead { tr { th { "Story" } th { "Articles" } th { "Languages" } th { "Last report" } } }
                tbody {
                    @for s in &stories {
                        tr {
                            td { a href={ "/story/" (enc(&s.id)) } { (s.title.as_deref().unwrap_or(&s.id)) } }
                            td.num { (s.size) }
                            td { @for (l, n) in &s.languages { span.lang title={ (n) " articles" } { (l) } " " } }
                            td { (s.last_update.as_deref().unwrap_or("")) }
                        }
                    }
                }
            }
        },
    ))
}

async fn search(
    State(state): State<Arc<AppState>>,
    Query(p): Query<SearchParams>,
) -> Result<Html<String>, ApiError> {
    let q = p.q.clone().unwrap_or_default();
    let entity = p.entity.clone();
    let groups = blocking(&state, move |s| search_groups(s, p)).await?;
    Ok(page(
        "Search",
        html! {
            h1 { "Search: " (q) @if let Some(e) = &entity { " entity " code { (e) } } }
            @if groups.is_empty() { p { "Nothing found." } }
            @for g in &groups {
                section.group {
                    h2 { a href={ "/story/" (enc(g["story"].as_str().unwrap_or(""))) } { (g["story"].as_str().unwrap_or("")) } }
                    ul {
                        @for h in g["articles"].as_array().into_iter().flatten() {
                            li {
                                span.lang { (h["lang"].as_str().unwrap_or("?")) } " "
                                a href={ "/article/" (enc(h["id"].as_str().unwrap_or(""))) } { (h["title"].as_str().unwrap_or("")) }
                                div.snippet { (h["snippet"].as_str().unwrap_or("")) }
                            }
                        }
                    }
                }
            }
        },
    ))
}

fn lines(title: &str, class: &str, lines: &[Line]) -> Markup {
    html! {
        section class={ "claims " (class) } {
            h2 { (title) " (" (lines.len()) ")" }
            @for l in lines {
                div.line {
                    div.meta { span.kind { (format!("{:?}", l.kind).to_lowercase()) } " · " (l.sources.join(", ")) }
                    div.witnesses {
                        @for w in &l.witnesses {
                            div.witness {
                                div.src {
                                    span.lang { (w.lang.as_deref().unwrap_or("?")) } " " (w.source)
                                    @if let Some(by) = &w.said_by { " · said by " (by) }
                                    @if let Some(v) = w.value {
                                        " · " strong { (v) @if let Some(m) = w.value_max { "–" (m) } }
                                        @if let Some(u) = &w.unit { " " (u) }
                                        @if let Some(c) = &w.counted { " " (c) }
                                    }
                                }
                                a href={ "/article/" (enc(&w.article)) "?hl=" (w.start) "-" (w.end) "#hl" } { (w.text) }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The articles on a time axis, as an SVG drawn on the server (no script).
fn timeline_svg(d: &Dossier) -> Markup {
    let times: Vec<i64> = d
        .timeline
        .iter()
        .filter_map(|t| t.published.as_deref())
        .filter_map(|p| chrono::DateTime::parse_from_rfc3339(p).ok())
        .map(|t| t.timestamp())
        .collect();
    let (Some(&lo), Some(&hi)) = (times.iter().min(), times.iter().max()) else {
        return html! {};
    };
    let span = (hi - lo).max(1) as f64;
    html! {
        svg.timeline viewBox="0 0 600 40" role="img" aria-label="reports over time" {
            line x1="10" y1="20" x2="590" y2="20" class="axis" {}
            @for t in &times {
                circle cx=(format!("{:.1}", 10.0 + 580.0 * (*t - lo) as f64 / span)) cy="20" r="5" {}
            }
        }
    }
}

async fn story(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Html<String>, ApiError> {
    let key = id.clone();
    let Some(d) = blocking(&state, move |s| dossier_of(s, &key)).await? else {
        return Ok(page("No story", html! { h1 { "No story " (id) } }));
    };
    Ok(page(
        d.title.as_deref().unwrap_or(&d.story),
        html! {
            h1 { (d.title.as_deref().unwrap_or(&d.story)) }
            p.facts {
                (d.timeline.len()) " articles · "
                @for (l, n) in &d.languages { span.lang title={ (n) " articles" } { (l) } " " }
                " · " (d.sources.len()) " independent sources: " (d.sources.join(", "))
                @if !d.agencies.is_empty() { " · agencies: " (d.agencies.join(", ")) }
            }
            p.facts { "First report " (d.first.as_deref().unwrap_or("?")) ", last " (d.last.as_deref().unwrap_or("?")) }
            (timeline_svg(&d))
            div.chips {
                @for e in d.entities.iter().take(16) {
                    a.chip href={ "/search?entity=" (enc(&e.id)) } title=(e.id) { (e.name) " " small { (e.articles) } }
                }
            }
            (lines("Agreed", "agreed", &d.agreed))
            (lines("Conflicting", "conflicting", &d.conflicting))
            (lines("Single-source", "single", &d.single_source))
            section.timeline-list {
                h2 { "Articles" }
                ul {
                    @for t in &d.timeline {
                        li {
                            (t.published.as_deref().unwrap_or("?")) " " span.lang { (t.lang.as_deref().unwrap_or("?")) } " "
                            (t.source) ": " a href={ "/article/" (enc(&t.id)) } { (t.title.as_deref().unwrap_or(&t.id)) }
                        }
                    }
                }
            }
        },
    ))
}

#[derive(serde::Deserialize, Default)]
struct Highlight {
    /// A code-point range of the text to mark, `start-end` (the sentence a dossier line
    /// links to).
    hl: Option<String>,
}

/// The article's paragraphs, with the highlighted range marked (as text: no markup from the
/// article ever reaches the page).
fn paragraphs(text: &str, hl: Option<(usize, usize)>) -> Markup {
    // Each paragraph with its first code point (paragraphs are separated by "\n\n").
    let mut at = 0;
    let paras: Vec<(usize, &str)> = text
        .split("\n\n")
        .map(|p| {
            let start = at;
            at += p.chars().count() + 2;
            (start, p)
        })
        .collect();
    html! {
        @for (start, para) in paras {
            @let len = para.chars().count();
            @match hl.filter(|&(a, b)| a < start + len && b > start && a < b) {
                Some((a, b)) => {
                    @let a = a.max(start) - start;
                    @let b = b.min(start + len) - start;
                    @let chars: Vec<char> = para.chars().collect();
                    p {
                        (chars[..a].iter().collect::<String>())
                        mark #hl { (chars[a..b].iter().collect::<String>()) }
                        (chars[b..].iter().collect::<String>())
                    }
                }
                None => { p { (para) } }
            }
        }
    }
}

async fn article(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    Query(h): Query<Highlight>,
) -> Result<Html<String>, ApiError> {
    let hl = h.hl.as_deref().and_then(|r| {
        let (a, b) = r.split_once('-')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    });
    let key = id.clone();
    let a = blocking(&state, move |s| {
        Ok(s.store.lock().expect("store lock").article(&key)?)
    })
    .await?;
    let Some(a) = a else {
        return Ok(page("No article", html! { h1 { "No article " (id) } }));
    };
    Ok(page(
        a.title.as_deref().unwrap_or(&a.id),
        html! {
            h1 { (a.title.as_deref().unwrap_or(&a.id)) }
            p.facts {
                span.lang { (a.lang.as_deref().unwrap_or("?")) } " "
                (a.site_name.as_deref().or(a.source.as_deref()).unwrap_or(""))
                @if let Some(p) = a.published { " · " (p.to_rfc3339()) }
                @if let Some(u) = &a.url { " · " span.url { (u) } }
                @if let Some(s) = &a.story { " · story " a href={ "/story/" (enc(&s.id)) } { (s.id) } }
            }
            article.text {
                (paragraphs(&a.text, hl))
            }
            details {
                summary { "Removed chrome (" (a.removed.len()) ")" }
                ul { @for r in &a.removed { li { code { (format!("{:?}", r.reason)) } " " (r.text) } } }
            }
            details {
                summary { "Repairs (" (a.repairs.len()) ")" }
                ul { @for r in &a.repairs { li { (r.from) " → " (r.to) } } }
            }
        },
    ))
}
