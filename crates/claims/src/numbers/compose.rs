//! Combining number words and multipliers into one value: "two hundred thousand",
//! "vinte e cinco", "fünfundzwanzig", "10 mil milhões", "1亿2000万", "dezenas de milhares".
//!
//! Values add up inside a group (below the current big multiplier) and groups are scaled
//! by big multipliers, the usual way numerals are read; CJK 十/百/千 are in-group
//! multipliers like "hundred", 万/亿 are group multipliers like "thousand".

use super::lang::Nw;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Last {
    Start,
    Digits,
    Atom,
    Small(f64),
    Big(f64),
    One,
    Half,
    Sev,
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Compose {
    total: f64,
    group: f64,
    pending: f64,
    last: Last,
    vague: Option<(f64, f64)>,
    /// A multiplier word took part ("10 milhões", "two hundred").
    pub mult: bool,
    /// French counts by twenties ("quatre-vingt-dix").
    fr: bool,
}

impl Compose {
    pub(super) fn new(fr: bool) -> Compose {
        Compose {
            total: 0.0,
            group: 0.0,
            pending: 0.0,
            last: Last::Start,
            vague: None,
            mult: false,
            fr,
        }
    }

    /// Starts from a number written with digits.
    pub(super) fn digits(v: f64) -> Compose {
        Compose {
            pending: v,
            last: Last::Digits,
            ..Compose::new(false)
        }
    }

    pub(super) fn is_vague(&self) -> bool {
        self.vague.is_some() || matches!(self.last, Last::Sev)
    }

    /// Whether a word after "of"/"de" may still join: only a bigger multiplier after a
    /// vague quantity ("tens of thousands", "dezenas de milhares").
    pub(super) fn takes_of(&self, w: Nw) -> bool {
        match (self.vague, w) {
            (Some((lo, _)), Nw::B(m) | Nw::P(m) | Nw::G(m) | Nw::V(m)) => m > lo,
            _ => false,
        }
    }

    /// The value of a sum of atoms, when `a` may follow `p` ("vinte e cinco", "dix-sept").
    fn follow(&self, p: f64, a: f64, und: bool) -> Option<f64> {
        let tens = (20.0..100.0).contains(&p) && p % 10.0 == 0.0;
        if tens && (1.0..10.0).contains(&a) {
            return Some(p + a);
        }
        if und && p < 10.0 && (20.0..100.0).contains(&a) && a % 10.0 == 0.0 {
            return Some(p + a);
        }
        if p >= 100.0
            && p % 100.0 == 0.0
            && (p < 1000.0 && a < 100.0 || p % 1000.0 == 0.0 && a < 1000.0)
        {
            return Some(p + a);
        }
        if self.fr {
            if (p == 60.0 || p == 80.0) && (10.0..20.0).contains(&a) || p == 10.0 && a < 10.0 {
                return Some(p + a);
            }
            if p == 4.0 && a == 20.0 {
                return Some(80.0);
            }
        }
        None
    }

    fn big(&mut self, b: f64) -> bool {
        let g = self.group + self.pending;
        if self.total > 0.0 && self.total < b {
            self.total = (self.total + g) * b;
        } else if g > 0.0 {
            self.total += g * b;
        } else {
            return false;
        }
        self.group = 0.0;
        self.pending = 0.0;
        self.last = Last::Big(b);
        self.mult = true;
        true
    }

    /// Adds one word; false (and no change) when it cannot continue the number.
    /// `und` tells that the word came after "und"/"en"/"و" ("fünfundzwanzig").
    pub(super) fn push(&mut self, w: Nw, und: bool) -> bool {
        use Last::*;
        if let Some((lo, hi)) = self.vague {
            // Only a bigger multiplier scales a vague quantity ("tens of thousands").
            return match w {
                Nw::B(m) | Nw::P(m) | Nw::G(m) | Nw::V(m) if m > lo => {
                    self.vague = Some((lo * m, hi * m));
                    self.mult = true;
                    true
                }
                _ => false,
            };
        }
        match (w, self.last) {
            (Nw::A(a), Start) => {
                self.pending = a;
                self.last = Atom;
            }
            (Nw::A(a), Atom) => match self.follow(self.pending, a, und) {
                Some(v) => self.pending = v,
                None => return false,
            },
            (Nw::A(a), Small(s) | Big(s)) if a < s && self.pending == 0.0 => {
                self.pending = a;
                self.last = Atom;
            }
            (Nw::S(s), Start | One) => {
                self.group += s;
                self.last = Small(s);
                self.mult = true;
            }
            (Nw::S(s), Atom | Digits) if self.pending < s => {
                self.group += self.pending * s;
                self.pending = 0.0;
                self.last = Small(s);
                self.mult = true;
            }
            (Nw::S(s), Half) => {
                self.group += 0.5 * s;
                self.last = Small(s);
                self.mult = true;
            }
            (Nw::B(b), Start) => {
                self.total = b;
                self.last = Big(b);
                self.mult = true;
            }
            (Nw::P(b), Start) | (Nw::V(b), Start) => self.vague = Some((b, 10.0 * b)),
            (Nw::R(lo, hi), Start) => self.vague = Some((lo, hi)),
            (Nw::B(b) | Nw::P(b) | Nw::G(b), One) => {
                self.pending = 1.0;
                return self.big(b);
            }
            (Nw::B(b) | Nw::P(b) | Nw::G(b), Half) => {
                self.pending = 0.5;
                return self.big(b);
            }
            (Nw::B(b) | Nw::P(b) | Nw::G(b) | Nw::S(b) | Nw::V(b), Sev) => {
                self.vague = Some((b, 10.0 * b));
                self.mult = true;
            }
            (Nw::B(b) | Nw::P(b) | Nw::G(b), Atom | Digits | Small(_)) => return self.big(b),
            (Nw::B(b) | Nw::P(b) | Nw::G(b), Big(prev)) if b > prev => return self.big(b),
            // "vingt et un", "vinte e um", "twenty-one".
            (Nw::One, Atom) => match self.follow(self.pending, 1.0, und) {
                Some(v) => self.pending = v,
                None => return false,
            },
            (Nw::One, Start) => self.last = One,
            (Nw::One, Half) => {}
            (Nw::Half, Start | One) => self.last = Half,
            (Nw::Sev, Start) => self.last = Sev,
            _ => return false,
        }
        true
    }

    /// The value and upper bound, or `None` when the words make no number by themselves
    /// ("a", "several", "half" without a multiplier).
    pub(super) fn result(&self) -> Option<(f64, Option<f64>)> {
        if let Some((lo, hi)) = self.vague {
            return Some((lo, Some(hi)));
        }
        match self.last {
            Last::Start | Last::One | Last::Half | Last::Sev => None,
            _ => Some((self.total + self.group + self.pending, None)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Nw::*;
    use super::*;

    fn run(ws: &[Nw]) -> Option<(f64, Option<f64>)> {
        let mut c = Compose::new(true);
        for &w in ws {
            if !c.push(w, false) {
                return None;
            }
        }
        c.result()
    }

    #[test]
    fn reads_numerals() {
        assert_eq!(run(&[A(2.), S(100.), B(1e3)]), Some((200000.0, None)));
        assert_eq!(run(&[A(20.), A(5.)]), Some((25.0, None)));
        assert_eq!(run(&[A(100.), A(20.), B(1e3)]), Some((120000.0, None)));
        assert_eq!(run(&[B(1e3), P(1e6)]), Some((1e9, None)), "mil milhões");
        assert_eq!(
            run(&[A(2.), B(1e6), A(3.), S(100.), B(1e3)]),
            Some((2_300_000.0, None))
        );
        assert_eq!(run(&[One, B(1e6)]), Some((1e6, None)));
        assert_eq!(run(&[One]), None);
        assert_eq!(run(&[Half, One, B(1e6)]), Some((5e5, None)));
        assert_eq!(run(&[V(10.), P(1e3)]), Some((1e4, Some(1e5))));
        assert_eq!(run(&[V(100.), V(1e3)]), Some((1e5, Some(1e6))));
        assert_eq!(run(&[Sev, G(1e3)]), Some((1e3, Some(1e4))));
        assert_eq!(run(&[Sev]), None);
        assert_eq!(run(&[P(1e6)]), Some((1e6, Some(1e7))));
        assert_eq!(
            run(&[A(4.), A(20.), A(10.)]),
            Some((90.0, None)),
            "quatre-vingt-dix"
        );
        assert_eq!(run(&[A(2.), A(3.)]), None);
        assert_eq!(run(&[G(1e3)]), None);
        let mut c = Compose::new(false);
        assert!(c.push(A(5.), false) && c.push(A(20.), true));
        assert_eq!(c.result(), Some((25.0, None)), "fünfundzwanzig");
        // CJK: 1亿2000万, 三百五十, 1千万.
        let mut c = Compose::digits(1.0);
        assert!(c.push(B(1e8), false));
        assert!(c.push(A(2000.), false) && c.push(B(1e4), false));
        assert_eq!(c.result(), Some((1.2e8, None)));
        // 1억 2천만.
        let mut c = Compose::digits(1.0);
        assert!(c.push(B(1e8), false) && c.push(A(2.), false) && c.push(S(1e3), false));
        assert!(c.push(B(1e4), false));
        assert_eq!(c.result(), Some((1.2e8, None)));
        assert_eq!(run(&[A(3.), S(100.), A(5.), S(10.)]), Some((350.0, None)));
        let mut c = Compose::digits(1.0);
        assert!(c.push(S(1e3), false) && c.push(B(1e4), false));
        assert_eq!(c.result(), Some((1e7, None)));
    }
}
