import { parseHTML } from 'linkedom';

for (const h of [
  '<html><head><title>T</title></head><p>hello there</p></html>',
  '<html><p>short</p></html>',
  '<html><head><title>T</title></head><body><p>a</p></body></html><p>after</p>',
  '<!--c--><html><body><p>x</p></body></html>',
  '<html><head><title>T</title></head><body><p>hello there</p>',
]) {
  const { document } = parseHTML(h);
  console.log(
    JSON.stringify(h),
    '->',
    document.documentElement?.outerHTML?.slice(0, 200),
    'body',
    document.body?.outerHTML,
    document.title,
  );
}
