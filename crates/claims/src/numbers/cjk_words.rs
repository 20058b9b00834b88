//! Word tables for Chinese, Japanese and Korean numbers: counters, qualifiers written
//! after the number, units, date suffixes and the words that end a counted noun.

use super::units::{PERCENT, PP};
use concord_model::Qualifier::{self, *};

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Counter {
    /// A measure word: not what is counted (名, 人, 명, 개).
    Thing,
    /// A duration unit: what is counted (小时, 時間, 시간).
    Time,
    /// An age: nothing is counted.
    Age,
    /// A noun used as a counter: it is what is counted (世帯 households, 가구, カ国).
    Noun,
}
use Counter::*;

#[rustfmt::skip]
pub(super) const ZH_COUNTERS: &[(&str, Counter)] = &[
    ("人次", Thing), ("名", Thing), ("人", Thing), ("个", Thing), ("個", Thing), ("位", Thing),
    ("架", Thing), ("艘", Thing), ("辆", Thing), ("輛", Thing), ("枚", Thing), ("发", Thing),
    ("發", Thing), ("台", Thing), ("件", Thing), ("起", Thing), ("次", Thing), ("座", Thing),
    ("所", Thing), ("家", Thing), ("头", Thing), ("頭", Thing), ("只", Thing), ("隻", Thing),
    ("条", Thing), ("條", Thing), ("颗", Thing), ("顆", Thing), ("门", Thing), ("門", Thing),
    ("套", Thing), ("批", Thing), ("部", Thing), ("种", Thing), ("種", Thing), ("项", Thing),
    ("項", Thing), ("处", Thing), ("處", Thing), ("栋", Thing), ("棟", Thing), ("户", Thing),
    ("戶", Thing), ("间", Thing), ("間", Thing), ("场", Thing), ("場", Thing), ("例", Thing), ("倍", Thing),
    ("小时", Time), ("小時", Time), ("天", Time), ("周", Time), ("週", Time), ("个月", Time),
    ("個月", Time), ("分钟", Time), ("分鐘", Time), ("秒", Time),
    ("周岁", Age), ("岁", Age), ("歲", Age),
];

#[rustfmt::skip]
pub(super) const JA_COUNTERS: &[(&str, Counter)] = &[
    ("人", Thing), ("名", Thing), ("機", Thing), ("隻", Thing), ("台", Thing), ("発", Thing),
    ("個", Thing), ("件", Thing), ("社", Thing), ("校", Thing), ("棟", Thing), ("頭", Thing),
    ("匹", Thing), ("本", Thing), ("枚", Thing), ("回", Thing), ("カ所", Thing), ("か所", Thing),
    ("ヶ所", Thing), ("ヵ所", Thing), ("カ国", Noun), ("か国", Noun), ("ヶ国", Noun),
    ("戸", Thing), ("世帯", Noun), ("両", Thing), ("基", Thing), ("門", Thing), ("隊", Thing),
    ("倍", Thing),
    ("時間", Time), ("日間", Time), ("年間", Time), ("週間", Time), ("カ月", Time), ("か月", Time),
    ("ヶ月", Time), ("ヵ月", Time), ("分間", Time), ("秒", Time),
    ("歳", Age),
];

#[rustfmt::skip]
pub(super) const KO_COUNTERS: &[(&str, Counter)] = &[
    ("명", Thing), ("개국", Noun), ("개", Thing), ("대", Thing), ("척", Thing), ("발", Thing),
    ("기", Thing), ("곳", Thing), ("건", Thing), ("채", Thing), ("마리", Thing), ("가구", Noun),
    ("차례", Thing), ("번", Thing), ("회", Thing), ("배", Thing), ("그루", Thing), ("권", Thing),
    ("량", Thing), ("문", Thing), ("편", Thing), ("점", Thing),
    ("시간", Time), ("일간", Time), ("개월", Time), ("주일", Time), ("주간", Time), ("년간", Time),
    ("분", Time), ("초", Time),
    ("세", Age), ("살", Age),
];

