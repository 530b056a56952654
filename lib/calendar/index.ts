export { addMonths, formatMonth, monthName, parseMonth, type Month } from './month.js';
