import { badInput, type InputIssue } from '@portal/platform';
import type { AnswerRow, QuestionRow } from './db/schema';
import type { AnswersInput } from './inputs';
import { CHOICE_KINDS } from './questionnaire';

const MAX_TEXT_ANSWER = 2000;

type GivenAnswer = AnswersInput[number];
type Checked = { answer: AnswerRow | null } | { problem: string };

const codePoints = (s: string) => Array.from(s).length;

/** How a question is named in messages: its number, its prompt and its id. */
const describe = (question: QuestionRow, index: number) => `question ${index + 1} "${question.prompt}" (${question.id})`;

function expectedField(question: QuestionRow): 'optionIds' | 'scale' | 'text' {
  if (CHOICE_KINDS.has(question.kind)) return 'optionIds';
  return question.kind === 'SCALE' ? 'scale' : 'text';
}

function checkChoice(question: QuestionRow, optionIds: string[]): Checked {
  const chosen = new Set(optionIds);
  const unknown = [...chosen].filter((id) => !question.options.some((o) => o.id === id));
  if (unknown.length > 0) return { problem: `has no option ${unknown.map((id) => `"${id}"`).join(', ')}` };
  if (chosen.size === 0) return { answer: null };
  if (question.kind === 'SINGLE_CHOICE' && chosen.size > 1) return { problem: 'takes exactly one option' };
  if (question.maxChoices !== null && chosen.size > question.maxChoices) return { problem: `takes at most ${question.maxChoices} options` };
  // In the question's order, whatever order the client sent them in.
  const ordered = question.options.filter((o) => chosen.has(o.id)).map((o) => o.id);
  return { answer: { questionId: question.id, optionIds: ordered, scale: null, text: null } };
}

function checkScale(question: QuestionRow, scale: number): Checked {
  const [min, max] = [question.scaleMin!, question.scaleMax!];
  if (scale < min || scale > max) return { problem: `must be between ${min} and ${max}` };
  return { answer: { questionId: question.id, optionIds: [], scale, text: null } };
}

function checkText(question: QuestionRow, given: string): Checked {
  const text = given.trim();
  if (codePoints(text) > MAX_TEXT_ANSWER) return { problem: `must be at most ${MAX_TEXT_ANSWER} characters` };
  return { answer: text ? { questionId: question.id, optionIds: [], scale: null, text } : null };
}

function checkAnswer(question: QuestionRow, given: GivenAnswer): Checked {
  const expected = expectedField(question);
  const present = (['optionIds', 'scale', 'text'] as const).filter((field) => given[field] != null);
  if (present.some((field) => field !== expected) || present.length === 0) {
    return { problem: `is a ${question.kind} question: answer it with ${expected} only` };
  }
  if (expected === 'optionIds') return checkChoice(question, given.optionIds!);
  if (expected === 'scale') return checkScale(question, given.scale!);
  return checkText(question, given.text!);
}

/**
 * Checks answers against the survey's questions and returns them as stored, in question
 * order, unanswered optional questions left out. Every problem is reported at once as
 * BAD_USER_INPUT: `answers.<i>` for a wrong answer, `answers` for a required question left
 * unanswered, each message naming the question.
 */
export function checkAnswers(questions: QuestionRow[], given: AnswersInput): AnswerRow[] {
  const issues: InputIssue[] = [];
  const indexOf = new Map(questions.map((q, i) => [q.id, i]));
  // Per question answered: where its answer is, and what it amounts to (null: left empty).
  const answered = new Map<string, { field: string; answer: AnswerRow | null }>();
  const refused = new Set<string>();
  given.forEach((answer, position) => {
    const field = `answers.${position}`;
    const index = indexOf.get(answer.questionId);
    if (index === undefined) {
      issues.push({ field, message: `there is no question "${answer.questionId}" in this survey` });
      return;
    }
    const question = questions[index]!;
    if (answered.has(question.id) || refused.has(question.id)) {
      issues.push({ field, message: `${describe(question, index)} is answered more than once` });
      return;
    }
    const checked = checkAnswer(question, answer);
    if ('problem' in checked) {
      issues.push({ field, message: `${describe(question, index)} ${checked.problem}` });
      refused.add(question.id);
    } else answered.set(question.id, { field, answer: checked.answer });
  });
  questions.forEach((question, index) => {
    const entry = answered.get(question.id);
    // A question whose answer was refused above is not reported a second time.
    if (question.required && !entry?.answer && !refused.has(question.id)) {
      issues.push({ field: entry?.field ?? 'answers', message: `${describe(question, index)} requires an answer` });
    }
  });
  if (issues.length > 0) throw badInput(issues);
  return questions.flatMap((q) => answered.get(q.id)?.answer ?? []);
}
