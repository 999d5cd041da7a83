/** Words and estimated speaking time (140 words a minute, a calm interview pace). */
export const SPEAKING_WORDS_PER_MINUTE = 140;

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu);
  return matches ? matches.length : 0;
}

export function speakingSeconds(words: number): number {
  return Math.round((words / SPEAKING_WORDS_PER_MINUTE) * 60);
}

/** "45 s", "2 min", "2 min 10 s". */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
