/**
 * The people a sustainable on-call rotation needs: the hours of duty per week divided by the
 * most on-call hours one person can carry per week, rounded up. 24×7 duty is 168 hours a
 * week; at 40 hours a person (one week in four, say, with the odd night off), that is
 * ⌈168 ÷ 40⌉ = 5 people — not the one IT person a small company tends to count on. Holidays
 * and sick leave are not added: lower the hours per person to allow for them.
 *
 * @example
 * onCallRotationSize(168, 40); // 5
 * // business hours, one person at most 40 hours: one person, no slack
 * onCallRotationSize(40, 40); // 1
 * onCallRotationSize(168, 168); // 1
 */
export function onCallRotationSize(hoursPerWeek: number, maxOnCallHoursPerPersonPerWeek: number): number {
  if (!(hoursPerWeek > 0 && maxOnCallHoursPerPersonPerWeek > 0)) {
    throw new RangeError(`on-call hours must be above 0, got ${hoursPerWeek} and ${maxOnCallHoursPerPersonPerWeek}`);
  }
  // Hours may have decimals (37.5): divide whole hundredths of an hour, so no float error can add a person.
  const duty = Math.round(hoursPerWeek * 100);
  const perPerson = Math.round(maxOnCallHoursPerPersonPerWeek * 100);
  return Math.floor((duty + perPerson - 1) / perPerson);
}
