import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPETENCIES } from './competencies';
import { competenciesOfQuestion, QUESTION_BANK, questionCompetencies } from './question-bank';

const IDS = new Set(DEFAULT_COMPETENCIES.map((competency) => competency.id));

describe('QUESTION_BANK', () => {
  it('has about 40 distinct questions, each mapped to one to three known competencies', () => {
    expect(QUESTION_BANK.length).toBeGreaterThanOrEqual(38);
    expect(QUESTION_BANK.length).toBeLessThanOrEqual(45);
    expect(new Set(QUESTION_BANK.map((question) => question.text.toLowerCase())).size).toBe(QUESTION_BANK.length);
    for (const question of QUESTION_BANK) {
      expect(question.competencies.length).toBeGreaterThanOrEqual(1);
      expect(question.competencies.length).toBeLessThanOrEqual(3);
      for (const id of question.competencies) expect(IDS).toContain(id);
      expect(question.text).toMatch(/^[A-Z].+[.?]$/);
    }
  });

  it('asks about every competency at least twice', () => {
    for (const id of IDS) expect(QUESTION_BANK.filter((question) => question.competencies.includes(id)).length).toBeGreaterThanOrEqual(2);
  });

  it('agrees with the keyword guess on at least one competency of every question', () => {
    for (const question of QUESTION_BANK) {
      expect(competenciesOfQuestion(question.text).filter((id) => question.competencies.includes(id)), question.text).not.toEqual([]);
    }
  });
});

describe('competenciesOfQuestion', () => {
  it.each([
    ['Tell me about a conflict you had with a coworker.', ['conflict']],
    ['When did you disagree with a decision?', ['conflict']],
    ['Tell me about a time you failed.', ['failure-and-learning']],
    ['What was your biggest mistake?', ['failure-and-learning']],
    ['How do you handle a tight deadline?', ['prioritisation-under-pressure']],
    ['How do you prioritize when everything is urgent?', ['prioritisation-under-pressure']],
    ['Do you persuade your team to raise an idea or innovation? How you convince them?', ['influence-and-persuasion']],
    ['Have you mentored a junior developer?', ['mentoring']],
    ['Tell me about a time you worked with another team.', ['cross-team-collaboration']],
    ['Describe a time you had to deal with an unclear goal.', ['ambiguity', 'delivering-results']],
    ['What is your favourite colour?', []],
  ])('%j → %j', (question, competencies) => {
    expect(competenciesOfQuestion(question)).toEqual(competencies);
  });

  it('ranks by how many words match, then in the default order, at most three', () => {
    expect(competenciesOfQuestion('When you work with a partner team or cross-team, have you had a conflict?')).toEqual(['cross-team-collaboration', 'conflict']);
    expect(competenciesOfQuestion('Lead a conflict, own the mistake, persuade the team, meet the deadline.')).toHaveLength(3);
  });

  it('does not match inside other words', () => {
    expect(competenciesOfQuestion('Explain the pleading of the ablead process.')).toEqual([]);
  });
});

describe('questionCompetencies', () => {
  it("uses the bank's mapping for a bank question, however it is typed", () => {
    expect(questionCompetencies('tell me about a time you DISAGREED with your manager')).toEqual(['conflict']);
    expect(questionCompetencies('Tell me about the project you are most proud of!')).toEqual(['delivering-results']);
  });

  it('guesses for any other question', () => {
    expect(questionCompetencies('Why QC prioritize their task and not prioritize your task?.')).toEqual(['prioritisation-under-pressure']);
  });
});
