# `naming` 规则组（src/rules/naming/）：集群名称、时区、标签、Kubernetes 节点标签和污点、节点命名、
# 实例自定义数据、证书名称和占位符。
#
# 每类问题一条消息，以规则代码命名（`nam003`；规则有多类问题时为 `nam002-case` 等），其属性是该问题的
# `.label`、`.help` 和 `.fix`。只有属性的消息存放同一规则各类问题共用的文字。

## NAM001 cluster-name-leading-separator

nam001 = 集群名称 `name` 的值 `{ $name }` 以 `{ $first }` 开头
    .label = 开头的分隔符
    .help = 名称应以字母、数字或汉字开头
    .help-example = 名称应以字母、数字或汉字开头，例如 `{ $trimmed }`

## NAM002 timezone-not-iana

nam002 =
    .label = 未知的时区
    .fix = 将 `timezone` 设为 `{ $zone }`
nam002-case = `timezone` 的值 `{ $tz }` 与 IANA 时区 `{ $zone }` 的大小写不一致
    .help = 请严格写作 `{ $zone }`，时区名称区分大小写
nam002-unknown = `timezone` 的值 `{ $tz }` 不是 IANA 时区名称
    .help-offset = 请使用“地区/城市”形式的时区名称，例如 `Asia/Shanghai`；固定时差应写作 `{ $zone }`（这类名称中的正负号与通常写法相反）
    .help-china = 中国使用的 IANA 时区是 `Asia/Shanghai`
    .help-close = 是否应为 `{ $zone }`？
    .help-none = 请使用 IANA 的“地区/城市”形式的时区名称，例如 `Asia/Shanghai` 或 `Europe/Berlin`，也可以使用 `UTC`

## NAM003 duplicate-tag-key

nam003 = 标签键 `{ $key }` 在 `{ $list }` 中出现了两次（下标 { $first } 和 { $second }）
    .label = 重复的键
    .label-first = 首次出现在此处
    .help = 每个键只保留一个标签：合并两个值，或将其中一个键改名

## NAM004 reserved-tag-prefix

nam004 =
    .label = 不可使用
    .help-key-pool = 请换一个不以 `aliyun` 或 `acs:` 开头、且不包含 `http://` 或 `https://` 的键
    .help-key-cluster = 请换一个不以 `aliyun`、`acs:`、`http://` 或 `https://` 开头的键
    .help-value-pool = 请换一个不以 `aliyun` 或 `acs:` 开头、且不包含 `http://` 或 `https://` 的值
    .help-value-cluster = 请换一个不以 `aliyun`、`acs:`、`http://` 或 `https://` 开头的值
nam004-key-prefix = `{ $list }` 中的标签键 `{ $text }` 以保留前缀 `{ $prefix }` 开头
nam004-key-contains = `{ $list }` 中的标签键 `{ $text }` 包含 `{ $forbidden }`，ECS 标签不允许包含该内容
nam004-value-prefix = `{ $list }` 中的标签值 `{ $text }` 以保留前缀 `{ $prefix }` 开头
nam004-value-contains = `{ $list }` 中的标签值 `{ $text }` 包含 `{ $forbidden }`，ECS 标签不允许包含该内容

## NAM005 too-many-nodepool-tags

nam005 = `nodepools[{ $index }]` 的 `scaling_group.tags` 有 { $count } 个标签，而一个实例最多只能绑定 { $max } 个
    .label = { $count } 个标签
    .help = 删除 { $excess } 个标签，或合并相关的标签

## NAM006 duplicate-label-key

nam006 =
    .label = 重复的键
    .label-first = 首次出现在此处
    .help = 每个节点标签键只保留一项
nam006-same = 节点标签键 `{ $key }` 在 `nodepools[{ $index }].kubernetes_config.labels` 中出现了两次，且取值相同
nam006-different = 节点标签键 `{ $key }` 在 `nodepools[{ $index }].kubernetes_config.labels` 中出现了两次，且取值不同

