-- 0035: issue 17 point 9, the logo of the chair's organisation (one row, like the profile
-- of 0032; it may be kept before a profile is, and then shows once the profile names the
-- organisation). The file's bytes as chosen (PNG or JPEG, at most 200 kB, checked by the
-- domain), its kind and size in pixels. No personal data. Existing stores: no logo.
CREATE TABLE organisation_logo (
    id          INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    image       BLOB NOT NULL CHECK (length(image) <= 204800),
    updated_at  TEXT NOT NULL
) STRICT;
