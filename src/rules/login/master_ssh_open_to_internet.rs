use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `ssh_flags: true` lets anyone on the Internet try to log in to the masters over SSH.
    ///
    /// ## Why is this bad?
    /// On a dedicated cluster, `ssh_flags: true` opens SSH logon to the masters from the Internet. The masters
    /// hold etcd and every cluster secret, and an SSH port open to the Internet draws constant
    /// password-guessing attempts. Reach the masters from inside the VPC (a bastion host, VPN or
    /// Cloud Assistant) instead, and open SSH only when you need it.
    ///
    /// ## Example
    /// ```json
    /// { "ssh_flags": true }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "ssh_flags": false }
    /// ```
    ///
    /// ## References
    /// - API reference and SDK: `ssh_flags` enables SSH logon to the masters from the Internet; managed
    ///   clusters ignore it.
    pub(crate) struct MasterSshOpenToInternet {
        code: "LOG005",
        name: "master-ssh-open-to-internet",
        severity: Info,
    }
}

impl MasterSshOpenToInternet {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        if !cx.is_dedicated() || cx.request.ssh_flags != Some(true) {
            return;
        }
        out.push(
            Self::META
                .diagnostic(t!(cx.lang, "log005"))
                .at(Field::SshFlags.pointer(&[]))
                .label(t!(cx.lang, "log005.label"))
                .help(t!(cx.lang, "log005.help")),
        );
    }
}
