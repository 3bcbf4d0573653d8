#!/usr/bin/env bash
# Times acklint against the tools teams would use instead, on the same files and the same (acklint's own) schema:
#   - check-jsonschema (PyPI), a JSON Schema validator CLI;
#   - jsonschema-cli (crates.io), the CLI of the `jsonschema` crate, which checks structure only.
#
#   scripts/bench-cli.sh [N]        N files, default 10000 (half valid, half with mistakes)
#
# Installs the peers into a temporary folder, prints a table (wall time, files/s, peak memory, ratios) and
# removes everything it created.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-10000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "building acklint (release)…" >&2
cargo build --release --quiet
acklint="$PWD/target/release/acklint"

echo "installing peers into $work…" >&2
python3 -m venv "$work/venv" >/dev/null
"$work/venv/bin/pip" install --quiet check-jsonschema
cargo install --quiet --locked --root "$work/cargo" jsonschema-cli

echo "generating $n files…" >&2
mkdir -p "$work/files"
python3 - "$n" "$work/files" <<'PY'
import json, sys, copy
n, out = int(sys.argv[1]), sys.argv[2]
base = json.load(open("examples/managed-terway.json"))
for i in range(n):
    body = copy.deepcopy(base)
    body["name"] = f"cluster-{i}"
    pool = body["nodepools"][0]
    body["nodepools"] = []
    for p in range(3):
        q = copy.deepcopy(pool)
        q["nodepool_info"]["name"] = f"pool-{p}"
        body["nodepools"].append(q)
    if i % 2:
        # typical mistakes: a quoted integer, an overlap-free but unknown key, a bad enum
        body["nodepools"][0]["scaling_group"]["system_disk_size"] = "120"
        body["vpc_id"] = body["vpcid"]
        body["proxy_mode"] = "IPVS"
    json.dump(body, open(f"{out}/body-{i:05}.json", "w"), indent=2)
PY
size=$(du -sh "$work/files" | cut -f1)
schema="$PWD/schema/createcluster.schema.json"
files=("$work"/files/*.json)

measure() { # name, command...
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$work/mem" "$@" >/dev/null 2>&1 || true
  end=$(date +%s.%N)
  local wall mem
  wall=$(echo "$end - $start" | bc -l)
  mem=$(cat "$work/mem" | tail -1)
  printf '%s\t%s\t%s\n' "$name" "$wall" "$mem" >> "$work/results"
}

measure acklint "$acklint" check --quiet --format concise "$work/files"
measure jsonschema-cli "$work/cargo/bin/jsonschema-cli" validate --output flag "$schema" $(printf -- '-i %s ' "${files[@]}")
measure check-jsonschema "$work/venv/bin/check-jsonschema" --schemafile "$schema" "${files[@]}"

echo
echo "$n files ($size), $(nproc) cores, $(uname -m); acklint $("$acklint" --version | cut -d' ' -f2)"
python3 - "$work/results" "$n" <<'PY'
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
n = int(sys.argv[2])
ours = float(rows[0][1])
print(f"{'tool':<18} {'wall s':>8} {'files/s':>9} {'peak MB':>8} {'time vs acklint':>16}")
for name, wall, mem in rows:
    wall = float(wall)
    print(f"{name:<18} {wall:>8.2f} {n / wall:>9.0f} {int(mem) / 1024:>8.1f} {wall / ours:>15.2f}x")
PY
