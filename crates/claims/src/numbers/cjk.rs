//! Chinese, Japanese and Korean: Han numerals (三千, 两百), the multipliers 万/亿 and
//! 만/억 written against the digits, counters (名, 人, 명, 개) that are not the counted
//! thing, qualifiers written after the number (以上, 左右, 이상, 여), dates written with
//! 年/月/日, and the counted noun before the number ("병력 1만 명", "士兵1000名") or after
//! the counter ("1000名士兵", "1000人の兵士", "1000명의 병사").

use super::cjk_words::{Counter::*, *};
use super::compose::Compose;
use super::lang::{Lang, Nw};
use super::numerals::is_digit;
use super::scan::{int_at, Found, Scanner};
use super::text::{
    at, before, is_alnum, script, skip_blank, skip_blank_back, word_end, word_start, Prefixes,
    Script,
};
use super::units::{self, PERCENT};
use concord_model::Qualifier::{self, *};
use std::sync::LazyLock;

/// The tables of `cjk_words` as prefix lookups: counters, qualifiers (zh, ja, ko), units, suffixes.
struct Lookups {
    counters: [Prefixes<Counter>; 3],
    after: [Prefixes<Qualifier>; 3],
    units: Prefixes<&'static str>,
    suffixes: Prefixes<Suffix>,
}

static LOOKUPS: LazyLock<Lookups> = LazyLock::new(|| Lookups {
    counters: [
        Prefixes::new(ZH_COUNTERS),
        Prefixes::new(JA_COUNTERS),
        Prefixes::new(KO_COUNTERS),
    ],
    after: [
        Prefixes::new(ZH_AFTER),
        Prefixes::new(JA_AFTER),
        Prefixes::new(KO_AFTER),
    ],
    units: Prefixes::new(UNITS),
    suffixes: Prefixes::new(SUFFIXES),
});

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Ko => 2,
        Lang::Ja => 1,
        _ => 0,
    }
}

fn han_value(c: char) -> Option<Nw> {
    Some(match c {
        '〇' | '零' => Nw::A(0.),
        '一' | '壹' => Nw::A(1.),
        '二' | '两' | '兩' | '貳' => Nw::A(2.),
        '三' => Nw::A(3.),
        '四' => Nw::A(4.),
        '五' => Nw::A(5.),
        '六' => Nw::A(6.),
        '七' => Nw::A(7.),
        '八' => Nw::A(8.),
        '九' => Nw::A(9.),
        _ => return mult_value(c, Lang::Zh),
    })
}

fn mult_value(c: char, lang: Lang) -> Option<Nw> {
    Some(match (c, lang) {
        ('十' | '拾', Lang::Zh | Lang::Ja) => Nw::S(10.),
        ('百' | '佰', Lang::Zh | Lang::Ja) => Nw::S(100.),
        ('千' | '仟', Lang::Zh | Lang::Ja) => Nw::S(1e3),
        ('万' | '萬', Lang::Zh | Lang::Ja) => Nw::B(1e4),
        ('亿' | '億', Lang::Zh | Lang::Ja) => Nw::B(1e8),
        ('兆', Lang::Zh | Lang::Ja) => Nw::B(1e12),
        ('십', Lang::Ko) => Nw::S(10.),
        ('백', Lang::Ko) => Nw::S(100.),
        ('천', Lang::Ko) => Nw::S(1e3),
        ('만', Lang::Ko) => Nw::B(1e4),
        ('억', Lang::Ko) => Nw::B(1e8),
        ('조', Lang::Ko) => Nw::B(1e12),
        _ => return None,
    })
}

impl Scanner<'_> {
    fn counter(&self, p: usize) -> Option<(usize, Counter)> {
        LOOKUPS.counters[slot(self.lang)].at(self.text, p)
    }

    fn after_qual(&self, p: usize) -> Option<(usize, Qualifier)> {
        LOOKUPS.after[slot(self.lang)].at(self.text, p)
    }

    /// Whether a quantity word follows at `p`: a counter, unit, currency or qualifier.
    fn quantity_follows(&self, p: usize) -> bool {
        let p = if self.lang == Lang::Ko {
            skip_blank(self.text, p)
        } else {
            p
        };
        self.counter(p).is_some()
            || self.after_qual(p).is_some()
            || LOOKUPS.units.at(self.text, p).is_some()
            || matches!(at(self.text, p), Some('多' | '余' | '餘'))
    }
}

