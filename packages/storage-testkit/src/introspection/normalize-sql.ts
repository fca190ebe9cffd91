/**
 * Collapses runs of whitespace to one space and trims, so SQL text stored by the database compares equal no matter
 * how it was laid out.
 *
 * @example
 * ```ts
 * normalizeSqlWhitespace('select  1\n  from t'); // 'select 1 from t'
 * ```
 */
export function normalizeSqlWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const QUOTES: Readonly<Record<string, string>> = { "'": "'", '"': '"', '`': '`', '[': ']' };

/** Index just past the quoted token that starts at `start` (SQL doubles a quote to escape it). */
function skipQuoted(text: string, start: number): number {
  const close = QUOTES[text[start] ?? ''];
  let index = start + 1;
  while (index < text.length) {
    if (text[index] === close) {
      if (close !== ']' && text[index + 1] === close) index += 2;
      else return index + 1;
    } else {
      index += 1;
    }
  }
  return index;
}

/** Index of the parenthesis closing the one at `open`, honouring quotes; -1 when unbalanced. */
function matchingParenthesis(text: string, open: number): number {
  let depth = 0;
  let index = open;
  while (index < text.length) {
    const character = text[index] ?? '';
    if (character in QUOTES) {
      index = skipQuoted(text, index);
      continue;
    }
    if (character === '(') depth += 1;
    if (character === ')') {
      depth -= 1;
      if (depth === 0) return index;
    }
    index += 1;
  }
  return -1;
}

/**
 * The expressions of every `CHECK (...)` in a `CREATE TABLE` statement (SQLite keeps CHECK constraints only in the
 * statement text), whitespace-normalized and sorted. Quoted identifiers and strings are skipped, so a column named
 * `"check"` or a string containing `check (` is not mistaken for a constraint.
 *
 * @example
 * ```ts
 * extractCheckExpressions('create table t (n integer check (n >= 0))'); // ['n >= 0']
 * ```
 */
export function extractCheckExpressions(createTableSql: string): string[] {
  const checks: string[] = [];
  let index = 0;
  while (index < createTableSql.length) {
    const character = createTableSql[index] ?? '';
    if (character in QUOTES) {
      index = skipQuoted(createTableSql, index);
      continue;
    }
    const previous = index === 0 ? ' ' : (createTableSql[index - 1] ?? ' ');
    const match = /^check\s*\(/i.exec(createTableSql.slice(index, index + 64));
    if (match && !/[\w$]/.test(previous)) {
      const open = index + match[0].length - 1;
      const close = matchingParenthesis(createTableSql, open);
      if (close === -1) break;
      checks.push(normalizeSqlWhitespace(createTableSql.slice(open + 1, close)));
      index = close + 1;
      continue;
    }
    index += 1;
  }
  return checks.sort();
}
