//! Stances in English: what someone is credited with thinking, backing or attacking when
//! no words of theirs are given ("Trump attacked Machado", "critics see the program as a
//! giveaway", "Clinton is promoting her plans"). Attribution schemes such as PolNeAR count
//! these with quotes and reported speech; concord lists them as quotes marked `stance`,
//! which the story comparison leaves out (no one's words are rendered).
//!
//! A stance needs a subject right before its verb (a person or organisation the entities
//! stage found, a pronoun, or a plural noun such as "critics"), and what follows the verb
//! is its content. Hand-written: no crate lists English verbs of attitude and cognition;
//! the lemmas follow the classes of Levin's verb index (judgment, conjecture,
//! communication, advising, evidence) and are inflected by rule below.

use super::attribution::Sentence;
use super::cues::{find_all, is_complementiser};
use super::{QuoteFound, SpeakerRef};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Lemmas, with a particle where the verb needs one ("speak of"). Irregular forms are
/// given whole: "see|sees|saw|seen|seeing".
#[rustfmt::skip]
const LEMMAS: &[&str] = &[
    // Judgment and attitude.
    "support", "back", "endorse", "oppose", "reject", "criticize", "criticise", "attack",
    "slam|slams|slammed|slamming", "praise", "applaud", "welcome", "condemn", "denounce",
    "defend", "blame", "mock", "ridicule", "dismiss", "decry|decries|decried|decrying",
    "lament", "hail", "commend", "congratulate", "thank", "apologize", "apologise", "fault",
    "chastise", "rebuke", "berate", "lambast", "assail", "favor", "favour", "disdain",
    "distrust", "rail against", "lash out at|lashes out at|lashed out at|lashing out at",
    "take issue with|takes issue with|took issue with|taken issue with|taking issue with",
    "approve", "disapprove", "object to", "embrace", "champion", "tout",
    // Conjecture and cognition.
    "know|knows|knew|known|knowing", "see|sees|saw|seen|seeing", "view", "consider", "regard",
    "understand|understands|understood|understanding", "feel|feels|felt|feeling", "suppose",
    "assume", "doubt", "worry|worries|worried|worrying", "recognize", "recognise", "realize",
    "realise", "remember", "identify|identifies|identified|identifying", "perceive",
    "interpret", "deem", "reckon", "suspect", "wonder", "imagine", "question", "judge",
    // Communication without a clause of its own.
    "speak of|speaks of|spoke of|spoken of|speaking of", "talk about", "discuss", "comment",
    "detail", "outline", "lay out|lays out|laid out|laying out", "reference", "refer to|refers to|referred to|referring to",
    "chant", "shout", "yell", "joke", "quip|quips|quipped|quipping", "publish", "unveil",
    "repeat", "respond", "reply|replies|replied|replying", "answer", "challenge", "dispute",
    "request", "label|labels|labeled|labelled|labeling|labelling", "dub|dubs|dubbed|dubbing",
    "liken", "compare", "characterize", "characterise", "portray", "brand", "describe",
    "highlight", "underscore", "advocate", "campaign for", "push for", "lobby for", "press for",
    "brag|brags|bragged|bragging", "weigh in", "point to", "raise questions about",
    "complain about", "complain of", "spell out", "put forward|puts forward|put forward|putting forward",
    "promote", "deny|denies|denied|denying",
    // Advising and urging.
    "encourage", "push", "press", "pressure", "invite", "advise", "recommend", "caution",
    "implore", "beg|begs|begged|begging", "order", "instruct", "insist",
    // Evidence.
    "document", "illustrate", "demonstrate", "prove", "determine", "establish",
    "rule", "rate", "examine", "investigate",
];

/// Lemmas whose physical sense is common in news ("troops attacked the city", "backed by
/// tanks"): a stance only with a person named as the subject.
const PHYSICAL: &[&str] = &[
    "attack",
    "back",
    "push",
    "press",
    "defend",
    "order",
    "rule",
    "slam",
    "assail",
    "challenge",
];

/// Words that may stand between a subject and its verb ("Trump is once again questioning").
#[rustfmt::skip]
const BETWEEN: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "been", "will", "would", "could", "can",
    "may", "might", "should", "must", "did", "does", "do", "also", "then", "once", "again",
    "even", "still", "not", "never", "already", "often", "first", "later", "soon", "now",
    "too", "long",
];

/// Words after a form that make it a noun ("support was", "the question is").
const NOUN_FOLLOWERS: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "remains", "remain", "will", "would", "can",
    "could", "may", "might", "should", "of",
];

/// Auxiliaries after which a verb takes its bare form ("will support", "did not question").
const MODALS: &[&str] = &[
    "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do",
];

/// Forms of "be": before a past participle they make a passive ("was supported by").
const BE: &[&str] = &["is", "was", "are", "were", "be", "been", "being"];

/// Particles after a verb that make another verb ("back down", "push back").
const PARTICLES: &[&str] = &["down", "off", "away", "up", "out", "back", "over", "around"];