/// Han numerals from `i` ("三千", "两百", "数万"): the composition and its end.
pub(super) fn numeral(sc: &mut Scanner, i: usize) -> Option<(Compose, usize)> {
    let mut comp = Compose::new(false);
    let mut p = i;
    if matches!(at(sc.text, p), Some('数' | '數' | '几' | '幾')) {
        comp.push(Nw::Sev, false);
        p += 3;
    }
    while let Some(c) = at(sc.text, p) {
        let Some(w) = han_value(c) else { break };
        if w != Nw::A(0.) && !comp.push(w, false) {
            break;
        }
        p += c.len_utf8();
    }
    (p > i && comp.result().is_some()).then_some((comp, p))
}

/// A number written with Han numerals (Chinese, Japanese). Kept only before a counter,
/// unit or qualifier, or with 万/亿 inside: most other such characters are words ("三星",
/// "一些", "百姓", "万一").
pub(super) fn at_han(sc: &mut Scanner, i: usize) -> usize {
    // "百分之四十": percent written before the numeral.
    if sc.text[i..].starts_with("百分之") {
        let p = i + "百分之".len();
        if let Some((comp, end)) = numeral(sc, p) {
            let mut f = Found::new(i, end, None);
            if f.set(&comp) {
                f.unit = Some(PERCENT);
                return sc.finish_cjk(f);
            }
        }
        return p;
    }
    let c = at(sc.text, i).unwrap_or(' ');
    let next = i + c.len_utf8();
    if han_value(c).is_none() && !matches!(c, '数' | '數' | '几' | '幾') {
        return next;
    }
    let Some((comp, end)) = numeral(sc, i) else {
        return next;
    };
    if before(sc.text, i) == Some('第') {
        return end;
    }
    let mut f = Found::new(i, end, None);
    if !f.set(&comp) || (f.value < 2.0 && !comp.mult) {
        return end;
    }
    let leading_mult = matches!(han_value(c), Some(Nw::S(_) | Nw::B(_)));
    let big_inside = sc.text[i..end]
        .chars()
        .any(|c| matches!(han_value(c), Some(Nw::B(_))));
    if !(sc.quantity_follows(end) || big_inside && !leading_mult) {
        return end;
    }
    sc.finish_cjk(f)
}

/// Korean number words: "수천", "수십만" (vague), "천 명", "만 명", and native numerals
/// before a counter ("두 명", "세 척").
pub(super) fn at_hangul(sc: &mut Scanner, i: usize) -> usize {
    let text = sc.text;
    let we = word_end(text, i, false);
    if before(text, i).is_some_and(is_alnum) {
        return we;
    }
    let mut comp = Compose::new(false);
    let mut p = i;
    if text[i..].starts_with('수')
        && at(text, i + 3)
            .and_then(|c| mult_value(c, Lang::Ko))
            .is_some()
    {
        comp.push(Nw::Sev, false);
        p += 3;
    }
    while p < we {
        let c = at(text, p).unwrap_or(' ');
        let Some(w) = mult_value(c, Lang::Ko) else {
            break;
        };
        if !comp.push(w, false) {
            break;
        }
        p += c.len_utf8();
    }
    if p == i || (p == i + 3 && comp.is_vague()) {
        for &(word, v) in NATIVE_KO {
            if text[i..we].starts_with(word) {
                comp = Compose::new(false);
                comp.push(Nw::A(v), false);
                p = i + word.len();
                break;
            }
        }
    }
    let rest = &text[p..we];
    let ordinal = rest.starts_with("번째")
        || rest.starts_with('째')
        || (rest.is_empty() && text[skip_blank(text, we)..].starts_with("번째"));
    if p == i || ordinal || !sc.quantity_follows(p) {
        return we;
    }
    let mut f = Found::new(i, p, None);
    if !f.set(&comp) {
        return we;
    }
    sc.finish_cjk(f)
}

