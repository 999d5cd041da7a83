/**
 * Story figures: the coach on a 1,000-word story (parsing included, as the
 * coach panel asks for it on every pause in typing), and the stories ×
 * competencies matrix for a bank of 500 stories and 200 questions. The data
 * is generated deterministically, so runs compare.
 */
import { buildMatrix, coachStory, DEFAULT_COMPETENCIES, parseStory, QUESTION_BANK, type StoryRef } from '../src-main/core/stories';
import { median, round, time } from './stats';

const COACH_RUNS = 60;
const MATRIX_RUNS = 30;
const WARM_UP = 10;

export async function measure(): Promise<Record<string, number>> {
  const story = storyOfWords(1000);
  const words = parseStory(story, 'bench.md').words;
  if (words !== 1000) throw new Error(`The bench story has ${words} spoken words, not 1,000`);
  if (coachStory(story).length === 0) throw new Error('The bench story gave the coach nothing to say');

  const questions = questionList(200);
  const stories = storyBank(500, questions);
  if (buildMatrix(stories, DEFAULT_COMPETENCIES, questions).questions.length !== 200) throw new Error('The bench questions are not 200 distinct questions');

  return {
    coach_1000w_ms: round(await medianAfterWarmUp(COACH_RUNS, () => coachStory(story)), 2),
    stories_matrix_500_ms: round(await medianAfterWarmUp(MATRIX_RUNS, () => buildMatrix(stories, DEFAULT_COMPETENCIES, questions)), 2),
  };
}

async function medianAfterWarmUp(runs: number, task: () => unknown): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await time(task));
  return median(samples.slice(WARM_UP));
}

/** Sentences as people draft stories: numbers, "we", filler, passives, a link, code in backticks. */
const SENTENCES: Readonly<Record<'situation' | 'task' | 'action' | 'result' | 'reflection', readonly string[]>> = {
  situation: [
    'Our checkout service timed out for about one in twenty shoppers during the spring sale.',
    'We were a team of six engineers and basically owned payments, carts and the order pipeline.',
    'The service ran on [Kubernetes](https://kubernetes.io/docs/home/) with a Postgres primary and two replicas.',
    'Support had a queue of angry emails, and the product manager was really worried about the summer sale.',
  ],
  task: [
    'I was responsible for the checkout service that quarter and had to bring the timeouts down.',
    'The fix had to ship before the summer sale, which was six weeks away.',
    'I also needed to keep the release train moving, so nothing could block other teams for long.',
  ],
  action: [
    'I traced the slow requests with `pg_stat_activity` and found a lock held by the stock reservation query.',
    'It was decided that the reservations would be batched, and I wrote the design doc for it.',
    'We just kind of split the work, and I took the query rewrite and the load tests myself.',
    'I rewrote the reservation query to reserve stock in batches of fifty rows instead of one.',
    'The tables were migrated over a weekend, and I think the rollback plan was the part that mattered most.',
    'I helped with the dashboards and paired with the on-call engineer to write a runbook.',
    'I presented the approach at the architecture review so other teams could reuse it.',
    'We ran the load test every night, and I read the results each morning before stand-up.',
  ],
  result: [
    'Timeouts fell from 5% to 0.2%, and p95 latency went from 800 ms to 120 ms.',
    'The summer sale ran without a single incident, and revenue was up 12% on the year before.',
    'Two other teams adopted the batching approach within a month.',
  ],
  reflection: ['I learned to put load tests in the pipeline before a sale, not after an outage.'],
};

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;

/** A story of `words` spoken words, split like a good one: a quarter setup, over half Action, a fifth Result. */
function storyOfWords(words: number): string {
  const share = { situation: 0.15, task: 0.1, action: 0.55, result: 0.2 } as const;
  const section = (kind: keyof typeof SENTENCES, target: number) => {
    const paragraphs: string[][] = [[]];
    for (let i = 0, count = 0; count < target; i++) {
      let sentence = SENTENCES[kind][i % SENTENCES[kind].length]!;
      const said = [...sentence.replace(/\]\([^)]*\)/g, ']').matchAll(WORD)]; // a link's address is not said
      // The last sentence is cut to the words left, so the story has exactly `words` (not one with a link, whose offsets differ).
      const cut = count + said.length > target && !sentence.includes('](');
      if (cut) {
        const last = said[target - count - 1]!;
        sentence = `${sentence.slice(0, last.index + last[0].length)}.`;
      }
      count += cut ? target - count : said.length;
      paragraphs[paragraphs.length - 1]!.push(sentence);
      if (i % 4 === 3) paragraphs.push([]);
    }
    return paragraphs.map((paragraph) => paragraph.join(' ')).join('\n\n').trim();
  };
  return [
    '---',
    'title: Checkout timeouts before the summer sale',
    'competencies: [ownership, customer-focus, delivering-results]',
    'questions:',
    '  - Tell me about a time you owned a problem end to end.',
    'target: 2 min',
    'last_rehearsed: 2024-05-31',
    'rating: 3',
    '---',
    '# Checkout timeouts before the summer sale',
    '',
    ...(['situation', 'task', 'action', 'result'] as const).flatMap((kind) => [`## ${kind[0]!.toUpperCase()}${kind.slice(1)}`, '', section(kind, words * share[kind]), '']),
    '```sql',
    'SELECT id FROM stock WHERE sku = ANY($1) FOR UPDATE SKIP LOCKED;',
    '```',
    '',
    '## Reflection',
    '',
    section('reflection', 40),
    '',
  ].join('\n');
}

const VERBS = ['disagreed with', 'convinced', 'mentored', 'missed a deadline for', 'took over', 'shipped', 'failed to win over', 'rebuilt trust with'];
const OBJECTS = ['your skip-level manager', 'a senior engineer', 'another team', 'a customer', 'a new hire', 'the product owner', 'a vendor', 'your whole team', 'a skeptical architect', 'the on-call rotation'];

/** The bank's questions, then questions like those the card detector finds in notes, `count` in all. */
function questionList(count: number): string[] {
  const questions = QUESTION_BANK.map((question) => question.text);
  for (let i = 0; questions.length < count; i++) {
    questions.push(`Tell me about a time you ${VERBS[i % VERBS.length]} ${OBJECTS[Math.floor(i / VERBS.length) % OBJECTS.length]}${i >= VERBS.length * OBJECTS.length ? ` (${i})` : ''}?`);
  }
  return questions;
}

/** `count` stories, each with one to four competencies (now and then one no longer in the settings) and up to three linked questions. */
function storyBank(count: number, questions: readonly string[]): StoryRef[] {
  const ids = DEFAULT_COMPETENCIES.map((competency) => competency.id);
  return Array.from({ length: count }, (_, i) => ({
    id: `Stories/story-${i}.md`,
    title: `Story ${i}`,
    competencies: [...Array.from({ length: 1 + (i % 4) }, (_, j) => ids[(i * 7 + j * 5) % ids.length]!), ...(i % 25 === 0 ? ['grit'] : [])],
    // Linked questions as typed in the front matter: other case and punctuation than the bank's.
    questions: Array.from({ length: i % 4 }, (_, j) => questions[(i * 13 + j * 31) % (questions.length - 40)]!.toLowerCase().replace(/[?.]$/, '')),
  }));
}
