//! The subject a sentence hands on to the next: languages that drop a known subject
//! ("Claudia Sheinbaum se reunió con empresarios. Dijo que …", "وأكد أن …") and
//! sentences opened by a pronoun ("Він повідомив, що …", "그는 … 말했다") speak for the
//! person the sentence before was about, not for the last name it happened to mention
//! ("… зустрівся з Марко Рубіо").

use super::attribution::Sentence;
use super::cues::is_pronoun;
use super::{QuoteFound, SpeakerRef};
use unicode_segmentation::UnicodeSegmentation;

/// Languages whose verbs carry their subject, so that a sentence may open with a speech
/// verb that continues the previous sentence's subject.
const PRO_DROP: &[&str] = &[
    "es", "it", "pt", "ca", "ro", "gl", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru", "uk", "be",
    "bg", "el", "ar", "he", "tr", "zh", "ja", "ko",
];

/// Singular subject pronouns per language (a person is handed on, not a group; "zij" and
/// "ze" are also plural, "sie" is kept as German writes "Sie sagte"). Not the shared list of the cue rules: there "il" and
/// "on" may be an article or a preposition, here the language is known.
fn subject_pronoun(lang: &str, w: &str) -> bool {
    let list: &[&str] = match lang {
        "en" => &["he", "she"],
        "pt" => &["ele", "ela"],
        "es" => &["él", "ella"],
        "it" => &["lui", "lei", "egli", "ella"],
        "fr" => &["il", "elle"],
        "de" => &["er", "sie"],
        "nl" => &["hij"],
        "pl" => &["on", "ona"],
        "ru" => &["он", "она"],
        "uk" => &["він", "вона"],
        "el" => &["αυτός", "αυτή"],
        "ar" => &["هو", "هي"],
        "he" => &["הוא", "היא"],
        "zh" => &["他", "她"],
        "ko" => &["그는", "그녀는", "그가"],
        // Han and kana split into one word per character: "彼" opens "彼は" and "彼女は".
        "ja" => &["彼"],
        _ => &[],
    };
    list.contains(&w.to_lowercase().as_str())
}

/// Conjunctions that may open such a sentence ("E disse que …", "Y añadió …").
const CONJUNCTIONS: &[&str] = &[
    "e", "y", "i", "и", "і", "а", "та", "ed", "ma", "mas", "pero", "ale", "но", "але",
];

/// The subject `sent` hands on: the speaker of its last statement when that speaker is a
/// person, else the first person it names outside quotations. Only people: a subject
/// dropped or said as "he" is not an organisation or a demonym.
pub(super) fn handed_on(sent: &Sentence, found: &[QuoteFound]) -> Option<SpeakerRef> {
    let is_person = |e: usize| sent.names.iter().any(|n| n.entity == e && n.person);
    let spoke = found
        .iter()
        .rev()
        .filter(|q| !q.stance)
        .find_map(|q| q.speaker.filter(|s| s.entity.is_some_and(is_person)));
    spoke.or_else(|| {
        sent.names
            .iter()
            .filter(|n| n.person && n.start >= sent.start && n.end <= sent.end)
            .find(|n| !sent.inside_quote(n.start))
            .map(Sentence::name_ref)
    })
}

impl Sentence<'_> {
    /// The words before byte `at` outside quotations, without punctuation and opening
    /// conjunctions.
    fn lead_words(&self, at: usize) -> Vec<(usize, &str)> {
        let mut words: Vec<(usize, &str)> = Vec::new();
        let s = &self.text[self.start..at];
        for (k, w) in s.split_word_bound_indices() {
            let abs = self.start + k;
            if self.inside_quote(abs) || !w.chars().any(char::is_alphanumeric) {
                continue;
            }
            words.push((abs, w));
        }
        while words
            .first()
            .is_some_and(|(_, w)| CONJUNCTIONS.contains(&w.to_lowercase().as_str()))
        {
            words.remove(0);
        }
        words
    }

    /// A speech verb with nothing but quotations, punctuation or a conjunction before it,
    /// in a language that drops known subjects: its subject is the one handed on.
    pub(super) fn dropped_subject(&self, v: (usize, usize)) -> Option<SpeakerRef> {
        if !PRO_DROP.contains(&self.lang) || !self.lead_words(v.0).is_empty() {
            return None;
        }
        self.prior
    }

    /// A pronoun opening the sentence (in Korean, a pronoun subject anywhere before the
    /// verb): the person handed on, with the pronoun as the words that name them.
    pub(super) fn opening_pronoun(&self, v: (usize, usize)) -> Option<SpeakerRef> {
        let prior = self.prior?.entity?;
        let words = self.lead_words(v.0);
        let (at, w) = if self.lang == "ko" {
            *words.iter().find(|(_, w)| subject_pronoun("ko", w))?
        } else {
            *words
                .first()
                .filter(|(_, w)| subject_pronoun(self.lang, w))?
        };
        Some(SpeakerRef {
            start: at,
            end: at + w.len(),
            entity: Some(prior),
        })
    }

    /// A pronoun right before the cue in its clause ("she said", "il a ajouté"): the
    /// pronoun's words, linked to the last person named before it.
    pub(super) fn pronoun_before(&self, at: usize, clause_start: usize) -> Option<SpeakerRef> {
        let s = &self.text[clause_start..at];
        let w = s.split_whitespace().last()?;
        if !is_pronoun(w) {
            return None;
        }
        let a = clause_start + s.rfind(w)?;
        Some(self.pronoun_ref(a, w.len()))
    }

    /// The pronoun at `a..a + len` as a speaker, linked to the last person named before it.
    pub(super) fn pronoun_ref(&self, a: usize, len: usize) -> SpeakerRef {
        let person = self
            .names
            .iter()
            .filter(|n| n.person && n.end <= a)
            .max_by_key(|n| n.end);
        SpeakerRef {
            start: a,
            end: a + len,
            entity: person.map(|n| n.entity),
        }
    }
}