/// After digits: 万/亿/千 (zh, ja) and 만/억/천 (ko), further digit groups ("1亿2000万",
/// "1억 2천만") and 多/余/여 between them ("3000多万", "1만여").
pub(super) fn multipliers(
    sc: &mut Scanner,
    end: usize,
    comp: &mut Compose,
    f: &mut Found,
) -> usize {
    let text = sc.text;
    let lang = sc.lang;
    let mut p = end;
    loop {
        let q = if lang == Lang::Ko && comp.mult {
            skip_blank(text, p)
        } else {
            p
        };
        let Some(c) = at(text, q) else { break };
        // A unit written with a multiplier's character: "10千米" is 10 km, not 10,000 m.
        if LOOKUPS
            .units
            .at(text, q)
            .is_some_and(|(e, _)| e > q + c.len_utf8())
        {
            break;
        }
        if let Some(w) = mult_value(c, lang) {
            if !comp.push(w, false) {
                break;
            }
            p = q + c.len_utf8();
            continue;
        }
        let after = at(text, q + c.len_utf8());
        if matches!(c, '多' | '余' | '餘') && after.and_then(|n| mult_value(n, lang)).is_some() {
            f.qualifier = Some(MoreThan);
            p = q + c.len_utf8();
            continue;
        }
        if is_digit(c) && comp.mult {
            let Some((e, v)) = int_at(text, q) else { break };
            let mult_next = at(text, e).and_then(|n| mult_value(n, lang)).is_some();
            // Korean writes the rest after a space: "1만 2000여 명" = 12,000 (not a date:
            // "20억 2025년").
            let ko_rest = lang == Lang::Ko
                && v < 10_000.0
                && !at(text, e).is_some_and(|n| "년월일시분초".contains(n));
            let mut trial = *comp;
            if (mult_next || q == p || ko_rest) && trial.push(Nw::A(v), false) {
                *comp = trial;
                p = e;
                continue;
            }
        }
        break;
    }
    p
}

