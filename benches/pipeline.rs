//! Cost of each pipeline stage against the floor of merely parsing the JSON (`serde_json::Value`).
//!
//! Run with `cargo bench --bench pipeline`. Bodies: minimal (the smallest valid body), typical (about the size of
//! the API reference's example, ~6 KB) and large (20 node pools, ~60 KB); and the findings-heavy body
//! `benches/bodies/legacy.json`: the typical body written the legacy way (cluster-wide `worker_*` and `master_*`
//! settings, deprecated pool fields, a quoted number per pool), about 18 findings with 50 labels, the shape of
//! bodies carried over from old templates.

use acklint::__internal::document;
use acklint::render::{HumanStyle, ProjectRoot, concise, gitlab, human, json, junit, sarif};
use acklint::{LintOptions, lint};
use divan::{Bencher, black_box};
use serde_json::{Value, json};

fn main() {
    divan::main();
}

const BODIES: &[&str] = &["minimal", "typical", "large"];

fn body(kind: &str) -> String {
    let base: Value = serde_json::from_str(include_str!("../examples/managed-terway.json")).unwrap();
    let pools = match kind {
        // The template with its placeholders filled in, as a user sends it.
        "minimal" => {
            return acklint::__internal::init::template(
                acklint::__internal::init::Network::Flannel,
                acklint::__internal::init::Billing::PostPaid,
            )
            .replace("vpc-replace0with0your0vpc", "vpc-bp1kd7yn4qnjvn5b2xk8q")
            .replace("vsw-replace0with0node0vswitch0a", "vsw-bp1m7d4x9k2q5w8e1r3t6")
            .replace("vsw-replace0with0node0vswitch0b", "vsw-bp1n8e5y0l3r6x9f2s4u7")
            .replace("replace-with-your-key-pair", "ops-keypair");
        }
        "typical" => 3,
        _ => 20,
    };
    let mut body = base.clone();
    let template = base["nodepools"][0].clone();
    let mut list = Vec::new();
    for i in 0..pools {
        let mut pool = template.clone();
        pool["nodepool_info"]["name"] = json!(format!("pool-{i}"));
        pool["kubernetes_config"]["labels"] =
            json!([{ "key": "pool", "value": format!("p{i}") }, { "key": "team", "value": "web" }]);
        pool["scaling_group"]["data_disks"] =
            json!([{ "category": "cloud_essd", "size": 200, "performance_level": "PL1", "encrypted": "true" }]);
        pool["scaling_group"]["tags"] = json!([{ "key": "pool", "value": format!("p{i}") }]);
        list.push(pool);
    }
    body["nodepools"] = Value::Array(list);
    serde_json::to_string_pretty(&body).unwrap()
}

#[divan::bench(args = BODIES)]
fn floor_serde_json_value(bencher: Bencher, kind: &str) {
    let text = body(kind);
    bencher.bench(|| serde_json::from_str::<Value>(black_box(&text)).unwrap());
}

#[divan::bench(args = BODIES)]
fn parse_with_spans(bencher: Bencher, kind: &str) {
    let text = body(kind);
    bencher.bench(|| document::parse(black_box(text.as_bytes()), &mut Vec::new()));
}

#[divan::bench(args = BODIES)]
fn schema_check(bencher: Bencher, kind: &str) {
    let text = body(kind);
    let doc = document::parse(text.as_bytes(), &mut Vec::new());
    let value = acklint::__internal::document::root(&doc).unwrap().to_value();
    bencher.bench(|| acklint::__internal::structure::check(&doc, black_box(&value), &mut Vec::new()));
}

#[divan::bench(args = BODIES)]
fn typed_model(bencher: Bencher, kind: &str) {
    let text = body(kind);
    let value: Value = serde_json::from_str(&text).unwrap();
    // The pipeline hands its value over; the copy each run needs is made outside the measurement.
    bencher.with_inputs(|| value.clone()).bench_values(acklint::model::load_owned);
}

#[divan::bench(args = BODIES)]
fn rules(bencher: Bencher, kind: &str) {
    let text = body(kind);
    let request = acklint::model::load(&serde_json::from_str(&text).unwrap()).unwrap();
    let network = acklint::config::NetworkContext::default();
    let facts =
        acklint::__internal::presence::DocumentFacts::new(&serde_json::from_str(&text).unwrap(), Default::default());
    bencher.bench(|| acklint::__internal::rules::run(black_box(&request), &network, &facts, &mut Vec::new()));
}

