# Mistakes in acklint.toml (src/config/load.rs): usage errors printed after the file's name, line and column.

config-cannot-read = cannot read it: { $error }
# The TOML parser's own words (they stay in English).
config-syntax = { $detail }
config-unknown-selector = `{ $selector }` names no rule, code prefix or group; see `acklint rules`
config-unknown-selector-short = `{ $selector }` names no rule, code prefix or group
config-bad-severity = `{ $value }` is not a severity: use error, warning or info
config-bad-cidr = `{ $value }` is not an IPv4 CIDR such as 10.0.0.0/8
config-unknown-catalogue = `{ $name }` is not a catalogue acklint knows: use one of { $catalogues }
config-empty-token = a known token cannot be empty
config-empty-reason = say why this finding is accepted: `reason` is empty
config-missing-reason = every ignore needs a `reason`
config-empty-rules = list the codes this ignore accepts in `rules`
config-bad-glob = `{ $value }` is not a valid glob: { $error }
config-bad-pointer = `{ $value }` is not a JSON pointer: it starts with `/` (or is empty)
config-bad-date = `{ $value }` is not a date written YYYY-MM-DD

## Findings about the ignores of acklint.toml (CFG001, CFG002).

cfg001 = the ignore of { $rules } expired on { $date }
    .label = expired
    .help = fix the finding, or extend `expires` if "{ $reason }" still holds
cfg002 = the ignore of { $rules } matched no finding
    .label = unused
    .help = delete it: the finding it accepted is gone, or its `files`/`pointer` do not match
