use super::config_object;
use crate::i18n::Lang;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::{backticked, join_and, join_or};
use crate::spec::Field;
use crate::suggest::closest;
use crate::t;
use serde_json::Value;

crate::declare_rule! {
    /// A documented component's `config` has a setting acklint does not know, or a value outside its choices.
    ///
    /// ## Why is this bad?
    /// The service reads only the settings it knows and ignores the rest, so a misspelled key
    /// (`IngressSLBNetworkType`) silently leaves the default in place: an Ingress that should be internal becomes
    /// public, or logs go to a new project instead of yours. Switches such as `IngressDashboardEnabled` take the
    /// strings `"true"` and `"false"`, not JSON booleans.
    ///
    /// Checked components and settings: `logtail-ds` (`IngressDashboardEnabled`, `sls_project_name`),
    /// `nginx-ingress-controller` (`IngressSlbNetworkType` = `internet` | `intranet`, `IngressSlbSpec`),
    /// `ack-node-problem-detector` (`sls_project_name`), `terway-eniip` (`IPVlan`, `NetworkPolicy`,
    /// `ENITrunking`, `DataPathType`) and `alicloud-monitor-controller` (`group_contact_ids`). Components may
    /// accept more settings than documented; ignore this warning if the key is right.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "logtail-ds" },
    ///     { "name": "nginx-ingress-controller", "config": "{\"IngressSLBNetworkType\":\"intranet\"}" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "logtail-ds" },
    ///     { "name": "nginx-ingress-controller", "config": "{\"IngressSlbNetworkType\":\"intranet\"}" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## References
    /// - API reference: the `addons` examples for `logtail-ds`, `nginx-ingress-controller` and
    ///   `ack-node-problem-detector`.
    /// - SDK and Terraform examples: the Terway and monitoring settings.
    pub(crate) struct InvalidAddonConfigSetting {
        code: "ADD004",
        name: "invalid-addon-config-setting",
        severity: Warning,
    }
}

/// What a setting takes.
enum Takes {
    /// Any value.
    Anything,
    /// The string `"true"` or `"false"`.
    BoolString,
    /// One of these strings.
    OneOf(&'static [&'static str]),
}

/// The documented settings of the components whose `config` acklint checks.
const SETTINGS: &[(&str, &[(&str, Takes)])] = &[
    ("logtail-ds", &[("IngressDashboardEnabled", Takes::BoolString), ("sls_project_name", Takes::Anything)]),
    (
        "nginx-ingress-controller",
        &[("IngressSlbNetworkType", Takes::OneOf(&["internet", "intranet"])), ("IngressSlbSpec", Takes::Anything)],
    ),
    ("ack-node-problem-detector", &[("sls_project_name", Takes::Anything)]),
    (
        "terway-eniip",
        &[
            ("IPVlan", Takes::BoolString),
            ("NetworkPolicy", Takes::BoolString),
            ("ENITrunking", Takes::BoolString),
            // Seen in public Terraform configurations (`DataPathType = "V2"`); its values are not documented.
            ("DataPathType", Takes::Anything),
        ],
    ),
    ("alicloud-monitor-controller", &[("group_contact_ids", Takes::Anything)]),
];

impl InvalidAddonConfigSetting {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for (i, addon) in cx.request.addons.iter().flatten().enumerate() {
            let Some(name) = addon.name.as_deref() else { continue };
            let Some((_, settings)) = SETTINGS.iter().find(|(n, _)| *n == name) else { continue };
            let Some(config) = config_object(cx, i) else { continue };
            for (key, value) in config {
                let Some(problem) = check(lang, name, settings, key, value) else { continue };
                out.push(
                    Self::META
                        .diagnostic(problem.message)
                        .at(Field::AddonsConfig.pointer(&[i]))
                        .label(problem.label)
                        .with(Label::at(Field::AddonsName.pointer(&[i]), t!(lang, "addons-label-component")))
                        .help(problem.help),
                );
            }
        }
    }
}

/// The texts of one finding.
struct Problem {
    message: String,
    label: String,
    help: String,
}

/// What is wrong with setting `key` = `value` in the `config` of addon `name`, which documents `settings`.
fn check(lang: Lang, name: &str, settings: &[(&str, Takes)], key: &str, value: &Value) -> Option<Problem> {
    let Some((_, takes)) = settings.iter().find(|(k, _)| *k == key) else {
        let keys = settings.iter().map(|(k, _)| *k);
        let help = match closest(key, keys.clone()) {
            Some(guess) => t!(lang, "add004-unknown.help-guess", guess),
            None => {
                let keys = join_and(lang, &backticked(&keys.collect::<Vec<_>>()));
                t!(lang, "add004-unknown.help", keys, key)
            }
        };
        return Some(Problem {
            message: t!(lang, "add004-unknown", name, key),
            label: t!(lang, "add004-unknown.label"),
            help,
        });
    };
    // The value as JSON text: `"yes"`, `1`.
    let shown = value.to_string();
    match takes {
        Takes::Anything => None,
        Takes::BoolString => match value {
            Value::String(s) if s == "true" || s == "false" => None,
            Value::Bool(_) => Some(Problem {
                message: t!(lang, "add004-boolean", name, key, value = &shown),
                label: t!(lang, "add004-boolean.label"),
                help: t!(lang, "add004-boolean.help", key, value = &shown),
            }),
            _ => Some(Problem {
                message: t!(lang, "add004-not-switch", name, key, value = &shown),
                label: t!(lang, "add004-not-switch.label"),
                help: t!(lang, "add004-not-switch.help", key),
            }),
        },
        Takes::OneOf(choices) => match value {
            Value::String(s) if choices.contains(&s.as_str()) => None,
            other => {
                let choices_list = join_or(lang, &backticked(choices));
                let help = match other.as_str().and_then(|s| closest(s, choices.iter().copied())) {
                    Some(guess) => t!(lang, "add004-not-allowed.help-guess", guess, key, choices = &choices_list),
                    None => t!(lang, "add004-not-allowed.help", key, choices = &choices_list),
                };
                Some(Problem {
                    message: t!(lang, "add004-not-allowed", name, key, value = &shown),
                    label: t!(lang, "add004-not-allowed.label"),
                    help,
                })
            }
        },
    }
}
