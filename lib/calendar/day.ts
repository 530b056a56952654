/**
 * Whether a text is a calendar day written `YYYY-MM-DD` that exists (2010-02-30 does not).
 *
 * @example
 * [isDay('2009-05-04'), isDay('2010-02-30'), isDay('2009-5-4')]; // [true, false, false]
 */
export function isDay(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
