/**
 * README.md "Using trainkit from code" is a real program: its TypeScript block type-checks against the workspace
 * (the compiler options every package uses, resolving workspace packages to their source) and runs, on a temporary
 * SQLite file substituted for `./trainkit.db`, leaving the user, the two logged sessions and a report behind.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { createTrainkit } from 'trainkit';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const scratchDir = join(import.meta.dirname, '.tmp-readme-run');
const DATABASE_PATH_IN_README = "'./trainkit.db'";

/** The first ```ts block of the README section `## <title>`. */
function readmeProgram(title: string): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${title}`);
  if (start === -1) throw new Error(`README.md has no "## ${title}" section`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const section = lines.slice(start + 1, end === -1 ? undefined : end).join('\n');
  const block = /^```(?:ts|typescript)\s*\n([\s\S]*?)^```\s*$/m.exec(section)?.[1];
  if (block === undefined) throw new Error(`README.md "## ${title}" has no \`\`\`ts block`);
  return block;
}

/** `tsconfig.base.json` as compiler options for a type-check only. */
function baseCompilerOptions(): ts.CompilerOptions {
  const path = join(root, 'tsconfig.base.json');
  const read = ts.readConfigFile(path, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, path);
  return { ...parsed.options, noEmit: true, composite: false, declaration: false, declarationMap: false, emitDeclarationOnly: false, incremental: false };
}

describe('README.md "Using trainkit from code"', () => {
  afterAll(() => rmSync(scratchDir, { recursive: true, force: true }));

  it('type-checks against the workspace and runs on a temporary database', { timeout: 180_000 }, async () => {
    const program = readmeProgram('Using trainkit from code');
    expect(program.split(DATABASE_PATH_IN_README)).toHaveLength(2);
    mkdirSync(scratchDir, { recursive: true });

    const checked = join(scratchDir, 'using-trainkit-from-code.ts');
    writeFileSync(checked, program);
    const diagnostics = ts.getPreEmitDiagnostics(ts.createProgram([checked], baseCompilerOptions()));
    const report = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (name) => name, getCurrentDirectory: () => root, getNewLine: () => '\n' });
    expect(report, 'type errors in the README program').toBe('');

    const databasePath = join(scratchDir, 'readme.db');
    const runnable = join(scratchDir, 'using-trainkit-from-code.run.ts');
    writeFileSync(runnable, program.replace(DATABASE_PATH_IN_README, JSON.stringify(databasePath)));
    const logged: unknown[][] = [];
    const log = console.log;
    console.log = (...values: unknown[]) => void logged.push(values);
    try {
      await import(/* @vite-ignore */ runnable);
    } finally {
      console.log = log;
    }

    // What the program printed: the weekly volume per discipline (derived from the activities), CTL, quadriceps.
    const [weeks, ctl, quadriceps, sha256] = logged[0] ?? [];
    expect(weeks).toEqual(expect.arrayContaining([expect.objectContaining({ discipline_id: 'dis_running', distance_m: 10_000 })]));
    expect((weeks as { discipline_id: string | null }[]).map((week) => week.discipline_id)).not.toContain(null);
    expect(ctl).toBeGreaterThan(0);
    expect(quadriceps).toBeGreaterThan(0);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);

    // What it left in the database.
    const storage = await createSqliteStorage({ path: databasePath });
    try {
      const trainkit = createTrainkit({ storage });
      expect((await trainkit.users.get('athlete_1')).profile.timeZone).toBe('Europe/Berlin');
      expect(await storage.activityInstances.list('athlete_1' as never)).toHaveLength(2);
      const again = await trainkit.fatigue.report({ userId: 'athlete_1', asOf: '2024-06-12' });
      expect(again.provenance.inputs.activity_instance_ids).toHaveLength(2);
    } finally {
      await storage.close();
    }
  });
});
