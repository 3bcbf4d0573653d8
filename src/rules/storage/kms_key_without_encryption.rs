use crate::i18n::Lang;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::pool_label;
use crate::spec::Field;

crate::declare_rule! {
    /// A KMS key on a node-pool disk that is not encrypted.
    ///
    /// ## Why is this bad?
    /// `kms_key_id` (data disks) and `system_disk_kms_key_id` choose the key a disk is encrypted with; they
    /// take effect only when encryption is on (`encrypted: "true"` on a data disk, `system_disk_encrypted:
    /// true` for the system disk). Without it the disk is created unencrypted, although the key suggests
    /// otherwise. Data disks default to unencrypted.
    ///
    /// ## Example
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "data_disks": [ { "category": "cloud_essd", "size": 200,
    ///                                                         "encrypted": "false",
    ///                                                         "kms_key_id": "key-hzz62a8c9d4e5f6g7h8i9" } ] } } ] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "nodepools": [ { "scaling_group": { "instance_charge_type": "PostPaid",
    ///                                       "data_disks": [ { "category": "cloud_essd", "size": 200,
    ///                                                         "encrypted": "true",
    ///                                                         "kms_key_id": "key-hzz62a8c9d4e5f6g7h8i9" } ] } } ] }
    /// ```
    ///
    /// ## References
    /// - Terraform node-pool docs: the KMS key is used only when the disk is encrypted.
    /// - SDK data-disk model: `encrypted` is the string `"true"` or `"false"`, default `"false"`.
    pub(crate) struct KmsKeyWithoutEncryption {
        code: "STO007",
        name: "kms-key-without-encryption",
        severity: Warning,
    }
}

impl KmsKeyWithoutEncryption {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        for (i, pool, sg) in cx.scaling_groups() {
            let label = pool_label(Lang::En, i, pool);
            if sg.system_disk_kms_key_id.as_deref().is_some_and(|k| !k.is_empty())
                && sg.system_disk_encrypted != Some(true)
            {
                let state = match sg.system_disk_encrypted {
                    Some(_) => "`system_disk_encrypted` is `false`",
                    None => "`system_disk_encrypted` is not set",
                };
                let mut d = Self::META
                    .diagnostic(format!(
                        "`system_disk_kms_key_id` is set but the system disk of {label} is not encrypted: {state}"
                    ))
                    .at(Field::NodepoolsScalingGroupSystemDiskKmsKeyId.pointer(&[i]))
                    .label("unused key")
                    .help("set `system_disk_encrypted` to `true` to encrypt the system disk with this key, or remove the key");
                if sg.system_disk_encrypted.is_some() {
                    d = d.with(Label::at(
                        Field::NodepoolsScalingGroupSystemDiskEncrypted.pointer(&[i]),
                        "not encrypted",
                    ));
                }
                out.push(d);
            }
            for (j, disk) in sg.data_disks.iter().flatten().enumerate() {
                if disk.kms_key_id.as_deref().is_none_or(str::is_empty) || disk.encrypted.as_deref() == Some("true") {
                    continue;
                }
                let state = match disk.encrypted.as_deref() {
                    Some(v) => format!("`encrypted` is \"{v}\""),
                    None => format!(
                        "`encrypted` is not set and defaults to \"{}\"",
                        Field::NodepoolsScalingGroupDataDisksEncrypted.default_str().unwrap_or("false")
                    ),
                };
                let mut d = Self::META
                    .diagnostic(format!("`kms_key_id` is set but data disk {j} of {label} is not encrypted: {state}"))
                    .at(Field::NodepoolsScalingGroupDataDisksKmsKeyId.pointer(&[i, j]))
                    .label("unused key")
                    .help(
                        "set `encrypted` to the string \"true\" to encrypt the disk with this key, or remove the key",
                    );
                if disk.encrypted.is_some() {
                    d = d.with(Label::at(
                        Field::NodepoolsScalingGroupDataDisksEncrypted.pointer(&[i, j]),
                        "not encrypted",
                    ));
                }
                out.push(d);
            }
        }
    }
}
