//! Who is speaking: the name, pronoun or words next to a cue, the subject of a Korean or
//! Japanese clause, the source a phrase names, and descriptions of an organisation named
//! before ("the agency also said").

use super::attribution::Sentence;
use super::cues::is_complementiser;
use super::{Name, SpeakerRef};

/// How many words a speaker may stand from its cue.
const SPEAKER_REACH: usize = 6;

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
    // Comparative conjunctions opening a parenthesis ("как отмечается", "comme l'a dit X"):
    // the speaker, if any, follows.
    "как", "як", "jak", "wie", "comme", "come", "como", "as",
];

/// Relative pronouns: a clause they open after a comma speaks for what the comma follows
/// ("Sergei Shoigu, who said", "l'agence, qui précise", "Шойгу, который сообщил").
#[rustfmt::skip]
const RELATIVES: &[&str] = &[
    "who", "which", "quien", "quienes", "qui", "lequel", "laquelle", "der", "die", "welcher",
    "welche", "który", "która", "którzy", "które", "который", "которая", "которые", "який",
    "яка", "які", "الذي", "التي", "που",
];

/// Object pronouns that stand between a subject and its verb and name the listener, not
/// the speaker ("y le aseguró", "e lhe disse", "gli ha detto").
#[rustfmt::skip]
const CLITICS: &[&str] = &[
    "le", "les", "lo", "lhe", "lhes", "gli", "lui", "leur", "ему", "ей", "им", "йому", "їй",
    "mu", "jej",
];

/// Korean particles after a name that make it something other than the subject (dative,
/// locative, object, genitive, "and", instrumental): "러시아에 대한 지지를 밝혔다".
const KO_OBLIQUE: &[&str] = &["에", "을", "를", "의", "와", "과", "로", "으로", "한테"];

fn describes_org(words: &str) -> bool {
    let lower = words.to_lowercase();
    lower
        .split(|c: char| c.is_whitespace() || c == '’' || c == '\'')
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| ORG_NOUNS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric())))
}

fn is_relative(w: &str) -> bool {
    RELATIVES.contains(&w.to_lowercase().as_str())
}

