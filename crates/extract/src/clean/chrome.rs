//! Recognising lines that are not the article: aggregator and site interface ("chrome"),
//! edit notes, and a site name next to a relative time. Each rule is a pattern over many
//! languages rather than a list of known sentences, and each applies only to short lines, so
//! that a real paragraph that merely mentions "Telegram" or "artificial intelligence" stays.

use concord_model::RemovalReason;
use concord_text::relative::{self, RelativeTime};
use regex::Regex;
use std::sync::LazyLock;

/// Why a whole line is not article text.
#[derive(Debug, Clone, PartialEq)]
pub struct LineVerdict {
    pub reason: RemovalReason,
    /// A relative time printed on the line ("7 godzin temu"), a hint for the publication time.
    pub relative_time: Option<RelativeTime>,
}

fn words(line: &str) -> usize {
    line.split_whitespace().count()
}

/// Judges one line on its own. `edge` says whether the line is among the first or last few of
/// the article, where chrome and notes live; notes are only recognised there.
pub fn judge_line(line: &str, edge: bool) -> Option<LineVerdict> {
    let verdict = |reason| {
        Some(LineVerdict {
            reason,
            relative_time: None,
        })
    };
    if let Some(rt) = site_and_relative_time(line) {
        return Some(LineVerdict {
            reason: RemovalReason::Chrome,
            relative_time: Some(rt),
        });
    }
    // A bare URL at the edges is a source link; inside the article it may be content.
    if edge && is_url_line(line) {
        return verdict(RemovalReason::Chrome);
    }
    let n = words(line);
    if n <= 12
        && (UI_PHRASE.is_match(line)
            || COPYRIGHT.is_match(line)
            || TEASER_LABEL.is_match(line)
            || SOURCE_LABEL.is_match(line))
    {
        return verdict(RemovalReason::Chrome);
    }
    if n <= 40 && CALL_TO_ACTION.is_match(line) {
        return verdict(RemovalReason::Chrome);
    }
    if edge && STAFF_CREDIT.is_match(line) {
        return verdict(RemovalReason::EditNote);
    }
    if edge && n <= 6 && EDITED_BY.is_match(line) {
        return verdict(RemovalReason::EditNote);
    }
    if edge && n <= 40 && is_ai_note(line) {
        return verdict(RemovalReason::EditNote);
    }
    None
}

/// A line that is only a site name (or nothing) and a relative time: "upday.com 7 godzin temu",
/// "Newsbeat · 3 hours ago", "há 5 horas".
fn site_and_relative_time(line: &str) -> Option<RelativeTime> {
    if line.len() > 90 {
        return None;
    }
    let rt = relative::find(line)?;
    let rest = format!("{} {}", &line[..rt.start], &line[rt.end..]);
    let rest = rest.trim_matches(|c: char| c.is_whitespace() || "·|•-–—,:()[]".contains(c));
    let site_like =
        rest.is_empty() || DOMAIN.is_match(rest) || (words(rest) <= 3 && rest.len() <= 40);
    site_like.then_some(rt)
}

static DOMAIN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/?$").unwrap());
static URL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:https?://\S+|www\.\S+|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|[a-z]{2})(?:/\S*)?)$",
    )
    .unwrap()
});

fn is_url_line(line: &str) -> bool {
    URL_LINE.is_match(line.trim())
}

