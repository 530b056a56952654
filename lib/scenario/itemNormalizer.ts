import type { Month } from '../calendar/month.js';
import type { IssueCode } from '../issues/issueCodes.js';
import type { Decimal } from '../money/decimal.js';
import type { Driver } from './scenario.js';
import type { Uncertain } from './scenarioFile.js';

/**
 * What normalizing one cost item needs from the scenario around it: a place to report
 * problems, the defaults and checks every item shares, and the scenario's drivers. Each
 * kind's normalizer takes one, so a kind can live in its own file.
 */
export type ItemNormalizer = {
  /** Records a problem at a JSON pointer of the file. */
  readonly problem: (path: string, code: IssueCode, message: string) => void;
  /** A month given at `path`, the scenario's start when absent; reports one before the start. */
  readonly monthAtOrAfterStart: (text: string | undefined, path: string) => Month;
  /** An amount or quantity the schema has already checked, read exactly. */
  readonly decimalAt: (value: string | number, path: string) => Decimal;
  /** An amount (or a quantity) that may be a range: the number, or the range's median (the range recorded for a simulation). */
  readonly valueAt: (value: Uncertain<string | number>, path: string, kind?: 'money' | 'quantity') => Decimal;
  /** A rate that may be a range: the rate as a fraction, or the range's median; undefined when a number is unreadable (the caller says what was expected). */
  readonly rateAt: (value: Uncertain<string | number>, path: string) => Decimal | undefined;
  /** A count of months that may be a range: the number, or the range's median in whole months (the range recorded for a simulation). */
  readonly monthsAt: (value: Uncertain<number>, path: string) => number;
  /** The scenario's drivers by name (those of the file it extends included). */
  readonly drivers: ReadonlyMap<string, Driver>;
  /** Every driver name the file declares, valid or not (an invalid one is reported once, at the driver). */
  readonly declaredDrivers: ReadonlySet<string>;
};
