//! The web UI: server-rendered pages (story list and search, story dossier, article). Every
//! value is interpolated through `maud`, which escapes it; no page carries a script.

use super::api::{
    blocking, dossier_of, list_stories, parse_since, search_groups, story_filter, ApiError,
    SearchParams, StoryParams,
};
use super::AppState;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, FixedOffset, TimeZone, Utc};
use concord_compare::dossier::TimelineEntry;
use concord_compare::{Dossier, Line};
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

/// An error of a page, answered as a small HTML page with its status.
pub struct PageError(ApiError);

impl From<ApiError> for PageError {
    fn from(e: ApiError) -> Self {
        PageError(e)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let ApiError(status, message) = self.0;
        error_page(status, &message)
    }
}

fn error_page(status: StatusCode, message: &str) -> Response {
    let title = status.canonical_reason().unwrap_or("Error");
    let body = html! {
        h1 { (title) }
        p { (message) }
        p { a href="/" { "All stories" } }
    };
    (status, page(title, body)).into_response()
}

/// The name an enum value has in the JSON records (`agency-credit`, `quote`), for display.
fn serde_name<T: serde::Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "?".into(),
    }
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
) -> Result<Html<String>, PageError> {
    let filter = story_filter(p)?;
    let stories = blocking(&state, move |s| list_stories(s, &filter)).await?;
    Ok(page(
        "Stories",
        html! {
            h1 { "Stories" }
            @if stories.is_empty() { p { "No stories yet: run concord ingest." } }
            table.stories {
                thead { tr { th { "Story" } th { "Articles" } th { "Sources" } th { "Languages" } th { "Last report" } } }
                tbody {
                    @for listed in &stories {
                        @let s = &listed.summary;
                        tr {
                            td { a href={ "/story/" (enc(&s.id)) } { (s.title.as_deref().unwrap_or(&s.id)) } }
                            td.num { (s.size) }
                            td.num.sources title=(listed.sources.join(", ")) { (listed.sources.len()) }
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
    Query(mut p): Query<SearchParams>,
) -> Result<Html<String>, PageError> {
    p.since = parse_since(p.since)?;
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
                    div.meta { span.kind { (serde_name(&l.kind)) } " · " (l.sources.join(", ")) }
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

/// A report with its publication time.
type Dated<'a> = (DateTime<FixedOffset>, &'a TimelineEntry);

/// The dossier's reports with a (valid) publication time, in time order (times with
/// different offsets compared as instants), and those without.
fn by_time(d: &Dossier) -> (Vec<Dated<'_>>, Vec<&TimelineEntry>) {
    let mut dated = Vec::new();
    let mut undated = Vec::new();
    for e in &d.timeline {
        match e
            .published
            .as_deref()
            .and_then(|p| DateTime::parse_from_rfc3339(p).ok())
        {
            Some(t) => dated.push((t, e)),
            None => undated.push(e),
        }
    }
    dated.sort_by_key(|(t, _)| t.timestamp());
    (dated, undated)
}

/// Steps between the ticks of the time axis, in seconds, and how their labels are written
/// (`None`: hours and minutes, with the date where it changes).
const TICK_STEPS: &[(i64, Option<&str>)] = &[
    (60, None),
    (5 * 60, None),
    (15 * 60, None),
    (30 * 60, None),
    (3600, None),
    (3 * 3600, None),
    (6 * 3600, None),
    (12 * 3600, None),
    (86_400, Some("%b %-d")),
    (2 * 86_400, Some("%b %-d")),
    (7 * 86_400, Some("%b %-d")),
    (14 * 86_400, Some("%b %-d")),
    (30 * 86_400, Some("%b %Y")),
    (91 * 86_400, Some("%b %Y")),
    (365 * 86_400, Some("%Y")),
];

/// At most this many steps between ticks on the axis.
const MAX_TICK_STEPS: i64 = 6;

/// The ticks of an axis over `lo..=hi` (UTC seconds): their times and labels.
fn ticks(lo: i64, hi: i64) -> Vec<(i64, String)> {
    let span = hi - lo;
    let &(step, format) = TICK_STEPS
        .iter()
        .find(|(step, _)| span / step <= MAX_TICK_STEPS)
        .unwrap_or(&TICK_STEPS[TICK_STEPS.len() - 1]);
    let mut out = Vec::new();
    let mut last_day = None;
    let mut t = lo.div_euclid(step) * step;
    if t < lo {
        t += step;
    }
    while t <= hi {
        let Some(at) = Utc.timestamp_opt(t, 0).single() else {
            break;
        };
        let label = match format {
            Some(f) => at.format(f).to_string(),
            None => {
                let day = at.date_naive();
                let f = if last_day == Some(day) {
                    "%H:%M"
                } else {
                    "%b %-d %H:%M"
                };
                last_day = Some(day);
                at.format(f).to_string()
            }
        };
        out.push((t, label));
        t += step;
    }
    out
}

fn utc_label(t: i64) -> String {
    Utc.timestamp_opt(t, 0)
        .single()
        .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
        .unwrap_or_default()
}

/// The reports of a story on a time axis, as an SVG drawn on the server (no script, no style
/// attribute: the CSP allows neither): the axis with ticks and times (UTC), the first and
/// last report, and one dot per article (stacked where they would overlap) linking to it,
/// titled with its outlet, language, time and title. Articles without a date are listed
/// below it.
fn timeline_svg(dated: &[Dated], undated: &[&TimelineEntry]) -> Markup {
    const WIDTH: f64 = 800.0;
    const LEFT: f64 = 12.0;
    const RIGHT: f64 = 788.0;
    const LANE: f64 = 12.0;
    const MAX_LANES: usize = 5;
    let undated_list = html! {
        @if !undated.is_empty() {
            p.undated {
                "undated: " (undated.len()) " ("
                @for (i, e) in undated.iter().enumerate() {
                    @if i > 0 { ", " }
                    a href={ "/article/" (enc(&e.id)) } title=(e.title.as_deref().unwrap_or(&e.id)) { (e.source) }
                }
                ")"
            }
        }
    };
    let (Some(first), Some(last)) = (dated.first(), dated.last()) else {
        return undated_list;
    };
    let (first, last) = (first.0.timestamp(), last.0.timestamp());
    // A story reported within a minute gets an hour around it, so its dots sit mid-axis.
    let (lo, hi) = if last - first < 60 {
        (first - 1800, last + 1800)
    } else {
        (first, last)
    };
    let x_of = |t: i64| LEFT + (RIGHT - LEFT) * (t - lo) as f64 / (hi - lo) as f64;
    // Dots in time order, each in the lowest lane where it clears the one before it.
    let mut lanes: Vec<f64> = Vec::new();
    let mut dots: Vec<(f64, usize, &DateTime<FixedOffset>, &TimelineEntry)> = Vec::new();
    for (t, e) in dated {
        let x = x_of(t.timestamp());
        let lane = match lanes.iter().position(|&end| end + 11.0 <= x) {
            Some(k) => k,
            None if lanes.len() < MAX_LANES => {
                lanes.push(f64::NEG_INFINITY);
                lanes.len() - 1
            }
            None => (0..lanes.len())
                .min_by(|&a, &b| lanes[a].total_cmp(&lanes[b]))
                .unwrap_or(0),
        };
        lanes[lane] = x;
        dots.push((x, lane, t, e));
    }
    let axis = 8.0 + LANE * lanes.len() as f64;
    let height = axis + 40.0;
    let anchor = |x: f64| {
        if x < LEFT + 30.0 {
            "start"
        } else if x > RIGHT - 30.0 {
            "end"
        } else {
            "middle"
        }
    };
    let n = dated.len();
    html! {
        svg.timeline xmlns="http://www.w3.org/2000/svg" width=(WIDTH) height=(height)
            viewBox={ "0 0 " (WIDTH) " " (height) } aria-label="reports over time (UTC)" {
            title { (n) " dated reports, " (utc_label(first)) " to " (utc_label(last)) }
            line.axis x1=(LEFT) y1=(axis) x2=(RIGHT) y2=(axis) {}
            @for (t, label) in ticks(lo, hi) {
                @let x = format!("{:.1}", x_of(t));
                line.tick x1=(x) y1=(axis) x2=(x) y2=(axis + 5.0) {}
                text.tick x=(x) y=(axis + 17.0) text-anchor=(anchor(x_of(t))) { (label) }
            }
            @if first == last {
                text.ends x=(WIDTH / 2.0) y=(axis + 33.0) text-anchor="middle" { "reported " (utc_label(first)) }
            } @else {
                text.ends x=(LEFT) y=(axis + 33.0) text-anchor="start" { "first report " (utc_label(first)) }
                text.ends x=(RIGHT) y=(axis + 33.0) text-anchor="end" { "last report " (utc_label(last)) }
            }
            @for (x, lane, t, e) in &dots {
                a href={ "/article/" (enc(&e.id)) } {
                    title {
                        (e.source) " · " (e.lang.as_deref().unwrap_or("?")) " · " (t.format("%Y-%m-%d %H:%M %:z"))
                        @if let Some(title) = &e.title { " · " (title) }
                    }
                    circle.dot cx=(format!("{x:.1}")) cy=(axis - 7.0 - LANE * *lane as f64) r="5" {}
                }
            }
        }
        (undated_list)
    }
}

async fn story(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let key = id.clone();
    let Some(d) = blocking(&state, move |s| dossier_of(s, &key)).await? else {
        return Ok(error_page(StatusCode::NOT_FOUND, &format!("No story {id}")));
    };
    let (dated, undated) = by_time(&d);
    let shown = |t: Option<&Dated>| t.and_then(|t| t.1.published.clone());
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
            p.facts { "First report " (shown(dated.first()).as_deref().unwrap_or("?")) ", last " (shown(dated.last()).as_deref().unwrap_or("?")) }
            (timeline_svg(&dated, &undated))
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
                    @for t in dated.iter().map(|x| x.1).chain(undated.iter().copied()) {
                        li {
                            (t.published.as_deref().unwrap_or("?")) " " span.lang { (t.lang.as_deref().unwrap_or("?")) } " "
                            (t.source) ": " a href={ "/article/" (enc(&t.id)) } { (t.title.as_deref().unwrap_or(&t.id)) }
                        }
                    }
                }
            }
        },
    )
    .into_response())
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
) -> Result<Response, PageError> {
    let hl = h.hl.as_deref().and_then(|r| {
        let (a, b) = r.split_once('-')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    });
    let key = id.clone();
    let a = blocking(&state, move |s| Ok(s.reader().article(&key)?)).await?;
    let Some(a) = a else {
        return Ok(error_page(
            StatusCode::NOT_FOUND,
            &format!("No article {id}"),
        ));
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
                ul { @for r in &a.removed { li { code { (serde_name(&r.reason)) } " " (r.text) } } }
            }
            details {
                summary { "Repairs (" (a.repairs.len()) ")" }
                ul { @for r in &a.repairs { li { code { (serde_name(&r.reason)) } " " (r.from) " → " (r.to) } } }
            }
        },
    )
    .into_response())
}
