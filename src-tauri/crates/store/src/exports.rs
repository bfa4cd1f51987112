//! R20 breach impact and the standard exports of a finalized meeting: consent records as
//! ISO/IEC TS 27560 JSON in the W3C DPV vocabulary, and the meeting outcome in the shape
//! of the Samen onder Handbereik "uitkomst overleg". The mapping is in `docs/exports.md`.

use crate::codec::*;
use crate::{Store, StoreError};
use domain::{
    category_code_of, meeting_reference, BreachImpact, BreachScope, Category, CategoryImpact,
    MeetingId, NotificationTiming, OrganisationImpact, OrganisationType,
};
use rusqlite::params;
use serde_json::{json, Value};
use std::collections::{BTreeMap, BTreeSet};

/// R20: every released cell with what identifies its recipient organisation, its meeting,
/// category and (through a left join) the subjects its item is about.
const BREACH_SQL: &str = "
    SELECT p.organisation, p.organisation_type, i.meeting_id, p.id, i.id, i.category,
           s.subject_id
    FROM releases r
    JOIN items i        ON i.id = r.item_id
    JOIN participants p ON p.id = r.recipient_id
    LEFT JOIN item_subjects s ON s.item_id = i.id
    WHERE r.decision = 'released' AND (?1 IS NULL OR i.meeting_id = ?1)";

#[derive(Default)]
struct OrgAcc {
    meetings: BTreeSet<String>,
    recipients: BTreeSet<String>,
    subjects: BTreeSet<String>,
    /// Per category: items and subjects.
    categories: BTreeMap<u8, (BTreeSet<String>, BTreeSet<String>)>,
}

fn category_rank(c: Category) -> u8 {
    match c {
        Category::General => 0,
        Category::Special => 1,
        Category::Criminal => 2,
    }
}

fn len(s: &BTreeSet<String>) -> u64 {
    u64::try_from(s.len()).unwrap_or(u64::MAX)
}

