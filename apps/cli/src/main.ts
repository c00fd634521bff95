#!/usr/bin/env node
import { parseArgs } from 'node:util';

const HELP = `Usage: tension <command> [options]

Commands:
  up [--demo | --no-demo]  Run Redis (found or started), the worker and the dashboard.
                           Without a flag, the offline demo runs when no feeds are configured.
  demo                     Same as "up --demo": simulated feeds, no internet needed.
  score                    Score JSON Lines from stdin: {"id","title","summary"?} per line.
  help                     Show this help.

Configuration comes from environment variables; see the README's table.`;

async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  switch (command) {
    case 'up':
    case 'demo': {
      const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' }, 'no-demo': { type: 'boolean' } }, strict: true });
      const { loadConfig } = await import('@tension/core');
      const config = loadConfig(process.env);
      const mode = command === 'demo' || values.demo ? 'on' : values['no-demo'] ? 'off' : 'auto';
      // Loaded on demand: `tension score` should not pay for the worker and dashboard.
      const { up } = await import('./commands/up.js');
      await up(config, mode);
      return -1;
    }
    case 'score': {
      const { scoreStream } = await import('./commands/score.js');
      const failed = await scoreStream(process.stdin, process.stdout, process.stderr);
      if (failed > 0) console.error(`${failed} line(s) could not be scored; see the error lines above.`);
      return failed > 0 ? 1 : 0;
    }
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${HELP}`);
      return 2;
  }
}

/** Our errors carry a `code` and a message written for the user; anything else is a bug worth a stack. */
function isUserFacing(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string' && error.name !== 'Error';
}

main(process.argv.slice(2)).then(
  (code) => {
    // -1: a long-running command that exits on a signal.
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(isUserFacing(error) ? error.message : error);
    process.exitCode = isUserFacing(error) && error.code === 'config_invalid' ? 2 : 1;
  },
);
