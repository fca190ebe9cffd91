import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTrainkitError } from '@trainkit/core';
import { computeFatigue } from '../engine/compute-fatigue.js';
import { FatigueReportSchema } from '../engine/fatigue-report-schema.js';
import { FATIGUE_ENGINE, FATIGUE_ENGINE_VERSION } from '../engine-version.js';
import { TV8_MUSCLE_MAPS, tv7Session } from '../test-support/fixtures.js';
import { canonicalJson } from './canonical-json.js';
import { DEFAULT_HEURISTICS_CONFIG } from './default-heuristics-config.js';
import { heuristicsConfigSha256, parseHeuristicsConfig, safeParseHeuristicsConfig } from './parse-heuristics-config.js';
import { resolveHeuristicsConfig, safeResolveHeuristicsConfig } from './resolve-heuristics-config.js';
import { sha256Hex } from './sha256-hex.js';

const SEED = 8785;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function content(): Record<string, Json> {
  const { sha256: _sha, ...rest } = structuredClone(DEFAULT_HEURISTICS_CONFIG) as unknown as Record<string, Json>;
  return rest;
}

function leafPaths(value: Json, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, index) => leafPaths(item, [...path, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, key]));
  return [path];
}

function getAt(value: Json, path: ReadonlyArray<string | number>): Json {
  return path.reduce<Json>((node, key) => (node as Record<string, Json>)[key as string]!, value);
}

function setAt(value: Json, path: ReadonlyArray<string | number>, leaf: Json): void {
  const parent = getAt(value, path.slice(0, -1)) as Record<string, Json>;
  parent[path[path.length - 1] as string] = leaf;
}

function shuffleKeys(value: Json, random: () => number): Json {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, random));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).sort(() => random() - 0.5);
  return Object.fromEntries(entries.map(([key, item]) => [key, shuffleKeys(item, random)]));
}

