// Starts `acklint lsp` (the path is the setting `acklint.path`) for JSON and JSON with Comments documents.
// The server itself decides which of them are CreateCluster bodies (or match `acklint.globs`).
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

/** @type {LanguageClient | undefined} */
let client;

async function start() {
  const config = vscode.workspace.getConfiguration("acklint");
  const command = config.get("path") || "acklint";
  const serverOptions = { command, args: ["lsp"] };
  const clientOptions = {
    documentSelector: [
      { scheme: "file", language: "json" },
      { scheme: "file", language: "jsonc" },
      { scheme: "untitled", language: "json" },
      { scheme: "untitled", language: "jsonc" },
    ],
    initializationOptions: { globs: config.get("globs") || [] },
  };
  client = new LanguageClient("acklint", "acklint", serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    client = undefined;
    vscode.window.showErrorMessage(
      `acklint: could not start \`${command} lsp\` (${error && error.message ? error.message : error}). ` +
        "Install acklint (`cargo install --path .` in its clone) or set `acklint.path`.",
    );
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (running) {
    await running.stop();
  }
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration(async (event) => {
      if (event.affectsConfiguration("acklint")) {
        await stop();
        await start();
      }
    }),
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
