# The `lifecycle` group (src/rules/lifecycle/): deprecated fields, fields that do not apply to the cluster
# type, and the cluster type itself. The field rules are driven by the spec, so the texts take field names
# as variables.
#
# One message per kind of finding, named after the rule's code (`lif001`, or `lif001-masters` when a rule
# reports several kinds); its attributes are that finding's `.label`, `.help` and `.fix`. A message with
# attributes only holds the texts the kinds of one rule share.

## How the rules count a group of fields (src/rules/lifecycle/mod.rs)

lifecycle-counted =
    .prefixed = { $count } `{ $prefix }*` fields
    .fields = { $count } fields
    .ignored-fields = { $count } ignored fields
    .settings = { $count } settings
    .worker-settings = { $count } cluster-wide worker settings
    .node-settings = { $count } cluster-wide node settings
    .pool-fields = { $count } fields of { $pool }
# The fix of the two "ignored" rules.
lifecycle-remove = remove { $what }

## LIF001 deprecated-field

lif001 =
    .label = → { $successors }
    .label-one = → `{ $successor }`
    .label-none = no replacement
    .label-set = replacement already set
    .label-set-replaces = already set; replaces `{ $name }`
lif001-one = `{ $name }` is deprecated; use { $successors } instead
    .help = remove `{ $name }` and set { $successors } instead
lif001-one-none = `{ $name }` is deprecated and the API names no replacement
    .help = remove `{ $name }` unless you depend on its legacy behaviour
lif001-masters = { $subject } are deprecated: move them into { $targets }
    .help = set the fields the labels name, then remove the deprecated ones
lif001-nodepools = { $subject } are deprecated: move them into the node pools (`{ $container }`)
    .help = describe the workers as node pools in `nodepools`: set in each pool the fields the labels name, then remove the deprecated ones
lif001-split = { $subject } are deprecated: set them in `control_plane_config` for the masters and in each node pool for the workers
    .help = set the fields the labels name in `control_plane_config` and in each node pool, then remove the deprecated ones
lif001-rename = { $subject } are deprecated and have successors under other names
    .help = replace each field with the one its label names
lif001-remove = { $subject } are deprecated and the API names no replacement
    .help = remove them unless you depend on their legacy behaviour
# The fix: its parts, joined with `.separator`; the rename, replace and move phrases with `.phrase-separator`.
lif001-fix =
    .masters = move { $what } into { $targets }
    .nodepools = { $count ->
        [one] copy { $what } into each node pool that does not set it, then remove it
       *[other] copy { $what } into each node pool that does not set them, then remove them
    }
    .split = { $count ->
        [one] copy { $what } into `control_plane_config` and into each node pool that does not set it, then remove it
       *[other] copy { $what } into `control_plane_config` and into each node pool that does not set them, then remove them
    }
    .rename = rename `{ $name }` to `{ $key }`
    .replace = replace `{ $name }` with `{ $key }`
    .move = move `{ $name }` to { $targets }
    .successors = replace { $what } with their successors
    .superseded = { $count ->
        [one] remove { $what }, whose successor is already set
       *[other] remove { $what }, whose successors are already set
    }
    .removed = remove { $what }
    .default = remove { $what }, which only repeats the default
    .in-pool = { $text } (in { $pool })
    .separator = {"; "}
    .phrase-separator = {", "}

## LIF002 managed-only-field-on-dedicated

lif002 =
    .label-cluster-type = dedicated cluster
lif002-one = `{ $name }` { $applies } and is ignored for a dedicated cluster (`cluster_type` `Kubernetes`)
    .help = remove `{ $name }`, or set `cluster_type` to `ManagedKubernetes` if you meant a managed cluster
lif002-several = { $subject } apply only to managed clusters and are ignored for a dedicated cluster (`cluster_type` `Kubernetes`)
    .help = remove them, or set `cluster_type` to `ManagedKubernetes` if you meant a managed cluster
# Which managed clusters a field is meant for: in the message of one field, and as the label on each field.
lif002-applies =
    .pro = applies only to ACK Pro managed clusters
    .serverless = applies only to ACK Serverless clusters
    .managed = applies only to managed clusters
lif002-only-for =
    .pro = only for ACK Pro managed clusters
    .serverless = only for ACK Serverless clusters
    .managed = only for managed clusters

## LIF003 dedicated-only-field-on-managed

lif003 =
    .label = ignored for managed clusters
    .label-successors = ignored; use { $successors }
    .label-cluster-type = managed cluster
lif003-one = `{ $name }` applies only to dedicated clusters and is ignored for a managed cluster (`cluster_type` `ManagedKubernetes`)
    .help = remove `{ $name }`: ACK runs the control plane of a managed cluster
    .help-successors = remove `{ $name }`; for a managed cluster use { $successors } instead
lif003-several = { $subject } apply only to dedicated clusters and are ignored for a managed cluster (`cluster_type` `ManagedKubernetes`)
    .help = remove them: ACK runs the control plane of a managed cluster
    .help-successors = remove them: ACK runs the control plane of a managed cluster; where a label names another field, set that one instead

## LIF004 dedicated-cluster-end-of-sale

lif004 = new ACK dedicated clusters (`cluster_type` `Kubernetes`) cannot be created since 2024-08-21, except by allow-listed accounts
    .label = dedicated cluster
    .help = create a managed cluster instead: set `cluster_type` to `ManagedKubernetes` and `cluster_spec` to `ack.pro.small`, and drop the master settings (`control_plane_config`, `master_*`)

## LIF005 cluster-type-missing

lif005 = `cluster_type` is not set, and the service's default is not documented
    .label = no `cluster_type`
    .label-dedicated = `{ $name }` suggests a dedicated cluster
    .help = set `cluster_type` to `ManagedKubernetes` (with `cluster_spec` `ack.pro.small` for ACK Pro) for a managed cluster; `Kubernetes` creates a dedicated cluster, which only allow-listed accounts can still create