impl Sentence<'_> {
    /// The speaker of a speech verb: a name before it in its clause ("Kim disse"), else
    /// one right after it ("disse Kim", "said Lavrov", "وقال لافروف"), else a pronoun
    /// before it resolved to the last person named, else the words before it ("a source
    /// said").
    pub(super) fn speaker_of_verb(&self, v: (usize, usize)) -> Option<SpeakerRef> {
        let clause_start = self.clause_start_before(v.0);
        let usable = |n: &&Name| {
            !self.inside_quote(n.start)
                && n.end <= v.0
                && self.words(n.end, v.0) <= SPEAKER_REACH
                // In Korean, only a name marked as the subject speaks.
                && (self.lang != "ko" || self.korean_subject(n))
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
        if let Some(r) = self.relative_antecedent(v.0, clause_start) {
            return Some(r);
        }
        // "…, said one GOP source in the room": the speaker follows.
        if self.text[clause_start..v.0].trim().is_empty() && self.inverted(v) {
            if let Some(r) = self.speaker_after(v) {
                return Some(r);
            }
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
        if let Some(p) = self.opening_pronoun(v) {
            return Some(p);
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
    pub(super) fn speaker_after(&self, v: (usize, usize)) -> Option<SpeakerRef> {
        // Korean and Japanese put the speaker before the verb, always.
        if matches!(self.lang, "ko" | "ja") {
            return None;
        }
        // Not at the stop of a title or an initial: "said the Rev. Peter Wherry".
        let mut stop = self.text[v.1..self.end]
            .match_indices(['.', ',', ':', ';', '“', '"', '«', '„', '，', '。'])
            .find(|&(k, m)| {
                m != "." || !super::sentences::ends_with_abbreviation(&self.text[v.1..v.1 + k + 1])
            })
            .map_or(self.end, |(k, _)| v.1 + k);
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
        let after: Vec<&Name> = self
            .names
            .iter()
            .filter(|n| n.start >= v.1 && n.end <= stop && !self.inside_quote(n.start))
            .collect();
        // The first name within three words; but an organisation there may be the one a
        // person's title names, with the person after it ("сказав речник обласного
        // управління ДСНС Андрій Левченко", "said agency spokesman John Smith").
        let first = after
            .iter()
            .filter(|n| self.words(v.1, n.start) <= 3)
            .min_by_key(|n| n.start);
        let titled_person = || {
            after
                .iter()
                .filter(|n| n.person && self.words(v.1, n.start) <= 8)
                .min_by_key(|n| n.start)
        };
        // Or the person described after the comma: "le porte-parole du ministère des
        // Affaires étrangères, Ahmed Samir" (a word or more before the organisation).
        let described_person = |n: &Name| {
            (!n.person && self.words(v.1, n.start) >= 2)
                .then(|| self.apposition_after(v, stop))
                .flatten()
        };
        first
            .map(|n| match titled_person() {
                Some(p) if !n.person && p.start > n.start => Self::name_ref(p),
                _ => described_person(n).unwrap_or_else(|| Self::name_ref(n)),
            })
            .or_else(|| {
                // "” – powiedział rzecznik komendy straży pożarnej Sebastian Kowal": a
                // reporting clause after the quote names its speaker after a title.
                self.after_closing_quote(v.0)
                    .then(|| {
                        self.names
                            .iter()
                            .filter(|n| n.person && n.start >= v.1 && n.end <= stop)
                            .filter(|n| self.words(v.1, n.start) <= 10)
                            .min_by_key(|n| n.start)
                            .map(Self::name_ref)
                    })
                    .flatten()
            })
            .or_else(|| self.apposition_after(v, stop))
            .or_else(|| {
                // ", disse o ministro." / ", a-t-il déclaré": words up to the full stop, when
                // the cue comes after what was said ("Smith said the ban would pass" has
                // its statement there, not its speaker).
                let w = self.text[v.1..stop].trim();
                let after_statement = self.text[self.start..v.0]
                    .trim_end()
                    .ends_with([',', '”', '"', '»', '—', '–', '-']);
                (after_statement
                    && stop >= self.content_end()
                    && !w.is_empty()
                    && self.words(v.1, stop) <= 4)
                    .then(|| {
                        let a = v.1 + self.text[v.1..stop].find(w).unwrap_or(0);
                        SpeakerRef {
                            start: a,
                            end: a + w.len(),
                            entity: None,
                        }
                    })
            })
    }

    /// "a déclaré le porte-parole du ministère, Ahmed Samir,": a description after the cue
    /// and the person it describes right after the comma.
    fn apposition_after(&self, v: (usize, usize), stop: usize) -> Option<SpeakerRef> {
        let described = self.text[v.1..stop].trim();
        let starts_lower = described.chars().next().is_some_and(char::is_lowercase);
        if !self.text[stop..].starts_with(',') || !starts_lower || self.words(v.1, stop) > 10 {
            return None;
        }
        let next =
            stop + 1 + (self.text[stop + 1..].len() - self.text[stop + 1..].trim_start().len());
        self.names
            .iter()
            .find(|n| n.person && n.start == next && n.end <= self.end)
            .map(Self::name_ref)
    }

    /// The cue comes right after a closing quotation mark and a dash or comma.
    pub(super) fn after_closing_quote(&self, at: usize) -> bool {
        let before = self.text[self.start..at].trim_end();
        let before = before
            .strip_suffix(['–', '—', '-', ','])
            .unwrap_or(before)
            .trim_end();
        before.ends_with(['”', '"', '»', '“', '」'])
    }

    /// The cue closes the statement before it: only a speaker and the full stop follow
    /// (`tail_is_short`), or, in English, a speaker follows the comma and the cue ("…, said
    /// Brian Baker, a longtime adviser", "…, said one source in the room"), or the cue and
    /// its subject stand between commas ("…, he said, and …").
    pub(super) fn postposed(&self, v: (usize, usize)) -> bool {
        if self.tail_is_short(v) || self.inverted(v) {
            return true;
        }
        if self.lang != "en" {
            return false;
        }
        let head = self.text[self.start..v.0].trim_end();
        let Some(k) = head.rfind(',') else {
            return false;
        };
        let between = head[k + 1..].split_whitespace().count();
        // Not when a quotation follows the second comma: it is the statement ("As a phone
        // rang, the announcer said, “It’s 3 a.m.”").
        let Some(rest) = self.text[v.1..self.end].trim_start().strip_prefix(',') else {
            return false;
        };
        (1..=3).contains(&between) && !rest.trim_start().starts_with(['“', '"', '«', '‘'])
    }

    /// English "…, said one GOP source": a comma, the cue, then a speaker (a name, or a
    /// short phrase opened by a capital or a determiner, with no verb in it) up to a comma
    /// or the full stop.
    pub(super) fn inverted(&self, v: (usize, usize)) -> bool {
        const OPENERS: &[&str] = &[
            "the", "a", "an", "one", "two", "another", "its", "his", "her", "their", "several",
        ];
        const FINITE: &[&str] = &[
            "is", "was", "were", "are", "will", "would", "has", "had", "have", "could", "can",
            "may", "might", "should", "did", "does",
        ];
        if self.lang != "en" || !self.text[self.start..v.0].trim_end().ends_with(',') {
            return false;
        }
        let after = &self.text[v.1..self.end];
        let seg = after.split([',', '.', ';', '“', '"']).next().unwrap_or("");
        let words: Vec<String> = seg.split_whitespace().map(str::to_lowercase).collect();
        let Some(first) = words.first() else {
            return false;
        };
        if OPENERS.contains(&first.as_str()) {
            return words.len() <= 6
                && !words.iter().any(|w| {
                    is_complementiser(w) || FINITE.contains(&w.as_str()) || w.ends_with("n't")
                });
        }
        // A name that is the whole speaker: "…, said Brian Baker, a longtime adviser".
        let seg_start = v.1 + (after.len() - after.trim_start().len());
        let seg_end = v.1 + seg.trim_end().len();
        self.names
            .iter()
            .any(|n| (n.person || n.org) && n.start == seg_start && n.end == seg_end)
    }

    /// Only a short speaker follows the cue: five words at most, articles and the
    /// prepositions of a name not counted ("informou a Defesa Civil do estado do Rio").
    /// English counts them all: its inverted speakers have their own test (`inverted`), and
    /// discounting "the" and "of" there let in clauses that go on after the speaker
    /// (PolNeAR precision 0.886 -> 0.883).
    pub(super) fn tail_is_short(&self, v: (usize, usize)) -> bool {
        const NAME_LINKS: &[&str] = &[
            "a", "o", "as", "os", "the", "of", "de", "do", "da", "dos", "das", "del", "della",
            "di", "des", "du", "la", "le", "el", "der", "die", "von",
        ];
        let tail = &self.text[v.1..self.end];
        let words = if self.unspaced() || self.lang == "en" {
            self.words(v.1, self.end)
        } else {
            tail.split_whitespace()
                .filter(|w| !NAME_LINKS.iter().any(|l| l.eq_ignore_ascii_case(w)))
                .count()
        };
        words <= 5 && !tail.contains(['“', '"', '«'])
    }

    /// Where the clause holding `at` starts: after the last comma, colon, closing quote or
    /// complementiser before it, or the sentence start.
    pub(super) fn clause_start_before(&self, at: usize) -> usize {
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

    /// A Korean name that can be a clause's subject: a person or organisation not marked
    /// by an oblique particle ("러시아에 대한"), or a place with a subject or topic particle
    /// attached ("일본은 … 밝혔다").
    fn korean_subject(&self, n: &Name) -> bool {
        let rest = &self.text[n.end..];
        if n.person || n.org {
            !KO_OBLIQUE.iter().any(|p| rest.starts_with(p))
        } else {
            ["은", "는", "이", "가"].iter().any(|p| rest.starts_with(p))
        }
    }

    /// A clause opened by a relative pronoun after a comma: the person or organisation
    /// before the comma, or the organisation a description there stands for ("selon
    /// l'agence, qui précise").
    pub(super) fn relative_antecedent(&self, at: usize, clause_start: usize) -> Option<SpeakerRef> {
        let first = self.text[clause_start..at].split_whitespace().next()?;
        if clause_start <= self.start || !is_relative(first) {
            return None;
        }
        let comma = self.text[..clause_start].char_indices().next_back()?.0;
        let earlier = self.clause_start_before(comma.max(self.start));
        let named = self
            .names
            .iter()
            .filter(|n| n.start >= earlier && n.end <= comma && (n.person || n.org))
            .max_by_key(|n| n.end);
        if let Some(n) = named {
            return Some(Self::name_ref(n));
        }
        describes_org(&self.text[earlier..comma])
            .then(|| {
                self.names
                    .iter()
                    .filter(|n| n.org && n.end <= earlier)
                    .max_by_key(|n| n.end)
                    .map(Self::name_ref)
            })
            .flatten()
    }

    /// "a source said", "officials said": up to six words before the cue in its clause.
    pub(super) fn words_before(&self, at: usize, clause_start: usize) -> Option<SpeakerRef> {
        let raw = &self.text[clause_start..at];
        // Conjunctions and adverbs opening the clause are not the speaker (", and said").
        let mut s = raw.trim();
        for _ in 0..2 {
            let first = s.split_whitespace().next().unwrap_or("");
            if LEADING_FILLERS.contains(&first.to_lowercase().as_str()) {
                s = s[first.len()..].trim_start();
            }
        }
        // Nor the listener's pronoun right before the verb ("y le aseguró"), nor a lone
        // relative pronoun whose antecedent could not be named.
        if let Some(last) = s.split_whitespace().next_back() {
            if CLITICS.contains(&last.to_lowercase().as_str()) {
                s = s[..s.len() - last.len()].trim_end();
            }
        }
        if s.is_empty() || is_relative(s) {
            return None;
        }
        // `s` is a slice of `raw`: its offset in it.
        let a = clause_start + (s.as_ptr() as usize - raw.as_ptr() as usize);
        let b = a + s.len();
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
    pub(super) fn chunk_before(&self, a: usize, b: usize) -> Option<SpeakerRef> {
        // A name opening the clause is its subject, whatever its last syllable ("세르게이
        // 쇼이구 … 서기는": not "세르게" before a subject particle "이").
        if let Some(n) = self
            .names
            .iter()
            .find(|n| n.start == a && n.end <= b && (n.person || n.org))
        {
            return Some(Self::name_ref(n));
        }
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
        // "报道说": "the report said" names no one (its source is given elsewhere).
        const REPORT_NOUNS: &[&str] = &[
            "报道", "報道", "报导", "消息", "声明", "聲明", "报告", "文章",
        ];
        if REPORT_NOUNS.contains(&self.text[a..end].trim()) {
            return None;
        }
        (end > a && chars <= 14).then_some(SpeakerRef {
            start: a,
            end,
            entity: None,
        })
    }

    /// A name before the colon that opens a quote.
    pub(super) fn colon_speaker(&self, open: usize) -> Option<SpeakerRef> {
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
}
