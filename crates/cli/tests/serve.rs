//! `concord serve`: the API, the pages and the metrics over a temporary store, and that
//! hostile article text is shown as text: escaped, under a Content-Security-Policy that
//! forbids scripts.

mod common;

use common::{ingest, repo_root};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(db: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_concord"))
        .args([
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--db",
            db.to_str().unwrap(),
        ])
        .current_dir(repo_root())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("concord serve runs");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server { child, addr }
}

/// One HTTP/1.1 request; returns (status, headers, body).
fn request(addr: &str, method: &str, path: &str, body: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/x-ndjson\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    // Written beside the reading: a server may answer (413) before it has read the body.
    let mut w = s.try_clone().unwrap();
    let out = [head.into_bytes(), body.as_bytes().to_vec()].concat();
    let writer = std::thread::spawn(move || {
        let _ = w.write_all(&out);
    });
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    writer.join().unwrap();
    let raw = String::from_utf8(raw).unwrap();
    let (head, body) = raw.split_once("\r\n\r\n").unwrap();
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    (status, head.to_lowercase(), body.to_string())
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}

/// An id as one path segment (as the pages link them).
fn seg(id: &str) -> String {
    id.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn api_pages_and_metrics_show_hostile_text_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&dir.path().join("concord.db"));
    let a = &server.addr;

    let (status, _, spec) = request(a, "GET", "/api/openapi.json", "");
    assert_eq!(status, 200);
    let spec: serde_json::Value = serde_json::from_str(&spec).unwrap();
    assert!(spec["paths"]["/api/stories/{id}"].is_object());

    let hostile = "Officials in Lisbon said on Monday that <script>alert('x')</script> the bridge \
        <img src=x onerror=alert(1)> would reopen, according to <a href=\"javascript:alert(2)\">the \
        ministry</a>. The Tagus bridge carries 150,000 vehicles a day.";
    let rec = serde_json::json!({"id": "hostile-1", "lang": "en", "title": "<b onmouseover=alert(3)>Bridge</b> reopens", "text": hostile});
    let (status, _, body) = request(a, "POST", "/api/ingest", &format!("{rec}\n"));
    assert_eq!(status, 200, "{body}");
    let counts: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(counts["new"], 1, "{body}");

    let (status, head, page) = request(a, "GET", "/article/hostile-1", "");
    assert_eq!(status, 200);
    assert!(
        head.contains("content-security-policy: default-src 'none'"),
        "{head}"
    );
    assert!(!page.contains("<script"), "{page}");
    assert!(!page.contains("<img"), "{page}");
    assert!(!page.contains("<b "), "{page}");
    assert!(!page.contains("href=\"javascript:"), "{page}");
    assert!(page.contains("&lt;script&gt;"), "{page}");

    // A dossier line links to its sentence: the range is marked, still as text.
    let (_, _, marked) = request(a, "GET", "/article/hostile-1?hl=40-90", "");
    assert!(marked.contains("<mark id=\"hl\">"), "{marked}");
    assert!(!marked.contains("<script"), "{marked}");

    let (_, _, stories) = request(a, "GET", "/api/stories", "");
    let stories: serde_json::Value = serde_json::from_str(&stories).unwrap();
    let id = stories[0]["id"].as_str().unwrap().to_string();
    let (status, _, dossier) = request(a, "GET", &format!("/api/stories/{id}"), "");
    assert_eq!(status, 200);
    assert!(dossier.contains("hostile-1"));
    let (status, head, page) = request(a, "GET", &format!("/story/{id}"), "");
    assert_eq!(status, 200);
    assert!(head.contains("content-security-policy"));
    assert!(!page.contains("<script") && !page.contains("<b "), "{page}");

    let (_, _, found) = request(a, "GET", "/api/search?q=bridges", "");
    assert!(found.contains("hostile-1"), "{found}");
    let (status, _, _) = request(a, "GET", "/api/articles/nothing-here", "");
    assert_eq!(status, 404);

    let (_, _, metrics) = request(a, "GET", "/metrics", "");
    assert!(
        metrics.contains("concord_ingested_articles_total{outcome=\"new\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("concord_http_requests_total{route=\"/api/ingest\",status=\"200\"} 1"),
        "{metrics}"
    );
}

