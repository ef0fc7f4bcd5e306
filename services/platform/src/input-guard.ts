import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import type { InputIssue } from './errors';
import { textProblem } from './safe-text';

// Enough to show a caller what is wrong; a request with thousands of bad strings gets no longer an answer.
const MAX_ISSUES = 20;

/** Where a variable's value meets an argument: `filter.text` for `coordinators(filter: { text: $q })`. */
interface VariableUse {
  field: string;
  variable: string;
  defaultValue: ValueNode | undefined;
}

/** What a document contributes on its own: the problems of its literals and where its variables go. */
interface DocumentInputs {
  literalIssues: InputIssue[];
  variableUses: VariableUse[];
}

/**
 * Every string that reaches a resolver as an argument: literals in the document and the
 * values of the variables that arguments use, at any depth, named by their path from the
 * argument (`input.bio`, `filter.text`, `id`, `representations.0.id`). Each must be safe
 * text of at most `maxLength` characters (see textProblem).
 */
export function createInputGuard(maxLength: number) {
  // Documents repeat (mercurius keeps one parsed document per operation text): their own part is worked out once.
  const documents = new WeakMap<DocumentNode, DocumentInputs>();

  function inputsOf(document: DocumentNode): DocumentInputs {
    let inputs = documents.get(document);
    if (!inputs) {
      inputs = examineDocument(document, maxLength);
      documents.set(document, inputs);
    }
    return inputs;
  }

  /** The problems of a request's inputs, at most MAX_ISSUES of them; [] when every string is fine. */
  return function inputIssues(document: DocumentNode, variables: Record<string, unknown> | null | undefined): InputIssue[] {
    const { literalIssues, variableUses } = inputsOf(document);
    const issues = [...literalIssues];
    for (const use of variableUses) {
      if (issues.length >= MAX_ISSUES) break;
      const value = variables?.[use.variable];
      if (value !== undefined) checkValue(value, use.field, maxLength, issues);
      else if (use.defaultValue) checkLiteral(use.defaultValue, use.field, maxLength, issues, []);
    }
    return issues.slice(0, MAX_ISSUES);
  };
}

function examineDocument(document: DocumentNode, maxLength: number): DocumentInputs {
  const defaults = new Map<string, ValueNode | undefined>();
  visit(document, {
    VariableDefinition(node) {
      defaults.set(node.variable.name.value, node.defaultValue);
    },
  });
  const literalIssues: InputIssue[] = [];
  const uses: { field: string; variable: string }[] = [];
  visit(document, {
    // Field and directive arguments alike, in fragments too.
    Argument(node) {
      checkLiteral(node.value, node.name.value, maxLength, literalIssues, uses);
      return false;
    },
  });
  return {
    literalIssues: literalIssues.slice(0, MAX_ISSUES),
    variableUses: uses.map((use) => ({ ...use, defaultValue: defaults.get(use.variable) })),
  };
}

function checkString(text: string, field: string, maxLength: number, issues: InputIssue[]) {
  const problem = textProblem(text, maxLength);
  if (problem) issues.push({ field, message: problem });
}

function checkLiteral(node: ValueNode, field: string, maxLength: number, issues: InputIssue[], uses: { field: string; variable: string }[]) {
  switch (node.kind) {
    case Kind.STRING:
      return checkString(node.value, field, maxLength, issues);
    case Kind.LIST:
      return node.values.forEach((value, index) => checkLiteral(value, `${field}.${index}`, maxLength, issues, uses));
    case Kind.OBJECT:
      return node.fields.forEach((entry) => checkLiteral(entry.value, `${field}.${entry.name.value}`, maxLength, issues, uses));
    case Kind.VARIABLE:
      uses.push({ field, variable: node.name.value });
      return;
    default:
      // Numbers, booleans, enum values and null carry no text.
      return;
  }
}

/**
 * Checks every string in a variable's JSON value. Iterative: a request body may nest
 * arrays thousands deep, which a recursive walk would pay for with a stack overflow. A
 * string's path is spelt out only when it is at fault.
 */
function checkValue(root: unknown, rootField: string, maxLength: number, issues: InputIssue[]) {
  const pending: [value: unknown, parent: string, key: string | number | null][] = [[root, rootField, null]];
  while (pending.length > 0 && issues.length < MAX_ISSUES) {
    const [value, parent, key] = pending.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value, maxLength);
      if (problem) issues.push({ field: key === null ? parent : `${parent}.${key}`, message: problem });
    } else if (value !== null && typeof value === 'object') {
      const field = key === null ? parent : `${parent}.${key}`;
      const entries = Array.isArray(value) ? value.map((entry, index) => [index, entry] as const) : Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) pending.push([entries[i]![1], field, entries[i]![0]]);
    }
  }
}
