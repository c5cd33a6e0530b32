import { extractionSection } from './extraction.js';

const t0 = performance.now();
console.table(await extractionSection.run());
console.log('s', (performance.now() - t0) / 1000);