#[test]
fn unknown_pages_are_404_and_hostile_ids_stay_text() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&dir.path().join("concord.db"));
    let a = &server.addr;
    for path in [
        "/story/no-such-story",
        "/article/no-such-article",
        "/article/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    ] {
        let (status, head, page) = request(a, "GET", path, "");
        assert_eq!(status, 404, "{path}: {page}");
        assert!(head.contains("content-type: text/html"), "{path}: {head}");
        assert!(head.contains("content-security-policy: default-src 'none'"));
        assert!(page.contains("<h1>Not Found</h1>"), "{page}");
        assert!(!page.contains("<script"), "{page}");
    }
    let (_, _, page) = request(a, "GET", "/story/no-such-story", "");
    assert!(page.contains("No story no-such-story"), "{page}");
    let (_, _, page) = request(a, "GET", "/article/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "");
    assert!(page.contains("No article &lt;script&gt;"), "{page}");
    let (status, _, _) = request(a, "GET", "/api/stories/no-such-story", "");
    assert_eq!(status, 404);
}

#[test]
fn a_malformed_since_is_a_400_not_an_empty_list() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&dir.path().join("concord.db"));
    let a = &server.addr;
    let rec = serde_json::json!({"id": "since-1", "lang": "en", "published": "2024-03-05T09:00:00+01:00",
        "title": "Ferry service resumes", "text": "The ferry service between the two islands resumed on Tuesday after the storm, the operator said."});
    let (status, _, body) = request(a, "POST", "/api/ingest", &format!("{rec}\n"));
    assert_eq!(status, 200, "{body}");

    for path in [
        "/api/stories?since=yesterday",
        "/api/stories?since=2024-13-01",
        "/api/stories?since=2024-03-05T25:00:00Z",
        "/api/search?q=ferry&since=last+week",
    ] {
        let (status, head, body) = request(a, "GET", path, "");
        assert_eq!(status, 400, "{path}: {body}");
        assert!(head.contains("content-type: application/json"), "{head}");
        let err = json(&body);
        assert!(err["error"].as_str().unwrap().contains("since"), "{body}");
    }
    // The pages answer a 400 page.
    for path in ["/?since=yesterday", "/search?q=ferry&since=yesterday"] {
        let (status, head, page) = request(a, "GET", path, "");
        assert_eq!(status, 400, "{path}: {page}");
        assert!(head.contains("content-type: text/html"), "{head}");
        assert!(page.contains("since"), "{page}");
    }
    // Well-formed times and dates filter as before; empty is no filter.
    for (path, n) in [
        ("/api/stories?since=2024-03-01", 1),
        ("/api/stories?since=2024-03-05T08:00:00Z", 1),
        ("/api/stories?since=2030-01-01T00:00:00Z", 0),
        ("/api/stories?since=", 1),
    ] {
        let (status, _, body) = request(a, "GET", path, "");
        assert_eq!(status, 200, "{path}: {body}");
        assert_eq!(json(&body).as_array().unwrap().len(), n, "{path}: {body}");
    }
    let (status, _, body) = request(a, "GET", "/api/search?q=ferry&since=2024-03-01", "");
    assert_eq!(status, 200, "{body}");
    assert!(body.contains("since-1"), "{body}");
    let (status, _, body) = request(a, "GET", "/api/search?q=ferry&since=2030-01-01", "");
    assert_eq!(status, 200, "{body}");
    assert_eq!(json(&body), serde_json::json!([]));
}

