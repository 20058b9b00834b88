//! What to embed for an article: its title and lead, or its whole text in chunks.

use crate::Embedder;

/// How an article becomes one vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Representation {
    /// The title and the first words of the body, as one text (one model call per article).
    TitleLead,
    /// The whole body in chunks of about [`CHUNK_WORDS`] words, averaged (title in the first).
    Chunks,
}

/// Token budget of the title-and-lead text.
pub const LEAD_TOKENS: usize = 128;
/// Words of body text tried first for the title-and-lead text (then fewer until it fits).
pub const LEAD_WORDS: usize = 60;
/// Token budget of one chunk of a whole text.
pub const CHUNK_TOKENS: usize = 512;
/// Words per chunk of a whole text (about 300-400 tokens in European languages; a chunk
/// over [`CHUNK_TOKENS`] is cut).
pub const CHUNK_WORDS: usize = 200;

/// The title followed by the first `max_words` words of the text. Texts written without spaces
/// (Chinese, Japanese, Thai) are cut by characters instead, at about 2 characters per word.
pub fn title_lead(title: Option<&str>, text: &str, max_words: usize) -> String {
    let mut out = String::new();
    if let Some(t) = title.filter(|t| !t.is_empty()) {
        out.push_str(t);
        out.push('\n');
    }
    out.push_str(&head_words(text, max_words));
    out
}

fn head_words(text: &str, max_words: usize) -> String {
    if unspaced(text) {
        return text.chars().take(max_words * 2).collect();
    }
    text.split_whitespace()
        .take(max_words)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Few spaces for many characters: a script written without spaces between words.
fn unspaced(text: &str) -> bool {
    text.split_whitespace().count() * 8 < text.chars().count()
}

/// The length of a text in words, counting two characters as a word in unspaced scripts.
pub fn word_length(text: &str) -> usize {
    if unspaced(text) {
        text.chars().count() / 2
    } else {
        text.split_whitespace().count()
    }
}

/// The text cut into chunks of about `words` words (by characters for unspaced scripts).
pub fn chunks(text: &str, words: usize) -> Vec<String> {
    let ws: Vec<&str> = text.split_whitespace().collect();
    if unspaced(text) {
        let chars: Vec<char> = text.chars().collect();
        return chars
            .chunks(words * 2)
            .map(|c| c.iter().collect())
            .collect();
    }
    ws.chunks(words).map(|c| c.join(" ")).collect()
}

/// The title and as many of the first words of `text` (at most `max_words`) as fit in
/// `max_tokens` of `model`'s tokenizer.
pub fn title_lead_within(
    model: &dyn Embedder,
    title: Option<&str>,
    text: &str,
    max_words: usize,
    max_tokens: usize,
) -> String {
    let mut words = max_words;
    loop {
        let t = title_lead(title, text, words);
        let tokens = model.token_count(&t);
        if words == 0 || tokens <= max_tokens {
            return t;
        }
        // Shrink in proportion to the overshoot, by at least one word.
        words = ((words as f64 * max_tokens as f64 / tokens as f64) as usize).min(words - 1);
    }
}

/// One L2-normalised vector per article (`(title, text)` pairs), in order.
pub fn embed_articles(
    model: &dyn Embedder,
    articles: &[(Option<&str>, &str)],
    how: Representation,
) -> Vec<Vec<f32>> {
    match how {
        Representation::TitleLead => {
            let texts: Vec<String> = articles
                .iter()
                .map(|(t, x)| title_lead_within(model, *t, x, LEAD_WORDS, LEAD_TOKENS))
                .collect();
            model.embed(&texts.iter().map(String::as_str).collect::<Vec<_>>())
        }
        Representation::Chunks => {
            let mut texts = Vec::new();
            let mut owner = Vec::new();
            for (i, (t, x)) in articles.iter().enumerate() {
                for (j, c) in chunks(x, CHUNK_WORDS).into_iter().enumerate() {
                    let title = if j == 0 { *t } else { None };
                    texts.push(title_lead_within(
                        model,
                        title,
                        &c,
                        CHUNK_WORDS,
                        CHUNK_TOKENS,
                    ));
                    owner.push(i);
                }
            }
            let vectors = model.embed(&texts.iter().map(String::as_str).collect::<Vec<_>>());
            let mut sums = vec![vec![0f32; model.dim()]; articles.len()];
            for (v, &i) in vectors.iter().zip(&owner) {
                sums[i].iter_mut().zip(v).for_each(|(s, x)| *s += x);
            }
            sums.iter_mut().for_each(|v| normalize(v));
            sums
        }
    }
}

/// Scales `v` to unit length (leaves a zero vector alone).
pub fn normalize(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_and_lead() {
        assert_eq!(title_lead(Some("T"), "a b c d", 2), "T\na b");
        assert_eq!(title_lead(None, "a b", 5), "a b");
        let zh = "朝鲜已向库尔斯克地区派遣数千名士兵情报机构表示";
        assert_eq!(title_lead(None, zh, 3).chars().count(), 6);
    }

    #[test]
    fn chunking() {
        let text = (0..450)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let c = chunks(&text, 200);
        assert_eq!(c.len(), 3);
        assert!(c[2].starts_with("w400"));
    }
}
