use crate::Label;
use crate::i18n::Lang;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::addons::{json_problem, parsed_configs};
use crate::spec::Field;
use crate::t;
use serde_json::Value;

crate::declare_rule! {
    /// An addon's `config` string is not empty and does not hold a JSON object.
    ///
    /// ## Why is this bad?
    /// `config` is a JSON object serialized into a string: `"{\"IngressSlbNetworkType\":\"intranet\"}"`. The
    /// service decodes that string and rejects the request (`InvalidParameter.Format`) when it is not a JSON
    /// object. Common slips: single quotes inside the string (`"{'key':'value'}"`), a missing closing brace,
    /// a list or a bare value instead of an object, or a string that was encoded twice.
    ///
    /// An empty string means "default settings" and is fine.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "logtail-ds", "config": "{'IngressDashboardEnabled':'true'}" }
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
    ///     { "name": "logtail-ds", "config": "{\"IngressDashboardEnabled\":\"true\"}" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## References
    /// - ACK CLI error catalogue (rule catalog §6 #6): an addon `config` passed as an object or wrongly
    ///   escaped fails with `InvalidParameter.Format`.
    /// - API reference (`addons`) and SDK: `config` is a string; the examples hold escaped JSON objects.
    /// - Terraform documentation: `config` is built with `jsonencode({...})`.
    pub(crate) struct AddonConfigNotJsonObject {
        code: "ADD003",
        name: "addon-config-not-json-object",
        severity: Error,
    }
}

impl AddonConfigNotJsonObject {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        let parsed = parsed_configs(cx);
        for (i, addon) in cx.request.addons.iter().flatten().enumerate() {
            let (Some(config), Some(Some(parsed))) = (addon.config.as_deref(), parsed.get(i)) else { continue };
            let named = if addon.name.is_some() { "yes" } else { "no" };
            let addon_name = addon.name.as_deref().unwrap_or_default();
            let (message, help) = match parsed {
                Ok(Value::Object(_)) => continue,
                Ok(Value::String(inner)) if serde_json::from_str::<Value>(inner).is_ok_and(|v| v.is_object()) => (
                    t!(lang, "add003-twice", named, addon = addon_name),
                    t!(lang, "add003.help-twice"),
                ),
                Ok(other) => (
                    t!(lang, "add003-not-object", named, addon = addon_name, kind = kind(other)),
                    t!(lang, "add003.help-object"),
                ),
                // A parse of a string always knows the position of its error.
                Err(e) => (
                    t!(
                        lang,
                        "add003-syntax",
                        named,
                        addon = addon_name,
                        problem = json_problem::describe(lang, e),
                        line = e.line(),
                        column = e.column(),
                    ),
                    syntax_help(lang, config),
                ),
            };
            let mut d = Self::META
                .diagnostic(message)
                .at(Field::AddonsConfig.pointer(&[i]))
                .label(t!(lang, "add003.label"))
                .help(help);
            if addon.name.is_some() {
                d = d.with(Label::at(Field::AddonsName.pointer(&[i]), t!(lang, "addons-label-component")));
            }
            out.push(d);
        }
    }
}

/// What a `config` holds instead of an object, as the messages' `$kind` (never called with an object).
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) | Value::Object(_) => "array",
    }
}

fn syntax_help(lang: Lang, config: &str) -> String {
    if config.contains('\'') { t!(lang, "add003.help-quotes") } else { t!(lang, "add003.help-syntax") }
}