#[rustfmt::skip]
pub(super) const ZH_AFTER: &[(&str, Qualifier)] = &[
    ("以上", MoreThan), ("多", MoreThan), ("余", MoreThan), ("餘", MoreThan), ("左右", About),
    ("上下", About), ("以下", UpTo), ("以内", UpTo),
];

#[rustfmt::skip]
pub(super) const JA_AFTER: &[(&str, Qualifier)] = &[
    ("以上", MoreThan), ("超", MoreThan), ("余り", MoreThan), ("あまり", MoreThan), ("余", MoreThan),
    ("強", MoreThan), ("近く", Almost), ("弱", Almost), ("程度", About), ("ほど", About),
    ("前後", About), ("未満", LessThan), ("足らず", LessThan), ("以下", UpTo), ("以内", UpTo),
];

#[rustfmt::skip]
pub(super) const KO_AFTER: &[(&str, Qualifier)] = &[
    ("여", About), ("이상", MoreThan), ("남짓", MoreThan), ("넘게", MoreThan), ("넘는", MoreThan),
    ("미만", LessThan), ("이하", UpTo), ("이내", UpTo), ("가량", About), ("정도", About),
    ("안팎", About), ("내외", About), ("가까이", Almost), ("가까운", Almost),
];

/// Currencies, units and percent written against the number (Korean particles may
/// follow them: "100억 원을").
#[rustfmt::skip]
pub(super) const UNITS: &[(&str, &str)] = &[
    ("원", "KRW"), ("달러", "USD"), ("유로", "EUR"), ("엔", "JPY"), ("위안", "CNY"),
    ("루블", "RUB"), ("파운드", "GBP"), ("퍼센트", PERCENT), ("%", PERCENT), ("％", PERCENT),
    ("톤", "t"), ("킬로미터", "km"), ("㎞", "km"), ("㎜", "mm"), ("㎝", "cm"), ("㎏", "kg"), ("km", "km"), ("미터", "m"), ("헥타르", "ha"),
    ("元", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("韩元", "KRW"),
    ("英镑", "GBP"), ("卢布", "RUB"), ("港元", "HKD"), ("人民币", "CNY"), ("円", "JPY"),
    ("ドル", "USD"), ("ユーロ", "EUR"), ("ウォン", "KRW"), ("ルーブル", "RUB"), ("ポンド", "GBP"),
    ("パーセント", PERCENT), ("个百分点", PP), ("個百分點", PP),
    ("퍼센트포인트", PP), ("㏊", "ha"), ("GWh", "GWh"), ("MW", "MW"), ("GW", "GW"), ("平方公里", "km²"),
    ("㎿", "MW"), ("㎾", "kW"), ("kWh", "kWh"), ("kW", "kW"), ("t", "t"),
    ("公里", "km"), ("千米", "km"), ("公斤", "kg"), ("千克", "kg"), ("吨", "t"), ("トン", "t"),
    ("公顷", "ha"), ("メートル", "m"), ("キロメートル", "km"), ("キログラム", "kg"),
    ("ヘクタール", "ha"), ("毫米", "mm"), ("厘米", "cm"), ("ミリ", "mm"), ("センチ", "cm"),
    ("밀리미터", "mm"), ("센티미터", "cm"), ("킬로그램", "kg"), ("摄氏度", "°C"), ("℃", "°C"),
    // "38度", "2.3度" (but "2度目" is "the second time", and "度电" is kWh).
    ("度", "°C"), ("度电", "kWh"), ("千瓦时", "kWh"), ("平方米", "m²"), ("平方キロ", "km²"),
    ("도", "°C"),
    // A bare "キロ" in Japanese news is a distance ("約400キロ飛行した"); weights are mostly
    // written out (キログラム) or given with a weight word, which this table cannot see.
    ("キロ", "km"),
];

/// Chinese verbs that may follow a counter: what comes after "30多人" in "30多人失踪" is
/// what happened to them, not what they are.
#[rustfmt::skip]
pub(super) const ZH_VERBS: &[&str] = &[
    "失踪", "失联", "遇难", "罹难", "丧生", "死亡", "受伤", "获救", "被困", "确诊", "感染",
    "转移", "疏散", "撤离", "受灾", "参加", "出席", "滞留", "下落不明", "入境", "出境",
    "参与", "报名", "就业", "失业", "返乡", "到场", "观看", "投票", "表示", "安置",
    "救助", "救出", "接待", "造成", "导致", "涉及", "覆盖", "惠及", "带动",
];

/// Words after "N次" that make it the N-th session ("三次会议"), not N times.
pub(super) const ZH_SESSION: &[&str] = &["会议", "會議", "全会", "全會"];

/// Characters between two numbers that make a score ("2대1", "5対3", "3比1").
pub(super) const SCORE: &[char] = &['대', '対', '比', '對'];

/// Words after digits that make a date, time, ordinal or label, not a quantity.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Suffix {
    Year,
    Month,
    Day,
    Skip,
}

