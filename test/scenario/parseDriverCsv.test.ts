import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDriverCsv } from '../../lib/scenario/parseDriverCsv.js';
import { formatIssue } from '../../lib/issues/issue.js';

function problems(text: string, column = 'customers'): string[] {
  const result = parseDriverCsv(text, 'plan.csv', column);
  return result.ok ? [] : result.issues.map(formatIssue);
}

describe('parseDriverCsv', () => {
  it('reads the first month and the column\'s cells as written', () => {
    assert.deepEqual(parseDriverCsv('month,other,customers\n2009-05,x,200\n2009-06,y,212.5\n', 'plan.csv', 'customers'), {
      ok: true,
      value: { from: '2009-05', values: ['200', '212.5'] },
    });
  });

  it('tolerates a byte order mark, CRLF line ends, blank lines, spaces and quotes', () => {
    assert.deepEqual(parseDriverCsv('\uFEFF month , customers \r\n\r\n"2009-05", "200" \r\n', 'plan.csv', 'customers'), {
      ok: true,
      value: { from: '2009-05', values: ['200'] },
    });
  });

  it('refuses the month or the driver\'s column given twice, which could be either; another column twice is no concern', () => {
    assert.deepEqual(problems('month,customers,customers\n2009-05,1,2\n'), ['plan.csv:1: the column "customers" appears twice (columns 2 and 3); keep one']);
    assert.deepEqual(problems('month,customers,month\n2009-05,1,2009-06\n'), ['plan.csv:1: the column "month" appears twice (columns 1 and 3); keep one']);
    assert.deepEqual(parseDriverCsv('month,note,customers,note\n2009-05,a,7,b\n', 'plan.csv', 'customers'), { ok: true, value: { from: '2009-05', values: ['7'] } });
  });

  it('reports an empty file and a header without rows', () => {
    assert.deepEqual(problems(''), ['plan.csv:1: the file is empty; expected a header row with "month" and "customers"']);
    assert.deepEqual(problems('month,customers\n'), ['plan.csv:1: no rows of values after the header']);
  });

  it('reports a month out of order or missing, with the line it follows', () => {
    assert.deepEqual(problems('month,customers\n2009-05,1\n2009-05,2\n'), ['plan.csv:3: expected 2009-06, the month after 2009-05 (line 2), found 2009-05; give every month once, in order']);
  });

  it('refuses negative numbers, and cells split by a thousands separator', () => {
    assert.deepEqual(problems('month,customers\n2009-05,-1\n2009-06,1,200\n'), [
      'plan.csv:2: expected a non-negative decimal number in column "customers" (such as 120 or 40.5, no thousands separators), found "-1"',
      'plan.csv:3: found 3 cells where the header has 2; write numbers without thousands separators (1200, not 1,200), or quote a cell that holds a comma',
    ]);
  });

  it('reports broken quoting in plain words, at the row where the quote was opened', () => {
    assert.deepEqual(problems('month,customers\n2009-05,"200\n2009-06,210\n2009-07,220\n'), [
      'plan.csv:2: invalid CSV: a quote opened in this row is never closed; end every quoted cell with a quote (write "" for a quote inside it)',
    ]);
  });

  it('refuses more than 1200 months', () => {
    const rows = Array.from({ length: 1201 }, (_, k) => `${2000 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')},1`);
    assert.deepEqual(problems(`month,customers\n${rows.join('\n')}\n`), ['plan.csv:1202: more than 1200 months of values']);
  });
});