describe('heuristics config', () => {
  it('the default is §5.3 v0, validated, frozen and hashed', () => {
    expect(DEFAULT_HEURISTICS_CONFIG.id).toBe('fatigue-heuristics');
    expect(DEFAULT_HEURISTICS_CONFIG.version).toBe('0.1.0');
    expect(DEFAULT_HEURISTICS_CONFIG.sha256).toBe(sha256Hex(canonicalJson(content())));
    expect(Object.isFrozen(DEFAULT_HEURISTICS_CONFIG.muscles.recovery_hours_90)).toBe(true);
    expect(DEFAULT_HEURISTICS_CONFIG.muscles.recovery_hours_90.lower_back).toBe(72);
    expect(DEFAULT_HEURISTICS_CONFIG.activities.climbing!.systemic_weight).toBe(0.8);
    expect(parseHeuristicsConfig(content()).sha256).toBe(DEFAULT_HEURISTICS_CONFIG.sha256);
  });

  it('sha256 matches node:crypto', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
      }),
      { seed: SEED, numRuns: 100 },
    );
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('canonical JSON: sorted keys, no whitespace, no NaN', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: 'x' }], a: null, u: undefined })).toBe('{"a":null,"b":[1,{"c":"x","d":2}]}');
    expect(canonicalJson(1e21)).toBe('1e+21');
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(RangeError);
  });

  it('hash stability: key order never changes the hash', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed >>> 0;
        const random = () => ((state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0) / 4_294_967_296);
        const shuffled = shuffleKeys(content(), random) as Record<string, unknown>;
        expect(heuristicsConfigSha256(shuffled)).toBe(DEFAULT_HEURISTICS_CONFIG.sha256);
        expect(parseHeuristicsConfig(shuffled).sha256).toBe(DEFAULT_HEURISTICS_CONFIG.sha256);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('hash stability: any leaf change changes the hash', () => {
    const paths = leafPaths(content());
    fc.assert(
      fc.property(fc.constantFrom(...paths), (path) => {
        const changed = content();
        const leaf = getAt(changed, path);
        const next: Json = typeof leaf === 'number' ? leaf + 0.5 : typeof leaf === 'boolean' ? !leaf : `${String(leaf)}_x`;
        setAt(changed, path, next);
        expect(heuristicsConfigSha256(changed)).not.toBe(DEFAULT_HEURISTICS_CONFIG.sha256);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('P16 random leaf values: the config is accepted or rejected with a ConfigError; accepted configs never yield NaN', () => {
    const paths = leafPaths(content()).filter((path) => typeof getAt(content(), path) === 'number');
    const value = fc.oneof(
      fc.double({ min: -10, max: 10, noNaN: true }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom(0, 1, -1, 1e-9, Number.NaN, Number.POSITIVE_INFINITY),
    );
    const sessions = [tv7Session('a', '2024-06-01T16:00:00Z'), { id: 'r', activity: 'running', started_at: '2024-06-02T06:00:00Z', duration_seconds: 3600, avg_hr_bpm: 150 }];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...paths), value), { minLength: 1, maxLength: 3 }), (edits) => {
        const changed = content();
        for (const [path, leaf] of edits) setAt(changed, path, leaf);
        const result = safeParseHeuristicsConfig(changed);
        if (!result.ok) {
          expect(isTrainkitError(result.error, 'CONFIG_INVALID')).toBe(true);
          return;
        }
        const report = computeFatigue({
          sessions, profile: { time_zone: 'UTC', birth_date: '1990-01-01' }, asOf: '2024-06-10T00:00:00Z', muscleMaps: TV8_MUSCLE_MAPS, config: result.value,
          plannedSessions: [tv7Session('p', '2024-06-11T16:00:00Z')],
        });
        FatigueReportSchema.parse(report);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('rejects bad configs with a ConfigError naming the field', () => {
    const bad = content();
    (bad.pmc as Record<string, Json>).ctl_days = -1;
    const result = safeParseHeuristicsConfig(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('CONFIG_INVALID');
      expect(result.error.message).toContain('pmc.ctl_days');
    }
    expect(() => parseHeuristicsConfig({ ...content(), extra: 1 })).toThrow(/Unrecognized key/);
    expect(() => parseHeuristicsConfig({ ...content(), sha256: '0'.repeat(64) })).toThrow(/does not match/);
    const roles = content();
    (roles.muscles as Record<string, Record<string, Json>>).role_weights!.stabilizer = 0.9;
    expect(() => parseHeuristicsConfig(roles)).toThrow(/primary >= secondary >= stabilizer/);
  });

  it('per-user overrides deep-merge, validate and re-hash', () => {
    const user = resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, {
      pmc: { tsb: 'same_day' },
      muscles: { recovery_hours_90: { quadriceps: 96 } },
    });
    expect(user.pmc.tsb).toBe('same_day');
    expect(user.pmc.ctl_days).toBe(42);
    expect(user.muscles.recovery_hours_90.quadriceps).toBe(96);
    expect(user.muscles.recovery_hours_90.glutes).toBe(72);
    expect(user.sha256).not.toBe(DEFAULT_HEURISTICS_CONFIG.sha256);
    expect(resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, {}).sha256).toBe(DEFAULT_HEURISTICS_CONFIG.sha256);
    expect(resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, null).sha256).toBe(DEFAULT_HEURISTICS_CONFIG.sha256);
    const invalid = safeResolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { acwr: { acute_n: 40 } });
    expect(invalid.ok).toBe(false);
    // An override parsed from JSON with a `__proto__` key is data, seen (and refused) by the schema: never a prototype.
    const sneaky = safeResolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, JSON.parse('{"pmc":{"__proto__":{"tsb":"same_day"}}}') as object);
    expect(sneaky).toMatchObject({ ok: false, error: { code: 'CONFIG_INVALID' } });
    const report = computeFatigue({ sessions: [], profile: { time_zone: 'UTC' }, asOf: '2024-06-10T00:00:00Z', config: user });
    expect(report.provenance.heuristics).toEqual({ id: 'fatigue-heuristics', version: '0.1.0', sha256: user.sha256 });
  });

  it('the engine version is the package version', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(FATIGUE_ENGINE_VERSION).toBe(manifest.version);
    expect(FATIGUE_ENGINE).toBe(`@trainkit/fatigue@${manifest.version}`);
  });
});
