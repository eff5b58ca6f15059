//! Tests of exercise files, plans against levers, scoring and submissions.
