use super::util::masters_label;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `master_count` and `control_plane_config.size` both give the number of masters, and they disagree.
    ///
    /// ## Why is this bad?
    /// A dedicated cluster has 3 or 5 masters. The deprecated `master_count` and its replacement
    /// `control_plane_config.size` say the same thing twice; when the two numbers differ, nothing documents
    /// which one the service takes, so the cluster may get a different number of masters than intended, and
    /// the lists that must match the count (`master_vswitch_ids`, `master_instance_types`) can no longer be
    /// checked.
    ///
    /// ## Example
    /// ```json
    /// { "master_count": 5, "control_plane_config": { "size": 3 } }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "control_plane_config": { "size": 3 } }
    /// ```
    ///
    /// Only dedicated clusters (`cluster_type: Kubernetes`) are checked: they are the only ones with masters
    /// of their own.
    ///
    /// ## Severity
    /// No source says that the service refuses two different counts, nor which of the two it takes, so the
    /// request may well be accepted; the finding says the outcome is unknown, not that it fails.
    ///
    /// ## References
    /// - API reference: `master_count` takes 3 or 5, 3 by default.
    /// - SDK: `master_count` is deprecated; `control_plane_config.size` replaces it. Neither field's text says
    ///   what happens when both are given.
    pub(crate) struct MasterCountConflict {
        code: "CP001",
        name: "master-count-conflict",
        severity: Warning,
    }
}

impl MasterCountConflict {
    // Deprecated fields read on purpose: this rule compares the deprecated `master_count` with its replacement.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.is_dedicated() {
            return;
        }
        let legacy = cx.request.master_count;
        let modern = cx.request.control_plane_config.as_ref().and_then(|c| c.size);
        let (Some(legacy), Some(modern)) = (legacy, modern) else { return };
        if legacy == modern {
            return;
        }
        let lang = cx.lang;
        out.push(
            Self::META
                .diagnostic(t!(lang, "cp001", legacy, modern))
                .at(Field::MasterCount.pointer(&[]))
                .label(t!(lang, "cp001.label", legacy))
                .with(Label::at(Field::ControlPlaneConfigSize.pointer(&[]), masters_label(lang, modern)))
                .help(t!(lang, "cp001.help")),
        );
    }
}
