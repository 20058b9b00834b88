//! How close two facts are in meaning: the cosine of their embeddings. The default model
//! may cover fewer languages than the news does (USE-m3 has 16, not Ukrainian, Greek or
//! Hebrew); a fact in another language is then compared with a model of wider coverage,
//! its cosine mapped onto the default model's scale so that one set of thresholds serves
//! every pair.

use crate::align::cosine;
use crate::Embed;

/// Maps a cosine of the wider model onto the default model's scale.
pub type Rescale = fn(f32) -> f32;

/// The embedding models a dossier compares facts with.
pub struct Meaning<'a> {
    /// The default model.
    pub embed: &'a Embed<'a>,
    /// The languages (ISO 639-1) the default model was trained on; `None`: all of them.
    pub languages: Option<&'a [&'a str]>,
    /// A model of wider language coverage, and the map of its cosines onto the default
    /// model's scale, for pairs with a fact in a language the default does not cover.
    pub wider: Option<(&'a Embed<'a>, Rescale)>,
}

impl<'a> Meaning<'a> {
    /// One model for every language.
    pub fn new(embed: &'a Embed<'a>) -> Self {
        Meaning {
            embed,
            languages: None,
            wider: None,
        }
    }
}

/// The similarities of a list of texts, pair by pair.
pub(crate) struct Similarity {
    vectors: Vec<Vec<f32>>,
    /// Whether the default model covers each text's language.
    covered: Vec<bool>,
    wider: Option<(Vec<Vec<f32>>, Rescale)>,
}

impl Similarity {
    pub(crate) fn new(meaning: &Meaning, texts: &[&str], langs: &[Option<&str>]) -> Self {
        if texts.is_empty() {
            return Similarity {
                vectors: Vec::new(),
                covered: Vec::new(),
                wider: None,
            };
        }
        let covered: Vec<bool> = langs
            .iter()
            .map(|l| match (meaning.languages, l) {
                (Some(known), Some(l)) => known.contains(l),
                _ => true,
            })
            .collect();
        // Every text is embedded with the wider model as soon as one needs it: a pair is
        // compared with one model on both sides.
        let wider = meaning
            .wider
            .filter(|_| covered.iter().any(|c| !c))
            .map(|(embed, map)| (embed(texts), map));
        Similarity {
            vectors: (meaning.embed)(texts),
            covered,
            wider,
        }
    }

    /// The similarity of texts `i` and `j`, on the default model's scale.
    pub(crate) fn get(&self, i: usize, j: usize) -> f32 {
        match &self.wider {
            Some((vectors, map)) if !(self.covered[i] && self.covered[j]) => {
                map(cosine(&vectors[i], &vectors[j]))
            }
            _ => cosine(&self.vectors[i], &self.vectors[j]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_the_default_model_lacks_is_compared_with_the_wider_one() {
        // The default model sees every text alike; the wider one tells them apart.
        let default = |texts: &[&str]| texts.iter().map(|_| vec![1.0, 0.0]).collect();
        let wider = |texts: &[&str]| {
            texts
                .iter()
                .map(|t| {
                    if t.starts_with('a') {
                        vec![1.0, 0.0]
                    } else {
                        vec![0.0, 1.0]
                    }
                })
                .collect()
        };
        let halve: Rescale = |c| c / 2.0;
        let meaning = Meaning {
            embed: &default,
            languages: Some(&["en", "pl"]),
            wider: Some((&wider, halve)),
        };
        let texts = ["a1", "b1", "a2"];
        let s = Similarity::new(&meaning, &texts, &[Some("en"), Some("pl"), Some("uk")]);
        assert_eq!(s.get(0, 1), 1.0, "both covered: the default model");
        assert_eq!(s.get(0, 2), 0.5, "one not covered: the wider model, mapped");
        assert_eq!(s.get(1, 2), 0.0);
        let only_covered = Similarity::new(&meaning, &texts[..2], &[Some("en"), Some("pl")]);
        assert!(
            only_covered.wider.is_none(),
            "the wider model is not run when not needed"
        );
    }
}