fn inflect(lemma: &str) -> Vec<String> {
    if lemma.contains('|') {
        return lemma.split('|').map(str::to_string).collect();
    }
    let (verb, particle) = match lemma.split_once(' ') {
        Some((v, p)) => (v, format!(" {p}")),
        None => (lemma, String::new()),
    };
    let consonant_y =
        verb.ends_with('y') && !verb[..verb.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let third = if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|e| verb.ends_with(e))
    {
        format!("{verb}es")
    } else if consonant_y {
        format!("{}ies", &verb[..verb.len() - 1])
    } else {
        format!("{verb}s")
    };
    let past = if verb.ends_with('e') {
        format!("{verb}d")
    } else if consonant_y {
        format!("{}ied", &verb[..verb.len() - 1])
    } else {
        format!("{verb}ed")
    };
    let ing = if verb.ends_with('e') && !verb.ends_with("ee") {
        format!("{}ing", &verb[..verb.len() - 1])
    } else {
        format!("{verb}ing")
    };
    [verb.to_string(), third, past, ing]
        .into_iter()
        .map(|f| format!("{f}{particle}"))
        .collect()
}

/// Every form, with the lemma's entry, for the pattern and the physical-sense check.
static FORMS: LazyLock<Vec<(String, &'static str)>> = LazyLock::new(|| {
    let mut forms: Vec<(String, &'static str)> = LEMMAS
        .iter()
        .flat_map(|l| inflect(l).into_iter().map(move |f| (f, *l)))
        .collect();
    forms.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
    forms.dedup_by(|a, b| a.0 == b.0);
    forms
});

static PATTERN: LazyLock<Regex> = LazyLock::new(|| {
    let alt = FORMS
        .iter()
        .map(|(f, _)| regex::escape(f))
        .collect::<Vec<_>>()
        .join("|");
    Regex::new(&format!(r"(?:^|[^\w’'])((?:{alt}))(?:$|[^\w’'-])")).expect("stance pattern")
});

/// The lemma (first word of its entry) of each form, for the physical-sense check.
static LEMMA_OF: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    FORMS
        .iter()
        .map(|(f, l)| (f.as_str(), l.split(['|', ' ']).next().unwrap_or("")))
        .collect()
});

fn lemma_of(form: &str) -> &'static str {
    LEMMA_OF.get(form).copied().unwrap_or("")
}

/// The subject a verb form needs: a bare form ("support", "question", "rate") agrees only
/// with a plural subject ("they", "critics"), or follows an auxiliary; as anything else it
/// is a noun ("the unemployment rate rose", "Republican support").
#[derive(Clone, Copy, PartialEq)]
enum Agreement {
    Any,
    Bare,
}

/// A plural noun that can hold a view: "critics", "environmentalists", "studies".
fn plural_noun(w: &str) -> bool {
    w.len() >= 5
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && w.chars().all(char::is_alphabetic)
}

