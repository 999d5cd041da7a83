/**
 * `coach`: command-line access to the note pipeline.
 *
 *   npm run --silent coach -- roundtrip FILE
 *   npm run --silent coach -- check DIR
 *   npm run --silent coach -- cards FILE
 *
 * New subcommands are one more entry in COMMANDS.
 */
import { pathToFileURL } from 'node:url';
import { cards, check, EXIT_USAGE, roundtrip, type CliIO, type Command } from './commands';

const COMMANDS: Readonly<Record<string, Command>> = { roundtrip, check, cards };

export function runCoach(argv: readonly string[], io: CliIO): number {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    if (name !== undefined && name !== 'help' && name !== '--help') io.err(`coach: unknown command ${name}\n`);
    io.err(`usage: coach COMMAND\n${Object.values(COMMANDS).map((c) => `  ${c.usage}\n`).join('')}`);
    return EXIT_USAGE;
  }
  return command.run(args, io);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `coach cards FILE | head`: the reader has seen enough; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = runCoach(process.argv.slice(2), {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  });
}
