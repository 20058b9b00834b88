//! Last readings that need the whole article: capitals used for their state, roles
//! attached to people, national institutions given their country; then the output.

use crate::detect::Candidate;
use crate::gazetteer::PostingKind;
use crate::lexicon::ZH_COUNTRY_ABBREVIATIONS;
use crate::link::{country_counts, entity_id, Context, Picked, Target, INSTITUTION_PREFIX};
use crate::tokens::Script;
use crate::{EntityType, PlaceKind};
use concord_model::{Entity, Mention};

/// Korean particles after a place that make it a location or a destination (평양에서,
/// 모스크바로, 평양을 방문).
const KO_LOCATIVE: &[&str] = &["에", "에서", "로", "으로", "까지", "부터", "을", "를"];

/// A capital without a locative word before it stands for its state: "Pyongyang will back
/// Moscow" is North Korea and Russia, "talks in Moscow" is the city.
pub fn capitals_as_states(cx: &Context, picked: &mut [Picked]) {
    for p in picked.iter_mut() {
        let Target::Known(e) = p.target else { continue };
        let v = cx.g.entity(e);
        let (Some(PlaceKind::City), Some(state)) = (v.place, v.capital_of) else {
            continue;
        };
        if names_city(cx, p) {
            continue;
        }
        if let Some(c) = cx.g.country(state) {
            p.target = Target::Known(c);
            p.metonym = true;
        }
    }
}

/// Whether the words around a capital say the city itself is meant: a locative word before
/// it ("in", "w", "в", "capitale", "visited"), a locative particle after it (평양에서), a
/// dateline ("Seúl, 13 jul (EFE)"), a route ("Poznań – Warszawa"). Han text uses
/// 朝方/俄方 for governments, so a capital there is the city.
fn names_city(cx: &Context, p: &Picked) -> bool {
    let t = &cx.toks[p.first];
    match t.script {
        Script::Hangul => {
            let rest: String = t.folded.chars().skip(p.end - p.start).collect();
            if KO_LOCATIVE.iter().any(|l| rest.starts_with(l)) {
                return true;
            }
            cx.toks
                .get(p.last + 1)
                .is_some_and(|n| n.folded.starts_with("방문"))
        }
        Script::Cjk => true,
        _ => {
            let locative = |k: usize| cx.lex.is_locative(&cx.toks[k].folded);
            // A clitic preposition glued to the name (בפיונגיאנג).
            if p.start > t.start {
                return true;
            }
            if p.first > 0 && !cx.sentence_start[p.first] {
                if locative(p.first - 1) || place_preposition(cx, p.first - 1) {
                    return true;
                }
                // "in central Jakarta"
                if p.first > 1
                    && !cx.sentence_start[p.first - 1]
                    && !cx.toks[p.first - 1].capitalised
                    && crate::link::joins(cx, p.first - 2, p.first - 1)
                    && crate::link::joins(cx, p.first - 1, p.first)
                    && locative(p.first - 2)
                {
                    return true;
                }
            }
            // "у Житомирі та Києві", "in Kharkiv and Kyiv", "w Bukareszcie, Kijowie, Paryżu
            // i Budapeszcie": a locative carries over a list of one-word places, joined by
            // commas and a conjunction, to each of them.
            let mut k = p.first;
            for _ in 0..8 {
                let conjunction = k > 2 && cx.lex.is_conjunction(cx.lang, &cx.toks[k - 1].folded);
                let comma =
                    k > 1 && cx.text[cx.toks[k - 1].byte_end..cx.toks[k].byte_start].trim() == ",";
                let item = match (conjunction, comma) {
                    (true, _) => k - 2,
                    (false, true) => k - 1,
                    _ => break,
                };
                if !cx.toks[item].capitalised || item == 0 || cx.sentence_start[item] {
                    break;
                }
                if locative(item - 1) || place_preposition(cx, item - 1) {
                    return true;
                }
                k = item;
            }
            // "the Amsterdam marathon": in English a capital between "the" and a lower-case
            // noun names the city, unless the noun is its government.
            if cx.lang == "en" && p.first > 0 && cx.toks[p.first - 1].folded == "the" {
                let next = cx.toks.get(p.last + 1).filter(|n| {
                    n.script == Script::Cased
                        && !n.capitalised
                        && crate::link::joins(cx, p.last, p.last + 1)
                });
                const RULERS: &[&str] = &[
                    "government",
                    "authorities",
                    "officials",
                    "leadership",
                    "regime",
                    "administration",
                    "authority",
                ];
                if next.is_some_and(|n| !RULERS.contains(&n.folded.as_str())) {
                    return true;
                }
            }
            let after = &cx.text[cx.toks[p.last].byte_end..];
            let before = &cx.text[..t.byte_start];
            let line_start =
                before.trim_end_matches([' ', '\t']).ends_with('\n') || before.trim().is_empty();
            let dateline = line_start && after.starts_with(',');
            let dash = |s: &str| s.trim().starts_with(['–', '—', '-']);
            let route = dash(after) || dash(&before.chars().rev().take(3).collect::<String>());
            dateline || route
        }
    }
}

