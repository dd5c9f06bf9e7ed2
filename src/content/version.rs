//! Which version of clinical-content.md these tables carry, and when it was
//! reviewed. A published FHIR Questionnaire names this version.

/// The content version (clinical-content.md, "version 3").
pub const CONTENT_VERSION: &str = "3";

/// The month of the last clinical review, as a FHIR `date` (YYYY-MM).
pub const REVIEWED: &str = "2026-12";
