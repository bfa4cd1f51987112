// Display formatting for the chair (nl-NL).

const dateFormat = new Intl.DateTimeFormat("nl-NL", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** `2026-03-03` → `dinsdag 3 maart 2026`; anything unparsable is shown as it is. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  const time = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return Number.isNaN(time) ? isoDate : dateFormat.format(time);
}

const dateTimeFormat = new Intl.DateTimeFormat("nl-NL", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Amsterdam",
});

/** RFC 3339 (UTC) → `24 november 2026 om 10:15` in Dutch time; unparsable as it is. */
export function formatDateTime(rfc3339: string): string {
  const time = Date.parse(rfc3339);
  return Number.isNaN(time) ? rfc3339 : dateTimeFormat.format(time);
}

/** The first words of a text, for places where the whole text does not fit. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