impl Scanner<'_> {
    /// Finishes a CJK number: the words after it, then the common finish.
    fn finish_cjk(&mut self, mut f: Found) -> usize {
        self.qualifier_before(&mut f);
        if let Some(e) = after(self, &mut f) {
            return e;
        }
        self.finish(f)
    }

    /// The noun written right before the number ("士兵1000名", "兵士約1000人", "병력 1만 명").
    /// With `object` (the number is an object: "1만 명을"), a topic before it is the
    /// agent ("북한은 1만 명을 파병했다"), not what is counted.
    fn noun_before(&mut self, start: usize, object: bool) -> Option<(usize, usize)> {
        let text = self.text;
        if self.lang == Lang::Ko {
            let j = skip_blank_back(text, start);
            if j == start {
                return None;
            }
            let s = word_start(text, j, false);
            let w = &text[s..j];
            let last = w.chars().last()?;
            let syllables = w.chars().count();
            // A topic or subject particle may stand between ("관광객이 1400만 명").
            let subject = "은는도".contains(last) && syllables >= 2 && !object
                || (matches!(last, '이' | '가') && syllables >= 3);
            let j = if subject { j - last.len_utf8() } else { j };
            let w = &text[s..j];
            let last = w.chars().last()?;
            // After a stripped particle only another particle disqualifies ("시험에는").
            let particle = if subject {
                "에의로와과서을를".contains(last)
            } else {
                // Verb and adjective endings too: "줄어든", "늘어난" (past adnominal).
                // and the connective "-해" ("충돌해 2명이").
                "은는을를에의로와과서도고며면다지게한된진던할될든난해".contains(last)
            };
            let function = KO_NOT_NOUNS.contains(&w);
            if s >= j || script(last) != Some(Script::Hangul) || particle || function {
                return None;
            }
            // "소방대원과 경찰 200여 명": a noun joined by "과"/"와" is counted too.
            let p = skip_blank_back(text, s);
            if p < s {
                let s0 = word_start(text, p, false);
                let joined = &text[s0..p];
                if joined.chars().count() >= 3 && joined.ends_with(['과', '와']) {
                    return Some((s0, j));
                }
            }
            return Some((s, j));
        }
        let max = if self.lang == Lang::Ja { 8 } else { 4 };
        let mut end = start;
        // "観客は4万8000人": a topic or subject particle may stand between.
        let particle =
            before(text, end).is_some_and(|c| c == 'が' || !object && "はも".contains(c));
        if self.lang == Lang::Ja && particle {
            end -= 'は'.len_utf8();
        }
        let mut s = end;
        let mut n = 0;
        while let Some(c) = before(text, s) {
            // "人次" (person-trips) is a noun although 人 alone is a counter.
            let person_trips = c == '次' && text[..s - c.len_utf8()].ends_with('人');
            // 人 opening a noun ("人员", "人士", "人民") is no counter either.
            let person_noun =
                c == '人' && s < end && text[s..].starts_with(['员', '員', '士', '民']);
            let ok = match script(c) {
                Some(Script::Han) => !ZH_STOP.contains(c) || self.lang == Lang::Ja || person_noun,
                Some(Script::Kana) => {
                    self.lang == Lang::Ja && !('\u{3040}'..='\u{309f}').contains(&c)
                }
                _ => false,
            };
            if !ok || n >= max {
                break;
            }
            s -= c.len_utf8();
            n += 1;
            if person_trips {
                s -= '人'.len_utf8();
                n += 1;
            }
        }
        // A verb before the number is no noun ("紧急转移安置4000余人").
        if self.lang == Lang::Zh && ZH_VERBS.iter().any(|v| text[s..end].ends_with(v)) {
            return None;
        }
        // One Chinese character is too often half a word ("流离失所").
        (n >= if self.lang == Lang::Zh { 2 } else { 1 }).then_some((s, end))
    }

    /// The noun after a counter: "1000名士兵", "1000人の兵士", "1000명의 병사들이".
    fn noun_after(&mut self, p: usize) -> Option<(usize, usize)> {
        let text = self.text;
        match self.lang {
            Lang::Ko => {
                let q = p + text[p..].starts_with('의') as usize * '의'.len_utf8();
                if q == p {
                    return None;
                }
                let s = skip_blank(text, q);
                let mut e = word_end(text, s, false);
                if e == s || script(at(text, s)?) != Some(Script::Hangul) {
                    return None;
                }
                // An adnominal adjective before the noun ("50mm 안팎의 강한 비"): the noun too.
                if text[s..e].ends_with(['한', '은', '운', '된', '진']) {
                    let n = skip_blank(text, e);
                    let ne = word_end(text, n, false);
                    if n > e && ne > n && at(text, n).and_then(script) == Some(Script::Hangul) {
                        e = ne;
                    }
                }
                if let Some(pt) = KO_PARTICLES
                    .iter()
                    .find(|pt| text[s..e].ends_with(*pt) && e - s > pt.len() + 3)
                {
                    e -= pt.len();
                }
                Some((s, e))
            }
            Lang::Ja => {
                let s = p + text[p..].starts_with('の') as usize * 'の'.len_utf8();
                if s == p {
                    return None;
                }
                let mut e = s;
                while let Some(c) = at(text, e) {
                    let kana =
                        script(c) == Some(Script::Kana) && !('\u{3040}'..='\u{309f}').contains(&c);
                    if !(script(c) == Some(Script::Han) || kana) || e - s >= 24 {
                        break;
                    }
                    e += c.len_utf8();
                }
                (e > s).then_some((s, e))
            }
            _ => {
                // "1000名以上的工程师": the noun after 的.
                let p = p + text[p..].starts_with('的') as usize * '的'.len_utf8();
                if ZH_VERBS.iter().any(|v| text[p..].starts_with(v)) {
                    return None;
                }
                let mut e = p;
                while let Some(c) = at(text, e) {
                    // 人 inside a noun ("人大代表") is not the counter.
                    let stop = ZH_STOP.contains(c) && !(c == '人' && e > p)
                        || ZH_VERBS.iter().any(|v| text[e..].starts_with(v));
                    if script(c) != Some(Script::Han) || stop || e - p >= 24 {
                        break;
                    }
                    e += c.len_utf8();
                }
                (e >= p + 6).then_some((p, e))
            }
        }
    }
}

