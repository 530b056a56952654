/**
 * The public API of costmodel, listed explicitly. Everything a CLI command does is one or two
 * of these calls. Chart rendering loads vega and the PNG renderer only when it is called.
 *
 * - **Results are data**: `compare` and `schedule` return versioned, plain, JSON-serialisable
 *   objects; money is a decimal string with the currency's minor-unit digits (`"1485000.00"`),
 *   and {@link toDecimal} turns one into an exact {@link Decimal}. See docs/versioning.md for
 *   what may change in a minor version.
 * - **Bad input is data too**: `compare`, `schedule` and `loadScenarios` throw an
 *   {@link InputError} carrying every {@link Issue}; the `try…` variants return them as a
 *   {@link Result}.
 * - **Only the functions of lib/io read or write files**: `loadScenarios`, `tryLoadScenarios`,
 *   `readScenarioFile`, `readActualsCsv`, `readDecisionRecord` and `readTextFile` read your
 *   files, `writeOutputFile` writes atomically, `readChartFonts` reads the fonts costmodel
 *   installs with it, and `readExploreAssets` what the explore page is built of. Everything else is a pure function of its arguments: renderers return
 *   strings or bytes and never print, and take the fonts they draw with as an argument.
 *
 * Every `@example` here is run by the test suite (test/docs/tsdocExamples.test.ts): each
 * `expression; // value` shows what the expression returns. The examples use the exports
 * without importing them, and three scenarios without defining them, the founding scenarios
 * of the repository's scenarios/ folder:
 *
 * ```ts
 * const [selfHosted, managedProvider, selfHostedWithItHire] = await loadScenarios([
 *   'scenarios/self-hosted.json',              // $48,000 a year, billed monthly
 *   'scenarios/managed-provider.json',         // $45,000 once, then $40,000 a month, 24-month commitment
 *   'scenarios/self-hosted-with-it-hire.json', // self-hosting plus an IT administrator
 * ]);
 * ```
 *
 * @packageDocumentation
 */

// Scenarios: load, validate, build in code
export { loadScenarios } from './io/loadScenarios.js';
export { readScenarioFile, tryLoadScenarios } from './io/readScenarioFile.js';
export type { ReadScenarioOptions } from './io/readScenarioSource.js';
export { parseScenario } from './scenario/parseScenario.js';
export { validateScenario } from './scenario/validateScenario.js';
export { normalizeScenario } from './scenario/normalizeScenario.js';
export { parseJsonText } from './scenario/parseJsonText.js';
export { scenarioSchema } from './scenario/schema.js';
export type { Scenario, CostItem, OneTimeItem, RecurringItem, Commitment, Escalation } from './scenario/scenario.js';
export type { ScenarioFile, BillingFile, ActualsMappingFile, CostItemFile, OneTimeItemFile, RecurringItemFile, Period, RangeFile, Uncertain } from './scenario/scenarioFile.js';

// Ranges: uncertain values, their medians and quantiles
export { rangeMedian, rangeQuantile, rangeQuantileFunction, RANGE_DISTRIBUTIONS, Z95, type Range, type RangeDistribution } from './scenario/rangeDistribution.js';
export { standardNormalQuantile, regularizedBeta } from './scenario/distributionMath.js';
export { uncertainValue, isRangeFile, rangeOfFile, roundedMedian, RANGE_MEDIAN_PLACES, type ScenarioRange, type ValueKind, type RangeContext } from './scenario/normalizeRange.js';

