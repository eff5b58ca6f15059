//! The interactive planner (map, inspector, time controls, charts, editing).
//!
//! Not built yet: issue 3 brings it. The `gui` feature exists now so that the headless
//! core is already checked with `--no-default-features` and the boundary stays honest:
//! nothing in `sim` or `scenario` may depend on this module.
