import { appendFileSync } from 'node:fs';

let file;

export function initialize(data) {
  file = data.file;
}

const isPackage = (specifier) => !/^(\.|\/|node:|file:|data:)/.test(specifier);

export async function resolve(specifier, context, next) {
  if (file && isPackage(specifier)) appendFileSync(file, `${specifier}\n`);
  return next(specifier, context);
}