/// Dates, counters, after-qualifiers, units and the counted noun of a CJK number.
/// Returns the offset to resume from when it is not a quantity.
pub(super) fn after(sc: &mut Scanner, f: &mut Found) -> Option<usize> {
    let text = sc.text;
    let ko = sc.lang == Lang::Ko;
    if before(text, f.lit.map_or(f.start, |l| l.start)).is_some_and(|c| matches!(c, '第' | '제'))
    {
        return Some(f.end);
    }
    // Scores: "2대1", "5対3", "3比1".
    let score = |c: Option<char>| c.is_some_and(|c| SCORE.contains(&c));
    let first = f.lit.map_or(f.start, |l| l.start);
    if score(before(text, first)) && before(text, first - 3).is_some_and(is_digit) {
        return Some(f.end);
    }
    if score(at(text, f.end)) && at(text, f.end + 3).is_some_and(is_digit) {
        return Some(int_at(text, f.end + 3).map_or(f.end + 3, |(e, _)| e));
    }
    let mut p = f.end;
    // "人民币300万元", "新台幣9,899億元": the currency named before, its word 元 after.
    if f.unit.is_some_and(units::is_money) && matches!(at(text, p), Some('元' | '圆')) {
        f.end = p + '元'.len_utf8();
        p = f.end;
    }
    if f.unit.is_none() {
        if let Some((e, u)) = LOOKUPS
            .units
            .at(text, if ko { skip_blank(text, p) } else { p })
            .filter(|&(e, _)| !text[e..].starts_with('目'))
        {
            f.unit = Some(u);
            f.end = e;
            p = e;
        }
    }
    // A qualifier right after the number ("1만여 명", "1000多名", "1000余人", "3억 원 이상").
    let r = if ko { skip_blank(text, p) } else { p };
    if let Some((e, q)) = sc
        .after_qual(r)
        .filter(|_| r == p || !text[r..].starts_with('여'))
    {
        f.qualifier.get_or_insert(q);
        f.end = e;
        p = e;
    }
    let q = if ko { skip_blank(text, p) } else { p };
    // A longer non-quantity suffix wins over a counter it starts with ("4분기": a quarter,
    // not 분, minutes).
    let mut counter = sc.counter(q).map(|(e, k)| (q, e, k));
    if let Some((e, Suffix::Skip)) = LOOKUPS.suffixes.at(text, q).filter(|_| q == p) {
        if counter.is_none_or(|(_, ce, _)| ce < e) {
            return Some(e);
        }
    }
    if counter.is_some_and(|(_, _, k)| ko && k == Time && q != p) {
        counter = None;
    }
    if counter.is_none() && !f.mult && f.unit.is_none() {
        match LOOKUPS.suffixes.at(text, q) {
            Some((e, Suffix::Year)) if f.value < 1000.0 && q == p => counter = Some((q, e, Time)),
            Some((e, Suffix::Year | Suffix::Skip)) if q == p => return Some(e),
            Some((e, Suffix::Month)) if f.value <= 12.0 && q == p => return Some(e),
            Some((e, Suffix::Day)) if f.value <= 31.0 && q == p => return Some(e),
            _ => {}
        }
    }
    let mut counted = None;
    if let Some((cs, ce, kind)) = counter {
        p = ce;
        let ago = if ko {
            text[skip_blank(text, ce)..].starts_with('전')
        } else {
            text[ce..].starts_with('前')
        };
        if kind == Time && ago {
            return Some(ce);
        }
        if &text[cs..ce] == "次" && ZH_SESSION.iter().any(|w| text[ce..].starts_with(w)) {
            return Some(ce);
        }
        // A qualifier after the counter extends the number over it ("1000人以上").
        let r = if ko { skip_blank(text, ce) } else { ce };
        if let Some((e, qual)) = sc
            .after_qual(r)
            .filter(|_| !(ko && text[r..].starts_with('여')))
        {
            f.qualifier.get_or_insert(qual);
            f.end = e;
            p = e;
        }
        counted = match kind {
            Time | Noun => Some((cs, ce)),
            Age => {
                f.counted_done = true;
                return None;
            }
            // In Korean a noun after the counter comes right after it ("1000명의 병사").
            Thing => sc.noun_after(p).filter(|_| p == ce || !ko),
        };
    }
    // A percentage or measure of something: "百分之六十的农田", "300헥타르의 산림".
    let linked = ['的', 'の', '의'].iter().any(|&c| text[p..].starts_with(c));
    if counted.is_none() && linked && f.unit.is_some_and(|u| !units::is_money(u)) {
        counted = sc.noun_after(p);
    }
    // The noun before needs a counter or multiplier to tie it to the number ("관광객이
    // 1400만 명"; not "규모 4.2", "マグニチュード7.1", nor "焼失面積は約2100ヘクタール"
    // where it names the measure).
    let quantity = counter.is_some() || f.mult || f.vague;
    if counted.is_none()
        && quantity
        && f.unit
            .is_none_or(|u| !units::is_money(u) && !units::is_rate(u))
    {
        let object = ['을', '를', 'を']
            .iter()
            .any(|&c| text[skip_blank(text, p)..].starts_with(c));
        counted = sc.noun_before(f.start, object);
    }
    f.counted = counted;
    f.counted_done = true;
    None
}
