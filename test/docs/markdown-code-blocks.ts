/**
 * Fenced code blocks of a markdown document, with the directive written on the line before a block.
 *
 * Directives are HTML comments, invisible on GitHub and in the docs site:
 *
 * - `<!-- typecheck: skip: <reason> -->`: the block is not type-checked; the reason is required.
 * - `<!-- typecheck: continue -->`: the block continues the previous TypeScript block of the same document; both are
 *   checked as one module (for guides that build a program step by step).
 */

/** What the line before a code block asks of the type check. */
export type CodeBlockDirective =
  | { readonly kind: 'check' }
  | { readonly kind: 'continue' }
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'invalid'; readonly text: string };

/** One fenced code block. */
export interface MarkdownCodeBlock {
  /** The info string's first word, lower-cased (`ts`, `bash`, ``). */
  readonly language: string;
  /** The block's lines, without the fences. */
  readonly code: string;
  /** 1-based line of the first code line in the document. */
  readonly line: number;
  readonly directive: CodeBlockDirective;
}

const DIRECTIVE = /^<!--\s*typecheck:\s*(.*?)\s*-->$/;

function parseDirective(previousLine: string | undefined): CodeBlockDirective {
  const match = DIRECTIVE.exec((previousLine ?? '').trim());
  if (!match) return { kind: 'check' };
  const text = match[1] ?? '';
  if (text === 'continue') return { kind: 'continue' };
  const skip = /^skip:\s*(\S.*)$/.exec(text);
  if (skip) return { kind: 'skip', reason: skip[1] ?? '' };
  return { kind: 'invalid', text };
}

/**
 * Every fenced code block (``` or ~~~, at least three) of `markdown`, in document order. An unclosed fence runs to the
 * end of the document, as in CommonMark.
 */
export function markdownCodeBlocks(markdown: string): MarkdownCodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: MarkdownCodeBlock[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[index] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    const start = index + 1;
    let end = start;
    while (end < lines.length && !new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(lines[end] ?? '')) end++;
    blocks.push({
      language: (open[2] ?? '').toLowerCase(),
      code: lines.slice(start, end).join('\n'),
      line: start + 1,
      directive: parseDirective(lines[index - 1]),
    });
    index = end;
  }
  return blocks;
}

/** True for the info strings of TypeScript blocks. */
export function isTypeScriptBlock(block: MarkdownCodeBlock): boolean {
  return block.language === 'ts' || block.language === 'typescript' || block.language === 'mts';
}

/** The TypeScript of one check: one block, or a block and the ones that `continue` it. */
export interface CodeBlockUnit {
  /** The document, relative to the repository root. */
  readonly file: string;
  /** The unit's blocks, in order. */
  readonly blocks: readonly MarkdownCodeBlock[];
}

/**
 * Directives that cannot be honoured, as `file:line: problem`: an unknown directive, a skip without a reason, a
 * directive on a block that is not TypeScript, a `continue` with no checked TypeScript block before it.
 */
export function codeBlockDirectiveProblems(file: string, markdown: string): string[] {
  const problems: string[] = [];
  let previous: MarkdownCodeBlock | undefined;
  for (const block of markdownCodeBlocks(markdown)) {
    const where = `${file}:${block.line - 2}`;
    const { directive } = block;
    if (directive.kind === 'invalid') problems.push(`${where}: unknown directive "typecheck: ${directive.text}" (use "skip: <reason>" or "continue")`);
    else if (directive.kind !== 'check' && !isTypeScriptBlock(block)) problems.push(`${where}: a typecheck directive on a ${block.language || 'plain'} block`);
    else if (directive.kind === 'continue' && (!previous || previous.directive.kind === 'skip')) {
      problems.push(`${where}: "continue" needs a checked TypeScript block before it`);
    }
    if (isTypeScriptBlock(block)) previous = block;
  }
  return problems;
}

/**
 * Groups the TypeScript blocks of one document into the units checked together: each block opens a unit, unless it
 * `continue`s the previous one. Skipped blocks are left out (a skipped block cannot be continued).
 */
export function codeBlockUnits(file: string, markdown: string): CodeBlockUnit[] {
  const units: { file: string; blocks: MarkdownCodeBlock[] }[] = [];
  let previousWasSkipped = false;
  for (const block of markdownCodeBlocks(markdown).filter(isTypeScriptBlock)) {
    if (block.directive.kind === 'skip') {
      previousWasSkipped = true;
      continue;
    }
    const last = units.at(-1);
    if (block.directive.kind === 'continue' && last && !previousWasSkipped) last.blocks.push(block);
    else units.push({ file, blocks: [block] });
    previousWasSkipped = false;
  }
  return units;
}
