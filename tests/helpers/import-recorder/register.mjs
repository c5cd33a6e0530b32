// `node --import ./register.mjs …`: every package the process loads, by `import` or by `require`,
// is appended to the file named by LEDE_RECORD_IMPORTS, one name a line, so a test can see what a
// command loads.
import { appendFileSync } from 'node:fs';
import Module, { register } from 'node:module';

const file = process.env.LEDE_RECORD_IMPORTS;
register('./hooks.mjs', import.meta.url, { data: { file } });

const isPackage = (request) => !/^(\.|\/|node:|file:|data:)/.test(request);
const load = Module._load;
Module._load = function recordRequire(request, ...rest) {
  if (file && isPackage(request)) appendFileSync(file, `${request}\n`);
  return load.call(this, request, ...rest);
};
