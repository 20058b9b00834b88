pub mod bench;
pub mod gold;
pub mod eval;
pub mod extract;
