//! Numbers written with digits: thousands grouping and decimal marks by locale, with
//! Arabic-Indic and full-width digits read like ASCII ones.
//!
//! The rule for an ambiguous single separator ("1.234", "1,234") follows the spec: exactly
//! three digits after it make a thousands separator in every language; otherwise the
//! language's decimal mark decides.

use super::text::at;

/// The value of a decimal digit in any of the scripts news text uses.
pub(super) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{660}'..='\u{669}' => Some(c as u32 - 0x660),
        '\u{6F0}'..='\u{6F9}' => Some(c as u32 - 0x6F0),
        '\u{FF10}'..='\u{FF19}' => Some(c as u32 - 0xFF10),
        _ => None,
    }
}

pub(super) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// How a language writes numbers.
#[derive(Clone, Copy, Debug)]
pub(super) struct Format {
    pub decimal_comma: bool,
    /// A plain space groups thousands (fr, pl, ru, uk); no-break spaces always do.
    pub space_groups: bool,
}

/// A number written with digits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Literal {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    /// Digits before the decimal mark, over all groups.
    pub int_digits: usize,
    pub grouped: bool,
    pub decimal: bool,
}

impl Literal {
    /// A plain integer of four digits: a candidate year.
    pub(super) fn bare4(&self) -> bool {
        self.int_digits == 4 && !self.grouped && !self.decimal
    }

    /// A plain integer without grouping or decimals.
    pub(super) fn plain_int(&self) -> bool {
        !self.grouped && !self.decimal
    }
}

/// Reads a run of digits: (end, value, count).
pub(super) fn digits(text: &str, mut i: usize) -> (usize, f64, usize) {
    let (mut v, mut n) = (0.0, 0);
    while let Some(c) = at(text, i) {
        let Some(d) = digit_value(c) else { break };
        v = v * 10.0 + d as f64;
        n += 1;
        i += c.len_utf8();
    }
    (i, v, n)
}

fn is_group_sep(c: char, fmt: Format) -> bool {
    matches!(c, '.' | ',' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '٬')
        || (c == ' ' && fmt.space_groups)
}

fn is_decimal_mark(c: char, fmt: Format, group: Option<char>) -> bool {
    match c {
        '.' => group != Some('.'),
        ',' => group != Some(',') && (fmt.decimal_comma || group == Some('.')),
        '٫' => true,
        _ => false,
    }
}

/// Parses the number starting at `start` (which must be a digit).
pub(super) fn parse(text: &str, start: usize, fmt: Format) -> Literal {
    let (mut i, mut value, first) = digits(text, start);
    let leading_zero = first == 1 && value == 0.0;
    let mut lit = Literal {
        start,
        end: i,
        value,
        int_digits: first,
        grouped: false,
        decimal: false,
    };
    let mut group: Option<char> = None;
    while let Some(c) = at(text, i) {
        let after = i + c.len_utf8();
        let (j, g, k) = digits(text, after);
        if k == 0 {
            break;
        }
        let groups = k == 3
            && first <= 3
            && !leading_zero
            && group.is_none_or(|s| s == c)
            && is_group_sep(c, fmt);
        if groups {
            value = value * 1000.0 + g;
            lit.int_digits += 3;
            lit.grouped = true;
            group = Some(c);
            i = j;
            continue;
        }
        if is_decimal_mark(c, fmt, group) {
            value += g / 10f64.powi(k as i32);
            lit.decimal = true;
            i = j;
        }
        break;
    }
    lit.end = i;
    lit.value = value;
    lit
}

#[cfg(test)]
mod tests {
    use super::*;

    const EN: Format = Format {
        decimal_comma: false,
        space_groups: false,
    };
    const PT: Format = Format {
        decimal_comma: true,
        space_groups: false,
    };
    const FR: Format = Format {
        decimal_comma: true,
        space_groups: true,
    };

    fn v(s: &str, f: Format) -> (f64, usize) {
        let l = parse(s, 0, f);
        (l.value, l.end)
    }

    #[test]
    fn locale_formats() {
        assert_eq!(v("6.000 soldados", PT), (6000.0, 5));
        assert_eq!(v("6,000 troops", EN), (6000.0, 5));
        assert_eq!(
            v("6.000", EN),
            (6000.0, 5),
            "three digits after one separator: thousands"
        );
        assert_eq!(v("6,000", PT), (6000.0, 5));
        assert_eq!(v("2,5 milhões", PT), (2.5, 3));
        assert_eq!(v("2.5 million", EN), (2.5, 3));
        assert_eq!(v("2,5", EN), (2.0, 1), "no decimal comma in English");
        assert_eq!(v("1.234.567,89", PT), (1234567.89, 12));
        assert_eq!(v("1,234,567.5", EN), (1234567.5, 11));
        assert_eq!(v("0.500", EN), (0.5, 5), "a leading zero is never grouped");
        assert_eq!(v("6 000 soldats", FR), (6000.0, 5));
        assert_eq!(v("6\u{a0}000", EN), (6000.0, 6));
        assert_eq!(v("6\u{202f}000", PT), (6000.0, 7));
        assert_eq!(
            v("6 000", PT),
            (6.0, 1),
            "plain space groups only in fr/pl/ru/uk"
        );
        assert_eq!(v("2024 300", FR), (2024.0, 4));
        assert_eq!(v("١٠٠٠", EN).0, 1000.0);
        assert_eq!(v("１０００", EN).0, 1000.0);
        assert_eq!(v("3٫5", EN).0, 3.5);
        let l = parse("2024", 0, EN);
        assert!(l.bare4());
        assert!(!parse("2.024", 0, EN).bare4());
    }
}