## NAM007 restricted-node-label

nam007 = 节点标签 `{ $key }` 属于 `{ $namespace }` 命名空间，kubelet 不能在自身节点上设置该命名空间的标签
    .label = 受限的节点标签
    .help = 请改用您自己的前缀（例如 `example.com/{ $name }`）或 `node.kubernetes.io/` 命名空间

## NAM008 label-key-prefix-too-long

nam008 =
    .label = 前缀过长
    .help = 请将 `/` 之前的 DNS 前缀缩短到 { $max } 个字符以内
nam008-label = 节点标签键 `{ $prefix }…` 的前缀长 { $length } 个字符，超过了上限 { $max }
nam008-taint = 污点键 `{ $prefix }…` 的前缀长 { $length } 个字符，超过了上限 { $max }

## NAM009 invalid-cluster-taint

nam009-key = 污点键 `{ $key }` 不是合法的 Kubernetes 键：{ $problem }
    .label = 无效的键
    .help = 键应写作 `[prefix/]name` 的形式，例如 `dedicated` 或 `example.com/gpu`
nam009-value = 污点值 `{ $value }` 不是合法的 Kubernetes 值：{ $problem }
    .label = 无效的值
    .help = 最多 63 个字符，只能包含字母、数字、`-`、`_` 或 `.`，且须以字母或数字开头和结尾

## Kubernetes 键（`[prefix/]name`）或值的问题（src/rules/naming/util.rs）

naming-key-empty-prefix = `/` 之前的前缀为空
naming-key-long-prefix = 前缀长 { $length } 个字符，超过了上限 { $max }
naming-key-bad-prefix = 前缀 `{ $prefix }` 不是合法的 DNS 子域名（只能包含小写字母、数字、`-` 和 `.`，且每一段都须以字母或数字开头和结尾）
naming-key-empty-name = 名称部分为空
naming-key-two-slashes = 键中最多只能有一个 `/`
naming-name-too-long = 名称部分长 { $length } 个字符，超过了上限 { $max }
naming-name-bad-char = 名称部分包含 `{ $char }`；只允许字母、数字、`-`、`_` 和 `.`
naming-name-space = 名称部分包含空格；只允许字母、数字、`-`、`_` 和 `.`
naming-name-ends = 名称部分须以字母或数字开头和结尾
naming-value-too-long = 值长 { $length } 个字符，超过了上限 { $max }
naming-value-bad-char = 值中包含 `{ $char }`；只允许字母、数字、`-`、`_` 和 `.`
naming-value-space = 值中包含空格；只允许字母、数字、`-`、`_` 和 `.`
naming-value-ends = 值须以字母或数字开头和结尾

## NAM010 duplicate-taint

nam010 = 污点 `{ $key }:{ $effect }` 在 `{ $list }` 中出现了两次
    .label = 重复的污点
    .label-first = 首次定义在此处
    .help = 同一个键和效果（effect）只保留一个污点；如果两者都需要，请换用其他效果或键

## NAM011 node-name-mode-is-node-name

nam011 = `{ $field }` 的值 `{ $mode }` 看起来是一个节点名称，而不是节点命名模式
    .label = 不是命名模式
    .help = 命名模式的格式为 `{ $form }`；要得到与此类似的节点名称，可写作 `{ $example }`

## NAM012 user-data-not-base64

nam012 = `{ $field }` 不是有效的 Base64 编码：{ $problem }
    .label = 不是 Base64
    .help-script = 这是一段未经编码的脚本：请改为传入它的 Base64 编码，例如 `base64 -w0 script.sh` 的输出
    .help = 请用标准 Base64 对脚本编码（字符集为 `A-Z a-z 0-9 + /`，用 `=` 补齐）
