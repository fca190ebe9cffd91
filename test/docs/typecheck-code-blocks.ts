/**
 * Type-checks TypeScript code blocks of the docs as a consumer would compile them: each unit is an ES module
 * (`module: nodenext`, strict), and the workspace packages resolve to their TypeScript source through the `source`
 * entry of every `exports` map, so a block that uses an API which does not exist (or not in that shape) fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { CodeBlockUnit } from './markdown-code-blocks.js';

/** `import` specifier -> source file, for every entry of every workspace package (`@trainkit/storage-kysely/sqlite`, ...). */
export function workspaceSourceEntries(root: string): Map<string, string> {
  const entries = new Map<string, string>();
  const packagesDir = join(root, 'packages');
  for (const name of readdirSync(packagesDir)) {
    const manifestPath = join(packagesDir, name, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string; exports?: Record<string, unknown> };
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const source = typeof target === 'object' && target !== null ? (target as { source?: unknown }).source : undefined;
      if (typeof source !== 'string') continue;
      entries.set(subpath === '.' ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, '')}`, join(packagesDir, name, source));
    }
  }
  return entries;
}

/** The compiler options a consumer project would use: ESM on Node (`nodenext`), strict. */
export function consumerCompilerOptions(root: string): ts.CompilerOptions {
  const paths: Record<string, string[]> = {};
  for (const [specifier, file] of workspaceSourceEntries(root)) paths[specifier] = [file];
  return {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    moduleDetection: ts.ModuleDetectionKind.Force,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    strict: true,
    noUncheckedIndexedAccess: true,
    types: ['node'],
    typeRoots: [join(root, 'node_modules', '@types')],
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    paths,
  };
}

/** One problem found in a unit, placed at its line in the markdown document. */
export interface CodeBlockProblem {
  /** `docs/guides/logging.md:42`. */
  readonly where: string;
  readonly message: string;
}

interface VirtualFile {
  readonly unit: CodeBlockUnit;
  readonly text: string;
  /** For each block of the unit, its first line in the virtual file (0-based). */
  readonly offsets: readonly number[];
}

function virtualFileOf(unit: CodeBlockUnit): Omit<VirtualFile, 'unit'> {
  const offsets: number[] = [];
  const parts: string[] = [];
  let line = 0;
  for (const block of unit.blocks) {
    offsets.push(line);
    parts.push(block.code);
    line += block.code.split('\n').length;
  }
  return { text: parts.join('\n'), offsets };
}

function markdownLine(file: VirtualFile, virtualLine: number): number {
  let index = 0;
  for (let i = 0; i < file.offsets.length; i++) if ((file.offsets[i] ?? 0) <= virtualLine) index = i;
  const block = file.unit.blocks[index];
  return (block?.line ?? 0) + virtualLine - (file.offsets[index] ?? 0);
}

/**
 * Type-checks every unit in one program (fast: the workspace sources are parsed once) and returns the problems of
 * each unit, in the order of `units`. The units live in a virtual folder under `test/docs/`, so module formats and
 * `node_modules` resolve as they do for the tests.
 */
export function typecheckCodeBlockUnits(root: string, units: readonly CodeBlockUnit[]): CodeBlockProblem[][] {
  const options = consumerCompilerOptions(root);
  const folder = join(root, 'test', 'docs', '.code-blocks');
  const files = new Map<string, VirtualFile>();
  units.forEach((unit, index) => {
    const name = `${unit.file.replace(/[^A-Za-z0-9]+/g, '-')}-${unit.blocks[0]?.line ?? 0}-${index}.ts`;
    files.set(join(folder, name), { unit, ...virtualFileOf(unit) });
  });

  const host = ts.createCompilerHost(options, true);
  const { fileExists, readFile, getSourceFile, directoryExists } = host;
  host.fileExists = (name) => files.has(name) || fileExists.call(host, name);
  host.readFile = (name) => files.get(name)?.text ?? readFile.call(host, name);
  host.directoryExists = (name) => name === folder || (directoryExists ? directoryExists.call(host, name) : true);
  host.getSourceFile = (name, languageVersion, onError, shouldCreate) => {
    const file = files.get(name);
    if (file) return ts.createSourceFile(name, file.text, languageVersion, true, ts.ScriptKind.TS);
    return getSourceFile.call(host, name, languageVersion, onError, shouldCreate);
  };

  const program = ts.createProgram([...files.keys()], options, host);
  const global = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()].map((diagnostic) => ({
    where: '(compiler options)',
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));

  return [...files.entries()].map(([name, file]) => {
    const source = program.getSourceFile(name);
    if (!source) return [{ where: file.unit.file, message: 'the compiler did not load this unit' }];
    const diagnostics = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
    return [
      ...global,
      ...diagnostics.map((diagnostic) => {
        const line = diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line;
        return {
          where: `${file.unit.file}:${markdownLine(file, line)}`,
          message: `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`,
        };
      }),
    ];
  });
}

