use super::util::pools;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
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
    /// (see `image-id-with-image-type`).
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
    pub struct CentosImage {
        code: "NP010",
        name: "centos-image",
        group: Nodepool,
        severity: Warning,
    }
}

impl CentosImage {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let r = cx.request;
        let mut found: Vec<(&str, String)> = Vec::new();
        if r.image_id.is_none() {
            if is_centos(&r.image_type) {
                found.push(("image_type", Field::ImageType.pointer(&[])));
            }
            if is_centos(&r.platform) {
                found.push(("platform", Field::Platform.pointer(&[])));
            }
        }
        if let Some(cp) = &r.control_plane_config
            && cp.image_id.is_none()
            && is_centos(&cp.image_type)
        {
            found.push(("control_plane_config.image_type", Field::ControlPlaneConfigImageType.pointer(&[])));
        }
        for (i, pool) in pools(cx) {
            let Some(sg) = &pool.scaling_group else { continue };
            if sg.image_id.as_deref().is_some_and(|s| !s.is_empty()) {
                continue;
            }
            if is_centos(&sg.image_type) {
                found.push(("scaling_group.image_type", Field::NodepoolsScalingGroupImageType.pointer(&[i])));
            }
            if is_centos(&sg.platform) {
                found.push(("scaling_group.platform", Field::NodepoolsScalingGroupPlatform.pointer(&[i])));
            }
        }
        for (name, pointer) in found {
            out.push(
                Self::META
                    .diagnostic(format!("`{name}` is `CentOS`, which is end of life and gets no security updates"))
                    .at(pointer)
                    .label("end-of-life OS")
                    .help(if name.ends_with("platform") {
                        "drop the deprecated `platform` and set `image_type` to `AliyunLinux3` (Alibaba Cloud Linux 3)"
                    } else {
                        "use `AliyunLinux3` (Alibaba Cloud Linux 3) instead"
                    }),
            );
        }
    }
}

fn is_centos(value: &Option<String>) -> bool {
    value.as_deref() == Some("CentOS")
}
