/** The `coach` subcommands. Each returns its exit code and writes only through `io`. */
import { basename, join } from 'node:path';
import { detectCards } from '../core/cards/index';
import {
  describeMeaningChange,
  roundtripFull,
} from '../../src-renderer/src/features/editor/markdown/index';
import { isDirectory, listNotes, readTextFile } from './files';

export interface CliIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const EXIT_OK = 0;
/** `check` found notes that would change, or a file could not be processed. */
export const EXIT_FOUND = 1;
export const EXIT_USAGE = 2;

export interface Command {
  readonly usage: string;
  run(args: readonly string[], io: CliIO): number;
}

/** Print the Markdown a full re-serialisation of FILE would write, byte for byte. */
export const roundtrip: Command = {
  usage: 'roundtrip FILE   print FILE as the editor would write it with every block edited',
  run(args, io) {
    const [file] = args;
    if (args.length !== 1 || file === undefined) return usageError(io, 'roundtrip needs exactly one FILE');
    if (isDirectory(file)) return usageError(io, `${file} is a directory; roundtrip takes one file (use check DIR)`);
    const read = readTextFile(file);
    if (!read.ok) {
      io.err(`coach: ${read.problem}\n`);
      return EXIT_USAGE;
    }
    io.out(roundtripFull(read.text));
    return EXIT_OK;
  },
};

/** List the notes under DIR whose meaning a full re-serialisation would change. */
export const check: Command = {
  usage: 'check DIR        list notes under DIR whose meaning would change when re-serialised',
  run(args, io) {
    const [dir] = args;
    if (args.length !== 1 || dir === undefined) return usageError(io, 'check needs exactly one DIR');
    if (!isDirectory(dir)) return usageError(io, `${dir} is not a directory`);
    let checked = 0;
    let changed = 0;
    for (const note of listNotes(dir)) {
      const read = readTextFile(join(dir, note));
      if (!read.ok) {
        io.err(`coach: skipped ${note}: ${read.problem}\n`);
        continue;
      }
      checked++;
      const change = describeMeaningChange(read.text, roundtripFull(read.text));
      if (change !== null) {
        changed++;
        io.out(`${note}: ${change}\n`);
      }
    }
    io.out(`${changed} of ${checked} notes would change meaning\n`);
    return changed === 0 ? EXIT_OK : EXIT_FOUND;
  },
};

/** Print the question cards of one note, one JSON object a line. */
export const cards: Command = {
  usage: 'cards FILE       print the question cards of FILE as JSON lines',
  run(args, io) {
    const [file] = args;
    if (args.length !== 1 || file === undefined) return usageError(io, 'cards needs exactly one FILE');
    if (isDirectory(file)) return usageError(io, `${file} is a directory; cards takes one note`);
    const read = readTextFile(file);
    if (!read.ok) {
      io.err(`coach: ${read.problem}\n`);
      return EXIT_FOUND; // "a file could not be processed"
    }
    // Outside a vault the note's path is just its name: no folder tags.
    for (const card of detectCards(read.text, basename(file))) io.out(`${JSON.stringify(card)}\n`);
    return EXIT_OK;
  },
};

function usageError(io: CliIO, message: string): number {
  io.err(`coach: ${message}\n`);
  return EXIT_USAGE;
}
