import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHeartbeat, createHeartbeat } from '../../src/adapters/heartbeat.js';
import { openStores } from '../../src/adapters/sqlite/open-stores.js';

function readOnlyError(path: string): Error {
  return Object.assign(new Error(`EROFS: read-only file system, open '${path}'`), {
    code: 'EROFS',
  });
}

function recorder() {
  const lines: { level: string; message: string; details: object }[] = [];
  const at = (level: string) => (details: object, message: string) =>
    void lines.push({ level, message, details });
  return {
    lines,
    log: { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') },
  };
}

function captureIo() {
  const io = { out: '', err: '' };
  return {
    io,
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
}

describe('the heartbeat', () => {
  it('survives a read-only data folder, logs it once, and healthcheck says why until it recovers', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lede-beat-'));
    const faultPath = join(mkdtempSync(join(tmpdir(), 'lede-fault-')), 'lede.fault');
    const { lines, log } = recorder();
    let readOnly = true;
    const write = (path: string, text: string) => {
      if (readOnly) throw readOnlyError(path);
      writeFileSync(path, text);
    };
    const now = Date.UTC(2026, 0, 5, 12);
    const heartbeat = createHeartbeat({
      dataDir,
      log,
      write,
      clock: { now: () => now },
      faultPath,
    });

    for (let i = 0; i < 5; i++) expect(() => heartbeat.beat()).not.toThrow();
    const errors = lines.filter((l) => l.level === 'error');
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(errors[0]!.details)).toContain('EROFS');

    const sick = captureIo();
    expect(checkHeartbeat(dataDir, Date.now(), sick, faultPath)).toBe(1);
    expect(sick.io.err).toMatch(
      /^lede: unhealthy: cannot write the heartbeat: EROFS.*heartbeat'\n$/,
    );

    readOnly = false;
    heartbeat.beat();
    heartbeat.beat();
    expect(lines.filter((l) => l.message === 'the heartbeat is written again')).toHaveLength(1);
    expect(existsSync(faultPath)).toBe(false);
    const well = captureIo();
    expect(checkHeartbeat(dataDir, Date.now(), well, faultPath)).toBe(0);
    expect(well.io.out).toBe('healthy\n');
  });

  it('clears a fault left by an earlier run at the first good beat', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lede-beat-'));
    const faultPath = join(dataDir, 'old.fault');
    writeFileSync(faultPath, 'cannot write the heartbeat: ENOSPC\n');
    const { lines, log } = recorder();
    createHeartbeat({ dataDir, log, faultPath }).beat();
    expect(existsSync(faultPath)).toBe(false);
    expect(lines).toEqual([]);
    const io = captureIo();
    expect(checkHeartbeat(dataDir, Date.now(), io, faultPath)).toBe(0);
  });

  it("reports the database's own fault (a probe at each beat) once, and healthcheck says why", () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lede-beat-'));
    const faultPath = join(dataDir, 'db.fault');
    const { lines, log } = recorder();
    let fault: string | null = 'Cannot use data/lede.sqlite: cannot grow: the disk is full.';
    const heartbeat = createHeartbeat({ dataDir, log, faultPath, probes: [() => fault] });
    heartbeat.beat();
    heartbeat.beat();
    expect(lines.filter((l) => l.level === 'error')).toHaveLength(1);
    const sick = captureIo();
    expect(checkHeartbeat(dataDir, Date.now(), sick, faultPath)).toBe(1);
    expect(sick.io.err).toBe(`lede: unhealthy: ${fault}\n`);
    fault = null;
    heartbeat.beat();
    expect(checkHeartbeat(dataDir, Date.now(), captureIo(), faultPath)).toBe(0);
  });

  it('probes a real database: writable, so no fault', () => {
    const stores = openStores(mkdtempSync(join(tmpdir(), 'lede-probe-')));
    try {
      expect(stores.probe()).toBeNull();
      // The probe leaves no transaction open behind it.
      expect(() => stores.feeds.addFeed('https://probe.example/rss', null, 0)).not.toThrow();
    } finally {
      stores.close();
    }
  });
});
