# `login` 规则组（src/rules/login/）：密钥对、密码和 SSH 访问。
#
# `$who` 有时以汉字结尾（`Master 节点`），有时以代码结尾（节点池 `web`），所以消息中的 `$who` 两侧都是全角
# 标点或消息的开头，以免多出或缺少空格。
#
# 每类问题一条消息，以规则代码命名（`log001`），其属性是该问题的 `.label`、`.help` 和 `.fix`。`$who` 是登录
# 设置所属的机器（`login-who`，节点池则按 shared.ftl 的 `pool-named` / `pool-unnamed` 称呼）。

## login 规则共用的词语（src/rules/login/util.rs）。

# 登录设置的归属（节点池以外）。
login-who =
    .masters = Master 节点
    .cluster = 集群
    .top-level = 集群的顶层字段
# 节点池只接受密钥对的原因；`$field` 是说明这一点的字段。
login-key-pair-only =
    .managed = 该节点池是托管节点池（`{ $field }` 为 true）
    .container-os = 该节点池运行 `ContainerOS`（`{ $field }`）

## LOG001 key-pair-and-password-both-set

log001 = { $who }：同时设置了密钥对（`{ $key_pair }`）和密码（`{ $password }`）
    .label = 密码
    .label-key-pair = 密钥对
    .help = 只能保留一种登录方式，建议使用更安全的密钥对：请删除 { $passwords }
    .fix = 保留密钥对，删除密码

## LOG002 login-credentials-missing

log002 = { $who }：没有设置登录方式，`{ $key_pair }` 和 `{ $password }` 都未指定
    .label = 没有密钥对或密码
    .label-masters = 专有版集群没有设置 Master 节点的登录方式
    .help = 请添加 `{ $key_pair }`（推荐）或 `{ $password }`
    .help-key-pair-only = 请添加 `{ $key_pair }`：{ $reason }，不支持密码登录

## LOG003 login-password-too-weak

log003 = `{ $field }`（{ $who }）不符合 ECS 的密码要求：{ $problems }
    .label = 密码强度不足
    .help = 请使用 { $min }～{ $max } 个字符，并至少包含大写字母、小写字母、数字和特殊字符（例如 `!@#$%^&*`）中的 { $classes } 类；或改用密钥对登录
# 密码未满足的要求，拼接到消息中。
log003-problem =
    .too-short = 长度少于 { $min } 个字符
    .too-long = 长度超过 { $max } 个字符
    .character = 含有字母、数字和允许的特殊字符以外的字符
    .classes = 只用到 4 类字符中的 { $classes } 类
    .slash = 以斜杠开头，Windows 节点不接受

## LOG004 node-pool-needs-key-pair

log004 = { $who }：使用 `{ $password }` 登录，但{ $reason }，只支持 `{ $key_pair }`
    .label = 此处不支持密码
    .label-reason = 需要密钥对
    .help = 请将 `{ $password }` 替换为 `{ $key_pair }`

## LOG005 master-ssh-open-to-internet

log005 = `ssh_flags` 为 true，Master 节点将允许从公网通过 SSH 登录
    .label = 公网开放了 SSH
    .help = 请将 `ssh_flags` 设为 false，从 VPC 内部访问 Master 节点，例如通过堡垒机