#[test]
fn ingest_reports_what_it_could_not_read_and_refuses_large_bodies() {
    let dir = tempfile::tempdir().unwrap();
    let server = start(&dir.path().join("concord.db"));
    let a = &server.addr;

    let (status, _, body) = request(a, "POST", "/api/ingest", "this is {not json\n");
    assert_eq!(status, 200, "{body}");
    let r = json(&body);
    assert_eq!(r["new"], 0, "{body}");
    assert_eq!(r["errors"], 1, "{body}");
    let messages = r["error_messages"].as_array().unwrap();
    assert_eq!(messages.len(), 1, "{body}");
    assert!(
        messages[0].as_str().unwrap().contains("malformed JSON"),
        "{body}"
    );

    // Good lines are ingested; each bad one is reported by its line.
    let good = serde_json::json!({"id": "ok-1", "lang": "en", "title": "Dam inspection completed",
        "text": "Engineers completed the inspection of the dam on Friday and found no damage, the water authority said."});
    let no_text = serde_json::json!({"id": "no-text", "title": "Only a title"});
    let (status, _, body) = request(
        a,
        "POST",
        "/api/ingest",
        &format!("{good}\n{{\"id\": broken\n{no_text}\n"),
    );
    assert_eq!(status, 200, "{body}");
    let r = json(&body);
    assert_eq!(r["new"], 1, "{body}");
    assert_eq!(r["errors"], 2, "{body}");
    let messages: Vec<&str> = r["error_messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains(":2:") && m.contains("malformed JSON")),
        "{body}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains(":3:") && m.contains("none of the fields text")),
        "{body}"
    );

    // Over the limit (2 MiB): 413, as JSON, and nothing stored.
    let big = format!(
        "{}\n",
        serde_json::json!({"id": "big", "text": "word ".repeat(450_000)})
    );
    assert!(big.len() > 2 * 1024 * 1024);
    let (status, _, body) = request(a, "POST", "/api/ingest", &big);
    assert_eq!(status, 413, "{body}");
    assert!(
        json(&body)["error"].as_str().unwrap().contains("limit"),
        "{body}"
    );
    let (status, _, _) = request(a, "GET", "/api/articles/big", "");
    assert_eq!(status, 404);
    let (status, _, body) = request(a, "POST", "/api/ingest", "");
    assert_eq!(status, 400, "{body}");

    // The OpenAPI document parses, documents these answers, and lists every route the
    // server has (each `.route("...")` of the server's sources).
    let (status, _, spec) = request(a, "GET", "/api/openapi.json", "");
    assert_eq!(status, 200);
    let spec = json(&spec);
    let ingest = &spec["paths"]["/api/ingest"]["post"];
    assert!(ingest["responses"]["413"].is_object(), "{ingest}");
    assert!(
        ingest["description"].as_str().unwrap().contains("2097152"),
        "{ingest}"
    );
    let result = &spec["components"]["schemas"]["IngestResult"]["properties"];
    for field in ["new", "updated", "unchanged", "errors", "error_messages"] {
        assert!(result[field].is_object(), "{field}");
    }
    for path in ["/api/stories", "/api/search"] {
        let responses = &spec["paths"][path]["get"]["responses"];
        assert!(responses["400"].is_object(), "{path}");
    }
    let sources = [
        include_str!("../src/commands/serve/mod.rs"),
        include_str!("../src/commands/serve/api.rs"),
        include_str!("../src/commands/serve/pages.rs"),
    ];
    let mut routes = Vec::new();
    for src in sources {
        for part in src.split(".route(").skip(1) {
            let route = part.trim_start().strip_prefix('"').unwrap();
            routes.push(route[..route.find('"').unwrap()].to_string());
        }
    }
    assert!(routes.len() >= 12, "{routes:?}");
    for r in &routes {
        assert!(spec["paths"][r].is_object(), "{r} is not in openapi.json");
    }
    assert_eq!(
        spec["paths"].as_object().unwrap().len(),
        routes.len(),
        "openapi.json lists a path the server does not have: {routes:?}"
    );
}

