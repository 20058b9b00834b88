//! Dates and times, resolved against the publication time.
