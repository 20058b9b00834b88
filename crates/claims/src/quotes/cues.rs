//! Reporting words per language: speech verbs ("disse", "ha dichiarato", "заявил"), source
//! phrases ("segundo", "secondo quanto riportato da", "по данным", "据"), complementisers
//! ("que", "che", "что") and subject pronouns.
//!
//! Hand-written: no crate lists reporting verbs across these languages. The lists hold the
//! inflected forms news prose uses (past and present, third person, both genders).

use regex::Regex;
use std::sync::LazyLock;

/// (language, speech verbs and verb phrases). Multi-word entries are matched as written,
/// case-insensitively, on word boundaries.
#[rustfmt::skip]
const VERBS: &[(&str, &[&str])] = &[
    ("en", &["said", "says", "say", "told", "tells", "added", "adds", "stated", "states", "declared",
        "announced", "noted", "notes", "warned", "warns", "explained", "insisted", "argued", "argues",
        "claimed", "claims", "reported", "reports", "wrote", "writes", "asked", "replied", "stressed",
        "acknowledged", "admitted", "confirmed", "suggested", "predicted", "contended", "maintained",
        "recalled", "observed", "alleged", "vowed", "promised", "assured", "emphasized", "emphasised",
        "has learned", "believes", "believed", "thinks", "thought", "testified", "tweeted",
        "posted", "has said", "have said", "had said", "has argued", "said in a statement",
        "show", "shows", "showed", "found", "finds", "suggests", "indicated", "indicates",
        "told reporters", "accused", "denied", "denies", "described", "called", "calls",
        "urged", "urges", "predicts", "estimated", "estimates", "hopes", "hoped", "fears",
        "feared", "expects", "expected", "believe", "think", "say that", "agreed", "agree",
        "disagreed", "questioned", "conceded", "concluded", "revealed", "disclosed", "pointed out",
        "explains", "continued", "went on", "countered", "responded", "complained", "boasted",
        "speculated", "surmised", "projected", "forecast", "announces", "declares", "asserted",
        "asserts", "charged", "charges", "pledged", "threatened", "cautioned", "reiterated",
        "saying", "adding", "arguing", "claiming", "noting", "warning", "telling", "asking",
        "insisting", "explaining", "citing", "cited", "echoed", "criticized", "criticised",
        "condemned", "blasted", "mentioned", "wants", "want", "plans", "vowing", "promising",
        "calling for", "called for", "called on", "urging", "demanded", "demands", "proposed",
        "proposes", "acknowledging", "stressing", "emphasizing", "recalling", "writing",
        // Cues only before "to" or "that" (`INFINITIVE_ONLY`).
        "intends", "intended", "refused", "refuses", "declined", "declines", "offered",
        "decided", "decides", "seeks", "sought", "planned", "wanted", "vows", "promises",
        "pledges", "threatens", "plan", "aims", "aimed",
        // Plural subjects in the present ("Democrats argue that", "critics warn"); not the
        // forms that are nouns as often (claim, report, state, note, call, show, find).
        "warn", "argue", "insist", "suggest", "indicate", "deny", "predict", "hope", "fear",
        "expect", "demand", "propose", "explain", "announce", "declare", "assert", "urge", "tell",
        "contend", "maintain", "acknowledge", "admit", "concede", "allege", "stress", "emphasize",
        "confirm", "recall", "accuse", "intend", "refuse", "decline", "decide",
        "seek", "vow", "promise", "pledge", "threaten", "aim"]),
    ("pt", &["disse", "diz", "dizem", "disseram", "afirmou", "afirma", "afirmaram", "declarou",
        "declara", "garantiu", "garante", "acrescentou", "explicou", "destacou", "ressaltou",
        "informou", "informa", "anunciou", "alertou", "sublinhou", "salientou", "assegurou",
        "comentou", "observou", "reiterou", "admitiu", "confirmou", "relatou", "contou",
        "prometeu", "advertiu", "enfatizou", "frisou", "avisou", "revelou", "reportou", "noticiou",
        // Estimates and forecasts ("A Conab estima que a safra…").
        "estima", "estimou", "calcula", "calculou", "prevê", "previu", "projeta", "projetou"]),
    ("es", &["dijo", "dice", "dijeron", "afirmó", "afirma", "declaró", "aseguró", "asegura",
        "añadió", "agregó", "explicó", "señaló", "indicó", "informó", "anunció", "advirtió",
        "subrayó", "destacó", "manifestó", "sostuvo", "reiteró", "admitió", "confirmó", "insistió",
        "prometió", "recalcó", "apuntó", "comentó", "reveló", "reportó", "estimó", "calculó",
        "precisó", "detalló", "informaron", "comunicó", "estima", "calcula", "prevé", "previó",
        "proyecta", "proyectó",
        // The perfect, as Spain's press reports the day's statements ("ha declarado"), the
        // plural preterite and the present of narration ("añade", "explica").
        "ha dicho", "ha afirmado", "ha declarado", "ha asegurado", "ha añadido", "ha explicado",
        "ha señalado", "ha indicado", "ha informado", "ha anunciado", "ha advertido",
        "ha subrayado", "ha destacado", "ha manifestado", "ha sostenido", "ha reiterado",
        "ha admitido", "ha confirmado", "ha insistido", "ha precisado", "ha detallado",
        "ha apuntado", "ha comentado", "ha recalcado", "ha avisado", "ha estimado",
        "ha calculado", "ha reconocido", "ha prometido", "ha escrito", "han dicho",
        "han afirmado", "han declarado", "han asegurado", "han señalado", "han indicado",
        "han informado", "han explicado", "han advertido", "han confirmado", "afirmaron",
        "aseguraron", "señalaron", "explicaron", "indicaron", "advirtieron", "añade", "explica",
        "señala", "sostiene", "reconoció", "escribió"]),
    ("it", &["ha detto", "ha dichiarato", "ha affermato", "ha spiegato", "ha aggiunto",
        "ha sottolineato", "ha assicurato", "ha annunciato", "ha avvertito", "ha riferito",
        "ha ribadito", "ha precisato", "ha ammesso", "ha confermato", "ha promesso", "ha osservato",
        "ha definito", "ha detto di", "hanno detto", "hanno dichiarato", "dice", "afferma",
        "dichiara", "spiega", "aggiunge", "sottolinea", "riferisce", "assicura", "ribadisce",
        "detto", "dichiarato", "affermato", "ha scritto", "scrive", "avverte", "annuncia",
        "ha stimato", "stima", "ha comunicato", "comunica", "ha reso noto", "rende noto",
        "prevede", "ha previsto", "calcola", "ha calcolato", "ha fatto sapere", "fa sapere",
        "hanno fatto sapere"]),
    ("fr", &["a déclaré", "a dit", "a affirmé", "a ajouté", "a expliqué", "a souligné",
        "a assuré", "a annoncé", "a averti", "a indiqué", "a estimé", "a précisé", "a confirmé",
        "a reconnu", "a promis", "a insisté", "a rappelé", "a martelé", "a écrit", "ont déclaré",
        "ont dit", "déclare", "dit", "affirme", "ajoute", "explique", "souligne", "assure",
        "estime", "précise", "indique", "annonce", "a-t-il déclaré", "a-t-elle déclaré",
        "juge", "jugent", "a jugé", "ont jugé", "considère", "a considéré", "estiment",
        "a-t-il dit", "a-t-elle dit", "a-t-il ajouté", "a-t-elle ajouté", "a-t-il affirmé",
        "a-t-elle affirmé", "a-t-il souligné", "a-t-elle souligné", "a-t-il expliqué",
        "ont affirmé", "ont indiqué", "ont annoncé", "ont expliqué", "ont précisé",
        "ont assuré", "ont averti", "ont souligné", "ont estimé", "ont confirmé"]),
    ("de", &["sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont", "fügte",
        "teilte", "warnte", "warnt", "kündigte", "versicherte", "räumte", "bestätigte",
        "berichtete", "berichtet", "schrieb", "meinte", "unterstrich", "hieß es", "heißt es",
        "äußerte", "versprach", "forderte", "sagte er", "sagte sie", "mitteilte", "mitteilten",
        "bekanntgab", "angab", "angaben", "berichtete", "schätzte", "schätzt", "meldete", "meldet",
        // Only right after a quotation (see `attribution.rs`): "„…“, so Scholz".
        "so"]),
    ("nl", &["zei", "zegt", "zeggen", "zeiden", "verklaarde", "benadrukte", "voegde", "liet weten",
        "laat weten", "meldde", "meldt", "melden", "meldden", "waarschuwde", "kondigde", "schrijft",
        "schreef", "stelt", "stelde", "verwacht", "schat", "schatte"]),
    ("pl", &["powiedział", "powiedziała", "powiedzieli", "stwierdził", "stwierdziła",
        "oświadczył", "oświadczyła", "dodał", "dodała", "zapewnił", "zapewniła", "podkreślił",
        "podkreśliła", "poinformował", "poinformowała", "ogłosił", "ogłosiła", "ostrzegł",
        "ostrzegła", "mówi", "twierdzi", "przekazał", "przekazała", "zaznaczył", "zaznaczyła",
        "wyjaśnił", "wyjaśniła", "przyznał", "przyznała", "napisał", "napisała", "zapowiedział",
        "zapowiedziała", "mówił", "mówiła", "podał", "podała", "podali", "podaje", "szacuje",
        "oszacował", "oszacowała", "wyliczył", "wyliczyła"]),
    ("ru", &["заявил", "заявила", "заявили", "сказал", "сказала", "сказали", "отметил",
        "отметила", "сообщил", "сообщила", "сообщили", "добавил", "добавила", "подчеркнул",
        "подчеркнула", "пообещал", "пообещала", "заверил", "заверила", "предупредил",
        "предупредила", "рассказал", "рассказала", "пояснил", "пояснила", "признал", "признала",
        "написал", "написала", "считает", "говорит", "заявляет", "уточнил", "уточнила",
        "объявил", "объявила", "говорится", "отмечается", "подчеркивается",
        // Organisations are often neuter (МЧС, министерство): "сообщило", "заявило".
        "сообщило", "заявило", "отметило", "уточнило", "объявило", "сообщает", "сообщают",
        "подсчитали", "подсчитал", "подсчитала"]),
    ("uk", &["заявив", "заявила", "заявили", "сказав", "сказала", "сказали", "зазначив",
        "зазначила", "повідомив", "повідомила", "повідомили", "додав", "додала", "наголосив",
        "наголосила", "запевнив", "запевнила", "попередив", "попередила", "розповів",
        "розповіла", "пояснив", "пояснила", "написав", "написала", "вважає", "каже", "говорить",
        "йдеться", "зазначається", "наголошується",
        "оголосив", "оголосила", "повідомило", "заявило", "зазначило", "оголосило",
        "повідомляє", "повідомляють", "підрахували"]),
    ("el", &["δήλωσε", "είπε", "ανέφερε", "τόνισε", "πρόσθεσε", "υπογράμμισε", "ανακοίνωσε"]),
    ("ar", &["قال", "قالت", "يقول", "تقول", "أكد", "أكدت", "يؤكد", "أعلن", "أعلنت", "أضاف", "أضافت",
        "صرح", "صرحت", "أوضح", "أوضحت", "أشار", "أشارت", "ذكر", "ذكرت", "اعتبر", "اعتبرت", "حذر",
        "حذرت", "شدد", "شددت", "أفاد", "أفادت", "وقال", "وقالت", "وأكد", "وأكدت", "وأضاف", "وأضافت",
        "وأوضح", "وأوضحت", "وأشار", "وأشارت", "وذكر", "وذكرت", "وأعلن", "وأعلنت"]),
    ("he", &["אמר", "אמרה", "הודיע", "הודיעה", "מסר", "מסרה", "הוסיף", "הוסיפה", "הדגיש", "הדגישה"]),
    ("zh", &["表示", "说", "称", "指出", "强调", "宣布", "透露", "坦言", "认为", "声称", "警告",
        "說", "稱", "強調", "宣佈", "表明", "报道", "報道", "报导"]),
    ("ja", &["と述べた", "と語った", "と話した", "と強調した", "と明らかにした", "と発表した",
        "と説明した", "と指摘した", "と述べ", "と語り"]),
    ("ko", &["말했다", "밝혔다", "강조했다", "전했다", "주장했다", "설명했다", "덧붙였다",
        "언급했다", "발표했다", "지적했다", "보도했다", "경고했다", "밝힌", "말한", "당부했다",
        "촉구했다", "요청했다", "호소했다", "답했다", "말했습니다", "밝혔습니다"]),
];

