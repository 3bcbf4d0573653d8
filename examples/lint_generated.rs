//! Another tool builds a CreateCluster body with acklint's typed model, lints it, and decides what to do
//! with the findings, without any terminal rendering.
//!
//! Run it with `cargo run --example lint_generated`.

use acklint::model::{Addon, CreateClusterRequest};
use acklint::{LintOptions, Severity, lint};

fn main() {
    // What a provisioning tool might produce: a Flannel cluster whose service range sits inside the pod range.
    let request = CreateClusterRequest {
        name: Some("generated-by-my-tool".into()),
        region_id: Some("cn-hangzhou".into()),
        cluster_type: Some("ManagedKubernetes".into()),
        cluster_spec: Some("ack.pro.small".into()),
        vpcid: Some("vpc-bp1kd7yn4qnrvuzzjg0ph".into()),
        vswitch_ids: Some(vec!["vsw-bp1m7d4x9k2q5w8e1r3t6".into()]),
        container_cidr: Some("172.20.0.0/16".into()),
        service_cidr: Some("172.20.16.0/20".into()),
        addons: Some(vec![Addon { name: Some("flannel".into()), ..Addon::default() }]),
        ..CreateClusterRequest::default()
    };
    let body = serde_json::to_string_pretty(&request).expect("the model serializes");

    // Only network problems matter to this tool, and it knows the VPC's range.
    let options =
        LintOptions::default().with_select(["network"]).with_vpc_cidr("172.16.0.0/12".parse().expect("a CIDR"));
    let report = lint("generated.json", body.as_bytes(), &options);

    for d in &report.diagnostics {
        println!("{} {} at {}: {}", d.severity, d.code, d.pointer.as_deref().unwrap_or("?"), d.message);
        if let Some(help) = &d.help {
            println!("    help: {help}");
        }
    }
    let errors = report.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
    println!("{errors} error(s): {}", if errors == 0 { "sending the request" } else { "not sending the request" });
}
