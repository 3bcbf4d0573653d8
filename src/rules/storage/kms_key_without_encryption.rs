use super::{pool_data_disk_name, pool_system_disk_name};
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::messages::pool_label;
use crate::model::Encrypted;
use crate::spec::Field;
use crate::t;

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
        let lang = cx.lang;
        for (i, pool, sg) in cx.scaling_groups() {
            let pool = pool_label(lang, i, pool);
            if sg.system_disk_kms_key_id.as_deref().is_some_and(|k| !k.is_empty())
                && sg.system_disk_encrypted != Some(true)
            {
                let state = match sg.system_disk_encrypted {
                    Some(_) => t!(lang, "sto007-state.system-false"),
                    None => t!(lang, "sto007-state.system-unset"),
                };
                let mut d = Self::META
                    .diagnostic(t!(lang, "sto007-system", disk = pool_system_disk_name(lang, &pool), state))
                    .at(Field::NodepoolsScalingGroupSystemDiskKmsKeyId.pointer(&[i]))
                    .label(t!(lang, "sto007.label"))
                    .help(t!(lang, "sto007-system.help"));
                if sg.system_disk_encrypted.is_some() {
                    d = d.with(Label::at(
                        Field::NodepoolsScalingGroupSystemDiskEncrypted.pointer(&[i]),
                        t!(lang, "sto007.label-encrypted"),
                    ));
                }
                out.push(d);
            }
            for (j, disk) in sg.data_disks.iter().flatten().enumerate() {
                if disk.kms_key_id.as_deref().is_none_or(str::is_empty) || disk.encrypted == Some(Encrypted::True) {
                    continue;
                }
                let state = match disk.encrypted.as_ref().map(Encrypted::as_str) {
                    Some(value) => t!(lang, "sto007-state.data-given", value),
                    None => t!(
                        lang,
                        "sto007-state.data-default",
                        value = Field::NodepoolsScalingGroupDataDisksEncrypted.default_str().unwrap_or("false")
                    ),
                };
                let mut d = Self::META
                    .diagnostic(t!(lang, "sto007-data", disk = pool_data_disk_name(lang, &pool, j), state))
                    .at(Field::NodepoolsScalingGroupDataDisksKmsKeyId.pointer(&[i, j]))
                    .label(t!(lang, "sto007.label"))
                    .help(t!(lang, "sto007-data.help"));
                if disk.encrypted.is_some() {
                    d = d.with(Label::at(
                        Field::NodepoolsScalingGroupDataDisksEncrypted.pointer(&[i, j]),
                        t!(lang, "sto007.label-encrypted"),
                    ));
                }
                out.push(d);
            }
        }
    }
}
