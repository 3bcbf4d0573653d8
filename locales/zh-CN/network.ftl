# `network` 规则组（src/rules/network/）：网络插件、Pod 和 Service 网段、节点子网段、交换机和安全组。
#
# 每类问题一条消息，以规则代码命名（`net005-empty`、`net005-missing`），其属性是该问题的 `.label`、`.help`
# 和 `.fix`。只有属性的消息存放同一规则各类问题共用的文字。文字中的 JSON 需转义花括号：`{"{"}` 和 `{"}"}`。

## 多条网络规则共用的文字（src/rules/network/util.rs 和各规则）

network-flannel-selected = 此处选择了 Flannel
network-terway-selected = 此处选择了 Terway
network-terway-setting = Terway 的设置

## 节点数量的说法（src/rules/network/util.rs，用于 `pod-cidr-too-small-for-nodes`）

network-nodes-masters = { $count } 个 Master 节点
network-nodes-pool = { $pool } 中的 { $count } 个节点
network-nodes-legacy-workers = `num_of_nodes` 中的 { $count } 个 Worker 节点
network-nodes-instances = `instances` 中的 { $count } 个已有实例
network-nodes-default = 默认的 { $nodes }

## NET001 pod-service-cidr-overlap

net001 = Service 网段 `service_cidr`（{ $services }）与 Pod 网段 `container_cidr`（{ $pods }）重叠
    .label = Service 网段
    .label-pods = Pod 网段
    .help = 请选择两个互不重叠的私网网段，例如 Pod 使用 172.20.0.0/16，Service 使用 172.21.0.0/20

## NET002 network-plugin-not-exactly-one

net002-several = `addons` 选择了 { $count } 个网络插件（{ $names }），而 Flannel 与 Terway 互斥
    .label = 此处选择了 `{ $name }`
    .label-also = 这里又选择了 `{ $name }`
    .help = 只保留一个网络插件：`flannel`（Pod 地址取自 `container_cidr`）或 `terway-eniip`（Pod 地址取自 `pod_vswitch_ids`）；集群创建后无法更换网络插件
net002-none =
    .label = 没有网络插件
    .label-flannel = Flannel 的设置
    .help = 请在 `addons` 中添加 `{"{"}"name": "flannel"{"}"}`（Pod 地址取自 `container_cidr`）或 `{"{"}"name": "terway-eniip"{"}"}`（Pod 地址取自 `pod_vswitch_ids`）
    .help-terway = `pod_vswitch_ids` 表明该集群本应使用 Terway：请在 `addons` 中添加 `{"{"}"name": "terway-eniip"{"}"}`
net002-none-in-addons = `addons` 中没有网络插件（`flannel` 或 Terway 组件），ACK 将默认安装 Flannel
net002-no-addons = 请求体中没有 `addons`，未指定网络插件，ACK 将默认安装 Flannel

## NET003 terway-pod-vswitches-missing

net003 =
    .help = 请在 `pod_vswitch_ids` 中列出 Terway 分配 Pod 地址所用的交换机：每个节点交换机所在的可用区至少一个，且都不能是节点交换机
    .help-edge = 如果集群有云端节点池，请在 `pod_vswitch_ids` 中列出供其 Pod 使用的 VPC 交换机；边缘节点池的 Pod 所用的 ENS 交换机在集群创建后配置
net003-empty = `pod_vswitch_ids` 为空，但网络插件是 Terway（`{ $addon }`）
    .label = 没有 Pod 交换机
net003-missing = 网络插件是 Terway（`{ $addon }`），但缺少 `pod_vswitch_ids`
    .label = Terway 需要 `pod_vswitch_ids`

## NET004 pod-vswitches-without-terway

net004 =
    .label-pods = Flannel 的 Pod 网段
    .fix = 删除 Flannel 不使用的 `pod_vswitch_ids`
net004-flannel = 设置了 `pod_vswitch_ids`，但网络插件是 Flannel，而 Flannel 不使用 Pod 交换机
    .help = 如需 Terway，请在 `addons` 中用 `{"{"}"name": "terway-eniip"{"}"}` 替换 `flannel`；如需 Flannel，请删除 `pod_vswitch_ids`
net004-default = 设置了 `pod_vswitch_ids`，但 `addons` 中没有 Terway 插件，ACK 将默认安装 Flannel，而 Flannel 不使用 Pod 交换机
    .help = 如需 Terway，请在 `addons` 中添加 `{"{"}"name": "terway-eniip"{"}"}`；如需 Flannel，请添加 `{"{"}"name": "flannel"{"}"}`，删除 `pod_vswitch_ids` 并设置 `container_cidr`

## NET005 flannel-pod-cidr-missing

