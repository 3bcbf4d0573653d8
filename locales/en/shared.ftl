# Pieces many messages share: lists, node pool names, input/output errors.
# Conventions for every file: see CONTRIBUTING.md, "Messages and languages"; words: locales/GLOSSARY.md.

## Lists: `a`, `a and b`, `a, b and c` (src/i18n/fragments.rs puts the pieces together).

list-separator = {", "}
list-and = { $head } and { $last }
list-or = { $head } or { $last }

## How a message names a node pool.

pool-named = node pool `{ $name }`
pool-unnamed = `nodepools[{ $index }]`

## Input and output errors of the common kinds (others are shown as the system says them).

io-not-found = no such file or folder
io-permission-denied = permission denied
io-is-a-folder = it is a folder
io-already-exists = it already exists
io-invalid-data = it is not UTF-8 text
