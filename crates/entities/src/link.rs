//! From candidate spans to linked entity mentions: choosing one reading per span, names the
//! gazetteer does not know (people, organisations, acronyms), short forms, capitals used
//! for their state, roles and national institutions.

use crate::detect::{self, Candidate};
use crate::gazetteer::{Gazetteer, PostingKind};
use crate::lexicon::Lexicon;
pub use crate::name_parts::{name_part_groups, person_by_parts};
use crate::tokens::{Script, Token};
use crate::{EntityType, PlaceKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Id prefixes of gazetteer entries that are not entities themselves.
pub const ROLE_PREFIX: &str = "role:";
pub const INSTITUTION_PREFIX: &str = "institution:";

/// What a chosen span refers to.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Known(u32),
    New {
        id: String,
        name: String,
        etype: EntityType,
    },
    /// A role or title (`role:foreign-minister`), attached to a person later.
    Role(String),
}

/// One chosen span.
#[derive(Debug, Clone)]
pub struct Picked {
    pub first: usize,
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub target: Target,
    pub demonym: bool,
    pub metonym: bool,
    pub role: Option<String>,
    pub affiliation: Option<String>,
}

impl Picked {
    /// A plain pick: no flags, no role.
    pub fn new(first: usize, last: usize, start: usize, end: usize, target: Target) -> Self {
        Picked {
            first,
            last,
            start,
            end,
            target,
            demonym: false,
            metonym: false,
            role: None,
            affiliation: None,
        }
    }
}

/// Per-article context the choices depend on.
pub struct Context<'a> {
    pub g: &'a Gazetteer,
    pub lex: &'a Lexicon,
    pub text: &'a str,
    pub toks: &'a [Token],
    pub lang: &'a str,
    /// Token starts a sentence (or the text, or a line).
    pub sentence_start: Vec<bool>,
    /// ISO codes of countries named in the article.
    pub countries: HashSet<String>,
    /// Person-name-part groups of each token, looked up on demand.
    pub(crate) groups_cache: Vec<std::cell::OnceCell<Vec<u32>>>,
    /// The text's cased words spelt backwards, sorted: which words end in a given one
    /// (German compounds, see `compounds::heads_compounds`), looked up on demand.
    pub(crate) reversed_words: std::cell::OnceCell<Vec<String>>,
    /// The words the text writes in lower case, built on demand: a capitalised word also
    /// written so is a common word (lone names, acronyms).
    lower_words: std::cell::OnceCell<HashSet<&'a str>>,
}

impl<'a> Context<'a> {
    pub fn new(
        g: &'a Gazetteer,
        lex: &'a Lexicon,
        text: &'a str,
        toks: &'a [Token],
        lang: &'a str,
    ) -> Self {
        let sentence_start = (0..toks.len())
            .map(|i| {
                i == 0 || {
                    let gap = &text[toks[i - 1].byte_end..toks[i].byte_start];
                    gap.chars()
                        .any(|c| matches!(c, '.' | '!' | '?' | '\n' | '。' | '！' | '？' | ':'))
                }
            })
            .collect();
        Context {
            g,
            lex,
            text,
            toks,
            lang,
            sentence_start,
            countries: HashSet::default(),
            groups_cache: vec![std::cell::OnceCell::new(); toks.len()],
            reversed_words: std::cell::OnceCell::new(),
            lower_words: std::cell::OnceCell::new(),
        }
    }

    /// Whether the text also writes this folded word in lower case.
    pub(crate) fn written_lower(&self, folded: &str) -> bool {
        self.lower_words
            .get_or_init(|| {
                self.toks
                    .iter()
                    .filter(|t| t.script == Script::Cased && !t.capitalised)
                    .map(|t| t.folded.as_str())
                    .collect()
            })
            .contains(folded)
    }

    fn cased(&self, i: usize) -> bool {
        self.toks[i].script == Script::Cased
    }