/// The story list counts each story's independent sources as its dossier does (syndicated
/// copies and one agency's copies count once); the story page draws the reports on a dated
/// axis and lists the undated ones; removed lines show their reasons by their JSON names.
#[test]
fn story_list_counts_sources_and_pages_show_timeline_and_reasons() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("concord.db");
    let out = common::concord(&["ingest", "--db", db.to_str().unwrap(), "corpus/sample"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    let server = start(&db);
    let a = &server.addr;
    // One undated article, in a story of its own.
    let rec = serde_json::json!({"id": "undated-1", "lang": "en", "source": "nodate.example",
        "title": "Lighthouse keeper retires", "text": "The last lighthouse keeper of the northern cape retired after forty years, the harbour office said."});
    let (status, _, body) = request(a, "POST", "/api/ingest", &format!("{rec}\n"));
    assert_eq!(status, 200, "{body}");

    let (status, _, body) = request(a, "GET", "/api/stories", "");
    assert_eq!(status, 200);
    let stories = json(&body);
    let stories = stories.as_array().unwrap();
    assert!(stories.len() >= 10, "{body}");
    let mut fewer = 0;
    for s in stories {
        for field in [
            "id",
            "title",
            "size",
            "languages",
            "entities",
            "last_update",
        ] {
            assert!(s.get(field).is_some(), "{field} missing: {s}");
        }
        let (n, size) = (s["sources"].as_u64().unwrap(), s["size"].as_u64().unwrap());
        assert!(n >= 1 && n <= size, "{s}");
        let id = s["id"].as_str().unwrap();
        let (_, _, d) = request(a, "GET", &format!("/api/stories/{}", seg(id)), "");
        let d = json(&d);
        assert_eq!(
            n as usize,
            d["sources"].as_array().unwrap().len(),
            "{id}: the list and the dossier disagree: {}",
            d["sources"]
        );
        if n < size {
            fewer += 1;
        }
    }
    // The sample corpus has agency copies: some stories have fewer sources than articles.
    assert!(fewer >= 2, "{body}");

    let (_, _, index) = request(a, "GET", "/", "");
    assert!(index.contains("<th>Sources</th>"), "{index}");
    for s in stories {
        // The row of each story shows its count in the Sources column.
        let row = &index[index
            .find(&format!("href=\"/story/{}\"", s["id"].as_str().unwrap()))
            .unwrap()..];
        let row = &row[..row.find("</tr>").unwrap()];
        let cell = &row[row.find("<td class=\"num sources\"").expect(row)..];
        let cell = &cell[..cell.find("</td>").unwrap()];
        assert!(cell.ends_with(&format!(">{}", s["sources"])), "{cell}");
    }

    // The dossier page of the Kim–Lavrov story: a dated axis, a titled dot per dated
    // report, and its undated report listed.
    let kim = stories
        .iter()
        .find(|s| {
            s["languages"]["ru"].is_number()
                && s["entities"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|e| e["id"] == "person:kim-jong-un")
        })
        .expect("the Kim–Lavrov story");
    let kim_id = kim["id"].as_str().unwrap();
    let (_, _, d) = request(a, "GET", &format!("/api/stories/{}", seg(kim_id)), "");
    let d = json(&d);
    let timeline = d["timeline"].as_array().unwrap();
    let undated = timeline.iter().filter(|t| t["published"].is_null()).count();
    let (status, _, page) = request(a, "GET", &format!("/story/{}", seg(kim_id)), "");
    assert_eq!(status, 200);
    let svg = &page[page.find("<svg class=\"timeline\"").expect("a timeline")..];
    let svg = &svg[..svg.find("</svg>").unwrap()];
    assert!(svg.contains("first report 20"), "{svg}");
    assert!(svg.contains("last report 20"), "{svg}");
    assert!(svg.contains("<text class=\"tick\""), "{svg}");
    assert_eq!(
        svg.matches("<circle").count(),
        timeline.len() - undated,
        "{svg}"
    );
    for t in timeline.iter().filter(|t| !t["published"].is_null()) {
        let source = t["source"]
            .as_str()
            .unwrap()
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            svg.contains(&format!("<title>{source} · ")),
            "{source}: {svg}"
        );
    }
    assert!(!svg.contains("style="), "{svg}");
    if undated > 0 {
        assert!(page.contains(&format!("undated: {undated} (")), "{page}");
    }

    // A story with only an undated report: no axis, the report listed as undated.
    let (_, _, art) = request(a, "GET", "/api/articles/undated-1", "");
    let story = json(&art)["story"]["id"].as_str().unwrap().to_string();
    let (_, _, page) = request(a, "GET", &format!("/story/{}", seg(&story)), "");
    assert!(page.contains("undated: 1 ("), "{page}");
    assert!(page.contains(">nodate.example</a>"), "{page}");

    // The count follows the story: another outlet's report joins it (a new summary), then
    // a new version of that report names the first outlet (the summary stays the same).
    let sources_of = |story: &str| {
        let (_, _, body) = request(a, "GET", "/api/stories", "");
        json(&body)
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["id"] == story)
            .map(|s| s["sources"].as_u64().unwrap())
    };
    assert_eq!(sources_of(&story), Some(1));
    let mut other = serde_json::json!({"id": "undated-2", "lang": "en", "source": "other.example",
        "title": "Northern cape lighthouse keeper retires after forty years",
        "text": "After forty years at the northern cape, the last lighthouse keeper has retired, according to the harbour office."});
    let (status, _, body) = request(a, "POST", "/api/ingest", &format!("{other}\n"));
    assert_eq!(status, 200, "{body}");
    let (_, _, art) = request(a, "GET", "/api/articles/undated-2", "");
    assert_eq!(json(&art)["story"]["id"], story.as_str(), "{art}");
    assert_eq!(sources_of(&story), Some(2));
    other["source"] = "nodate.example".into();
    other["text"] = format!("{} It was built in 1870.", other["text"].as_str().unwrap()).into();
    let (status, _, body) = request(a, "POST", "/api/ingest", &format!("{other}\n"));
    assert_eq!(json(&body)["updated"], 1, "{body}");
    assert_eq!(status, 200, "{body}");
    assert_eq!(sources_of(&story), Some(1));

    // Removed lines: their reasons as the JSON names them.
    let mut shown = 0;
    for t in timeline {
        let id = t["id"].as_str().unwrap();
        let (_, _, rec) = request(a, "GET", &format!("/api/articles/{}", seg(id)), "");
        let rec = json(&rec);
        let (_, _, page) = request(a, "GET", &format!("/article/{}", seg(id)), "");
        for r in rec["removed"].as_array().unwrap() {
            let reason = r["reason"].as_str().unwrap();
            assert!(
                page.contains(&format!("<code>{reason}</code>")),
                "{reason}: {page}"
            );
            shown += 1;
        }
        for bad in ["AgencyCredit", "EditNote", "<code>Chrome</code>"] {
            assert!(!page.contains(bad), "{bad}: {page}");
        }
    }
    assert!(shown > 0);
}

