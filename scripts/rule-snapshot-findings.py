#!/usr/bin/env python3
"""Compares the rules' fixture snapshots with a git revision by their findings only.

    scripts/rule-snapshot-findings.py [REV]     default HEAD

For each tests/snapshots/rules/*.snap, and each fixture in it, the findings of the rule (severity, code,
pointer, message, labels, help, fix) must be the same as in REV; line:column positions, the order of the
findings and the diffs of the fixes may differ. Use it after a change that should move text only: a base body
in tests/rules/_base/, a fixture rewritten as a patch, the printing of merged fixtures. Exit status 1 names
the snapshots whose findings changed.
"""

import re
import subprocess
import sys
from pathlib import Path

FINDING = re.compile(r"^(?:\d+:\d+|-) (\S+\[\w+\] .*)$")
DETAIL = re.compile(r"^    (?:label|help|fix) ")


def findings(snapshot: str) -> dict[str, list[str]]:
    """Per fixture section (`== file`), the sorted findings without their positions."""
    body = snapshot.split("\n---\n", 1)[1]
    out = {}
    for section in re.split(r"^== ", body, flags=re.M)[1:]:
        name, _, rest = section.partition("\n")
        blocks, current = [], None
        for line in rest.split("\n"):
            if m := FINDING.match(line):
                current = [m.group(1)]
                blocks.append(current)
            elif current is not None and DETAIL.match(line):
                current.append(line)
            else:
                current = None  # the fix diff, or the blank line after it
        out[name] = sorted("\n".join(b) for b in blocks)
    return out


def main() -> int:
    rev = sys.argv[1] if len(sys.argv) > 1 else "HEAD"
    changed = []
    for path in sorted(Path("tests/snapshots/rules").glob("*.snap")):
        old = subprocess.run(["git", "show", f"{rev}:{path}"], capture_output=True, text=True)
        if old.returncode != 0:
            changed.append(f"{path} (not in {rev})")
        elif findings(old.stdout) != findings(path.read_text()):
            changed.append(str(path))
    for line in changed:
        print(f"findings changed: {line}")
    print(f"{len(changed)} of {len(list(Path('tests/snapshots/rules').glob('*.snap')))} snapshots changed findings")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