/// "a"/"à" before a city is "in"/"to" in Italian, French and Portuguese ("a Roma", "à
/// Dakar"), but in Spanish it also marks a named object ("acusó a Madrid"). A genitive
/// after a lower-case noun is the city's ("palais royal de Bruxelles", "the streets of
/// Kyiv"), unless that noun is a government ("the government of Moscow").
fn place_preposition(cx: &Context, k: usize) -> bool {
    let w = cx.toks[k].folded.as_str();
    const GENITIVES: &[&str] = &["of", "de", "di", "du", "del", "della", "da", "do", "von"];
    // Governments and the acts of an actor: "the support of Pyongyang", "condenação de Seul".
    #[rustfmt::skip]
    const GOVERNMENTS: &[&str] = &[
        "government", "governo", "gouvernement", "gobierno", "regierung", "authorities",
        "autoridades", "autorita", "autorites", "behorden", "position", "posicao", "posizione",
        "support", "apoio", "appoggio", "sostegno", "soutien", "apoyo", "unterstutzung",
        "condemnation", "condenacao", "condanna", "condamnation", "condena", "statement",
        "comunicado", "comunicato", "communique", "declaracao", "dichiarazione", "declaration",
        "declaracion", "decision", "decisao", "decisione", "response", "resposta", "risposta",
        "reponse", "respuesta", "pressure", "pressao", "pressione", "pression", "presion",
        "request", "pedido", "richiesta", "demande", "solicitud", "officials", "funcionarios",
        "funzionari", "responsables", "vertreter", "warning", "aviso", "avvertimento",
        "avertissement", "advertencia", "accusations", "acusacoes", "accuse", "acusaciones",
        "media", "medias", "midia", "medien",
    ];
    // The noun may be one adjective away ("condenação imediata de Seul").
    let actor_noun = |j: usize| GOVERNMENTS.contains(&cx.toks[j].folded.as_str());
    let near_actor = (k.saturating_sub(3)..k).any(|j| !cx.sentence_start[j + 1] && actor_noun(j));
    if w == "a" {
        return matches!(cx.lang, "it" | "fr" | "pt") && !near_actor;
    }
    // "Universidade Agostinho Neto, de Luanda": a genitive after the comma that ends a
    // name says where its bearer is.
    let after_named_comma = k > 0
        && cx.text[cx.toks[k - 1].byte_end..cx.toks[k].byte_start].trim() == ","
        && cx.toks[k - 1].capitalised;
    GENITIVES.contains(&w)
        && k > 0
        && !cx.sentence_start[k]
        && ((crate::link::joins(cx, k - 1, k)
            && cx.toks[k - 1].script == Script::Cased
            && !cx.toks[k - 1].capitalised)
            || after_named_comma)
        && !near_actor
}

/// Chinese 朝方, 俄方: a country's one-character abbreviation with 方 ("side") is its
/// government, as a metonym of the country.
pub fn zh_sides(cx: &Context, picked: &mut Vec<Picked>) {
    let cov = crate::link::covered(cx.toks, picked);
    let mut add = Vec::new();
    for (i, t, chars) in crate::tokens::cjk_runs(cx.toks) {
        for k in 0..chars.len().saturating_sub(1) {
            if chars[k + 1] != '方' {
                continue;
            }
            let start = t.char_starts[k];
            if cov[i] && picked.iter().any(|p| p.start <= start + 1 && start < p.end) {
                continue;
            }
            let Some(&(_, code)) = ZH_COUNTRY_ABBREVIATIONS
                .iter()
                .find(|(c, _)| *c == chars[k])
            else {
                continue;
            };
            if let Some(e) = cx.g.country(code) {
                add.push(Picked {
                    first: i,
                    last: i,
                    start,
                    end: start + 2,
                    target: Target::Known(e),
                    demonym: false,
                    metonym: true,
                    role: None,
                    affiliation: None,
                });
            }
        }
    }
    picked.extend(add);
    picked.sort_by_key(|p| p.start);
}

