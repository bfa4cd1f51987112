//! Reads one meeting's whole record (R1–R15) into the domain's `MeetingRecord`.

use super::FlowData;
use crate::codec::*;
use crate::repo::{item_row, meeting_row, participant_row, ITEM_COLUMNS, PARTICIPANT_COLUMNS};
use crate::StoreError;
use domain::{
    ActionId, Basis, ConsentRecord, ConsentScope, Consenter, FamilyNotification, Field,
    FourQuestions, ItemId, ItemRecord, Label, LegalBasis, MeetingId, MeetingRecord, MeetingState,
    NotificationId, NotificationScope, NotificationTiming, OrganisationType, ParticipantId,
    ParticipantRecord, Prose, ReleaseDecision, ReleaseMatrix, Subject, SubjectId, SubjectRecord,
};
use rusqlite::{Connection, OptionalExtension, Row};
use std::collections::HashMap;

pub(super) fn id_of(s: &str) -> Result<uuid::Uuid, StoreError> {
    uuid_from_db(s)
}

pub(super) fn prose_col(r: &Row<'_>, i: usize, field: Field) -> Result<Option<Prose>, StoreError> {
    r.get::<_, Option<String>>(i)?
        .map(|s| Prose::parse(&s, field, usize::MAX).map_err(|_| StoreError::Corrupt("text")))
        .transpose()
}

pub(super) fn ids_by<K: std::hash::Hash + Eq>(
    conn: &Connection,
    sql: &str,
    meeting: &str,
    key: impl Fn(uuid::Uuid) -> K,
) -> Result<HashMap<K, Vec<uuid::Uuid>>, StoreError> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query([meeting])?;
    let mut out: HashMap<K, Vec<uuid::Uuid>> = HashMap::new();
    while let Some(r) = rows.next()? {
        let (k, v): (String, String) = (r.get(0)?, r.get(1)?);
        out.entry(key(id_of(&k)?)).or_default().push(id_of(&v)?);
    }
    Ok(out)
}

/// Seed 002 Feitenonderzoek 4: the time and the record of the meeting (columns 12–15).
fn minutes_row(r: &Row<'_>) -> Result<domain::Minutes, StoreError> {
    let time = |i: usize, field: Field| -> Result<Option<chrono::NaiveTime>, StoreError> {
        r.get::<_, Option<String>>(i)?
            .map(|s| {
                domain::parse_time_of_day(&s, field)
                    .ok()
                    .flatten()
                    .ok_or(StoreError::Corrupt("time of day"))
            })
            .transpose()
    };
    Ok(domain::Minutes {
        start: time(12, Field::StartTime)?,
        end: time(13, Field::EndTime)?,
        account: prose_col(r, 14, Field::Account)?,
        agreed: r.get(15)?,
    })
}

/// R14c: the chair's for-the-family mark in column `at` and its motivation in `at + 1`
/// (actions, decisions).
pub(super) fn for_family_col(
    r: &rusqlite::Row<'_>,
    at: usize,
) -> Result<domain::ForFamily, StoreError> {
    Ok(match r.get::<_, String>(at)?.as_str() {
        "unchecked" => domain::ForFamily::Unchecked,
        "checked" => domain::ForFamily::Checked,
        "not_for_family" => domain::ForFamily::NotForFamily {
            motivation: prose_col(r, at + 1, Field::Motivation)?
                .ok_or(StoreError::Corrupt("for family"))?,
        },
        _ => return Err(StoreError::Corrupt("for family")),
    })
}

/// The meeting's own row: its facts, retention, finalization, the R14c purpose mark and the
/// minutes.
type MeetingRowParts = (
    domain::Meeting,
    Option<chrono::NaiveDate>,
    Option<chrono::DateTime<chrono::Utc>>,
    bool,
    domain::Minutes,
);

/// The meeting's own row as [`load_flow`] reads it; also what a change of that row reads
/// back for its answer (issue 19: no whole reload).
pub(super) fn load_meeting_row(
    conn: &Connection,
    mid: &str,
) -> Result<MeetingRowParts, StoreError> {
    conn.prepare_cached(
        "SELECT id, case_label, meeting_date, purpose, created_at,
                    criteria, family_present, anonymous, retention_until, finalized_at,
                    purpose_for_family, family_absence_reason,
                    start_time, end_time, account, account_agreed
             FROM meetings WHERE id = ?1",
    )?
    .query_row([mid], |r| {
        Ok((|| -> Result<_, StoreError> {
            Ok((
                meeting_row(r)?,
                r.get::<_, Option<String>>(8)?
                    .map(|s| date_from_db(&s))
                    .transpose()?,
                r.get::<_, Option<String>>(9)?
                    .map(|s| time_from_db(&s))
                    .transpose()?,
                r.get::<_, bool>(10)?,
                minutes_row(r)?,
            ))
        })())
    })
    .optional()?
    .ok_or(StoreError::NotFound("meeting"))?
}

