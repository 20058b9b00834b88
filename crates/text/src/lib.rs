//! Text utilities shared by concord's stages: Unicode clean-up, language identification,
//! word tokens, and date parsing (absolute and relative, in many languages).

pub mod dates;
pub mod lang;
pub mod normalize;
pub mod relative;
pub mod tokens;
