// test/issues/issueCodes.test.ts runs an input that produces each code and checks that
// docs/errors.md documents exactly these, so a code can neither go unlisted nor stay listed
// after costmodel stops producing it.

/**
 * Every code an issue can have, each with what it means in one sentence: the catalogue of
 * costmodel's errors, explained one by one with an example and what to do in docs/errors.md.
 * Codes are stable within a major version, while messages may improve in any release: a
 * program should branch on the code and show people the message.
 *
 * @example
 * const result = parseScenario({ name: 'x', currency: 'USD', start: '2009-05', costs: [], colour: 'blue' });
 * result.ok ? [] : result.issues.map((issue) => [issue.code, IssueCode[issue.code]]);
 * // [['unknown-key', 'A key the format does not have, often a misspelt one.']]
 */
export const IssueCode = {
  // Reading files
  'file-not-found': 'A file that costmodel was asked to read does not exist.',
  'unreadable-file': 'A file exists but cannot be read: it is a directory, or permission is denied.',
  'file-too-large': 'A file is larger than costmodel reads: 10 MB for a JSON file, 50 MB for a CSV file.',
  'invalid-encoding': 'A file is not UTF-8 text: it holds bytes that are not UTF-8, or it is UTF-16.',
  'invalid-json': 'A scenario file or a decision record is not valid JSON.',
  'duplicate-key': 'A JSON object gives the same key twice, so that one of its values would be lost.',
  'inexact-number': 'A JSON number has more digits than a JSON number keeps, so that it would be read as another number.',
  'invalid-character': 'A text holds a control character, a bidirectional control, or something that is not a character, which must not reach a table, a chart or a report.',

  // Scenario files: their shape, as the scenario JSON Schema describes it
  'unknown-key': 'A key the format does not have, often a misspelt one.',
  'missing-key': 'A key that must be given is missing.',
  'wrong-type': 'A value is of the wrong JSON type, such as a number where an object belongs.',
  'invalid-value': 'A value of the right type that the key does not accept, such as a month written "May 2009".',
  'out-of-range': 'A number below its key\'s minimum or above its maximum, a list with too few or too many elements, or a text that is too long.',
  'unknown-kind': 'A cost item has a kind that costmodel does not know.',

  // Scenario files: what the schema cannot check
  'unknown-currency': 'A currency code of three capital letters that is not an ISO 4217 currency.',
  'before-start': 'A cost item begins or is paid before its scenario starts.',
  'duplicate-item': 'Two cost items of one scenario have the same name.',
  'conflicting-keys': 'Keys that exclude each other are given together.',
  'overlapping-tiers': 'A tier of a usage item does not go higher than the tier before it.',
  'unpriced-quantity': 'The last tier of a usage item has an upper limit, so quantities above it have no price.',
  'unknown-driver': 'A cost item, or the --per option, names a driver that is not defined.',
  'extends-cycle': 'Scenario files extend each other in a circle.',
  'extends-needs-file': 'A scenario built in code has "extends", which only a scenario read from a file can have.',
  'csv-needs-file': 'A scenario built in code has a driver read from a CSV file, which only a scenario read from a file can have.',
  'outside-calendar': 'A month before 0001-01 or after 9999-12, given in an input or reached by an analysis.',

  // Scenarios analysed together
  'no-scenarios': 'An analysis was asked for without a scenario.',
  'duplicate-scenario': 'Two scenarios analysed together have the same name, or one file is given twice.',
  'mixed-currencies': 'Scenarios analysed together have different currencies, and no exchange rate is given.',
  'conflicting-drivers': 'Scenarios analysed together define a driver of the same name differently.',
  'unknown-scenario': 'A migration overlap, or a row of actual spending, names a scenario that is not analysed; or no row of a FOCUS bill is any scenario\'s.',

  // Options
  'invalid-option': 'An option has a value costmodel cannot use, or does not go with the other options.',
  'unknown-baseline': 'The --baseline option names a scenario that is not analysed.',

  // CSV files: a driver's values, actual spending
  'invalid-csv': 'A CSV file cannot be read as the CSV it should be.',
  'missing-column': 'A CSV file has no column that it must have.',
  'unknown-column': 'A CSV file of actual spending has a column that costmodel does not know.',
  'duplicate-column': 'A CSV file of actual spending, or of a driver\'s values, has the same column twice.',
  'no-rows': 'A CSV file of actual spending has no rows of spending.',
  'invalid-row': 'A row of a CSV file of actual spending has more cells than the header names.',
  'invalid-month': 'A row of actual spending has a month that is not YYYY-MM.',
  'missing-value': 'A row of actual spending leaves a cell empty that must be filled in.',
  'invalid-amount': 'A row of actual spending has an amount that cannot be read exactly in the reporting currency.',
  'outside-horizon': 'A row of actual spending is for a month outside the analysis.',
  'unknown-item': 'A row of actual spending, or a rule of a scenario\'s `actuals` mapping, names an item that its scenario does not have.',

  // Decision records
  'invalid-record': 'A file given as a decision record is not one.',
  'newer-record-version': 'A decision record was written by a newer costmodel, in a version this one cannot read.',
  'record-hash-mismatch': 'A decision record was changed after it was written: it no longer matches its hash.',

  // Output files
  'unknown-extension': 'The format cannot be told from the output file\'s extension.',
  'overwrites-input': 'The output file is one of the files read in the same run, or a link to one.',
  'unwritable-output': 'The output file cannot be written: its name is empty or ends in `/`, it is a directory, a device, a FIFO or a socket, a link to nothing, its folder takes no new file, or permission is denied.',
  'unwritable-file': 'An output file cannot be written, because its directory does not exist, or is a file.',
} as const;

/**
 * One of the codes of {@link IssueCode}: what {@link Issue.code} holds. A code the catalogue
 * does not list does not type-check.
 *
 * @example
 * const code: IssueCode = 'mixed-currencies';
 * IssueCode[code]; // 'Scenarios analysed together have different currencies, and no exchange rate is given.'
 */
export type IssueCode = keyof typeof IssueCode;