/// English verbs of intention and commitment whose content is a "to" infinitive ("vowed to
/// form a task force", "agreed to lend", "plans to call on"): what someone says they will
/// do is attributed as what they say.
#[rustfmt::skip]
const INTENT_VERBS: &[&str] = &[
    "vowed", "vows", "vowing", "promised", "promises", "promising", "pledged", "pledges",
    "threatened", "threatens", "wants", "want", "wanted", "plans", "plan", "planned", "agreed",
    "agree", "hopes", "hoped", "intends", "intended", "refused", "refuses", "declined",
    "declines", "offered", "decided", "decides", "seeks", "sought", "aims", "aimed",
];

/// Of those, the verbs that are cues only before "to" or "that": "declined 5%", "offered a
/// deal" and "decided the case" report nothing.
#[rustfmt::skip]
const INFINITIVE_ONLY: &[&str] = &[
    "intends", "intended", "refused", "refuses", "declined", "declines", "offered", "decided",
    "decides", "seeks", "sought", "planned", "wanted", "vows", "promises", "pledges",
    "threatens", "plan", "aims", "aimed", "intend", "refuse", "decline", "decide", "seek", "vow",
    "promise", "pledge", "threaten", "aim",
];

pub fn is_intent_verb(w: &str) -> bool {
    INTENT_VERBS.iter().any(|v| v.eq_ignore_ascii_case(w))
}

