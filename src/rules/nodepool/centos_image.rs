use crate::t;
use crate::diagnostic::{Diagnostic, Label};
use crate::rules::Context;
use crate::model::{ClusterPlatform, Platform};
use crate::spec::Field;

crate::declare_rule! {
    /// Nodes are set to run CentOS (`image_type` or `platform` is `CentOS`), which is end of life.
    ///
    /// ## Why is this bad?
    /// CentOS Linux no longer receives security updates, and recent Kubernetes versions on ACK are built
    /// and tested on Alibaba Cloud Linux. New nodes on CentOS start out unpatched and may not be offered
    /// for newer cluster versions. Alibaba Cloud Linux 3 (`AliyunLinux3`) is the usual replacement.
    ///
    /// A pool that also sets a custom `image_id` is skipped: its `image_type` is ignored
    /// (see `image-id-with-image-type`). One body gets one finding, on the first CentOS setting in the text,
    /// with a label on every other one (the top level, the control plane and each node pool).
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" }, "scaling_group": { "image_type": "CentOS" } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" }, "scaling_group": { "image_type": "AliyunLinux3" } }
    /// ] }
    /// ```
    ///
    /// ## References
    /// - SDK and Terraform docs: Alibaba Cloud Linux is the default node OS; CentOS is listed only for
    ///   existing setups.
    /// - CentOS Linux 7 reached end of life on 2024-06-30.
    pub(crate) struct CentosImage {
        code: "NP010",
        name: "centos-image",
        severity: Warning,
    }
}

impl CentosImage {
    // Deprecated fields read on purpose: `image_id`, `image_type` and `platform` still pick older bodies' images.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let r = cx.request;
        let mut found: Vec<(&str, String)> = Vec::new();
        if r.image_id.is_none() {
            if is_centos(&r.image_type) {
                found.push(("image_type", Field::ImageType.pointer(&[])));
            }
            if r.platform == Some(ClusterPlatform::CentOS) {
                found.push(("platform", Field::Platform.pointer(&[])));
            }
        }
        if let Some(cp) = &r.control_plane_config
            && cp.image_id.is_none()
            && is_centos(&cp.image_type)
        {
            found.push(("control_plane_config.image_type", Field::ControlPlaneConfigImageType.pointer(&[])));
        }
        for (i, _, sg) in cx.scaling_groups() {
            if sg.image_id.as_deref().is_some_and(|s| !s.is_empty()) {
                continue;
            }
            if is_centos(&sg.image_type) {
                found.push(("scaling_group.image_type", Field::NodepoolsScalingGroupImageType.pointer(&[i])));
            }
            if sg.platform == Some(Platform::CentOS) {
                found.push(("scaling_group.platform", Field::NodepoolsScalingGroupPlatform.pointer(&[i])));
            }
        }
        // One finding for the body, on the first such setting in the text, with a label on every other one.
        let Some(((first_name, first), rest)) = found.split_first() else { return };
        let lang = cx.lang;
        let message = if rest.is_empty() {
            t!(lang, "np010-one", field = *first_name)
        } else {
            t!(lang, "np010-many", count = found.len())
        };
        let help = if found.iter().any(|(name, _)| name.ends_with("platform")) {
            t!(lang, "np010.help-platform")
        } else {
            t!(lang, "np010.help")
        };
        let mut d = Self::META.diagnostic(message).at(first.clone()).label(t!(lang, "np010.label")).help(help);
        for (_, pointer) in rest {
            d = d.peer(Label::at(pointer.clone(), t!(lang, "np010.label")));
        }
        out.push(d);
    }
}

fn is_centos(value: &Option<String>) -> bool {
    value.as_deref() == Some("CentOS")
}
