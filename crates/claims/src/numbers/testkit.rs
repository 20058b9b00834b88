//! Helpers for the per-language tests: expected numbers written compactly and compared
//! as readable lines, so a failure shows every field of every number.

use super::{find_numbers, NumberMention};
use concord_model::Qualifier;

/// An expected number.
pub(super) struct N {
    text: &'static str,
    value: f64,
    max: Option<f64>,
    qualifier: Option<Qualifier>,
    unit: Option<&'static str>,
    counted: Option<&'static str>,
}

/// An expected number with its text and value; the builder methods add the rest.
pub(super) fn n(text: &'static str, value: f64) -> N {
    N {
        text,
        value,
        max: None,
        qualifier: None,
        unit: None,
        counted: None,
    }
}

impl N {
    pub(super) fn max(mut self, m: f64) -> N {
        self.max = Some(m);
        self
    }
    pub(super) fn q(mut self, q: Qualifier) -> N {
        self.qualifier = Some(q);
        self
    }
    pub(super) fn u(mut self, u: &'static str) -> N {
        self.unit = Some(u);
        self
    }
    pub(super) fn c(mut self, c: &'static str) -> N {
        self.counted = Some(c);
        self
    }
}

fn line(
    text: &str,
    value: f64,
    max: Option<f64>,
    q: Option<Qualifier>,
    u: Option<&str>,
    c: Option<&str>,
) -> String {
    format!("{text:?} = {value} max={max:?} q={q:?} unit={u:?} counted={c:?}")
}

fn found(text: &str, m: &NumberMention) -> String {
    let counted = m.counted.map(|(s, e)| &text[s..e]);
    line(
        &text[m.start..m.end],
        m.value,
        m.value_max,
        m.qualifier,
        m.unit.as_deref(),
        counted,
    )
}

/// Asserts that `text` holds exactly the `expected` numbers, in order.
pub(super) fn check(lang: &str, text: &str, expected: &[N]) {
    let all = find_numbers(text, lang);
    for w in all.windows(2) {
        assert!(
            w[0].end <= w[1].start,
            "overlap or disorder in {text}: {all:?}"
        );
    }
    let got: Vec<String> = all.iter().map(|m| found(text, m)).collect();
    let want: Vec<String> = expected
        .iter()
        .map(|n| line(n.text, n.value, n.max, n.qualifier, n.unit, n.counted))
        .collect();
    assert_eq!(got, want, "\n[{lang}] {text}");
}

/// Asserts that `text` holds no number at all.
pub(super) fn none(lang: &str, text: &str) {
    check(lang, text, &[]);
}
