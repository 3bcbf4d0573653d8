//! The built-in checks on syntax and structure (the cross-field rules live in `rules/`).

use crate::diagnostic::{Diagnostic, Severity};

/// Identity and documentation of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Check {
    /// Stable code, never reused.
    pub code: &'static str,
    /// Kebab-case name that names the defect.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// One line on what it finds.
    pub summary: &'static str,
}

impl Check {
    /// A finding of this check.
    pub fn diagnostic(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.code, self.name, self.severity, message)
    }
}

macro_rules! checks {
    ($($id:ident = $code:literal, $name:literal, $sev:ident, $summary:literal;)*) => {
        $(
            #[doc = $summary]
            pub const $id: Check = Check { code: $code, name: $name, severity: Severity::$sev, summary: $summary };
        )*
        /// Every built-in check, in code order.
        pub const BUILTIN: &[Check] = &[$($id),*];
    };
}

checks! {
    INVALID_JSON = "JSON001", "invalid-json", Error, "The text is not JSON: parsing stops here.";
    JSON_COMMENT = "JSON002", "json-comment", Error, "A comment, which strict JSON does not allow.";
    TRAILING_COMMA = "JSON003", "trailing-comma", Error, "A comma before a closing bracket.";
    MISSING_COMMA = "JSON004", "missing-comma", Error, "Two members or items without a comma between them.";
    DUPLICATE_KEY = "JSON005", "duplicate-key", Error, "A key set twice in one object; only the last one counts.";
    NON_STANDARD_JSON = "JSON006", "non-standard-json", Error, "Single quotes, bare words, odd numbers or escapes that strict JSON rejects.";
    NOT_AN_OBJECT = "JSON007", "body-not-an-object", Error, "The body is empty or its top level is not an object.";
    INPUT_LIMIT = "JSON008", "input-limit", Error, "The input is larger or nests deeper than acklint reads.";
    INVALID_ENCODING = "JSON009", "invalid-encoding", Error, "The input is not UTF-8.";
    BYTE_ORDER_MARK = "JSON010", "byte-order-mark", Warning, "The input starts with a UTF-8 byte order mark.";
    WRONG_TYPE = "SCH001", "wrong-type", Error, "A field has the wrong JSON type.";
    UNKNOWN_FIELD = "SCH002", "unknown-field", Warning, "A key the API model does not have: a typo, another tool's name, or a field at the wrong level.";
    MISSING_FIELD = "SCH003", "missing-required-field", Error, "A field that the API requires is absent.";
    INVALID_VALUE = "SCH004", "invalid-enum-value", Error, "A value outside the field's closed set of tokens.";
    OUT_OF_RANGE = "SCH005", "value-out-of-range", Error, "A number, a length or a list size outside the allowed bounds.";
    INVALID_FORMAT = "SCH006", "invalid-format", Error, "A string that does not have the field's format.";
}
