export { formatIssue, InputError, unwrap, type Issue, type Result } from './issue.js';
export { didYouMean, didYouMeanSuffix } from './didYouMean.js';
export { describeValue } from './describeValue.js';
export { IssueCode } from './issueCodes.js';
