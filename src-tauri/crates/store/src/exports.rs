//! R20 breach impact and the standard exports of a finalized meeting: consent records as
//! ISO/IEC TS 27560 JSON-LD in W3C DPV 2.3 terms, and the meeting outcome as a
//! `Casusoverleg` of the Samen onder Handbereik logical model "JZV – Uitkomst Overleg".
//! The mapping is in `docs/exports.md`; `tests/exports.rs` checks both against the
//! published vocabulary and schema.

use crate::codec::*;
use crate::{Store, StoreError};
use domain::{
    category_code_of, meeting_reference, Action, Basis, BreachImpact, BreachScope, Category,
    CategoryImpact, ConsentMethod, ConsentScope, Consenter, ForFamily, MeetingId, MeetingRecord,
    NotificationMethod, NotificationStatus, NotificationTiming, OrganisationImpact,
    OrganisationType, Participant, ParticipantId, PostponeGround, Relation, Subject, SubjectId,
};
use rusqlite::params;
use serde_json::{json, Value};
use std::collections::BTreeSet;

impl Store {
    /// R20: per partner organisation, which categories of data about how many family
    /// members it received, over the meetings of `scope`. One read transaction; per meeting
    /// the kept counts (migration 0025) or, without them, the live count (`crate::counts`),
    /// added up in SQL. Identifiers are meeting-local, so the sums are distinct counts.
    pub fn breach_impact(&self, scope: &BreachScope) -> Result<BreachImpact, StoreError> {
        let tx = self.conn.unchecked_transaction()?;
        let ids = match scope {
            BreachScope::All => String::from("[]"),
            BreachScope::Meetings(ids) => {
                let set: BTreeSet<String> = ids.iter().map(ToString::to_string).collect();
                serde_json::to_string(&set).map_err(|_| StoreError::Corrupt("meeting ids"))?
            }
        };
        let in_scope = match scope {
            BreachScope::All => "SELECT id FROM meetings WHERE ?1 IS NOT NULL",
            BreachScope::Meetings(_) => {
                "SELECT id FROM meetings WHERE id IN (SELECT value FROM json_each(?1))"
            }
        };
        let looked_at: i64 =
            tx.query_row(&format!("SELECT count(*) FROM ({in_scope})"), [&ids], |r| {
                r.get(0)
            })?;
        let live = crate::counts::breach_counts_sql(&crate::counts::without_kept_counts(in_scope));
        // Kept lines: over every meeting, the totals kept per organisation (migration 0036:
        // as many rows as organisations and categories, not meetings); for some meetings,
        // their own kept lines. Each meeting line counts one meeting.
        let kept = match scope {
            BreachScope::All => {
                "SELECT organisation, organisation_type, nullif(category, '') AS category,
                        meetings, items, recipients, subjects
                 FROM breach_totals WHERE ?1 IS NOT NULL"
                    .to_string()
            }
            BreachScope::Meetings(_) => format!(
                "SELECT organisation, organisation_type, category, 1 AS meetings, items,
                        recipients, subjects
                 FROM meeting_breach_counts WHERE meeting_id IN ({in_scope})"
            ),
        };
        let mut stmt = tx.prepare(&format!(
            "SELECT organisation, organisation_type, category, sum(meetings),
                    sum(items), sum(recipients), sum(subjects)
             FROM ({kept}
                   UNION ALL
                   SELECT organisation, organisation_type, category, 1, items, recipients,
                          subjects
                   FROM ({live}))
             GROUP BY organisation, organisation_type, category
             ORDER BY organisation, organisation_type,
                      CASE category WHEN 'general' THEN 1 WHEN 'special' THEN 2
                                    WHEN 'criminal' THEN 3 ELSE 0 END"
        ))?;
        let count = |r: &rusqlite::Row<'_>, i| -> Result<u64, rusqlite::Error> {
            Ok(u64::try_from(r.get::<_, i64>(i)?).unwrap_or(0))
        };
        let mut organisations: Vec<OrganisationImpact> = Vec::new();
        let mut last: Option<(String, String)> = None;
        let mut rows = stmt.query([&ids])?;
        while let Some(r) = rows.next()? {
            let organisation: String = r.get(0)?;
            let org_type: String = r.get(1)?;
            let category: Option<String> = r.get(2)?;
            let key = Some((organisation.clone(), org_type.clone()));
            if last != key {
                last = key;
                organisations.push(OrganisationImpact {
                    organisation,
                    organisation_type: OrganisationType::from_code(&org_type)
                        .unwrap_or(OrganisationType::Overig),
                    meetings: 0,
                    recipients: 0,
                    subjects: 0,
                    categories: Vec::new(),
                });
            }
            let o = organisations
                .last_mut()
                .ok_or(StoreError::Corrupt("breach lines"))?;
            match category {
                // The organisation's own line (sorted first).
                None => {
                    o.meetings = count(r, 3)?;
                    o.recipients = count(r, 5)?;
                    o.subjects = count(r, 6)?;
                }
                Some(c) => o.categories.push(CategoryImpact {
                    category: from_db::<Category>(&c, "category")?,
                    items: count(r, 4)?,
                    subjects: count(r, 6)?,
                }),
            }
        }
        drop(rows);
        drop(stmt);
        tx.finish()?;
        Ok(BreachImpact {
            meetings: u64::try_from(looked_at).unwrap_or(0),
            organisations,
            audit_position: self.audit_position()?,
        })
    }

    /// Consent records of a finalized meeting as ISO/IEC TS 27560 records in W3C DPV 2.3
    /// terms (JSON-LD), following the DPVCG guide "Consent Records and Receipts as per
    /// ISO/IEC TS 27560" (docs/exports.md). A personal-data document: save it like the PDFs
    /// (R14, R18).
    pub fn consent_records_json(&self, meeting: MeetingId) -> Result<Value, StoreError> {
        let m = self.finalized_meeting(meeting)?;
        let flow = crate::flow::load_flow(&self.conn, meeting)?;
        let record = &flow.record;
        let reference = meeting_reference(&m);
        let participant = |id: ParticipantId| {
            record
                .participants
                .iter()
                .find(|p| p.participant.id == id)
                .map(|p| &p.participant)
        };
        let subject = |id: SubjectId| {
            record
                .subjects
                .iter()
                .find(|s| s.subject.id == id)
                .map(|s| &s.subject)
        };
        // R15: a consent is used no longer than the meeting's data are kept.
        let duration = record
            .retention_until
            .map(|d| json!({ "@type": "dpv:UntilTimeDuration", "rdf:value": date_to_db(d) }));
        let mut records = Vec::new();
        for item in &record.items {
            let Some(Basis::Consent {
                records: consents, ..
            }) = &item.basis
            else {
                continue;
            };
            let ids = flow
                .consent_ids
                .get(&item.item.id)
                .ok_or(StoreError::Corrupt("consent ids"))?;
            let category = item.item.category;
            let controller = participant(item.item.contributor)
                .map(|p| p.organisation.as_str())
                .unwrap_or_default();
            // R9/R10: everyone the item went to, also when consent was withdrawn later
            // (the data did go out).
            let released: Vec<Value> = record
                .participants
                .iter()
                .filter(|p| {
                    record
                        .releases
                        .decision(item.item.id, p.participant.id)
                        .is_released()
                })
                .map(|p| recipient(&p.participant))
                .collect();
            // Seed 004 art. 6.4b, R14c: withdrawing goes through the organisation that
            // brought the item in; the family letter says how.
            let withdraw_at = format!(
                "Bij {controller}, de organisatie die de gegevens inbracht; de brief aan het \
                 gezin zegt hoe."
            );
            for (consent, id) in consents.iter().zip(ids) {
                let indicated_by = match &consent.given_by {
                    Consenter::Subject => json!({ "@type": "dpv:DataSubject" }),
                    Consenter::Parent { subject_id: holder } => {
                        let holder = subject(*holder).ok_or(StoreError::Corrupt("consenter"))?;
                        json!({
                            "@id": format!("urn:uuid:{}", holder.id),
                            "@type": authority_type(holder.relation),
                            "casus:relation": to_db(holder.relation),
                            "dct:title": holder.name.as_ref().map(|n| n.as_str()),
                        })
                    }
                    Consenter::OtherAuthority { name } => json!({
                        "@type": "dpv:GuardianOfDataSubject",
                        "dct:title": name.as_str(),
                    }),
                    Consenter::AuthorityByRelation { relation } => json!({
                        "@type": authority_type(*relation),
                        "casus:relation": to_db(*relation),
                    }),
                };
                let mut given = json!({
                    "@type": "dpv:ConsentGiven",
                    "dpv:isIndicatedAtTime": time_to_db(consent.at),
                    "dpv:isIndicatedBy": indicated_by,
                    "dpv:hasIndicationMethod": indication_method(consent.method),
                });
                if let Some(d) = &duration {
                    given["dpv:hasDuration"] = d.clone();
                }
                let mut history = vec![given];
                if let Some(at) = consent.withdrawn {
                    history.push(json!({
                        "@type": "dpv:ConsentWithdrawn",
                        "dpv:isIndicatedAtTime": time_to_db(at),
                    }));
                }
                let mut process = json!({
                    "@type": "dpv:Process",
                    "dpv:hasPurpose": {
                        "@type": "dpv:Purpose",
                        "dct:description": m.purpose.as_str(),
                        "casus:meetingReference": reference,
                    },
                    "dpv:hasPersonalData": {
                        "@id": format!("urn:uuid:{}", item.item.id),
                        "@type": personal_data_type(category),
                        "casus:category": category_code_of(category),
                    },
                    "dpv:hasRecipient": released,
                });
                match &consent.scope {
                    ConsentScope::Given {
                        recipients,
                        purpose,
                    } => {
                        process["dpv:hasScope"] = json!({
                            "@type": "dpv:Scope",
                            "dct:description": purpose.as_str(),
                            "dpv:hasRecipient": recipients
                                .iter()
                                .filter_map(|r| participant(*r))
                                .map(recipient)
                                .collect::<Vec<_>>(),
                        });
                    }
                    // Recorded before the app asked for a scope (migration 0014): it
                    // covers no release.
                    ConsentScope::Unconfirmed => process["casus:scopeUnconfirmed"] = json!(true),
                }
                let data_subject =
                    subject(consent.subject).ok_or(StoreError::Corrupt("subject"))?;
                records.push(json!({
                    "@id": format!("urn:uuid:{id}"),
                    "@type": "dpv:ConsentRecord",
                    "dct:identifier": id,
                    "dct:conformsTo": "https://w3id.org/dpv/schema/dpv-27560#record",
                    "dct:created": time_to_db(consent.at),
                    "dpv:hasDataSubject": {
                        "@id": format!("urn:uuid:{}", data_subject.id),
                        "@type": subject_type(data_subject.relation),
                        "casus:relation": to_db(data_subject.relation),
                        "dct:title": data_subject.name.as_ref().map(|n| n.as_str()),
                    },
                    "dpv:hasDataController": {
                        "@type": "dpv:DataController",
                        "dct:title": controller,
                    },
                    "dpv:hasJurisdiction": "loc:NL",
                    "dpv:hasApplicableLaw": "legal-eu:law-GDPR",
                    "dpv:hasLegalBasis": if category == Category::General {
                        "eu-gdpr:A6-1-a"
                    } else {
                        "eu-gdpr:A9-2-a"
                    },
                    "dpv:hasProcess": process,
                    "dpv:hasNotice": {
                        "@type": "dpv:ConsentNotice",
                        "dct:title": "Brief aan het gezin",
                        "dct:description": "De brief na het overleg: wat is besproken en \
                            afgesproken, de rechten van het gezin, en dat toestemming altijd \
                            kan worden ingetrokken.",
                        "dct:language": "nl",
                        "casus:meetingReference": reference,
                    },
                    "dpv:hasRight": {
                        "@type": ["dpv:DataSubjectRight", "eu-gdpr:A7-3"],
                        "dct:title": "Recht om toestemming in te trekken",
                        "dpv:isExercisedAt": withdraw_at,
                        "dpv:hasApplicableLaw": "legal-eu:law-GDPR",
                        "dpv:hasJurisdiction": "loc:NL",
                    },
                    "dpv:hasConsentControl": {
                        "@type": "dpv:WithdrawConsent",
                        "dpv:isExercisedAt": withdraw_at,
                    },
                    "dpv:hasConsentStatus": history,
                }));
            }
        }
        Ok(json!({
            "@context": {
                "dpv": "https://w3id.org/dpv#",
                "eu-gdpr": "https://w3id.org/dpv/legal/eu/gdpr#",
                "legal-eu": "https://w3id.org/dpv/legal/eu#",
                "loc": "https://w3id.org/dpv/loc#",
                "dct": "http://purl.org/dc/terms/",
                "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                "casus": "urn:casusoverleg:",
            },
            "casus:meetingReference": reference,
            "@graph": records,
        }))
    }

    /// The outcome of a finalized meeting as a `Casusoverleg` of the Samen onder
    /// Handbereik logical model "JZV – Uitkomst Overleg" 0.1 (docs/exports.md), plus the
    /// app's own fields: casusregisseur and the family-notification agreements (R12).
    pub fn meeting_outcome_json(&self, meeting: MeetingId) -> Result<Value, StoreError> {
        let m = self.finalized_meeting(meeting)?;
        let lead = self.conn.query_row(
            "SELECT name, organisation, function, phone, email FROM participants
             WHERE meeting_id = ?1 AND role = ?2",
            params![meeting.to_string(), to_db(domain::Role::CaseLead)],
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
        let record = crate::flow::load_flow(&self.conn, meeting)?.record;
        let participant = |id: ParticipantId| {
            record
                .participants
                .iter()
                .find(|p| p.participant.id == id)
                .map(|p| &p.participant)
        };
        let mut actions = Vec::new();
        for a in &record.actions {
            let concerned = domain::subject_of_action(&record, a);
            let who = participant(a.who).ok_or(StoreError::Corrupt("action"))?;
            let mut action = json!({
                "url": format!("urn:uuid:{}", a.id),
                "id": a.id.to_string(),
                "omschrijving": a.what.as_str(),
                // The event that triggers the action; empty when it is carried out anyway.
                "conditie": a.condition.as_ref().map_or("", domain::Prose::as_str),
                "informering": informing(&record, a, concerned),
                "idCasusoverleg": m.id.to_string(),
                "belegdBij": {
                    "url": format!("urn:uuid:{}", who.id),
                    "naam": who.organisation.as_str(),
                },
                // Not in the model: who carries it out and by when (R11).
                "uitvoerder": {
                    "naam": who.name.as_str(),
                    "functie": who.function.as_ref().map(|f| f.as_str()),
                },
                "uiterlijk": date_to_db(a.due),
            });
            if let Some(s) = concerned {
                action["heeftBetrekkingOp"] = person_concerned(s);
            }
            actions.push(action);
        }
        // R12: what the domain says about each agreement: only agreed, done on a day, or
        // postponed. An agreement is never reported as "informed" (seed 003 §3.6c).
        let informed: Vec<Value> = record
            .notifications
            .iter()
            .map(|n| {
                let informer = participant(n.informer);
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
                        Some(ground_text(*ground)),
                        Some(date_to_db(*review_date)),
                    ),
                };
                json!({
                    "status": match n.status() {
                        NotificationStatus::Postponed => "uitgesteld",
                        NotificationStatus::Agreed => "afgesproken",
                        NotificationStatus::Done(_) => "gedaan",
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
                        NotificationMethod::Conversation => "gesprek",
                        NotificationMethod::Letter => "brief",
                        NotificationMethod::Folder => "folder",
                    },
                    "heleGezin": matches!(n.about, domain::NotificationScope::WholeFamily),
                })
            })
            .collect();
        // R11/seed 002: the decisions as `Besluit`, with the app's own `reden` (why).
        let decisions: Vec<Value> = record
            .decisions
            .iter()
            .map(|d| {
                json!({
                    "url": format!("urn:uuid:{}", d.id),
                    "id": d.id.to_string(),
                    "omschrijving": d.what.as_str(),
                    "idCasusoverleg": m.id.to_string(),
                    "reden": d.why.as_str(),
                })
            })
            .collect();
        let reference = meeting_reference(&m);
        let mut outcome = json!({
            // Casusoverleg (JZV – Uitkomst Overleg 0.1).
            "url": format!("urn:uuid:{}", m.id),
            "id": m.id.to_string(),
            "datum": date_to_db(m.date),
            "betreft": {
                // Zaak: the app knows the case only through this meeting.
                "url": format!("urn:uuid:{}#zaak", m.id),
                "id": reference,
                "startDatum": date_to_db(m.date),
                "heeftActie": actions,
                "heeftBesluit": decisions,
            },
            // Not in the model: the app's own fields.
            "type": "uitkomst-overleg",
            "bron": "Casusoverleg; logisch model JZV - Uitkomst Overleg 0.1 van Samen onder \
                     Handbereik (Casusoverleg); zie docs/exports.md",
            "referentie": reference,
            "doel": m.purpose.as_str(),
            "gezinAanwezig": m.family_present,
            "casusregisseur": lead,
            "gezinGeinformeerd": informed,
        });
        // Seed 002 Feitenonderzoek 4: the time and the record of the meeting, each only when
        // recorded. `Time` has no value field in the model: its `id` is the local date and
        // time of the meeting (no zone: the chair typed the time as it was in the room).
        let minutes = &record.minutes;
        let time = |at: Option<chrono::NaiveDateTime>, tag: &str| {
            at.map(|at| {
                json!({
                    "id": at.format("%Y-%m-%dT%H:%M:%S").to_string(),
                    "url": format!("urn:uuid:{}#{tag}", m.id),
                })
            })
        };
        let fields = [
            ("startTijd", time(minutes.start_on(m.date), "start")),
            ("eindTijd", time(minutes.end_on(m.date), "eind")),
            // Only the account the table agreed is the meeting's record (R13).
            (
                "notulen",
                minutes.agreed_account().map(|a| json!(a.as_str())),
            ),
            // Not in the model: the plain times as the app shows them.
            (
                "begintijd",
                minutes.start.map(|t| json!(domain::time_text(t))),
            ),
            ("eindtijd", minutes.end.map(|t| json!(domain::time_text(t)))),
        ];
        if let Some(obj) = outcome.as_object_mut() {
            for (key, value) in fields {
                if let Some(v) = value {
                    obj.insert(key.to_owned(), v);
                }
            }
        }
        Ok(outcome)
    }
}

