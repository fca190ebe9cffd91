import { describe, expect, it } from 'vitest';
import type { ConnectLogEntry } from './connect-runtime.js';
import { createConnectRuntime } from './create-connect-runtime.js';

describe('createConnectRuntime', () => {
  it('uses what is given and redacts every log entry', () => {
    const entries: ConnectLogEntry[] = [];
    const clock = (): Date => new Date('2026-12-03T20:00:00.000Z');
    const runtime = createConnectRuntime({ clock, random: () => 0.25, logger: (entry) => entries.push(entry) });
    expect(runtime.clock()).toEqual(new Date('2026-12-03T20:00:00.000Z'));
    expect(runtime.random()).toBe(0.25);
    runtime.logger({
      level: 'warn',
      message: 'refresh with Bearer secret-access-1 failed',
      provider: 'whoop',
      fields: { headers: { Authorization: 'Bearer secret-access-1' }, refresh_token: 'secret-refresh-1', attempt: 2 },
    });
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toMatch(/secret-(access|refresh)-1/);
    expect(entries[0]).toMatchObject({ level: 'warn', provider: 'whoop', fields: { attempt: 2 } });
  });

  it('defaults: random bytes of the asked length, a silent logger, a sleep that honours the signal', async () => {
    const runtime = createConnectRuntime();
    const bytes = runtime.randomBytes(70_000);
    expect(bytes).toHaveLength(70_000);
    expect(bytes.subarray(66_000).some((byte) => byte !== 0)).toBe(true);
    expect(() => runtime.logger({ level: 'info', message: 'nothing' })).not.toThrow();
    await expect(runtime.sleep(1)).resolves.toBeUndefined();

    const controller = new AbortController();
    const started = Date.now();
    const waiting = runtime.sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(waiting).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(runtime.sleep(10, controller.signal)).rejects.toThrow('stop');
  });

  it('a logger that throws does not break the caller', () => {
    const runtime = createConnectRuntime({
      logger: () => {
        throw new Error('disk full');
      },
    });
    expect(() => runtime.logger({ level: 'error', message: 'x' })).not.toThrow();
  });
});
