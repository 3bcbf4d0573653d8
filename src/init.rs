//! Starting points: a minimal request body for `acklint init`, in the order a person reads it.

use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Value, json};

/// The network plugin of the new cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Network {
    /// Flannel: pods get addresses from `container_cidr`.
    Flannel,
    /// Terway: pods get addresses from their own vSwitches.
    Terway,
}

/// How the worker nodes are billed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Billing {
    /// Pay-as-you-go.
    PostPaid,
    /// Subscription, one month, renewed monthly.
    PrePaid,
}

/// A JSON object that keeps its members in the order they were written (`serde_json::Value` sorts them).
struct Ordered(Vec<(&'static str, Member)>);

enum Member {
    Value(Value),
    Object(Ordered),
    Objects(Vec<Ordered>),
}

impl Serialize for Ordered {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, member) in &self.0 {
            match member {
                Member::Value(v) => map.serialize_entry(key, v)?,
                Member::Object(o) => map.serialize_entry(key, o)?,
                Member::Objects(list) => map.serialize_entry(key, list)?,
            }
        }
        map.end()
    }
}

fn v(value: Value) -> Member {
    Member::Value(value)
}

/// A minimal body for an ACK Pro managed cluster with one node pool, keys in reading order: identity, version,
/// network, node pools, addons, the rest. Its IDs are placeholders that say what to put there
/// (`vpc-replace0with0your0vpc`); `acklint check` reports each one (NAM014) until it is replaced.
pub fn template(network: Network, billing: Billing) -> String {
    let node_vswitches = json!(["vsw-replace0with0node0vswitch0a", "vsw-replace0with0node0vswitch0b"]);
    let mut body = vec![
        ("name", v(json!("my-cluster"))),
        ("region_id", v(json!("cn-hangzhou"))),
        ("cluster_type", v(json!("ManagedKubernetes"))),
        ("cluster_spec", v(json!("ack.pro.small"))),
        ("kubernetes_version", v(json!("1.33.1-aliyun.1"))),
        ("vpcid", v(json!("vpc-replace0with0your0vpc"))),
        ("vswitch_ids", v(node_vswitches.clone())),
    ];
    let network_addon = match network {
        Network::Flannel => {
            body.push(("container_cidr", v(json!("172.20.0.0/16"))));
            body.push(("node_cidr_mask", v(json!("26"))));
            json!({ "name": "flannel" })
        }
        Network::Terway => {
            let pods = json!(["vsw-replace0with0pod0vswitch0a", "vsw-replace0with0pod0vswitch0b"]);
            body.push(("pod_vswitch_ids", v(pods)));
            json!({ "name": "terway-eniip", "config": "{\"IPVlan\":\"false\",\"NetworkPolicy\":\"true\"}" })
        }
    };
    body.extend([
        ("service_cidr", v(json!("172.21.0.0/20"))),
        ("is_enterprise_security_group", v(json!(true))),
        ("snat_entry", v(json!(true))),
        ("endpoint_public_access", v(json!(false))),
    ]);
    let mut scaling_group = vec![("instance_charge_type", v(json!("PostPaid")))];
    if billing == Billing::PrePaid {
        scaling_group = vec![
            ("instance_charge_type", v(json!("PrePaid"))),
            ("period_unit", v(json!("Month"))),
            ("period", v(json!(1))),
            ("auto_renew", v(json!(true))),
            ("auto_renew_period", v(json!(1))),
        ];
    }
    scaling_group.extend([
        ("instance_types", v(json!(["ecs.g7.xlarge", "ecs.g6.xlarge"]))),
        ("vswitch_ids", v(node_vswitches)),
        ("image_type", v(json!("AliyunLinux3"))),
        ("system_disk_category", v(json!("cloud_essd"))),
        ("system_disk_size", v(json!(120))),
        ("key_pair", v(json!("replace-with-your-key-pair"))),
        ("desired_size", v(json!(2))),
    ]);
    let pool = Ordered(vec![
        ("nodepool_info", Member::Object(Ordered(vec![("name", v(json!("default")))]))),
        ("scaling_group", Member::Object(Ordered(scaling_group))),
        (
            "kubernetes_config",
            Member::Object(Ordered(vec![("runtime", v(json!("containerd"))), ("runtime_version", v(json!("1.6.36")))])),
        ),
    ]);
    body.push(("nodepools", Member::Objects(vec![pool])));
    body.push((
        "addons",
        v(json!([network_addon, { "name": "csi-plugin" }, { "name": "csi-provisioner" }, { "name": "logtail-ds" }])),
    ));
    body.extend([("deletion_protection", v(json!(true))), ("timezone", v(json!("Asia/Shanghai")))]);
    let mut text = serde_json::to_string_pretty(&Ordered(body)).expect("a JSON object serializes");
    text.push('\n');
    text
}
