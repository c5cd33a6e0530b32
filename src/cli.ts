import { runCli } from './adapters/cli/run-cli.js';
import { composeCliContext } from './compose/cli-context.js';

// `lede summarize … | head` closes the pipe early: that is the reader being done, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const argv = process.argv.slice(2);
const context = await composeCliContext(argv, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
process.exitCode = await runCli(argv, context);
