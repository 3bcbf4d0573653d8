# The `network` rule group (src/rules/network/): network plugin, pod and Service ranges, node slices, vSwitches
# and the security group.
#
# One message per kind of finding, named after the rule's code (`net005-empty`, `net005-missing`); its
# attributes are the finding's `.label`, `.help` and `.fix`. A message with attributes only holds the texts a
# rule's kinds share. JSON in a text escapes its braces: `{"{"}` and `{"}"}`.

## Texts several network rules share (src/rules/network/util.rs and the rules)

network-flannel-selected = Flannel selected here
network-terway-selected = Terway selected here
network-terway-setting = Terway setting

## How a count of nodes is named (src/rules/network/util.rs, for `pod-cidr-too-small-for-nodes`)

network-nodes-masters = { $count } masters
network-nodes-pool = { $count } nodes in { $pool }
network-nodes-legacy-workers = { $count } workers in `num_of_nodes`
network-nodes-instances = { $count } existing `instances`
network-nodes-default = { $nodes } (default)

## NET001 pod-service-cidr-overlap

net001 = `service_cidr` { $services } overlaps `container_cidr` { $pods }
    .label = service range
    .label-pods = pod range
    .help = choose two disjoint private ranges, for example pods 172.20.0.0/16 and services 172.21.0.0/20

## NET002 network-plugin-not-exactly-one

net002-several = `addons` selects { $count } network plugins ({ $names }); Flannel and Terway exclude each other
    .label = `{ $name }` selected here
    .label-also = `{ $name }` also selected
    .help = keep one network plugin: `flannel` (pods in `container_cidr`) or `terway-eniip` (pods in `pod_vswitch_ids`); it cannot be changed after the cluster is created
net002-none =
    .label = no network plugin
    .label-flannel = Flannel setting
    .help = add `{"{"}"name": "flannel"{"}"}` (pods in `container_cidr`) or `{"{"}"name": "terway-eniip"{"}"}` (pods in `pod_vswitch_ids`) to `addons`
    .help-terway = `pod_vswitch_ids` shows the cluster is meant for Terway: add `{"{"}"name": "terway-eniip"{"}"}` to `addons`
net002-none-in-addons = `addons` has no network plugin (`flannel` or a Terway addon), so the service installs Flannel
net002-no-addons = the body has no `addons`, so no network plugin is named and the service installs Flannel

## NET003 terway-pod-vswitches-missing

net003 =
    .help = list the vSwitches Terway takes pod addresses from in `pod_vswitch_ids`: at least one in the zone of every node vSwitch, none of them a node vSwitch
    .help-edge = if the cluster has cloud node pools, list VPC vSwitches for their pods in `pod_vswitch_ids`; ENS pod vSwitches of edge node pools are configured after creation
net003-empty = `pod_vswitch_ids` is empty, but the network plugin is Terway (`{ $addon }`)
    .label = no pod vSwitch
net003-missing = the network plugin is Terway (`{ $addon }`), but `pod_vswitch_ids` is missing
    .label = Terway needs `pod_vswitch_ids`

## NET004 pod-vswitches-without-terway

net004 =
    .label-pods = Flannel pod range
    .fix = remove `pod_vswitch_ids`, which Flannel ignores
net004-flannel = `pod_vswitch_ids` is set, but the network plugin is Flannel, which ignores pod vSwitches
    .help = for Terway, put `{"{"}"name": "terway-eniip"{"}"}` in `addons` instead of `flannel`; for Flannel, remove `pod_vswitch_ids`
net004-default = `pod_vswitch_ids` is set, but `addons` has no Terway plugin, so the service installs Flannel, which ignores pod vSwitches
    .help = for Terway, add `{"{"}"name": "terway-eniip"{"}"}` to `addons`; for Flannel, add `{"{"}"name": "flannel"{"}"}`, remove `pod_vswitch_ids` and set `container_cidr`

## NET005 flannel-pod-cidr-missing

