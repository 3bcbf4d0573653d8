//! How findings become miette diagnostics: the language of the lines acklint adds, and whether frames may show
//! secrets.

use crate::i18n::Lang;

/// Choices for [`FileReport::to_miette_with`](crate::FileReport::to_miette_with). The default masks every
/// secret value and adds its lines in English.
///
/// ```
/// use acklint::i18n::Lang;
/// use acklint::miette_report::MietteOptions;
///
/// let options = MietteOptions::default().in_lang(Lang::ZhCn);
/// assert!(options.masks_secrets());
/// assert!(!options.with_unmasked_source().masks_secrets());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MietteOptions {
    pub(crate) lang: Lang,
    pub(crate) unmasked: bool,
    /// The CLI's pointer to `acklint explain` under the help: only where the command is at hand.
    pub(crate) explain_hint: bool,
}

impl MietteOptions {
    /// Writes the lines acklint adds to a finding's help (the fix's kind) in `lang`: use the language the
    /// findings were written in ([`LintOptions::lang`](crate::LintOptions::lang)).
    pub fn in_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Shows the input as it was read in code frames, secret values (`login_password`, …) included.
    ///
    /// Only for a caller that keeps the output to itself: a frame printed to a terminal, a log or a CI page then
    /// shows the password.
    pub fn with_unmasked_source(mut self) -> Self {
        self.unmasked = true;
        self
    }

    /// Whether code frames show `****` in place of every secret value (true unless
    /// [`Self::with_unmasked_source`] was asked for).
    pub fn masks_secrets(&self) -> bool {
        !self.unmasked
    }

    /// Adds the CLI's `see acklint explain CODE` line under each help.
    #[cfg(feature = "cli")]
    pub(crate) fn with_explain_hint(mut self) -> Self {
        self.explain_hint = true;
        self
    }
}