/// Interface prompts: go to the original, read more, share, follow, subscribe, comments.
static UI_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^\W*(?:",
        // go to the original / source
        r"go to (?:the )?original|(?:read|view) (?:the )?(?:full|original) (?:article|story)|idź do oryginał|idź do oryginalnego|przejdź do (?:oryginału|artykułu)|",
        r"vai (?:all'|al )(?:originale|articolo)|leggi l'articolo (?:originale|completo)|ir (?:para|ao|al) (?:o )?(?:original|artigo|artículo)|",
        r"ver (?:o |el )?(?:original|artigo original|artículo original)|leia (?:no original|a matéria completa)|voir l'article|(?:aller|accéder) à l'(?:article|original)|",
        r"zum (?:original|originalartikel|artikel)|(?:перейти|перейдите) (?:к|на) (?:оригинал|источник|первоисточник)|перейти до (?:оригінал|джерела)|الانتقال إلى (?:المقال|المصدر)|この記事を(?:シェア|共有)|",
        r"читать (?:в источнике|полностью|далее)|原文链接|查看原文|阅读原文|원문 ?보기|元の記事|naar (?:het )?origineel|",
        // read more / see also
        r"read more|continue reading|see also|related:|leia (?:mais|também)|saiba mais|leggi (?:anche|di più)|continua a leggere|",
        r"lee (?:también|más)|leer más|sigue leyendo|lire (?:aussi|la suite|plus)|en savoir plus|weiterlesen|mehr (?:lesen|zum thema)|lesen sie (?:auch|mehr)|",
        r"czytaj (?:też|także|więcej|dalej)|zobacz (?:też|także)|читайте (?:также|також)|читати (?:далі|також)|lees (?:meer|ook)|",
        r"阅读更多|更多阅读|相关阅读|더 ?보기|관련 기사|続きを読む|関連記事|اقرأ (?:أيضا|أيضاً|المزيد)|",
        // share / follow / subscribe / comment
        r"share(?: this| on|:)|compartilh|partilh|condividi|compart(?:e|ir)(?: en| este|:)|partager|teilen|udostępnij|поделиться|поділитися|delen|deel (?:dit|het) artikel|",
        r"分享|공유하기|シェア|شارك|",
        r"follow us|siga-nos|segue-nos|seguici|síguenos|suivez-nous|folgen sie uns|obserwuj nas|подписывайтесь|підписуйтесь|关注我们|팔로우|تابعونا|",
        r"subscribe|sign up for|assine|inscreva-se|iscriviti|abbonati|suscríbete|abonnez-vous|abonnieren|zapisz się|subskrybuj|подпишитесь|підпишіться|订阅|구독|購読|اشترك|",
        r"comments?\s*(?:\(\d+\))?$|comentários|commenti|comentarios|commentaires|kommentare|komentarze|комментарии|коментарі|",
        r"advertisement$|publicidade$|pubblicità$|publicidad$|publicité$|anzeige$|reklama$|реклама$|广告$|광고$|إعلان$",
        r")"
    ))
    .unwrap()
});

/// Copyright and reproduction notices.
static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)©|\(c\)\s*\d{4}|^copyright(?:$|[^\p{L}])|all rights reserved|todos os direitos reservados|tutti i diritti riservati|riproduzione riservata|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|wszelkie prawa zastrzeżone|все права защищены|усі права захищені|版权所有|未经授权|禁止转载|무단\s?전재|재배포 금지|無断転載|جميع الحقوق محفوظة")
        .unwrap()
});

/// Calls to action anywhere in a short line: newsletters, sign-ups, tips.
static CALL_TO_ACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)newsletter|(?:^|[^\p{L}])(?:inbox|sign(?:ing)? up|have a tip)(?:$|[^\p{L}])|share it with a friend|follow (?:us|@\w+) on|abonnez-vous|lettre quotidienne|abonnieren|suscríbete|iscriviti|subskrybuj|zapisz się|подпишитесь|підпишіться|рассылк|розсилк|뉴스레터|구독하|订阅|ニュースレター|النشرة البريدية")
        .unwrap()
});

/// Labels that introduce a list of links or teaser headlines.
static TEASER_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\W*(?:related(?: posts?| articles?| stories| news| content)?|more from(?:\s.*)?|most read|most popular|read (?:more|also)|see also|also on(?:\s.*)?|you may also like|tags?|leia (?:também|mais)|veja também|mais lidas|leggi anche|più letti|te puede interesar|lee también|lo más leído|à lire aussi|lire aussi|les plus lus|das könnte sie auch interessieren|lesen sie auch|mehr zum thema|meistgelesen|zobacz (?:też|także)|czytaj (?:też|także)|najczęściej czytane|читайте (?:также|також)|популярное|相关(?:新闻|阅读|文章)|热门新闻|관련\s?기사|많이 본 뉴스|関連記事|أخبار ذات صلة|الأكثر قراءة)\W*$")
        .unwrap()
});

/// Whether a chrome line is a label introducing teaser headlines ("Related stories").
pub fn is_teaser_label(line: &str) -> bool {
    TEASER_LABEL.is_match(line)
}

/// Reporter and editor credits: "Reporting by A; editing by B".
static STAFF_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:additional )?reporting|writing|editing|compiled|reportagem|reportaje|reportage) (?:by|de|par|di) .{0,120}$").unwrap()
});

/// "Source: X" lines naming where a text was taken from ("本文来源：东方时讯").
static SOURCE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[(（]?\s*(?:本文)?(?:来源|來源|출처|出典|المصدر|fonte|fuente|source|quelle|źródło|источник|джерело)\s*[:：]").unwrap()
});

