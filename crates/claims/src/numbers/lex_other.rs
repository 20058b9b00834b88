//! Word tables for Arabic, and the qualifiers written before numbers in Chinese, Japanese
//! and Korean (their numerals, counters and after-number words live in `cjk.rs`).

use super::lang::{Lex, Nw::*};
use concord_model::Qualifier::*;

#[rustfmt::skip]
pub(super) static AR: Lex = Lex {
    words: &[
        ("اثنان", A(2.)), ("اثنين", A(2.)), ("اثنتان", A(2.)), ("اثنتين", A(2.)),
        ("ثلاثة", A(3.)), ("ثلاث", A(3.)), ("أربعة", A(4.)), ("أربع", A(4.)), ("خمسة", A(5.)),
        ("خمس", A(5.)), ("ستة", A(6.)), ("ست", A(6.)), ("سبعة", A(7.)), ("سبع", A(7.)),
        ("ثمانية", A(8.)), ("ثماني", A(8.)), ("تسعة", A(9.)), ("تسع", A(9.)), ("عشرة", A(10.)),
        ("عشر", A(10.)), ("عشرون", A(20.)), ("عشرين", A(20.)), ("ثلاثون", A(30.)),
        ("ثلاثين", A(30.)), ("أربعون", A(40.)), ("أربعين", A(40.)), ("خمسون", A(50.)),
        ("خمسين", A(50.)), ("ستون", A(60.)), ("ستين", A(60.)), ("سبعون", A(70.)),
        ("سبعين", A(70.)), ("ثمانون", A(80.)), ("ثمانين", A(80.)), ("تسعون", A(90.)),
        ("تسعين", A(90.)), ("مئة", S(100.)), ("مائة", S(100.)), ("مئتان", A(200.)),
        ("مئتين", A(200.)), ("مائتان", A(200.)), ("مائتين", A(200.)), ("ثلاثمئة", A(300.)),
        ("ثلاثمائة", A(300.)), ("أربعمئة", A(400.)), ("أربعمائة", A(400.)),
        ("خمسمئة", A(500.)), ("خمسمائة", A(500.)), ("ستمئة", A(600.)), ("ستمائة", A(600.)),
        ("سبعمئة", A(700.)), ("سبعمائة", A(700.)), ("ثمانمئة", A(800.)),
        ("ثمانمائة", A(800.)), ("تسعمئة", A(900.)), ("تسعمائة", A(900.)),
        ("ألف", B(1e3)), ("ألفا", B(1e3)), ("ألفين", A(2e3)), ("ألفي", A(2e3)),
        ("آلاف", P(1e3)), ("الآلاف", P(1e3)), ("ألوف", G(1e3)), ("مليون", B(1e6)),
        ("مليونا", B(1e6)), ("ملايين", P(1e6)), ("الملايين", G(1e6)), ("مليار", B(1e9)),
        ("مليارات", P(1e9)), ("بليون", B(1e9)), ("تريليون", B(1e12)),
        ("عشرات", V(10.)), ("مئات", V(100.)), ("واحد", One), ("واحدة", One), ("نصف", Half),
        ("عدة", Sev), ("بضعة", Sev), ("بضع", Sev),
    ],
    pieces: &[],
    num_joiners: &["و"],
    before: &[
        ("أكثر من", MoreThan), ("اكثر من", MoreThan), ("ما يزيد عن", MoreThan),
        ("ما يزيد على", MoreThan), ("يزيد عن", MoreThan), ("أزيد من", MoreThan),
        ("ما يربو على", MoreThan), ("فوق", MoreThan),
        ("على الأقل", AtLeast), ("ما لا يقل عن", AtLeast), ("لا يقل عن", AtLeast),
        ("لا تقل عن", AtLeast),
        ("أقل من", LessThan), ("اقل من", LessThan),
        ("حتى", UpTo), ("ما يصل إلى", UpTo), ("ما يصل الى", UpTo), ("يصل إلى", UpTo),
        ("قرابة", Almost), ("ما يقرب من", Almost), ("ما يناهز", Almost),
        ("حوالي", About), ("حوالى", About), ("نحو", About), ("زهاء", About),
    ],
    range: &[("بين", "و"), ("من", "إلى"), ("", "إلى"), ("", "الى"), ("", "أو")],
    of: &["من"],
    articles: &[],
    joiners: &["و"],
    complements: &[],
    stop: &[
        "في", "من", "إلى", "الى", "على", "عن", "مع", "بعد", "قبل", "خلال", "منذ", "حتى", "بين",
        "عند", "لدى", "نحو", "التي", "الذي", "الذين", "اللذين", "اللاتي", "ما", "ماذا", "أن",
        "إن", "أنه", "أنها", "كان", "كانت", "كانوا", "قد", "لقد", "لم", "لن", "لا", "هو", "هي",
        "هم", "هذا", "هذه", "ذلك", "تلك", "وفق", "وفقا", "حسب", "بحسب", "أو", "ثم", "كما",
        "يوم", "أمس", "اليوم", "ضمن", "بحلول", "مقابل", "لكل", "سنويا", "شهريا", "يوميا",
        // Verbal nouns starting a new clause after "و": "مقتل 12 جنديا وإصابة 30".
        "إصابة", "مقتل", "اعتقال", "نزوح", "إجلاء", "تدمير", "إصابات",
    ],
    verb_suffixes: &["وا"],
    year_before: &[
        "في", "عام", "العام", "منذ", "حتى", "سنة", "مطلع", "أواخر", "أوائل", "خلال", "بحلول",
    ],
    ago_before: &["منذ", "قبل"],
    ago_after: &[],
    clock_before: &[("الساعة", true)],
    weak: &[
        "ثلاث", "أربع", "خمس", "ست", "سبع", "تسع", "عشر", "ثماني",
    ],
    decimal_comma: false,
    space_groups: false,
};

