//! Japanese people that no table knows. Kanji names have no capitals and no spaces, but
//! almost every one starts with one of a few hundred family names, and news writes the name
//! right before a title, an honorific or a particle ("佐藤健一防衛相は", "田中亮氏", "高橋美咲さん
//! が"). A family name from our list, then one to three kanji of given name, then one of those
//! is taken as a person.
//!
//! Written by hand: no Japanese word segmenter with name tags is available from the
//! registries for Rust. The family names are the most common ones, written down from general
//! knowledge.

use crate::link::{is_place, Context, Picked, Target};

/// Common Japanese family names.
#[rustfmt::skip]
const FAMILY_NAMES: &[&str] = &[
    "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "渡邊", "山本", "中村", "小林", "加藤", "吉田",
    "山田", "佐々木", "山口", "松本", "井上", "木村", "清水", "山崎", "池田", "橋本", "阿部",
    "石川", "山下", "中島", "石井", "小川", "前田", "岡田", "長谷川", "藤田", "後藤", "近藤",
    "村上", "遠藤", "青木", "坂本", "斉藤", "斎藤", "福田", "太田", "西村", "藤井", "金子", "岡本",
    "藤原", "中野", "三浦", "原田", "松田", "竹内", "中川", "小野", "田村", "和田", "石田", "上田",
    "森田", "柴田", "酒井", "工藤", "横山", "宮崎", "宮本", "内田", "高木", "安藤", "島田", "谷口",
    "大野", "丸山", "今井", "高田", "藤本", "武田", "村田", "上野", "杉山", "増田", "平野", "大塚",
    "千葉", "久保", "松井", "小島", "岩崎", "桜井", "野口", "松尾", "野村", "木下", "菊地", "菊池",
    "佐野", "大西", "杉本", "新井", "浜田", "菅原", "市川", "水野", "小松", "大谷", "岸田", "石破",
    "河野", "菅", "安倍", "麻生", "茂木", "林", "森", "原", "西田", "北村", "片山", "中山", "吉川",
    "河合", "小山", "大橋", "荒木", "本田", "松岡", "服部", "吉村", "平田", "樋口", "秋山", "永井",
];

/// Titles and honorifics written right after a name.
#[rustfmt::skip]
const AFTER_NAME: &[&str] = &[
    "氏", "さん", "様", "選手", "監督", "代表", "社長", "会長", "首相", "外相", "防衛相", "大臣",
    "知事", "市長", "教授", "准教授", "議員", "長官", "報道官", "容疑者", "被告", "理事長", "所長",
    "部長", "局長", "委員長", "幹事長", "官房長官", "総裁", "医師", "弁護士", "記者", "投手",
    "外務大臣", "防衛大臣", "財務相", "経済産業相", "大使", "主将", "コーチ",
];

/// Last characters of place names, never of a given name ("山田町", "中島駅").
const PLACE_ENDINGS: &[char] = &[
    '町', '市', '村', '県', '区', '駅', '港', '川', '島', '線', '郡',
];

/// Longest given name, in characters.
const MAX_GIVEN: usize = 3;

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '々')
}

/// Adds the Japanese people found by a family name and what follows their name.
pub fn add_japanese_people(cx: &Context, picked: &mut Vec<Picked>) {
    if cx.lang != "ja" {
        return;
    }
    let mut add: Vec<Picked> = Vec::new();
    // Family name -> the person named in full, for later mentions by family name and title
    // ("大谷翔平" ... "大谷選手").
    let mut by_family: Vec<(String, Target)> = Vec::new();
    for (ti, t, chars) in crate::tokens::cjk_runs(cx.toks) {
        let mut k = 0;
        while k < chars.len() {
            let Some((family, len)) = person_at(&chars, k) else {
                k += 1;
                continue;
            };
            let family_name: String = chars[k..k + family].iter().collect();
            let known = by_family.iter().find(|(f, _)| *f == family_name);
            if len == family && known.is_none() {
                k += len;
                continue;
            }
            let (s, e) = (t.char_starts[k], t.char_starts[k + len - 1] + 1);
            // A place read from the family name alone gives way ("山下|健太郎").
            let blocked = |q: &Picked| {
                q.start < e && s < q.end && !(q.start >= s && q.end <= e && is_place(cx, q))
            };
            if !picked.iter().any(blocked) {
                picked.retain(|q| !(q.start >= s && q.end <= e));
                let target = match known {
                    Some((_, t)) if len == family => t.clone(),
                    _ => {
                        let t = crate::chinese::han_person(chars[k..k + len].iter().collect());
                        by_family.push((family_name, t.clone()));
                        t
                    }
                };
                add.push(Picked::new(ti, ti, s, e, target));
            }
            k += len;
        }
    }
    picked.extend(add);
    picked.sort_by_key(|p| p.start);
}

/// The lengths of the family name and of the whole name starting at `k`, if one does; the
/// two are equal for a family name alone before a title ("大谷選手").
fn person_at(chars: &[char], k: usize) -> Option<(usize, usize)> {
    // A name does not start inside a kanji word.
    if k > 0 && is_kanji(chars[k - 1]) {
        return None;
    }
    let rest = &chars[k..];
    if !is_kanji(rest[0]) {
        return None;
    }
    let family = FAMILY_NAMES
        .iter()
        .filter(|f| f.starts_with(rest[0]))
        .filter(|f| {
            let mut name = f.chars();
            rest.iter()
                .take(f.chars().count())
                .all(|&c| Some(c) == name.next())
                && name.next().is_none()
        })
        .map(|f| f.chars().count())
        .max()?;
    let title_at = |n: usize| {
        let after = &rest[n..];
        AFTER_NAME
            .iter()
            .any(|a| after.iter().take(a.chars().count()).copied().eq(a.chars()))
    };
    if family > 1 && title_at(family) {
        return Some((family, family));
    }
    let len = (1..=MAX_GIVEN)
        .map(|g| family + g)
        .filter(|&n| n <= rest.len() && rest[family..n].iter().all(|&c| is_kanji(c)))
        .filter(|&n| !PLACE_ENDINGS.contains(&rest[n - 1]))
        .find(|&n| {
            // A one-character family name is also a word (森, 林, 原): only before a title.
            title_at(n) || family > 1 && rest[n..].first().is_none_or(|&c| !is_kanji(c))
        })?;
    Some((family, len))
}
