//! Sports clubs named by their town: "Wrexham came from behind to beat Stockport County",
//! "O Fortaleza venceu o Juventude", "Краснодар обыграл «Ростов»". Next to a verb of
//! winning, drawing or losing a match, a town's name is the club that plays it; the
//! town's other mentions in the text are the club too, except after a locative ("em
//! Fortaleza").
//!
//! Hand-written: a closed list of match verbs (folded), from general knowledge.

use crate::link::{slug, Context, Picked, Target};
use crate::unknown::new_target;
use crate::{EntityType, PlaceKind};

#[rustfmt::skip]
const MATCH_VERBS: &[(&str, &[&str])] = &[
    ("en", &["beat", "beats", "defeated", "defeats", "edged", "thrashed", "routed", "hammered",
        "overcame", "downed", "drew", "draws", "lost", "loses", "stunned", "trounced", "eliminated",
        "knocked", "outclassed", "outplayed", "swept", "host", "hosts", "hosted", "face", "faces",
        "faced", "against", "vs", "v"]),
    ("pt", &["venceu", "vence", "derrotou", "derrota", "goleou", "empatou", "perdeu", "bateu",
        "eliminou", "recebe", "recebeu", "enfrenta", "enfrentou", "contra", "superou"]),
    ("es", &["vencio", "vence", "derroto", "derrota", "goleo", "empato", "perdio", "elimino",
        "recibe", "recibio", "enfrenta", "enfrento", "contra", "supero", "gano"]),
    ("it", &["battuto", "batte", "sconfitto", "sconfigge", "pareggiato", "pareggia", "perso",
        "perde", "eliminato", "ospita", "contro", "superato", "supera", "travolto"]),
    ("fr", &["battu", "bat", "domine", "elimine", "recoit", "recu", "contre", "perdu",
        "face", "affronte", "affrontera", "surclasse", "ecrase"]),
    ("de", &["besiegte", "besiegt", "schlug", "schlagt", "gewann", "verlor", "empfangt",
        "empfing", "gegen", "remis", "bezwang", "bezwingt", "unterlag"]),
    ("nl", &["versloeg", "verslaat", "won", "verloor", "tegen", "speelde", "ontvangt"]),
    ("pl", &["pokonal", "pokonala", "pokonali", "zremisowal", "zremisowala", "przegral",
        "przegrala", "wygral", "wygrala", "podejmie", "podejmowal", "z"]),
    ("ru", &["обыграл", "обыграли", "победил", "разгромил", "уступил", "сыграл", "принимает",
        "принял", "против", "одолел", "переиграл"]),
    ("uk", &["обіграв", "переміг", "розгромив", "поступився", "зіграв", "приймає", "проти",
        "здолав"]),
];

/// Words that make a text a match report; the verbs above are common enough elsewhere
/// ("Russia faces sanctions", "contra a proposta") that a sports word must be there too.
#[rustfmt::skip]
const SPORT_WORDS: &[&str] = &[
    "match", "game", "goal", "goals", "league", "cup", "season", "coach", "striker", "fixture",
    "stadium", "jogo", "partida", "gol", "gols", "golo", "golos", "campeonato", "tecnico",
    "treinador", "estadio", "torcida", "partido", "goles", "liga", "entrenador", "partita",
    "campionato", "allenatore", "stadio", "squadra", "rete", "reti", "buts", "but",
    "championnat", "entraineur", "stade", "spiel", "tor", "tore", "trainer", "saison",
    "wedstrijd", "doelpunt", "mecz", "bramki", "bramke", "gola", "trener", "матч",
    "гол", "голы", "гола", "тренер", "чемпионат", "сезона", "голи", "чемпіонат",
    "basketball", "baloncesto", "pallacanestro", "basket", "koszykowka", "баскетбол",
    "points", "pontos", "puntos", "punti", "punkte", "punkty", "очков", "очок",
];

/// [`SPORT_WORDS`] as a set: every word of every text is looked up.
static SPORT_SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| SPORT_WORDS.iter().copied().collect());

fn is_match_verb(lang: &str, w: &str) -> bool {
    crate::lexicon::listed_for(MATCH_VERBS, lang, w)
}

/// Articles and prepositions that may stand between a match verb and the club after it
/// ("venceu o Juventude", "a battu le Stade", "contro la Virtus").
const BETWEEN: &[&str] = &[
    "o", "a", "el", "la", "il", "lo", "le", "l", "the", "den", "die", "das", "de", "het", "по",
    "с", "со", "з", "із", "with", "to", "against", "con", "com", "para", "ante",
];

/// Re-reads towns next to a match verb in a match report as clubs.
pub fn add_clubs(cx: &Context, picked: &mut [Picked]) {
    let toks = cx.toks;
    if !toks.iter().any(|t| SPORT_SET.contains(t.folded.as_str())) {
        return;
    }
    let town = |p: &Picked| {
        !p.demonym
            && p.first == p.last
            && matches!(p.target, Target::Known(e)
                if matches!(cx.g.entity(e).place, Some(PlaceKind::City)))
    };
    let verb_at = |k: usize| {
        toks.get(k)
            .is_some_and(|t| is_match_verb(cx.lang, &t.folded))
    };
    let mut clubs: Vec<u32> = Vec::new();
    for p in picked.iter().filter(|p| town(p)) {
        // Subject: the verb right after (an auxiliary between: "ha battuto", "a battu").
        let after =
            verb_at(p.last + 1) || verb_at(p.last + 2) && toks[p.last + 1].folded.len() <= 3;
        // Object: the verb before, over an article or preposition.
        let mut k = p.first;
        while k > 0 && k + 2 >= p.first && BETWEEN.contains(&toks[k - 1].folded.as_str()) {
            k -= 1;
        }
        let before = k > 0 && verb_at(k - 1);
        if after || before {
            if let Target::Known(e) = p.target {
                clubs.push(e);
            }
        }
    }
    for p in picked.iter_mut() {
        let Target::Known(e) = p.target else { continue };
        // "Em Fortaleza, a torcida comemorou": after a locative the town is a place.
        let located = p.first > 0 && cx.lex.is_locative(&toks[p.first - 1].folded);
        if !clubs.contains(&e) || !town(p) || located {
            continue;
        }
        let name = cx.g.entity(e).name;
        p.target = new_target(
            format!("org:{}-club", slug(name)),
            name,
            EntityType::Organisation,
        );
    }
}
