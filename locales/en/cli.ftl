# The command line's own lines and errors (src/bin/acklint/), and the language server's.
# Flags (--fix), commands (`acklint rules`), file names and codes stay as they are in every language.

## Language choice

lang-unknown = `{ $name }` is not a language acklint speaks: use `en` or `zh`
cli-lang-env = { $var }: { $error }

## Errors (printed after `acklint: `; the exit status is 2)

cli-cannot-read = cannot read { $path }: { $error }
cli-cannot-read-stdin = cannot read standard input: { $error }
cli-cannot-write = cannot write { $path }: { $error }
cli-cannot-write-output = cannot write the output: { $error }
cli-cannot-read-cwd = cannot read the current folder: { $error }
cli-no-project-root = --project-root { $path }: no such folder
cli-unsafe-fixes-alone = --unsafe-fixes says which fixes to apply: add --fix, or --diff to see them first
cli-bad-glob = bad --glob `{ $pattern }`: { $error }
cli-no-files = no files matching { $patterns } in { $paths }
cli-unknown-check = no rule or check is called `{ $code }`; `acklint rules` lists them all
cli-vswitch-cidr-form = write it as ID=CIDR, for example vsw-abc=10.1.0.0/24
cli-vswitch-cidr-bad = `{ $cidr }` is not an IPv4 CIDR such as 10.1.0.0/24

## `acklint check`: the lines after the findings

cli-summary = { $files ->
        [one] { $files } file
       *[other] { $files } files
    } checked: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $infos } info{ $ignored ->
        [0] {""}
       *[other] {" "}({ $ignored } ignored by acklint.toml)
    }
cli-skipped = { $count ->
        [one] { $count } JSON file skipped: it does not look like a CreateCluster request body
       *[other] { $count } JSON files skipped: they do not look like CreateCluster request bodies
    } (name a file, or pass --glob, to check it anyway)
cli-statistics-heading = findings per rule:

## `--fix` and `--diff`

cli-fix-nothing = nothing to fix
cli-fix-fixed = fixed { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
cli-fix-would-fix = would fix { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
cli-fix-diff-more = { $done } ({ $fixable } more with --unsafe-fixes)
cli-fix-left = { $done }; { $remaining ->
        [one] { $remaining } finding
       *[other] { $remaining } findings
    } left
cli-fix-left-unsafe = { $done }; { $remaining ->
        [one] { $remaining } finding
       *[other] { $remaining } findings
    } left, { $fixable } of them fixable with --unsafe-fixes
cli-fixable-safe = { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } fixable with --fix
cli-fixable-unsafe = { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } fixable with --fix --unsafe-fixes
cli-fixable-both = { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } fixable with --fix ({ $fixable } more with --unsafe-fixes)

## `acklint init`

cli-wrote = wrote { $path }
cli-placeholder-hint = fill in { $count ->
        [one] { $count } placeholder
       *[other] { $count } placeholders
    } with your own IDs ({ $fields }), then run `acklint check { $target }`, which reports each one left

## The language server

lsp-config-error = { $error } (using the default settings until it is fixed)
lsp-help = help: { $help }
lsp-quick-fix = { $fix } ({ $code })
lsp-quick-fix-unsafe = { $fix } ({ $code }, unsafe: changes what the body asks for)
lsp-completion-disputed = disputed: { $reason }
# Hover and completion: what the spec says about a field.
lsp-hover-type =
    .string = string
    .integer = integer
    .number = number
    .boolean = boolean
    .object = object
    .array-of-strings = array of strings
    .array-of-integers = array of integers
    .array-of-objects = array of objects
lsp-hover-deprecated = **Deprecated.**
    .use = **Deprecated**: use { $fields } instead.
lsp-hover-or = {" or "}
lsp-hover-default = Default: `{ $default }`
lsp-hover-range = Range: { $min }–{ $max }
lsp-hover-values = Allowed values: { $values }
    .head = Allowed values:
    .known = Known values (the list grows with new ACK releases):
lsp-fix-all = Fix { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    } with safe fixes (acklint)

## The human format: lines under a finding's help (src/render/human.rs)

render-see-explain = see `acklint explain { $code }`
render-fix-safe = fix (safe): { $fix }
render-fix-unsafe = fix (unsafe): { $fix }

## Rule documentation pages: `acklint explain`, `acklint rules`, docs/rules/ (src/rules/docs.rs)

docs-column-code = code
docs-column-name = name
docs-column-group = group
docs-column-severity = severity
docs-column-default-severity = default severity
docs-column-fix = fix
docs-column-summary = summary
docs-fix-none = none
docs-fix-safe = safe (`--fix`)
docs-fix-unsafe = unsafe (`--fix --unsafe-fixes`)
docs-fix-mixed = safe or unsafe, per finding
docs-fix-word-none = none
docs-fix-word-safe = safe
docs-fix-word-unsafe = unsafe
docs-fix-word-mixed = mixed
docs-index-title = acklint rules
docs-index-intro = Generated from the rule sources (`src/rules/`) and the built-in checks (`src/checks.rs`); `acklint explain CODE` prints the same pages.
docs-english-only = `{ $name }` has no page in this language yet; its English page follows

# SARIF: the description of a fix that only --unsafe-fixes applies.
render-sarif-unsafe = { $fix } (unsafe)