/// A participant as a DPV recipient.
fn recipient(p: &Participant) -> Value {
    json!({
        "@type": "dpv:Recipient",
        "dct:title": p.name.as_str(),
        "casus:organisation": p.organisation.as_str(),
    })
}

/// DPV 2.3 classes for the family member a consent is about.
fn subject_type(relation: Relation) -> Value {
    match relation {
        Relation::Youth => json!(["dpv:DataSubject", "dpv:Child"]),
        Relation::Parent => json!(["dpv:DataSubject", "dpv:ParentOfDataSubject"]),
        Relation::Guardian => json!(["dpv:DataSubject", "dpv:GuardianOfDataSubject"]),
        Relation::Carer | Relation::Other => json!("dpv:DataSubject"),
    }
}

/// DPV 2.3 class of a holder of gezag who consents for a child (R8): a parent, else a
/// guardian (a carer or voogd holding gezag).
fn authority_type(relation: Relation) -> &'static str {
    match relation {
        Relation::Parent => "dpv:ParentOfDataSubject",
        _ => "dpv:GuardianOfDataSubject",
    }
}

fn personal_data_type(c: Category) -> &'static str {
    match c {
        Category::General => "dpv:PersonalData",
        Category::Special => "dpv:SpecialCategoryPersonalData",
        Category::Criminal => "dpv:SensitivePersonalData",
    }
}