pub fn is_infinitive_only(w: &str) -> bool {
    INFINITIVE_ONLY.iter().any(|v| v.eq_ignore_ascii_case(w))
}

/// Phrases that name a source before or after a statement ("according to KCNA").
#[rustfmt::skip]
const SOURCE_PHRASES: &[(&str, &[&str])] = &[
    ("en", &["according to", "citing", "quoted by", "as reported by", "as quoted by",
        "in the words of"]),
    ("pt", &["segundo", "de acordo com", "conforme", "citado por", "citada por", "nas palavras de",
        "segundo informou", "segundo o", "segundo a"]),
    ("es", &["según", "de acuerdo con", "citado por", "citada por", "en palabras de"]),
    ("it", &["secondo quanto riportato da", "secondo quanto riferito da", "secondo quanto riportato",
        "secondo", "stando a", "citato da", "citata da", "come riferito da", "a detta di"]),
    ("fr", &["selon", "d'après", "d’après", "cité par", "citée par", "de source"]),
    ("de", &["laut", "zufolge", "nach angaben", "nach angaben von", "nach informationen",
        "wie … berichtete", "unter berufung auf"]),
    ("nl", &["volgens", "aldus"]),
    ("pl", &["według", "jak podaje", "jak podał", "jak podała", "jak poinformował",
        "jak poinformowała", "cytowany przez", "zdaniem", "wynika z", "jak wynika z"]),
    ("ru", &["по данным", "по словам", "согласно", "как сообщает", "как сообщил", "как сообщила",
        "по информации", "со ссылкой на", "по мнению", "по оценке", "по оценкам", "по подсчетам",
        "по подсчётам", "по сведениям", "по формулировке", "по его словам", "по ее словам",
        "по её словам", "по их словам"]),
    ("uk", &["за даними", "за словами", "згідно з", "як повідомляє", "як повідомив",
        "як повідомила", "за інформацією", "з посиланням на", "на думку", "за оцінкою",
        "за оцінками", "за підрахунками", "за формулюванням", "за його словами",
        "за її словами", "за їхніми словами"]),
    ("el", &["σύμφωνα με", "κατά"]),
    ("ar", &["وفقا لـ", "وفقًا لـ", "وفقا ل", "بحسب", "حسب", "نقلا عن", "نقلًا عن", "وفق"]),
    ("he", &["לדברי", "על פי", "לפי"]),
    ("zh", &["据", "據", "援引"]),
    ("ja", &["によると", "によれば"]),
    ("ko", &["에 따르면", "에 의하면"]),
];

