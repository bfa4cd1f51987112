-- 0031: the family's language (issue 17 point 7; R12; seed 004 art. 1.2 on cultural
-- background). Per family member: the language the family letter is written in (a closed
-- list the app has letter templates for), whether an interpreter is needed and, only then,
-- the language the interpreter speaks. Columns of `subjects`, so they go with the member and
-- the meeting (R15, R17 erasure).
ALTER TABLE subjects ADD COLUMN letter_language TEXT NOT NULL DEFAULT 'nl'
    CHECK (letter_language IN ('nl', 'en'));
ALTER TABLE subjects ADD COLUMN interpreter_needed INTEGER NOT NULL DEFAULT 0
    CHECK (interpreter_needed IN (0, 1));
ALTER TABLE subjects ADD COLUMN spoken_language TEXT
    CHECK (spoken_language IS NULL OR (interpreter_needed = 1 AND length(spoken_language) <= 40));