fn indication_method(method: ConsentMethod) -> &'static str {
    match method {
        ConsentMethod::Verbal => "mondeling",
        ConsentMethod::Written => "schriftelijk",
        ConsentMethod::Digital => "digitaal",
    }
}

fn ground_text(ground: PostponeGround) -> &'static str {
    match ground {
        PostponeGround::Safety => "veiligheid",
        PostponeGround::CriminalInvestigation => "strafrechtelijk onderzoek",
    }
}

fn method_text(method: NotificationMethod) -> &'static str {
    match method {
        NotificationMethod::Conversation => "in een gesprek",
        NotificationMethod::Letter => "met een brief",
        NotificationMethod::Folder => "met een folder",
    }
}

/// SoH `Betrokkene`: the family member by id; the name when the app holds one (never in an
/// anonymous meeting, R4). No BSN and no address: the app does not hold them and a secret
/// address never leaves it (R14).
fn person_concerned(s: &Subject) -> Value {
    let mut v = json!({
        "url": format!("urn:uuid:{}", s.id),
        // Not in the model: how they relate to the case.
        "relatie": to_db(s.relation),
    });
    if let Some(name) = s.name.as_ref().and_then(|n| split_name(n.as_str())) {
        let mut naam = json!({
            "id": s.id.to_string(),
            "url": format!("urn:uuid:{}#naam", s.id),
            "voornamen": name.given,
            "geslachtsnaam": name.surname,
        });
        if let Some(prefix) = name.prefix {
            naam["voorvoegsel"] = json!(prefix);
        }
        v["naam"] = naam;
    }
    v
}