    /// The case of the text allows this reading of the candidate.
    fn case_ok(&self, c: &Candidate, kind: PostingKind, id: &str) -> bool {
        let t = &self.toks[c.first];
        if !self.cased(c.first) {
            // Scripts without case: only function words and single characters can be
            // ruled out.
            if c.first != c.last {
                return true;
            }
            let matched = match t.script {
                Script::Cjk | Script::Hangul => self.text_of(c),
                _ => t.folded.to_string(),
            };
            let chars = matched.chars().count();
            return !(self.g.is_stopword(self.lang, &matched)
                || (t.script == Script::Cjk && chars < 2 && kind != PostingKind::Acronym)
                || (t.script == Script::Hangul && chars < 2));
        }
        // A function word is not a one-word name ("Der", "Per", "This", "este").
        if c.first == c.last && !t.all_caps && self.g.is_stopword(self.lang, &t.folded) {
            return false;
        }
        if kind == PostingKind::Demonym {
            return true;
        }
        if id.starts_with(ROLE_PREFIX) || id.starts_with(INSTITUTION_PREFIX) {
            return true;
        }
        if !t.capitalised {
            return false;
        }
        // Two-letter words are names only in capitals (US, UK, EU), never "In", "La".
        if c.first == c.last && t.folded.chars().count() <= 2 && !t.all_caps {
            return false;
        }
        match kind {
            // Italian writes acronyms as names (Onu, Bce, Nato); elsewhere "Una" is not UN.
            // Acronyms are also written as names (Fed, Nato, Onu, Aemet, Dax); a capitalised
            // one-word function word was ruled out above ("Una" is not the UN).
            PostingKind::Acronym => t.all_caps || (t.capitalised && t.folded.chars().count() >= 3),
            _ => true,
        }
    }

    fn region_word_near(&self, c: &Candidate) -> bool {
        // "Kursk region", "região russa de Kursk", "Курская область", "쿠르스크주".
        let region = |i: usize| {
            self.toks
                .get(i)
                .is_some_and(|t| self.lex.is_region_word(&t.folded))
        };
        let joined = |i: usize| {
            self.toks
                .get(i)
                .is_some_and(|t| self.lex.is_connector(&t.folded))
        };
        let f = c.first;
        region(c.last + 1)
            || (f >= 1 && region(f - 1))
            || (f >= 2 && joined(f - 1) && region(f - 2))
            || (f >= 3 && joined(f - 1) && region(f - 3))
            || (self.toks[c.first].script == Script::Hangul && {
                let t = &self.toks[c.last];
                let rest: String = t.folded.chars().skip(c.end - t.start).collect();
                rest.starts_with('주') || rest.starts_with("지역") || rest.starts_with('도')
            })
    }

    /// A word for a town right before the candidate, or before "of" and it ("the town of
    /// Kirn").
    fn town_word_before(&self, c: &Candidate) -> bool {
        let town = |i: usize| self.lex.is_town_word(&self.toks[i].folded);
        let f = c.first;
        (f >= 1 && town(f - 1))
            || (f >= 2 && self.lex.is_connector(&self.toks[f - 1].folded) && town(f - 2))
    }

    /// The text a candidate covers (folded).
    fn text_of(&self, c: &Candidate) -> String {
        let t = &self.toks[c.first];
        if matches!(t.script, Script::Cjk | Script::Hangul) {
            let from = t
                .char_starts
                .iter()
                .position(|&x| x == c.start)
                .unwrap_or(0);
            let to = t
                .char_starts
                .iter()
                .position(|&x| x + 1 == c.end)
                .map_or(t.folded.chars().count(), |p| p + 1);
            t.folded.chars().skip(from).take(to - from).collect()
        } else {
            t.folded.to_string()
        }
    }

