//! Helpers shared by the login rules: where credentials are given.

use crate::rules::Context;
use crate::rules::messages::pool_label;
pub(crate) use crate::rules::views::logins::{Given, Login};
use crate::spec::Field;
use crate::t;

fn given(value: Option<&String>, field: Field, indices: &[usize]) -> Option<Given> {
    value.filter(|v| !v.is_empty()).map(|v| Given { field, pointer: field.pointer(indices), value: v.clone() })
}

/// The login given at the cluster level: `control_plane_config` first, then the deprecated top level. On a
/// dedicated cluster it is the masters' login.
pub(crate) fn cluster_level<'c>(cx: &'c Context<'_>) -> &'c Login {
    cx.views.cluster_login.get_or_init(|| collect_cluster_level(cx))
}

// Deprecated fields read on purpose: top-level login still logs in to older bodies' nodes.
#[allow(deprecated)]
fn collect_cluster_level(cx: &Context<'_>) -> Login {
    let r = cx.request;
    let cp = r.control_plane_config.as_ref();
    let key_pairs = [
        given(cp.and_then(|c| c.key_pair.as_ref()), Field::ControlPlaneConfigKeyPair, &[]),
        given(r.key_pair.as_ref(), Field::KeyPair, &[]),
    ];
    let passwords = [
        given(cp.and_then(|c| c.login_password.as_ref()), Field::ControlPlaneConfigLoginPassword, &[]),
        given(r.login_password.as_ref(), Field::LoginPassword, &[]),
    ];
    let parent = if cp.is_some() { Field::ControlPlaneConfig } else { Field::ClusterType };
    Login {
        who: if cx.is_dedicated() { t!(cx.lang, "login-who.masters") } else { t!(cx.lang, "login-who.cluster") },
        parent: parent.pointer(&[]),
        key_pairs: key_pairs.into_iter().flatten().collect(),
        passwords: passwords.into_iter().flatten().collect(),
        pool: None,
    }
}

/// The login of each node pool that has a `scaling_group` (without one, the structure check reports it).
pub(crate) fn pools<'c>(cx: &'c Context<'_>) -> &'c [Login] {
    cx.views.pool_logins.get_or_init(|| collect_pools(cx))
}

fn collect_pools(cx: &Context<'_>) -> Vec<Login> {
    let mut out = Vec::new();
    for (i, pool, sg) in cx.scaling_groups() {
        out.push(Login {
            who: pool_label(cx.lang, i, pool),
            parent: Field::NodepoolsScalingGroup.pointer(&[i]),
            key_pairs: given(sg.key_pair.as_ref(), Field::NodepoolsScalingGroupKeyPair, &[i]).into_iter().collect(),
            passwords: given(sg.login_password.as_ref(), Field::NodepoolsScalingGroupLoginPassword, &[i])
                .into_iter()
                .collect(),
            pool: Some(i),
        });
    }
    out
}

/// The masters' login (dedicated clusters only) followed by each node pool's.
pub(crate) fn all<'c>(cx: &'c Context<'_>) -> impl Iterator<Item = &'c Login> {
    let masters = cx.is_dedicated().then(|| cluster_level(cx));
    masters.into_iter().chain(pools(cx))
}

/// The top-level `key_pair` and `login_password` of a managed cluster with nodes (not Serverless or ACS).
/// They are deprecated there in favour of the node pools' fields; `control_plane_config` does not apply to
/// managed clusters, so it is left out.
// Deprecated fields read on purpose: top-level login still logs in to older bodies' nodes.
#[allow(deprecated)]
pub(crate) fn managed_top_level(cx: &Context<'_>) -> Option<Login> {
    if !cx.is_managed() || cx.is_serverless() {
        return None;
    }
    let r = cx.request;
    Some(Login {
        who: t!(cx.lang, "login-who.top-level"),
        parent: Field::ClusterType.pointer(&[]),
        key_pairs: given(r.key_pair.as_ref(), Field::KeyPair, &[]).into_iter().collect(),
        passwords: given(r.login_password.as_ref(), Field::LoginPassword, &[]).into_iter().collect(),
        pool: None,
    })
}

/// Why node pool `index` accepts only a key pair: the field that says so and the reason in words (in the run's
/// language).
pub(crate) fn key_pair_only(cx: &Context<'_>, index: usize) -> Option<(String, String)> {
    let pool = cx.request.nodepools.as_ref()?.get(index)?;
    if pool.management.as_ref().and_then(|m| m.enable) == Some(true) {
        let f = Field::NodepoolsManagementEnable;
        let reason = t!(cx.lang, "login-key-pair-only.managed", field = f.display_in_pool());
        return Some((f.pointer(&[index]), reason));
    }
    let image = pool.scaling_group.as_ref().and_then(|s| s.image_type.as_deref());
    if image == Some("ContainerOS") {
        let f = Field::NodepoolsScalingGroupImageType;
        let reason = t!(cx.lang, "login-key-pair-only.container-os", field = f.display_in_pool());
        return Some((f.pointer(&[index]), reason));
    }
    None
}