#[rustfmt::skip]
pub(super) const SUFFIXES: &[(&str, Suffix)] = &[
    ("年", Suffix::Year), ("년", Suffix::Year), ("月", Suffix::Month), ("월", Suffix::Month),
    ("日", Suffix::Day), ("일", Suffix::Day), ("号", Suffix::Skip), ("號", Suffix::Skip),
    ("호", Suffix::Skip), ("时", Suffix::Skip), ("時", Suffix::Skip), ("시", Suffix::Skip),
    ("点", Suffix::Skip), ("點", Suffix::Skip), ("分", Suffix::Skip), ("世纪", Suffix::Skip),
    ("世紀", Suffix::Skip), ("세기", Suffix::Skip), ("번째", Suffix::Skip), ("째", Suffix::Skip),
    ("차", Suffix::Skip), ("위", Suffix::Skip), ("등", Suffix::Skip), ("届", Suffix::Skip),
    ("屆", Suffix::Skip), ("度目", Suffix::Skip), ("位", Suffix::Skip),
    // Anniversaries and quarters count nothing: "광복 80주년", "4분기", "建国75周年".
    ("주년", Suffix::Skip), ("분기", Suffix::Skip), ("周年", Suffix::Skip), ("週年", Suffix::Skip),
    // Hotlines: "拨打12345热线".
    ("热线", Suffix::Skip), ("熱線", Suffix::Skip),
];

/// Chinese characters that end a counted noun: function words and common verbs.
pub(super) const ZH_STOP: &str = "的了在于於被已将將正是到向从從对對为為与與和及等中里裡上下后後时時以也并並而但都还還就又再之其所这這那该該死伤傷受遭参參赴进進抵离離来來去入出有共达達计計约約近超逾总總余名人个個派遣增减造成导導致引发發起称稱说說据據示至共";

pub(super) const NATIVE_KO: &[(&str, f64)] = &[
    ("두", 2.),
    ("세", 3.),
    ("네", 4.),
    ("다섯", 5.),
    ("여섯", 6.),
    ("일곱", 7.),
    ("여덟", 8.),
    ("아홉", 9.),
    ("열", 10.),
    ("스무", 20.),
    ("서른", 30.),
    ("마흔", 40.),
    ("쉰", 50.),
];

/// Korean words before a number that are not what it counts ("이 중 3000명": among them).
pub(super) const KO_NOT_NOUNS: &[&str] = &[
    "중",
    "등",
    "총",
    "모두",
    "각",
    "약",
    "전체",
    "이",
    "그",
    "및",
    "또",
    "또는",
    "그리고",
    "무려",
    "최소",
    "최대",
    "거의",
    // Verb forms that work as postpositions ("폭우로 인해 2명이": because of).
    "인해",
    "위해",
    "통해",
    "대해",
    "의해",
];

/// Korean particles written after a noun, longest first.
pub(super) const KO_PARTICLES: &[&str] = &[
    "에게서",
    "에서",
    "으로",
    "에게",
    "까지",
    "부터",
    "처럼",
    "보다",
    "과",
    "와",
    "을",
    "를",
    "은",
    "는",
    "이",
    "가",
    "도",
    "에",
    "의",
    "로",
    "만",
];