/// Words that open a reported clause after a speech verb.
#[rustfmt::skip]
const COMPLEMENTISERS: &[&str] = &[
    "that", "que", "che", "dass", "daß", "qu'", "qu’", "dat", "że", "iż", "что", "чтобы", "що",
    "ότι", "πως", "أن", "إن", "بأن", "أنه", "أنها", "إنه", "إنها", "כי", "ש",
];

/// Third-person subject pronouns: the speaker is then the last person named before.
#[rustfmt::skip]
const PRONOUNS: &[&str] = &[
    "he", "she", "they", "ele", "ela", "eles", "elas", "él", "ella", "ellos", "lui", "lei", "egli",
    "il", "elle", "ils", "elles", "er", "sie", "hij", "zij", "ze", "on", "ona", "oni", "one", "он",
    "она", "они", "він", "вона", "вони", "αυτός", "αυτή", "هو", "هي", "הוא", "היא", "他", "她",
    "그는", "그녀는", "彼は", "彼女は",
];

fn words_regex(words: &[&str], cjk: bool) -> Regex {
    let mut sorted: Vec<&str> = words.to_vec();
    sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let alt = sorted
        .iter()
        .map(|w| regex::escape(w).replace("…", r"\S+"))
        .collect::<Vec<_>>()
        .join("|");
    let pattern = if cjk {
        format!("(?i)(?:{alt})")
    } else {
        format!(r"(?i)(?:^|[^\w])((?:{alt}))(?:$|[^\w])")
    };
    Regex::new(&pattern).expect("cue pattern")
}

