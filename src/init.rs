//! Starting points: a minimal request body that passes every check, for `acklint init`.

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

/// A minimal valid body for an ACK Pro managed cluster with one node pool. Its IDs are placeholders that say
/// what to put there (`vpc-replace0with0your0vpc`).
pub fn template(network: Network, billing: Billing) -> String {
    let node_vswitches = json!(["vsw-replace0with0node0vswitch0a", "vsw-replace0with0node0vswitch0b"]);
    let mut body = json!({
        "name": "my-cluster",
        "region_id": "cn-hangzhou",
        "cluster_type": "ManagedKubernetes",
        "cluster_spec": "ack.pro.small",
        "kubernetes_version": "1.33.1-aliyun.1",
        "vpcid": "vpc-replace0with0your0vpc",
        "vswitch_ids": node_vswitches,
        "service_cidr": "172.21.0.0/20",
        "is_enterprise_security_group": true,
        "snat_entry": true,
        "endpoint_public_access": false,
        "deletion_protection": true,
        "timezone": "Asia/Shanghai",
        "addons": [],
        "nodepools": [{
            "nodepool_info": { "name": "default" },
            "kubernetes_config": { "runtime": "containerd", "runtime_version": "1.6.36" },
            "scaling_group": {
                "instance_charge_type": "PostPaid",
                "instance_types": ["ecs.g7.xlarge", "ecs.g6.xlarge"],
                "vswitch_ids": node_vswitches,
                "image_type": "AliyunLinux3",
                "system_disk_category": "cloud_essd",
                "system_disk_size": 120,
                "key_pair": "replace-with-your-key-pair",
                "desired_size": 2
            }
        }]
    });
    let addons = match network {
        Network::Flannel => {
            body["container_cidr"] = json!("172.20.0.0/16");
            body["node_cidr_mask"] = json!("26");
            json!([{ "name": "flannel" }])
        }
        Network::Terway => {
            body["pod_vswitch_ids"] = json!(["vsw-replace0with0pod0vswitch0a", "vsw-replace0with0pod0vswitch0b"]);
            json!([{ "name": "terway-eniip", "config": "{\"IPVlan\":\"false\",\"NetworkPolicy\":\"true\"}" }])
        }
    };
    let mut list = addons.as_array().cloned().unwrap_or_default();
    list.extend([
        json!({ "name": "csi-plugin" }),
        json!({ "name": "csi-provisioner" }),
        json!({ "name": "logtail-ds" }),
    ]);
    body["addons"] = Value::Array(list);
    if billing == Billing::PrePaid {
        let group = &mut body["nodepools"][0]["scaling_group"];
        group["instance_charge_type"] = json!("PrePaid");
        group["period_unit"] = json!("Month");
        group["period"] = json!(1);
        group["auto_renew"] = json!(true);
        group["auto_renew_period"] = json!(1);
    }
    let mut text = serde_json::to_string_pretty(&body).expect("a JSON value serializes");
    text.push('\n');
    text
}
