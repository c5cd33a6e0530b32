import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** `import … from 'x'` and `export … from 'x'`, not `import type`/`export type`, which vanish when compiled. */
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

/**
 * The packages a module loads before its first line runs: everything reachable through static
 * imports from `entry` (dynamic `import()` is where loading is deferred, so it is not followed).
 * Returns package names, each with the first source file that imports it.
 */
export function staticPackages(root: string, entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (spec === undefined || spec.startsWith('node:')) continue;
      if (spec.startsWith('.')) {
        const target = join(dirname(file), spec).replace(/\.js$/, '.ts');
        if (existsSync(target)) visit(target);
        continue;
      }
      const name = spec.startsWith('@')
        ? spec.split('/').slice(0, 2).join('/')
        : spec.split('/')[0];
      if (name && !packages.has(name)) packages.set(name, relative(root, file));
    }
  };
  visit(join(root, entry));
  return packages;
}