net005 =
    .label-no-plugin = 没有网络插件：默认使用 Flannel
    .label-no-addons = 没有 `addons`：默认使用 Flannel
    .label-vpc = 已有 VPC：没有默认的 Pod 网段
    .help = 请将 `container_cidr` 设为一个与 `service_cidr` 和 VPC 都不重叠的私网网段，例如 172.20.0.0/16
# 集群为什么会使用 Flannel，填入下面的消息。
net005-plugin =
    .flannel = 网络插件是 Flannel
    .no-plugin = 未在 `addons` 中指定网络插件，ACK 将默认安装 Flannel
    .no-addons = 请求体中没有 `addons`，ACK 将默认安装 Flannel
net005-empty = `container_cidr` 为空，但{ $plugin }，而 Flannel 需要 Pod 网段
    .label = 没有 Pod 网段
net005-missing = { $plugin }，但缺少 `container_cidr`
    .label = Flannel 需要 `container_cidr`

## NET006 terway-pod-cidr-ignored

net006 = 使用 Terway（`{ $addon }`）时，`{ $field }`（{ $value }）不生效：{ $why }
    .label = 不生效
    .help = 请删除 `{ $field }`
    .fix = 删除 Terway 不使用的 `{ $field }`
net006-why =
    .container-cidr = Terway 从 `pod_vswitch_ids` 中的交换机分配 Pod 地址
    .node-cidr-mask = 它只决定 Flannel 为每个节点划分的 Pod 网段大小

## NET007 cidr-invalid

net007-host-bits = `{ $field }` 的值 { $value } 在 /{ $prefix } 前缀之后的主机位不为 0，实际使用的网段是 { $network }
    .label = 不是网络地址
    .help = 请写成网络地址 { $network }
net007-spaces = `{ $field }` 的值 "{ $value }" 前后有空格
    .label = 多余的空格
    .help = 请删除空格："{ $trimmed }"
net007-no-prefix = `{ $field }` 的值 { $value } 缺少前缀长度
    .label = 地址缺少前缀长度
    .help = 请加上前缀长度，例如 { $value }/{ $length }
net007-not-cidr = `{ $field }` 的值 "{ $value }" 不是 IPv4 CIDR 网段
    .label = 不是 CIDR 网段
    .help = 请写成 IPv4 网络地址加 0 到 32 之间的前缀长度，例如 { $example }

## NET008 pod-cidr-not-private

net008 = `container_cidr` { $pods } 不在私网网段 { $ranges } 之内
    .label = 不是私网网段
    .help = 请在私网网段内选择一个与 `service_cidr` 和 VPC 都不重叠的 Pod 网段，例如 172.20.0.0/16

## NET009 service-cidr-out-of-range

net009-not-private = `service_cidr` { $services } 不在私网网段 { $ranges } 之内
    .label = 不是私网网段
    .help = 请在私网网段内选择一个 /16 到 /24、与 Pod 网段和 VPC 都不重叠的网段，例如 172.21.0.0/20
net009-prefix = `service_cidr` { $services } 的前缀长度为 /{ $prefix }（{ $addresses } 个地址），而 Service 网段须在 /16 到 /24 之间
    .label-small = 地址太少
    .label-large = 网段过大
    .help = 请使用 16（65536 个 Service）到 24（256 个 Service）之间的前缀长度
    .help-example = 请使用 16（65536 个 Service）到 24（256 个 Service）之间的前缀长度，例如 { $example }

## NET010 node-cidr-mask-out-of-range

net010-outside = `node_cidr_mask` 为 { $mask }（每个节点 { $per_node } 个 Pod 地址），不在 { $lo } 到 { $hi } 之间
    .label = 不在 { $lo } 到 { $hi } 之间
    .help = 请在 { $lo }（每个节点 { $lo_addresses } 个 Pod 地址）到 { $hi }（每个节点 { $hi_addresses } 个）之间选择；默认值 26 对应 64 个
# 超过 32 的掩码没有对应的地址数。
net010-outside-beyond-32 = `node_cidr_mask` 为 { $mask }，不在 { $lo } 到 { $hi } 之间
net010-not-longer = `node_cidr_mask` { $mask } 不大于 `container_cidr`（{ $pods }）的前缀长度 /{ $prefix }：{ $consequence }
    .label = 节点子网段
    .label-pods = Pod 网段
net010-default-mask = `container_cidr` { $pods } 不比一个节点的 /{ $mask } 子网段大（`node_cidr_mask` 取默认值）：{ $consequence }
    .label = Pod 网段
net010 =
    .help = 请使用比单个节点的 /{ $mask } 子网段大得多的 Pod 网段，例如 /16（可容纳 { $nodes } 个节点）