/// "Edited by:" stubs, with at most a short name after them.
static EDITED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[(（\[]?\s*(?:edited by|editing by|editor|editado por|edição|edición|editada por|redacción|a cura di|redazione|édité par|rédaction|édition|bearbeitet von|redigiert von|redaktion|redakcja|edytował[a]?|opracowanie|redacteur|bewerkt door|редактор|под редакцией|редакція|редагував(?:ла)?|责任编辑|責任編集|编辑|編集|편집|تحرير)\s*[:：]?\s*(?:(?:\p{Lu}[\p{L}.'-]*\s*){0,3}|[\p{Han}\p{Hangul}]{0,4})\s*[)）\]]?$")
        .unwrap()
});

/// Words for artificial intelligence, and for the acts a note about it names. The acronyms
/// are matched case-sensitively ("ai" and "si" are common words in Romance languages), and
/// no pattern here uses `\b`: Unicode word boundaries keep the regex crate off its DFA.
static AI_TERM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)intelligenza artificiale|inteligência artificial|inteligencia artificial|intelligence artificielle|künstliche[rn]? intelligenz|artificial intelligence|sztuczn\w+ inteligencj\w+|искусственн\w+ интеллект\w*|штучн\w+ інтелект\w*|kunstmatige intelligentie|yapay zek|الذكاء الاصطناعي|人工智能|人工知能|인공지능|(?-i:(?:^|[^\p{L}])(?:AI|IA|KI|SI|ИИ|ШІ)(?:$|[^\p{L}]))")
        .unwrap()
});
static AI_ACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)edit|modific|rielabor|reelabor|supporto|suporte|soporte|apoio|assist|redig|redact|rédig|bearbeit|erstellt|generat|gener|written|writ|escrit|scritt|écrit|traduz|tradu|translat|übersetz|przetłumacz|napisan|przygotowan|pomoc|help|ajuda|aiuto|ayuda|aide|hilfe|unterstütz|помощ|допомог|створ|созда|подготов|использ|використ|生成|编辑|编写|協助|协助|作成|도움|작성|편집|بمساعدة|باستخدام|تحرير")
        .unwrap()
});

fn is_ai_note(line: &str) -> bool {
    AI_TERM.is_match(line) && AI_ACT.is_match(line)
}

/// Whether the segment (a sentence of a line) is an AI-edit note, for mixed lines such as
/// "(AGI/AFP) www.agi.it Nota: Questo articolo è stato modificato con l'aiuto dell'IA."
pub fn is_note_segment(segment: &str) -> bool {
    words(segment) <= 40 && (is_ai_note(segment) || EDITED_BY.is_match(segment))
}

/// Whether the segment is a bare URL or domain.
pub fn is_url_segment(segment: &str) -> bool {
    is_url_line(segment)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(line: &str) -> Option<RemovalReason> {
        judge_line(line, true).map(|v| v.reason)
    }

    #[test]
    fn site_name_with_relative_time_is_chrome() {
        let v = judge_line("upday.com 7 godzin temu", false).unwrap();
        assert_eq!(v.reason, RemovalReason::Chrome);
        assert_eq!(v.relative_time.unwrap().count, 7);
        assert_eq!(
            reason("Newsbeat · 3 hours ago"),
            Some(RemovalReason::Chrome)
        );
        assert_eq!(
            reason("The talks lasted 3 hours ago in the capital, officials said on Sunday."),
            None
        );
    }

    #[test]
    fn interface_prompts_are_chrome_in_many_languages() {
        for l in [
            "Idź do oryginalnego materiału",
            "Read more",
            "Leia também: Incêndio",
            "Condividi su Facebook",
            "Siga-nos no Telegram",
            "Читайте также",
            "原文链接",
            "www.agi.it",
            "© 2025 Diário do Atlântico. Todos os direitos reservados.",
        ] {
            assert_eq!(reason(l), Some(RemovalReason::Chrome), "{l}");
        }
    }

    #[test]
    fn edit_notes_are_recognised_at_the_edges_only() {
        assert_eq!(reason("Editado por:"), Some(RemovalReason::EditNote));
        assert_eq!(
            reason("Bearbeitet von: Jan Ott"),
            Some(RemovalReason::EditNote)
        );
        let ai =
            "Nota: Questo articolo è stato modificato con l'aiuto dell'Intelligenza Artificiale.";
        assert_eq!(reason(ai), Some(RemovalReason::EditNote));
        assert_eq!(judge_line(ai, false), None);
        let news = "Il governo ha presentato un piano sull'intelligenza artificiale per le scuole.";
        assert_eq!(reason(news), None);
        // "ai" and "si" are words, not acronyms, in Italian and Spanish.
        assert_eq!(
            reason("Il ministro ha spiegato ai giornalisti le modifiche al testo."),
            None
        );
        assert_eq!(
            reason("Si el texto se modifica, lo editaremos de nuevo."),
            None
        );
    }

    #[test]
    fn article_sentences_are_kept() {
        for l in ["O que foi dito na reunião de Kim-Lavrov?", "Alleanza militare sempre più salda",
            "Il ministero degli Esteri russo ha pubblicato un video su Telegram che mostra i due uomini."] {
            assert_eq!(reason(l), None, "{l}");
        }
    }
}