net005 =
    .label-no-plugin = no network plugin: Flannel by default
    .label-no-addons = no `addons`: Flannel by default
    .label-vpc = existing VPC: no default pod range
    .help = set `container_cidr` to a private range that overlaps neither `service_cidr` nor the VPC, for example 172.20.0.0/16
# Why the cluster gets Flannel, put into the messages below.
net005-plugin =
    .flannel = the network plugin is Flannel
    .no-plugin = `addons` names no network plugin, so the service installs Flannel by default
    .no-addons = the body has no `addons`, so the service installs Flannel by default
net005-empty = `container_cidr` is empty, but { $plugin }, which needs a pod range
    .label = no pod range
net005-missing = { $plugin }, but `container_cidr` is missing
    .label = Flannel needs `container_cidr`

## NET006 terway-pod-cidr-ignored

net006 = `{ $field }` { $value } is ignored with Terway (`{ $addon }`): { $why }
    .label = ignored
    .help = remove `{ $field }`
    .fix = remove `{ $field }`, which Terway ignores
net006-why =
    .container-cidr = Terway takes pod addresses from `pod_vswitch_ids`
    .node-cidr-mask = it only sizes Flannel's per-node pod ranges

## NET007 cidr-invalid

net007-host-bits = `{ $field }` { $value } has host bits set after the /{ $prefix } prefix; the range used is { $network }
    .label = not a network address
    .help = write the network address { $network }
net007-spaces = `{ $field }` "{ $value }" has spaces around the range
    .label = spaces
    .help = remove the spaces: "{ $trimmed }"
net007-no-prefix = `{ $field }` { $value } has no prefix length
    .label = address without prefix length
    .help = add the prefix length, for example { $value }/{ $length }
net007-not-cidr = `{ $field }` "{ $value }" is not an IPv4 CIDR block
    .label = not a CIDR block
    .help = write an IPv4 network address and a prefix length from 0 to 32, such as { $example }

## NET008 pod-cidr-not-private

net008 = `container_cidr` { $pods } is not inside { $ranges }
    .label = not a private range
    .help = choose a pod range inside one of the private blocks that overlaps neither `service_cidr` nor the VPC, for example 172.20.0.0/16

## NET009 service-cidr-out-of-range

net009-not-private = `service_cidr` { $services } is not inside { $ranges }
    .label = not a private range
    .help = choose a /16 to /24 range inside one of the private blocks that overlaps neither the pod range nor the VPC, for example 172.21.0.0/20
net009-prefix = `service_cidr` { $services } has a /{ $prefix } prefix ({ $addresses } addresses); the service range must be /16 to /24
    .label-small = too few addresses
    .label-large = too large
    .help = use a prefix length from 16 (65536 Services) to 24 (256 Services)
    .help-example = use a prefix length from 16 (65536 Services) to 24 (256 Services), for example { $example }

## NET010 node-cidr-mask-out-of-range

net010-outside = `node_cidr_mask` is { $mask } ({ $per_node } pod addresses per node), outside { $lo } to { $hi }
    .label = not { $lo } to { $hi }
    .help = choose { $lo } ({ $lo_addresses } pod addresses per node) to { $hi } ({ $hi_addresses } per node); the default 26 gives 64
# Past 32 a mask gives no address count.
net010-outside-beyond-32 = `node_cidr_mask` is { $mask }, outside { $lo } to { $hi }
net010-not-longer = `node_cidr_mask` { $mask } is not longer than the /{ $prefix } prefix of `container_cidr` { $pods }: { $consequence }
    .label = node slice
    .label-pods = pod range
net010-default-mask = `container_cidr` { $pods } is not larger than a node's /{ $mask } slice (the default `node_cidr_mask`): { $consequence }
    .label = pod range
net010 =
    .help = use a pod range much larger than one node's /{ $mask } slice, for example a /16 (room for { $nodes } nodes)
net010-consequence =
    .equal = the whole pod range is a single node's slice
    .larger = one node's slice would be larger than the whole pod range