#[rustfmt::skip]
pub(super) static ZH: Lex = Lex {
    words: &[],
    pieces: &[],
    num_joiners: &[],
    before: &[
        ("超过", MoreThan), ("超", MoreThan), ("逾", MoreThan), ("多于", MoreThan),
        ("高于", MoreThan),
        ("至少", AtLeast), ("最少", AtLeast), ("不少于", AtLeast), ("不低于", AtLeast),
        ("不到", LessThan), ("不足", LessThan), ("少于", LessThan), ("低于", LessThan),
        ("最多", UpTo), ("多达", UpTo), ("高达", UpTo),
        ("近", Almost), ("将近", Almost), ("接近", Almost), ("几乎", Almost), ("近乎", Almost),
        ("约", About), ("大约", About), ("大概", About), ("約", About),
    ],
    range: &[],
    of: &[],
    articles: &[],
    joiners: &[],
    complements: &[],
    stop: &[],
    verb_suffixes: &[],
    year_before: &[],
    ago_before: &[],
    ago_after: &[],
    clock_before: &[],
    weak: &[],
    decimal_comma: false,
    space_groups: false,
};

#[rustfmt::skip]
pub(super) static JA: Lex = Lex {
    words: &[],
    pieces: &[],
    num_joiners: &[],
    before: &[
        ("約", About), ("およそ", About), ("少なくとも", AtLeast), ("最低", AtLeast),
        ("最大", UpTo), ("最大で", UpTo), ("最高", UpTo), ("ほぼ", Almost), ("近く", Almost),
    ],
    range: &[],
    of: &[],
    articles: &[],
    joiners: &[],
    complements: &[],
    stop: &[],
    verb_suffixes: &[],
    year_before: &[],
    ago_before: &[],
    ago_after: &[],
    clock_before: &[],
    weak: &[],
    decimal_comma: false,
    space_groups: false,
};

#[rustfmt::skip]
pub(super) static KO: Lex = Lex {
    words: &[],
    pieces: &[],
    num_joiners: &[],
    before: &[
        ("약", About), ("대략", About), ("최소", AtLeast), ("적어도", AtLeast), ("최대", UpTo),
        ("거의", Almost), ("근", Almost),
    ],
    range: &[],
    of: &[],
    articles: &[],
    joiners: &[],
    complements: &[],
    stop: &[],
    verb_suffixes: &[],
    year_before: &[],
    ago_before: &[],
    ago_after: &[],
    clock_before: &[],
    weak: &[],
    decimal_comma: false,
    space_groups: false,
};
