use crate::i18n::Lang;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::{backticked, join_and};
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
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, _, sg) in cx.scaling_groups() {
            let Some(image_id) = sg.image_id.as_deref().filter(|s| !s.is_empty()) else { continue };
            let overridden: Vec<(&str, &str, Field)> = [
                ("image_type", sg.image_type.as_deref(), Field::NodepoolsScalingGroupImageType),
                ("platform", sg.platform.as_deref(), Field::NodepoolsScalingGroupPlatform),
            ]
            .into_iter()
            .filter_map(|(n, v, f)| v.map(|v| (n, v, f)))
            .collect();
            let Some(&(_, _, first)) = overridden.first() else { continue };
            let names: Vec<&str> = overridden.iter().map(|(n, _, _)| *n).collect();
            let shown: Vec<String> = overridden.iter().map(|(n, v, _)| format!("`{n}` `{v}`")).collect();
            let verb = if shown.len() == 1 { "is" } else { "are" };
            let mut d = Self::META
                .diagnostic(format!("`image_id` `{image_id}` takes precedence, so {} {verb} ignored", join_and(Lang::En, &shown)))
                .at(first.pointer(&[i]))
                .label("ignored")
                .with(Label::at(Field::NodepoolsScalingGroupImageId.pointer(&[i]), "custom image wins"));
            for (_, _, field) in overridden.iter().skip(1) {
                d = d.with(Label::at(field.pointer(&[i]), "ignored"));
            }
            let fix = overridden.iter().fold(
                Fix::unsafe_(format!("remove {}, which `image_id` overrides", join_and(Lang::En, &backticked(&names)))),
                |fix, (_, _, field)| fix.remove(field.pointer(&[i])),
            );
            out.push(
                d.help(format!(
                    "keep only `image_id` for a custom image, or remove `image_id` to use the ACK image for {}",
                    join_and(Lang::En, &backticked(&names))
                ))
                .fix(fix),
            );
        }
    }
}