impl Sentence<'_> {
    /// The stances of an English sentence whose verbs are not already `cues` of it.
    pub(super) fn stances(&self, cues: &[(usize, usize)]) -> Vec<QuoteFound> {
        if self.lang != "en" {
            return Vec::new();
        }
        let s = &self.text[self.start..self.end];
        let mut out = Vec::new();
        // Neighbouring matches share their boundary character (`find_all`).
        for (a, b) in find_all(&PATTERN, s, false) {
            let v = (self.start + a, self.start + b);
            if self.inside_quote(v.0) || cues.iter().any(|c| c.0 < v.1 && v.0 < c.1) {
                continue;
            }
            // The pattern is lower case, so the form is already.
            let form = &s[a..b];
            let end = self.stance_end(v.1);
            let next = self.text[v.1..end]
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            // "backed down", "pushed 5% higher", "saw 12 inches of snow"; and a noun
            // ("Republican support was solid", "the outline of a strategy", "no doubt,").
            if PARTICLES.contains(&next.as_str())
                || NOUN_FOLLOWERS.contains(&next.as_str())
                || next.starts_with(|c: char| c.is_ascii_digit() || !c.is_alphanumeric())
                || next.is_empty()
            {
                continue;
            }
            let lemma = lemma_of(form);
            let physical = PHYSICAL.contains(&lemma);
            let agreement = if form.split(' ').next() == Some(lemma) {
                Agreement::Bare
            } else {
                Agreement::Any
            };
            let Some(speaker) = self.stance_subject(v.0, physical, agreement) else {
                continue;
            };
            let Some((a, b)) = self.clause(v.1, end) else {
                continue;
            };
            out.push(QuoteFound {
                start: a,
                end: b,
                direct: false,
                cue: Some(v),
                speaker: Some(speaker),
                via: None,
                stance: true,
            });
        }
        out
    }

    /// Where a stance's content ends: the next semicolon or the sentence end.
    fn stance_end(&self, from: usize) -> usize {
        let end = self.content_end().max(from);
        self.text[from..end].find(';').map_or(end, |k| from + k)
    }

    /// The subject right before a verb, past auxiliaries and adverbs: a person (any
    /// verb) or organisation (not a `physical` one) the entities stage named, a pronoun,
    /// or a plural noun phrase opening the clause.
    fn stance_subject(
        &self,
        at: usize,
        physical: bool,
        agreement: Agreement,
    ) -> Option<SpeakerRef> {
        let clause_start = self.clause_start_before(at);
        let head = &self.text[clause_start..at];
        let mut p = head.trim_end().len();
        let mut passive = false;
        let mut auxiliary = false;
        for _ in 0..4 {
            let w = head[..p].split_whitespace().next_back().unwrap_or("");
            let lw = w.to_lowercase();
            passive |= BE.contains(&lw.as_str());
            auxiliary |= MODALS.contains(&lw.as_str());
            let adverb = lw.len() > 4 && lw.ends_with("ly") && lw.chars().all(char::is_alphabetic);
            if w.is_empty() || !(BETWEEN.contains(&lw.as_str()) || adverb) {
                break;
            }
            p = head[..p - w.len()].trim_end().len();
        }
        let p = clause_start + p;
        // "was endorsed by dozens of papers": the subject is what the stance is about.
        let form = self.text[at..].split_whitespace().next().unwrap_or("");
        if passive && (form.ends_with("ed") || form.ends_with('n') || form.ends_with('t')) {
            return None;
        }
        // "to support", "the attack": not a finite verb with a subject.
        let last = self.text[clause_start..p]
            .split_whitespace()
            .next_back()?
            .trim_end_matches([',', ')']);
        // A bare form with no auxiliary wants a plural subject.
        let plural_only = agreement == Agreement::Bare && !auxiliary;
        let named = self
            .names
            .iter()
            .filter(|n| n.start >= clause_start && n.end <= p && self.words(n.end, p) == 0)
            .find(|n| n.person || (n.org && !physical));
        if let Some(n) = named {
            return (!plural_only).then(|| Self::name_ref(n));
        }
        // "Trump, who has long questioned …"; "that" opens no subject.
        if last.eq_ignore_ascii_case("who") {
            return self.relative_antecedent(at, clause_start);
        }
        if is_complementiser(last) {
            return None;
        }
        // Third-person pronouns, resolved to the person named last (first and second
        // persons name no one the text names).
        let word = last.to_lowercase();
        match word.as_str() {
            "he" | "she" if plural_only || physical => return None,
            "they" if physical => return None,
            "he" | "she" | "they" => return self.pronoun_before(p, clause_start),
            _ => {}
        }
        // ", and investors worry that …": the conjunction opens the clause, not the phrase.
        let mut np_start = clause_start;
        let lead = self.text[clause_start..p].trim_start();
        if let Some(first) = lead.split_whitespace().next() {
            if ["and", "but", "yet", "while"].contains(&first.to_lowercase().as_str()) {
                np_start = p - lead.len() + first.len();
            }
        }
        if physical || !self.noun_phrase(np_start, p) || (plural_only && !plural_noun(&word)) {
            return None;
        }
        // `noun_phrase` found words between `np_start` and `p`.
        let a = np_start + self.text[np_start..p].find(|c: char| !c.is_whitespace())?;
        Some(SpeakerRef {
            start: a,
            end: p,
            entity: None,
        })
    }

    /// The clause before a verb is a short noun phrase: "critics", "the newspaper", "a new
    /// study", "Some state officials".
    fn noun_phrase(&self, a: usize, b: usize) -> bool {
        const DETERMINERS: &[&str] = &[
            "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our",
            "some", "many", "most", "several", "other", "few", "both", "all", "two", "three",
        ];
        const NOT_NOUNS: &[&str] = &[
            "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
            "there", "it", "this", "that", "what", "which", "if", "when", "while", "because", "no",
            "like", "not", "so", "then", "now", "also", "only", "just",
        ];
        let words: Vec<&str> = self.text[a..b].split_whitespace().collect();
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return false;
        };
        let lf = first.to_lowercase();
        let ll = last.to_lowercase();
        let wordlike = |w: &&str| w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c));
        let determiner_only = words.len() == 1 && DETERMINERS.contains(&lf.as_str());
        words.len() <= 4
            && !determiner_only
            && words.iter().all(wordlike)
            && !NOT_NOUNS.contains(&lf.as_str())
            && !NOT_NOUNS.contains(&ll.as_str())
            && !DETERMINERS.contains(&ll.as_str())
            && !words[1..]
                .iter()
                .any(|w| NOT_NOUNS.contains(&w.to_lowercase().as_str()))
            && (DETERMINERS.contains(&lf.as_str())
                || first.starts_with(char::is_uppercase)
                || (words.len() == 1 && plural_noun(&ll)))
    }
}

#[cfg(test)]
mod tests {
    use super::inflect;

    #[test]
    fn inflects_regular_and_phrasal_lemmas() {
        assert_eq!(
            inflect("praise"),
            ["praise", "praises", "praised", "praising"]
        );
        assert_eq!(inflect("worry|worries|worried|worrying")[2], "worried");
        assert_eq!(
            inflect("push for"),
            ["push for", "pushes for", "pushed for", "pushing for"]
        );
        assert_eq!(inflect("identify")[1], "identifies");
        assert_eq!(inflect("discuss")[1], "discusses");
    }
}