/// Compiled cue patterns for one language.
pub struct Cues {
    pub verbs: Regex,
    pub sources: Regex,
    /// Han, kana and Hangul: no word boundaries to check.
    pub unspaced: bool,
}

fn table<'a>(t: &'a [(&str, &'a [&str])], lang: &str) -> &'a [&'a str] {
    t.iter().find(|(l, _)| *l == lang).map_or(&[], |(_, w)| w)
}

static CUES: LazyLock<Vec<(&'static str, Cues)>> = LazyLock::new(|| {
    VERBS
        .iter()
        .map(|(lang, verbs)| {
            let unspaced = matches!(*lang, "zh" | "ja" | "ko");
            let cues = Cues {
                verbs: words_regex(verbs, unspaced),
                sources: words_regex(table(SOURCE_PHRASES, lang), unspaced),
                unspaced,
            };
            (*lang, cues)
        })
        .collect()
});

/// The cues of a language; English's when the language has none of its own.
pub fn cues(lang: &str) -> &'static Cues {
    let all = &*CUES;
    all.iter()
        .find(|(l, _)| *l == lang)
        .or_else(|| all.iter().find(|(l, _)| *l == "en"))
        .map(|(_, c)| c)
        .expect("English cues")
}

/// The byte span of the match group 1 (or 0 for unspaced scripts) of every match.
pub fn find_all(re: &Regex, text: &str, unspaced: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    while at <= text.len() {
        let Some(c) = re.captures_at(text, at) else {
            break;
        };
        let m = if unspaced { c.get(0) } else { c.get(1) }.expect("group");
        out.push((m.start(), m.end()));
        // Boundary characters are shared between neighbouring matches.
        at = m.end();
    }
    out
}

pub fn is_complementiser(w: &str) -> bool {
    COMPLEMENTISERS.iter().any(|c| c.eq_ignore_ascii_case(w))
}

pub fn is_pronoun(w: &str) -> bool {
    let lw = w.to_lowercase();
    PRONOUNS.contains(&lw.as_str())
}
