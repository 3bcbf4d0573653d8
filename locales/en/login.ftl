# The `login` rule group (src/rules/login/): key pairs, passwords and SSH access.
#
# One message per kind of finding, named after the rule's code (`log001`); its attributes are the finding's
# `.label`, `.help` and `.fix`. `$who` names the machines a login belongs to (`login-who`, or a node pool as
# `pool-named` / `pool-unnamed` of shared.ftl say).

## Words the login rules share (src/rules/login/util.rs).

# Whose login it is, when it is not a node pool's.
login-who =
    .masters = the masters
    .cluster = the cluster
    .top-level = the cluster (top-level fields)
# Why a node pool accepts only a key pair; `$field` is the field that says so.
login-key-pair-only =
    .managed = it is a managed node pool (`{ $field }` is true)
    .container-os = it runs `ContainerOS` (`{ $field }`)

## LOG001 key-pair-and-password-both-set

log001 = both a key pair (`{ $key_pair }`) and a password (`{ $password }`) are set for { $who }
    .label = password
    .label-key-pair = key pair
    .help = keep only one way to log in; a key pair is safer: remove { $passwords }
    .fix = keep the key pair and remove the password

## LOG002 login-credentials-missing

log002 = no login is set for { $who }: neither `{ $key_pair }` nor `{ $password }` is given
    .label = no key pair or password
    .label-masters = dedicated cluster without a master login
    .help = add `{ $key_pair }` (recommended) or `{ $password }`
    .help-key-pair-only = add `{ $key_pair }`: { $reason }, so a password is not accepted

## LOG003 login-password-too-weak

log003 = `{ $field }` of { $who } { $problems }
    .label = weak password
    .help = use { $min } to { $max } characters with at least { $classes } of: uppercase letters, lowercase letters, digits and special characters such as `!@#$%^&*`; or log in with a key pair
# The requirements a password fails, joined into the message.
log003-problem =
    .too-short = is shorter than { $min } characters
    .too-long = is longer than { $max } characters
    .character = contains a character that is not a letter, a digit or an accepted special character
    .classes = uses only { $classes } of the 4 character classes
    .slash = starts with a slash, which Windows nodes refuse

## LOG004 node-pool-needs-key-pair

log004 = { $who } logs in with `{ $password }`, but { $reason }, which accepts only `{ $key_pair }`
    .label = password not accepted here
    .label-reason = needs a key pair
    .help = replace `{ $password }` with `{ $key_pair }`

## LOG005 master-ssh-open-to-internet

log005 = `ssh_flags` is true, so the masters accept SSH logons from the Internet
    .label = SSH open to the Internet
    .help = set `ssh_flags` to false and reach the masters from inside the VPC, for example through a bastion host
