use crate::t;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::{backticked, join_and};
use crate::model::Platform;
use crate::spec::Field;

crate::declare_rule! {
    /// A node pool sets a custom `image_id` together with `image_type` or `platform`.
    ///
    /// ## Why is this bad?
    /// A custom `image_id` takes precedence: the nodes boot from that image and `image_type` (or the
    /// deprecated `platform`) is ignored. Having both usually means one of them is left over, and the
    /// operating system the author expects may not be the one the nodes get.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "scaling_group": { "image_id": "m-bp1h6ck5kxgdjqvkf6wc", "image_type": "AliyunLinux3" } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "scaling_group": { "image_type": "AliyunLinux3" } }
    /// ] }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes the `image_type` and `platform` the finding names and keeps `image_id`. The nodes
    /// boot from the custom image either way; but if the custom image is the leftover and you meant the ACK
    /// image, the right change is to remove `image_id` instead, and the fix cannot tell.
    ///
    /// ## References
    /// - SDK: a custom image ID overrides the image type; the image should be based on Alibaba Cloud Linux.
    pub(crate) struct ImageIdWithImageType {
        code: "NP009",
        name: "image-id-with-image-type",
        severity: Warning,
        fix: Unsafe,
    }
}

impl ImageIdWithImageType {
    // Deprecated fields read on purpose: `platform` still chooses older bodies' images.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, _, sg) in cx.scaling_groups() {
            let Some(image_id) = sg.image_id.as_deref().filter(|s| !s.is_empty()) else { continue };
            let overridden: Vec<(&str, &str, Field)> = [
                ("image_type", sg.image_type.as_deref(), Field::NodepoolsScalingGroupImageType),
                ("platform", sg.platform.as_ref().map(Platform::as_str), Field::NodepoolsScalingGroupPlatform),
            ]
            .into_iter()
            .filter_map(|(n, v, f)| v.map(|v| (n, v, f)))
            .collect();
            let Some(&(_, _, first)) = overridden.first() else { continue };
            let names: Vec<&str> = overridden.iter().map(|(n, _, _)| *n).collect();
            let lang = cx.lang;
            let shown: Vec<String> =
                overridden.iter().map(|&(field, value, _)| t!(lang, "np009-setting", field, value)).collect();
            let fields = join_and(lang, &backticked(&names));
            let mut d = Self::META
                .diagnostic(t!(lang, "np009", image_id, settings = join_and(lang, &shown), count = shown.len()))
                .at(first.pointer(&[i]))
                .label(t!(lang, "np009.label"))
                .with(Label::at(Field::NodepoolsScalingGroupImageId.pointer(&[i]), t!(lang, "np009.label-image-id")));
            for (_, _, field) in overridden.iter().skip(1) {
                d = d.with(Label::at(field.pointer(&[i]), t!(lang, "np009.label")));
            }
            let fix = cx.fix(|| {
                overridden.iter().fold(Fix::unsafe_(t!(lang, "np009.fix", fields = fields.as_str())), |fix, (_, _, field)| {
                    fix.remove(field.pointer(&[i]))
                })
            });
            out.push(d.help(t!(lang, "np009.help", fields)).fix(fix));
        }
    }
}