pub(crate) fn load_flow(conn: &Connection, id: MeetingId) -> Result<FlowData, StoreError> {
    let mid = id.to_string();
    let (meeting, retention_until, finalized_at, purpose_for_family, minutes) =
        load_meeting_row(conn, &mid)?;

    let mut subjects = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT id, relation, name, birth_date, present, parental_authority,
                    secret_address IS NOT NULL, letter_language, interpreter_needed,
                    spoken_language
             FROM subjects
             WHERE meeting_id = ?1 ORDER BY rowid",
        )?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            subjects.push(SubjectRecord {
                subject: Subject {
                    id: SubjectId::from_uuid(id_of(&r.get::<_, String>(0)?)?),
                    meeting_id: id,
                    relation: from_db(&r.get::<_, String>(1)?, "relation")?,
                    name: r
                        .get::<_, Option<String>>(2)?
                        .map(|s| Label::parse(&s, Field::Name))
                        .transpose()
                        .map_err(|_| StoreError::Corrupt("label"))?,
                    birth_date: r
                        .get::<_, Option<String>>(3)?
                        .map(|s| date_from_db(&s))
                        .transpose()?,
                    parental_authority: r.get(5)?,
                    // R14/R21: only whether one is stored; the value is never read back.
                    has_secret_address: r.get(6)?,
                    language: domain::FamilyLanguage {
                        letter: domain::LetterLanguage::from_code(&r.get::<_, String>(7)?)
                            .ok_or(StoreError::Corrupt("letter_language"))?,
                        interpreter_needed: r.get(8)?,
                        spoken_language: r
                            .get::<_, Option<String>>(9)?
                            .map(|s| Label::parse(&s, Field::SpokenLanguage))
                            .transpose()
                            .map_err(|_| StoreError::Corrupt("label"))?,
                    },
                },
                present: r.get(4)?,
            });
        }
    }

    let mut participants = Vec::new();
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {PARTICIPANT_COLUMNS}, organisation_type, secrecy, pledged_at, attendance,
                    info_sent, complaint_route
             FROM participants WHERE meeting_id = ?1 ORDER BY rowid"
        ))?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            participants.push(ParticipantRecord {
                participant: participant_row(r)?,
                organisation_type: OrganisationType::from_code(&r.get::<_, String>(9)?)
                    .ok_or(StoreError::Corrupt("organisation type"))?,
                secrecy: r.get(10)?,
                pledged_at: r
                    .get::<_, Option<String>>(11)?
                    .map(|s| time_from_db(&s))
                    .transpose()?,
                attendance: super::attendance::attendance_from_db(
                    &r.get::<_, String>(12)?,
                    r.get(13)?,
                )?,
                complaint_route: r
                    .get::<_, Option<String>>(14)?
                    .map(|s| Label::parse(&s, Field::ComplaintRoute))
                    .transpose()
                    .map_err(|_| StoreError::Corrupt("complaint route"))?,
            });
        }
    }

    let item_subjects = ids_by(
        conn,
        "SELECT s.item_id, s.subject_id FROM item_subjects s JOIN items i ON i.id = s.item_id
         WHERE i.meeting_id = ?1 ORDER BY s.rowid",
        &mid,
        ItemId::from_uuid,
    )?;
    let not_competent = ids_by(
        conn,
        "SELECT n.item_id, n.subject_id FROM item_not_competent n JOIN items i ON i.id = n.item_id
         WHERE i.meeting_id = ?1 ORDER BY n.rowid",
        &mid,
        ItemId::from_uuid,
    )?;

    // Seed 004 art. 6.4b: the recipients each consent reaches.
    let mut scope_recipients: HashMap<String, Vec<ParticipantId>> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT r.consent_id, r.participant_id FROM consent_recipients r
             JOIN consents c ON c.id = r.consent_id JOIN items i ON i.id = c.item_id
             WHERE i.meeting_id = ?1 ORDER BY r.rowid",
        )?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            scope_recipients
                .entry(r.get(0)?)
                .or_default()
                .push(ParticipantId::from_uuid(id_of(&r.get::<_, String>(1)?)?));
        }
    }
    let mut consents: HashMap<ItemId, Vec<(String, ConsentRecord)>> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT c.id, c.item_id, c.subject_id, c.given_by, c.given_by_subject,
                    c.given_by_name, c.method, c.at, c.withdrawn_at, c.scope_purpose,
                    c.given_by_relation
             FROM consents c JOIN items i ON i.id = c.item_id
             WHERE i.meeting_id = ?1 ORDER BY c.rowid",
        )?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            let given_by = match r.get::<_, String>(3)?.as_str() {
                "subject" => Consenter::Subject,
                "parent" => Consenter::Parent {
                    subject_id: SubjectId::from_uuid(id_of(
                        &r.get::<_, Option<String>>(4)?
                            .ok_or(StoreError::Corrupt("consent"))?,
                    )?),
                },
                "other_authority" => match (
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(10)?,
                ) {
                    (Some(name), _) => Consenter::OtherAuthority {
                        name: Label::parse(&name, Field::Consent)
                            .map_err(|_| StoreError::Corrupt("consent"))?,
                    },
                    // R4: recorded by relation only.
                    (None, Some(relation)) => Consenter::AuthorityByRelation {
                        relation: from_db(&relation, "relation")?,
                    },
                    (None, None) => return Err(StoreError::Corrupt("consent")),
                },
                _ => return Err(StoreError::Corrupt("consent")),
            };
            let consent_id: String = r.get(0)?;
            let scope = match r.get::<_, Option<String>>(9)? {
                // Recorded before migration 0014: must be re-confirmed (seed 004 art. 6.4b).
                None => ConsentScope::Unconfirmed,
                Some(purpose) => ConsentScope::Given {
                    recipients: scope_recipients.remove(&consent_id).unwrap_or_default(),
                    purpose: Prose::parse(
                        &purpose,
                        Field::ConsentPurpose,
                        domain::CONSENT_PURPOSE_MAX_CHARS,
                    )
                    .map_err(|_| StoreError::Corrupt("consent"))?,
                },
            };
            let record = ConsentRecord {
                scope,
                subject: SubjectId::from_uuid(id_of(&r.get::<_, String>(2)?)?),
                given_by,
                method: from_db(&r.get::<_, String>(6)?, "consent method")?,
                at: time_from_db(&r.get::<_, String>(7)?)?,
                withdrawn: r
                    .get::<_, Option<String>>(8)?
                    .map(|s| time_from_db(&s))
                    .transpose()?,
            };
            consents
                .entry(ItemId::from_uuid(id_of(&r.get::<_, String>(1)?)?))
                .or_default()
                .push((consent_id, record));
        }
    }

    // The chair's marks for the wall (0022).
    let mut walls: HashMap<ItemId, domain::WallMark> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT w.item_id, w.mark FROM item_wall w JOIN items i ON i.id = w.item_id
             WHERE i.meeting_id = ?1",
        )?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            let item = ItemId::from_uuid(id_of(&r.get::<_, String>(0)?)?);
            let mark = domain::WallMark::from_code(&r.get::<_, String>(1)?)
                .ok_or(StoreError::Corrupt("wall mark"))?;
            walls.insert(item, mark);
        }
    }

    let mut bases: HashMap<ItemId, Basis> = HashMap::new();
    let mut consent_ids: HashMap<ItemId, Vec<String>> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT b.item_id, b.kind, b.legal_basis, b.legitimate_purpose, b.only_way,
                    b.consent_asked_or_impossible, b.child_interest_outweighs, b.motivation,
                    c.id, c.organisation_type, c.law, c.article, c.note
             FROM item_basis b JOIN items i ON i.id = b.item_id
             LEFT JOIN custom_bases c ON c.id = b.custom_basis_id
             WHERE i.meeting_id = ?1",
        )?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            let item = ItemId::from_uuid(id_of(&r.get::<_, String>(0)?)?);
            let basis = match r.get::<_, String>(1)?.as_str() {
                "consent" => {
                    let given = consents.remove(&item).unwrap_or_default();
                    consent_ids.insert(item, given.iter().map(|(id, _)| id.clone()).collect());
                    Basis::Consent {
                        records: given.into_iter().map(|(_, rec)| rec).collect(),
                        not_competent: not_competent
                            .get(&item)
                            .map(|v| v.iter().map(|u| SubjectId::from_uuid(*u)).collect())
                            .unwrap_or_default(),
                    }
                }
                // R7b: a custom basis of the chair (0019).
                "legal" if r.get::<_, Option<String>>(2)?.as_deref() == Some("custom") => {
                    Basis::CustomLegal(crate::custom_basis::custom_basis_at(r, 8)?)
                }
                "legal" => Basis::Legal(
                    r.get::<_, Option<String>>(2)?
                        .as_deref()
                        .and_then(LegalBasis::from_code)
                        .ok_or(StoreError::Corrupt("legal basis"))?,
                ),
                "conflict_of_duties" => Basis::ConflictOfDuties {
                    answers: FourQuestions {
                        legitimate_purpose: r.get::<_, Option<bool>>(3)?.unwrap_or(false),
                        only_way: r.get::<_, Option<bool>>(4)?.unwrap_or(false),
                        consent_asked_or_impossible: r.get::<_, Option<bool>>(5)?.unwrap_or(false),
                        child_interest_outweighs: r.get::<_, Option<bool>>(6)?.unwrap_or(false),
                    },
                    motivation: prose_col(r, 7, Field::Motivation)?
                        .ok_or(StoreError::Corrupt("motivation"))?,
                },
                _ => return Err(StoreError::Corrupt("basis")),
            };
            bases.insert(item, basis);
        }
    }

    let mut items = Vec::new();
    {
        let mut stmt = conn.prepare_cached(&format!(
            "SELECT {ITEM_COLUMNS} FROM items WHERE meeting_id = ?1 ORDER BY rowid"
        ))?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            let item = item_row(r)?;
            items.push(ItemRecord {
                subjects: item_subjects
                    .get(&item.id)
                    .map(|v| v.iter().map(|u| SubjectId::from_uuid(*u)).collect())
                    .unwrap_or_default(),
                basis: bases.remove(&item.id),
                wall: walls.remove(&item.id),
                item,
            });
        }
    }

    let relies_on = ids_by(
        conn,
        "SELECT ai.action_id, ai.item_id FROM action_items ai JOIN actions a ON a.id = ai.action_id
         WHERE a.meeting_id = ?1 ORDER BY ai.rowid",
        &mid,
        ActionId::from_uuid,
    )?;
    let mut actions = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT id, who, what, due, for_family, not_for_family_motivation, condition,
                    decision_id
             FROM actions WHERE meeting_id = ?1 ORDER BY rowid",
        )?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            let id = ActionId::from_uuid(id_of(&r.get::<_, String>(0)?)?);
            let mut relies: Vec<ItemId> = relies_on
                .get(&id)
                .map(|v| v.iter().map(|u| ItemId::from_uuid(*u)).collect())
                .unwrap_or_default();
            relies.sort();
            actions.push(domain::Action {
                id,
                who: ParticipantId::from_uuid(id_of(&r.get::<_, String>(1)?)?),
                what: prose_col(r, 2, Field::ActionWhat)?.ok_or(StoreError::Corrupt("action"))?,
                due: date_from_db(&r.get::<_, String>(3)?)?,
                relies_on: relies,
                for_family: for_family_col(r, 4)?,
                condition: prose_col(r, 6, Field::ActionCondition)?,
                decision: r
                    .get::<_, Option<String>>(7)?
                    .map(|s| id_of(&s).map(domain::DecisionId::from_uuid))
                    .transpose()?,
            });
        }
    }

    let mut cells = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT r.item_id, r.recipient_id, r.decision, r.action_id, r.decided_by, r.at,
                    r.motivation
             FROM releases r JOIN items i ON i.id = r.item_id WHERE i.meeting_id = ?1",
        )?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            let key = (
                ItemId::from_uuid(id_of(&r.get::<_, String>(0)?)?),
                ParticipantId::from_uuid(id_of(&r.get::<_, String>(1)?)?),
            );
            let decided_by = ParticipantId::from_uuid(id_of(&r.get::<_, String>(4)?)?);
            let at = time_from_db(&r.get::<_, String>(5)?)?;
            let decision = match r.get::<_, String>(2)?.as_str() {
                "stays" => ReleaseDecision::StaysInMeeting { decided_by, at },
                "released" => ReleaseDecision::Released {
                    action: ActionId::from_uuid(id_of(
                        &r.get::<_, Option<String>>(3)?
                            .ok_or(StoreError::Corrupt("release"))?,
                    )?),
                    decided_by,
                    at,
                    motivation: prose_col(r, 6, Field::Motivation)?,
                },
                _ => return Err(StoreError::Corrupt("release")),
            };
            cells.push((key, decision));
        }
    }
    let withdrawn: Vec<ItemId> = {
        let mut stmt = conn.prepare_cached(
            "SELECT w.item_id FROM withdrawn_items w JOIN items i ON i.id = w.item_id
             WHERE i.meeting_id = ?1",
        )?;
        let rows = stmt.query_map([&mid], |r| r.get::<_, String>(0))?;
        rows.map(|r| Ok(ItemId::from_uuid(id_of(&r?)?)))
            .collect::<Result<_, StoreError>>()?
    };

    let notification_subjects = ids_by(
        conn,
        "SELECT ns.notification_id, ns.subject_id FROM notification_subjects ns
         JOIN notifications n ON n.id = ns.notification_id WHERE n.meeting_id = ?1
         ORDER BY ns.rowid",
        &mid,
        NotificationId::from_uuid,
    )?;
    let mut notifications = Vec::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT id, whole_family, informer, method, timing, ground, motivation, review_date,
                    done_on, lifted_on
             FROM notifications WHERE meeting_id = ?1 ORDER BY rowid",
        )?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            let id = NotificationId::from_uuid(id_of(&r.get::<_, String>(0)?)?);
            let about = if r.get::<_, bool>(1)? {
                NotificationScope::WholeFamily
            } else {
                let mut ids: Vec<SubjectId> = notification_subjects
                    .get(&id)
                    .map(|v| v.iter().map(|u| SubjectId::from_uuid(*u)).collect())
                    .unwrap_or_default();
                ids.sort();
                NotificationScope::Subjects(ids)
            };
            let motivation =
                || prose_col(r, 6, Field::Motivation)?.ok_or(StoreError::Corrupt("motivation"));
            let timing = match r.get::<_, String>(4)?.as_str() {
                "beforehand" => NotificationTiming::Beforehand,
                "afterwards" => NotificationTiming::Afterwards {
                    motivation: motivation()?,
                },
                "postponed" => NotificationTiming::Postponed {
                    ground: from_db(
                        &r.get::<_, Option<String>>(5)?
                            .ok_or(StoreError::Corrupt("ground"))?,
                        "postpone ground",
                    )?,
                    motivation: motivation()?,
                    review_date: date_from_db(
                        &r.get::<_, Option<String>>(7)?
                            .ok_or(StoreError::Corrupt("review date"))?,
                    )?,
                },
                _ => return Err(StoreError::Corrupt("timing")),
            };
            notifications.push(FamilyNotification {
                id,
                about,
                informer: ParticipantId::from_uuid(id_of(&r.get::<_, String>(2)?)?),
                method: from_db(&r.get::<_, String>(3)?, "notification method")?,
                timing,
                done_on: r
                    .get::<_, Option<String>>(8)?
                    .map(|s| date_from_db(&s))
                    .transpose()?,
                lifted_on: r
                    .get::<_, Option<String>>(9)?
                    .map(|s| date_from_db(&s))
                    .transpose()?,
            });
        }
    }

    // R16: the current version of every corrected item (absent = the original, version 1).
    let mut versions: HashMap<ItemId, u32> = HashMap::new();
    {
        let mut stmt = conn.prepare_cached(
            "SELECT item_id, MAX(version) FROM item_versions WHERE meeting_id = ?1
             GROUP BY item_id",
        )?;
        let mut rows = stmt.query([&mid])?;
        while let Some(r) = rows.next()? {
            versions.insert(
                ItemId::from_uuid(id_of(&r.get::<_, String>(0)?)?),
                r.get(1)?,
            );
        }
    }

    let carried_over = super::followup::load_carried(conn, &mid)?;
    let voices = super::voice::load_voices(conn, &mid)?;
    let (decisions, dissents) = super::decisions::load_decisions(conn, &mid)?;

    Ok(FlowData {
        record: MeetingRecord {
            meeting,
            subjects,
            participants,
            items,
            actions,
            decisions,
            dissents,
            releases: ReleaseMatrix::restore(cells, withdrawn),
            notifications,
            retention_until,
            carried_over,
            purpose_for_family,
            voices,
            minutes,
        },
        state: match finalized_at {
            Some(at) => MeetingState::Finalized { at },
            None => MeetingState::Draft,
        },
        consent_ids,
        versions,
        withdrawals: super::withdrawal::load_withdrawals(conn, &mid)?,
    })
}
