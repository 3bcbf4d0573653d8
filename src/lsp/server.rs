//! The server's state and what it does with each message. It is driven by [`super::serve`] (the loop over a
//! connection) and, in tests and benchmarks, directly: [`Server::handle`] takes a message and
//! [`Server::flush`] lints what changed; both queue their replies, taken with [`Server::take_outgoing`].
//!
//! Linting runs on the loop's thread, between messages: the loop first takes every message already waiting
//! (so a burst of keystrokes is linted once, at its last version), then lints the documents that changed
//! and publishes their findings with the version they were made from. Before it answers a request it
//! publishes what the changes before that request found, so replies and findings arrive in order. A request that needs the findings of
//! the current text (code actions) lints it first. Findings are never published for a version other than
//! the document's current one.

use super::actions::{self, FIX_ALL, Finding};
use super::completion::complete;
use super::diagnostics::{peer_marks, to_lsp};
use super::hover::hover;
use super::positions::Encoding;
use super::settings::{Settings, is_json};
use super::store::{Configs, Doc, Linted};
use crate::detect::looks_like_request_body;
use crate::diagnostic::Span;
use crate::lint::{LintOptions, lint};
use crate::t;
use lsp_server::{ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types::notification::{self as n, Notification as _};
use lsp_types::request::{self as r, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionParams, CodeActionProviderCapability, CompletionOptions,
    CompletionParams, CompletionResponse, DidChangeTextDocumentParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, FileSystemWatcher, GlobPattern, Hover, HoverContents,
    HoverParams, HoverProviderCapability, InitializeParams, MarkupContent, MarkupKind, MessageType,
    PublishDiagnosticsParams, Registration, RegistrationParams, ServerCapabilities, ServerInfo, ShowMessageParams,
    TextDocumentSyncCapability, TextDocumentSyncKind, Uri,
};
use std::collections::{HashMap, HashSet};

/// The language server's state.
pub struct Server {
    settings: Settings,
    encoding: Encoding,
    watch_config: bool,
    docs: HashMap<String, Doc>,
    configs: Configs,
    /// Configuration errors already shown (not shown again for every keystroke).
    shown: HashSet<String>,
    outbox: Vec<Message>,
    shut_down: bool,
    next_id: i32,
}

impl Server {
    /// A server for a client that initialized with `params`.
    pub fn new(params: &InitializeParams) -> Server {
        Server::new_in(params, None)
    }

    /// [`Server::new`], speaking `lang` when given instead of the client's locale.
    pub fn new_in(params: &InitializeParams, lang: Option<crate::i18n::Lang>) -> Server {
        let offered = params.capabilities.general.as_ref().and_then(|g| g.position_encodings.as_deref());
        let mut roots: Vec<_> =
            params.workspace_folders.iter().flatten().filter_map(|f| super::uri::to_path(f.uri.as_str())).collect();
        #[allow(deprecated)]
        roots.extend(params.root_uri.as_ref().and_then(|u| super::uri::to_path(u.as_str())));
        let watch_config = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        let mut settings = Settings::new(params.initialization_options.as_ref(), params.locale.as_deref(), roots);
        if let Some(lang) = lang {
            settings.set_lang(lang);
        }
        Server {
            configs: Configs::new(settings.lang),
            settings,
            encoding: Encoding::negotiate(offered),
            watch_config,
            docs: HashMap::new(),
            shown: HashSet::new(),
            outbox: Vec::new(),
            shut_down: false,
            next_id: 0,
        }
    }

    /// The position encoding negotiated.
    pub fn encoding(&self) -> Encoding {
        self.encoding
    }

    /// What the server can do, for the `initialize` reply.
    pub fn capabilities(&self) -> ServerCapabilities {
        ServerCapabilities {
            position_encoding: Some(self.encoding.kind()),
            text_document_sync: Some(TextDocumentSyncCapability::Kind(TextDocumentSyncKind::INCREMENTAL)),
            hover_provider: Some(HoverProviderCapability::Simple(true)),
            completion_provider: Some(CompletionOptions {
                trigger_characters: Some(vec!["\"".into()]),
                ..CompletionOptions::default()
            }),
            code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
                code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, CodeActionKind::new(FIX_ALL)]),
                ..CodeActionOptions::default()
            })),
            ..ServerCapabilities::default()
        }
    }

    /// The whole `initialize` reply.
    pub fn initialize_result(&self) -> lsp_types::InitializeResult {
        lsp_types::InitializeResult {
            capabilities: self.capabilities(),
            server_info: Some(ServerInfo { name: "acklint".into(), version: Some(env!("CARGO_PKG_VERSION").into()) }),
        }
    }

    /// Whether `shutdown` was received.
    pub fn is_shut_down(&self) -> bool {
        self.shut_down
    }

    /// The messages to send, oldest first.
    pub fn take_outgoing(&mut self) -> Vec<Message> {
        std::mem::take(&mut self.outbox)
    }

    /// Handles one message from the client (`exit` is the loop's business).
    pub fn handle(&mut self, message: Message) {
        match message {
            Message::Request(req) => self.request(req),
            Message::Notification(not) => self.notification(not),
            // Replies to our own requests (the watcher registration): nothing to do.
            Message::Response(_) => {}
        }
    }

    fn request(&mut self, req: Request) {
        if self.shut_down {
            return self.error(req.id, ErrorCode::InvalidRequest, "the server is shutting down");
        }
        let id = req.id.clone();
        let reply = match req.method.as_str() {
            r::Shutdown::METHOD => {
                self.shut_down = true;
                Ok(serde_json::Value::Null)
            }
            r::HoverRequest::METHOD => params(req).map(|p| to_json(self.hover(p))),
            r::Completion::METHOD => params(req).map(|p| to_json(self.completion(p))),
            r::CodeActionRequest::METHOD => params(req).map(|p| to_json(self.code_actions(p))),
            _ => return self.error(id, ErrorCode::MethodNotFound, "acklint does not handle this request"),
        };
        match reply {
            Ok(result) => self.outbox.push(Response { id, result: Some(result), error: None }.into()),
            // The parameters are never quoted: they may hold a document's text.
            Err(method) => self.error(id, ErrorCode::InvalidParams, &format!("invalid parameters for {method}")),
        }
    }

    fn error(&mut self, id: RequestId, code: ErrorCode, message: &str) {
        self.outbox.push(Response::new_err(id, code as i32, message.to_string()).into());
    }

    fn notification(&mut self, not: Notification) {
        match not.method.as_str() {
            n::Initialized::METHOD => self.register_watcher(),
            n::DidOpenTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(not.params) else { return };
                let d = p.text_document;
                let doc = Doc::new(d.uri, d.language_id, d.version, d.text, self.encoding);
                self.docs.insert(doc.uri.as_str().to_string(), doc);
            }
            n::DidChangeTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(not.params) else { return };
                if let Some(doc) = self.docs.get_mut(p.text_document.uri.as_str()) {
                    doc.change(p.text_document.version, p.content_changes);
                }
            }
            n::DidCloseTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(not.params) else { return };
                if let Some(doc) = self.docs.remove(p.text_document.uri.as_str()).filter(|d| d.shown) {
                    self.publish(doc.uri, Vec::new(), None);
                }
            }
            n::DidSaveTextDocument::METHOD => {
                let Ok(p) = serde_json::from_value::<DidSaveTextDocumentParams>(not.params) else { return };
                if p.text_document.uri.as_str().ends_with(crate::config::CONFIG_FILE) {
                    self.relint_all();
                }
            }
            n::DidChangeWatchedFiles::METHOD => self.relint_all(),
            _ => {}
        }
    }

    /// Asks the client to tell us when a configuration file changes.
    fn register_watcher(&mut self) {
        if !self.watch_config {
            return;
        }
        let options = lsp_types::DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String(format!("**/{}", crate::config::CONFIG_FILE)),
                kind: None,
            }],
        };
        let registration = Registration {
            id: "acklint-config-watcher".into(),
            method: n::DidChangeWatchedFiles::METHOD.into(),
            register_options: serde_json::to_value(options).ok(),
        };
        self.next_id += 1;
        let params = RegistrationParams { registrations: vec![registration] };
        let id = RequestId::from(format!("acklint-{}", self.next_id));
        self.outbox.push(Request::new(id, r::RegisterCapability::METHOD.into(), params).into());
    }

    fn relint_all(&mut self) {
        self.configs.forget();
        for doc in self.docs.values_mut() {
            doc.linted = None;
        }
    }

    /// Lints every document whose current version has not been linted, and publishes what changed.
    pub fn flush(&mut self) {
        let keys: Vec<String> = self.docs.keys().cloned().collect();
        for key in keys {
            self.ensure_linted(&key);
            let Some(doc) = self.docs.get_mut(&key) else { continue };
            let (uri, version, shown) = (doc.uri.clone(), doc.version, doc.shown);
            let Some(linted) = doc.linted.as_mut().filter(|l| l.version == version && !l.published) else { continue };
            linted.published = true;
            let empty = linted.lsp.is_empty();
            // Nothing to say for a document that shows no findings and still has none.
            if empty && !shown {
                continue;
            }
            let diagnostics = linted.lsp.iter().chain(&linted.marks).cloned().collect();
            doc.shown = !empty;
            self.publish(uri, diagnostics, Some(version));
        }
    }

    fn publish(&mut self, uri: Uri, diagnostics: Vec<lsp_types::Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams { uri, diagnostics, version };
        self.outbox.push(Notification::new(n::PublishDiagnostics::METHOD.into(), params).into());
    }

    /// Whether a document is checked: it matches a configured pattern, or it is JSON that looks like a body.
    /// A checked document whose text is not strict JSON stays checked: typing an opening quote or a bracket
    /// can hide the top-level keys from the test for a moment, and findings must not flicker away meanwhile.
    /// The question is asked again once the text parses.
    fn is_body(&self, doc: &Doc) -> bool {
        if self.settings.always_checked(doc.path.as_deref()) {
            return true;
        }
        if !is_json(&doc.language, doc.uri.as_str()) {
            return false;
        }
        looks_like_request_body(&doc.text)
            || (doc.linted.as_ref().is_some_and(|l| l.checked)
                && serde_json::from_str::<serde::de::IgnoredAny>(&doc.text).is_err())
    }

    /// Lints the document's current version, unless that is done.
    fn ensure_linted(&mut self, key: &str) {
        let Some(doc) = self.docs.get(key) else { return };
        if doc.current().is_some() {
            return;
        }
        let checked = self.is_body(doc);
        let (options, error) = self.configs.options_for(doc.path.as_deref());
        if let Some(e) = error.filter(|_| checked) {
            let text = format!("acklint: {}", t!(options.lang, "lsp-config-error", error = e.to_string()));
            if self.shown.insert(text.clone()) {
                let params = ShowMessageParams { typ: MessageType::WARNING, message: text };
                self.outbox.push(Notification::new(n::ShowMessage::METHOD.into(), params).into());
            }
        }
        let doc = self.docs.get_mut(key).expect("looked up above");
        let (diagnostics, lsp, marks) = if checked {
            // The same findings as with fixes (tests/without_fixes.rs), for a quarter less work per keystroke.
            let quick = LintOptions { skip_fixes: true, ..(*options).clone() };
            let report = lint(&doc.name(), doc.text.as_bytes(), &quick);
            let lang = options.lang;
            let lsp = report.diagnostics.iter().map(|d| to_lsp(d, &doc.text, &doc.map, &doc.uri, &self.settings, lang));
            let lsp = lsp.collect();
            let marks = report.diagnostics.iter().flat_map(|d| peer_marks(d, &doc.text, &doc.map, &doc.uri)).collect();
            (report.diagnostics, lsp, marks)
        } else {
            (Vec::new(), Vec::new(), Vec::new())
        };
        let version = doc.version;
        doc.linted =
            Some(Linted { version, checked, diagnostics, lsp, marks, options, fixes: false, published: false });
    }

    /// Gives the current findings of a checked document their fixes, unless they have them: the lint for
    /// diagnostics leaves them out.
    fn ensure_fixes(&mut self, key: &str) {
        let Some(doc) = self.docs.get_mut(key) else { return };
        let name = doc.name();
        let Some(linted) = doc.linted.as_mut().filter(|l| l.version == doc.version && l.checked && !l.fixes) else {
            return;
        };
        let report = lint(&name, doc.text.as_bytes(), &linted.options);
        debug_assert!(report.diagnostics.iter().map(|d| d.code).eq(linted.diagnostics.iter().map(|d| d.code)));
        linted.diagnostics = report.diagnostics;
        linted.fixes = true;
    }

    fn checked_doc(&mut self, uri: &Uri) -> Option<&Doc> {
        self.ensure_linted(uri.as_str());
        self.docs.get(uri.as_str()).filter(|d| d.current().is_some_and(|l| l.checked))
    }

    fn hover(&mut self, p: HoverParams) -> Option<Hover> {
        let chinese = self.settings.chinese;
        let doc = self.checked_doc(&p.text_document_position_params.text_document.uri)?;
        let offset = doc.offset(p.text_document_position_params.position);
        let (value, span) = hover(&doc.text, offset, chinese)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value }),
            range: Some(doc.map.range(&doc.text, span.start, span.end)),
        })
    }

    fn completion(&mut self, p: CompletionParams) -> Option<CompletionResponse> {
        let chinese = self.settings.chinese;
        let doc = self.checked_doc(&p.text_document_position.text_document.uri)?;
        let offset = doc.offset(p.text_document_position.position);
        Some(CompletionResponse::Array(complete(&doc.text, offset, &doc.map, chinese)))
    }

    fn code_actions(&mut self, p: CodeActionParams) -> Option<Vec<lsp_types::CodeActionOrCommand>> {
        self.checked_doc(&p.text_document.uri)?;
        self.ensure_fixes(p.text_document.uri.as_str());
        let doc = self.checked_doc(&p.text_document.uri)?;
        let linted = doc.current()?;
        let only = p.context.only.as_deref();
        let range = Span::new(doc.offset(p.range.start), doc.offset(p.range.end));
        let mut out = Vec::new();
        if actions::wanted(CodeActionKind::QUICKFIX.as_str(), only) {
            let findings: Vec<Finding<'_>> = linted
                .diagnostics
                .iter()
                .zip(&linted.lsp)
                .map(|(diagnostic, lsp)| Finding { diagnostic, lsp })
                .collect();
            out.extend(actions::quick_fixes(&doc.uri, &doc.text, &doc.map, &findings, range, linted.options.lang));
        }
        let fixable = linted
            .diagnostics
            .iter()
            .any(|d| d.fix.as_ref().is_some_and(|f| f.applicability == crate::Applicability::Safe));
        if fixable && actions::wanted(FIX_ALL, only) {
            out.extend(actions::fix_all(&doc.uri, &doc.name(), &doc.text, &doc.map, &linted.options));
        }
        Some(out)
    }
}

/// The parameters of a request, or the method's name when they do not read.
fn params<P: serde::de::DeserializeOwned>(req: Request) -> Result<P, String> {
    serde_json::from_value(req.params).map_err(|_| req.method)
}

fn to_json(value: impl serde::Serialize) -> serde_json::Value {
    serde_json::to_value(value).unwrap_or(serde_json::Value::Null)
}