## NET011 pod-cidr-too-small-for-nodes

net011 = `container_cidr` { $pods } cut into /{ $mask } node slices ({ $per_node } pod addresses per node, { $mask_text }) has room for { $slots } nodes, but { $asks }: { $parts }
    .label = room for { $slots } nodes
    .label-mask = { $per_node } pod addresses per node
    .help-one = use { $option }
    .help-two = use { $first }, or { $second }
    .help-none = plan fewer nodes, or a larger pod range
net011-mask =
    .set = `node_cidr_mask` { $mask }
    .default = the default `node_cidr_mask` { $mask }
net011-asks =
    .growth = auto scaling may grow the cluster to { $requested } nodes
    .created = the body creates { $requested } nodes
net011-option =
    .wider = a /{ $prefix } or larger `container_cidr` (room for { $nodes } nodes)
    .longer = `node_cidr_mask` { $mask } ({ $per_node } pod addresses per node, room for { $nodes } nodes)

## NET012 pod-vswitch-is-node-vswitch

net012 = pod vSwitch { $id } is also a node vSwitch in `{ $list }`
    .label = pod vSwitch
    .label-node = node vSwitch
    .help = give Terway pod vSwitches of their own, one in each zone of the node vSwitches, and keep them out of every node vSwitch list

## NET013 vswitch-id-malformed

net013 = `{ $list }[{ $index }]` { $value } is not a vSwitch ID
    .label = not `vsw-…`
    .help-spaces = remove the spaces: "{ $id }"
    .help-case = vSwitch IDs are lowercase: "{ $id }"
    .help = use the vSwitch's ID (`vsw-` followed by lowercase letters and digits, as shown by the VPC console or `DescribeVSwitches`), not its name or CIDR block

## NET014 vswitch-id-duplicated

net014 = `{ $list }[{ $index }]` repeats { $id } from `{ $list }[{ $first }]`
    .label = repeated
    .label-first = first listed here
    .help = remove the repeat, or replace it with the vSwitch you meant (often one in another zone)

## NET015 dual-stack-without-terway

net015 =
    .label = dual stack
    .help = use Terway (`{"{"}"name": "terway-eniip"{"}"}` with `pod_vswitch_ids`) for dual stack, or set `ip_stack` to `ipv4`
net015-flannel = `ip_stack` is `dual`, but the network plugin is Flannel, which is IPv4 only
net015-default = `ip_stack` is `dual`, but `addons` has no Terway plugin, so the cluster would use Flannel, which is IPv4 only

## NET016 enterprise-security-group-flag-ignored

net016 = `is_enterprise_security_group` is true, but `security_group_id` { $group } is set, so the nodes join that group and the flag is ignored
    .label = ignored
    .label-group = existing security group
    .help = remove `is_enterprise_security_group` to use { $group }, or remove `security_group_id` to have the service create an advanced security group
    .fix = remove `is_enterprise_security_group`, which is ignored

## NET017 cidr-overlaps-vpc

net017 =
    .label = cluster range
    .label-default = VPC of the cluster
    .label-vpc = VPC range { $vpc }
    .label-vswitch = vSwitch range { $vswitch }
    .help = choose a `{ $field }` that overlaps none of the VPC's ranges, for example in a private block the VPC does not use
    .help-default = set `{ $field }` to a /16 to /24 private range that overlaps none of the VPC's ranges
# The cluster's range, put into the messages below.
net017-range =
    .set = `{ $field }` { $range }
    .default = the default `{ $field }` { $range } (`{ $field }` is not set)
net017-vpc = { $range } overlaps the VPC range { $vpc }
net017-vswitch = { $range } overlaps vSwitch { $id } ({ $vswitch })

## NET018 cidr-overlaps-docker-bridge

net018 = `{ $field }` { $range } overlaps { $bridge }, the default Docker bridge network
    .label = includes 172.17.0.0/16
    .help = prefer a `{ $field }` outside { $bridge } if any node may run Docker; with containerd only, this can be ignored
