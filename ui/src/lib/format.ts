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

/**
 * A date as the chair types it → `yyyy-mm-dd`, or null when it is not a real date.
 * Accepts dd-mm-jjjj (also with / or . and one-digit day or month) and yyyy-mm-dd, so a
 * date field reads the same whatever the system's locale (WebKitGTK's own date input
 * follows the installed locale: mm/dd/yyyy on an English system).
 */
export function parseDateInput(text: string): string | null {
  const t = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const parts = dutch
    ? [dutch[3], dutch[2], dutch[1]]
    : iso
      ? [iso[1], iso[2], iso[3]]
      : null;
  if (parts === null) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const time = new Date(Date.UTC(y, m - 1, d));
  if (
    time.getUTCFullYear() !== y ||
    time.getUTCMonth() !== m - 1 ||
    time.getUTCDate() !== d
  )
    return null;
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** `2026-03-03` → `03-03-2026` (the form a date field shows); anything else as it is. */
export function dateInputText(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : isoDate;
}

/**
 * A moment as the chair types it (`dd-mm-jjjj uu:mm`, also `yyyy-mm-ddTuu:mm`) →
 * `yyyy-mm-ddThh:mm` (local time, the form the back end reads), or null when it is not a
 * real day and time.
 */
export function parseDateTimeInput(text: string): string | null {
  const match = /^(.+?)(?:\s+|T)(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!match) return null;
  const day = parseDateInput(match[1] ?? "");
  const hours = Number(match[2]);
  const minutes = Number(match[3]);
  if (day === null || hours > 23 || minutes > 59) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day}T${pad(hours)}:${pad(minutes)}`;
}

/** `2026-03-03T09:05` → `03-03-2026 09:05` (the form a moment field shows); else as it is. */
export function dateTimeInputText(isoMoment: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(isoMoment);
  return match ? `${dateInputText(match[1] ?? "")} ${match[2]}` : isoMoment;
}

/** The clock time now as `HH:MM` (the "Nu" button of a time field; the back end checks
 * the time). */
export function timeNow(now: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(now.getHours())}:${two(now.getMinutes())}`;
}

/** The meeting's time as shown: `09:30–11:00 uur`, or one end of it; `null` without times. */
export function timeRange(
  start: string | null,
  end: string | null,
  t: {
    timeRange: (s: string, e: string) => string;
    timeFrom: (s: string) => string;
    timeUntil: (e: string) => string;
  },
): string | null {
  if (start !== null && end !== null) return t.timeRange(start, end);
  if (start !== null) return t.timeFrom(start);
  if (end !== null) return t.timeUntil(end);
  return null;
}
