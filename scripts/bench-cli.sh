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

# Already installed peers can be reused: CHECK_JSONSCHEMA=/path/to/check-jsonschema JSONSCHEMA_CLI=/path/to/jsonschema-cli
if [ -z "${CHECK_JSONSCHEMA:-}" ]; then
  echo "installing check-jsonschema into $work…" >&2
  python3 -m venv "$work/venv" >/dev/null
  "$work/venv/bin/pip" install --quiet check-jsonschema
  CHECK_JSONSCHEMA="$work/venv/bin/check-jsonschema"
fi
if [ -z "${JSONSCHEMA_CLI:-}" ]; then
  echo "installing jsonschema-cli into $work (a few minutes of compiling)…" >&2
  cargo install --quiet --locked --root "$work/cargo" jsonschema-cli
  JSONSCHEMA_CLI="$work/cargo/bin/jsonschema-cli"
fi

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

measure() { # name, command...: wall seconds and peak resident memory (KiB) of the command
  local name="$1"; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  read -r wall mem < <(tail -1 "$work/time")
  printf '%s\t%s\t%s\n' "$name" "$wall" "$mem" >> "$work/results"
}

measure acklint "$acklint" check --quiet --format concise "$work/files"
measure jsonschema-cli "$JSONSCHEMA_CLI" validate --output flag --offline "$schema" -i "${files[@]}"
measure check-jsonschema "$CHECK_JSONSCHEMA" --schemafile "$schema" "${files[@]}"

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