/// A name as the SoH `Naam` wants it, from the single name field the app keeps.
#[derive(Debug, PartialEq, Eq)]
struct NameParts {
    given: String,
    prefix: Option<String>,
    surname: String,
}

/// Best effort: the given names run up to the first word in lower case that is followed
/// by a capitalised word (a voorvoegsel such as "van der", "de", "el"), else they are the
/// first word; the rest is the surname. `None` for a single word. The model caps a
/// voorvoegsel at 10 characters: a longer run stays in the surname.
fn split_name(full: &str) -> Option<NameParts> {
    let words: Vec<&str> = full.split_whitespace().collect();
    if words.len() < 2 {
        return None;
    }
    let lower = |w: &str| w.chars().next().is_some_and(char::is_lowercase);
    let prefix_start = (1..words.len()).find(|&i| lower(words[i]));
    if let Some(start) = prefix_start {
        let end = (start..words.len())
            .find(|&i| !lower(words[i]))
            .unwrap_or(words.len());
        if end < words.len() {
            let prefix = words[start..end].join(" ");
            let (prefix, surname_from) = if prefix.chars().count() <= 10 {
                (Some(prefix), end)
            } else {
                (None, start)
            };
            return Some(NameParts {
                given: words[..start].join(" "),
                prefix,
                surname: words[surname_from..].join(" "),
            });
        }
    }
    Some(NameParts {
        given: words[0].to_owned(),
        prefix: None,
        surname: words[1..].join(" "),
    })
}