impl Store {
    /// R20: per partner organisation, which categories of data about how many family
    /// members it received, over the meetings of `scope`. One read transaction.
    pub fn breach_impact(&self, scope: &BreachScope) -> Result<BreachImpact, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let mut acc: BTreeMap<(String, String), OrgAcc> = BTreeMap::new();
        let meetings: Vec<Option<String>> = match scope {
            BreachScope::All => vec![None],
            BreachScope::Meetings(ids) => {
                let set: BTreeSet<String> = ids.iter().map(ToString::to_string).collect();
                set.into_iter().map(Some).collect()
            }
        };
        let mut looked_at = 0u64;
        {
            let mut exists = tx.prepare("SELECT count(*) FROM meetings WHERE id = ?1")?;
            let mut stmt = tx.prepare(BREACH_SQL)?;
            for m in &meetings {
                looked_at += match m {
                    None => {
                        tx.query_row("SELECT count(*) FROM meetings", [], |r| r.get::<_, i64>(0))?
                    }
                    Some(id) => exists.query_row([id], |r| r.get::<_, i64>(0))?,
                }
                .max(0) as u64;
                let mut rows = stmt.query(params![m])?;
                while let Some(r) = rows.next()? {
                    let org: String = r.get(0)?;
                    let org_type: String = r.get(1)?;
                    let e = acc.entry((org, org_type)).or_default();
                    e.meetings.insert(r.get(2)?);
                    e.recipients.insert(r.get(3)?);
                    let item: String = r.get(4)?;
                    let cat = category_rank(from_db(&r.get::<_, String>(5)?, "category")?);
                    let subject: Option<String> = r.get(6)?;
                    let c = e.categories.entry(cat).or_default();
                    c.0.insert(item);
                    if let Some(s) = subject {
                        c.1.insert(s.clone());
                        e.subjects.insert(s);
                    }
                }
            }
        }
        tx.finish()?;
        let organisations = acc
            .into_iter()
            .map(|((organisation, org_type), a)| OrganisationImpact {
                organisation,
                organisation_type: OrganisationType::from_code(&org_type)
                    .unwrap_or(OrganisationType::Overig),
                meetings: len(&a.meetings),
                recipients: len(&a.recipients),
                subjects: len(&a.subjects),
                categories: a
                    .categories
                    .into_iter()
                    .map(|(rank, (items, subjects))| CategoryImpact {
                        category: match rank {
                            0 => Category::General,
                            1 => Category::Special,
                            _ => Category::Criminal,
                        },
                        items: len(&items),
                        subjects: len(&subjects),
                    })
                    .collect(),
            })
            .collect();
        Ok(BreachImpact {
            meetings: looked_at,
            organisations,
        })
    }

    /// Consent records of a finalized meeting as ISO/IEC TS 27560 records in DPV terms
    /// (JSON-LD). A personal-data document: save it like the PDFs (R14, R18).
    pub fn consent_records_json(&self, meeting: MeetingId) -> Result<Value, StoreError> {
        let m = self.finalized_meeting(meeting)?;
        let mut stmt = self.conn.prepare(
            "SELECT k.id, k.given_by, k.given_by_name, k.method, k.at, k.withdrawn_at,
                    s.id, s.relation, s.name, g.relation, g.name,
                    i.id, i.category, c.organisation, i.created_at
             FROM consents k
             JOIN items i        ON i.id = k.item_id
             JOIN subjects s     ON s.id = k.subject_id
             JOIN participants c ON c.id = i.contributor_id
             LEFT JOIN subjects g ON g.id = k.given_by_subject
             WHERE i.meeting_id = ?1
             ORDER BY i.rowid, k.rowid",
        )?;
        let mut recipients = self.conn.prepare(
            "SELECT p.name, p.organisation FROM releases r
             JOIN participants p ON p.id = r.recipient_id
             WHERE r.item_id = ?1 AND r.decision = 'released' ORDER BY p.rowid",
        )?;
        let mut rows = stmt.query([meeting.to_string()])?;
        let mut records = Vec::new();
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let given_by: String = r.get(1)?;
            let withdrawn: Option<String> = r.get(5)?;
            let subject_relation: String = r.get(7)?;
            let item: String = r.get(11)?;
            let category = from_db(&r.get::<_, String>(12)?, "category")?;
            let indicated_by = match given_by.as_str() {
                "subject" => json!({ "@type": "dpv:DataSubject" }),
                "parent" => json!({
                    "@type": "dpv:ParentOfDataSubject",
                    "casus:relation": r.get::<_, Option<String>>(9)?,
                    "dct:title": r.get::<_, Option<String>>(10)?,
                }),
                _ => json!({
                    "@type": "dpv:LegalRepresentative",
                    "dct:title": r.get::<_, Option<String>>(2)?,
                }),
            };
            let to: Vec<Value> = recipients
                .query_map([&item], |x| {
                    Ok(json!({
                        "@type": "dpv:Recipient",
                        "dct:title": x.get::<_, String>(0)?,
                        "casus:organisation": x.get::<_, String>(1)?,
                    }))
                })?
                .collect::<Result<_, _>>()?;
            let mut events = vec![json!({
                "@type": "dpv:ConsentGiven",
                "dpv:isIndicatedAtTime": r.get::<_, String>(4)?,
                "dpv:isIndicatedBy": indicated_by,
                "dpv:hasIndicationMethod": indication_method(&r.get::<_, String>(3)?),
            })];
            if let Some(at) = &withdrawn {
                events.push(json!({
                    "@type": "dpv:ConsentWithdrawn",
                    "dpv:isIndicatedAtTime": at,
                }));
            }
            records.push(json!({
                "@id": format!("urn:uuid:{id}"),
                "@type": "dpv:ConsentRecord",
                "dct:identifier": id,
                "dct:conformsTo": "https://w3id.org/dpv/schema/iso-27560#record",
                "dct:created": r.get::<_, String>(4)?,
                "dpv:hasDataSubject": {
                    "@id": format!("urn:uuid:{}", r.get::<_, String>(6)?),
                    "@type": subject_type(&subject_relation),
                    "dct:title": r.get::<_, Option<String>>(8)?,
                },
                "dpv:hasDataController": {
                    "@type": "dpv:DataController",
                    "dct:title": r.get::<_, String>(13)?,
                },
                "dpv:hasJurisdiction": "loc:NL",
                "dpv:hasApplicableLaw": "eu-gdpr:GDPR",
                "dpv:hasLegalBasis": if category == Category::General {
                    "eu-gdpr:A6-1-a"
                } else {
                    "eu-gdpr:A9-2-a"
                },
                "dpv:hasProcess": {
                    "@type": "dpv:Process",
                    "dpv:hasPurpose": {
                        "@type": "dpv:Purpose",
                        "dct:description": m.purpose.as_str(),
                        "casus:meetingReference": meeting_reference(&m),
                    },
                    "dpv:hasPersonalData": {
                        "@id": format!("urn:uuid:{item}"),
                        "@type": personal_data_type(category),
                        "casus:category": category_code_of(category),
                    },
                    "dpv:hasRecipient": to,
                },
                "dpv:hasConsentStatus": if withdrawn.is_some() {
                    "dpv:ConsentWithdrawn"
                } else {
                    "dpv:ConsentGiven"
                },
                "dpv:hasEvent": events,
            }));
        }
        Ok(json!({
            "@context": {
                "dpv": "https://w3id.org/dpv#",
                "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
                "loc": "https://w3id.org/dpv/loc#",
                "dct": "http://purl.org/dc/terms/",
                "casus": "urn:casusoverleg:",
            },
            "casus:meetingReference": meeting_reference(&m),
            "@graph": records,
        }))
    }

    /// The outcome of a finalized meeting in the shape of the Samen onder Handbereik
    /// "uitkomst overleg": agreements, casusregisseur, family informed and why.
    pub fn meeting_outcome_json(&self, meeting: MeetingId) -> Result<Value, StoreError> {
        let m = self.finalized_meeting(meeting)?;
        let lead = self.conn.query_row(
            "SELECT name, organisation, function, phone, email FROM participants
             WHERE meeting_id = ?1 AND role = 'case_lead'",
            [meeting.to_string()],
            |r| {
                Ok(json!({
                    "naam": r.get::<_, String>(0)?,
                    "organisatie": r.get::<_, String>(1)?,
                    "functie": r.get::<_, Option<String>>(2)?,
                    "telefoon": r.get::<_, Option<String>>(3)?,
                    "email": r.get::<_, Option<String>>(4)?,
                }))
            },
        )?;
        let mut stmt = self.conn.prepare(
            "SELECT p.name, p.organisation, a.what, a.due FROM actions a
             JOIN participants p ON p.id = a.who
             WHERE a.meeting_id = ?1 ORDER BY a.rowid",
        )?;
        let agreements: Vec<Value> = stmt
            .query_map([meeting.to_string()], |r| {
                Ok(json!({
                    "wie": r.get::<_, String>(0)?,
                    "organisatie": r.get::<_, String>(1)?,
                    "wat": r.get::<_, String>(2)?,
                    "wanneer": r.get::<_, String>(3)?,
                }))
            })?
            .collect::<Result<_, _>>()?;
        // R12: what the domain says about each agreement: only agreed, done on a day, or
        // postponed. An agreement is never reported as "informed" (seed 003 §3.6c).
        let record = crate::flow::load_flow(&self.conn, meeting)?.record;
        let informed: Vec<Value> = record
            .notifications
            .iter()
            .map(|n| {
                let informer = record
                    .participants
                    .iter()
                    .find(|p| p.participant.id == n.informer)
                    .map(|p| &p.participant);
                let (announcement, reason, ground, review) = match &n.timing {
                    NotificationTiming::Beforehand => (Some("vooraf"), None, None, None),
                    NotificationTiming::Afterwards { motivation } => {
                        (Some("achteraf"), Some(motivation.as_str()), None, None)
                    }
                    NotificationTiming::Postponed {
                        ground,
                        motivation,
                        review_date,
                    } => (
                        None,
                        Some(motivation.as_str()),
                        Some(match ground {
                            domain::PostponeGround::Safety => "veiligheid",
                            domain::PostponeGround::CriminalInvestigation => {
                                "strafrechtelijk onderzoek"
                            }
                        }),
                        Some(date_to_db(*review_date)),
                    ),
                };
                json!({
                    "status": match n.status() {
                        domain::NotificationStatus::Postponed => "uitgesteld",
                        domain::NotificationStatus::Agreed => "afgesproken",
                        domain::NotificationStatus::Done(_) => "gedaan",
                    },
                    "geinformeerdOp": n.done_on.map(date_to_db),
                    "aankondiging": announcement,
                    "reden": reason,
                    "uitstelgrond": ground,
                    "heroverwegenOp": review,
                    "uitstelOpgeheven": n.lifted_on.map(date_to_db),
                    "door": informer.map(|p| p.name.as_str()),
                    "organisatie": informer.map(|p| p.organisation.as_str()),
                    "hoe": match n.method {
                        domain::NotificationMethod::Conversation => "gesprek",
                        domain::NotificationMethod::Letter => "brief",
                        domain::NotificationMethod::Folder => "folder",
                    },
                    "heleGezin": matches!(n.about, domain::NotificationScope::WholeFamily),
                })
            })
            .collect();
        Ok(json!({
            "type": "uitkomst-overleg",
            "bron": "Casusoverleg (vorm naar Samen onder Handbereik; zie docs/exports.md)",
            "overleg": {
                "referentie": meeting_reference(&m),
                "datum": date_to_db(m.date),
                "doel": m.purpose.as_str(),
                "gezinAanwezig": m.family_present,
            },
            "casusregisseur": lead,
            "afspraken": agreements,
            "gezinGeinformeerd": informed,
        }))
    }
}

