import { describe, expect, it } from 'vitest';
import { createRandomIdFactory } from './create-random-id-factory.js';
import { ActivityInstanceIdSchema, UserIdSchema } from './entity-ids.js';
import { createSequentialIdFactory } from './id-factory.js';

describe('id factories', () => {
  it('sequential ids are deterministic, sortable and restartable', () => {
    const first = createSequentialIdFactory('act');
    const second = createSequentialIdFactory('act');
    const ids = [first(), first(), first()];
    expect(ids).toEqual(['act_000001', 'act_000002', 'act_000003']);
    expect([second(), second(), second()]).toEqual(ids);
    expect([...ids].sort()).toEqual(ids);
    expect(createSequentialIdFactory('x', 41)()).toBe('x_000041');
  });

  it('random ids are UUIDs and do not repeat', () => {
    const ids = createRandomIdFactory();
    const values = Array.from({ length: 200 }, () => ids());
    expect(new Set(values).size).toBe(values.length);
    for (const value of values) expect(value).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('branded id schemas reject empty ids', () => {
    expect(UserIdSchema.safeParse('').success).toBe(false);
    expect(ActivityInstanceIdSchema.parse('act_1')).toBe('act_1');
  });
});

describe('entity id rule', () => {
  it('refuses whitespace, slashes and over-long ids in every id schema, naming the rule', () => {
    const result = UserIdSchema.safeParse('a b');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'invalid_format' });
    expect(ActivityInstanceIdSchema.safeParse('act/1').success).toBe(false);
    // Ids made by both factories satisfy the rule.
    expect(UserIdSchema.safeParse(createRandomIdFactory()()).success).toBe(true);
    expect(UserIdSchema.safeParse(createSequentialIdFactory('usr')()).success).toBe(true);
  });
});
