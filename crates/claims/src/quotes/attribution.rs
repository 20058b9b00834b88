//! Who said what, sentence by sentence: the speech verb or source phrase of a sentence,
//! the speaker next to it (a name the entities stage found, a pronoun resolved to the last
//! person named, or the words next to the cue), and the content it governs.

use super::cues::{cues, find_all, is_complementiser, is_infinitive_only, is_intent_verb, Cues};
use super::marks::{find_quoted, Quoted};
use super::sentences::sentences;
use super::{Name, QuoteFound, SpeakerRef};

/// A byte range of the text.
type Span = (usize, usize);

/// Finds the quotes and reported statements of a text (byte offsets, in text order).
pub fn find_quotes(text: &str, lang: &str, names: &[Name]) -> Vec<QuoteFound> {
    find_attributions(text, lang, names).0
}

/// The part of a sentence (byte range) that a speech verb governs when it names who speaks
/// but no statement was found as such ("Les autorités … estiment les dégâts à 25 millions
/// de francs"): what it states is on that speaker's authority. It is what follows the verb
/// (what precedes it in Korean and Japanese, where the verb comes last).
pub type SentenceSource = (usize, usize, SpeakerRef);

/// The quotes and reported statements of a text, and the sentences credited by a speaker
/// without one.
pub fn find_attributions(
    text: &str,
    lang: &str,
    names: &[Name],
) -> (Vec<QuoteFound>, Vec<SentenceSource>) {
    let quoted = find_quoted(text, lang);
    let c = cues(lang);
    let mut out: Vec<QuoteFound> = Vec::new();
    let mut bare: Vec<SentenceSource> = Vec::new();
    let mut last_speaker: Option<Carried> = None;
    let mut prior: Option<SpeakerRef> = None;
    let mut last_end = 0;
    for (s, e) in sentences(text, &quoted) {
        // A speaker carries over to quotes of the next sentence in the same paragraph
        // (“…,” Mr. Obama said. “…”), not across paragraphs, save into a quote that goes
        // on from the paragraph before.
        let continues = quoted
            .iter()
            .find(|q| q.open >= s && q.open < e)
            .is_some_and(|q| q.continued);
        if text[last_end.min(s)..s].contains("\n\n") && !continues {
            last_speaker = None;
            prior = None;
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
            prior,
        };
        let (found, speaker) = sent.attribute(c, last_speaker);
        prior = super::subjects::handed_on(&sent, &found).or(prior);
        // Only a named speaker: the words before a verb with no statement are too often
        // not its subject ("The economy added …").
        // A stance is no statement: the sentence may still be credited.
        let stated = found.iter().any(|q| !q.stance);
        if let Some((sp, cue)) = speaker.filter(|(sp, _)| !stated && sp.entity.is_some()) {
            let governed = if matches!(lang, "ko" | "ja") {
                (s, cue.0)
            } else {
                (cue.1, e)
            };
            bare.push((governed.0, governed.1, sp));
        }
        if let Some(q) = found
            .iter()
            .rev()
            .find(|q| q.speaker.is_some() && !q.stance)
        {
            last_speaker = Some(Carried {
                speaker: q.speaker.expect("speaker"),
                cue: q.cue,
                via: q.via,
            });
        }
        out.extend(found);
    }
    // Transcript labels ("PENCE: …") take their paragraph, whatever the quotation marks
    // around it made of it (a transcript opens each paragraph with a mark, as a quote over
    // paragraphs does); "Name: …" paragraphs only where no sentence found a quote.
    for (q, transcript) in super::layout::labelled_paragraphs(text, names) {
        let overlaps = |o: &QuoteFound| o.start < q.end && q.start < o.end;
        if transcript {
            out.retain(|o| !overlaps(o));
        } else if out.iter().any(overlaps) {
            continue;
        }
        out.push(q);
    }
    out.sort_by_key(|q| q.start);
    (out, bare)
}

/// The attribution a sentence hands on to quotes of the next one.
#[derive(Clone, Copy)]
struct Carried {
    speaker: SpeakerRef,
    cue: Option<Span>,
    via: Option<SpeakerRef>,
}

pub(super) struct Sentence<'a> {
    pub(super) text: &'a str,
    pub(super) lang: &'a str,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) names: &'a [Name],
    pub(super) quoted: Vec<Quoted>,
    /// The subject the sentences before handed on (see `subjects`).
    pub(super) prior: Option<SpeakerRef>,
}

impl<'a> Sentence<'a> {
    pub(super) fn inside_quote(&self, at: usize) -> bool {
        self.quoted.iter().any(|q| q.open <= at && at < q.close)
    }