// Analysis
export { compare, tryCompare } from './report/compare.js';
export { schedule, trySchedule } from './report/scheduleReport.js';
export { resolveSettings, DEFAULT_HORIZON_MONTHS, MAX_HORIZON_MONTHS } from './analysis/analysisSettings.js';
export type { AnalysisOptions, AnalysisSettings } from './analysis/analysisSettings.js';
export type { ExchangeRateOption, ExchangeRateRange } from './analysis/exchangeRates.js';
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
export { focusForecast, tryFocusForecast, type FocusForecast } from './report/focusForecast.js';
export type { FocusCharge } from './analysis/focusCharges.js';
export { FOCUS_COLUMNS, FOCUS_VERSION, SERVICE_CATEGORIES, focusServiceCategory, type FocusColumn, type ServiceCategory } from './analysis/focusColumns.js';
export { buildSchedule, scenarioSchedule } from './model/schedule.js';
export type { Schedule, ScenarioSchedule } from './model/schedule.js';
export type { ItemSchedule } from './model/itemSchedule.js';
export type { MonthRange } from './model/monthRange.js';
export { npv, spreadsheetNpv, monthlyDiscountFactors } from './analysis/npv.js';
export { breakEvenIndex, crossings, type Crossing } from './analysis/breakEven.js';
export { commitmentExposure, type CommitmentExposure } from './analysis/commitmentExposure.js';

// Rendering (pure: strings and bytes, never printed)
export { renderTable, renderMarkdown, renderJson, renderComparisonCsv, renderScheduleCsv, scheduleCsvParts, renderFocusCsv, focusCsvParts, summarySentences, csvSafeText } from './render/index.js';
export type { TableOptions, ScheduleCsvOptions, SummarySentences, SummaryOptions, VersionedResult } from './render/index.js';

// Charts: Vega-Lite specs as data; SVG, PNG and HTML rendering load vega on first use
export {
  breakEvenChart,
  monthlyCostChart,
  totalsChart,
  fanChart,
  histogramChart,
  tornadoChart,
  simulationChartSpec,
  SIMULATION_CHART_TYPES,
  chartSpec,
  chartTableOf,
  renderChart,
  chartFormatOf,
  isChartFormat,
  isChartType,
  CHART_TYPES,
  CHART_FORMATS,
  SCENARIO_COLORS,
  CATEGORY_COLORS,
  renderSvg,
  renderPng,
  renderChartHtml,
} from './render/charts/index.js';
export type {
  BreakEvenChartOptions,
  ChartType,
  SimulationChartType,
  ChartOptions,
  ChartFormat,
  RenderChartOptions,
  ChartTable,
  ChartTableColumn,
  ChartMeta,
  RenderSvgOptions,
  RenderPngOptions,
  RenderChartHtmlOptions,
  ChartFonts,
} from './render/charts/index.js';

// Staff, hardware, commitments in full, currencies
export type { StaffItem, StaffCoverage, HardwareItem, ExitFee, Renewal, Overlap } from './scenario/scenario.js';
export type { StaffItemFile, HardwareItemFile, CommitmentFile } from './scenario/scenarioFile.js';
export { onCallRotationSize } from './scenario/onCallRotationSize.js';
export type { LedgerView } from './model/modelContext.js';
export type { ScheduleOptions } from './model/schedule.js';
export { convertAmount, convertScenarioSchedule, type Conversion } from './model/convertSchedule.js';
export type { ExposureOptions } from './analysis/commitmentExposure.js';
export { leavingCost, type LeavingCost } from './analysis/leavingCost.js';
export type { ConvertedFrom, OverlapSummary, ExitFeeSummary, RenewalSummary, ExitAfterCost } from './report/comparison.js';

// Drivers: growth, usage and step items, cost per unit
export type { Driver, DriverDefinition, UsageItem, UsageTier, StepItem } from './scenario/scenario.js';
export type { DriverFile, UsageItemFile, StepItemFile } from './scenario/scenarioFile.js';
export { driverValues } from './model/driverValues.js';
export type { UnitCost } from './report/comparison.js';
export type { UnitCostSettings } from './analysis/unitCostSettings.js';