fn country_id(cx: &Context, p: &Picked) -> Option<String> {
    match p.target {
        Target::Known(e) => {
            let v = cx.g.entity(e);
            (v.place == Some(PlaceKind::Country)).then(|| v.id.to_string())
        }
        _ => None,
    }
}

/// Roles ("ministro das Relações Exteriores da Rússia Sergey Lavrov") go to the person
/// right after them, or right before them ("Lavrov, Russia's foreign minister"), with the
/// country named in between as the affiliation.
pub fn attach_roles(cx: &Context, picked: &mut [Picked]) {
    let same_sentence = |a: usize, b: usize| {
        (a + 1..=b).all(|k| !cx.sentence_start.get(k).copied().unwrap_or(true))
    };
    for r in 0..picked.len() {
        let Target::Role(role) = picked[r].target.clone() else {
            continue;
        };
        let (rf, rl) = (picked[r].first, picked[r].last);
        let is_person =
            |p: &Picked| entity_id(cx, &p.target).is_some_and(|(_, _, t)| t == EntityType::Person);
        let after = (r + 1..picked.len())
            .find(|&k| is_person(&picked[k]))
            .filter(|&k| picked[k].first - rl <= 7 && same_sentence(rl, picked[k].first));
        let before = (0..r)
            .rev()
            .find(|&k| is_person(&picked[k]))
            .filter(|&k| rf - picked[k].last <= 3 && same_sentence(picked[k].last, rf));
        let Some(person) = after.or(before) else {
            continue;
        };
        let lo = rf.min(picked[person].first).saturating_sub(2);
        let hi = rl.max(picked[person].last) + 4;
        let affiliation = picked
            .iter()
            .filter(|p| p.first >= lo && p.last <= hi)
            .find_map(|p| country_id(cx, p));
        if picked[person].role.is_none() {
            picked[person].role = Some(role);
            picked[person].affiliation = affiliation;
        }
    }
}

/// A designation such as "foreign ministry" or "МИД" is the institution of the country
/// named next to it, else of the country last named in the sentence, else of the
/// country the article names most.
pub fn institutions(cx: &Context, picked: &mut [Picked]) {
    let counts = country_counts(cx, picked);
    let main = counts
        .iter()
        .max_by_key(|(id, n)| (**n, std::cmp::Reverse(*id)))
        .map(|(id, _)| id.clone());
    for k in 0..picked.len() {
        let Target::Known(e) = picked[k].target else {
            continue;
        };
        let Some(kind) = cx.g.entity(e).id.strip_prefix(INSTITUTION_PREFIX) else {
            continue;
        };
        let (f, l) = (picked[k].first, picked[k].last);
        let near = picked
            .iter()
            .filter(|p| p.first > l && p.first <= l + 3 || p.last < f && p.last + 2 >= f)
            .find_map(|p| country_id(cx, p));
        let earlier = picked[..k]
            .iter()
            .rev()
            .take_while(|p| !(p.first..=f).any(|i| cx.sentence_start[i] && i != p.first))
            .find_map(|p| country_id(cx, p));
        let country = near.or(earlier).or_else(|| main.clone());
        let idx = country.as_ref().and_then(|c| {
            picked.iter().find_map(|p| match p.target {
                Target::Known(x) if cx.g.entity(x).id == *c => Some(x),
                _ => None,
            })
        });
        picked[k].target = national_institution(cx, kind, country.as_deref(), idx);
    }
}

/// The entity of a country's institution ("org:ng-central-bank", "Nigeria central bank"),
/// or the institution in general when no country is known. `country` is the country's id,
/// `known` its gazetteer entity when the text names it.
pub(crate) fn national_institution(
    cx: &Context,
    kind: &str,
    country: Option<&str>,
    known: Option<u32>,
) -> Target {
    let (id, name) = match country {
        Some(c) => {
            let cname = known.map(|x| cx.g.entity(x).name).unwrap_or(c);
            let code = known.and_then(|x| cx.g.entity(x).country).unwrap_or(c);
            (
                format!("org:{code}-{kind}"),
                format!("{cname} {}", kind.replace('-', " ")),
            )
        }
        None => (format!("org:{kind}"), kind.replace('-', " ")),
    };
    Target::New {
        id,
        name,
        etype: EntityType::Organisation,
    }
}