    /// The folded words of a candidate, as a gazetteer key.
    fn key_of(&self, c: &Candidate) -> String {
        (c.first..=c.last)
            .map(|i| self.toks[i].folded.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// A city with its country's name (Singapore, Hong Kong, Monaco): the country is
    /// meant, whatever the context.
    fn is_city_state(&self, v: &crate::gazetteer::EntityView) -> bool {
        v.place == Some(PlaceKind::City)
            && v.capital_of.or(v.country).is_some_and(|c| {
                self.g
                    .country(c)
                    // "Hong Kong" in "Hong Kong SAR China" too.
                    .is_some_and(|k| {
                        let name = self.g.entity(k).name;
                        // Cheap test first: this runs for every candidate city.
                        let first = |s: &str| s.chars().next().map(|c| c.to_lowercase().next());
                        if first(name) != first(v.name) {
                            return false;
                        }
                        let country = crate::fold::key(name);
                        let city = crate::fold::key(v.name);
                        country == city
                            || (country.starts_with(city.as_str())
                                && country[city.len()..].starts_with(' '))
                    })
            })
    }

    /// The best reading of a candidate: (score, entity, kind).
    pub fn best(&self, c: &Candidate) -> Option<(f32, u32, PostingKind)> {
        if crate::misreadings::plural_acronym(self, c) {
            return None;
        }
        let mut best: Option<(f32, u32, PostingKind)> = None;
        // The candidate's folded key, built once if a city reading asks for it.
        let key = std::cell::OnceCell::new();
        for &(e, kind) in &c.entries {
            if matches!(kind, PostingKind::NamePart | PostingKind::PersonParts) {
                continue;
            }
            let ent = self.g.entity(e);
            if !self.case_ok(c, kind, ent.id) {
                continue;
            }
            if kind == PostingKind::Short && crate::misreadings::other_first_name(self, c, e) {
                continue;
            }
            // Alias lists give countries the names of their capitals and regions ("Geneva",
            // "Beirut", "Florida"); when the same key names a place inside that country, the
            // place is meant (a capital standing for its state is read later, in context).
            if ent.place == Some(PlaceKind::Country) && kind == PostingKind::Name {
                // Not when the key is the country's own name too ("Kazakhstan", also a
                // town there).
                // A namesake with the country's own name is a city-state or a state of the
                // same name ("新加坡" Singapore, "香港", "墨西哥" Estado de México): the
                // country is meant.
                let country_name = crate::fold::key(ent.name);
                let same_country = |v: &crate::gazetteer::EntityView| {
                    v.country == ent.country
                        && matches!(v.place, Some(PlaceKind::Subdivision | PlaceKind::City))
                        && !crate::fold::key(v.name)
                            .split(' ')
                            .any(|w| w == country_name)
                };
                let others: Vec<u32> = c
                    .entries
                    .iter()
                    .filter(|&&(o, k)| o != e && k == PostingKind::Name)
                    .map(|&(o, _)| o)
                    .filter(|&o| same_country(&self.g.entity(o)))
                    .collect();
                let inside = !others.is_empty() && {
                    let key = self.key_of(c);
                    crate::fold::key(ent.name) != key
                        && others.iter().any(|&o| {
                            let v = self.g.entity(o);
                            v.place == Some(PlaceKind::Subdivision)
                                || v.capital_of.is_some()
                                || crate::fold::key(v.name) == key
                        })
                };
                if inside {
                    continue;
                }
            }
            let named = ent.country.is_some_and(|k| self.countries.contains(k));
            let home = ent
                .country
                .is_some_and(|k| crate::lexicon::home_countries(self.lang).contains(&k));
            let in_ctx = named || home;
            // A word in capitals is an acronym or a country code (USA), not a town; a month
            // ("August", "Mai") is a date.
            let t = &self.toks[c.first];
            if c.first == c.last
                && ent.etype == EntityType::Place
                && ent.place != Some(PlaceKind::Country)
                && concord_text::dates::is_month_name(&t.folded)
            {
                continue;
            }
            if c.first == c.last
                && t.all_caps
                && ent.etype == EntityType::Place
                && ent.place != Some(PlaceKind::Country)
            {
                continue;
            }
            if self.lang == "de"
                && c.first == c.last
                && ent.etype == EntityType::Place
                && ent.place != Some(PlaceKind::Country)
                && ent.capital_of.is_none()
                && ent.population < 1_000_000
                && crate::compounds::heads_compounds(self, c.first)
            {
                continue;
            }
            if self.is_city_state(&ent) {
                continue;
            }
            let mut score = match (ent.etype, ent.place, kind) {
                (_, _, PostingKind::Demonym) => 85.0,
                (_, _, PostingKind::Short) => 70.0,
                (EntityType::Person | EntityType::Organisation | EntityType::Other, _, _) => 100.0,
                (_, Some(PlaceKind::Country), _) => 90.0,
                (_, Some(PlaceKind::Subdivision), _) => {
                    let region = self.region_word_near(c);
                    if !(in_ctx || region || c.last > c.first) {
                        continue;
                    }
                    60.0 + if in_ctx { 3.0 } else { 0.0 } + if region { 40.0 } else { 0.0 }
                }
                (_, Some(PlaceKind::City), _) => {
                    let pop = ent.population as f32;
                    let multi = c.last > c.first;
                    let initial = self.sentence_start[c.first];
                    // Han, kana and Hangul have no capitals and no word boundaries to
                    // vouch for a name: only large cities, or cities of a named country.
                    let capital = ent.capital_of.is_some();
                    let plausible = match t.script {
                        // German capitalises every noun ("Zug", "Region", "Laut"): one
                        // capitalised word is weak evidence there.
                        Script::Cased if self.lang == "de" && !multi => {
                            (named && pop >= 20_000.0)
                                || capital
                                || pop >= 1_000_000.0
                                || (pop >= 100_000.0 && !initial)
                                || (home && !initial && pop >= 50_000.0)
                                || self.town_word_before(c)
                        }
                        Script::Cased => {
                            pop >= 1_000_000.0
                                || named
                                || (pop >= 100_000.0 && (multi || !initial))
                                || (home && !initial && (multi || pop >= 20_000.0))
                                || self.town_word_before(c)
                        }
                        // Arabic and Hebrew words: many common words are also some city's
                        // name ("مدينة", city, is Medina).
                        Script::Uncased if !multi => named || capital || pop >= 250_000.0,
                        Script::Uncased => named || capital || pop >= 100_000.0,
                        // Han, kana and Hangul: no capitals, no word boundaries to vouch for a
                        // name.
                        _ => named || capital || (home && pop >= 100_000.0) || pop >= 250_000.0,
                    };
                    if !plausible {
                        continue;
                    }
                    // A town listed under a longer name that contains its own ("Rio Grande"
                    // as "Rio Grande do Sul") is less likely meant than what bears that name.
                    let own = crate::fold::key(ent.name);
                    let key = key.get_or_init(|| self.key_of(c));
                    let longer = multi && own != *key && key.contains(&own);
                    // A town called so is likelier meant than a bigger one that some list
                    // also calls so ("Petrópolis", not Saint Petersburg's Greek alias).
                    let own_name = own == *key;
                    50.0 + (pop + 1.0).log10() * 3.0
                        + if in_ctx { 3.0 } else { 0.0 }
                        + if capital { 15.0 } else { 0.0 }
                        + if own_name { 6.0 } else { 0.0 }
                        - if longer { 30.0 } else { 0.0 }
                }
                _ => 40.0,
            };
            if c.inflected {
                score -= 1.0;
            }
            if best.is_none_or(|b| score > b.0) {
                best = Some((score, e, kind));
            }
        }
        best
    }
}

/// Chooses non-overlapping candidates, longest first, and reads each.
pub fn choose(cx: &mut Context, cands: &[Candidate]) -> Vec<Picked> {
    // Countries named anywhere help to read city names.
    for c in cands {
        for &(e, kind) in &c.entries {
            if matches!(kind, PostingKind::NamePart | PostingKind::PersonParts) {
                continue;
            }
            let ent = cx.g.entity(e);
            if ent.place == Some(PlaceKind::Country) && cx.case_ok(c, kind, ent.id) {
                if let Some(k) = ent.country {
                    cx.countries.insert(k.to_string());
                }
            }
        }
    }
    let mut scored: Vec<(&Candidate, (f32, u32, PostingKind))> = cands
        .iter()
        .filter_map(|c| cx.best(c).map(|b| (c, b)))
        .collect();
    scored.sort_by(|a, b| {
        (b.0.end - b.0.start)
            .cmp(&(a.0.end - a.0.start))
            .then(a.0.inflected.cmp(&b.0.inflected))
            .then(b.1 .0.total_cmp(&a.1 .0))
            .then(a.0.start.cmp(&b.0.start))
    });
    let mut taken: Vec<(usize, usize)> = Vec::new();
    let mut out = Vec::new();
    for (c, (_, e, kind)) in scored {
        if taken.iter().any(|&(s, t)| c.start < t && s < c.end) {
            continue;
        }
        taken.push((c.start, c.end));
        let ent = cx.g.entity(e);
        let target = if let Some(r) = ent.id.strip_prefix(ROLE_PREFIX) {
            Target::Role(r.to_string())
        } else {
            Target::Known(e)
        };
        out.push(Picked {
            first: c.first,
            last: c.last,
            start: c.start,
            end: c.end,
            target,
            demonym: kind == PostingKind::Demonym,
            metonym: false,
            role: None,
            affiliation: None,
        });
    }
    for p in &mut out {
        let t = &cx.toks[p.last];
        let kind = match p.target {
            Target::Known(e) => cx.g.entity(e).place,
            _ => None,
        };
        match t.script {
            // 輪島市, 花莲县, 石川県: the designator written after a place belongs to its name
            // (a city's 市 unless a word goes on: 雅加达市民 are its citizens).
            Script::Cjk if kind.is_some() => {
                let k = t.char_starts.iter().position(|&c| c == p.end);
                let rest: Vec<char> =
                    k.map_or(Vec::new(), |k| t.folded.chars().skip(k).take(2).collect());
                let extend = match (kind, rest.first(), rest.get(1)) {
                    (Some(PlaceKind::City), Some('市'), next) => {
                        next.is_none_or(|c| !crate::fold::is_han_or_kana(*c) || *c == '的')
                    }
                    (Some(PlaceKind::Subdivision), Some(c), next) => {
                        matches!(c, '県' | '县' | '州' | '省' | '郡' | '府' | '道')
                            && !next.is_some_and(|n| matches!(n, '长' | '長'))
                    }
                    _ => false,
                };
                if extend {
                    p.end += 1;
                }
            }
            // "U.S.", "U.K.": the abbreviation's last dot.
            Script::Cased if t.all_caps || t.folded.chars().count() == 1 => {
                let after = &cx.text[t.byte_end..];
                let dotted =
                    p.last > p.first && cx.text[cx.toks[p.last - 1].byte_end..t.byte_start] == *".";
                if dotted && t.folded.chars().count() == 1 && after.starts_with('.') {
                    p.end += 1;
                }
            }
            _ => {}
        }
    }
    // "the Kharkiv region": in Latin script a lower-case designator is a common noun, not part
    // of the name (Cyrillic formal names keep theirs: "Курская область").
    for p in &mut out {
        let subdivision = matches!(p.target, Target::Known(e) if cx.g.entity(e).place == Some(PlaceKind::Subdivision));
        let t = &cx.toks[p.last];
        if subdivision
            && p.last > p.first
            && !t.capitalised
            && t.folded.is_ascii()
            && cx.lex.is_region_word(&t.folded)
        {
            p.last -= 1;
            p.end = cx.toks[p.last].end;
        }
    }
    out.sort_by_key(|p| p.start);
    out
}

/// An ASCII slug of a name for ids of entities no table knows ("Paweł Nowicki" ->
/// "pawel-nowicki", "강민서" -> "gangminseo").
pub fn slug(name: &str) -> String {
    let ascii = any_ascii::any_ascii(name).to_lowercase();
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Tokens covered by picked spans.
pub fn covered(toks: &[Token], picked: &[Picked]) -> Vec<bool> {
    let mut cov = vec![false; toks.len()];
    for p in picked {
        for c in cov.iter_mut().take(p.last + 1).skip(p.first) {
            *c = true;
        }
    }
    cov
}

/// Whether two tokens may sit in one capitalised name: joinable gap, same line.
pub fn joins(cx: &Context, a: usize, b: usize) -> bool {
    detect::joinable(cx.text, &cx.toks[a], &cx.toks[b])
}

/// Maps the picks' entity ids to output order: first mention first.
pub fn entity_id(cx: &Context, t: &Target) -> Option<(String, String, EntityType)> {
    match t {
        Target::Known(e) => {
            let v = cx.g.entity(*e);
            Some((v.id.to_string(), v.name.to_string(), v.etype))
        }
        Target::New { id, name, etype } => Some((id.clone(), name.clone(), *etype)),
        Target::Role(_) => None,
    }
}

/// Counts of country mentions, to give an institution its country when the sentence does
/// not say it.
pub fn country_counts(cx: &Context, picked: &[Picked]) -> HashMap<String, usize> {
    let mut m = HashMap::default();
    for p in picked {
        if let Target::Known(e) = p.target {
            let v = cx.g.entity(e);
            if v.place == Some(PlaceKind::Country) {
                *m.entry(v.id.to_string()).or_insert(0) += 1;
            }
        }
    }
    m
}

/// The pick is a known place (a country, region or city; demonyms link to their country).
pub(crate) fn is_place(cx: &Context, p: &Picked) -> bool {
    matches!(p.target, Target::Known(e) if cx.g.entity(e).place.is_some())
}

/// The target is a known country.
pub(crate) fn is_country(cx: &Context, t: &Target) -> bool {
    matches!(t, Target::Known(e) if cx.g.entity(*e).place == Some(PlaceKind::Country))
}