// The revisit report: thresholds, commitment exposure, actuals, decision records
export { revisitReport, tryRevisitReport } from './report/revisitReport.js';
export type { RevisitReport, RevisitDecision, RevisitOptions } from './report/revisitReport.js';
export type { RevisitActuals, RevisitPrevious } from './report/revisitInputs.js';
export { signingPlans, type Exposure, type SigningPlan } from './analysis/signingPlans.js';
export { assumptionsOf, type Assumption, type AssumedValue } from './analysis/assumptions.js';
export { replacedLedger, comparisonLedger } from './analysis/comparisonLedger.js';
export { analysisMonth } from './analysis/analysisMonth.js';
export { findThresholds, tryFindThresholds, RATE_TOLERANCE, MAX_RATE_SEARCHED } from './analysis/thresholds.js';
export { cheapestOf } from './analysis/decisionModel.js';
export type { Threshold, ThresholdAnalysis, Thresholds } from './analysis/thresholds.js';
export { thresholdInputs, definitionInputs, scenarioInputs, inputRange, type ThresholdInput, type AddressedInput, type InputRange } from './scenario/thresholdInputs.js';
export { withInput } from './scenario/withInput.js';
export { withExitFee, withDriver } from './scenario/withCommitmentOrDriver.js';
export { addressOfPath } from './scenario/rangeAddress.js';
export { movedToStart } from './scenario/movedToStart.js';
export type { InputAddress, ItemField } from './scenario/inputAddress.js';
export { parseActualsCsv, type ActualsRow, type ActualsCsvOptions } from './actuals/parseActualsCsv.js';
export { isFocusCsv } from './actuals/isFocusCsv.js';
export { parseFocusActuals, type FocusActuals, type FocusActualsOptions, type FocusPlanScenario, type FocusRule, type UnplannedSpending } from './actuals/parseFocusActuals.js';
export { compareActuals, tryCompareActuals, type ActualsPlan } from './analysis/compareActuals.js';
export { tryActualsAgainstLedgers, type LedgerPlan, type PlanLedger, type CompareActualsOptions } from './analysis/actualsAgainstPlan.js';
export type { ActualsComparison, ScenarioActuals, ActualsMonth, ItemActuals, ActualsRunRate, FocusActualsSummary } from './analysis/actualsComparison.js';
export { readActualsCsv, type ReadActualsOptions } from './io/readActualsCsv.js';
export { decisionRecord } from './report/decisionRecord.js';
export { parseDecisionRecord } from './record/parseDecisionRecord.js';
export { definitionHash, recordHash } from './record/recordHash.js';
export { decisionRecordSchema } from './record/schema.js';
export type {
  DecisionRecord,
  RecordedScenario,
  RecordedResults,
  RecordedSettings,
  RecordedThreshold,
  RecordedThresholdAnalysis,
  RecordedThresholds,
} from './record/decisionRecord.js';
export { recordChanges } from './analysis/recordChanges.js';
export type { RecordChanges, ReportToday, ThresholdCheck, AmountChange } from './analysis/recordChanges.js';
export type { InputChange } from './analysis/inputChanges.js';
export type { TextChange } from './analysis/definitionDiff.js';
export { forecastAgainstActuals } from './analysis/forecastAgainstActuals.js';
export type { ActualAmount, ForecastAgainstActuals } from './analysis/forecastAgainstActuals.js';
export { readDecisionRecord } from './io/readDecisionRecord.js';
export { reportDocument, reportTitle, REPORT_TITLE } from './render/report/reportDocument.js';
export { decisionSummary } from './render/report/decisionSummary.js';
export { changeText } from './render/report/reportWords.js';
export type { ReportBlock, TextRun } from './render/report/reportBlocks.js';
export { renderReportMarkdown, type ReportMarkdownOptions } from './render/report/renderReportMarkdown.js';
export { renderReportHtml, REPORT_HTML_CSP, type RenderReportHtmlOptions } from './render/report/renderReportHtml.js';

