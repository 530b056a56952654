export { summarySentences, type SummaryOptions, type SummarySentences } from './summarySentences.js';
export { renderTable, DEFAULT_TABLE_WIDTH, type TableOptions } from './renderTable.js';
export { renderMarkdown } from './renderMarkdown.js';
export { renderJson, type VersionedResult } from './renderJson.js';
export { renderComparisonCsv } from './renderComparisonCsv.js';
export { renderScheduleCsv, scheduleCsvParts, type ScheduleCsvOptions } from './renderScheduleCsv.js';
export { renderFocusCsv, focusCsvParts } from './renderFocusCsv.js';
export { csvSafeText } from '../csv/csvSafeText.js';
