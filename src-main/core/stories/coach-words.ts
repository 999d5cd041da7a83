/**
 * Every word list the story coach looks for, in one place, so tuning what
 * counts as filler, a vague claim or a passive sentence never means reading
 * the scanner. All entries are lowercase; spaces match any run of
 * whitespace. The rules and thresholds that use them are in coach-rules.ts.
 */

/** Words that add nothing when spoken. */
export const FILLERS = ['basically', 'just', 'kind of', 'sort of', 'actually', 'really', 'literally', 'pretty much'];

/** Words that make the teller sound unsure of their own story. */
export const HEDGES = ['i think', 'i guess', 'i feel like', 'i believe', 'maybe', 'perhaps', 'probably', 'somewhat'];

/** Words before "kind of" / "sort of" that make it a noun ("what kind of database"), not filler. */
export const KIND_OF_DETERMINERS = [
  'a',
  'the',
  'this',
  'that',
  'these',
  'those',
  'what',
  "what's",
  'which',
  'whatever',
  'any',
  'every',
  'each',
  'some',
  'same',
  'one',
  'another',
  'different',
  'new',
  'right',
  'wrong',
  'first',
  'no',
  'only',
];

/** Phrases that claim a part without saying what it was. */
export const VAGUE_CLAIMS = [
  'helped with',
  'helped out',
  'helped to',
  'was involved in',
  'were involved in',
  'was involved with',
  'were involved with',
  'got involved in',
  'been involved in',
  'worked on',
  'assisted',
  'assisted with',
  'assisting with',
  'participated in',
  'took part in',
  'contributed to',
  'was part of',
  'were part of',
];

/** Forms of "to be" and "to get" that make a passive with a past participle: "was decided", "got fixed". */
export const PASSIVE_AUXILIARIES = ['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', "isn't", "aren't", "wasn't", "weren't", 'get', 'gets', 'got', 'gotten', 'getting'];

/** Words allowed between the auxiliary and the participle: "was quickly fixed", "were all migrated". */
export const PASSIVE_INSERTS = ['not', 'never', 'also', 'then', 'already', 'all', 'both', 'finally', 'eventually', 'soon', 'later', 'just', 'still', 'even'];

/** Past participles that do not end in -ed. */
export const IRREGULAR_PARTICIPLES = [
  'begun',
  'broken',
  'brought',
  'built',
  'bought',
  'caught',
  'chosen',
  'cut',
  'done',
  'drawn',
  'driven',
  'fed',
  'forgotten',
  'found',
  'frozen',
  'given',
  'held',
  'hidden',
  'hit',
  'kept',
  'known',
  'laid',
  'led',
  'left',
  'lost',
  'made',
  'meant',
  'met',
  'overridden',
  'paid',
  'put',
  'rewritten',
  'run',
  'said',
  'seen',
  'sent',
  'set',
  'shown',
  'shut',
  'sold',
  'spent',
  'split',
  'stolen',
  'taken',
  'taught',
  'thought',
  'thrown',
  'told',
  'understood',
  'withdrawn',
  'won',
  'written',
];

/**
 * Words ending in -ed after "was" that describe a state, not an action done
 * to someone ("I was tired", "we were aligned"), and -ed words that are no
 * participles at all ("indeed", "hundred").
 */
export const NOT_PASSIVE = [
  'aligned',
  'amazed',
  'annoyed',
  'ashamed',
  'attached',
  'based',
  'beloved',
  'bored',
  'committed',
  'complicated',
  'concerned',
  'confused',
  'convinced',
  'crooked',
  'dedicated',
  'delighted',
  'determined',
  'disappointed',
  'embarrassed',
  'engaged',
  'excited',
  'exhausted',
  'experienced',
  'focused',
  'frustrated',
  'hundred',
  'impressed',
  'indeed',
  'inspired',
  'interested',
  'involved',
  'kindred',
  'limited',
  'located',
  'married',
  'motivated',
  'naked',
  'overwhelmed',
  'pleased',
  'prepared',
  'qualified',
  'related',
  'relieved',
  'sacred',
  'satisfied',
  'scared',
  'shed',
  'skilled',
  'started',
  'stressed',
  'supposed',
  'surprised',
  'talented',
  'tired',
  'used',
  'wicked',
  'worried',
];

/** First-person pronouns of the Action, singular and plural. */
export const SINGULAR_PRONOUNS = ['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself'];
export const PLURAL_PRONOUNS = ['we', "we're", "we've", "we'd", "we'll", 'us', 'our', 'ours', 'ourselves'];

/** Words for amounts that make a result measurable without a digit: "two weeks early", "halved". */
export const NUMBER_WORDS = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'billions',
  'dozen',
  'dozens',
  'half',
  'halved',
  'twice',
  'double',
  'doubled',
  'triple',
  'tripled',
  'quadrupled',
  'tenfold',
  'percent',
  'zero',
];

/** Words before a year that make it a date ("in 2021"), not an amount. */
export const YEAR_CONTEXT = ['in', 'since', 'until', 'during', 'by', 'of', 'early', 'late', 'mid', 'from', 'to'];
