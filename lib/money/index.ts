export { Money, ZERO, type Decimal, type DecimalInput } from './decimal.js';
export { allocate } from './allocate.js';
export { formatMoney, type MoneyFormat } from './formatMoney.js';
export { minorUnitDigits, isKnownCurrency } from './minorUnitDigits.js';
export { parseDecimal, parseRate } from './parseDecimal.js';
export { roundMoney } from './roundMoney.js';
export { formatMinorUnits, fromMinorUnits, parseMinorUnits, toMinorUnits, type MinorUnits } from './minorUnits.js';
export { readAmount, AMOUNT_EXPORT_ADVICE, type AmountOptions, type AmountReading } from './readAmount.js';
export { toDecimal } from './toDecimal.js';