/// Answers are kept until the store changes; an ingest by another process beside the
/// server changes it, and the next answers show the new stories.
#[test]
fn kept_answers_follow_an_ingest_by_another_process() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("concord.db");
    let server = start(&db);
    let (status, _, body) = request(&server.addr, "GET", "/api/stories", "");
    assert_eq!(status, 200);
    assert_eq!(json(&body), serde_json::json!([]));
    // Asked twice: the second answer is the kept one, the same.
    assert_eq!(request(&server.addr, "GET", "/api/stories", "").2, body);
    let input = dir.path().join("one.jsonl");
    std::fs::write(
        &input,
        serde_json::json!({"id": "kept-1", "lang": "en",
            "title": "Ferry strike halts crossings to the islands",
            "text": "A strike by ferry crews halted all crossings to the islands on Monday, the port authority said."})
        .to_string() + "\n",
    )
    .unwrap();
    ingest(&db, &[input.to_str().unwrap()]);
    let (status, _, body) = request(&server.addr, "GET", "/api/stories", "");
    assert_eq!(status, 200);
    let list = json(&body);
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");
    let (status, _, page) = request(&server.addr, "GET", "/", "");
    assert_eq!(status, 200);
    assert!(page.contains("Ferry strike halts crossings"), "{page}");
}
