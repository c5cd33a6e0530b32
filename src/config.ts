import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { UserError } from './errors.js';
import { packageRoot } from './package-root.js';
import { type Config, type Setting, type SettingKey, settingRules, settings } from './settings.js';

export type { Config } from './settings.js';

export class ConfigError extends UserError {
  constructor(readonly problems: string[]) {
    super(`Lede's configuration has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}

/**
 * Builds the configuration from environment variables over the non-secret defaults, validating
 * every setting and reporting all problems at once, so a person fixes their .env in one go.
 */
export function parseConfig(env: Record<string, string | undefined>, defaults: unknown): Config {
  const problems: string[] = [];
  const defaultValues = readDefaults(defaults, problems);
  const result: Record<string, unknown> = {};
  for (const [key, setting] of Object.entries(settings) as [SettingKey, Setting][]) {
    const fromEnv = env[setting.env]?.trim() ? env[setting.env] : undefined;
    const raw = fromEnv ?? defaultValues[key];
    const parsed = setting.schema.safeParse(raw);
    if (parsed.success) {
      result[key] = parsed.data;
    } else {
      const why = parsed.error.issues[0]?.message ?? 'invalid value';
      const given = raw === undefined ? 'it is not set' : `got ${JSON.stringify(raw)}`;
      problems.push(
        `${setting.env}: ${why} (${given}). Example: ${setting.env}=${setting.example}`,
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const config = result as Config;
  problems.push(...settingRules.flatMap((rule) => rule(config) ?? []));
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function readDefaults(defaults: unknown, problems: string[]): Record<string, unknown> {
  if (typeof defaults !== 'object' || defaults === null || Array.isArray(defaults)) {
    problems.push('config/defaults.json: must hold one JSON object of setting names and values');
    return {};
  }
  const values = defaults as Record<string, unknown>;
  for (const key of Object.keys(values)) {
    const setting = (settings as Record<string, Setting>)[key];
    if (setting === undefined) {
      problems.push(`config/defaults.json: unknown setting "${key}"`);
    } else if (setting.secret) {
      problems.push(`config/defaults.json: "${key}" is a secret; set ${setting.env} instead`);
    }
  }
  return values;
}

/** Reads `.env` (if present), config/defaults.json and the process environment. */
export function loadConfig(): Config {
  loadDotenv({ quiet: true });
  const path = join(packageRoot(), 'config', 'defaults.json');
  let defaults: unknown;
  try {
    defaults = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError([`${path}: ${(error as Error).message}`]);
  }
  return parseConfig(process.env, defaults);
}
