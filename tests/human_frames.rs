//! Code frames in the human format: a finding's labels share a frame only when their lines of context meet;
//! labels far apart get frames of their own instead of one frame with every line between them.

use acklint::render::{HumanStyle, human};
use acklint::{LintOptions, lint};

const STYLE: HumanStyle = HumanStyle { color: false, width: 100 };

/// Two node pools that set both `image_type` and `image_id` (NP009 labels both): far apart in the first pool,
/// on neighbouring lines in the second.
const BODY: &str = r#"{
  "name": "frames",
  "region_id": "cn-hangzhou",
  "cluster_type": "ManagedKubernetes",
  "kubernetes_version": "1.33.1-aliyun.1",
  "vpcid": "vpc-bp1kd7yn4qnrvuzzjg0ph",
  "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
  "container_cidr": "172.20.0.0/16",
  "service_cidr": "172.21.0.0/20",
  "addons": [{ "name": "flannel" }, { "name": "logtail-ds" }],
  "nodepools": [
    {
      "nodepool_info": { "name": "far-apart" },
      "kubernetes_config": { "runtime": "containerd" },
      "scaling_group": {
        "image_type": "AliyunLinux3",
        "instance_charge_type": "PostPaid",
        "instance_types": [
          "ecs.g7.xlarge",
          "ecs.g7.2xlarge",
          "ecs.g6.xlarge",
          "ecs.g6.2xlarge"
        ],
        "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
        "key_pair": "ops-keypair",
        "desired_size": 2,
        "image_id": "aliyun_3_x64_20G_alibase_20241218.vhd"
      }
    },
    {
      "nodepool_info": { "name": "side-by-side" },
      "kubernetes_config": { "runtime": "containerd" },
      "scaling_group": {
        "instance_charge_type": "PostPaid",
        "instance_types": ["ecs.g7.xlarge"],
        "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
        "key_pair": "ops-keypair",
        "desired_size": 2,
        "image_type": "AliyunLinux3",
        "image_id": "aliyun_3_x64_20G_alibase_20241218.vhd"
      }
    }
  ]
}
"#;

/// The drawing of each finding, in order.
fn drawn() -> Vec<String> {
    let report = lint("frames.json", BODY.as_bytes(), &LintOptions::default());
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["NP009", "NP009"], "the body should only show the labels under test");
    // Each finding starts with its unindented code line.
    let mut findings: Vec<String> = Vec::new();
    for line in human(&report, STYLE).lines() {
        match findings.last_mut() {
            Some(finding) if line.is_empty() || line.starts_with(' ') => finding.push_str(line),
            _ => findings.push(line.to_string()),
        }
        if let Some(finding) = findings.last_mut() {
            finding.push('\n');
        }
    }
    findings
}

fn frames(finding: &str) -> usize {
    finding.matches("╭─[").count()
}

#[test]
fn labels_far_apart_get_frames_of_their_own() {
    let drawn = drawn();
    assert_eq!(drawn.len(), 2, "{drawn:#?}");
    let far = &drawn[0];
    assert_eq!(frames(far), 2, "{far}");
    // The lines between the two labels and their context are not shown.
    assert!(!far.contains("ecs.g6.2xlarge"), "{far}");
    assert!(far.contains("╭─[frames.json:16:23]") && far.contains("╭─[frames.json:27:21]"), "{far}");
}

#[test]
fn labels_whose_context_meets_share_one_frame() {
    let drawn = drawn();
    assert_eq!(frames(&drawn[1]), 1, "{}", drawn[1]);
}

#[test]
fn frames_snapshot() {
    let report = lint("frames.json", BODY.as_bytes(), &LintOptions::default());
    insta::assert_snapshot!(human(&report, STYLE));
}