fn subject_type(relation: &str) -> &'static str {
    match relation {
        "youth" => "dpv:Child",
        "parent" => "dpv:Parent",
        "guardian" => "dpv:Guardian",
        _ => "dpv:DataSubject",
    }
}

fn personal_data_type(c: Category) -> &'static str {
    match c {
        Category::General => "dpv:PersonalData",
        Category::Special => "dpv:SpecialCategoryPersonalData",
        Category::Criminal => "dpv:SensitivePersonalData",
    }
}

fn indication_method(method: &str) -> &'static str {
    match method {
        "verbal" => "mondeling",
        "written" => "schriftelijk",
        _ => "digitaal",
    }
}

/// R20: the breach list as JSON.
pub fn breach_to_json(impact: &BreachImpact) -> Result<String, StoreError> {
    serde_json::to_string_pretty(impact).map_err(|_| StoreError::Corrupt("breach json"))
}

/// R20: the breach list as CSV, one line per organisation and category.
pub fn breach_to_csv(impact: &BreachImpact) -> Result<String, StoreError> {
    let failed = |_| StoreError::Corrupt("breach csv");
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "organisatie",
        "soort_organisatie",
        "overleggen",
        "ontvangers",
        "categorie",
        "gegevens",
        "betrokkenen",
    ])
    .map_err(failed)?;
    for o in &impact.organisations {
        for c in &o.categories {
            w.write_record([
                o.organisation.as_str(),
                o.organisation_type.code(),
                &o.meetings.to_string(),
                &o.recipients.to_string(),
                category_code_of(c.category),
                &c.items.to_string(),
                &c.subjects.to_string(),
            ])
            .map_err(failed)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|_| StoreError::Corrupt("breach csv"))?;
    String::from_utf8(bytes).map_err(|_| StoreError::Corrupt("breach csv"))
}
