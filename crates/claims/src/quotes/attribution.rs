//! Who said what, sentence by sentence: the speech verb or source phrase of a sentence,
//! the speaker next to it (a name the entities stage found, a pronoun resolved to the last
//! person named, or the words next to the cue), and the content it governs.

use super::cues::{cues, find_all, is_complementiser, is_pronoun, Cues};
use super::marks::{find_quoted, Quoted};
use super::sentences::sentences;
use super::{Name, QuoteFound, SpeakerRef};

/// Head nouns of descriptions that stand for an organisation named before ("the agency
/// also said"), in the supported languages.
#[rustfmt::skip]
const ORG_NOUNS: &[&str] = &[
    "agency", "ministry", "service", "office", "company", "agência", "ministério", "serviço",
    "empresa", "agencia", "ministerio", "servicio", "agenzia", "ministero", "servizio",
    "società", "agence", "ministère", "société", "agentur", "ministerium", "behörde",
    "unternehmen", "agencja", "ministerstwo", "służba", "spółka", "агентство", "министерство",
    "ведомство", "служба", "компания", "агенція", "міністерство", "відомство", "компанія",
    "الوكالة", "الوزارة", "الشركة",
];

/// Words that open a clause before a cue without naming anyone.
#[rustfmt::skip]
const LEADING_FILLERS: &[&str] = &[
    "and", "but", "also", "then", "later", "e", "mas", "também", "y", "pero", "también", "ed",
    "ma", "anche", "et", "mais", "aussi", "und", "aber", "auch", "i", "ale", "też", "и", "но",
    "также", "і", "але", "також",
];