/// SoH `Actie.informering` in Dutch: how the family member the action concerns was or will
/// be informed (R12: done, agreed or postponed), and whether the action is left out of the
/// family letter, with the chair's motivation (R14c).
fn informing(record: &MeetingRecord, action: &Action, concerned: Option<&Subject>) -> String {
    let name_of = |id: ParticipantId| {
        record
            .participants
            .iter()
            .find(|p| p.participant.id == id)
            .map(|p| {
                format!(
                    "{} ({})",
                    p.participant.name.as_str(),
                    p.participant.organisation.as_str()
                )
            })
            .unwrap_or_default()
    };
    let mut parts = Vec::new();
    if let Some(s) = concerned {
        if record
            .subjects
            .iter()
            .any(|r| r.subject.id == s.id && r.present)
        {
            parts.push("Was bij het overleg.".to_owned());
        }
        for n in record.notifications.iter().filter(|n| n.covers(s.id)) {
            let how = method_text(n.method);
            let who = name_of(n.informer);
            parts.push(match (n.status(), &n.timing) {
                (
                    NotificationStatus::Postponed,
                    NotificationTiming::Postponed {
                        ground,
                        motivation,
                        review_date,
                    },
                ) => format!(
                    "Uitgesteld ({}): {} Heroverwegen op {}.",
                    ground_text(*ground),
                    motivation.as_str(),
                    date_to_db(*review_date)
                ),
                (NotificationStatus::Done(on), _) => {
                    format!("Geïnformeerd op {} {how} door {who}.", date_to_db(on))
                }
                _ => format!("Afgesproken: {who} informeert {how}; nog niet gedaan."),
            });
        }
    }
    if let ForFamily::NotForFamily { motivation } = &action.for_family {
        parts.push(format!(
            "Deze actie staat niet in de brief aan het gezin: {}",
            motivation.as_str()
        ));
    }
    if parts.is_empty() {
        "Er is geen afspraak over informeren vastgelegd.".to_owned()
    } else {
        parts.join(" ")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(given: &str, prefix: Option<&str>, surname: &str) -> Option<NameParts> {
        Some(NameParts {
            given: given.into(),
            prefix: prefix.map(Into::into),
            surname: surname.into(),
        })
    }

    #[test]
    fn names_are_split_into_given_names_voorvoegsel_and_surname() {
        assert_eq!(
            split_name("Mark van der Berg"),
            parts("Mark", Some("van der"), "Berg")
        );
        assert_eq!(
            split_name("Anna Maria de Vries"),
            parts("Anna Maria", Some("de"), "Vries")
        );
        assert_eq!(
            split_name("Khadija El Amrani-Bouzidi"),
            parts("Khadija", None, "El Amrani-Bouzidi")
        );
        assert_eq!(
            split_name("  Lotte   Jansen "),
            parts("Lotte", None, "Jansen")
        );
        // A lower-case word without a capitalised surname after it is not a voorvoegsel.
        assert_eq!(split_name("jan de vries"), parts("jan", None, "de vries"));
        // Over 10 characters: not a voorvoegsel in the model; it stays in the surname.
        assert_eq!(
            split_name("Piet van den van der Berg"),
            parts("Piet", None, "van den van der Berg")
        );
        assert_eq!(split_name("Moeder"), None);
        assert_eq!(split_name(""), None);
    }
}