nam012-problem =
    .space = 其中包含空格
    .tab = 其中包含制表符
    .url-safe = 其中包含 `{ $char }`（不接受 URL 安全的 Base64 编码）
    .char = 其中包含 `{ $char }`
    .padding = `=` 只能作为末尾的填充字符出现
    .length = 长度 { $length } 不是 4 的倍数（是否缺少 `=` 填充？）

## NAM013 invalid-san

nam013 =
    .label = 无效的证书名称
    .help = 请只填写 IP 地址或 DNS 名称，例如 `api.example.com` 或 `10.0.0.10`，不要带协议、端口、路径或空格
nam013-custom-san = `custom_san` 的第 { $number } 项 `{ $item }` { $problem }
nam013-extra-sans = `extra_sans[{ $index }]` 的值 `{ $item }` { $problem }
nam013-problem =
    .empty = 为空
    .spaces-around = 前后有空格
    .url = 是一个 URL，只需填写主机名
    .slash = 包含 `/`，只需填写主机名或 IP 地址
    .port = 包含 `:`，请去掉端口，只填写名称
    .space = 包含空格
    .too-long = 长 { $length } 个字符，而 DNS 名称最多 253 个字符
    .empty-part = 两个点之间有空的部分
    .long-part = 有一段长 { $length } 个字符，而 DNS 名称的每一段最多 63 个字符
    .bad-part = 不是 DNS 名称：其中的 `{ $part }` 只能包含字母、数字和 `-`，且不能以 `-` 开头或结尾

## NAM014 placeholder-value

nam014 = `{ $field }` 是占位符，不是真实的值：`{ $value }`
    .help-vpc = 请在此处填写您的 VPC 的 ID（可在专有网络 VPC 控制台查看，或调用 DescribeVpcs 接口获取）
    .help-vswitch = 请在此处填写您的 VPC 中一个交换机的 ID（可在专有网络 VPC 控制台查看，或调用 DescribeVSwitches 接口获取）
    .help-security-group = 请在此处填写您的 VPC 中一个安全组的 ID（可在 ECS 控制台查看，或调用 DescribeSecurityGroups 接口获取）
    .help-key-pair = 请在此处填写当前地域中一个 ECS 密钥对的名称（可在 ECS 控制台查看，或调用 DescribeKeyPairs 接口获取）
    .help-image = 请在此处填写一个 ECS 镜像的 ID（可在 ECS 控制台查看，或调用 DescribeImages 接口获取）
    .help-resource-group = 请在此处填写一个资源组的 ID（可在资源管理控制台查看，或调用 ListResourceGroups 接口获取）
    .help-deployment-set = 请在此处填写一个部署集的 ID（可在 ECS 控制台查看，或调用 DescribeDeploymentSets 接口获取）
    .help-kms = 请在此处填写一个 KMS 密钥的 ID（可在密钥管理服务 KMS 控制台查看，或调用 ListKeys 接口获取）
    .help-snapshot = 请在此处填写一个快照或快照策略的 ID（可在 ECS 控制台查看）
    .help-rds = 请在此处填写您的 RDS 实例的 ID（可在 RDS 控制台查看，或调用 DescribeDBInstances 接口获取）
    .help-zone = 请在此处填写当前地域的一个可用区 ID，例如 `cn-hangzhou-k`（可调用 DescribeZones 接口获取）
    .help-region = 请在此处填写一个地域 ID，例如 `cn-hangzhou`（可调用 DescribeRegions 接口获取）
    .help-name = 请在此处填写您自己取的名称
    .help-other = 请在此处填写 `{ $key }` 的真实值
# 标签：为什么这个值是占位符（src/placeholder.rs）。
nam014-reason =
    .template = 未填入实际值的模板语法
    .angle-brackets = 尖括号中的文字表示需要填写的值
    .format-specifier = 未填入实际值的格式说明符
    .asterisks = 文档示例中用星号遮盖了 ID 的字符
    .xs = 用 `x` 字符代替了 ID 中的字符
    .all-zero = 全为零的 ID
    .asks-for-value = 这段文字要求填写真实的值
