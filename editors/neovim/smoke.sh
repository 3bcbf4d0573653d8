#!/usr/bin/env bash
# Runs smoke.lua: `acklint lsp` in a headless Neovim on a broken body, checking the diagnostics against
# `acklint check` and Neovim's own application of fix-all against `acklint check --fix -`.
#
#   editors/neovim/smoke.sh [path/to/acklint]     (default: target/debug/acklint; exit 0 = pass)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
acklint="$(realpath "${1:-$here/../../target/debug/acklint}")"
command -v nvim >/dev/null || { echo "smoke.sh: nvim is not on PATH" >&2; exit 2; }
[ -x "$acklint" ] || { echo "smoke.sh: no acklint at $acklint (cargo build first)" >&2; exit 2; }

dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
# A comment, `vpc_id`, a number where a string belongs, an unknown time zone, a key set twice, a trailing
# comma; Chinese text and an emoji before the edits, so that UTF-16 columns differ from bytes.
cat > "$dir/cluster.json" <<'BODY'
{
  // 生产 cluster 😀
  "cluster_type": "ManagedKubernetes", "name": "生产集群😀", "region_id": "cn-hangzhou",
  "vpc_id": "vpc-bp1k3x9q2m7n4w8e5r6t1", "vswitch_ids": ["vsw-bp1m7d4x9k2q5w8e1r3t6"],
  "container_cidr": "172.20.0.0/16", "service_cidr": "172.20.16.0/20", "node_cidr_mask": 26,
  "timezone": "Asia/Beijing", "name": "生产集群😀",
}
BODY
cd "$dir"
expect="$("$acklint" check --format concise cluster.json | grep -o '\[[A-Z]*[0-9]*\]' | tr -d '[]' | sort -u | paste -sd, -)" || true
"$acklint" check --fix - < cluster.json > fixed.json 2>/dev/null || true
echo "smoke.sh: $(nvim --version | head -1), expecting $expect"
ACKLINT="$acklint" EXPECT="$expect" FIXED="$dir/fixed.json" \
  timeout 60 nvim --headless -u NONE -i NONE -n +"luafile $here/smoke.lua" cluster.json
