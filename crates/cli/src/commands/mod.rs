pub mod bench;
pub mod eval;
pub mod extract;
pub mod gold;