/// "Serviço Nacional de Inteligência da Coréia do Sul (NIS)": an organisation spelt out
/// and its acronym in parentheses are one entity. The known one of the two gives the id
/// (else the spelt-out name); places between them are kept as they are.
pub fn acronym_definitions(cx: &Context, picked: &mut [Picked]) {
    for a in 0..picked.len() {
        let acr = &picked[a];
        let t = &cx.toks[acr.first];
        if acr.first != acr.last || !t.all_caps || !is_org(cx, &acr.target) {
            continue;
        }
        if !cx.text[..t.byte_start].trim_end().ends_with('(') {
            continue;
        }
        // The organisation before "(", with only places and connectors after it.
        let Some(o) = (0..a).rev().find(|&k| is_org(cx, &picked[k].target)) else {
            continue;
        };
        let between_ok = (picked[o].last + 1..acr.first).all(|k| {
            cx.lex.is_connector(&cx.toks[k].folded)
                || picked[o + 1..a].iter().any(|p| p.first <= k && k <= p.last)
        }) && acr.first - picked[o].last <= 8;
        if !between_ok || picked[o].target == picked[a].target {
            continue;
        }
        let long_known = matches!(picked[o].target, Target::Known(_));
        let target = if long_known || !matches!(picked[a].target, Target::Known(_)) {
            picked[o].target.clone()
        } else {
            picked[a].target.clone()
        };
        let (from_o, from_a) = (picked[o].target.clone(), picked[a].target.clone());
        for p in picked.iter_mut() {
            if p.target == from_o || p.target == from_a {
                p.target = target.clone();
            }
        }
    }
}

fn is_org(cx: &Context, t: &Target) -> bool {
    entity_id(cx, t).is_some_and(|(_, _, e)| e == EntityType::Organisation)
}

/// Groups the picks into entities, in order of first mention.
pub fn entities(cx: &Context, picked: &[Picked]) -> Vec<Entity> {
    let char_bytes: Vec<usize> = cx
        .text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(cx.text.len()))
        .collect();
    let mut out: Vec<Entity> = Vec::new();
    for p in picked {
        let Some((id, name, etype)) = entity_id(cx, &p.target) else {
            continue;
        };
        let text = cx.text[char_bytes[p.start]..char_bytes[p.end]].to_string();
        let m = Mention {
            text,
            start: p.start,
            end: p.end,
            in_title: false,
            demonym: p.demonym,
            metonym: p.metonym,
            role: p.role.clone(),
            affiliation: p.affiliation.clone(),
        };
        match out.iter_mut().find(|e| e.id == id) {
            Some(e) => e.mentions.push(m),
            None => out.push(Entity {
                id,
                name,
                etype,
                mentions: vec![m],
            }),
        }
    }
    for e in &mut out {
        if e.id.starts_with("person:") || e.id.starts_with("org:") {
            // Entities no table knows are named by their longest mention.
            if let Some(m) = e
                .mentions
                .iter()
                .filter(|m| !m.demonym)
                .max_by_key(|m| m.text.chars().count())
            {
                if !e.id.contains('-') || m.text.chars().count() > e.name.chars().count() {
                    e.name.clone_from(&m.text);
                }
            }
        }
    }
    out
}

/// A title that names an institution ("глава МИД", "head of the Foreign Ministry"): the
/// institution inside it is a mention too (roles are not output, so nothing overlaps).
pub fn institutions_in_roles(cx: &Context, cands: &[Candidate], picked: &mut Vec<Picked>) {
    let roles: Vec<(usize, usize)> = picked
        .iter()
        .filter(|p| matches!(p.target, Target::Role(_)))
        .map(|p| (p.start, p.end))
        .collect();
    let mut add = Vec::new();
    for c in cands {
        if !roles
            .iter()
            .any(|&(s, e)| s <= c.start && c.end <= e && (s, e) != (c.start, c.end))
        {
            continue;
        }
        let Some((_, e, kind)) = cx.best(c) else {
            continue;
        };
        if !cx.g.entity(e).id.starts_with(INSTITUTION_PREFIX) {
            continue;
        }
        if add
            .iter()
            .any(|p: &Picked| p.start < c.end && c.start < p.end)
        {
            continue;
        }
        add.push(Picked {
            first: c.first,
            last: c.last,
            start: c.start,
            end: c.end,
            target: Target::Known(e),
            demonym: kind == PostingKind::Demonym,
            metonym: false,
            role: None,
            affiliation: None,
        });
    }
    picked.extend(add);
    picked.sort_by_key(|p| p.start);
}
