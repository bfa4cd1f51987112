-- 0013: an index on every foreign-key column that had none. Deleting a parent row makes
-- SQLite look for child rows through each such column: without an index that is a scan of
-- the whole child table per deleted row (removing one participant scanned every item of
-- every meeting for `contributor_id`; destroying an expired meeting under R15 did this for
-- each of its participants and family members). Ids only: no personal data in any index.
CREATE INDEX IF NOT EXISTS items_by_contributor ON items (contributor_id);
CREATE INDEX IF NOT EXISTS item_subjects_by_subject ON item_subjects (subject_id);
CREATE INDEX IF NOT EXISTS item_not_competent_by_subject ON item_not_competent (subject_id);
CREATE INDEX IF NOT EXISTS consents_by_subject ON consents (subject_id);
CREATE INDEX IF NOT EXISTS consents_by_giver ON consents (given_by_subject);
CREATE INDEX IF NOT EXISTS actions_by_who ON actions (who);
CREATE INDEX IF NOT EXISTS action_items_by_item ON action_items (item_id);
CREATE INDEX IF NOT EXISTS releases_by_action ON releases (action_id);
CREATE INDEX IF NOT EXISTS releases_by_decider ON releases (decided_by);
CREATE INDEX IF NOT EXISTS notifications_by_informer ON notifications (informer);
CREATE INDEX IF NOT EXISTS notification_subjects_by_subject ON notification_subjects (subject_id);
CREATE INDEX IF NOT EXISTS item_versions_by_requester ON item_versions (requested_by);
CREATE INDEX IF NOT EXISTS objections_by_request ON objections (request_id);
