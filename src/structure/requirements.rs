//! The requirements the JSON Schema leaves out: a field that is required except in a named situation
//! (`unless` in the spec), or whose absence is only a warning (`missing = "warning"`).

use crate::diagnostic::{Diagnostic, Severity};
use crate::document::{Document, Step, pointer_of};
use crate::i18n::Lang;
use crate::spec::{FIELD_META, Field, JsonType, Requirement, Waiver};
use serde_json::Value;
use std::sync::OnceLock;

use crate::t;

/// Reports every such field missing from the objects of a body.
pub struct Requirements<'v> {
    body: &'v Value,
    /// Whether the body asks for an auto-created VPC, worked out on first need.
    vpc_auto_created: Option<bool>,
}

impl<'v> Requirements<'v> {
    pub fn new(body: &'v Value) -> Requirements<'v> {
        Requirements { body, vpc_auto_created: None }
    }

    /// Checks the object `value` of `field` (`None` = the body) at `path`.
    pub fn visit(
        &mut self,
        doc: &Document,
        lang: Lang,
        field: Option<Field>,
        path: &[Step<'_>],
        value: &Value,
        out: &mut Vec<Diagnostic>,
    ) {
        let Value::Object(members) = value else { return };
        if field.is_some_and(|f| !matches!(f.meta().json_type, JsonType::Object | JsonType::ObjectArray)) {
            return;
        }
        let parent = field.map_or(FIELD_META.len(), |f| f as usize);
        for &child in &coded_requirements()[parent] {
            let meta = child.meta();
            let Requirement::Required { missing, unless } = meta.requirement else { continue };
            let given = members.get(meta.key);
            if given.is_some_and(|v| !super::is_empty(v)) {
                continue;
            }
            let body = self.body;
            let waived = match unless {
                Some(Waiver::VpcAutoCreated) => *self.vpc_auto_created.get_or_insert_with(|| is_vpc_auto_created(body)),
                None => false,
            };
            if waived {
                continue;
            }
            out.push(finding(doc, lang, path, child, given.is_some(), missing));
        }
    }
}

fn finding(doc: &Document, lang: Lang, path: &[Step<'_>], child: Field, empty: bool, severity: Severity) -> Diagnostic {
    let meta = child.meta();
    let pointer = pointer_of(path);
    let mut d = super::missing_field(doc, lang, &pointer, meta.key, Some(meta));
    if empty {
        d.message = t!(lang, "sch003-empty", key = meta.key);
        d.labels.clear();
        d = d.at(format!("{pointer}/{}", meta.key)).label(t!(lang, "sch003-empty.label"));
        d.span = None;
    }
    let mut help = d.help.take().unwrap_or_default().trim_end_matches(['.', '。']).to_string();
    if let Requirement::Required { unless: Some(waiver), .. } = meta.requirement {
        let condition = match waiver {
            Waiver::VpcAutoCreated => t!(lang, "sch003-waiver.vpc-auto-created"),
        };
        help = t!(lang, "sch003.help-waiver", help, condition);
    }
    if severity == Severity::Warning {
        help = t!(lang, "sch003.help-soft", help);
    }
    d.help = Some(help);
    d.severity(severity)
}

/// The fields each parent (by `Field as usize`, the root last) must have in code.
fn coded_requirements() -> &'static [Vec<Field>] {
    static BY_PARENT: OnceLock<Vec<Vec<Field>>> = OnceLock::new();
    BY_PARENT.get_or_init(|| {
        let mut by_parent = vec![Vec::new(); FIELD_META.len() + 1];
        for m in FIELD_META.iter() {
            if !matches!(m.requirement, Requirement::Required { .. }) || m.requirement.in_schema() {
                continue;
            }
            let (head, _) = m.path.rsplit_once('/').unwrap_or(("", m.path));
            let parent = head.strip_suffix("/*").unwrap_or(head);
            let index =
                if parent.is_empty() { FIELD_META.len() } else { Field::from_path(parent).map_or(0, |f| f as usize) };
            by_parent[index].push(m.field);
        }
        by_parent
    })
}

/// Whether a managed cluster asks the service to create its VPC: it names zones and no VPC.
pub fn is_vpc_auto_created(body: &Value) -> bool {
    let get = |f: Field| body.get(f.meta().key).filter(|v| !super::is_empty(v));
    let managed = get(Field::ClusterType).and_then(Value::as_str) == Some("ManagedKubernetes");
    let zones = [Field::ZoneIds, Field::ZoneId, Field::Zoneid].into_iter().any(|f| get(f).is_some());
    managed && zones && get(Field::Vpcid).is_none()
}
