/**
 * The text handler for remark-stringify: the library's own escaping (`state.safe`, as its
 * default handler calls it), done once per distinct table cell.
 *
 * Most of the Markdown emitter's time is a fixed cost per cell: `safe` tries each of about 90
 * unsafe patterns on every cell, however short. A task table repeats most of its short cells
 * (the same deadline 2024年底前, the same unit list, row after row), and a cell that is one
 * text node escapes the same way wherever it stands in a table: its context is the pipes
 * around it. So each distinct cell text is escaped once per document, and the same output
 * reused. And a text holding none of the characters `safe` can escape (each unsafe pattern
 * names one: * _ [ < # | …, plus the backslash) is returned as it is, which is what `safe`
 * would return for it: most Chinese cells hold none.
 */
import type { Options } from 'remark-stringify';
import type { Parents, Text } from 'mdast';

type Handle = NonNullable<NonNullable<Options['handlers']>['text']>;
type State = Parameters<Handle>[2];

/** Escaped cells by context and text, for one stringify call (the state object is per call). */
const cellsByCall = new WeakMap<State, Map<string, string>>();

/** The characters some unsafe pattern of this stringify call matches at, by code, plus the backslash. */
const escapableByCall = new WeakMap<State, Set<number>>();

function mayBeEscaped(value: string, state: State): boolean {
  // Autolinks percent-encode instead: leave them to `safe`.
  if (state.stack.includes('autolink')) return true;
  let codes = escapableByCall.get(state);
  if (!codes) {
    codes = new Set([...state.unsafe.map((pattern) => pattern.character), '\\'].map((char) => char.charCodeAt(0)));
    escapableByCall.set(state, codes);
  }
  for (let i = 0; i < value.length; i++) if (codes.has(value.charCodeAt(i))) return true;
  return false;
}

export const textHandler: Handle = (node: Text, parent: Parents | undefined, state, info) => {
  if (!mayBeEscaped(node.value, state)) return node.value;
  const siblings = parent ? parent.children : [];
  const index = state.indexStack[state.indexStack.length - 1]!;
  const escape = () => state.safe(node.value, { ...info, afterNode: siblings[index + 1], beforeNode: siblings[index - 1] });
  // A lone text node in a cell: no sibling nodes, so its output depends only on the text,
  // the characters around the cell and the constructs it is in.
  if (parent?.type !== 'tableCell' || siblings.length !== 1) return escape();
  let cells = cellsByCall.get(state);
  if (!cells) cellsByCall.set(state, (cells = new Map()));
  const key = `${state.stack.join(',')}\u0000${info.before}\u0000${info.after}\u0000${node.value}`;
  let value = cells.get(key);
  if (value === undefined) cells.set(key, (value = escape()));
  return value;
};
