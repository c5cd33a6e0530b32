import { extractArticle } from '../../src/core/extract.js';

const para =
  '<p>The council voted on Tuesday to approve the new budget for the coming year, after a long debate about road repairs and schools.</p>';
for (const depth of [1000, 5000, 20000]) {
  const html = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}${para.repeat(3)}${'</div>'.repeat(depth)}</body></html>`;
  const s = performance.now();
  try {
    const a = extractArticle(html);
    console.log(depth, 'ok', a?.text.length, (performance.now() - s).toFixed(0), 'ms');
  } catch (e) {
    console.log(depth, 'THREW', String(e).slice(0, 100), (performance.now() - s).toFixed(0));
  }
}
const script = `<script>var x = "${'a<b>'.repeat(1_000_000)}";</script>`;
const s = performance.now();
const a = extractArticle(
  `<html><head><title>Big</title>${script}</head><body><article>${script}${para.repeat(3)}</article></body></html>`,
);
console.log('script', a?.text.length, (performance.now() - s).toFixed(0), 'ms');
const unclosed = `<html><body>${'<b><i><span>'.repeat(3000)}${para.repeat(3)}</body></html>`;
try {
  console.log('unclosed', extractArticle(unclosed)?.text.length);
} catch (e) {
  console.log('unclosed THREW', String(e).slice(0, 100));
}