    /// Cue spans (verbs, then source phrases) outside quotations, in absolute offsets.
    fn cue_spans(&self, c: &Cues) -> (Vec<Span>, Vec<Span>) {
        let s = &self.text[self.start..self.end];
        // A capitalised cue inside a sentence is a name ("United States", "Says Who").
        // In a headline in title case ("Lindsey Graham Says Trump Could …") a capital
        // starts every word, cues too (counted only when a capitalised cue is found).
        let headline = std::cell::OnceCell::new();
        let lower_or_first = |a: usize| {
            a == self.start
                || !self.text[a..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
                || self.text[self.start..a]
                    .trim_end()
                    .ends_with(['“', '"', '«', '—', '―', ':'])
                || *headline.get_or_init(|| self.title_case())
        };
        let shift = |v: Vec<(usize, usize)>| -> Vec<(usize, usize)> {
            v.into_iter()
                .map(|(a, b)| (a + self.start, b + self.start))
                .filter(|&(a, _)| !self.inside_quote(a) && lower_or_first(a))
                .collect()
        };
        let mut verbs = shift(find_all(&c.verbs, s, c.unspaced));
        verbs.retain(|&v| !self.takes_object(v));
        // German "so" is a cue only right after a quotation ("„…“, so Scholz").
        verbs.retain(|&(a, b)| {
            !(self.lang == "de" && self.text[a..b].eq_ignore_ascii_case("so"))
                || self.after_closing_quote(a)
        });
        (verbs, shift(find_all(&c.sources, s, c.unspaced)))
    }

    /// Most words of a short sentence start with a capital letter: a headline in title case.
    fn title_case(&self) -> bool {
        let (mut words, mut capitalised) = (0, 0);
        for w in self.text[self.start..self.end].split_whitespace() {
            if w.chars().next().is_some_and(char::is_alphabetic) {
                words += 1;
                capitalised += usize::from(w.starts_with(char::is_uppercase));
            }
        }
        (4..=20).contains(&words) && capitalised * 5 >= words * 4
    }

    /// "The economy added 73,000 jobs": a verb that also means something other than
    /// speaking is no cue when an object follows it (a number, a determiner).
    fn takes_object(&self, v: Span) -> bool {
        const EITHER_WAY: &[&str] = &["added", "adds", "adding"];
        const OBJECT_OPENERS: &[&str] = &[
            "a", "an", "the", "just", "more", "another", "some", "nearly", "about", "only", "over",
            "its", "their", "his", "her", "almost", "roughly", "around",
        ];
        if self.lang != "en" {
            return false;
        }
        let word = self.text[v.0..v.1].to_lowercase();
        if is_infinitive_only(&word) {
            let next = self.text[v.1..self.end]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            return !matches!(next.as_str(), "to" | "that" | "not");
        }
        // "far fewer than expected", "as expected", "is expected to": no one speaks.
        let before = self.text[self.start..v.0]
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .to_lowercase();
        if word.starts_with("expect") && ["than", "as"].contains(&before.as_str()) {
            return true;
        }
        if !EITHER_WAY.contains(&word.as_str()) {
            return false;
        }
        let next = self.text[v.1..self.end]
            .split_whitespace()
            .next()
            .unwrap_or("");
        next.starts_with(|c: char| c.is_ascii_digit() || c == '$' || c == '€' || c == '£')
            || OBJECT_OPENERS.contains(&next.to_lowercase().as_str())
    }

    /// The sentence's quotes and statements, and the speaker of its main speech verb with
    /// the verb.
    fn attribute(
        &self,
        c: &Cues,
        previous: Option<Carried>,
    ) -> (Vec<QuoteFound>, Option<(SpeakerRef, Span)>) {
        let (verbs, sources) = self.cue_spans(c);
        let mut out = Vec::new();
        // Statements credited by a verb: direct quotes, then reported clauses.
        // A first verb with nobody before it ("报道说，金正恩表示，…": "the report said,
        // Kim stated") gives way to a later one that names its speaker.
        let mut first = 0;
        let mut speaker = verbs.first().and_then(|&v| self.speaker_of_verb(v));
        if speaker.is_none() {
            if let Some((k, sp)) = verbs
                .iter()
                .enumerate()
                .skip(1)
                .find_map(|(k, &v)| self.speaker_of_verb(v).map(|sp| (k, sp)))
            {
                (first, speaker) = (k, Some(sp));
            }
        }
        // "Dijo que …", "“…”, acrescentou.": the subject of the sentences before.
        if speaker.is_none() {
            speaker = verbs.first().and_then(|&v| self.dropped_subject(v));
        }
        let verbs = &verbs[first..];
        let main_verb = verbs.first().copied();
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
            // "“…” ― Sonya Herridge"
            if let Some((by, dash)) = super::layout::dash_speaker(self.text, q, self.names) {
                (sp, cue, relay) = (Some(by), Some(dash), None);
            }
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
                stance: false,
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
                    stance: false,
                });
            }
        }
        let cues: Vec<Span> = verbs.iter().chain(&sources).copied().collect();
        out.extend(self.stances(&cues));
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
                        stance: false,
                    });
                }
            }
        }
        (out, main_verb.and_then(|v| Some((speaker?, v))))
    }

    /// Words (white-space separated) in a byte range.
    pub(super) fn words(&self, a: usize, b: usize) -> usize {
        if a >= b {
            return 0;
        }
        let s = &self.text[a..b];
        if self.unspaced() {
            return s.chars().filter(|c| c.is_alphanumeric()).count() / 2;
        }
        s.split_whitespace().count()
    }

    pub(super) fn unspaced(&self) -> bool {
        matches!(self.lang, "zh" | "ja")
    }

    pub(super) fn name_ref(n: &Name) -> SpeakerRef {
        SpeakerRef {
            start: n.start,
            end: n.end,
            entity: Some(n.entity),
        }
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
        if self.postposed(v) && !relayed_at_end {
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
        // "vowed to form a task force", "agreed not to …": the infinitive is the content.
        if self.lang == "en" && is_intent_verb(&self.text[v.0..v.1]) {
            let lead = after.len() - after.trim_start().len();
            let rest = after.trim_start().to_lowercase();
            if rest.starts_with("to ") || rest.starts_with("not to ") {
                let a = v.1 + lead;
                return self.clause(a, end).filter(|&(a, b)| self.words(a, b) >= 2);
            }
        }
        // A complementiser within six words ("disse a Lavrov que", "said on Sunday that").
        let mut offset = 0;
        for (n, w) in after.split_whitespace().enumerate().take(7) {
            let at = v.1 + offset + after[offset..].find(w)?;
            offset = at - v.1 + w.len();
            let bare = w.trim_matches(|c: char| c == ',' || c == ':');
            // A complementiser opens a clause only with words after it ("… could change
            // that" ends the sentence: a pronoun).
            let opens = self.words(at + w.len(), end) >= 2;
            if opens && (is_complementiser(bare) || (n == 0 && w.starts_with("qu'"))) {
                let a = at + w.len();
                // "juge que « … »": a clause that is all quotation is the direct quote,
                // found as one.
                return self
                    .clause(a, end)
                    .filter(|&(a, b)| !self.fully_quoted(a, b));
            }
            if w.ends_with(['.', ';']) {
                break;
            }
        }
        // "qu’il", "qu'elle": the complementiser glued to the pronoun.
        // Not after a quotation: '"…," said Andriy Levchenko, a spokesman' has its content
        // in the quote and only the speaker after the cue.
        if (self.lang == "en" || self.lang == "zh") && !self.after_closing_quote(v.0) {
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
        // A quotation right before the particle is a direct quote, found as one.
        if self.text[..b].ends_with(['"', '”', '」', '』', '\'', '’']) {
            return None;
        }
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
        // "said it was …", "announced this would …": a subject pronoun before an
        // auxiliary opens a clause; "called it a disgrace" does not.
        const AUXILIARIES: &[&str] = &[
            "is", "was", "will", "would", "has", "had", "could", "should", "may", "might", "can",
            "did", "does", "must", "isn't", "wasn't", "won't", "wouldn't", "hasn't", "didn't",
            "doesn't", "couldn't", "cannot", "plans", "planned", "intends", "wants",
        ];
        let mut words = self.text[a..].split_whitespace();
        let w = words.next().unwrap_or("").to_lowercase();
        let next = words.next().unwrap_or("").to_lowercase();
        if matches!(w.as_str(), "it" | "this") && AUXILIARIES.contains(&next.as_str()) {
            return false;
        }
        PREPS.contains(&w.as_str())
    }

    /// The sentence end without its final punctuation.
    pub(super) fn content_end(&self) -> usize {
        let s = &self.text[self.start..self.end];
        self.start
            + s.trim_end_matches(['.', '!', '?', '。', '！', '？', ' '])
                .len()
    }

    pub(super) fn clause(&self, a: usize, b: usize) -> Option<(usize, usize)> {
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
        // "据印度尼西亚气象、气候和地球物理局（BMKG）消息，": a Chinese source phrase closed
        // by 消息/报道 ("news", "report") may hold a long official name.
        let closed = |a: usize| {
            self.lang == "zh"
                && ["消息", "报道", "報道", "通报", "介绍", "显示", "统计"]
                    .iter()
                    .any(|w| self.text[p.1..a].trim_end_matches(['，', ',']).ends_with(w))
        };
        let a = match comma {
            Some(a) if self.words(p.1, a) <= 8 || closed(a) && self.words(p.1, a) <= 24 => a,
            _ if matches!(self.lang, "ko" | "ja") => p.1,
            // "Laut Polizei | wurden drei Menschen verletzt": after the source itself.
            _ => self.source_without_comma(p)?.end,
        };
        self.clause(a, end).filter(|&(a, b)| self.words(a, b) >= 3)
    }
}
