use super::{Noun, Scope, below_any, counted, present_fields, removal, scope};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::i18n::Lang;
use crate::rules::{ClusterKind, Context};
use crate::spec::{Field, display_pointer};
use crate::t;

crate::declare_rule! {
    /// A setting that only managed clusters use, in a body that creates a dedicated cluster.
    ///
    /// ## Why is this bad?
    /// Some fields configure what ACK runs for you in a managed cluster (`cluster_type: ManagedKubernetes`): the
    /// edition (`cluster_spec`), the cluster profile, Secret encryption of ACK Pro (`encryption_provider_key`),
    /// the zones the service picks (`zone_ids`) or per-pool worker roles. A dedicated cluster
    /// (`cluster_type: Kubernetes`) ignores them, so the setting you wrote has no effect. Often the body was
    /// meant to create a managed cluster and only `cluster_type` is wrong.
    ///
    /// Which fields are managed-only comes from the field spec (`applies_to`).
    ///
    /// ## One finding for the whole body
    /// Several managed-only fields in one dedicated body are one mistake (a managed template with the wrong
    /// `cluster_type`, or the other way round), so the body gets a single finding ("4 settings apply only to
    /// managed clusters …") at the first of them, with a label on every ignored field, node-pool fields included,
    /// saying which clusters it is meant for, and one on `cluster_type`. A body with one such field gets the
    /// short message "`cluster_spec` applies only to managed clusters …".
    ///
    /// ## Example
    /// ```json
    /// { "cluster_type": "Kubernetes", "cluster_spec": "ack.pro.small" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "cluster_type": "ManagedKubernetes", "cluster_spec": "ack.pro.small" }
    /// ```
    ///
    /// ## Fix
    /// Unsafe: it removes every field the finding names. The service ignores them for a dedicated cluster, so
    /// what it creates does not change; but if you meant a managed cluster, the right change is `cluster_type`,
    /// and the fix cannot tell which you meant.
    ///
    /// ## References
    /// - SDK: settings described as taking effect only in managed or ACK Pro clusters.
    /// - Terraform documentation: the managed-cluster resource is the one that has these arguments.
    pub(crate) struct ManagedOnlyFieldOnDedicated {
        code: "LIF002",
        name: "managed-only-field-on-dedicated",
        severity: Warning,
        fix: Unsafe,
    }
}

/// Which managed clusters a field is meant for.
#[derive(Debug, Clone, Copy)]
enum MeantFor {
    Pro,
    Serverless,
    Managed,
}

impl MeantFor {
    fn of(field: Field) -> MeantFor {
        match field.meta().applies_to.first().copied() {
            Some("ManagedKubernetes/Pro") => MeantFor::Pro,
            Some("ManagedKubernetes/Serverless") => MeantFor::Serverless,
            _ => MeantFor::Managed,
        }
    }

    /// "applies only to ACK Pro managed clusters", in the message of a single field.
    fn applies(self, lang: Lang) -> String {
        match self {
            MeantFor::Pro => t!(lang, "lif002-applies.pro"),
            MeantFor::Serverless => t!(lang, "lif002-applies.serverless"),
            MeantFor::Managed => t!(lang, "lif002-applies.managed"),
        }
    }

    /// "only for ACK Pro managed clusters", the label on each field.
    fn only_for(self, lang: Lang) -> String {
        match self {
            MeantFor::Pro => t!(lang, "lif002-only-for.pro"),
            MeantFor::Serverless => t!(lang, "lif002-only-for.serverless"),
            MeantFor::Managed => t!(lang, "lif002-only-for.managed"),
        }
    }
}

impl ManagedOnlyFieldOnDedicated {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if cx.kind != ClusterKind::Dedicated {
            return;
        }
        let mut reported: Vec<String> = Vec::new();
        let mut ignored: Vec<(String, Field)> = Vec::new();
        for p in present_fields(cx) {
            if scope(p.field) != Scope::ManagedOnly {
                continue;
            }
            let pointer = p.pointer();
            if below_any(&pointer, &reported) {
                continue;
            }
            reported.push(pointer.clone());
            ignored.push((pointer, p.field));
        }
        let Some(((pointer, field), rest)) = ignored.split_first() else { return };
        let lang = cx.lang;
        let label = |field: Field| MeantFor::of(field).only_for(lang);
        let d = if rest.is_empty() {
            let name = &display_pointer(pointer);
            let applies = MeantFor::of(*field).applies(lang);
            Self::META.diagnostic(t!(lang, "lif002-one", name, applies)).help(t!(lang, "lif002-one.help", name))
        } else {
            let names: Vec<String> = ignored.iter().map(|(p, _)| display_pointer(p)).collect();
            let subject = counted(lang, &names, &Noun::Settings);
            Self::META.diagnostic(t!(lang, "lif002-several", subject)).help(t!(lang, "lif002-several.help"))
        };
        let mut d = d.at(pointer.clone()).label(label(*field));
        for (pointer, field) in rest {
            d = d.peer(Label::at(pointer.clone(), label(*field)));
        }
        let pointers: Vec<String> = ignored.iter().map(|(p, _)| p.clone()).collect();
        let cluster_type = Label::at(Field::ClusterType.pointer(&[]), t!(lang, "lif002.label-cluster-type"));
        out.push(d.with(cluster_type).fix(cx.fix(|| removal(lang, &pointers))));
    }
}
