export { addMonths, FIRST_MONTH, formatMonth, LAST_MONTH, monthName, outsideCalendar, parseMonth, type Month } from './month.js';
