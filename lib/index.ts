// The public API of costmodel, listed explicitly. Everything a CLI command does is one or two
// of these calls. Chart rendering loads vega and the PNG renderer only when it is called.

// Scenarios: load, validate, build in code
export { loadScenarios } from './io/loadScenarios.js';
export { readScenarioFile, tryLoadScenarios } from './io/readScenarioFile.js';
export { parseScenario } from './scenario/parseScenario.js';
export { validateScenario } from './scenario/validateScenario.js';
export { normalizeScenario } from './scenario/normalizeScenario.js';
export { parseJsonText } from './scenario/parseJsonText.js';
export { scenarioSchema } from './scenario/schema.js';
export type { Scenario, CostItem, OneTimeItem, RecurringItem, Commitment, Escalation } from './scenario/scenario.js';
export type { ScenarioFile, CostItemFile, OneTimeItemFile, RecurringItemFile, Period } from './scenario/scenarioFile.js';

// Analysis
export { compare, tryCompare } from './report/compare.js';
export { schedule, trySchedule } from './report/scheduleReport.js';
export { resolveSettings, DEFAULT_HORIZON_MONTHS, MAX_HORIZON_MONTHS } from './report/analysisSettings.js';
export type { AnalysisOptions, AnalysisSettings } from './report/analysisSettings.js';
export type {
  Comparison,
  ComparisonSettings,
  ScenarioComparison,
  HorizonYear,
  CategoryCost,
  ItemCost,
  AnalysisMonth,
  BreakEven,
  CommitmentSummary,
  ExitCost,
} from './report/comparison.js';
export type { ScheduleReport, ScheduleScenario, ScheduleEntry } from './report/scheduleReport.js';
export { buildSchedule, scenarioSchedule } from './model/schedule.js';
export type { Schedule, ScenarioSchedule, ItemSchedule } from './model/schedule.js';
export type { MonthRange } from './model/monthRange.js';
export { npv, spreadsheetNpv, monthlyDiscountFactors } from './analysis/npv.js';
export { breakEvenIndex, crossings, type Crossing } from './analysis/breakEven.js';
export { commitmentExposure, type CommitmentExposure } from './analysis/commitmentExposure.js';

// Rendering (pure: strings and bytes, never printed)
export { renderTable, renderMarkdown, renderJson, renderComparisonCsv, renderScheduleCsv, summarySentences, csvSafeText } from './render/index.js';
export type { TableOptions, ScheduleCsvOptions, SummarySentences, VersionedResult } from './render/index.js';

// Money and months
export { Money, allocate, roundMoney, formatMoney, parseDecimal, parseRate, minorUnitDigits, toDecimal } from './money/index.js';
export type { Decimal, DecimalInput, MoneyFormat } from './money/index.js';
export { parseMonth, formatMonth, addMonths, monthName, type Month } from './calendar/index.js';

// Problems with input
export { formatIssue, InputError, unwrap, type Issue, type Result } from './issues/index.js';

// Output files (atomic, never over an input)
export { writeOutputFile } from './io/writeOutputFile.js';
