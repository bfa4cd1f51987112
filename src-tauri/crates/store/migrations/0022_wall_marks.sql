-- The wall (presentation mode): the chair's per-item mark "op het scherm" / "niet op het
-- scherm". Without a row the domain's default applies (special, criminal and
-- conflict-of-duties items off the wall).
CREATE TABLE item_wall (
    item_id TEXT PRIMARY KEY NOT NULL REFERENCES items (id) ON DELETE CASCADE,
    mark    TEXT NOT NULL CHECK (mark IN ('shown', 'hidden'))
) STRICT;