net010-consequence =
    .equal = 整个 Pod 网段只够划给一个节点
    .larger = 单个节点的子网段比整个 Pod 网段还大

## NET011 pod-cidr-too-small-for-nodes

net011 = `container_cidr` { $pods } 按 /{ $mask } 划分节点子网段（每个节点 { $per_node } 个 Pod 地址，{ $mask_text }），只够 { $slots } 个节点，但{ $asks }：{ $parts }
    .label = 只够 { $slots } 个节点
    .label-mask = 每个节点 { $per_node } 个 Pod 地址
    .help-one = 请{ $option }
    .help-two = 请{ $first }，或{ $second }
    .help-none = 请减少规划的节点数，或使用更大的 Pod 网段
net011-mask =
    .set = `node_cidr_mask` 为 { $mask }
    .default = `node_cidr_mask` 取默认值 { $mask }
net011-asks =
    .growth = 自动伸缩最多可将集群扩容到 { $requested } 个节点
    .created = 请求体将创建 { $requested } 个节点
net011-option =
    .wider = 将 `container_cidr` 扩大到 /{ $prefix } 或更大（可容纳 { $nodes } 个节点）
    .longer = 将 `node_cidr_mask` 设为 { $mask }（每个节点 { $per_node } 个 Pod 地址，可容纳 { $nodes } 个节点）

## NET012 pod-vswitch-is-node-vswitch

net012 = Pod 交换机 { $id } 同时是 `{ $list }` 中的节点交换机
    .label = Pod 交换机
    .label-node = 节点交换机
    .help = 请为 Terway 单独准备 Pod 交换机，在节点交换机的每个可用区各准备一个，且不要放进任何节点交换机列表

## NET013 vswitch-id-malformed

net013 = `{ $list }[{ $index }]` 的值 { $value } 不是交换机 ID
    .label = 不是 `vsw-…` 形式
    .help-spaces = 请删除空格："{ $id }"
    .help-case = 交换机 ID 应为小写："{ $id }"
    .help = 请填写交换机的 ID（`vsw-` 加小写字母和数字，可在专有网络 VPC 控制台查看，或调用 `DescribeVSwitches` 接口获取），而不是交换机名称或网段

## NET014 vswitch-id-duplicated

net014 = `{ $list }[{ $index }]` 重复了 `{ $list }[{ $first }]` 中的 { $id }
    .label = 重复项
    .label-first = 首次出现在此处
    .help = 请删除重复项，或换成您本来要填写的交换机（通常是另一个可用区的交换机）

## NET015 dual-stack-without-terway

net015 =
    .label = 双栈
    .help = 双栈请使用 Terway（`{"{"}"name": "terway-eniip"{"}"}` 并设置 `pod_vswitch_ids`），或将 `ip_stack` 设为 `ipv4`
net015-flannel = `ip_stack` 为 `dual`，但网络插件是 Flannel，而 Flannel 只支持 IPv4
net015-default = `ip_stack` 为 `dual`，但 `addons` 中没有 Terway 插件，集群将使用只支持 IPv4 的 Flannel

## NET016 enterprise-security-group-flag-ignored

net016 = `is_enterprise_security_group` 为 true，但已设置 `security_group_id`（{ $group }），节点将加入该安全组，此开关不生效
    .label = 不生效
    .label-group = 已有安全组
    .help = 如需使用 { $group }，请删除 `is_enterprise_security_group`；如需由 ACK 创建企业级安全组，请删除 `security_group_id`
    .fix = 删除不生效的 `is_enterprise_security_group`

## NET017 cidr-overlaps-vpc

net017 =
    .label = 集群网段
    .label-default = 集群所在的 VPC
    .label-vpc = VPC 网段 { $vpc }
    .label-vswitch = 交换机网段 { $vswitch }
    .help = 请选择一个与 VPC 的所有网段都不重叠的 `{ $field }`，例如取自 VPC 未使用的私网网段
    .help-default = 请将 `{ $field }` 设为一个 /16 到 /24、与 VPC 的所有网段都不重叠的私网网段
# 集群的网段，填入下面的消息。
net017-range =
    .set = `{ $field }` { $range }
    .default = 未设置 `{ $field }`，其默认值 { $range }
net017-vpc = { $range } 与 VPC 网段 { $vpc } 重叠
net017-vswitch = { $range } 与交换机 { $id } 的网段（{ $vswitch }）重叠

## NET018 cidr-overlaps-docker-bridge

net018 = `{ $field }` { $range } 与 Docker 默认网桥的网段 { $bridge } 重叠
    .label = 包含 172.17.0.0/16
    .help = 如果有节点可能运行 Docker，请让 `{ $field }` 避开 { $bridge }；如果只使用 containerd，可以忽略此问题
