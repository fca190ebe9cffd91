/**
 * `instanceof` across copies of `@trainkit/core` (the dual-package hazard: a host that `import`s trainkit and also
 * `require()`s it loads the ESM and the CommonJS build, two sets of classes). A second copy is made here by loading
 * the errors module graph again after `vi.resetModules()`; test/packaging repeats the check over the packed builds.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as first from './index.js';

type ErrorsModule = typeof first;
type ErrorClass = abstract new (...args: never[]) => first.TrainkitError;

let second: ErrorsModule;

beforeAll(async () => {
  vi.resetModules();
  second = await import('./index.js');
});

/** Every error class a module exports: TrainkitError and each exported subclass of it. */
function errorClasses(module: ErrorsModule): Map<string, ErrorClass> {
  const classes = new Map<string, ErrorClass>();
  for (const [name, value] of Object.entries(module)) {
    if (typeof value !== 'function') continue;
    if (value === module.TrainkitError || value.prototype instanceof module.TrainkitError) classes.set(name, value as ErrorClass);
  }
  return classes;
}

/** An instance of `constructor` without running its constructor (the subclasses take different arguments). */
function instanceOf(constructor: ErrorClass): first.TrainkitError {
  return Object.create(constructor.prototype as object) as first.TrainkitError;
}

describe('TrainkitError across copies of @trainkit/core', () => {
  it('the second copy really is a second set of classes', () => {
    expect(second.TrainkitError).not.toBe(first.TrainkitError);
    expect(second.ValidationError).not.toBe(first.ValidationError);
    const plain = new second.ConfigError('bad option');
    expect(Object.getPrototypeOf(plain)).not.toBe(first.ConfigError.prototype);
  });

  it('an error thrown by one copy is an instance of the same class of the other copy, both ways', () => {
    const fromSecond = new second.ValidationError('strength log', [{ path: 'reps', message: 'Too small', rule: 'too_small' }]);
    expect(fromSecond).toBeInstanceOf(first.ValidationError);
    expect(fromSecond).toBeInstanceOf(first.TrainkitError);
    expect(fromSecond instanceof first.ConfigError).toBe(false);
    expect(first.isTrainkitError(fromSecond, 'VALIDATION_FAILED')).toBe(true);
    expect(first.isTrainkitError(fromSecond, 'NOT_FOUND')).toBe(false);

    const fromFirst = new first.ConfigError('bad option');
    expect(fromFirst).toBeInstanceOf(second.ConfigError);
    expect(fromFirst).toBeInstanceOf(second.TrainkitError);
    expect(fromFirst instanceof second.ValidationError).toBe(false);
    expect(second.isTrainkitError(fromFirst)).toBe(true);
  });

  it('for every pair of exported error classes, instanceof across copies agrees with instanceof inside one copy', () => {
    const ours = errorClasses(first);
    const theirs = errorClasses(second);
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    expect(ours.size).toBeGreaterThanOrEqual(7);
    for (const [createdName, created] of theirs) {
      const error = instanceOf(created);
      for (const [checkedName, checked] of ours) {
        const sameCopy = instanceOf(ours.get(createdName)!) instanceof checked;
        expect(error instanceof checked, `${createdName} instanceof ${checkedName}`).toBe(sameCopy);
        expect(sameCopy, `${createdName} instanceof ${checkedName}`).toBe(
          createdName === checkedName || checkedName === 'TrainkitError',
        );
      }
    }
  });

  it("a host's subclass matches its trainkit parent of either copy, and only its own class matches it", () => {
    class HostError extends first.ValidationError {}
    const hostError = new HostError('host input', [{ path: '', message: 'nope', rule: 'custom' }]);
    expect(hostError.name).toBe('HostError');
    expect(hostError).toBeInstanceOf(second.ValidationError);
    expect(hostError).toBeInstanceOf(second.TrainkitError);
    expect(hostError instanceof second.NotFoundError).toBe(false);
    const plain = new second.ValidationError('x', [{ path: '', message: 'nope', rule: 'custom' }]);
    expect(plain instanceof HostError).toBe(false);
  });

  it('an unbranded error of the same name is not a trainkit error', () => {
    class ValidationError extends Error {}
    const impostor = new ValidationError('not ours');
    expect(impostor instanceof first.ValidationError).toBe(false);
    expect(impostor instanceof first.TrainkitError).toBe(false);
    expect(first.isTrainkitError(impostor)).toBe(false);
    const shaped = { name: 'ValidationError', code: 'VALIDATION_FAILED', message: 'x' };
    expect(shaped instanceof first.ValidationError).toBe(false);
    for (const value of [null, undefined, 0, 'ValidationError', Symbol('x'), () => {}]) {
      expect(value instanceof first.TrainkitError).toBe(false);
    }
  });

  it('the brand adds nothing visible to an error', () => {
    const error = new first.ConfigError('bad option');
    expect(Object.keys(error)).toEqual(Object.keys(new first.ConfigError('bad option')));
    expect(Object.getOwnPropertySymbols(error)).toEqual([]);
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'ConfigError', code: 'CONFIG_INVALID' });
    expect(error.name).toBe('ConfigError');
  });
});
