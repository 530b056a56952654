/**
 * How thresholds search for the value at which the decision flips: inputs on a grid of whole
 * steps (a minor unit, the rate grid, a month), a first guess from the model's linearity in
 * money, then a bracketed bisection that the model confirms at every step tried.
 */
import { Money, type Decimal } from '../money/decimal.js';
import type { MinorUnits } from '../money/minorUnits.js';
import type { InputAddress } from '../scenario/inputAddress.js';
import type { Scenario } from '../scenario/scenario.js';
import { withInput } from '../scenario/withInput.js';
import type { DecisionModel } from './decisionModel.js';

export type GridValue = bigint;

/** What trying one value of an input gives: undefined when the file would be invalid with it. */
export type Trial = { readonly flipsTo: number | undefined } | undefined;

/**
 * The nearest value in one direction at which the decision still holds, with the value one
 * step beyond where it flips; undefined when no value up to `bound` flips it. `guess` is a
 * value near the crossing (from the linear solve), which narrows the bisection to a few runs.
 */
export function searchDirection(trial: (value: GridValue) => Trial, current: GridValue, direction: 'up' | 'down', bound: GridValue | undefined, guess: Decimal | undefined) {
  const sign = direction === 'up' ? 1n : -1n;
  const beyond = (value: GridValue) => (bound === undefined ? true : direction === 'up' ? value <= bound : value >= bound);
  const flips = (value: GridValue) => trial(value)?.flipsTo !== undefined;
  let holding = current;
  let flipping: GridValue | undefined;
  if (guess !== undefined) {
    const near = direction === 'up' ? BigInt(guess.floor().toFixed()) : BigInt(guess.ceil().toFixed());
    for (const candidate of [near + sign, near + 2n * sign]) {
      if (beyond(candidate) && (candidate - current) * sign > 0n && flips(candidate)) {
        flipping = candidate;
        break;
      }
    }
    const before = near - sign;
    if (flipping !== undefined && (before - current) * sign > 0n && (flipping - before) * sign > 0n && trial(before) !== undefined && !flips(before)) holding = before;
  }
  if (flipping === undefined && guess !== undefined) {
    // Far from linear after all (a minimum charge, say): widen the bracket from the guess.
    const near = BigInt(guess.round().toFixed());
    for (let distance = 1n << 4n; flipping === undefined && distance < 1n << 80n; distance <<= 4n) {
      const candidate = near + distance * sign;
      if (!beyond(candidate)) break;
      if (flips(candidate)) flipping = candidate;
    }
  }
  if (flipping === undefined && bound !== undefined && flips(bound)) flipping = bound;
  if (flipping === undefined) return undefined;
  // Bisection: the decision holds at `holding` and flips at `high`.
  let high: GridValue = flipping;
  while ((high - holding) * sign > 1n) {
    const middle: GridValue = holding + (high - holding) / 2n;
    if (trial(middle) === undefined || flips(middle)) high = middle;
    else holding = middle;
  }
  return { value: holding, flip: high };
}

/**
 * Money enters every total linearly: from the metrics at the current value and at a value
 * 10^9 higher, the metric of each scenario is a line in the amount, and where each line
 * crosses the current cheapest's is solved exactly. Rounding each month to the minor unit
 * moves the crossing by less than a step or two; the search confirms it at the grid.
 */
export function linearGuesses(model: DecisionModel, index: number, scenario: Scenario, address: InputAddress, scale: number, current: GridValue) {
  const far = current + 10n ** BigInt(scale + 9);
  const at = (value: GridValue) => {
    const replaced = withInput(scenario, address, gridDecimal(value, scale));
    return replaced === undefined ? undefined : model.measure(index, replaced);
  };
  // At the current value the model is as the files are: no need to run it again.
  const here = model.base;
  const there = at(far);
  const guesses: { up: Decimal | undefined; down: Decimal | undefined } = { up: undefined, down: undefined };
  if (there === undefined) return guesses;
  const winner = model.cheapest;
  const span = new Money((far - current).toString());
  here.forEach((value, other) => {
    if (other === winner) return;
    const gapHere = new Money((value - (here[winner] as MinorUnits)).toString());
    const gapThere = new Money(((there[other] as MinorUnits) - (there[winner] as MinorUnits)).toString());
    const slope = gapThere.minus(gapHere).dividedBy(span);
    if (slope.isZero()) return;
    const root = new Money(current.toString()).minus(gapHere.dividedBy(slope));
    const direction = slope.isNegative() ? 'up' : 'down';
    const known = guesses[direction];
    if (known === undefined || root.minus(current.toString()).abs().lessThan(known.minus(current.toString()).abs())) guesses[direction] = root;
  });
  return guesses;
}

/**
 * A commitment's length changes the horizon's ledger only up to the month after the
 * horizon's end (beyond it, the term outlasts the analysis whatever its length): every
 * length from 1 to there is tried.
 */
export function monthsThatMatter(model: DecisionModel, scenario: Scenario): bigint {
  const settings = model.settings;
  return BigInt(Math.min(1200, Math.max(1, settings.from + settings.months - scenario.start + 1)));
}

export function termChangesLedger(scenario: Scenario): boolean {
  const renewal = scenario.commitment?.renewal;
  return renewal !== undefined && (renewal.kind === 'ends' || (renewal.kind === 'monthly' && renewal.price !== undefined));
}

export function scanMonths(trial: (value: GridValue) => Trial, current: GridValue, last: bigint) {
  const found: { value: GridValue; flip: GridValue }[] = [];
  for (const sign of [1n, -1n]) {
    for (let value = current + sign; value >= 1n && value <= (last > current ? last : current + 1n); value += sign) {
      if (trial(value)?.flipsTo !== undefined) {
        found.push({ value: value - sign, flip: value });
        break;
      }
    }
  }
  return found;
}

export function toGrid(value: Decimal, scale: number): GridValue {
  return BigInt(value.times(new Money(10).pow(scale)).toFixed(0, Money.ROUND_FLOOR));
}

export function gridDecimal(value: GridValue, scale: number): Decimal {
  return new Money(value.toString()).dividedBy(new Money(10).pow(scale));
}

export function gridText(value: GridValue, scale: number): string {
  return gridDecimal(value, scale).toFixed(scale);
}

