/** Generates the benchmark vault: 10,000 notes of about 5 KB in nested folders. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const WORDS =
  'process thread goroutine heap stack cache redis idempotence queue retry timeout latency throughput consistency partition replica leader follower index query transaction lock deadlock closure promise event loop microtask scheduler kernel memory allocation garbage collector'.split(
    ' ',
  );

/** A deterministic pseudo-random generator, so every run writes the same vault. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function noteText(index: number, targetBytes = 5000): string {
  const next = random(index + 1);
  const word = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const lines = [`---`, `tags: [${word()}, ${word()}]`, `---`, `# Note ${index} about ${word()}`, ''];
  let size = lines.join('\n').length;
  let section = 0;
  while (size < targetBytes) {
    const heading = `## Why does ${word()} affect ${word()}?`;
    const body = Array.from({ length: 12 }, () => Array.from({ length: 8 }, word).join(' ')).map((l) => `- ${l} #${word()}`);
    lines.push(heading, '', ...body, '');
    size += heading.length + body.join('\n').length + 3;
    section++;
  }
  return lines.join('\n');
}

/** Writes `count` notes under `root` in folders three levels deep; returns their paths. */
export async function writeVault(root: string, count = 10_000): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const folder = join(root, `area-${i % 10}`, `topic-${Math.floor(i / 10) % 20}`, `set-${Math.floor(i / 200) % 5}`);
    files.push(join(folder, `note-${i}.md`));
  }
  const folders = [...new Set(files.map((f) => f.slice(0, f.lastIndexOf('/'))))];
  await Promise.all(folders.map((f) => mkdir(f, { recursive: true })));
  for (let i = 0; i < files.length; i += 200) {
    await Promise.all(files.slice(i, i + 200).map((file, j) => writeFile(file, noteText(i + j))));
  }
  return files;
}
