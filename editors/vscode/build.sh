#!/usr/bin/env bash
# Builds the VS Code extension into editors/vscode/acklint-<version>.vsix and checks what it holds.
# Needs Node 20 or later and npm (the registry, for `npm ci`). Run from anywhere.
# Exit status: 0 built and checked, 3 the dependencies could not be installed (no registry, or Node too old),
# anything else a defect of the extension.
set -euo pipefail
cd "$(dirname "$0")"
version="$(node -p 'require("./package.json").version')"
vsix="acklint-$version.vsix"

if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)'; then
  echo "build.sh: Node $(node --version) is older than 20, which @vscode/vsce needs" >&2
  exit 3
fi
if ! npm ci --no-audit --no-fund --loglevel=error; then
  echo "build.sh: npm ci failed (is the npm registry reachable?)" >&2
  exit 3
fi
# The extension carries its own copy of the schema (`contributes.jsonValidation`).
mkdir -p schema
cp ../../schema/createcluster.schema.json schema/
rm -f "$vsix"
npx --no-install vsce package --skip-license --allow-missing-repository --out "$vsix"

# What a user installs: the manifest, the client, the schema and the client's runtime dependencies.
if command -v unzip >/dev/null; then
  listing="$(unzip -Z1 "$vsix")"
else
  listing="$(python3 -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$vsix")"
fi
for want in extension/package.json extension/extension.js extension/readme.md \
  extension/schema/createcluster.schema.json \
  extension/node_modules/vscode-languageclient/node.js \
  extension/node_modules/vscode-languageserver-protocol/package.json \
  extension/node_modules/vscode-jsonrpc/package.json; do
  grep -qxF "$want" <<<"$listing" || { echo "build.sh: $vsix lacks $want" >&2; exit 1; }
done
for unwanted in '/build\.sh$' '/node_modules/@vscode/' '\.vsix$' '/\.gitignore$'; do
  if grep -qE "$unwanted" <<<"$listing"; then
    echo "build.sh: $vsix holds $unwanted" >&2
    exit 1
  fi
done
cmp -s schema/createcluster.schema.json ../../schema/createcluster.schema.json
echo "build.sh: $vsix ($(wc -c <"$vsix") bytes, $(wc -l <<<"$listing") files) holds the manifest, the client, the schema and vscode-languageclient"