// The explore page: what-ifs in a browser, offline, computed by this library compiled for it
export { explorePage, tryExplorePage, type ExplorePageOptions } from './render/explore/explorePage.js';
export { tryWhatIfReport, type WhatIfOptions } from './report/whatIfReport.js';
export type { ExploreAssets } from './render/explore/renderExplorePage.js';
export { readExploreAssets } from './io/readExploreAssets.js';
export { exploreInputs, definitionWithValue, type ExploreInput } from './scenario/exploreInputs.js';

// Simulation: ranges drawn over many trials
export { simulate, trySimulate, simulationWithSettings, simulationWithTrials } from './report/simulation.js';
export type { Simulation, SimulatedQuantity, SimulatedScenario, SimulatedBreakEven } from './report/simulation.js';
export { DEFAULT_TRIALS, DEFAULT_SEED, MAX_TRIALS, checkedSimulationOptions, type SimulationOptions, type TrialRun } from './report/simulationOptions.js';
export { waitingTrials, waitingSummary, type WaitingOutcomes, type SimulatedWaiting } from './analysis/waitingTrials.js';
export { simulateTrials, simulateTrialRange, emptyTrialOutcomes, simulateTrialBlocks, type TrialOutcomes } from './analysis/simulateTrials.js';
export { trialStatisticsTasks, trialStatistics, type TrialStatistics, type TrialStatisticsPart, type DrawnPercentiles } from './analysis/trialStatistics.js';
export { scenarioTrialModel, drawn, withDrawn, withDrawnRates, LEAST_EXCHANGE_RATE, type QuantityUse, type DrawnValue } from './analysis/trialLedgers.js';
export { trialShares, mergeTrialOutcomes } from './analysis/trialShares.js';
export { trialModel, type TrialModel, type TrialInput, type TrialConversion } from './model/trialModel.js';
export { roundHalfAway } from './money/roundHalfAway.js';
export type { TrialProgress } from './analysis/trialProgress.js';
export { simulateWithSamples, trySimulateWithSamples, simulationSamples, sampleText, type SimulationSamples, type SampleColumn } from './report/simulationSamples.js';
export { renderSimulationCsv } from './render/renderSimulationCsv.js';
export { renderSimulationSamplesCsv, simulationSamplesCsvParts } from './render/renderSimulationSamplesCsv.js';
export { sensitivities, quantitySensitivity, rankedSensitivities, differenceToBaseline, type Sensitivity, type QuantitySensitivity } from './analysis/sensitivity.js';
export { uncertainQuantities, exchangeRatePath, type UncertainQuantity } from './analysis/uncertainQuantities.js';
export { moneyStatistics, monthPercentiles, probability, nearestRankIndex, PERCENTILES, type OutcomeStatistics } from './analysis/outcomeStatistics.js';
export { sortedValues, sortOrder, sortedPart, joinedSortOrder, valuesAtRanks, type SortedPart } from './analysis/trialOrder.js';
export { cumulativeBands, CUMULATIVE_TRIALS, type CumulativeBands } from './analysis/cumulativeBands.js';
export { differenceHistogram, HISTOGRAM_MAX_BINS, type HistogramBin } from './analysis/differenceHistogram.js';
export { RandomStream, TRIALS_PER_STREAM } from './analysis/randomStream.js';
export { renderSimulationTable, renderSimulationMarkdown } from './render/renderSimulation.js';

// Money and months
export { Money, allocate, roundMoney, formatMoney, parseDecimal, parseRate, minorUnitDigits, toDecimal } from './money/index.js';
export type { Decimal, DecimalInput, MoneyFormat, MinorUnits } from './money/index.js';
export { parseMonth, formatMonth, addMonths, monthName, type Month } from './calendar/index.js';

// Problems with input
export { formatIssue, InputError, unwrap, IssueCode, type Issue, type Result } from './issues/index.js';

// Output files (atomic, never over an input)
export { writeOutputFile, stageOutputFile, type StagedOutput } from './io/writeOutputFile.js';
export { readTextFile } from './io/readTextFile.js';
export { readChartFonts, chartFontFiles } from './io/readChartFonts.js';
