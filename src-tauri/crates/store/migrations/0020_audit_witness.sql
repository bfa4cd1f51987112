-- 0020: the audit witness (R18 × R21). A random key, kept only inside the encrypted store,
-- for the keyed MAC of the witness files written outside the store (beside it and in the
-- user's config dir). `witnessed` turns 1 once a witness has been written, so a witness
-- that disappears afterwards is noticed. No personal data.

CREATE TABLE audit_witness (
    id        INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    mac_key   BLOB NOT NULL,
    witnessed INTEGER NOT NULL DEFAULT 0 CHECK (witnessed IN (0, 1))
) STRICT;
INSERT INTO audit_witness (id, mac_key) VALUES (1, randomblob(32));