fn describes_org(words: &str) -> bool {
    let lower = words.to_lowercase();
    lower
        .split_whitespace()
        .take(3)
        .any(|w| ORG_NOUNS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// A byte range of the text.
type Span = (usize, usize);

/// How many words a speaker may stand from its cue.
const SPEAKER_REACH: usize = 6;

/// Finds the quotes and reported statements of a text (byte offsets, in text order).
pub fn find_quotes(text: &str, lang: &str, names: &[Name]) -> Vec<QuoteFound> {
    let quoted = find_quoted(text, lang);
    let c = cues(lang);
    let mut out: Vec<QuoteFound> = Vec::new();
    let mut last_speaker: Option<Carried> = None;
    let mut last_end = 0;
    for (s, e) in sentences(text, &quoted) {
        // A speaker carries over to quotes of the next sentence in the same paragraph
        // (“…,” Mr. Obama said. “…”), not across paragraphs.
        if text[last_end.min(s)..s].contains("\n\n") {
            last_speaker = None;
        }
        last_end = e;
        let sent = Sentence {
            text,
            lang,
            start: s,
            end: e,
            names,
            quoted: quoted
                .iter()
                .filter(|q| q.open >= s && q.open < e)
                .copied()
                .collect(),
        };
        let found = sent.attribute(c, last_speaker);
        if let Some(q) = found.iter().rev().find(|q| q.speaker.is_some()) {
            last_speaker = Some(Carried {
                speaker: q.speaker.expect("speaker"),
                cue: q.cue,
                via: q.via,
            });
        }
        out.extend(found);
    }
    out.sort_by_key(|q| q.start);
    out
}

/// The attribution a sentence hands on to quotes of the next one.
#[derive(Clone, Copy)]
struct Carried {
    speaker: SpeakerRef,
    cue: Option<Span>,
    via: Option<SpeakerRef>,
}

struct Sentence<'a> {
    text: &'a str,
    lang: &'a str,
    start: usize,
    end: usize,
    names: &'a [Name],
    quoted: Vec<Quoted>,
}

impl<'a> Sentence<'a> {
    fn inside_quote(&self, at: usize) -> bool {
        self.quoted.iter().any(|q| q.open <= at && at < q.close)
    }

    /// Cue spans (verbs, then source phrases) outside quotations, in absolute offsets.
    fn cue_spans(&self, c: &Cues) -> (Vec<Span>, Vec<Span>) {
        let s = &self.text[self.start..self.end];
        // A capitalised cue inside a sentence is a name ("United States", "Says Who").
        let lower_or_first = |a: usize| {
            a == self.start
                || !self.text[a..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                || self.text[self.start..a]
                    .trim_end()
                    .ends_with(['“', '"', '«', '—', '―', ':'])
        };
        let shift = |v: Vec<(usize, usize)>| -> Vec<(usize, usize)> {
            v.into_iter()
                .map(|(a, b)| (a + self.start, b + self.start))
                .filter(|&(a, _)| !self.inside_quote(a) && lower_or_first(a))
                .collect()
        };
        (
            shift(find_all(&c.verbs, s, c.unspaced)),
            shift(find_all(&c.sources, s, c.unspaced)),
        )
    }

    fn attribute(&self, c: &Cues, previous: Option<Carried>) -> Vec<QuoteFound> {
        let (verbs, sources) = self.cue_spans(c);
        let mut out = Vec::new();
        // Statements credited by a verb: direct quotes, then reported clauses.
        let main_verb = verbs.first().copied();
        let mut speaker = main_verb.and_then(|v| self.speaker_of_verb(v));
        let mut via = None;
        // A second verb at the end whose subject differs relays the first: "Kim disse que
        // …, informou a KCNA".
        // Where the relaying clause starts (", informou a KCNA"): reported clauses end there.
        let mut relay_from = None;
        if verbs.len() >= 2 {
            let last = *verbs.last().expect("two verbs");
            if let Some(r) = self
                .speaker_after(last)
                .filter(|_| self.tail_is_short(last))
            {
                via = Some(r);
                relay_from = self.text[self.start..last.0]
                    .rfind([',', '，'])
                    .map(|k| self.start + k);
            }
        }
        // A source phrase beside a speech verb is a relay ("Secondo la KCNA, Kim ha
        // dichiarato che …"); alone it credits the statement.
        let source = sources.first().copied();
        let source_speaker = source.and_then(|p| self.speaker_of_source(p));
        if main_verb.is_some() && via.is_none() {
            via = source_speaker;
        }
        if speaker.is_none() && main_verb.is_none() {
            speaker = source_speaker;
        }
        for (n, q) in self.quoted.iter().enumerate() {
            let mut sp = speaker;
            let mut cue = main_verb.or(source);
            let mut relay = via;
            // "Lavrov: “…”"
            if sp.is_none() && n == 0 {
                sp = self.colon_speaker(q.open);
            }
            // A quote going on from the sentence before, with no cue of its own.
            if sp.is_none() && (q.continued || cue.is_none()) {
                if let Some(p) = previous {
                    (sp, cue, relay) = (Some(p.speaker), p.cue, p.via);
                }
            }
            if sp.is_none() && cue.is_none() {
                continue;
            }
            out.push(QuoteFound {
                start: q.start,
                end: q.end,
                direct: true,
                cue,
                speaker: sp,
                via: relay,
            });
        }
        // The reported clause of each speech verb not already inside an earlier one's, or
        // the statement a source phrase credits.
        let mut covered_to = 0;
        for (k, &v) in verbs.iter().enumerate() {
            if v.0 < covered_to || (k > 0 && via.is_some() && k == verbs.len() - 1) {
                continue;
            }
            let sp = if k == 0 {
                speaker
            } else {
                self.speaker_of_verb(v)
            };
            if let Some((a, b)) = self.reported_clause(v, via.is_some(), relay_from) {
                // A quotation that is the whole clause is already listed.
                if self
                    .quoted
                    .iter()
                    .any(|q| q.start <= a + 1 && b <= q.close + 1)
                {
                    continue;
                }
                covered_to = covered_to.max(b);
                out.push(QuoteFound {
                    start: a,
                    end: b,
                    direct: false,
                    cue: Some(v),
                    speaker: sp,
                    via,
                });
            }
        }
        if main_verb.is_none() {
            if let Some(p) = source {
                if let Some((a, b)) = self.credited_clause(p) {
                    out.push(QuoteFound {
                        start: a,
                        end: b,
                        direct: false,
                        cue: Some(p),
                        speaker: source_speaker,
                        via: None,
                    });
                }
            }
        }
        out
    }

    /// Words (white-space separated) in a byte range.
    fn words(&self, a: usize, b: usize) -> usize {
        if a >= b {
            return 0;
        }
        let s = &self.text[a..b];
        if self.unspaced() {
            return s.chars().filter(|c| c.is_alphanumeric()).count() / 2;
        }
        s.split_whitespace().count()
    }

    fn unspaced(&self) -> bool {
        matches!(self.lang, "zh" | "ja")
    }

    fn name_ref(n: &Name) -> SpeakerRef {
        SpeakerRef {
            start: n.start,
            end: n.end,
            entity: Some(n.entity),
        }
    }

    /// The speaker of a speech verb: a name before it in its clause ("Kim disse"), else
    /// one right after it ("disse Kim", "said Lavrov", "وقال لافروف"), else a pronoun
    /// before it resolved to the last person named, else the words before it ("a source
    /// said").
    fn speaker_of_verb(&self, v: (usize, usize)) -> Option<SpeakerRef> {
        let clause_start = self.clause_start_before(v.0);
        let usable = |n: &&Name| {
            !self.inside_quote(n.start)
                && n.end <= v.0
                && self.words(n.end, v.0) <= SPEAKER_REACH
                // A place speaks only as the cue's subject ("Moscow said").
                && (n.person || n.org || self.words(n.end, v.0) <= SPEAKER_REACH)
        };
        let before = self
            .names
            .iter()
            .filter(|n| n.start >= clause_start)
            .filter(usable)
            .max_by_key(|n| (n.person, n.end));
        if let Some(n) = before {
            return Some(Self::name_ref(n));
        }
        // "o chefe do Conselho, Sergei Shoigu, disse": the subject is an apposition
        // between commas, so the clause before the cue is empty: a person or organisation
        // in the clause before.
        if clause_start > self.start && self.text[clause_start..v.0].trim().is_empty() {
            let comma = self.text[..clause_start]
                .char_indices()
                .next_back()
                .map_or(self.start, |(i, _)| i);
            let earlier = self.clause_start_before(comma.max(self.start));
            let apposition = self
                .names
                .iter()
                .filter(|n| n.start >= earlier && n.end <= comma)
                .filter(|n| (n.person || n.org) && self.words(n.end, v.0) <= SPEAKER_REACH)
                .max_by_key(|n| (n.person, n.end));
            if let Some(n) = apposition {
                return Some(Self::name_ref(n));
            }
        }
        if let Some(r) = self.speaker_after(v) {
            return Some(r);
        }
        if let Some(p) = self.pronoun_before(v.0, clause_start) {
            return Some(p);
        }
        self.words_before(v.0, clause_start).or_else(|| {
            // "Jo Coelbart, a retired general who works on defence policy, said": the
            // person opening the sentence, when no other cue stands between.
            self.names
                .iter()
                .filter(|n| n.start >= self.start && n.end <= clause_start && n.person)
                .filter(|n| !self.inside_quote(n.start))
                .min_by_key(|n| n.start)
                .map(Self::name_ref)
        })
    }

    /// A name within a few words after a cue, before any punctuation.
    fn speaker_after(&self, v: (usize, usize)) -> Option<SpeakerRef> {
        // Korean and Japanese put the speaker before the verb, always.
        if matches!(self.lang, "ko" | "ja") {
            return None;
        }
        let mut stop = self.text[v.1..self.end]
            .find(['.', ',', ':', ';', '“', '"', '«', '„', '，', '。'])
            .map_or(self.end, |k| v.1 + k);
        // Nor past a complementiser: "disse que Kim …" names what was said, not who.
        let mut at = v.1;
        for w in self.text[v.1..stop].split_whitespace() {
            let k = at + self.text[at..stop].find(w).unwrap_or(0);
            if is_complementiser(w) {
                stop = k;
                break;
            }
            at = k + w.len();
        }
        self.names
            .iter()
            .filter(|n| n.start >= v.1 && n.end <= stop && !self.inside_quote(n.start))
            .filter(|n| self.words(v.1, n.start) <= 3)
            .min_by_key(|n| n.start)
            .map(Self::name_ref)
            .or_else(|| {
                // ", disse o ministro." / ", a-t-il déclaré": words up to the full stop.
                let w = self.text[v.1..stop].trim();
                (stop >= self.content_end() && !w.is_empty() && self.words(v.1, stop) <= 4).then(
                    || {
                        let a = v.1 + self.text[v.1..stop].find(w).unwrap_or(0);
                        SpeakerRef {
                            start: a,
                            end: a + w.len(),
                            entity: None,
                        }
                    },
                )
            })
    }

    /// Only a speaker and the full stop follow the cue: it closes the sentence.
    fn tail_is_short(&self, v: (usize, usize)) -> bool {
        self.words(v.1, self.end) <= 5 && !self.text[v.1..self.end].contains(['“', '"', '«'])
    }

    /// Where the clause holding `at` starts: after the last comma, colon, closing quote or
    /// complementiser before it, or the sentence start.
    fn clause_start_before(&self, at: usize) -> usize {
        let s = &self.text[self.start..at];
        let mut best = self.start;
        for (k, ch) in s.char_indices().rev() {
            let abs = self.start + k;
            if self.inside_quote(abs) {
                return abs + ch.len_utf8();
            }
            if matches!(
                ch,
                ',' | ';' | ':' | '，' | '；' | '：' | '”' | '»' | '“' | '"' | '」'
            ) {
                best = abs + ch.len_utf8();
                break;
            }
        }
        best
    }

    fn pronoun_before(&self, at: usize, clause_start: usize) -> Option<SpeakerRef> {
        let s = &self.text[clause_start..at];
        let w = s.split_whitespace().last()?;
        if !is_pronoun(w) {
            return None;
        }
        let a = clause_start + s.rfind(w)?;
        // The last person named before the pronoun.
        let person = self
            .names
            .iter()
            .filter(|n| n.person && n.end <= a)
            .max_by_key(|n| n.end);
        Some(SpeakerRef {
            start: a,
            end: a + w.len(),
            entity: person.map(|n| n.entity),
        })
    }

    /// "a source said", "officials said": up to six words before the cue in its clause.
    fn words_before(&self, at: usize, clause_start: usize) -> Option<SpeakerRef> {
        let raw = &self.text[clause_start..at];
        // Conjunctions and adverbs opening the clause are not the speaker (", and said").
        let mut s = raw.trim();
        for _ in 0..2 {
            let first = s.split_whitespace().next().unwrap_or("");
            if LEADING_FILLERS.contains(&first.to_lowercase().as_str()) {
                s = s[first.len()..].trim_start();
            }
        }
        if s.is_empty() {
            return None;
        }
        let b = clause_start + raw.trim_end().len();
        let a = b - s.len();
        if self.unspaced() || self.lang == "ko" {
            return self.chunk_before(a, b);
        }
        let words: Vec<&str> = s.split_whitespace().collect();
        if words.len() > 6 || words.iter().any(|w| is_complementiser(w)) {
            return None;
        }
        // "the agency", "a agência de espionagem": the organisation named last before.
        let entity = describes_org(s)
            .then(|| {
                self.names
                    .iter()
                    .filter(|n| n.org && n.end <= a)
                    .max_by_key(|n| n.end)
                    .map(|n| n.entity)
            })
            .flatten();
        Some(SpeakerRef {
            start: a,
            end: b,
            entity,
        })
    }

    /// Han, kana and Hangul: the subject opening the clause, up to its topic or subject
    /// particle ("교육부는" → 교육부, "文化和旅游部今天表示" → 文化和旅游部今天).
    fn chunk_before(&self, a: usize, b: usize) -> Option<SpeakerRef> {
        let s = &self.text[a..b];
        let end = if self.lang == "ko" {
            let first = s.split_whitespace().next()?;
            let stem = first
                .strip_suffix('는')
                .or_else(|| first.strip_suffix('은'))
                .or_else(|| first.strip_suffix('이'))
                .or_else(|| first.strip_suffix('가'))?;
            a + stem.len()
        } else {
            let stem = s.split(['は', 'が', '，', ',']).next()?;
            a + stem.len()
        };
        let chars = self.text[a..end].chars().count();
        (end > a && chars <= 14).then_some(SpeakerRef {
            start: a,
            end,
            entity: None,
        })
    }

    /// A name before the colon that opens a quote.
    fn colon_speaker(&self, open: usize) -> Option<SpeakerRef> {
        let before = self.text[self.start..open].trim_end();
        let colon = before.strip_suffix(':').or(before.strip_suffix('：'))?;
        let end = self.start + colon.trim_end().len();
        // "Lavrov: “…”", or a few words on ("Trump on the economy: “…”"): the person or
        // organisation opening the clause before the colon.
        let clause = self.clause_start_before(end);
        self.names
            .iter()
            .find(|n| n.end == end)
            .or_else(|| {
                self.names
                    .iter()
                    .filter(|n| n.start >= clause && n.end <= end && (n.person || n.org))
                    .filter(|n| self.words(n.end, end) <= 6)
                    .min_by_key(|n| n.start)
            })
            .map(Self::name_ref)
    }

    /// The speaker a source phrase names: the name right after it ("according to KCNA",
    /// "据新华社"), or right before it for postpositions ("연합뉴스에 따르면", "KCNAによると").
    fn speaker_of_source(&self, p: (usize, usize)) -> Option<SpeakerRef> {
        if matches!(self.lang, "ko" | "ja") {
            let named = self
                .names
                .iter()
                .filter(|n| n.end <= p.0 && p.0 - n.end <= 3)
                .max_by_key(|n| n.end)
                .map(Self::name_ref);
            // An unnamed source: the words before the postposition.
            return named.or_else(|| {
                let a = self.clause_start_before(p.0);
                let t = self.text[a..p.0].trim();
                let a = a + self.text[a..p.0].find(t).unwrap_or(0);
                (!t.is_empty() && t.chars().count() <= 14).then_some(SpeakerRef {
                    start: a,
                    end: a + t.len(),
                    entity: None,
                })
            });
        }
        if let Some(n) = self
            .names
            .iter()
            .filter(|n| n.start >= p.1 && n.end <= self.end && self.words(p.1, n.start) <= 3)
            .filter(|n| !self.text[p.1..n.start].contains([',', '，']))
            .min_by_key(|n| n.start)
        {
            return Some(Self::name_ref(n));
        }
        // The words after the phrase up to a comma ("according to officials").
        let rest = &self.text[p.1..self.end];
        let stop = rest.find([',', '，', '.', '。']).unwrap_or(rest.len());
        let w = rest[..stop].trim();
        (!w.is_empty() && self.words(p.1, p.1 + stop) <= 5).then(|| {
            let a = p.1 + rest.find(w).unwrap_or(0);
            SpeakerRef {
                start: a,
                end: a + w.len(),
                entity: None,
            }
        })
    }

    /// The content a speech verb governs: after a complementiser that follows it within a
    /// few words ("disse a Lavrov que …"); in English and Chinese, right after the verb
    /// ("officials said the troops …", "他表示，…"); before it when it closes the sentence
    /// ("…, officials said." / "…, disse o ministro." / Korean "…고 말했다").
    fn reported_clause(
        &self,
        v: (usize, usize),
        relayed_at_end: bool,
        relay_from: Option<usize>,
    ) -> Option<(usize, usize)> {
        let end = relay_from
            .filter(|&r| r > v.1)
            .unwrap_or_else(|| self.content_end());
        // Postposed cue: the content runs from the sentence start to the comma before the
        // speaker and cue.
        let tail_short = self.tail_is_short(v);
        if tail_short && !relayed_at_end {
            let head = &self.text[self.start..v.0];
            if let Some(k) = head.rfind([',', '，']) {
                let a = self.start;
                let b = self.start + k;
                if !self.fully_quoted(a, b) && self.words(a, b) >= 3 {
                    return Some((a, b));
                }
            }
            if matches!(self.lang, "ko" | "ja") {
                return self.korean_clause(v);
            }
        }
        let after = &self.text[v.1..end];
        // A complementiser within six words ("disse a Lavrov que", "said on Sunday that").
        let mut offset = 0;
        for (n, w) in after.split_whitespace().enumerate().take(7) {
            let at = v.1 + offset + after[offset..].find(w)?;
            offset = at - v.1 + w.len();
            let bare = w.trim_matches(|c: char| c == ',' || c == ':');
            if is_complementiser(bare) || (n == 0 && w.starts_with("qu'")) {
                let a = at + w.len();
                return self.clause(a, end);
            }
            if w.ends_with(['.', ';']) {
                break;
            }
        }
        // "qu’il", "qu'elle": the complementiser glued to the pronoun.
        if self.lang == "en" || self.lang == "zh" {
            let a = v.1 + after.len() - after.trim_start_matches([' ', ',', ':', '，', '：']).len();
            if self.words(a, end) >= 3 && !self.starts_with_preposition(a) {
                return self.clause(a, end);
            }
        }
        None
    }

    fn korean_clause(&self, v: (usize, usize)) -> Option<(usize, usize)> {
        // "…다고 말했다": the content ends before 고 / と; it starts after the speaker's
        // topic particle or at the sentence start.
        let head = &self.text[self.start..v.0];
        let b = self.start
            + head
                .trim_end()
                .trim_end_matches(['고', 'と'])
                .trim_end()
                .len();
        let a = self
            .names
            .iter()
            .filter(|n| n.start >= self.start && n.end < b)
            .map(|n| {
                let rest = &self.text[n.end..b];
                n.end + rest.len()
                    - rest
                        .trim_start_matches(['는', '은', '이', '가', 'は', 'が', ' '])
                        .len()
            })
            .min()
            .unwrap_or(self.start);
        (self.words(a, b) >= 2 || b - a >= 9).then_some((a, b))
    }

    fn starts_with_preposition(&self, a: usize) -> bool {
        const PREPS: &[&str] = &[
            "in",
            "on",
            "at",
            "to",
            "for",
            "of",
            "with",
            "about",
            "by",
            "from",
            "during",
            "after",
            "before",
            "it",
            "this",
            "so",
            "yes",
            "no",
            "nothing",
            "something",
            "goodbye",
        ];
        let w = self.text[a..].split_whitespace().next().unwrap_or("");
        PREPS.contains(&w.to_lowercase().as_str())
    }

    /// The sentence end without its final punctuation.
    fn content_end(&self) -> usize {
        let s = &self.text[self.start..self.end];
        self.start
            + s.trim_end_matches(['.', '!', '?', '。', '！', '？', ' '])
                .len()
    }

    fn clause(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let s = &self.text[a..b];
        let t = s.trim();
        if t.is_empty() {
            return None;
        }
        let a = a + s.find(t)?;
        Some((a, a + t.len()))
    }

    /// The span is only a quotation (with its marks and punctuation).
    fn fully_quoted(&self, a: usize, b: usize) -> bool {
        self.quoted
            .iter()
            .any(|q| q.open <= a + 2 && q.close + 2 >= b)
    }

    /// What a source phrase credits: the rest of the sentence after "according to X," or
    /// before ", according to X".
    fn credited_clause(&self, p: (usize, usize)) -> Option<(usize, usize)> {
        let end = self.content_end();
        let head = &self.text[self.start..p.0];
        if self.words(self.start, p.0) >= 3 {
            // "…, according to officials." / "…, secondo quanto riportato dai media."
            let b = self.start + head.trim_end().trim_end_matches([',', '，']).len();
            return self.clause(self.start, b);
        }
        // "Segundo a KCNA, …" / "据新华社报道，…" / "연합뉴스에 따르면 …"
        let rest = &self.text[p.1..end];
        let comma = rest
            .char_indices()
            .find(|&(_, c)| c == ',' || c == '，')
            .map(|(k, c)| p.1 + k + c.len_utf8());
        let a = match comma {
            Some(a) if self.words(p.1, a) <= 8 => a,
            _ if matches!(self.lang, "ko" | "ja") => p.1,
            _ => return None,
        };
        self.clause(a, end).filter(|&(a, b)| self.words(a, b) >= 3)
    }
}
