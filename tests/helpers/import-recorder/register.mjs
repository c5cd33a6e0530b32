// `node --import ./register.mjs …`: every package the process imports is appended to the file
// named by LEDE_RECORD_IMPORTS, one name a line, so a test can see what a command loads.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url, { data: { file: process.env.LEDE_RECORD_IMPORTS } });
