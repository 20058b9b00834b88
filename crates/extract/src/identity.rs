//! Stable ids and source names.

use xxhash_rust::xxh3::xxh3_64;

/// The id of an article without one of its own: from its canonical URL when it has one,
/// else from its folded text. 16 hex digits of XXH3, stable across runs and versions.
pub fn derive_id(url: Option<&str>, text: &str) -> String {
    match url.and_then(canonical_url) {
        Some(u) => format!("{:016x}", xxh3_64(u.as_bytes())),
        None => format!(
            "{:016x}",
            xxh3_64(concord_text::normalize::fold_for_compare(text).as_bytes())
        ),
    }
}

/// The URL without fragment, tracking parameters (`utm_*`, `fbclid`, `gclid`), default
/// port and trailing slash; host lowercased.
pub fn canonical_url(url: &str) -> Option<String> {
    let mut u = url::Url::parse(url.trim()).ok()?;
    u.set_fragment(None);
    let kept: Vec<(String, String)> = u
        .query_pairs()
        .filter(|(k, _)| !(k.starts_with("utm_") || k == "fbclid" || k == "gclid" || k == "ref"))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    if kept.is_empty() {
        u.set_query(None);
    } else {
        u.query_pairs_mut().clear().extend_pairs(kept);
    }
    let mut s = u.to_string();
    if s.ends_with('/') && u.path() != "/" {
        s.pop();
    }
    Some(s)
}

/// The site of a URL: its host without `www.`.
pub fn source_of(url: &str) -> Option<String> {
    let u = url::Url::parse(url.trim()).ok()?;
    let host = u.host_str()?.to_ascii_lowercase();
    Some(host.strip_prefix("www.").unwrap_or(&host).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracking_parameters_do_not_change_the_id() {
        let a = derive_id(
            Some("https://www.x.pt/a/b?utm_source=feed&utm_medium=rss"),
            "",
        );
        let b = derive_id(Some("https://WWW.x.pt/a/b#top"), "");
        assert_eq!(a, b);
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn text_ids_ignore_case_and_punctuation() {
        assert_eq!(derive_id(None, "Olá, mundo!"), derive_id(None, "olá mundo"));
    }

    #[test]
    fn source_is_the_host() {
        assert_eq!(
            source_of("https://www.agi.it/estero/x").as_deref(),
            Some("agi.it")
        );
    }
}