#[divan::bench(args = BODIES)]
fn end_to_end_without_rendering(bencher: Bencher, kind: &str) {
    let text = body(kind);
    let options = LintOptions::default();
    bencher.bench(|| lint("body.json", black_box(text.as_bytes()), &options));
}

/// The body with two mistakes: a host address as a CIDR block and a misspelled key.
fn body_with_findings(kind: &str) -> String {
    body(kind)
        .replace("\"192.168.0.0/20\"", "\"192.168.0.1/20\"")
        .replace("\"timezone\"", "\"vpc_id\": \"x\", \"timezone\"")
}

/// A body with findings (the common case while editing): positions are needed, so the span tree is built.
#[divan::bench(args = BODIES)]
fn end_to_end_with_findings(bencher: Bencher, kind: &str) {
    let text = body_with_findings(kind);
    let options = LintOptions::default();
    assert!(!lint("body.json", text.as_bytes(), &options).diagnostics.is_empty());
    bencher.bench(|| lint("body.json", black_box(text.as_bytes()), &options));
}

#[divan::bench(args = BODIES)]
fn render_human_and_json(bencher: Bencher, kind: &str) {
    // A body with findings, so there is something to render.
    let text = body_with_findings(kind);
    let report = lint("body.json", text.as_bytes(), &LintOptions::default());
    bencher.bench(|| {
        let h = human(&report, HumanStyle { color: false, width: 100 });
        let j = json(std::slice::from_ref(&report));
        (h, j)
    });
}

/// The findings-heavy body (see the module's documentation).
const LEGACY: &str = include_str!("bodies/legacy.json");

/// End to end on the findings-heavy body, to compare with `end_to_end_without_rendering` on the typical body it
/// was made from: what its findings cost (positions, messages, labels, fixes).
#[divan::bench]
fn end_to_end_findings_heavy(bencher: Bencher) {
    let options = LintOptions::default();
    assert!(lint("legacy.json", LEGACY.as_bytes(), &options).diagnostics.len() >= 15);
    bencher.bench(|| lint("legacy.json", black_box(LEGACY.as_bytes()), &options));
}

/// Rendering the findings-heavy body's report in each format (the report is made outside the measurement).
#[divan::bench(args = ["concise", "human", "json", "sarif", "junit", "gitlab"])]
fn render_findings_heavy(bencher: Bencher, format: &str) {
    let report = lint("legacy.json", LEGACY.as_bytes(), &LintOptions::default());
    let reports = std::slice::from_ref(&report);
    let root = ProjectRoot::new("/work", "/work");
    bencher.bench(|| match format {
        "concise" => concise(black_box(&report)),
        "human" => human(black_box(&report), HumanStyle { color: false, width: 100 }),
        "json" => json(black_box(reports)),
        "sarif" => sarif(black_box(reports), &root),
        "junit" => junit(black_box(reports), &root),
        _ => gitlab(black_box(reports), &root),
    });
}

/// Formatting one catalogue message, which every finding does several times (message, labels, help, fix): a
/// message without variables, one with text variables, and one that picks a plural form (all three written
/// without Fluent's resolver).
#[divan::bench(args = ["static", "variables", "plural"])]
fn message_formatting(bencher: Bencher, kind: &str) {
    use acklint::__internal::i18n::{Arg, Site};
    use acklint::i18n::Lang;
    let lang = Lang::En;
    // What the crate's `t!` expands to: one `static` per call.
    static STATIC: Site = Site::new("sch002.label");
    static VARIABLES: Site = Site::new("lif001-one");
    static PLURAL: Site = Site::new("cli-fixable-safe");
    bencher.bench(|| match black_box(kind) {
        "static" => STATIC.format(lang, &[]),
        "variables" => VARIABLES
            .format(lang, &[("name", Arg::from("worker_period")), ("successors", Arg::from("`nodepools[].period`"))]),
        _ => PLURAL.format(lang, &[("count", Arg::from(black_box(2usize)))]),
    });
}
