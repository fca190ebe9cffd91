/**
 * Every public export of every published package carries TSDoc; functions, classes and constants also carry an
 * `@example` (the project's convention). typedoc's `notDocumented` check covers the rest of the docs site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packagesDir = join(import.meta.dirname, '..', 'packages');

function publicEntryPoints(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  return Object.values(manifest.exports ?? {})
    .map((target) => (typeof target === 'object' && target !== null ? (target as { source?: string }).source : undefined))
    .filter((source): source is string => typeof source === 'string')
    .map((source) => join(packageDir, source));
}

function undocumentedExports(entryPoints: string[]): string[] {
  const program = ts.createProgram(entryPoints, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ['source'],
    target: ts.ScriptTarget.ES2022,
    allowImportingTsExtensions: false,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const problems: string[] = [];
  for (const entry of entryPoints) {
    const source = program.getSourceFile(entry);
    if (!source) continue;
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue;
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (!declaration) continue;
      const tags = ts.getJSDocTags(declaration);
      const docs = ts.getJSDocCommentsAndTags(
        ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration,
      );
      const where = `${exported.name} (${declaration.getSourceFile().fileName.replace(packagesDir, 'packages')})`;
      if (docs.length === 0) {
        problems.push(`${where}: no TSDoc`);
        continue;
      }
      const needsExample =
        ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration) || ts.isVariableDeclaration(declaration);
      const hasExample = [...tags, ...docs.flatMap((doc) => (ts.isJSDoc(doc) ? [...(doc.tags ?? [])] : []))].some(
        (tag) => tag.tagName.text === 'example',
      );
      if (needsExample && !hasExample) problems.push(`${where}: no @example`);
    }
  }
  return problems;
}

const publishedPackages = readdirSync(packagesDir).filter((name) => {
  const manifest = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'));
  return manifest.private !== true;
});

describe('public API documentation', () => {
  it.each(publishedPackages)('every export of %s has TSDoc, and functions, classes and constants an @example', (name) => {
    const entryPoints = publicEntryPoints(join(packagesDir, name));
    expect(entryPoints.length).toBeGreaterThan(0);
    expect(undocumentedExports(entryPoints)).toEqual([]);
  });
});
