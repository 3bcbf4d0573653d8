use crate::t;
use crate::i18n::Lang;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::fix::Fix;
use crate::rules::Context;
use crate::rules::messages::{backticked, join_and};
use crate::spec::Field;

crate::declare_rule! {
    /// Auto scaling is disabled, yet `auto_scaling` holds settings that only apply when it is on.
    ///
    /// ## Why is this bad?
    /// With `auto_scaling.enable` set to `false` the pool keeps a fixed size, and the service ignores the
    /// scaling bounds, the instance `type` and the EIP settings. Non-zero bounds or a spot `type` usually
    /// mean that the author expected an elastic pool. The API wants `min_instances` and `max_instances`
    /// whenever `auto_scaling` is present, so bounds of 0 and the default `type` are not reported.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "auto_scaling": { "enable": false, "min_instances": 2, "max_instances": 10 } }
    /// ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [
    ///   { "nodepool_info": { "name": "general" },
    ///     "auto_scaling": { "enable": true, "min_instances": 2, "max_instances": 10 } }
    /// ] }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it does what the help says for a fixed-size pool: the bounds it names become `0` (the API wants
    /// both whenever `auto_scaling` is present) and the other settings it names are removed. The service
    /// ignores them all, so the pool is the same; but if you meant an elastic pool, the right change is
    /// `enable: true`, and the fix cannot tell.
    ///
    /// ## References
    /// - SDK: when `enable` is false, the other `auto_scaling` fields do not take effect.
    pub(crate) struct AutoScalingSettingsIgnored {
        code: "NP004",
        name: "auto-scaling-settings-ignored",
        severity: Warning,
        fix: Unsafe,
    }
}

impl AutoScalingSettingsIgnored {
    // Deprecated fields read on purpose: this rule reports the deprecated EIP settings among the ignored ones.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool) in cx.pools() {
            let Some(auto) = &pool.auto_scaling else { continue };
            if auto.enable != Some(false) {
                continue;
            }
            let nonzero = |v: Option<i64>| v.is_some_and(|v| v != 0);
            let not_default =
                auto.r#type.as_ref().is_some_and(|t| Some(t.as_str()) != Field::NodepoolsAutoScalingType.default_str());
            let candidates = [
                (nonzero(auto.min_instances), "min_instances", Field::NodepoolsAutoScalingMinInstances),
                (nonzero(auto.max_instances), "max_instances", Field::NodepoolsAutoScalingMaxInstances),
                (not_default, "type", Field::NodepoolsAutoScalingType),
                (auto.is_bond_eip == Some(true), "is_bond_eip", Field::NodepoolsAutoScalingIsBondEip),
                (
                    auto.eip_internet_charge_type.is_some(),
                    "eip_internet_charge_type",
                    Field::NodepoolsAutoScalingEipInternetChargeType,
                ),
                (auto.eip_bandwidth.is_some(), "eip_bandwidth", Field::NodepoolsAutoScalingEipBandwidth),
            ];
            let ignored: Vec<(&str, Field)> = candidates.iter().filter(|c| c.0).map(|c| (c.1, c.2)).collect();
            if ignored.is_empty() {
                continue;
            }
            let names: Vec<&str> = ignored.iter().map(|(n, _)| *n).collect();
            let lang = cx.lang;
            let fields = join_and(lang, &backticked(&names));
            let mut d = Self::META
                .diagnostic(t!(lang, "np004", fields, count = names.len()))
                .at(Field::NodepoolsAutoScalingEnable.pointer(&[i]))
                .label(t!(lang, "np004.label"))
                .help(t!(lang, "np004.help"));
            for (_, field) in &ignored {
                d = d.with(Label::at(field.pointer(&[i]), t!(lang, "np004.label-ignored")));
            }
            out.push(d.fix(cx.fix(|| fix(lang, i, &ignored))));
        }
    }
}

/// Bounds set to 0 and the other ignored settings removed, as the help says.
fn fix(lang: Lang, i: usize, ignored: &[(&str, Field)]) -> Fix {
    let is_bound =
        |f: Field| matches!(f, Field::NodepoolsAutoScalingMinInstances | Field::NodepoolsAutoScalingMaxInstances);
    let bounds: Vec<(&str, Field)> = ignored.iter().copied().filter(|(_, f)| is_bound(*f)).collect();
    let others: Vec<(&str, Field)> = ignored.iter().copied().filter(|(_, f)| !is_bound(*f)).collect();
    let names = |list: &[(&str, Field)]| join_and(lang, &backticked(&list.iter().map(|(n, _)| *n).collect::<Vec<_>>()));
    let message = match (bounds.is_empty(), others.is_empty()) {
        (false, true) => t!(lang, "np004.fix-bounds", bounds = names(&bounds)),
        (true, _) => t!(lang, "np004.fix-others", others = names(&others)),
        (false, false) => t!(lang, "np004.fix-both", bounds = names(&bounds), others = names(&others)),
    };
    let fix = bounds.iter().fold(Fix::unsafe_(message), |fix, (_, f)| fix.replace(f.pointer(&[i]), "0"));
    others.iter().fold(fix, |fix, (_, f)| fix.remove(f.pointer(&[i])))
}
